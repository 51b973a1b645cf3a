// `npm run bench`: builds our site and the plain-Starlight baseline, then measures page JavaScript,
// the engine, Pagefind search, the checker and Lighthouse. Prints a table, writes bench/results.json.
//
// Environment:
//   BENCH_OUT_DIR=path   build our site there instead of dist/ (keeps a dist/ others are testing intact)
//   BENCH_SKIP_BUILD=1   measure the existing builds; the build figures are then null
//   BENCH_SKIP_LIGHTHOUSE=1  leave the Lighthouse scores null (saves about five minutes)
//   BENCH_LIGHTHOUSE_RUNS=n  Lighthouse runs per page, medians reported (default 3)
//   BENCH_OPEN_RUNS=n    shared-link openings (first and repeat visit) and plain-Starlight openings,
//                        in turn, medians reported (default 7)
//   BENCH_CPU_SLOWDOWN=n  slow the CPU n× instead of the factor calibrated to this machine (cpu.ts);
//                        4 is Lighthouse's default, as every bench before 2026-12-01 used
//
// Ends with one line per target of issue 11 (and the JavaScript budgets): "ok" or the gap.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { astroBuild, countPages, type BuildRun } from '../tooling/astro';
import { BASELINE_DIST, BASELINE_ROOT, ROOT } from '../tooling/paths';
import { loadavg } from 'node:os';
import { measureChecker, measureOpenings, measureSearch, requestedOnLoad, type CheckerBench, type CheckerOpenBench, type CheckerVisit, type SearchBench, type VisitSummary } from './browser';
import { htmlSizes, precacheSize, precacheUrls, type HtmlSizes, type PrecacheSize } from './sizes';
import { answersToParams } from '../src/engine/questions';
import { todayInChina } from '../src/engine/dates';
import { ruleSet } from '../src/engine/rules';
import { benchEngine, round } from './engine';
import { median, runLighthouse, type LighthouseScores } from './lighthouse';
import { buildContentBaseline, CONTENT_BASELINE_DIST } from './content-baseline';
import { calibrateCpu, type CpuCalibration } from './cpu';
import { BUDGETS, fileForPage, gzipSize, isEngineWorker, measurePageJs, PAGE_TYPES, type JsFile, type PageType } from '../tooling/page-js';
import { launchBrowser, newContext } from '../tooling/browser';
import { startStaticServer } from '../tooling/static-server';

const DIST = resolve(ROOT, process.env.BENCH_OUT_DIR ?? 'dist');
const skipBuild = process.env.BENCH_SKIP_BUILD === '1';
const skipLighthouse = process.env.BENCH_SKIP_LIGHTHOUSE === '1';
const lighthouseRuns = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3) || 3);
// The longest task of an opening is often just over or just under 50 ms, so a median of 3 flipped
// between "none" and 60 ms from one bench to the next; 7 in turn with the baseline settle it better.
const openRuns = Math.max(1, Number(process.env.BENCH_OPEN_RUNS ?? 7) || 7);
const notes: string[] = [];

/**
 * Where issue 11 started (main at c7fdd22, 2026-11-30): the targets "less than today" are held
 * against these. Reference points, not results: the search time is the issue's own "about 1 s";
 * the bytes are what this bench measured on that commit (a first search fetches 214,581 bytes, median
 * of the four queries, the issue's "211 KB"; the precache is fixed by the build).
 */
const BEFORE_ISSUE_11 = {
  commit: 'c7fdd22',
  searchFirstResultsMs: 1000,
  searchFirstSearchBytes: 214_581,
  precacheStoredBytes: 6_745_015,
  precacheTransferBytes: 1_808_694,
};

const TARGETS = {
  lighthouse: `median of ${lighthouseRuns} runs (mobile, simulated, CPU slowdown calibrated to the machine: bench/cpu.ts): checker performance ≥ 98 and TBT ≤ 100 ms; home, step, province ≥ the baseline page's median; accessibility, best practices, SEO 100`,
  checkerPerformance: 98,
  checkerTbtMs: 100,
  longTaskMs: 50,
  provinceHtmlOverBaselineDoc: 2,
  before: BEFORE_ISSUE_11,
  guidePagesOverBaselineBytes: BUDGETS.overBaselineBytes,
  checkerJsGzipBytes: BUDGETS.checkerJsGzipBytes,
  checkerWithEngineJsGzipBytes: BUDGETS.checkerWithEngineJsGzipBytes,
};

