// @ts-check
// A shared link to the checker (an address that already names a province) starts the checker's worker
// and preloads its rule data from a small inline script that opens the page's <body>
// (build/island-preload.mjs writes it), so both download while the page is still being read, instead
// of after the island has run (a round trip after the HTML on a phone). The island takes that worker
// over (decider.ts), and its fetch of the rule data takes the preload's response.
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

/** What the inline script asks of the address: does it name a province (a shared link's answers)? */
const NAMES_PROVINCE = '/[?&]province=/.test(location.search)';

/**
 * Where a checker page's rule data is: next to the page (src/pages/checker/rules.json.ts and its
 * English twin). The pages hand it to their island, and island-preload.mjs to the inline script.
 * @param {string} pagePath the checker page's URL path, ending in "/"
 */
export const rulesUrlOf = (pagePath) => `${pagePath}rules.json`;

/**
 * The inline script that opens the checker page's <body>. When the address names a province (a
 * shared link): mark the page as a shared link's (`SHARED_LINK`); preload the rule data at `rules` as
 * the island will fetch it (same mode and credentials, so the fetch takes the preload's response);
 * start the worker at `worker` and remember an error it reports before the island is there to listen
 * (`failed`). A visit without answers never decides, so it fetches neither: a static preload made it
 * download the data anyway (35 KB gzip), in competition with the page's own CSS and JavaScript on a
 * phone's connection; they come when the reader starts on the form (Checker.tsx).
 * One script, not two: each inline script costs a phone's main thread several milliseconds.
 * @param {{ rules: string, worker: string }} hrefs
 */
export const sharedLinkScript = ({ rules, worker }) =>
  `<script>${NAMES_PROVINCE}&&function(){var d=document.documentElement,a=${JSON.stringify(SHARED_LINK)};d.setAttribute(a,"");addEventListener("load",function(){setTimeout(function(){d.removeAttribute(a)},1e4)});var l=document.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";l.href=${JSON.stringify(rules)};document.head.appendChild(l);try{var w=new Worker(${JSON.stringify(worker)},${JSON.stringify(WORKER_OPTIONS)});w.addEventListener("error",function(){w.failed=!0});window.${EARLY_WORKER}=w}catch(e){}}()</script>`;
