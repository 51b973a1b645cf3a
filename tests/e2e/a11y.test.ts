// Accessibility: axe-core on every HTML page of the built site and on the checker in several
// states, in the light and (for a few pages) the dark theme; and keyboard-only use of the search
// dialog. One browser, one page reused for the axe sweep.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newContext } from '../../tooling/browser';
import { htmlFiles, urlPathOf } from '../helpers/site';
import { checkerSettled, hydrated, useBuiltSite } from '../helpers/e2e';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const site = useBuiltSite();
const dist = site.dist;

/** Every page a static host serves, 404 included (served at its own path). */
const PAGES = htmlFiles(dist).map((file) => urlPathOf(file, dist));

const CHECKER_STATES = [
  ['default', '/checker/'],
  ['a blocker', '/checker/?province=sx&date=2020-01-01&entity=individual&localId=no'],
  ['pre-approval content', '/checker/?province=zj&date=2018-09-10&content=news,education'],
  ['a malformed URL', '/checker/?province=%3Cb%3Exx&date=2018-02-30&entity=robot&foo=bar'],
] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Known upstream finding, excluded narrowly (this rule on this element only): Starlight's search
 * button is named by aria-label="搜索" while it also shows the shortcut hint "Ctrl K" in <kbd>s, so axe
 * sees visible text that is not in the name. The label itself ("搜索") is in the name and the shortcut
 * is exposed through aria-keyshortcuts; plain Starlight (tests/fixtures/baseline) has the same markup.
 */
const ACCEPTED = [{ rule: 'label-content-name-mismatch', target: 'button[data-open-modal=""]' }];

/** Pages checked at once, each in its own tab. About a second per page on an idle machine. */
const POOL = 2;

let context: BrowserContext;
let pages: Page[] = [];

beforeAll(async () => {
  // bypassCSP: axe is injected as an inline script, which the site's own CSP rightly blocks.
  context = await newContext(site.browser, { bypassCSP: true });
  // Starlight keeps a chosen theme in localStorage; without one it follows the emulated scheme.
  await context.addInitScript(() => localStorage.removeItem('starlight-theme'));
  pages = await Promise.all(Array.from({ length: POOL }, () => context.newPage()));
});
afterAll(async () => {
  await context?.close();
});

async function axeOn(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations: Violation[] = await page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, options: object): Promise<AxeResult> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  });
  return violations
    .map((v) => ({ ...v, targets: v.targets.filter((t) => !ACCEPTED.some((a) => a.rule === v.id && a.target === t)) }))
    .filter((v) => v.targets.length > 0);
}

interface Visit {
  path: string;
  scheme: 'light' | 'dark';
  settle?: (page: Page) => Promise<unknown>;
}

/** Runs axe on every visit, POOL at a time, and returns one line per violated rule and page. */
async function sweep(visits: Visit[]): Promise<string[]> {
  const found: string[] = [];
  const queue = [...visits];
  await Promise.all(
    pages.map(async (page) => {
      for (let visit = queue.shift(); visit; visit = queue.shift()) {
        await page.emulateMedia({ colorScheme: visit.scheme });
        const response = await page.goto(site.server.url(visit.path), { waitUntil: 'load' });
        await hydrated(page);
        if (visit.settle) await visit.settle(page);
        for (const v of await axeOn(page))
          found.push(`${visit.path} [${visit.scheme}, HTTP ${response?.status()}]: ${v.id} (${v.impact}) ${v.help}
    ${v.targets.join('\n    ')}`);
      }
    }),
  );
  return found.sort();
}

