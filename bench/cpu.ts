// How much to slow the CPU so that "a phone" means the same phone on any machine.
//
// Lighthouse's mobile preset slows the CPU 4× and its docs (docs/throttling.md, "Calibrating the CPU
// slowdown") say that factor turns a high-end desktop, benchmark index 1500–2000, into a mid-tier
// phone, and that a faster host needs a higher factor. Blocking time is the real tasks' time × the
// factor, so at a fixed 4× the same pages measured 0 ms of checker TBT on a machine of index about
// 2,750 (2026-12-01) and 53–125 ms on slower ones: the targets were decided by the machine. The bench
// therefore measures the host's index with Lighthouse first and scales 4× by it, for Lighthouse and
// for the shared-link runs alike.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_PATH } from '../tooling/browser';
import { LIGHTHOUSE_CHROMIUM_ARGS, median } from './lighthouse';

/** Lighthouse's default CPU slowdown, meant for a host in its high-end desktop bracket. */
export const LIGHTHOUSE_SLOWDOWN = 4;
/** The middle of that bracket (benchmark index 1500–2000). */
export const REFERENCE_BENCHMARK_INDEX = 1750;

export interface CpuCalibration {
  /** Lighthouse's benchmark index of this machine, median of the calibration runs (null when forced). */
  benchmarkIndex: number | null;
  /** The CPU slowdown every Lighthouse and shared-link run of this bench used. */
  slowdown: number;
  /** How the slowdown was chosen, in words, for the results and the target lines. */
  how: string;
}

/** 4× scaled by the host's speed against the reference, to one decimal; never below 1 (no speed-up). */
export function slowdownFor(benchmarkIndex: number): number {
  return Math.max(1, Math.round(((LIGHTHOUSE_SLOWDOWN * benchmarkIndex) / REFERENCE_BENCHMARK_INDEX) * 10) / 10);
}

/**
 * The slowdown for this bench: BENCH_CPU_SLOWDOWN when set (e.g. 4 to compare with benches before
 * the calibration), else from Lighthouse's benchmark index measured on `url` in `runs` short runs.
 */
export async function calibrateCpu(url: string, runs = 3, forced = process.env.BENCH_CPU_SLOWDOWN): Promise<CpuCalibration> {
  if (forced !== undefined && forced !== '') {
    const slowdown = Number(forced);
    if (!Number.isFinite(slowdown) || slowdown < 1) throw new Error(`BENCH_CPU_SLOWDOWN must be a number ≥ 1, not "${forced}"`);
    return { benchmarkIndex: null, slowdown, how: `CPU ${slowdown}× (BENCH_CPU_SLOWDOWN)` };
  }
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: [...LIGHTHOUSE_CHROMIUM_ARGS] });
  const indexes: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyAudits: ['first-contentful-paint'] });
      const index = result?.lhr.environment?.benchmarkIndex;
      if (typeof index === 'number' && Number.isFinite(index)) indexes.push(index);
    }
  } finally {
    chrome.kill();
  }
  if (!indexes.length) throw new Error('Lighthouse reported no benchmark index: set BENCH_CPU_SLOWDOWN to measure anyway');
  const benchmarkIndex = Math.round(median(indexes));
  const slowdown = slowdownFor(benchmarkIndex);
  return {
    benchmarkIndex,
    slowdown,
    how: `CPU ${slowdown}× = ${LIGHTHOUSE_SLOWDOWN}× × benchmark index ${benchmarkIndex} / ${REFERENCE_BENCHMARK_INDEX}`,
  };
}