type Scores = Omit<LighthouseScores, 'failing' | 'diagnosis'>;
interface PageResult {
  url: string;
  baselineUrl: string;
  jsGzipBytes: number | null;
  baselineJsGzipBytes: number;
  ratio: number | null;
  overBaselineBytes: number | null;
  inlineGzipBytes: number | null;
  /** Data the page preloads for its scripts (the checker's rules.json): a download, but not JavaScript. */
  dataGzipBytes: number | null;
  /** The engine worker the checker starts with its rule data (null on other pages). */
  engineGzipBytes: number | null;
  /**
   * The page's HTML, gzip -9: over about 14.6 KB (Lighthouse's first 10 packets) it takes another
   * round trip on the simulated phone connection.
   */
  htmlGzipBytes: number | null;
  files: JsFile[];
  lazy: JsFile[];
  lighthouse: Scores | null;
  lighthouseLost: LighthouseScores['failing'];
  /** Lighthouse's main-thread breakdown, scripts and long tasks in the median run: where the time goes. */
  lighthouseDiagnosis: LighthouseScores['diagnosis'] | null;
}

function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

async function builds(): Promise<{ ours: BuildRun | null; baseline: BuildRun | null }> {
  if (skipBuild) {
    notes.push('BENCH_SKIP_BUILD=1: existing builds measured, build times not taken.');
    return { ours: null, baseline: null };
  }
  log(`astro build → ${DIST}`);
  const ours = await astroBuild(DIST === resolve(ROOT, 'dist') ? {} : { outDir: DIST });
  log(`  ${ours.seconds.toFixed(1)} s, ${ours.pages} pages`);
  log('astro build --root tests/fixtures/baseline');
  const baseline = await astroBuild({ root: BASELINE_ROOT });
  log(`  ${baseline.seconds.toFixed(1)} s, ${baseline.pages} pages`);
  return { ours, baseline };
}

function pageJs(): Record<PageType, PageResult> {
  const out = {} as Record<PageType, PageResult>;
  for (const [type, { page, baseline }] of Object.entries(PAGE_TYPES) as [PageType, (typeof PAGE_TYPES)[PageType]][]) {
    const base = measurePageJs(BASELINE_DIST, baseline);
    const exists = existsSync(fileForPage(DIST, page));
    if (!exists) notes.push(`${page} is not built yet: its JavaScript and Lighthouse figures are null.`);
    const ours = exists ? measurePageJs(DIST, page) : null;
    out[type] = {
      url: page,
      baselineUrl: baseline,
      jsGzipBytes: ours?.jsGzipBytes ?? null,
      baselineJsGzipBytes: base.jsGzipBytes,
      ratio: ours ? round(ours.jsGzipBytes / base.jsGzipBytes, 2) : null,
      overBaselineBytes: ours ? ours.jsGzipBytes - base.jsGzipBytes : null,
      inlineGzipBytes: ours?.inline.gzipBytes ?? null,
      dataGzipBytes: ours?.dataGzipBytes ?? null,
      engineGzipBytes: ours?.workers.find((f) => isEngineWorker(f.path))?.gzipBytes ?? null,
      htmlGzipBytes: exists ? gzipSize(readFileSync(fileForPage(DIST, page))) : null,
      files: ours?.files ?? [],
      lazy: ours?.lazy ?? [],
      lighthouse: null,
      lighthouseLost: [],
      lighthouseDiagnosis: null,
    };
  }
  return out;
}

const baselineLighthouse: Record<string, LighthouseScores> = {};
/** Per guide page type: the same content in plain Starlight (bench/content-baseline.ts), under the same Lighthouse runs. */
const sameContentLighthouse: Partial<Record<PageType, LighthouseScores & { url: string }>> = {};
let browserVersion = 'not launched';
/** The CPU slowdown of every Lighthouse and shared-link run, set before the first (cpu.ts). */
let cpu: CpuCalibration | null = null;

/**
 * The machine's 1-minute load average, sampled every 10 s while Lighthouse runs. Lighthouse times
 * real tasks and multiplies them by 4, so anything else running on the 2 cores inflates the blocking
 * time of whichever page it overlaps: Lighthouse with its Chromium alone keeps the load near 1.
 */
const lighthouseLoad: number[] = [];

