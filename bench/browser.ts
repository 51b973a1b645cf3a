// Measurements in headless Chromium on a built site served by tooling/static-server.ts.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { newContext } from '../tooling/browser';
import type { StaticServer } from '../tooling/static-server';
import { median } from './lighthouse';
import { wireBytes } from './sizes';

export const SEARCH_QUERY = '短信核验';
/** A few queries a reader types: a step, a document, a province with a condition, a topic. */
export const SEARCH_QUERIES = [SEARCH_QUERY, '幕布', '浙江 居住证', '前置审批'];

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A request as Chromium saw it, with epoch-ms times (comparable with the page's timeOrigin + now()). */
interface Seen {
  path: string;
  startMs: number;
  endMs: number;
  /** Body bytes as they came over the wire (the bench's server gzips text like a static host). */
  bodyBytes: number;
  fromServiceWorker: boolean;
}

/**
 * tsx compiles the bench with esbuild's keepNames, which wraps named functions in `__name(…)`; the
 * functions handed to page.evaluate and addInitScript run in the page, where that helper is missing.
 */
const NAME_SHIM = { content: 'globalThis.__name ??= (f) => f;' };

/** Records every finished request of a context (pages and their workers) with its timing and size. */
function recordTimed(context: BrowserContext, origin: string): { seen: Seen[]; settled(): Promise<void> } {
  const seen: Seen[] = [];
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request: Request) => {
    pending.push(
      (async () => {
        const t = request.timing();
        const sizes = await request.sizes().catch(() => ({ responseBodySize: 0 }));
        const response = await request.response();
        const url = request.url();
        seen.push({
          path: url.startsWith(origin) ? url.slice(origin.length) : url,
          startMs: t.startTime,
          endMs: t.startTime + Math.max(t.responseEnd, 0),
          bodyBytes: sizes.responseBodySize,
          fromServiceWorker: response?.fromServiceWorker() ?? false,
        });
      })(),
    );
  });
  return { seen, settled: () => Promise.all(pending).then(() => undefined) };
}

export interface SearchQueryBench {
  query: string;
  /** From the first keystroke to the first result in the dialog (Pagefind's own debounce included). */
  firstResultsMs: number;
  /** Typing the query (one key press per character, as fast as Playwright types). */
  typingMs: number;
  /** Last keystroke → first search fetch (0 when a fetch started while typing): Pagefind UI's debounce (300 ms by default) overlaps the preload of index chunks. */
  debounceMs: number;
  /** First search fetch → last fetch done before the results show: index chunks (pagefind.js and wasm when not loaded yet), the search between them, the fragments. */
  indexLoadingMs: number;
  /** Last fetch done → the first result shows its title (MutationObserver): the UI's render. */
  renderMs: number;
  /** indexLoadingMs split: index (and meta, wasm) fetches; Pagefind's search in its worker between the index and the fragments; the fragment fetches. */
  indexLoading: { indexFetchMs: number; searchMs: number; fragmentFetchMs: number };
  /** Every request from the first keystroke to the first result. */
  fetched: { path: string; startMs: number; durationMs: number; bytes: number }[];
  /** Bytes as the bench's server sent them (text gzipped at zlib's default level; Pagefind's .pf_* files are gzip already). */
  bytesTransferred: number;
  /** The same files as a host compressing text and wasm with gzip would send them (see sizes.ts). */
  bytesGzip: number;
  /** Pagefind files fetched before the first keystroke (Starlight loads Pagefind's UI and it its script, worker, wasm, meta and filters at idle time after DOMContentLoaded), sized on disk. */
  beforeTyping: { path: string; bytes: number }[];
  /** Their sum: what a first search needs besides its own requests. */
  setupBytes: number;
  /** setupBytes + bytesTransferred: everything a first search on a page fetches. */
  firstSearchBytes: number;
  results: number;
}

