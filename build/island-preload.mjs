// @ts-check
// Post-build: a page with an island (the checker) gets <link rel="modulepreload"> for the island's
// component and renderer and every module they import statically, at the start of <body>, so the
// browser fetches them all while it reads the HTML. Without them it learns of each layer only after running the one before:
// on the checker, three round trips between the page and a usable form. Modules loaded on demand
// (the place names) and the checker's worker are left to load when they are needed, with one
// exception: when the address already carries a province (a shared link), a small inline script at
// the start of <body> starts the worker and preloads the rule data at once (build/early-worker.mjs), which the island would otherwise start only
// after it has run (a round trip after the HTML, measured by `npm run bench`). Without a province
// nothing more is fetched.
import { readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { rulesUrlOf, sharedLinkScript } from './early-worker.mjs';
import { ENGINE_WORKER, htmlFilesIn, staticImports, workerScripts } from './module-graph.mjs';

/** Resolves an import specifier found in the module at `from`. @param {string} spec @param {string} from */
const resolve = (spec, from) => posix.normalize(spec.startsWith('/') ? spec : posix.join(posix.dirname(from), spec));

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
    for (const spec of staticImports(code)) if (spec.startsWith('.') || spec.startsWith('/')) await visit(resolve(spec, path));
  };
  for (const entry of entries) await visit(entry);
  return seen;
}

/**
 * The engine workers the given modules start. @param {string} dist @param {string[]} modules
 */
export async function engineWorkers(dist, modules) {
  /** @type {Set<string>} */
  const found = new Set();
  for (const path of modules) {
    const code = await readFile(join(dist, ...path.split('/').filter(Boolean)), 'utf8');
    for (const spec of workerScripts(code)) {
      const target = resolve(spec, path);
      if (ENGINE_WORKER.test(target)) found.add(target);
    }
  }
  return [...found];
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
          const graph = await staticGraph(dist, entries);
          const links = graph.map((href) => `<link rel="modulepreload" href="${href}">`).join('');
          const workers = await engineWorkers(dist, graph);
          if (workers.length > 1) throw new Error(`island-preload: ${file} starts ${workers.length} engine workers (${workers.join(', ')}); one is expected`);
          let onDemand = '';
          if (workers.length) {
            const pagePath = `/${relative(dist, file).split(sep).slice(0, -1).join('/')}/`.replace(/\/+$/, '/');
            const rules = rulesUrlOf(pagePath);
            if (!existsSync(join(dist, ...rules.split('/').filter(Boolean)))) throw new Error(`island-preload: ${file} starts the engine but has no ${rules}`);
            onDemand = sharedLinkScript({ rules, worker: workers[0] });
          }
          // Both open <body> rather than close <head>: Chromium's parser never breaks the <head>
          // into shorter tasks (it yields on its time budget only once it has reached <body>), and
          // starting a worker or a request there lengthened the page's longest task. The browser's
          // preload scanner still finds the links as soon as the bytes arrive.
          const body = /<body\b[^>]*>/.exec(html);
          if (!body) throw new Error(`island-preload: ${file} has no <body> to start its modules from`);
          await writeFile(file, html.replace(body[0], `${body[0]}${onDemand}${links}`));
          pages++;
        }
        logger.info(`modulepreload links for the islands of ${pages} page(s)`);
      },
    },
  };
}