async function whileSamplingLoad<T>(run: () => Promise<T>): Promise<T> {
  lighthouseLoad.push(loadavg()[0]);
  const timer = setInterval(() => lighthouseLoad.push(loadavg()[0]), 10_000);
  try {
    return await run();
  } finally {
    clearInterval(timer);
  }
}

/** A shared checker link with a full, realistic answer set, as the checker itself writes it (defaults left out, the date kept). */
export function sharedCheckerPath(today = todayInChina()): string {
  const ctx = { provinces: ruleSet.provinces, categories: ruleSet.preApprovalCategories, today };
  const query = answersToParams(
    { priorFiling: 'elsewhere', domainFiled: false, service: 'website', province: 'gd', date: today, entity: 'individual', localId: false, residencePermit: true, content: ['education'] },
    ctx,
  ).toString();
  return `/checker/?${query}`;
}

interface BrowserFigures {
  search: SearchBench | null;
  checker: CheckerBench | null;
  checkerOpen: CheckerOpenBench | null;
  /** The baseline's doc page opened in the same harness as the shared link (first visit): the floor any Starlight page has there. */
  baselineOpen: VisitSummary | null;
  changeLogRequestedOnLoad: string[] | null;
  lighthouse: Record<string, LighthouseScores>;
}

async function attempt<T>(what: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    notes.push(`${what} not measured: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
}

async function browserMeasurements(changeLog: string | null): Promise<BrowserFigures> {
  const server = await startStaticServer(DIST);
  log("CPU: Lighthouse's benchmark index of this machine, for the slowdown that stands for a phone (bench/cpu.ts)");
  cpu = await calibrateCpu(server.url(PAGE_TYPES.step.page).replace('127.0.0.1', 'localhost'));
  log(`  ${cpu.how}`);
  const browser = await launchBrowser();
  browserVersion = browser.version();
  try {
    log('Pagefind search in Chromium (each query in a fresh context)');
    const search = await attempt('search', () => measureSearch(browser, server, DIST));
    let checker: CheckerBench | null = null;
    let checkerOpen: CheckerOpenBench | null = null;
    let baselineOpen: VisitSummary | null = null;
    if (existsSync(fileForPage(DIST, '/checker/'))) {
      log('checker update time in Chromium');
      const context = await newContext(browser);
      try {
        checker = await attempt('checker', async () => measureChecker(await context.newPage(), server.url('/checker/?province=zj&date=2018-09-10')));
      } finally {
        await context.close();
      }
      log(`opening a shared checker link (first and repeat visits) and the baseline's ${PAGE_TYPES.checker.baseline} in turn, ${openRuns} times each, CPU throttled ${cpu.slowdown}×`);
      const baseServer = await startStaticServer(BASELINE_DIST);
      try {
        const openings = await attempt('shared link and baseline openings', () =>
          measureOpenings(browser, server.url(sharedCheckerPath()), baseServer.url(PAGE_TYPES.checker.baseline), cpu!.slowdown, openRuns),
        );
        checkerOpen = openings?.checker ?? null;
        baselineOpen = openings?.plain ?? null;
      } finally {
        await baseServer.close();
      }
    } else notes.push('/checker/ is not built yet: checker.updateMs and checkerOpen are null.');

    let changeLogRequestedOnLoad: string[] | null = null;
    if (changeLog) {
      log(`does loading home, a step or a province page request ${changeLog}?`);
      const landing = [PAGE_TYPES.home.page, PAGE_TYPES.step.page, PAGE_TYPES.province.page].filter((p) => existsSync(fileForPage(DIST, p)));
      changeLogRequestedOnLoad = await attempt('change log requests', () => requestedOnLoad(browser, server, landing, changeLog));
    }

    let lighthouse: Record<string, LighthouseScores> = {};
    if (!skipLighthouse) {
      // localhost rather than 127.0.0.1: the pages' canonical URLs name localhost, and Lighthouse's
      // SEO audit fails a canonical that points at another domain.
      const local = server.origin.replace('127.0.0.1', 'localhost');
      const urls = Object.values(PAGE_TYPES)
        .map((p) => p.page)
        .filter((p) => existsSync(fileForPage(DIST, p)))
        .map((p) => local + p);
      // The baseline's pages under the same conditions, to tell Starlight's own costs (and a busy
      // machine) from ours.
      const baseServer = await startStaticServer(BASELINE_DIST);
      // And our guide pages' own content in plain Starlight, to tell what the content costs from
      // what the site adds to it.
      log('plain Starlight with the content of our home, step and province pages (bench/.tmp/content-baseline)');
      const same = await attempt('same content in plain Starlight', () =>
        buildContentBaseline(DIST, { home: PAGE_TYPES.home.page, step: PAGE_TYPES.step.page, province: PAGE_TYPES.province.page }),
      );
      const sameServer = same ? await startStaticServer(CONTENT_BASELINE_DIST) : null;
      try {
        const baseLocal = baseServer.origin.replace('127.0.0.1', 'localhost');
        const baseUrls = [...new Set(Object.values(PAGE_TYPES).map((p) => p.baseline))].map((p) => baseLocal + p);
        const sameUrls = same && sameServer ? Object.entries(same).map(([type, path]) => [type, sameServer.origin.replace('127.0.0.1', 'localhost') + path] as const) : [];
        log(`Lighthouse ${lighthouseRuns}× on ${urls.length} pages, ${baseUrls.length} baseline pages and ${sameUrls.length} with our content (about 15 s each)`);
        const all = await whileSamplingLoad(() => runLighthouse([...urls, ...baseUrls, ...sameUrls.map(([, u]) => u)], lighthouseRuns, log, cpu!.slowdown));
        for (const u of baseUrls) baselineLighthouse[new URL(u).pathname] = all[u];
        for (const [type, u] of sameUrls) sameContentLighthouse[type as PageType] = { url: new URL(u).pathname, ...all[u] };
        lighthouse = Object.fromEntries(urls.map((u) => [u, all[u]]));
      } finally {
        await baseServer.close();
        await sameServer?.close();
      }
    } else notes.push('BENCH_SKIP_LIGHTHOUSE=1: no Lighthouse scores.');
    return {
      search,
      checker,
      checkerOpen,
      baselineOpen,
      changeLogRequestedOnLoad,
      lighthouse: Object.fromEntries(Object.entries(lighthouse).map(([u, s]) => [new URL(u).pathname, s])),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function table(rows: (string | number | null)[][]): string {
  const cells = rows.map((r) => r.map((c) => (c === null ? '–' : String(c))));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => [...r[i]].length)));
  return cells.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n');
}