export interface SearchBench {
  query: string;
  /** First query: from the first keystroke to the first result in the dialog (Pagefind's own debounce included). */
  firstResultsMs: number;
  /** First query: bytes (on disk) of every /pagefind/ file the page fetched from load to the first results. */
  bytesFetched: number;
  files: number;
  results: number;
  /** Each query in a fresh context (a first search, nothing cached), service worker blocked. */
  queries: SearchQueryBench[];
  /** Medians over the queries. */
  median: { firstResultsMs: number; debounceMs: number; indexLoadingMs: number; renderMs: number; bytesTransferred: number; bytesGzip: number; firstSearchBytes: number };
}

async function searchOnce(browser: Browser, server: StaticServer, dist: string, query: string): Promise<SearchQueryBench & { diskBytes: number; diskFiles: number }> {
  // The service worker is blocked: its precache would fetch the whole index next to the query's own requests.
  const context = await newContext(browser, { serviceWorkers: 'block' });
  await context.addInitScript(NAME_SHIM);
  const rec = recordTimed(context, server.origin);
  try {
    const page = await context.newPage();
    await page.goto(server.url('/'), { waitUntil: 'load' });
    const open = page.locator('button[data-open-modal]');
    await open.and(page.locator(':enabled')).waitFor();
    await open.click();
    const input = page.locator('dialog[open] input.pagefind-ui__search-input');
    await input.waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      const w = window as unknown as { __search: { firstInput: number; lastInput: number; result: number } };
      w.__search = { firstInput: 0, lastInput: 0, result: 0 };
      const now = () => performance.timeOrigin + performance.now();
      const field = document.querySelector('dialog[open] input.pagefind-ui__search-input')!;
      field.addEventListener('input', () => {
        w.__search.firstInput ||= now();
        w.__search.lastInput = now();
      });
      // Pagefind UI inserts a result's placeholder before its fragment arrives: shown means a titled link.
      const observer = new MutationObserver(() => {
        const link = document.querySelector('dialog[open] .pagefind-ui__result .pagefind-ui__result-link');
        if (link?.textContent?.trim()) {
          w.__search.result = now();
          observer.disconnect();
        }
      });
      observer.observe(document.querySelector('dialog[open]')!, { subtree: true, childList: true, characterData: true });
    });
    const typedFrom = rec.seen.length;
    await input.pressSequentially(query);
    await page.waitForFunction(() => (window as unknown as { __search: { result: number } }).__search.result > 0, undefined, { timeout: 30_000 });
    const t = await page.evaluate(() => (window as unknown as { __search: { firstInput: number; lastInput: number; result: number } }).__search);
    const results = await page.locator('dialog[open] .pagefind-ui__result').count();
    await rec.settled();
    const before = rec.seen.slice(0, typedFrom).filter((r) => r.path.startsWith('/pagefind/'));
    const during = rec.seen.slice(typedFrom).filter((r) => r.startMs >= t.firstInput - 1 && r.endMs <= t.result + 1);
    const search = during.filter((r) => r.path.startsWith('/pagefind/'));
    const firstFetch = Math.min(...search.map((r) => r.startMs));
    const lastEnd = Math.max(...search.map((r) => r.endMs));
    const fragments = search.filter((r) => r.path.includes('.pf_fragment'));
    const index = search.filter((r) => !r.path.includes('.pf_fragment'));
    const lastIndexEnd = index.length ? Math.max(...index.map((r) => r.endMs)) : firstFetch;
    const firstFragment = fragments.length ? Math.min(...fragments.map((r) => r.startMs)) : lastEnd;
    const fetchedAny = search.length > 0;
    const onDisk = (path: string) => {
      try {
        return statSync(join(dist, decodeURIComponent(path.split('?')[0]))).size;
      } catch {
        return 0;
      }
    };
    // As before this bench measured: every /pagefind/ file fetched from the page's load to the first results, sized on disk.
    const sincePageLoad = rec.seen.filter((r) => r.path.startsWith('/pagefind/') && r.endMs <= t.result + 1);
    return {
      query,
      firstResultsMs: Math.round(t.result - t.firstInput),
      typingMs: Math.round(t.lastInput - t.firstInput),
      // A partition of firstResultsMs: typing, then waiting for the first fetch, loading, rendering.
      // Pagefind UI preloads index chunks on keystrokes, so a fetch can start while typing: the phases then count from the last key.
      debounceMs: fetchedAny ? Math.round(Math.max(0, firstFetch - t.lastInput)) : Math.round(t.result - t.lastInput),
      indexLoadingMs: fetchedAny ? Math.round(lastEnd - Math.max(firstFetch, t.lastInput)) : 0,
      renderMs: fetchedAny ? Math.round(Math.max(0, t.result - lastEnd)) : 0,
      indexLoading: {
        indexFetchMs: Math.round(Math.max(0, lastIndexEnd - Math.max(firstFetch, t.lastInput))),
        searchMs: Math.round(firstFragment - lastIndexEnd),
        fragmentFetchMs: fragments.length ? Math.round(lastEnd - firstFragment) : 0,
      },
      fetched: during.map((r) => ({ path: r.path, startMs: Math.round(r.startMs - t.lastInput), durationMs: Math.round(r.endMs - r.startMs), bytes: r.bodyBytes })),
      bytesTransferred: during.reduce((s, r) => s + r.bodyBytes, 0),
      bytesGzip: during.reduce((s, r) => s + wireBytes(dist, r.path.split('?')[0]).gzip, 0),
      beforeTyping: before.map((r) => ({ path: r.path, bytes: wireBytes(dist, r.path.split('?')[0]).raw })),
      setupBytes: before.reduce((sum, r) => sum + wireBytes(dist, r.path.split('?')[0]).raw, 0),
      firstSearchBytes:
        before.reduce((sum, r) => sum + wireBytes(dist, r.path.split('?')[0]).raw, 0) + during.reduce((sum, r) => sum + r.bodyBytes, 0),
      results,
      diskBytes: sincePageLoad.reduce((s, r) => s + onDisk(r.path), 0),
      diskFiles: sincePageLoad.length,
    };
  } finally {
    await context.close();
  }
}

