// Builds a site with the project's own Astro (node_modules/.bin/astro) and times it.
// Used for our site and for the plain-Starlight baseline in tests/fixtures/baseline.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const BASELINE_ROOT = join(ROOT, 'tests/fixtures/baseline');
export const BASELINE_DIST = join(BASELINE_ROOT, 'dist');
const ASTRO = join(ROOT, 'node_modules/.bin/astro');

export interface BuildRun {
  seconds: number;
  pages: number;
  output: string;
}

/** Number of .html files below a folder (what `astro build` reports as pages, 404 included). */
export function countPages(dist: string): number {
  return readdirSync(dist, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html'),
  ).length;
}

/**
 * Runs `astro build` (for `root`, into `outDir` when given), rejecting with the build's output when
 * it fails. Wall time includes Astro's start-up, Vite, Pagefind and every integration.
 */
export function astroBuild(options: { root?: string; outDir?: string; cwd?: string } = {}): Promise<BuildRun> {
  const args = ['build'];
  if (options.root) args.push('--root', options.root);
  if (options.outDir) args.push('--outDir', options.outDir);
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(ASTRO, args, {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return fail(new Error(`astro ${args.join(' ')} exited with ${code}\n${output}`));
      const dist = options.outDir ?? join(options.root ?? options.cwd ?? ROOT, 'dist');
      done({ seconds, pages: countPages(dist), output });
    });
  });
}

/** Builds the baseline fixture unless its dist/ is already there (the budget tests call this). */
export async function ensureBaselineBuilt(): Promise<string> {
  if (!existsSync(join(BASELINE_DIST, 'guide/index.html'))) await astroBuild({ root: BASELINE_ROOT });
  return BASELINE_DIST;
}