describe('axe-core finds no violations', () => {
  it('the build has the pages this sweep is meant to cover', () => {
    for (const p of ['/', '/404.html', '/steps/sms-verification/', '/provinces/', '/provinces/zj/', '/checker/', '/changes/', '/glossary/', '/sources/'])
      expect(PAGES, `${p} is not in ${dist}`).toContain(p);
  });

  it(`on every page of the build (${PAGES.length})`, async () => {
    const found = await sweep(PAGES.map((path) => ({ path, scheme: 'light' })));
    expect(found, found.join('\n')).toEqual([]);
  }, 600_000);

  it('on the checker in several states, and on each page type in the dark theme', async () => {
    const visits: Visit[] = [
      ...CHECKER_STATES.map(([, path]) => ({ path, scheme: 'light' as const, settle: checkerSettled })),
      ...['/', '/steps/sms-verification/', '/provinces/zj/', '/changes/'].map((path) => ({ path, scheme: 'dark' as const })),
      { path: CHECKER_STATES[1][1], scheme: 'dark', settle: checkerSettled },
    ];
    const found = await sweep(visits);
    expect(found, found.join('\n')).toEqual([]);
  }, 300_000);
});

describe('search dialog by keyboard only', () => {
  it('Tab reaches the search button, typing finds 短信核验, Tab reaches a result and Enter opens it', async () => {
    const kb = await newContext(site.browser);
    try {
      const p = await kb.newPage();
      await p.goto(site.server.url('/'), { waitUntil: 'load' });
      const button = p.locator('button[data-open-modal]');
      await button.and(p.locator(':enabled')).waitFor();
      // Starlight loads Pagefind's UI when the browser is idle; opening the dialog before that shows
      // no field to focus (a race a reader could hit too, but not what this test is about).
      await p.locator('site-search input.pagefind-ui__search-input').waitFor({ state: 'attached' });
      const focused = () => p.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');
      for (let i = 0; i < 15 && !(await button.evaluate((b) => b === document.activeElement)); i++) await p.keyboard.press('Tab');
      expect(await button.evaluate((b) => b === document.activeElement), `focus is on ${await focused()}`).toBe(true);
      await p.keyboard.press('Enter');
      const input = p.locator('dialog[open] input.pagefind-ui__search-input');
      await input.waitFor();
      expect(await input.evaluate((el) => el === document.activeElement), 'the dialog focuses its search field').toBe(true);
      await p.keyboard.type('短信核验');
      const firstLink = p.locator('dialog[open] .pagefind-ui__result-link').first();
      await firstLink.waitFor();
      let href = '';
      for (let i = 0; i < 10; i++) {
        await p.keyboard.press('Tab');
        href = await p.evaluate(() => {
          const el = document.activeElement;
          return el instanceof HTMLAnchorElement && el.closest('.pagefind-ui__result') ? el.getAttribute('href') ?? '' : '';
        });
        if (href) break;
      }
      expect(href, `Tab never reached a result link; focus is on ${await focused()}`).not.toBe('');
      await Promise.all([p.waitForURL((url) => url.pathname + url.hash === href || url.pathname === href.split('#')[0]), p.keyboard.press('Enter')]);
      expect(new URL(p.url()).pathname).toBe(href.split('#')[0]);
      expect(await p.locator('h1').first().innerText()).not.toBe('');
    } finally {
      await kb.close();
    }
  }, 90_000);

  it('Ctrl+K opens the dialog with the search field focused, Escape closes it', async () => {
    const kb = await newContext(site.browser);
    try {
      const p = await kb.newPage();
      await p.goto(site.server.url('/steps/sms-verification/'), { waitUntil: 'load' });
      await p.locator('button[data-open-modal]:enabled').waitFor();
      // Starlight loads Pagefind's UI when the browser is idle; opening the dialog before that shows
      // no field to focus (a race a reader could hit too, but not what this test is about).
      await p.locator('site-search input.pagefind-ui__search-input').waitFor({ state: 'attached' });
      await p.keyboard.press('Control+k');
      const input = p.locator('dialog[open] input.pagefind-ui__search-input');
      await input.waitFor();
      expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
      await p.keyboard.press('Escape');
      await p.locator('dialog[open]').waitFor({ state: 'detached' });
    } finally {
      await kb.close();
    }
  }, 60_000);
});
