import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding package.json). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The built site under test: dist/ as `npm run build` leaves it, or the folder named by SITE_DIST
 * (e.g. a build made with `astro build --outDir …`, to test without touching the shared dist/).
 */
export const DIST = process.env.SITE_DIST ? resolve(process.env.SITE_DIST) : resolve(ROOT, 'dist');

/** Fails with a readable message when the site has not been built. */
export function requireDist(): string {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error(
      `${DIST}/index.html is missing: run \`npm run build\` first (\`npm test\` does), or set SITE_DIST to a build.`,
    );
  }
  return DIST;
}
