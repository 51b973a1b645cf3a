// Lighthouse (the version in package.json) with its defaults (mobile form factor, simulated
// throttling: 4× CPU slowdown, 150 ms RTT, 1.6 Mbit/s) on Debian's Chromium, launched by
// chrome-launcher (which lighthouse brings) with the flags from stack.md.
//
// Lighthouse is noisy, the more so on a shared machine: every URL is run `runs` times, the runs
// interleaved (run 1 of every URL, then run 2 …) so a burst of load elsewhere hits all pages alike,
// and each figure is reported as the median of its runs.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_PATH, CHROMIUM_ARGS } from '../tooling/browser';

export interface LighthouseFailing {
  category: string;
  audit: string;
  title: string;
  score: number | null;
  displayValue?: string;
}

/** One Lighthouse run of one URL. */
export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Total blocking time, first and largest contentful paint, speed index (simulated, ms). */
  tbtMs: number;
  fcpMs: number;
  lcpMs: number;
  siMs: number;
  /**
   * The page's first contentful paint as observed in the run's own trace (not simulated), ms after
   * navigation. With LIGHTHOUSE_CHROMIUM_ARGS it should stay under about 0.5 s; a run at 1 s or later
   * means the first frame was held back again (see there).
   */
  observedFcpMs: number;
  /**
   * Lighthouse's own measure of this machine's CPU speed at the start of the run (higher is faster).
   * Simulated blocking time is the real tasks' time × 4, so it scales with this: figures from
   * machines of different speed, or from one machine while something else ran, do not compare.
   */
  benchmarkIndex: number;
}

/**
 * Headless Chromium lowers the frame rate of a page that has produced no frame for a while (its
 * ThrottleFrameRateOnManyDidNotProduceFrame feature). In the runs of one browser that held a page
 * ready at 0.3 s off the screen until 1.2 or 2.2 s: observed in 4 of 5 checker runs, 1 of 5 on
 * the baseline. A late first frame moves every earlier long task out of the blocking time and
 * into the first paint, so scores were a lottery and our pages and the baseline drew different
 * tickets (measured 2026-11-30: checker runs 6 of 6 late with our service worker, 1 of 6 with it
 * removed; with the feature off, 0 of 18 late across all six pages). A phone with a screen draws
 * when the page is ready, so the bench turns the feature off.
 */
export const LIGHTHOUSE_CHROMIUM_ARGS: readonly string[] = [...CHROMIUM_ARGS, '--disable-features=ThrottleFrameRateOnManyDidNotProduceFrame'];

/** Where the (simulated 4× slower) main thread spends its time, and on which scripts. */
export interface LighthouseDiagnosis {
  /** mainthread-work-breakdown: ms per group (Script Evaluation, Style & Layout, Parse HTML & CSS …). */
  mainThread: Record<string, number>;
  /** bootup-time: per script URL (path only for our origin), total / evaluation / parse+compile ms. */
  scripts: { url: string; totalMs: number; scriptingMs: number; parseMs: number }[];
  /** long-tasks: the longest tasks, with the script Lighthouse attributes each to. */
  longTasks: { url: string; startMs: number; durationMs: number }[];
  /** HTML document: bytes transferred (gzip: the bench's server compresses text like a static host). */
  documentBytes: number | null;
}

export interface LighthouseScores extends LighthouseRun {
  /** Audits that lost points (score < 1 and weighted in a category) in the median run. */
  failing: LighthouseFailing[];
  /** Every run, in the order they ran. */
  runs: LighthouseRun[];
  /** From the median run (by performance score). */
  diagnosis: LighthouseDiagnosis;
}

const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo' } as const;

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
type Items = Record<string, unknown>[];