/** Types each query into the search dialog of the home page in a fresh context; times the phases up to the first result. */
export async function measureSearch(browser: Browser, server: StaticServer, dist: string, queries = SEARCH_QUERIES): Promise<SearchBench> {
  const runs: (SearchQueryBench & { diskBytes: number; diskFiles: number })[] = [];
  for (const query of queries) runs.push(await searchOnce(browser, server, dist, query));
  const first = runs[0];
  const med = (key: 'firstResultsMs' | 'debounceMs' | 'indexLoadingMs' | 'renderMs' | 'bytesTransferred' | 'bytesGzip' | 'firstSearchBytes') => Math.round(median(runs.map((r) => r[key])));
  return {
    query: first.query,
    firstResultsMs: first.firstResultsMs,
    bytesFetched: first.diskBytes,
    files: first.diskFiles,
    results: first.results,
    queries: runs.map(({ diskBytes: _d, diskFiles: _f, ...q }) => q),
    median: {
      firstResultsMs: med('firstResultsMs'),
      debounceMs: med('debounceMs'),
      indexLoadingMs: med('indexLoadingMs'),
      renderMs: med('renderMs'),
      bytesTransferred: med('bytesTransferred'),
      bytesGzip: med('bytesGzip'),
      firstSearchBytes: med('firstSearchBytes'),
    },
  };
}

// ——— Opening a shared checker link ———

/** Lighthouse's mobile device (Moto G Power): its viewport, pixel ratio and touch. */
export const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true } as const;

export interface CheckerVisit {
  /** From navigation start to the result element carrying data-answers in the DOM. */
  resultMs: number;
  domContentLoadedMs: number;
  /** Long tasks (> 50 ms) that started before the result showed. */
  longTasks: { startMs: number; durationMs: number }[];
  longTaskCount: number;
  longestTaskMs: number;
  /** The longest single run of a script (Long Animation Frames' script entries: a module's evaluation, an event or message handler, a timer, a promise's callbacks) before the result: the part of the long tasks the page's own JavaScript makes, without the browser's parsing, style and layout. */
  longestScriptMs: number;
  /** Long animation frames before the result, with the scripts Chromium attributes their time to. */
  longFrames: { startMs: number; durationMs: number; blockingMs: number; scripts: { source: string; invoker: string; durationMs: number }[] }[];
  /** Every request of the page (document excepted) that ended before the result: where it came from. */
  requests: { path: string; startMs: number; endMs: number; from: 'network' | 'service-worker' | 'http-cache'; bytes: number; afterDomContentLoaded: boolean }[];
  /** The paths among them that started after DOMContentLoaded (the favicon aside): what the result waited for after the HTML. */
  afterDomContentLoaded: string[];
  /** Whether the document itself came from the service worker. */
  documentFrom: 'network' | 'service-worker' | 'http-cache';
}

