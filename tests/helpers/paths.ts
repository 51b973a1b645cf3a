import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding package.json). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The built site, as `npm run build` leaves it. */
export const DIST = resolve(ROOT, 'dist');

/** Fails with a readable message when the site has not been built. */
export function requireDist(): string {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: run \`npm run build\` first (\`npm test\` does).`);
  }
  return DIST;
}
