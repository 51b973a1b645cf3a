// @ts-check
// A shared link to the checker (an address that already names a province) starts the checker's worker
// from a small inline script that opens the page's <body> (build/island-preload.mjs writes it), so the worker's
// script downloads and compiles while the page is still being read, instead of after the island has
// run (a round trip after the HTML on a phone). The island takes that worker over (decider.ts).
// Nothing here may use Node: the browser bundle imports it.

/** The global the inline script leaves the worker in; decider.ts takes it and deletes it. */
export const EARLY_WORKER = 'icpCheckerWorker';

/**
 * The attribute the inline script puts on <html> for a shared link: its result is on its way and will
 * take the nationwide overview's place (the island hides the overview under a result), so the
 * overview is not laid out meanwhile (checker.css). Laying it out cost a shared link's biggest task
 * 45-105 ms at 4x CPU, only for it to be hidden. The island removes the attribute once it has read
 * and answered the address (Checker.tsx); should the island never run, the page does, 10 s after load.
 */
export const SHARED_LINK = 'data-checker-link';

/** The options every checker worker starts with, early or not. */
export const WORKER_OPTIONS = { type: 'module', name: 'checker' };

/** What the inline scripts ask of the address: does it name a province (a shared link's answers)? */
const NAMES_PROVINCE = '/[?&]province=/.test(location.search)';

/**
 * The inline script: when the address names a province, mark the page as a shared link's
 * (`SHARED_LINK`), start the worker at `href`, and remember an error it reports before the island is
 * there to listen (`failed`).
 * @param {string} href
 */
export const startWorkerWithProvince = (href) =>
  `<script>${NAMES_PROVINCE}&&function(){var d=document.documentElement,a=${JSON.stringify(SHARED_LINK)};d.setAttribute(a,"");addEventListener("load",function(){setTimeout(function(){d.removeAttribute(a)},1e4)});try{var w=new Worker(${JSON.stringify(href)},${JSON.stringify(WORKER_OPTIONS)});w.addEventListener("error",function(){w.failed=!0});window.${EARLY_WORKER}=w}catch(e){}}()</script>`;

/**
 * The code of an inline <head> script (the checker pages put it there): when the address names a
 * province, preload the rule data at `href` as the island will fetch it (same mode and credentials,
 * so the fetch takes the preload's response). A visit without answers never decides, and a static
 * preload made it download the data anyway (35 KB gzip), in competition with the page's own CSS and
 * JavaScript on a phone's connection; it now comes when the reader starts on the form (Checker.tsx).
 * @param {string} href
 */
export const preloadRulesWithProvince = (href) =>
  `${NAMES_PROVINCE}&&function(){var l=document.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";l.href=${JSON.stringify(href)};document.head.appendChild(l)}()`;
