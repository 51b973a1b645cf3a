// `npm run bench`: builds our site and the plain-Starlight baseline, then measures page JavaScript,
// the engine, Pagefind search, the checker and Lighthouse. Prints a table, writes bench/results.json.
//
// Environment:
//   BENCH_OUT_DIR=path   build our site there instead of dist/ (keeps a dist/ others are testing intact)
//   BENCH_SKIP_BUILD=1   measure the existing builds; the build figures are then null
//   BENCH_SKIP_LIGHTHOUSE=1  leave the Lighthouse scores null (saves about a minute)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { astroBuild, countPages, type BuildRun } from '../tooling/astro';
import { BASELINE_DIST, BASELINE_ROOT, ROOT } from '../tooling/paths';
import { measureChecker, measureSearch, type CheckerBench, type SearchBench } from './browser';
import { benchEngine, round } from './engine';
import { runLighthouse, type LighthouseScores } from './lighthouse';
import { BUDGETS, fileForPage, isEngineChunk, measurePageJs, PAGE_TYPES, type JsFile, type PageType } from '../tooling/page-js';
import { launchBrowser, newContext } from '../tooling/browser';
import { startStaticServer } from '../tooling/static-server';

const DIST = resolve(ROOT, process.env.BENCH_OUT_DIR ?? 'dist');
const skipBuild = process.env.BENCH_SKIP_BUILD === '1';
const skipLighthouse = process.env.BENCH_SKIP_LIGHTHOUSE === '1';
const notes: string[] = [];

const TARGETS = {
  lighthouse: 'every category 100',
  guidePagesOverBaselineBytes: BUDGETS.overBaselineBytes,
  checkerJsGzipBytes: BUDGETS.checkerJsGzipBytes,
  checkerWithEngineJsGzipBytes: BUDGETS.checkerWithEngineJsGzipBytes,
};

type Scores = Omit<LighthouseScores, 'failing'>;
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
  /** The engine chunk the checker fetches with its rule data (null on other pages). */
  engineGzipBytes: number | null;
  files: JsFile[];
  lazy: JsFile[];
  lighthouse: Scores | null;
  lighthouseLost: LighthouseScores['failing'];
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
      engineGzipBytes: ours?.lazy.find((f) => isEngineChunk(f.path))?.gzipBytes ?? null,
      files: ours?.files ?? [],
      lazy: ours?.lazy ?? [],
      lighthouse: null,
      lighthouseLost: [],
    };
  }
  return out;
}

const baselineLighthouse: Record<string, LighthouseScores> = {};
let browserVersion = 'not launched';