/** Medians over a page's visits, and the visits. */
export interface VisitSummary {
  resultMs: number;
  longestTaskMs: number;
  longTaskCount: number;
  longestScriptMs: number;
  runs: CheckerVisit[];
}

export interface CheckerOpenBench {
  url: string;
  cpuThrottling: number;
  viewport: typeof MOBILE.viewport;
  /** Medians over the runs. */
  firstVisit: VisitSummary;
  repeatVisit: VisitSummary | null;
  /** Why the repeat visit was not measured, when it was not. */
  repeatNote?: string;
}

/** Installed before any page script: long tasks, long animation frames and the moment the result appears. */
function observeOpening() {
  type LoafScript = { sourceURL: string; invoker: string; duration: number };
  const w = window as unknown as { __open: { longTasks: [number, number][]; frames: unknown[]; result: number } };
  w.__open = { longTasks: [], frames: [], result: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__open.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no longtask support */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { blockingDuration: number; scripts: LoafScript[] })[])
        w.__open.frames.push({
          startMs: e.startTime,
          durationMs: e.duration,
          blockingMs: e.blockingDuration,
          scripts: e.scripts.map((s) => ({ source: s.sourceURL, invoker: s.invoker, durationMs: s.duration })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* no long-animation-frame support */
  }
  const check = () => {
    if (!w.__open.result && document.querySelector('[data-testid="checker-result"][data-answers]')) {
      w.__open.result = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-answers'] });
}

/** One visit; with `waitForWorker`, then waits (up to 60 s) for the service worker it registered on load to be active. */
async function openOnce(context: BrowserContext, url: string, waitForWorker: boolean, cpuThrottling: number): Promise<{ visit: CheckerVisit; workerActive: boolean }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => (window as unknown as { __open: { result: number } }).__open.result > 0, undefined, { timeout: 60_000, polling: 100 });
    // Let the observers deliver the entries of the tasks around the result.
    await page.waitForTimeout(300);
    const visit = await collect(page, url);
    const workerActive =
      waitForWorker &&
      (await page.evaluate(() =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => true),
          new Promise<boolean>((done) => setTimeout(() => done(false), 60_000)),
        ]),
      ));
    return { visit, workerActive };
  } finally {
    await page.close();
  }
}

