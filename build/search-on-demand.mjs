// @ts-check
// Vite plugin: in the client build, Starlight's search script gets build/shims/pagefind-ui-on-demand.js
// for '@pagefind/default-ui', which builds Pagefind's UI when a reader is about to search instead of
// on every page as soon as the browser is idle (why, and what counts as "about to": see the shim).
// Starlight's own code is not edited; the shim imports the real package by its file path.
import { fileURLToPath } from 'node:url';

export const SEARCH_ALIASES = Object.freeze({
  '@pagefind/default-ui': fileURLToPath(new URL('./shims/pagefind-ui-on-demand.js', import.meta.url)),
});

/** @returns {import('vite').Plugin} */
export default function searchOnDemand() {
  return {
    name: 'search-on-demand',
    enforce: 'pre',
    resolveId(source, _importer, options) {
      const client = this.environment ? this.environment.config.consumer === 'client' : !options?.ssr;
      return client && Object.hasOwn(SEARCH_ALIASES, source) ? SEARCH_ALIASES[/** @type {'@pagefind/default-ui'} */ (source)] : null;
    },
  };
}
