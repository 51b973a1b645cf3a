// @ts-check
// Reading a built ES module's imports, for build/island-preload.mjs and the JavaScript measurement
// the tests and the bench share (tooling/page-js.ts).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Static import / re-export specifiers in a (minified) ES module.
 * @param {string} code @returns {string[]}
 */
export function staticImports(code) {
  /** @type {string[]} */
  const out = [];
  // `import x from "a"`, `import{a as b}from"a"`, `import"a"`, `export*from"a"`, `export{a}from"a"`.
  // The clause before `from` cannot contain quotes, parentheses or semicolons, so `import("a")` never matches.
  const pattern = /(?:^|[^\w$.])(?:import\s*(?:[^"'`();]*?\bfrom\s*)?|export\s*(?:\*|\{[^"'`();]*\})\s*from\s*)["']([^"']+)["']/g;
  for (const m of code.matchAll(pattern)) out.push(m[1]);
  return out;
}

/**
 * Dynamic import("…") specifiers with a literal string (Vite 8's Rolldown writes import(`./x.js`)).
 * @param {string} code @returns {string[]}
 */
export function dynamicImports(code) {
  return [...code.matchAll(/(?:^|[^\w$.])import\(\s*(?:"([^"]+)"|'([^']+)'|`([^`$]+)`)\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/**
 * Scripts a module starts as workers: `new Worker(new URL("…", import.meta.url))`, as Vite writes them
 * (Vite 8: new Worker(new URL(`/_astro/x-hash.js`,``+import.meta.url), …)).
 * @param {string} code @returns {string[]}
 */
export function workerScripts(code) {
  return [...code.matchAll(/\bnew Worker\(\s*new URL\(\s*(?:"([^"]+)"|'([^']+)'|`([^`$]+)`)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The checker's engine: the worker that decides (src/components/checker/decider.worker.ts, with json-rules-engine). */
export const ENGINE_WORKER = /\/_astro\/decider\.worker-[\w-]+\.js$/;

/** Every .html file under `dir`. @param {string} dir @returns {Promise<string[]>} */
export async function htmlFilesIn(dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await htmlFilesIn(full)));
    else if (entry.isFile() && entry.name.endsWith('.html')) files.push(full);
  }
  return files;
}
