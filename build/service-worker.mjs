// Offline support: after the build (and after Starlight's Pagefind index and the CSP step), generate one
// Workbox service worker per language, each precaching that language's pages and search index with the
// shared assets: /sw.js for the Chinese site (scope /), /en/sw.js for the English one (scope /en/).
// public/register-sw.js registers the one of the page's language, so a visitor stores only the
// language they read. A new build changes the files' revisions, so the new worker replaces the old
// cache on the next visit (no stale rules).
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** @returns {import('astro').AstroIntegration} */
export default function serviceWorker() {
  return {
    name: 'icp-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        for (const lang of /** @type {const} */ (['zh-CN', 'en'])) {
          const { count, size, warnings } = await generateSW(workerOptions(distDir, lang));
          for (const w of warnings) logger.warn(w);
          logger.info(`${lang} service worker precaches ${count} files (${Math.round(size / 1024)} KiB)`);
        }
      },
    },
  };
}

const FILES = '{html,js,css,svg,png,ico,json,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter,txt,xml,woff2}';
// Pagefind also ships stand-alone UI bundles; Starlight bundles its own search UI, so these are never loaded.
const UNUSED = ['pagefind/pagefind-ui.*', 'pagefind/pagefind-component-ui.*', 'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-highlight.js'];
/** Pagefind's per-language files: its index, fragments, filters and metadata, named by language. */
const searchFilesOf = (/** @type {string} */ pagefindLang) => [`pagefind/*/${pagefindLang}_*`, `pagefind/pagefind.${pagefindLang}_*`];

/**
 * The Workbox settings for a built site in `distDir`, for the worker of one language. Exported so the
 * offline test can regenerate a worker over a changed copy of dist/, the way a new deploy would.
 * @param {string} distDir
 * @param {'zh-CN' | 'en'} [lang]
 * @returns {import('workbox-build').GenerateSWOptions}
 */
export function workerOptions(distDir, lang = 'zh-CN') {
  const english = lang === 'en';
  return {
    globDirectory: distDir,
    // English: its pages and data under /en/, plus what every page shares (scripts, styles, search
    // code, the 404 page); Chinese: everything but /en/ and the English search index.
    globPatterns: english
      ? [`en/**/*.${FILES}`, `_astro/**/*.${FILES}`, `pagefind/**/*.${FILES}`, `*.${FILES}`]
      : [`**/*.${FILES}`],
    globIgnores: english ? [...UNUSED, ...searchFilesOf('zh-cn'), 'sw.js', 'index.html', 'sitemap-*.xml'] : [...UNUSED, ...searchFilesOf('en'), 'en/**'],
    swDest: english ? `${distDir}/en/sw.js` : `${distDir}/sw.js`,
    // Precache URLs from the site root: relative ones would resolve against /en/ for the English worker.
    modifyURLPrefix: { '': '/' },
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
