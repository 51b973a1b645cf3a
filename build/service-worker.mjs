// Offline support: after the build (and after Starlight's Pagefind index and the CSP step), generate a
// Workbox service worker that precaches the whole site, search index included. A new build changes the
// files' revisions, so the new worker replaces the old cache on the next visit (no stale rules).
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** @returns {import('astro').AstroIntegration} */
export default function serviceWorker() {
  return {
    name: 'icp-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW(workerOptions(distDir));
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} KiB)`);
      },
    },
  };
}

/**
 * The Workbox settings for a built site in `distDir`. Exported so the offline test can regenerate the
 * worker over a changed copy of dist/, the way a new deploy would.
 * @param {string} distDir
 * @returns {import('workbox-build').GenerateSWOptions}
 */
export function workerOptions(distDir) {
  return {
    globDirectory: distDir,
    globPatterns: ['**/*.{html,js,css,svg,png,ico,json,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter,txt,xml,woff2}'],
    // Pagefind also ships stand-alone UI bundles; Starlight bundles its own search UI, so these are never loaded.
    globIgnores: ['pagefind/pagefind-ui.*', 'pagefind/pagefind-component-ui.*', 'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-highlight.js'],
    swDest: `${distDir}/sw.js`,
    // One file, no importScripts from a CDN: the worker stays same-origin and CSP-clean.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // /checker/?province=zj is the same document as /checker/: the answers are read in the page.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    // Pagefind's fragments are many small files; allow the biggest ones too.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  };
}
