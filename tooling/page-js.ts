// How much JavaScript a built page makes the browser download before it is usable, gzip-compressed.
// Shared by the bench (bench/run.ts) and the size budgets (tests/site/budgets.test.ts).
//
// Counted: every <script type="module" src> on the page, every Astro island's component and
// renderer (<astro-island component-url renderer-url>, which the island runtime imports as soon as
// the island hydrates), and, recursively, the static imports of those chunks (`import … from "./x.js"`,
// `import "./x.js"`, `export … from "./x.js"`); plus the inline scripts of the page.
// Not counted, but listed: chunks only reached through a dynamic import() (Pagefind's search UI,
// loaded when the search dialog opens), scripts the page starts as workers (the checker's engine,
// started once a province is known) with their own imports, and data the page preloads for its scripts
// (<link rel="preload" as="fetch">): not JavaScript, but a real download, reported as dataGzipBytes.
// The checker preloads its /checker/rules.json only for a shared link, from an inline script
// (build/early-worker.mjs), so a plain visit to it has none.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

export interface JsFile {
  /** URL path, e.g. /_astro/page.B1D-nYk3.js */
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageJs {
  /** URL path of the page, e.g. /steps/sms-verification/ */
  page: string;
  /** External files the page loads eagerly (entries and their static imports), in discovery order. */
  files: JsFile[];
  /** Inline <script>s of the page, compressed together (they travel inside the HTML). */
  inline: { count: number; bytes: number; gzipBytes: number };
  /** Sum of the files' gzip sizes plus the inline scripts' gzip size. */
  jsGzipBytes: number;
  /** Chunks reached only through dynamic import(), with their own static imports; not in jsGzipBytes. */
  lazy: JsFile[];
  /** Scripts the page's modules start as workers (`new Worker(new URL(…))`), with their static imports; not in jsGzipBytes. */
  workers: JsFile[];
  /** Files the page preloads as data (<link rel="preload" as="fetch">); not in jsGzipBytes. */
  data: JsFile[];
  /** Sum of the data files' gzip sizes. */
  dataGzipBytes: number;
}

const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

// How a module's imports are read: one implementation for the build (island preloads) and the measurement.
export { dynamicImports, staticImports } from '../build/module-graph.mjs';
import { dynamicImports, ENGINE_WORKER, staticImports, workerScripts } from '../build/module-graph.mjs';

type Node = T.Node;
const isElement = (n: Node): n is T.Element => 'tagName' in n;
const attrOf = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

function* walk(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    yield* walk(child);
  }
}

/** The built file for a URL path (`/a/` → a/index.html). */
export function fileForPage(dist: string, page: string): string {
  return page.endsWith('/') ? join(dist, page, 'index.html') : join(dist, page);
}

/** Entry scripts and inline scripts of one HTML document. */
export function pageScripts(html: string): { entries: string[]; inline: string[]; data: string[] } {
  const entries: string[] = [];
  const inline: string[] = [];
  const data: string[] = [];
  for (const el of walk(parse(html))) {
    if (el.tagName === 'link' && attrOf(el, 'rel')?.toLowerCase() === 'preload' && attrOf(el, 'as') === 'fetch') {
      const href = attrOf(el, 'href');
      if (href) data.push(href);
    } else if (el.tagName === 'script') {
      const type = (attrOf(el, 'type') ?? '').trim().toLowerCase();
      if (!EXECUTABLE.has(type)) continue;
      const src = attrOf(el, 'src');
      if (src !== undefined) entries.push(src);
      else inline.push(el.childNodes.map((c) => ('value' in c ? (c as T.TextNode).value : '')).join(''));
    } else if (el.tagName === 'astro-island') {
      // client:only islands have no SSR'd markup but still load both; client:visible/idle/media
      // load later, yet load on any real visit, so they count too.
      for (const name of ['renderer-url', 'component-url']) {
        const url = attrOf(el, name);
        if (url) entries.push(url);
      }
    }
  }
  return { entries, inline, data };
}