async function browserMeasurements(): Promise<{ search: SearchBench | null; checker: CheckerBench | null; lighthouse: Record<string, LighthouseScores> }> {
  const server = await startStaticServer(DIST);
  const browser = await launchBrowser();
  browserVersion = browser.version();
  try {
    log('Pagefind search in Chromium');
    let search: SearchBench | null = null;
    try {
      search = await measureSearch(browser, server, DIST);
    } catch (error) {
      notes.push(`search not measured: ${(error as Error).message.split('\n')[0]}`);
    }
    let checker: CheckerBench | null = null;
    if (existsSync(fileForPage(DIST, '/checker/'))) {
      log('checker update time in Chromium');
      const context = await newContext(browser);
      try {
        checker = await measureChecker(await context.newPage(), server.url('/checker/?province=zj&date=2018-09-10'));
      } catch (error) {
        notes.push(`checker not measured: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await context.close();
      }
    } else notes.push('/checker/ is not built yet: checker.updateMs is null.');

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
      try {
        const baseLocal = baseServer.origin.replace('127.0.0.1', 'localhost');
        const baseUrls = [...new Set(Object.values(PAGE_TYPES).map((p) => p.baseline))].map((p) => baseLocal + p);
        log(`Lighthouse on ${urls.length} pages and ${baseUrls.length} baseline pages (about 15 s each)`);
        const all = await runLighthouse([...urls, ...baseUrls]);
        for (const u of baseUrls) baselineLighthouse[new URL(u).pathname] = all[u];
        lighthouse = Object.fromEntries(urls.map((u) => [u, all[u]]));
      } finally {
        await baseServer.close();
      }
    } else notes.push('BENCH_SKIP_LIGHTHOUSE=1: no Lighthouse scores.');
    return { search, checker, lighthouse: Object.fromEntries(Object.entries(lighthouse).map(([u, s]) => [new URL(u).pathname, s])) };
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

async function main() {
  const { ours, baseline } = await builds();
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} has no built site`);
  if (!existsSync(join(BASELINE_DIST, 'index.html'))) throw new Error(`${BASELINE_DIST} has no built baseline`);
  const pages = pageJs();
  log('engine: every province × rule date ± 1 day × entity');
  const engine = await benchEngine();
  const { search, checker, lighthouse } = await browserMeasurements();
  for (const result of Object.values(pages)) {
    const scores = lighthouse[result.url];
    if (!scores) continue;
    const { failing, ...rest } = scores;
    result.lighthouse = rest;
    result.lighthouseLost = failing;
  }

  const results = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    versions: { ...versions(), chromium: browserVersion },
    targets: TARGETS,
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
    baselineLighthouse,
    notes,
  };
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

  const kb = (n: number | null) => (n === null ? null : (n / 1024).toFixed(1));
  const lh = (s: Scores | null) => (s ? `${s.performance}/${s.accessibility}/${s.bestPractices}/${s.seo}` : null);
  console.log(
    table([
      ['page', 'JS gz KB', 'baseline KB', 'ratio', '+bytes', 'target', 'Lighthouse P/A/BP/SEO'],
      ...Object.entries(pages).map(([type, p]) => [
        `${type} ${p.url}`,
        kb(p.jsGzipBytes),
        kb(p.baselineJsGzipBytes),
        p.ratio,
        p.overBaselineBytes,
        type === 'checker'
          ? p.jsGzipBytes !== null && p.jsGzipBytes <= TARGETS.checkerJsGzipBytes ? `ok ≤ ${TARGETS.checkerJsGzipBytes / 1024} KB` : `over ${TARGETS.checkerJsGzipBytes / 1024} KB`
          : p.overBaselineBytes !== null && p.overBaselineBytes <= TARGETS.guidePagesOverBaselineBytes ? `ok ≤ +${TARGETS.guidePagesOverBaselineBytes / 1024} KB` : `over +${TARGETS.guidePagesOverBaselineBytes / 1024} KB`,
        lh(p.lighthouse),
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
      ['search first results ms', search?.firstResultsMs ?? null],
      ['search bytes fetched', search ? `${search.bytesFetched} (${search.files} files)` : null],
      ['checker update ms', results.checker.updateMs],
      [
        'checker JS + engine chunk gz KB',
        pages.checker.jsGzipBytes !== null && pages.checker.engineGzipBytes !== null
          ? `${kb(pages.checker.jsGzipBytes + pages.checker.engineGzipBytes)} (target ≤ ${TARGETS.checkerWithEngineJsGzipBytes / 1024})`
          : null,
      ],
    ]),
  );
  for (const [type, p] of Object.entries(pages))
    for (const f of p.lighthouseLost)
      console.log(`  ${type}: ${f.category} lost on ${f.audit} (${f.score})${f.displayValue ? ` ${f.displayValue}` : ''}`);
  for (const [page, s] of Object.entries(baselineLighthouse))
    console.log(`  baseline ${page}: Lighthouse ${lh(s)}${s.failing.map((f) => `; lost on ${f.audit} ${f.displayValue ?? ''}`).join('')}`);
  for (const note of notes) console.log(`note: ${note}`);
  console.log('\nwritten: bench/results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
