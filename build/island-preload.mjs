// @ts-check
// Post-build: a page with an island (the checker) gets <link rel="modulepreload"> for the island's
// component and renderer and every module they import statically, so the browser fetches them all
// while it reads the HTML. Without them it learns of each layer only after running the one before:
// on the checker, three round trips between the page and a usable form. Modules loaded on demand
// (the engine, the place names) are left to load when they are needed.
import { readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFilesIn, staticImports } from './module-graph.mjs';

/**
 * The site paths of an island's modules and everything they import statically, in load order.
 * @param {string} dist @param {string[]} entries site paths such as /_astro/Checker.X.js
 */
export async function staticGraph(dist, entries) {
  /** @type {string[]} */
  const seen = [];
  const visit = async (/** @type {string} */ path) => {
    if (seen.includes(path) || !path.startsWith('/')) return;
    seen.push(path);
    const code = await readFile(join(dist, ...path.split('/').filter(Boolean)), 'utf8');
    for (const spec of staticImports(code))
      if (spec.startsWith('.') || spec.startsWith('/')) await visit(posix.normalize(spec.startsWith('/') ? spec : posix.join(posix.dirname(path), spec)));
  };
  for (const entry of entries) await visit(entry);
  return seen;
}

/** The component and renderer URLs of the page's islands. @param {string} html */
export const islandEntries = (html) =>
  [...html.matchAll(/<astro-island\b[^>]*>/g)].flatMap((m) =>
    [...m[0].matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)].map((a) => a[1]),
  );

/** @returns {import('astro').AstroIntegration} */
export default function islandPreload() {
  return {
    name: 'island-preload',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        let pages = 0;
        for (const file of await htmlFilesIn(dist)) {
          const html = await readFile(file, 'utf8');
          const entries = islandEntries(html);
          if (!entries.length) continue;
          const links = (await staticGraph(dist, entries)).map((href) => `<link rel="modulepreload" href="${href}">`).join('');
          await writeFile(file, html.replace('</head>', `${links}</head>`));
          pages++;
        }
        logger.info(`modulepreload links for the islands of ${pages} page(s)`);
      },
    },
  };
}
