// Accessibility: axe-core once per page template (and on the pages that carry a rule-data
// component found nowhere else), on the checker in each of its states, and on each template with
// custom styles in the dark theme; and keyboard-only use of the search dialog. Pages of one
// template share their markup and styles, so sweeping all of them found nothing more and cost
// two minutes. One browser, two tabs reused for the sweep.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { htmlFiles, urlPathOf } from '../helpers/site';
import { checkerSettled, hydrated, searchSetUp, useBuiltSite, type CheckerState } from '../helpers/e2e';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Where the sweep's pages load axe-core from (served by a route, never by the site). */
const AXE_URL = '/__axe-core.js';
const site = useBuiltSite();

/** One page per template, and the pages whose rule-data components appear on no other page. */
const TEMPLATES = {
  'home (splash)': '/',
  'doc page': '/glossary/',
  'step page (rule timeline, SMS batches, step note)': '/steps/sms-verification/',
  'province page': '/provinces/zj/',
  'province overview': '/provinces/',
  'change log': '/changes/',
  checker: '/checker/',
  'not found': '/404.html',
  'pre-approval table': '/prerequisites/pre-approval/',
  'review times': '/steps/bureau-review/',
  'source list': '/sources/',
  // The English edition: the same templates in English (Chinese runs marked lang="zh-CN").
  'English home (splash)': '/en/',
  'English step page': '/en/steps/sms-verification/',
  'English province page': '/en/provinces/zj/',
  'English province overview': '/en/provinces/',
  'English change log': '/en/changes/',
} as const;

/** The checker in each state it can show, with the state the page must settle in. */
const CHECKER_STATES: [name: string, path: string, state: CheckerState][] = [
  ['no province yet (overview)', '/checker/', 'overview'],
  ['a result', '/checker/?province=zj&date=2018-09-10', 'result'],
  ['a blocker', '/checker/?province=sx&date=2020-01-01&entity=individual&localId=no', 'result'],
  ['pre-approval content', '/checker/?province=zj&date=2018-09-10&content=news,education', 'result'],
  ['a malformed URL', '/checker/?province=%3Cb%3Exx&date=2018-02-30&entity=robot&foo=bar', 'notice'],
  // A link that answers everything: its questions folded behind the "修改回答" button.
  ['a shared result, questions folded', '/checker/?priorFiling=elsewhere&domainFiled=no&province=zj&date=2026-12-01&entity=individual&localId=yes', 'result'],
  // The English checker: the same island in English, its Chinese runs marked lang="zh-CN".
  ['English: no province yet (overview)', '/en/checker/', 'overview'],
  ['English: a blocker', '/en/checker/?province=sx&date=2020-01-01&entity=individual&localId=no', 'result'],
  ['English: a malformed URL', '/en/checker/?province=%3Cb%3Exx&date=2018-02-30&entity=robot&foo=bar', 'notice'],
];

/** Templates with styles of their own, checked again in the dark theme (and the checker with a blocker). */
const DARK: string[] = ['/', '/steps/sms-verification/', '/provinces/', '/provinces/zj/', '/changes/'];
const DARK_CHECKER_STATE = 2;

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
  context = await site.newContext({ bypassCSP: true });
  // Starlight keeps a chosen theme in localStorage; without one it follows the emulated scheme.
  await context.addInitScript(() => localStorage.removeItem('starlight-theme'));
  // axe-core (550 KB) from a cacheable URL: Chromium compiles it once, not on every page.
  const axe = readFileSync(AXE_PATH);
  await context.route(site.server.url(AXE_URL), (route) =>
    route.fulfill({ body: axe, contentType: 'text/javascript', headers: { 'Cache-Control': 'max-age=3600' } }),
  );
  pages = await Promise.all(Array.from({ length: POOL }, () => context.newPage()));
});
afterAll(async () => {
  await context?.close();
});

/**
 * The dark theme changes colours only (Starlight swaps CSS custom properties), so in the dark axe
 * runs the rules that read colours; structure, names and ARIA are checked in the light.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function axeOn(page: Page, rules?: string[]): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_URL });
  const violations: Violation[] = await page.evaluate(async (only) => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, options: object): Promise<AxeResult> } }).axe;
    const options = only ? { resultTypes: ['violations'], runOnly: { type: 'rule', values: only } } : { resultTypes: ['violations'] };
    const { violations } = await axe.run(document, options);
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  }, rules);
  return violations
    .map((v) => ({ ...v, targets: v.targets.filter((t) => !ACCEPTED.some((a) => a.rule === v.id && a.target === t)) }))
    .filter((v) => v.targets.length > 0);
}

interface Visit {
  path: string;
  /** For the checker: the state it must show before axe runs. */
  state?: CheckerState;
  /** Also check colours in the dark theme, in the same visit. */
  dark?: boolean;
}

/**
 * Runs axe on every visit, POOL at a time, and returns one line per violated rule and page. A visit
 * with `dark` is then switched to the dark scheme as a reader's system would switch it (Starlight
 * follows prefers-color-scheme when no theme was chosen) and checked again with the colour rules:
 * one page load for both themes.
 */
