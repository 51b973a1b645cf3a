// The checker's island code asks Chromium to compile it while it downloads (build/compile-hints.mjs),
// so that hydration and the reading of a shared link do not compile it on a phone's main thread; the
// code it loads on demand does not, so that a visit that never needs it does not compile it either.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../build/compile-hints.mjs';
import { staticImports } from '../../build/module-graph.mjs';
import { fileForPage, measurePageJs } from '../../tooling/page-js';
import { requireDist } from '../../tooling/paths';

let dist: string;
beforeAll(() => {
  dist = requireDist();
});

const CHECKERS = ['/checker/', '/en/checker/'];
const code = (path: string) => readFileSync(join(dist, ...path.split('/').filter(Boolean)), 'utf8');
const hinted = (path: string) => code(path).startsWith(COMPILE_HINT);

/** The island's component and renderer as the page names them, and what they import statically. */
function islandFiles(page: string): string[] {
  const html = readFileSync(fileForPage(dist, page), 'utf8');
  const queue = [...html.matchAll(/<astro-island\b[^>]*>/g)].flatMap((m) => [...m[0].matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)].map((u) => u[1]));
  const seen = new Set<string>();
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    queue.push(...staticImports(code(path)).map((s) => posix.normalize(posix.join(posix.dirname(path), s))));
  }
  return [...seen];
}

describe('compile hints on the checker pages', () => {
  it.each(CHECKERS)('every file %s needs to hydrate its island starts with the hint', (page) => {
    const files = islandFiles(page);
    expect(files.length, 'the island, its renderer and their imports').toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => !hinted(f))).toEqual([]);
  });

  it.each(CHECKERS)('nothing %s loads on demand or runs as its worker carries the hint', (page) => {
    const js = measurePageJs(dist, page);
    expect(js.lazy.length, 'the engine glue, the place names and the copy text load on demand').toBeGreaterThan(0);
    expect([...js.lazy, ...js.workers].map((f) => f.path).filter(hinted)).toEqual([]);
  });
});