/** Resolves a specifier found in `fromPath` (a URL path) to a site-absolute URL path, or null for other origins. */
function resolveUrl(specifier: string, fromPath: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier) || specifier.startsWith('//')) return null;
  const path = specifier.startsWith('/') ? specifier : posix.join(posix.dirname(fromPath), specifier);
  return posix.normalize(path.split(/[?#]/)[0]);
}

/** Measures one built page's JavaScript. `page` is a URL path such as `/checker/`. */
export function measurePageJs(dist: string, page: string): PageJs {
  const htmlFile = fileForPage(dist, page);
  const { entries, inline, data } = pageScripts(readFileSync(htmlFile, 'utf8'));
  const cache = new Map<string, { bytes: number; gzipBytes: number; statics: string[]; dynamics: string[]; workers: string[] }>();
  const read = (path: string) => {
    let info = cache.get(path);
    if (!info) {
      const code = readFileSync(join(dist, ...path.split('/').filter(Boolean)));
      const text = code.toString('utf8');
      const resolveAll = (specs: string[]) =>
        specs.map((s) => resolveUrl(s, path)).filter((p): p is string => p !== null);
      info = {
        bytes: code.length,
        gzipBytes: gzipSize(code),
        statics: resolveAll(staticImports(text)),
        dynamics: resolveAll(dynamicImports(text)),
        workers: resolveAll(workerScripts(text)),
      };
      cache.set(path, info);
    }
    return info;
  };

  // Eager graph: entries plus static imports, breadth first.
  const eager = new Set<string>();
  const queue = entries.map((e) => resolveUrl(e, page)).filter((p): p is string => p !== null);
  // Inline module scripts may import files too.
  for (const code of inline) for (const s of staticImports(code)) {
    const p = resolveUrl(s, page);
    if (p) queue.push(p);
  }
  while (queue.length) {
    const path = queue.shift()!;
    if (eager.has(path)) continue;
    eager.add(path);
    queue.push(...read(path).statics);
  }

  // Lazy graph: dynamic imports from eager chunks (and inline scripts), and their own static imports.
  const lazy = new Set<string>();
  const lazyQueue = [...eager].flatMap((p) => read(p).dynamics);
  for (const code of inline) for (const s of dynamicImports(code)) {
    const p = resolveUrl(s, page);
    if (p) lazyQueue.push(p);
  }
  while (lazyQueue.length) {
    const path = lazyQueue.shift()!;
    if (eager.has(path) || lazy.has(path)) continue;
    let info;
    try {
      info = read(path);
    } catch {
      continue; // e.g. /pagefind/pagefind.js when the index was not built
    }
    lazy.add(path);
    lazyQueue.push(...info.statics, ...info.dynamics);
  }

  // Workers: what eager or lazy modules start, and the workers' own static imports.
  const workers = new Set<string>();
  const workerQueue = [...eager, ...lazy].flatMap((p) => read(p).workers);
  while (workerQueue.length) {
    const path = workerQueue.shift()!;
    if (workers.has(path)) continue;
    workers.add(path);
    workerQueue.push(...read(path).statics);
  }

  const describe = (path: string): JsFile => ({ path, bytes: read(path).bytes, gzipBytes: read(path).gzipBytes });
  const files = [...eager].map(describe);
  const dataFiles = [...new Set(data.map((d) => resolveUrl(d, page)).filter((p): p is string => p !== null))].map(describe);
  const inlineText = inline.join('\n');
  const inlineInfo = { count: inline.length, bytes: Buffer.byteLength(inlineText), gzipBytes: inline.length ? gzipSize(inlineText) : 0 };
  return {
    page,
    files,
    inline: inlineInfo,
    jsGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) + inlineInfo.gzipBytes,
    lazy: [...lazy].map(describe),
    workers: [...workers].map(describe),
    data: dataFiles,
    dataGzipBytes: dataFiles.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

/** The page types the bench and the budgets compare, with the baseline page each is held against. */
export const PAGE_TYPES = {
  home: { page: '/', baseline: '/' },
  step: { page: '/steps/sms-verification/', baseline: '/guide/' },
  province: { page: '/provinces/zj/', baseline: '/guide/' },
  checker: { page: '/checker/', baseline: '/guide/' },
} as const;
export type PageType = keyof typeof PAGE_TYPES;

/**
 * The JavaScript budgets, in gzip bytes, asserted by tests/site/budgets.test.ts and reported by the
 * bench: the checker page loads at most 32 KB eagerly (the form works with that), at most 50 KB with
 * the engine worker it starts for a first result; a guide page at most 1 KB more than plain
 * Starlight's matching page.
 */
export const BUDGETS = {
  checkerJsGzipBytes: 32 * 1024,
  /**
   * The checker's eager JavaScript plus the engine worker it starts at once, with the rule data. 40 KB
   * while the engine ran in the page as a chunk sharing the page's modules. The worker carries its own
   * copy of the words, the province names and the presenter (about 10 KB more): the price of a page
   * that never waits for the engine (a shared link's longest script on a phone went from about 190 to
   * about 65 ms, `npm run bench`).
   */
  checkerWithEngineJsGzipBytes: 50 * 1024,
  overBaselineBytes: 1024,
} as const;

/** The worker the checker starts once a province is known, which fetches nothing itself: the page sends it /checker/rules.json (src/components/checker/decider.worker.ts, with json-rules-engine). */
export const isEngineWorker = (path: string) => ENGINE_WORKER.test(path);
