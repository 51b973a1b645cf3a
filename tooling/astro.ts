// Runs commands, above all `astro build` with the project's own Astro, and times them.
// Used for our site, the plain-Starlight baseline (tests/fixtures/baseline) and the broken-rule build test.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO, BASELINE_DIST, BASELINE_ROOT, ROOT } from './paths';

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

/** Runs a command to completion, collecting stdout and stderr together; kills it after timeoutMs. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<{ code: number | null; output: string; seconds: number }> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 300_000;
  // Vitest sets NODE_ENV=test; inherited by `astro build` it makes a development build (Starlight then
  // renders its "search works only in production" notice and no search script), so drop it.
  const { NODE_ENV: _fromTestRunner, ...env } = process.env;
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: { ...env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${command} ${args.join(' ')} took over ${timeoutMs / 1000} s\n${output}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output, seconds: (performance.now() - started) / 1000 });
    });
  });
}

/**
 * Runs `astro build` (for `root`, into `outDir` when given), rejecting with the build's output when
 * it fails. Wall time includes Astro's start-up, Vite, Pagefind and every integration.
 */
export async function astroBuild(options: { root?: string; outDir?: string; cwd?: string } = {}): Promise<BuildRun> {
  const args = ['build'];
  if (options.root) args.push('--root', options.root);
  if (options.outDir) args.push('--outDir', options.outDir);
  const { code, output, seconds } = await runCommand(ASTRO, args, { cwd: options.cwd });
  if (code !== 0) throw new Error(`astro ${args.join(' ')} exited with ${code}\n${output}`);
  const dist = options.outDir ?? join(options.root ?? options.cwd ?? ROOT, 'dist');
  return { seconds, pages: countPages(dist), output };
}

/** The Starlight version a built site names in its generator meta, or null. */
export function builtWithStarlight(dist: string): string | null {
  const file = join(dist, 'guide/index.html');
  if (!existsSync(file)) return null;
  return /<meta name="generator" content="Starlight v([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? null;
}

/**
 * Builds the baseline fixture unless its dist/ is there and was built by the installed Starlight
 * (the budget tests call this; a baseline left from before an upgrade would measure the old one).
 */
export async function ensureBaselineBuilt(): Promise<string> {
  const installed = (JSON.parse(readFileSync(join(ROOT, 'node_modules/@astrojs/starlight/package.json'), 'utf8')) as { version: string }).version;
  if (builtWithStarlight(BASELINE_DIST) !== installed) await astroBuild({ root: BASELINE_ROOT });
  return BASELINE_DIST;
}
