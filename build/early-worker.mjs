// @ts-check
// A shared link to the checker (an address that already names a province) starts the checker's worker
// from a small inline script in the page's <head> (build/island-preload.mjs writes it), so the worker's
// script downloads and compiles while the page is still being read, instead of after the island has
// run (a round trip after the HTML on a phone). The island takes that worker over (decider.ts).
// Nothing here may use Node: the browser bundle imports it.

/** The global the inline script leaves the worker in; decider.ts takes it and deletes it. */
export const EARLY_WORKER = 'icpCheckerWorker';

/** The options every checker worker starts with, early or not. */
export const WORKER_OPTIONS = { type: 'module', name: 'checker' };

/**
 * The inline script: when the address names a province, start the worker at `href`, and remember
 * an error it reports before the island is there to listen (`failed`).
 * @param {string} href
 */
export const startWorkerWithProvince = (href) =>
  `<script>/[?&]province=/.test(location.search)&&function(){try{var w=new Worker(${JSON.stringify(href)},${JSON.stringify(WORKER_OPTIONS)});w.addEventListener("error",function(){w.failed=!0});window.${EARLY_WORKER}=w}catch(e){}}()</script>`;
