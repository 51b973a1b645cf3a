// @ts-check
// Vite plugin (client build): the files a checker page needs to hydrate its island start with V8's
// compile hint `//# allFunctionsCalledOnLoad`. Chromium then compiles all their functions on the
// background thread that streams each file in, instead of compiling each one on the main thread the
// first time it runs. On a shared link those first runs are hydration and the reading of the address:
// 28-58 and 30-69 ms of script at the bench's phone speed (CPU 6.3x), mostly compilation, and 7-28 and
// 17-27 ms with the hint; the longest script before the result went from 37 to 30 ms (first visit) and
// from 39 to 28 ms (repeat), medians of 10 openings in turn. Other browsers ignore the comment.
// Only these files: the hint makes the browser compile every function in a file, and what the checker
// loads on demand (the engine's glue, the place names, the copy text) would be compiled for nothing on
// visits that never need it.

/** The comment, exactly as Chromium looks for it at the start of a file. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The checker's island components: the entry chunks whose loading the hint is for. */
const ISLANDS = /\/src\/components\/checker\/Checker(En)?\.tsx$/;
/** Astro's Preact renderer, which every island page loads with its island to hydrate it. */
const RENDERER = /\/@astrojs\/preact\/dist\/client\.js$/;

/**
 * The chunks a checker page loads before its island has run: the island entries, the renderer and
 * everything they import statically (not their dynamic imports, which load on demand).
 * @param {Record<string, { facadeModuleId: string | null; imports: string[] }>} chunks by file name
 * @returns {Set<string>} their file names
 */
export function eagerChunks(chunks) {
  const eager = new Set();
  const visit = (/** @type {string} */ name) => {
    if (eager.has(name) || !chunks[name]) return;
    eager.add(name);
    for (const imported of chunks[name].imports) visit(imported);
  };
  for (const [name, chunk] of Object.entries(chunks)) {
    const facade = chunk.facadeModuleId?.replaceAll('\\', '/') ?? '';
    if (ISLANDS.test(facade) || RENDERER.test(facade)) visit(name);
  }
  return eager;
}

/** A chunk by the modules it holds. */
const keyOf = (/** @type {{ moduleIds: readonly string[] }} */ chunk) => chunk.moduleIds.join('\n');

/** @returns {import('vite').Plugin} */
export default function compileHints() {
  /** The eager chunks, by what they hold (their file names are not final while they render). */
  const hinted = new Set();
  return {
    name: 'checker-compile-hints',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    // A hinted file must not keep the name of its unhinted version, which a browser may have cached:
    // the eager chunks are found while the chunks render, and their hashes take the hint in.
    renderChunk(_code, chunk, _options, meta) {
      if (eagerChunks(meta.chunks).has(chunk.fileName)) hinted.add(keyOf(chunk));
      return null;
    },
    augmentChunkHash(chunk) {
      return hinted.has(keyOf(chunk)) ? COMPILE_HINT : undefined;
    },
    // After minification, which drops comments, and after Vite has put its dependency map at the top
    // of the files that import lazily (the comment must come first); the graph is complete here.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.fromEntries(Object.entries(bundle).flatMap(([name, file]) => (file.type === 'chunk' ? [[name, file]] : [])));
        for (const name of eagerChunks(chunks)) chunks[name].code = COMPILE_HINT + chunks[name].code;
      },
    },
  };
}
