// Stand-in for @pagefind/default-ui in the client build (build/search-on-demand.mjs).
//
// Starlight builds Pagefind's search UI as soon as the browser is idle, on every page: about 94 KB
// of script evaluated in one long task (half a second on a phone, measured by `npm run bench`) and
// Pagefind's 144 KB of script and WebAssembly downloaded, for every reader, including the many who
// never search. This class takes the same options and builds the real UI when a reader is about to
// search: the pointer or the focus on the search button, a tap on it, Ctrl/⌘+K, or (at the latest)
// the dialog opening. Once built, it puts the cursor in the search field if the dialog is open, which
// is what Starlight's dialog does itself when the field already exists.
// Pagefind searches on the main thread (noWorker), as it did before 1.5: its web worker is 43 KB more
// script to fetch before the first results, and on a site this size the search itself is short.
export class PagefindUI {
  /** @param {{ element: string } & Record<string, unknown>} options the options Starlight passes */
  constructor(options) {
    const container = document.querySelector(options.element);
    const dialog = container?.closest('dialog');
    /** @type {Promise<unknown> | undefined} */
    let built;
    const build = () =>
      (built ??= import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(({ PagefindUI: Real }) => {
        const ui = new Real({ ...options, noWorker: true });
        if (dialog?.open) container?.querySelector('input')?.focus();
        if (container) completeFilters(ui, container, String(options.bundlePath ?? '/pagefind/'));
        return ui;
      }));
    const button = document.querySelector('button[data-open-modal]');
    for (const type of ['pointerenter', 'focus', 'touchstart', 'click'])
      button?.addEventListener(type, build, { once: true, passive: true });
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey || e.ctrlKey) && e.key === 'k') build();
    });
    if (dialog) new MutationObserver(() => dialog.open && build()).observe(dialog, { attributeFilter: ['open'] });
    // Starlight constructs this when the browser is first idle: the reader may have opened the
    // dialog before that.
    if (dialog?.open) build();
  }
}

/**
 * Pagefind's UI lists the filters that come with its first search's results. When that search ends
 * before Pagefind has loaded its whole filter index (a busy phone, or a reader who types at once), a
 * filter still loading then (Province) stays missing until the reader types again: the UI keeps the
 * incomplete list. Once the first results are shown, this loads the filter index and, if a filter is
 * missing and none is chosen yet, runs the same search again, which brings the full list.
 * @param {{ triggerFilters(filters: Record<string, string[]>): void }} ui
 * @param {Element} container
 * @param {string} bundlePath
 */
function completeFilters(ui, container, bundlePath) {
  const observer = new MutationObserver(() => {
    if (!container.querySelector('.pagefind-ui__results')) return;
    observer.disconnect();
    // The module the UI has loaded and set up (the same address, so the same instance).
    import(/* @vite-ignore */ `${bundlePath}pagefind.js`)
      .then((pagefind) => pagefind.filters())
      .then((all) => {
        const shown = container.querySelectorAll('.pagefind-ui__filter-name').length;
        if (shown < Object.keys(all ?? {}).length && !container.querySelector('.pagefind-ui__filter-checkbox:checked')) ui.triggerFilters({});
      })
      .catch(() => {});
  });
  observer.observe(container, { childList: true, subtree: true });
}
