// Where things are: the repository, the built site under test, the plain-Starlight baseline.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding package.json). */
export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The project's own Astro CLI. */
export const ASTRO = join(ROOT, 'node_modules/.bin/astro');

/** A plain Starlight site (tests/fixtures/baseline): what the JavaScript budgets compare against. */
export const BASELINE_ROOT = join(ROOT, 'tests/fixtures/baseline');
export const BASELINE_DIST = join(BASELINE_ROOT, 'dist');

/**
 * The built site under test: dist/ as `npm run build` leaves it, or the folder named by SITE_DIST
 * (e.g. a build made with `astro build --outDir …`, to test without touching the shared dist/).
 */
export const DIST = process.env.SITE_DIST ? resolve(process.env.SITE_DIST) : resolve(ROOT, 'dist');

/** The built site under test; fails with a readable message when it has not been built. */
export function requireDist(): string {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error(
      `${DIST}/index.html is missing: run \`npm run build\` first (\`npm test\` does), or set SITE_DIST to a build.`,
    );
  }
  return DIST;
}
