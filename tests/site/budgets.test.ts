// Size budgets on the built site, in gzip bytes of JavaScript a page loads eagerly (see
// bench/page-js.ts for what counts). Bytes only: times vary by machine and are reported by
// `npm run bench`, never asserted.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBaselineBuilt } from '../../bench/baseline';
import { fileForPage, measurePageJs, PAGE_TYPES, type PageJs } from '../../bench/page-js';
import { distUnderTest } from '../e2e/support/served-dist';

const CHECKER_BUDGET = 30 * 1024;
const OVER_BASELINE_BUDGET = 1024;

let dist: string;
let baselineDist: string;

beforeAll(async () => {
  dist = distUnderTest(); // dist/, or $SITE_DIST
  // The fixture is built once (about 20 s) when its dist/ is missing; `npm run bench` rebuilds it.
  baselineDist = await ensureBaselineBuilt();
}, 120_000);

const listing = (js: PageJs) =>
  [...js.files.map((f) => `${f.path}: ${f.gzipBytes}`), `inline scripts (${js.inline.count}): ${js.inline.gzipBytes}`].join('\n  ');

function measured(page: string): PageJs {
  if (!existsSync(fileForPage(dist, page))) throw new Error(`${page} is not in the build (${fileForPage(dist, page)})`);
  return measurePageJs(dist, page);
}

describe('JavaScript size budgets (gzip)', () => {
  it(`the checker loads at most ${CHECKER_BUDGET} bytes`, () => {
    const js = measured(PAGE_TYPES.checker.page);
    expect(js.jsGzipBytes, `checker loads ${js.jsGzipBytes} B:\n  ${listing(js)}`).toBeLessThanOrEqual(CHECKER_BUDGET);
  });

  it.each(['home', 'step', 'province'] as const)(
    `a %s page loads at most ${OVER_BASELINE_BUDGET} bytes more than plain Starlight's matching page`,
    (type) => {
      const { page, baseline } = PAGE_TYPES[type];
      const js = measured(page);
      const base = measurePageJs(baselineDist, baseline);
      const budget = base.jsGzipBytes + OVER_BASELINE_BUDGET;
      expect(
        js.jsGzipBytes,
        `${page} loads ${js.jsGzipBytes} B, baseline ${baseline} ${base.jsGzipBytes} B (budget ${budget} B):\n  ${listing(js)}\nbaseline:\n  ${listing(base)}`,
      ).toBeLessThanOrEqual(budget);
    },
  );

  it('the measurement follows static imports and leaves Pagefind\'s lazily loaded UI out', () => {
    const js = measurePageJs(baselineDist, '/guide/');
    expect(js.files.length).toBeGreaterThan(1);
    expect(js.lazy.map((f) => f.path).join(' ')).toMatch(/ui-core/);
    expect(js.files.map((f) => f.path).join(' ')).not.toMatch(/ui-core/);
  });
});