async function collect(page: Page, url: string): Promise<CheckerVisit> {
  const raw = await page.evaluate(() => {
    const w = window as unknown as { __open: { longTasks: [number, number][]; frames: CheckerVisit['longFrames']; result: number } };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const from = (e: PerformanceResourceTiming) =>
      e.workerStart > 0 ? 'service-worker' : e.transferSize === 0 && e.decodedBodySize > 0 ? 'http-cache' : 'network';
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
      name: e.name,
      startMs: e.startTime,
      endMs: e.responseEnd,
      from: from(e),
      bytes: e.encodedBodySize,
    }));
    return { ...w.__open, dcl: nav.domContentLoadedEventStart, documentFrom: from(nav), resources };
  });
  const origin = new URL(url).origin;
  const before = raw.longTasks.filter(([start]) => start < raw.result);
  const requests = raw.resources
    .filter((r) => r.endMs <= raw.result)
    .map((r) => ({
      path: r.name.startsWith(origin) ? r.name.slice(origin.length) : r.name,
      startMs: r1(r.startMs),
      endMs: r1(r.endMs),
      from: r.from as CheckerVisit['documentFrom'],
      bytes: r.bytes,
      // The favicon is the browser's own request, which nothing on the page waits for.
      afterDomContentLoaded: r.startMs >= raw.dcl && !r.name.endsWith('/favicon.svg'),
    }));
  const framesBefore = raw.frames.filter((f) => f.startMs < raw.result);
  return {
    resultMs: Math.round(raw.result),
    domContentLoadedMs: Math.round(raw.dcl),
    longestScriptMs: Math.round(Math.max(0, ...framesBefore.flatMap((f) => f.scripts.map((x) => x.durationMs)))),
    longTasks: before.map(([s, d]) => ({ startMs: Math.round(s), durationMs: Math.round(d) })),
    longTaskCount: before.length,
    longestTaskMs: Math.round(Math.max(0, ...before.map(([, d]) => d))),
    longFrames: framesBefore
      .map((f) => ({
        startMs: Math.round(f.startMs),
        durationMs: Math.round(f.durationMs),
        blockingMs: Math.round(f.blockingMs),
        scripts: f.scripts
          .filter((s) => s.durationMs >= 5)
          .map((s) => ({ source: s.source.startsWith(origin) ? s.source.slice(origin.length) : s.source, invoker: s.invoker, durationMs: Math.round(s.durationMs) })),
      })),
    requests,
    afterDomContentLoaded: requests.filter((r) => r.afterDomContentLoaded).map((r) => r.path),
    documentFrom: raw.documentFrom as CheckerVisit['documentFrom'],
  };
}

/**
 * Opens a checker link that carries answers `runs` times, each time in a fresh context (first
 * visit: nothing cached, the service worker registers) and then again in the same context once the
 * service worker controls it (repeat visit: precache warm). Mobile viewport, CPU throttled over CDP
 * by the bench's calibrated factor (cpu.ts), as Lighthouse's mobile preset does; the network is not throttled.
 */
export async function measureCheckerOpen(browser: Browser, url: string, cpuThrottling: number, runs = 3): Promise<CheckerOpenBench> {
  const first: CheckerVisit[] = [];
  const repeat: CheckerVisit[] = [];
  let repeatNote: string | undefined;
  for (let i = 0; i < runs; i++) {
    const context = await newContext(browser, { ...MOBILE });
    try {
      await context.addInitScript(NAME_SHIM);
      await context.addInitScript(observeOpening);
      const { visit, workerActive } = await openOnce(context, url, true, cpuThrottling);
      first.push(visit);
      if (!workerActive) {
        repeatNote = 'the service worker did not become active within 60 s; repeat visits not measured';
        continue;
      }
      repeat.push((await openOnce(context, url, false, cpuThrottling)).visit);
    } finally {
      await context.close();
    }
  }
  return {
    url,
    cpuThrottling,
    viewport: MOBILE.viewport,
    firstVisit: summary(first),
    repeatVisit: repeat.length ? summary(repeat) : null,
    ...(repeatNote ? { repeatNote } : {}),
  };
}

const summary = (visits: CheckerVisit[]): VisitSummary => ({
  resultMs: Math.round(median(visits.map((v) => v.resultMs))),
  longestTaskMs: Math.round(median(visits.map((v) => v.longestTaskMs))),
  longTaskCount: Math.round(median(visits.map((v) => v.longTaskCount))),
  longestScriptMs: Math.round(median(visits.map((v) => v.longestScriptMs))),
  runs: visits,
});

/**
 * A plain page opened the same way (fresh context, mobile, the same CPU factor), its "result" being the load
 * event plus half a second: the long tasks any Starlight page has in this harness (the document's
 * set-up, parsing, first style and layout), to read the checker's against. For the baseline's doc page.
 */
export async function measurePlainOpen(browser: Browser, url: string, cpuThrottling: number, runs = 3): Promise<VisitSummary> {
  const visits: CheckerVisit[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await newContext(browser, { ...MOBILE });
    try {
      await context.addInitScript(NAME_SHIM);
      await context.addInitScript(observeOpening);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(500);
      await page.evaluate(() => {
        const w = window as unknown as { __open: { result: number } };
        w.__open.result = performance.now();
      });
      visits.push(await collect(page, url));
    } finally {
      await context.close();
    }
  }
  return summary(visits);
}