/** The median; for an even count, the mean of the middle two. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function items(lhr: Lhr, id: string): Items {
  const details = lhr.audits[id]?.details as { items?: Items } | undefined;
  return details?.items ?? [];
}

function readRun(lhr: Lhr): { run: LighthouseRun; failing: LighthouseFailing[]; diagnosis: LighthouseDiagnosis } {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const ms = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
  const failing: LighthouseFailing[] = [];
  for (const id of Object.values(CATEGORIES))
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1)
        failing.push({ category: id, audit: ref.id, title: audit.title, score: audit.score, displayValue: audit.displayValue });
    }
  const origin = new URL(lhr.finalDisplayedUrl ?? lhr.requestedUrl ?? 'http://x').origin;
  const short = (url: unknown) => (typeof url === 'string' ? url.replace(origin, '') : String(url));
  const mainThread = Object.fromEntries(
    items(lhr, 'mainthread-work-breakdown').map((i) => [String(i.groupLabel ?? i.group), Math.round(Number(i.duration))]),
  );
  const scripts = items(lhr, 'bootup-time').map((i) => ({
    url: short(i.url),
    totalMs: Math.round(Number(i.total)),
    scriptingMs: Math.round(Number(i.scripting)),
    parseMs: Math.round(Number(i.scriptParseCompile)),
  }));
  const longTasks = items(lhr, 'long-tasks')
    .slice(0, 8)
    .map((i) => ({ url: short(i.url), startMs: Math.round(Number(i.startTime)), durationMs: Math.round(Number(i.duration)) }));
  const doc = items(lhr, 'network-requests').find((i) => i.resourceType === 'Document');
  return {
    run: {
      performance: score(CATEGORIES.performance),
      accessibility: score(CATEGORIES.accessibility),
      bestPractices: score(CATEGORIES.bestPractices),
      seo: score(CATEGORIES.seo),
      tbtMs: ms('total-blocking-time'),
      fcpMs: ms('first-contentful-paint'),
      lcpMs: ms('largest-contentful-paint'),
      siMs: ms('speed-index'),
      observedFcpMs: Math.round(Number((items(lhr, 'metrics')[0] ?? {}).observedFirstContentfulPaint ?? NaN)),
      benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? NaN),
    },
    failing,
    diagnosis: { mainThread, scripts, longTasks, documentBytes: doc ? Number(doc.transferSize) : null },
  };
}

/**
 * Runs Lighthouse `runs` times on each URL in one Chromium (CPU slowed by `cpuSlowdown`, else
 * Lighthouse's 4×: see cpu.ts); returns per URL the median of each
 * figure (scores 0–100, times in ms), every run, and the failing audits and main-thread diagnosis
 * of the median run.
 */
export async function runLighthouse(urls: string[], runs = 3, progress: (message: string) => void = () => {}, cpuSlowdown?: number): Promise<Record<string, LighthouseScores>> {
  // chrome-launcher gives Chromium a fresh temporary profile and removes it on kill().
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: [...LIGHTHOUSE_CHROMIUM_ARGS] });
  const all = new Map<string, ReturnType<typeof readRun>[]>(urls.map((u) => [u, []]));
  try {
    for (let r = 0; r < runs; r++)
      for (const url of urls) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.values(CATEGORIES),
          // Only the CPU factor is set; the rest of the mobile preset (network, device) stays.
          ...(cpuSlowdown ? { throttling: { cpuSlowdownMultiplier: cpuSlowdown } } : {}),
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
        const read = readRun(lhr);
        all.get(url)!.push(read);
        progress(`  run ${r + 1}/${runs} ${new URL(url).pathname}: ${read.run.performance} (TBT ${read.run.tbtMs} ms, FCP ${read.run.fcpMs} ms, LCP ${read.run.lcpMs} ms)`);
      }
  } finally {
    chrome.kill();
  }
  const out: Record<string, LighthouseScores> = {};
  for (const [url, reads] of all) {
    const runsOf = reads.map((x) => x.run);
    const med = (key: keyof LighthouseRun) => Math.round(median(runsOf.map((x) => x[key])));
    // The run whose performance score is the median one speaks for the page's failing audits.
    const byScore = [...reads].sort((a, b) => a.run.performance - b.run.performance || a.run.tbtMs - b.run.tbtMs);
    const middle = byScore[Math.floor((byScore.length - 1) / 2)];
    out[url] = {
      performance: med('performance'),
      accessibility: med('accessibility'),
      bestPractices: med('bestPractices'),
      seo: med('seo'),
      tbtMs: med('tbtMs'),
      fcpMs: med('fcpMs'),
      lcpMs: med('lcpMs'),
      siMs: med('siMs'),
      observedFcpMs: med('observedFcpMs'),
      benchmarkIndex: med('benchmarkIndex'),
      failing: middle.failing,
      runs: runsOf,
      diagnosis: middle.diagnosis,
    };
  }
  return out;
}
