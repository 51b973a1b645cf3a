// Size budgets on the built site, in gzip bytes of JavaScript a page loads eagerly (see
// tooling/page-js.ts for what counts and for the budgets, which the bench reports too). Bytes only:
// times vary by machine and are reported by `npm run bench`, never asserted.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBaselineBuilt } from '../../tooling/astro';
import { BUDGETS, fileForPage, isEngineWorker, measurePageJs, PAGE_TYPES, type PageJs } from '../../tooling/page-js';
import { requireDist } from '../../tooling/paths';
import { EARLY_WORKER, SHARED_LINK } from '../../build/early-worker.mjs';

let dist: string;
let baselineDist: string;

beforeAll(async () => {
  dist = requireDist(); // dist/, or $SITE_DIST
  // The fixture is built once (about 20 s) when its dist/ is missing; `npm run bench` rebuilds it.
  baselineDist = await ensureBaselineBuilt();
}, 120_000);

const listing = (js: PageJs) =>
  [...js.files.map((f) => `${f.path}: ${f.gzipBytes}`), `inline scripts (${js.inline.count}): ${js.inline.gzipBytes}`].join('\n  ');

function measured(page: string): PageJs {
  if (!existsSync(fileForPage(dist, page))) throw new Error(`${page} is not in the build (${fileForPage(dist, page)})`);
  return measurePageJs(dist, page);
}

describe('JavaScript size budgets (gzip)', () => {
  it(`the checker loads at most ${BUDGETS.checkerJsGzipBytes} bytes`, () => {
    const js = measured(PAGE_TYPES.checker.page);
    expect(js.jsGzipBytes, `checker loads ${js.jsGzipBytes} B:\n  ${listing(js)}`).toBeLessThanOrEqual(BUDGETS.checkerJsGzipBytes);
  });

  it(`with the engine it fetches for a first result, the checker loads at most ${BUDGETS.checkerWithEngineJsGzipBytes} bytes`, () => {
    const js = measured(PAGE_TYPES.checker.page);
    const engine = js.workers.filter((f) => isEngineWorker(f.path));
    expect(engine, 'the engine is a worker of its own, started with the rule data').toHaveLength(1);
    expect(js.workers, 'the worker loads nothing else at once').toHaveLength(1);
    const total = js.jsGzipBytes + engine[0].gzipBytes;
    expect(total, `checker ${js.jsGzipBytes} B + engine ${engine[0].path} ${engine[0].gzipBytes} B`).toBeLessThanOrEqual(BUDGETS.checkerWithEngineJsGzipBytes);
  });

  it.each(['home', 'step', 'province'] as const)(
    `a %s page loads at most ${BUDGETS.overBaselineBytes} bytes more than plain Starlight's matching page`,
    (type) => {
      const { page, baseline } = PAGE_TYPES[type];
      const js = measured(page);
      const base = measurePageJs(baselineDist, baseline);
      const budget = base.jsGzipBytes + BUDGETS.overBaselineBytes;
      expect(
        js.jsGzipBytes,
        `${page} loads ${js.jsGzipBytes} B, baseline ${baseline} ${base.jsGzipBytes} B (budget ${budget} B):\n  ${listing(js)}\nbaseline:\n  ${listing(base)}`,
      ).toBeLessThanOrEqual(budget);
    },
  );

  // The English edition's pages are the same templates under /en/: the same budget as their Chinese twins.
  it.each([
    ['home', '/en/'],
    ['step', '/en/steps/sms-verification/'],
    ['province', '/en/provinces/zj/'],
  ] as const)(`the English %s page %s loads at most ${BUDGETS.overBaselineBytes} bytes more than plain Starlight's matching page`, (type, page) => {
    const { baseline } = PAGE_TYPES[type];
    const js = measured(page);
    const base = measurePageJs(baselineDist, baseline);
    const budget = base.jsGzipBytes + BUDGETS.overBaselineBytes;
    expect(js.jsGzipBytes, `${page} loads ${js.jsGzipBytes} B, baseline ${baseline} ${base.jsGzipBytes} B (budget ${budget} B):\n  ${listing(js)}`).toBeLessThanOrEqual(budget);
  });

  it("the checker's eager chunks carry the stand-ins, not jsonpath-plus or eventemitter2 (build/browser-aliases.mjs)", () => {
    const js = measured(PAGE_TYPES.checker.page);
    const code = js.files.map((f) => readFileSync(join(dist, f.path), 'utf8')).join('\n');
    // Markers of the real packages: jsonpath-plus's resultType option, eventemitter2's wildcard mode.
    for (const real of ['resultType', 'wildcard']) expect(code.includes(real), real).toBe(false);
  });

  it('the measurement follows static imports and leaves Pagefind\'s lazily loaded UI out', () => {
    const js = measurePageJs(baselineDist, '/guide/');
    expect(js.files.length).toBeGreaterThan(1);
    expect(js.lazy.map((f) => f.path).join(' ')).toMatch(/ui-core/);
    expect(js.files.map((f) => f.path).join(' ')).not.toMatch(/ui-core/);
  });
});