/**
 * The checker's shared link and a plain page opened in turn, `runs` times each, so that both meet the
 * machine in the same state (on 2 shared cores, minutes apart, the same page's longest task moved
 * by 30 ms and more); each summarised as measureCheckerOpen and measurePlainOpen do.
 */
export async function measureOpenings(
  browser: Browser,
  checkerUrl: string,
  plainUrl: string,
  cpuThrottling: number,
  runs: number,
): Promise<{ checker: CheckerOpenBench; plain: VisitSummary }> {
  const checker: CheckerOpenBench[] = [];
  const plain: VisitSummary[] = [];
  for (let i = 0; i < runs; i++) {
    plain.push(await measurePlainOpen(browser, plainUrl, cpuThrottling, 1));
    checker.push(await measureCheckerOpen(browser, checkerUrl, cpuThrottling, 1));
  }
  const repeats = checker.flatMap((c) => c.repeatVisit?.runs ?? []);
  const repeatNote = checker.find((c) => c.repeatNote)?.repeatNote;
  return {
    checker: {
      url: checkerUrl,
      cpuThrottling,
      viewport: MOBILE.viewport,
      firstVisit: summary(checker.flatMap((c) => c.firstVisit.runs)),
      repeatVisit: repeats.length ? summary(repeats) : null,
      ...(repeatNote ? { repeatNote } : {}),
    },
    plain: summary(plain.flatMap((p) => p.runs)),
  };
}

export interface CheckerBench {
  /** Median time from changing the date to the result region changing, plus one frame. */
  updateMs: number;
  samples: number[];
}

/**
 * Sets the checker's date input to another day again and again and times, inside the page, from
 * the change event to the first DOM mutation other than the input's own (the new result), plus one animation
 * frame so the change has been laid out and painted.
 */
export async function measureChecker(page: Page, url: string): Promise<CheckerBench> {
  await page.goto(url, { waitUntil: 'load' });
  const date = page.locator('input[type="date"]').first();
  await date.waitFor();
  // Wait until the island has hydrated and shows a result for the URL's answers.
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const days = ['2018-09-10', '2020-09-01', '2017-12-18', '2019-05-20', '2021-03-01', '2024-06-01', '2018-01-02', '2022-10-10'];
  const samples: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const day of days) {
      const ms = await date.evaluate(
        (input: HTMLInputElement, value: string) =>
          new Promise<number>((done, fail) => {
            if (input.value === value) return done(-1);
            let t0 = 0;
            const observer = new MutationObserver((records) => {
              if (records.every((r) => r.target === input)) return;
              observer.disconnect();
              requestAnimationFrame(() => done(performance.now() - t0));
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
            setTimeout(() => {
              observer.disconnect();
              fail(new Error(`no result change within 5 s after setting the date to ${value}`));
            }, 5000);
            t0 = performance.now();
            input.value = value;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            input.dispatchEvent(new Event('change', { bubbles: true }));
          }),
        day,
      );
      if (ms >= 0) samples.push(ms);
    }
  const sorted = [...samples].sort((a, b) => a - b);
  return { updateMs: Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10, samples: samples.map((s) => Math.round(s * 10) / 10) };
}

/** Loads each page in a fresh context (service worker blocked) until the network is idle; returns the pages during whose load `target` was requested. */
export async function requestedOnLoad(browser: Browser, server: StaticServer, pages: string[], target: string): Promise<string[]> {
  const hits: string[] = [];
  for (const path of pages) {
    const context = await newContext(browser, { ...MOBILE, serviceWorkers: 'block' });
    try {
      const urls: string[] = [];
      context.on('request', (r) => urls.push(new URL(r.url()).pathname));
      const page = await context.newPage();
      await page.goto(server.url(path), { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
      if (urls.some((u) => u === target || u === `${target}index.html`)) hits.push(path);
    } finally {
      await context.close();
    }
  }
  return hits;
}