async function sweep(visits: Visit[]): Promise<string[]> {
  const found: string[] = [];
  const queue = [...visits];
  await Promise.all(
    pages.map(async (page) => {
      for (let visit = queue.shift(); visit; visit = queue.shift()) {
        await page.emulateMedia({ colorScheme: 'light' });
        const response = await page.goto(site.server.url(visit.path), { waitUntil: 'load' });
        await hydrated(page);
        if (visit.state) {
          const shown = await checkerSettled(page, visit.path.startsWith('/en/') ? en : zh);
          if (shown !== visit.state) found.push(`${visit.path}: the checker shows ${shown}, not ${visit.state}`);
        }
        const report = (scheme: string, violations: Violation[]) => {
          for (const v of violations)
            found.push(`${visit.path} [${scheme}, HTTP ${response?.status()}]: ${v.id} (${v.impact}) ${v.help}
    ${v.targets.join('\n    ')}`);
        };
        report('light', await axeOn(page));
        if (visit.dark) {
          await page.emulateMedia({ colorScheme: 'dark' });
          await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
          report('dark', await axeOn(page, COLOUR_RULES));
        }
      }
    }),
  );
  return found.sort();
}

describe('axe-core finds no violations', () => {
  it('the build has the pages this sweep is meant to cover', () => {
    const built = htmlFiles(site.dist).map((file) => urlPathOf(file, site.dist));
    for (const p of Object.values(TEMPLATES)) expect(built, `${p} is not in ${site.dist}`).toContain(p);
  });

  it(`on each page template (${Object.keys(TEMPLATES).join(', ')}), and in the dark theme on ${DARK.join(' ')}`, async () => {
    const found = await sweep(Object.values(TEMPLATES).map((path) => ({ path, dark: DARK.includes(path) })));
    expect(found, found.join('\n')).toEqual([]);
  }, 180_000);

  it(`on the checker in each state (${CHECKER_STATES.map(([name]) => name).join(', ')}), and with a blocker in the dark theme`, async () => {
    const found = await sweep(CHECKER_STATES.map(([, path, state], i) => ({ path, state, dark: i === DARK_CHECKER_STATE })));
    expect(found, found.join('\n')).toEqual([]);
  }, 120_000);
});

describe('the accessibility tree', () => {
  // What a screen reader gets is the browser's accessibility tree, not the DOM axe reads. Chromium
  // leaves out what it has not rendered (content-visibility: auto blocks below the screen were
  // "ignored: notRendered"), so a page must expose every heading and link it shows as soon as it has
  // loaded, on a phone, without being scrolled.
  const LONG_PAGES = ['/', '/steps/sms-verification/', '/provinces/zj/', '/changes/', '/checker/', '/en/steps/sms-verification/'];

  it(`exposes every heading and link of the content at load on a phone (${LONG_PAGES.join(' ')})`, async () => {
    const missing: string[] = [];
    for (const path of LONG_PAGES) {
      const page = await site.newPage({ viewport: { width: 412, height: 823 } });
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      const cdp = await page.context().newCDPSession(page);
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'main' });
      for (const [role, selector] of [['heading', 'h1, h2, h3, h4, h5, h6'], ['link', 'a[href]']] as const) {
        // What the page shows or would show on scrolling: not what is hidden (closed <details>, display: none).
        const shown = await page.locator('main').evaluate(
          (main, sel) => [...main.querySelectorAll(sel)].filter((e) => e.checkVisibility()).length,
          selector,
        );
        const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId, role });
        const exposed = nodes.filter((n) => !n.ignored).length;
        if (exposed < shown) missing.push(`${path}: ${shown - exposed} of ${shown} ${role}s not in the accessibility tree`);
      }
      await page.close();
    }
    expect(missing).toEqual([]);
  });
});

describe('search dialog by keyboard only', () => {
  it('Tab reaches the search button, typing finds 短信核验, Tab reaches a result and Enter opens it', async () => {
    const kb = await site.newContext();
    try {
      const p = await kb.newPage();
      await p.goto(site.server.url('/'), { waitUntil: 'load' });
      const button = p.locator('button[data-open-modal]');
      await button.and(p.locator(':enabled')).waitFor();
      // Pagefind's UI is built when the reader is about to search (build/shims/pagefind-ui-on-demand.js).
      expect(await p.locator('site-search input.pagefind-ui__search-input').count(), 'no search UI before it is wanted').toBe(0);
      const focused = () => p.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');
      for (let i = 0; i < 15 && !(await button.evaluate((b) => b === document.activeElement)); i++) await p.keyboard.press('Tab');
      expect(await button.evaluate((b) => b === document.activeElement), `focus is on ${await focused()}`).toBe(true);
      await p.keyboard.press('Enter');
      const input = p.locator('dialog[open] input.pagefind-ui__search-input');
      await input.waitFor();
      await expect.poll(() => input.evaluate((el) => el === document.activeElement), { message: 'the dialog focuses its search field' }).toBe(true);
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
    const kb = await site.newContext();
    try {
      const p = await kb.newPage();
      await p.goto(site.server.url('/steps/sms-verification/'), { waitUntil: 'load' });
      await p.locator('button[data-open-modal]:enabled').waitFor();
      await searchSetUp(p);
      // The search UI does not exist yet: Ctrl+K both opens the dialog and has it built.
      await p.keyboard.press('Control+k');
      const input = p.locator('dialog[open] input.pagefind-ui__search-input');
      await input.waitFor();
      await expect.poll(() => input.evaluate((el) => el === document.activeElement), { message: 'the search field has the cursor' }).toBe(true);
      await p.keyboard.press('Escape');
      await p.locator('dialog[open]').waitFor({ state: 'detached' });
    } finally {
      await kb.close();
    }
  }, 60_000);
});