describe('the checker page fetches its modules while it is read', () => {
  it('preloads every module its island loads at once, and not the engine it starts on demand', () => {
    const html = readFileSync(fileForPage(dist, PAGE_TYPES.checker.page), 'utf8');
    const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    const js = measured(PAGE_TYPES.checker.page);
    const island = js.files.map((f) => f.path).filter((p) => !/Search\.astro|TableOfContents|starlight-toc|register-sw/.test(p));
    expect(island.length).toBeGreaterThan(1);
    for (const path of island) expect(preloaded, path).toContain(path);
    for (const path of preloaded) expect(isEngineWorker(path), path).toBe(false);
  });

  it('loads its island in four files (its code, Preact, Astro\'s renderer, Vite\'s preload helper), five in English (its words)', () => {
    // Each file is a request the parser makes while it reads <head>, where it cannot pause: a
    // re-exporting entry file or preact/hooks (build/checker-bundle.mjs, Why.tsx) each added one.
    for (const page of [PAGE_TYPES.checker.page, '/en/checker/']) {
      const html = readFileSync(fileForPage(dist, page), 'utf8');
      const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
      expect(preloaded.filter((p) => /hooks\.module/.test(p)), page).toEqual([]);
      expect(preloaded.length, `${page}: ${preloaded.join(', ')}`).toBeLessThanOrEqual(page === PAGE_TYPES.checker.page ? 4 : 5);
    }
  });

  it('starts the engine worker and preloads the rule data from its inline script, while the page is read, when the address already names a province, and marks the page as a shared link\'s', () => {
    const html = readFileSync(fileForPage(dist, PAGE_TYPES.checker.page), 'utf8');
    const scripts = [...html.matchAll(/<script>([^<]*new Worker[^<]*)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    // Run the page's own script with a stand-in Worker, once per address.
    const startedFor = (search: string) => {
      const started: { url: string; options: unknown }[] = [];
      class Worker {
        constructor(url: string, options: unknown) {
          started.push({ url, options });
        }
        addEventListener() {}
      }
      const window: Record<string, unknown> = {};
      // The attribute it puts on <html>, and what it leaves to run once the page has loaded.
      const marked = new Set<string>();
      const documentElement = { setAttribute: (name: string) => marked.add(name), removeAttribute: (name: string) => marked.delete(name) };
      // The links it adds to <head>: the rule data's preload.
      const links: Record<string, string>[] = [];
      const document = { documentElement, createElement: (tag: string) => ({ tag }), head: { appendChild: (el: Record<string, string>) => links.push(el) } };
      const onLoad: (() => void)[] = [];
      const timers: { run: () => void; ms: number }[] = [];
      new Function('location', 'window', 'Worker', 'document', 'addEventListener', 'setTimeout', scripts[0])(
        { search },
        window,
        Worker,
        document,
        (type: string, listener: () => void) => type === 'load' && onLoad.push(listener),
        (run: () => void, ms: number) => timers.push({ run, ms }),
      );
      return { started, links, left: Object.keys(window), marked: [...marked], onLoad, timers, stillMarked: () => [...marked] };
    };
    const shared = startedFor('?province=zj&entity=unit');
    expect(shared.started).toHaveLength(1);
    expect(isEngineWorker(shared.started[0].url), shared.started[0].url).toBe(true);
    expect(existsSync(join(dist, shared.started[0].url))).toBe(true);
    // The same worker the island would start: a module worker named "checker".
    expect(shared.started[0].options).toEqual({ type: 'module', name: 'checker' });
    expect(shared.left).toEqual([EARLY_WORKER]);
    // The rule data, preloaded the way the island fetches it, from where the island is told it is.
    expect(shared.links).toEqual([{ tag: 'link', rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: '/checker/rules.json' }]);
    expect(html).toContain(`rulesUrl&quot;:[0,&quot;/checker/rules.json&quot;]`);
    // The page is marked as a shared link's (the overview waits for the result), and unmarked by
    // the page itself 10 s after load should the island never come to do it.
    expect(shared.marked).toEqual([SHARED_LINK]);
    expect(shared.timers).toEqual([]);
    for (const listener of shared.onLoad) listener();
    expect(shared.timers.map((t) => t.ms)).toEqual([10_000]);
    shared.timers[0].run();
    expect(shared.stillMarked()).toEqual([]);
    for (const search of ['', '?entity=unit']) {
      const other = startedFor(search);
      expect(other.started).toEqual([]);
      expect(other.links).toEqual([]);
      expect(other.marked).toEqual([]);
    }
  });
});