/** What was measured: the runtime, the installed framework and tools (as resolved, not as asked for). */
function versions(): Record<string, string> {
  const packages = ['astro', '@astrojs/starlight', '@astrojs/preact', '@astrojs/mdx', 'preact', 'vite', 'pagefind', 'json-rules-engine', 'lighthouse', 'playwright-core'];
  const installed = (name: string) =>
    (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return { node: process.version, ...Object.fromEntries(packages.map((name) => [name, installed(name)])) };
}

const kb = (n: number | null | undefined) => (n === null || n === undefined ? null : (n / 1024).toFixed(1));

interface TargetLine {
  target: string;
  ok: boolean | null;
  line: string;
}

/** "ok" or the gap, in one line per target; ok null when the figure was not measured. */
function targetLines(pages: Record<PageType, PageResult>, sizes: HtmlSizes, precache: PrecacheSize | null, search: SearchBench | null, open: CheckerOpenBench | null, baseOpen: VisitSummary | null): TargetLine[] {
  const out: TargetLine[] = [];
  const add = (target: string, ok: boolean | null, line: string, gap: string) =>
    out.push({ target, ok, line: `${line}: ${ok === null ? 'not measured' : ok ? 'ok' : `gap ${gap}`}` });
  const runs = `median of ${lighthouseRuns} (CPU ${cpu?.slowdown ?? '–'}×)`;

  // 1. Lighthouse
  const checkerLh = pages.checker.lighthouse;
  // Runs whose first frame came late although the page was drawn early (see observedFcpMs).
  const held = (lh: Scores | null | undefined) =>
    lh ? `; first frame observed after 1 s in ${lh.runs.filter((r) => r.observedFcpMs >= 1000).length} of ${lh.runs.length} runs (observed FCP ${lh.runs.map((r) => r.observedFcpMs).join(', ')} ms)` : '';
  add('checker-performance', checkerLh ? checkerLh.performance >= 98 : null,
    `checker performance ${runs} ${checkerLh?.performance ?? '–'} (SI ${checkerLh?.siMs ?? '–'} ms${held(checkerLh)}) (target ≥98)`, `${98 - (checkerLh?.performance ?? 0)}`);
  add('checker-tbt', checkerLh ? checkerLh.tbtMs <= 100 : null,
    `checker TBT ${runs} ${checkerLh?.tbtMs ?? '–'} ms (target ≤100 ms)`, `${(checkerLh?.tbtMs ?? 0) - 100} ms`);
  for (const type of ['home', 'step', 'province'] as const) {
    const ours = pages[type].lighthouse;
    const base = baselineLighthouse[pages[type].baselineUrl];
    add(`${type}-vs-baseline`, ours && base ? ours.performance >= base.performance : null,
      `${type} performance ${runs} ${ours?.performance ?? '–'} (TBT ${ours?.tbtMs ?? '–'} ms, FCP ${ours?.fcpMs ?? '–'} ms, LCP ${ours?.lcpMs ?? '–'} ms${held(ours)}) vs baseline ${pages[type].baselineUrl} ${base?.performance ?? '–'} (TBT ${base?.tbtMs ?? '–'}, FCP ${base?.fcpMs ?? '–'}, LCP ${base?.lcpMs ?? '–'}) (target ≥ baseline)`,
      `${(base?.performance ?? 0) - (ours?.performance ?? 0)}`);
  }
  // Not one of the issue's targets: the same comparison against a page that carries our content.
  for (const type of ['home', 'step', 'province'] as const) {
    const ours = pages[type].lighthouse;
    const same = sameContentLighthouse[type];
    add(`${type}-vs-same-content`, ours && same ? ours.performance >= same.performance : null,
      `(for comparison) ${type} performance ${runs} ${ours?.performance ?? '–'} (TBT ${ours?.tbtMs ?? '–'} ms) vs the same content in plain Starlight ${same?.performance ?? '–'} (TBT ${same?.tbtMs ?? '–'} ms, FCP ${same?.fcpMs ?? '–'} ms, LCP ${same?.lcpMs ?? '–'} ms)`,
      `${(same?.performance ?? 0) - (ours?.performance ?? 0)}`);
  }
  for (const [key, label] of [['accessibility', 'accessibility'], ['bestPractices', 'best practices'], ['seo', 'SEO']] as const) {
    const measured = Object.entries(pages).filter(([, p]) => p.lighthouse);
    const below = measured.filter(([, p]) => p.lighthouse![key] < 100).map(([t, p]) => `${t} ${p.lighthouse![key]}`);
    add(key, measured.length ? below.length === 0 : null,
      `${label} ${runs} on ${measured.map(([t]) => t).join(', ') || 'no page'} (target 100)`, below.join(', '));
  }

  // 2. Opening a shared checker link
  const clear = (runs: CheckerVisit[]) => `none over 50 ms in ${runs.filter((r) => r.longestTaskMs <= 50).length} of ${runs.length} runs`;
  const floor = baseOpen
    ? `; plain Starlight's ${PAGE_TYPES.checker.baseline} opened the same way, in turn with it: longest task ${baseOpen.longestTaskMs} ms (${clear(baseOpen.runs)}), longest script ${baseOpen.longestScriptMs} ms`
    : '';
  for (const [label, visit] of [['first visit', open?.firstVisit], ['repeat visit', open?.repeatVisit]] as const) {
    const v = visit ?? null;
    add(`checker-link-long-tasks-${label.split(' ')[0]}`, v ? v.longestTaskMs <= 50 : null,
      `checker shared link, ${label} (CPU ${cpu?.slowdown ?? '–'}×, median of ${v?.runs.length ?? 0}): result at ${v?.resultMs ?? '–'} ms, ${v?.longTaskCount ?? '–'} long tasks, longest ${v?.longestTaskMs ?? '–'} ms (${v ? clear(v.runs) : '–'}), of which the longest script ${v?.longestScriptMs ?? '–'} ms${label === 'first visit' ? floor : ''} (target no long task >50 ms)`,
      `${(v?.longestTaskMs ?? 0) - 50} ms`);
  }
  const waited = (runs: CheckerVisit[], networkOnly: boolean) => {
    // Requests after DOMContentLoaded that ended before the result, in the run of median result time.
    const sorted = [...runs].sort((a, b) => a.resultMs - b.resultMs);
    const mid = sorted[Math.floor((sorted.length - 1) / 2)];
    // Starlight's search UI (fetched at idle time for the search dialog) is not something the result waits for.
    const forSearch = (path: string) => path.startsWith('/pagefind/') || path.includes('pagefind-ui-on-demand');
    return mid ? mid.requests.filter((r) => r.afterDomContentLoaded && !forSearch(r.path) && (!networkOnly || r.from === 'network')).map((r) => `${r.path.split('?')[0]} (${r.from})`) : [];
  };
  const firstWaits = open ? waited(open.firstVisit.runs, false) : [];
  add('checker-link-requests-first', open ? firstWaits.length === 0 : null,
    `checker shared link, first visit: requests after DOMContentLoaded before the result: ${firstWaits.join(', ') || 'none'} (target none)`, `${firstWaits.length} request(s)`);
  const repeatWaits = open?.repeatVisit ? waited(open.repeatVisit.runs, true) : [];
  const repeatAll = open?.repeatVisit ? waited(open.repeatVisit.runs, false) : [];
  add('checker-link-requests-repeat', open?.repeatVisit ? repeatWaits.length === 0 : null,
    `checker shared link, repeat visit: requests after DOMContentLoaded before the result: ${repeatAll.join(', ') || 'none'} (target none from the network)`, `${repeatWaits.length} from the network`);

  // 3. Province pages and the change log
  const p = sizes.provinces;
  add('province-html', p.count ? p.ratio <= 2 : null,
    `province HTML max ${kb(p.maxBytes)} KB (${p.maxPage}; median ${kb(p.medianBytes)} KB, gzip max ${kb(p.maxGzipBytes)} KB = ${p.gzipRatio}×) = ${p.ratio}× baseline doc page ${kb(sizes.baselineDoc.bytes)} KB (target ≤2×)`,
    `${kb(p.maxBytes - 2 * sizes.baselineDoc.bytes)} KB over 2×`);
  const c = sizes.changeLogEarlyFetch;
  const early = [...c.prefetchedBy, ...c.eagerAnchorsOn, ...(c.requestedOnLoad ?? [])];
  add('change-log-first-visit', sizes.changeLog ? early.length === 0 : null,
    `change log ${sizes.changeLog?.page ?? '–'} ${kb(sizes.changeLog?.bytes)} KB (gzip ${kb(sizes.changeLog?.gzipBytes)} KB): prefetched/preloaded by ${c.prefetchedBy.length + c.eagerAnchorsOn.length} of ${c.pagesChecked} first-visit pages, requested on load of ${c.requestedOnLoad === null ? '(not checked)' : c.requestedOnLoad.length} of home/step/province${c.inPrecache ? '; the service worker precaches it after a first visit' : ''} (target not fetched on a first visit)`,
    [...new Set(early)].join(', '));

  // 4. Search
  const m = search?.median;
  const before = BEFORE_ISSUE_11;
  add('search-time', m ? m.firstResultsMs < before.searchFirstResultsMs : null,
    `search first results median ${m?.firstResultsMs ?? "–"} ms from the first key (typing included) = … debounce ${m?.debounceMs ?? '–'} + index loading ${m?.indexLoadingMs ?? '–'} + render ${m?.renderMs ?? '–'} ms over ${search?.queries.length ?? 0} queries (target < ${before.searchFirstResultsMs} ms, issue 11's \"about 1 s\")`,
    `${(m?.firstResultsMs ?? 0) - before.searchFirstResultsMs} ms`);
  add('search-bytes', m ? m.firstSearchBytes < before.searchFirstSearchBytes : null,
    `search bytes, first query on a page, median ${kb(m?.firstSearchBytes)} KB = Pagefind setup ${kb(search?.queries[0]?.setupBytes)} KB (before typing) + the query's ${kb(m?.bytesTransferred)} KB (target < ${kb(before.searchFirstSearchBytes)} KB at ${before.commit})`,
    `${kb((m?.firstSearchBytes ?? 0) - before.searchFirstSearchBytes)} KB`);

  // 5. Offline precache
  add('precache-stored', precache ? precache.storedBytes < before.precacheStoredBytes : null,
    `offline precache ${precache?.entries ?? '–'} entries, ${kb(precache?.storedBytes)} KB stored (target < ${kb(before.precacheStoredBytes)} KB at ${before.commit})`,
    `${kb((precache?.storedBytes ?? 0) - before.precacheStoredBytes)} KB`);
  add('precache-transfer', precache ? precache.transferBytes < before.precacheTransferBytes : null,
    `offline precache ${kb(precache?.transferBytes)} KB transferred, gzip -9 (target < ${kb(before.precacheTransferBytes)} KB at ${before.commit})`,
    `${kb((precache?.transferBytes ?? 0) - before.precacheTransferBytes)} KB`);

  // The JavaScript budgets (tests/site/budgets.test.ts asserts them too).
  const ch = pages.checker;
  add('checker-js', ch.jsGzipBytes !== null ? ch.jsGzipBytes <= BUDGETS.checkerJsGzipBytes : null,
    `checker eager JS ${kb(ch.jsGzipBytes)} KB gzip (target ≤${BUDGETS.checkerJsGzipBytes / 1024} KB)`, `${kb((ch.jsGzipBytes ?? 0) - BUDGETS.checkerJsGzipBytes)} KB`);
  const withEngine = ch.jsGzipBytes !== null && ch.engineGzipBytes !== null ? ch.jsGzipBytes + ch.engineGzipBytes : null;
  add('checker-js-engine', withEngine !== null ? withEngine <= BUDGETS.checkerWithEngineJsGzipBytes : null,
    `checker JS + engine worker ${kb(withEngine)} KB gzip (target ≤${BUDGETS.checkerWithEngineJsGzipBytes / 1024} KB)`, `${kb((withEngine ?? 0) - BUDGETS.checkerWithEngineJsGzipBytes)} KB`);
  for (const type of ['home', 'step', 'province'] as const) {
    const pg = pages[type];
    add(`${type}-js`, pg.overBaselineBytes !== null ? pg.overBaselineBytes <= BUDGETS.overBaselineBytes : null,
      `${type} JS ${kb(pg.jsGzipBytes)} KB gzip, ${pg.overBaselineBytes ?? '–'} B over baseline (target ≤ +${BUDGETS.overBaselineBytes} B)`, `${(pg.overBaselineBytes ?? 0) - BUDGETS.overBaselineBytes} B`);
  }
  return out;
}

async function main() {
  const { ours, baseline } = await builds();
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} has no built site`);
  if (!existsSync(join(BASELINE_DIST, 'index.html'))) throw new Error(`${BASELINE_DIST} has no built baseline`);
  const pages = pageJs();
  const precache = precacheSize(DIST);
  if (!precache) notes.push('dist/sw.js has no precache manifest: precache figures are null.');
  const sizes = htmlSizes(DIST, BASELINE_DIST, PAGE_TYPES.step.baseline, ['/', '/checker/', PAGE_TYPES.step.page], precacheUrls(DIST), ruleSet.provinces.map((p) => p.code));
  log('engine: every province × rule date ± 1 day × entity');
  const engine = await benchEngine();
  const { search, checker, checkerOpen, baselineOpen, changeLogRequestedOnLoad, lighthouse } = await browserMeasurements(sizes.changeLog?.page ?? null);
  sizes.changeLogEarlyFetch.requestedOnLoad = changeLogRequestedOnLoad;
  for (const result of Object.values(pages)) {
    const scores = lighthouse[result.url];
    if (!scores) continue;
    const { failing, diagnosis, ...rest } = scores;
    result.lighthouse = rest;
    result.lighthouseLost = failing;
    result.lighthouseDiagnosis = diagnosis;
  }
  const load = loadavg().map((l) => l.toFixed(2)).join(', ');
  const cores = (await import('node:os')).cpus().length;
  notes.push(`load average at the end (1, 5, 15 min): ${load} on ${cores} cores`);
  const loadSummary = lighthouseLoad.length
    ? { samples: lighthouseLoad.map((l) => round(l)), median: round(median(lighthouseLoad)), max: round(Math.max(...lighthouseLoad)), cores }
    : null;
  const indexes = Object.values(lighthouse).flatMap((l) => l.runs.map((r) => r.benchmarkIndex)).filter(Number.isFinite);
  if (indexes.length)
    notes.push(`Lighthouse's CPU benchmark index, median of its ${indexes.length} runs: ${Math.round(median(indexes))} (higher is faster; compare blocking times only between benches with similar indexes)`);
  if (loadSummary)
    notes.push(
      `1-min load average while Lighthouse ran: median ${loadSummary.median}, max ${loadSummary.max} on ${cores} cores${loadSummary.median > cores ? ' — more than Lighthouse alone (about 1.5 here): blocking times are inflated, measure again on a quiet machine' : ''}`,
    );
  const lines = targetLines(pages, sizes, precache, search, checkerOpen, baselineOpen);

  const results = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    versions: { ...versions(), chromium: browserVersion },
    targets: TARGETS,
    targetLines: lines,
    build: {
      seconds: ours ? round(ours.seconds) : null,
      pages: ours?.pages ?? countPages(DIST),
      baselineSeconds: baseline ? round(baseline.seconds) : null,
      baselinePages: baseline?.pages ?? countPages(BASELINE_DIST),
    },
    pages,
    engine,
    search,
    checker: { updateMs: checker?.updateMs ?? null, samples: checker?.samples ?? [] },
    checkerOpen,
    baselineOpen,
    cpu,
    lighthouseRuns: skipLighthouse ? 0 : lighthouseRuns,
    lighthouseLoad: loadSummary,
    baselineLighthouse,
    sameContentLighthouse: Object.fromEntries(Object.entries(sameContentLighthouse).map(([type, s]) => [type, { url: s!.url, performance: s!.performance, tbtMs: s!.tbtMs, fcpMs: s!.fcpMs, lcpMs: s!.lcpMs, siMs: s!.siMs, runs: s!.runs }])),
    html: sizes,
    precache,
    notes,
  };
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

  const lh = (s: Scores | null) => (s ? `${s.performance}/${s.accessibility}/${s.bestPractices}/${s.seo}` : null);
  console.log(
    table([
      ['page', 'JS gz KB', 'baseline KB', 'ratio', '+bytes', 'HTML KB (gz)', `Lighthouse P/A/BP/SEO (median of ${lighthouseRuns})`, 'TBT/FCP/LCP ms'],
      ...Object.entries(pages).map(([, p]) => [
        p.url,
        kb(p.jsGzipBytes),
        kb(p.baselineJsGzipBytes),
        p.ratio,
        p.overBaselineBytes,
        existsSync(fileForPage(DIST, p.url)) ? `${kb(readFileSync(fileForPage(DIST, p.url)).length)} (${kb(p.htmlGzipBytes)})` : null,
        lh(p.lighthouse),
        p.lighthouse ? `${p.lighthouse.tbtMs}/${p.lighthouse.fcpMs}/${p.lighthouse.lcpMs}` : null,
      ]),
      ...Object.entries(baselineLighthouse).map(([page, s]) => [
        `baseline ${page}`, null, null, null, null, `${kb(readFileSync(fileForPage(BASELINE_DIST, page)).length)} (${kb(gzipSize(readFileSync(fileForPage(BASELINE_DIST, page))))})`, lh(s), `${s.tbtMs}/${s.fcpMs}/${s.lcpMs}`,
      ]),
      ...Object.entries(sameContentLighthouse).map(([type, s]) => [
        `plain Starlight, our ${type} content`, null, null, null, null, kb(readFileSync(fileForPage(CONTENT_BASELINE_DIST, s!.url)).length), lh(s!), `${s!.tbtMs}/${s!.fcpMs}/${s!.lcpMs}`,
      ]),
    ]),
  );
  console.log();
  console.log(
    table([
      ['measure', 'value'],
      ['build (s, pages)', `${results.build.seconds ?? '–'} s, ${results.build.pages} pages`],
      ['baseline build (s, pages)', `${results.build.baselineSeconds ?? '–'} s, ${results.build.baselinePages} pages`],
      ['engine evaluations/s', engine.evaluationsPerSecond],
      ['engine median / max ms', `${engine.medianMs} / ${engine.maxMs} (${engine.evaluations} runs)`],
      ['checker update ms', results.checker.updateMs],
      ...(search?.queries ?? []).map((q) => [
        `search "${q.query}"`,
        `${q.firstResultsMs} ms (debounce ${q.debounceMs}, index ${q.indexLoadingMs}, render ${q.renderMs}); ${kb(q.bytesTransferred)} KB in ${q.fetched.length} requests`,
      ]),
    ]),
  );
  for (const [type, p] of Object.entries(pages)) {
    for (const f of p.lighthouseLost)
      console.log(`  ${type}: ${f.category} lost on ${f.audit} (${f.score})${f.displayValue ? ` ${f.displayValue}` : ''}`);
    const d = p.lighthouseDiagnosis;
    if (d)
      console.log(`  ${type}: main thread ${Object.entries(d.mainThread).map(([g, ms]) => `${g} ${ms}`).join(', ')} ms; scripts ${d.scripts.map((s) => `${s.url} ${s.totalMs}`).join(', ')} ms`);
  }
  for (const note of notes) console.log(`note: ${note}`);
  console.log('\ntargets (issue 11):');
  for (const l of lines) console.log(l.line);
  console.log('\nwritten: bench/results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
