// Security of the built site in headless Chromium:
// - nothing is fetched from any origin but the site's own (no third-party fonts, scripts, analytics);
// - every page carries its Content-Security-Policy meta, and browsing home, a step, a province, the
//   checker (used) and a search raises no CSP violation and no console error;
// - hostile checker URLs are shown as text: a result or the notice, never new scripts or dialogs.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { attr, byTag, find, findAll, parseHtml } from '../helpers/html';
import { htmlFiles, urlPathOf } from '../helpers/site';
import { hashes, inlineContent, parsePolicy } from '../../build/csp.mjs';
import { checkerSettled, hydrated, useBuiltSite } from '../helpers/e2e';

const site = useBuiltSite();
const dist = site.dist;

interface Findings {
  requests: string[];
  violations: string[];
  consoleErrors: string[];
  dialogs: string[];
}

let context: BrowserContext;
let page: Page;
const findings: Findings = { requests: [], violations: [], consoleErrors: [], dialogs: [] };

beforeAll(async () => {
  // A visitor's full tour: the service worker runs too.
  context = await site.newContext({ serviceWorkers: 'allow' });
  // Runs before any page script (and outside the page's CSP): records every CSP violation.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} sample=${e.sample}`);
    });
  });
  context.on('request', (request) => findings.requests.push(request.url()));
  page = await watched();
});

/** A new page of the context whose console errors, uncaught errors and dialogs go into the findings. */
async function watched(): Promise<Page> {
  const p = await context.newPage();
  p.on('console', (message) => {
    if (message.type() === 'error') findings.consoleErrors.push(`${p.url()}: ${message.text()}`);
  });
  p.on('pageerror', (error) => findings.consoleErrors.push(`${p.url()}: uncaught ${error.message}`));
  p.on('dialog', (dialog) => {
    findings.dialogs.push(`${p.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  return p;
}
afterAll(async () => {
  await context?.close();
});

/** Collects the CSP violations a page recorded so far (call before navigating away). */
async function collectViolations(p: Page = page) {
  const seen = await p.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  findings.violations.push(...seen.map((v) => `${p.url()}: ${v}`));
}

async function visit(path: string) {
  const response = await page.goto(site.server.url(path), { waitUntil: 'load' });
  expect(response?.status(), `GET ${path}`).toBe(200);
  await hydrated(page);
}

describe('the Content-Security-Policy meta tag', () => {
  const files = htmlFiles(dist);

  it.each(files.map((f) => [urlPathOf(f, dist), f]))('%s carries the policy for its own inline code, before any script or style', (_path, file) => {
    const html = readFileSync(file, 'utf8');
    const doc = parseHtml(html);
    const head = find(doc, byTag('head'));
    expect(head, 'no <head>').toBeDefined();
    const metas = findAll(doc, (el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
    expect(metas, 'exactly one CSP meta').toHaveLength(1);
    const headElements = head!.childNodes.filter((n) => 'tagName' in n) as { tagName: string }[];
    const position = headElements.indexOf(metas[0] as never);
    // Nothing but <meta charset> may come before it.
    expect(headElements.slice(0, position).map((e) => e.tagName).filter((t) => t !== 'meta'), 'elements before the CSP meta').toEqual([]);
    const policy = attr(metas[0], 'content')!;
    // The shipped policy allows exactly the page's own inline code (the hashes are fresh): Astro's
    // hashes for what it bundles, build/csp.mjs's for the rest; inline event handlers never.
    const directives = parsePolicy(policy);
    const withoutMeta = html.replace(/<meta http-equiv="content-security-policy" content="[^"]*">/i, '');
    const { scripts, styles, styleAttributes, eventHandlers } = inlineContent(withoutMeta);
    expect(eventHandlers).toEqual([]);
    expect(directives.get('script-src-attr')).toEqual(["'none'"]);
    const allowed = (name: string) => directives.get(`${name}-elem`) ?? directives.get(name) ?? [];
    expect(hashes(scripts).filter((h) => !allowed('script-src').includes(h)), 'inline scripts without a hash').toEqual([]);
    expect(hashes(styles).filter((h) => !allowed('style-src').includes(h)), '<style> elements without a hash').toEqual([]);
    if (styleAttributes.length) {
      const attributes = directives.get('style-src-attr') ?? [];
      expect(attributes[0], "style attributes are allowed by hash only ('unsafe-hashes')").toBe("'unsafe-hashes'");
      expect(hashes(styleAttributes).filter((h) => !attributes.includes(h)), 'style attributes without a hash').toEqual([]);
    }
    // ...and nothing more: a hash that matches no inline code of the page only weighs on its first bytes.
    const present = new Set([...hashes(scripts), ...hashes(styles), ...hashes(styleAttributes)]);
    const unused = [...directives.values()].flat().filter((source) => source.startsWith("'sha256-") && !present.has(source));
    expect(unused, 'hashes that allow no inline code of this page').toEqual([]);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'"])
      expect(policy).toContain(directive);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
  });
});

describe('browsing the site', () => {
  it('home, a step, a province, the checker in use and a search: no CSP violation, no console error, no other origin', async () => {
    for (const path of ['/', '/steps/sms-verification/', '/provinces/zj/', '/glossary/', '/404.html']) {
      if (path === '/404.html') {
        await page.goto(site.server.url('/no-such-page/'), { waitUntil: 'load' });
      } else await visit(path);
      await collectViolations();
    }

    // The checker with a result, then used: another date, another entity, "why?" opened.
    await visit('/checker/?province=zj&date=2018-09-10');
    expect(await checkerSettled(page)).toBe('result');
    await page.locator('#checker-date').fill('2021-03-01');
    await page.locator('input[name="entity"][value="individual"]').check();
    const why = page.locator('[data-testid="checker-result"] details summary');
    if (await why.count()) await why.first().click();
    await page.waitForLoadState('networkidle');
    await collectViolations();

    // A search from the dialog.
    await visit('/');
    await page.locator('button[data-open-modal]:enabled').click();
    await page.locator('dialog[open] input.pagefind-ui__search-input').fill('短信核验');
    await page.locator('dialog[open] .pagefind-ui__result').first().waitFor();
    await page.waitForLoadState('networkidle');
    await collectViolations();

    expect(findings.violations, findings.violations.join('\n')).toEqual([]);
    // A missing page answers 404, which Chromium logs as a console error for the document itself.
    const errors = findings.consoleErrors.filter((e) => !/no-such-page\/: Failed to load resource: .* 404/.test(e));
    expect(errors, errors.join('\n')).toEqual([]);
    const foreign = findings.requests.filter((url) => !url.startsWith(site.server.origin + '/') && !url.startsWith('data:'));
    expect(foreign, foreign.join('\n')).toEqual([]);
    // The search really ran against the local index.
    expect(findings.requests.some((url) => url.startsWith(`${site.server.origin}/pagefind/`))).toBe(true);
  }, 120_000);
});

describe('hostile checker URLs', () => {
  const HOSTILE = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(2)>",
    'javascript:alert(3)',
    '</p><iframe src=//evil.example>',
    '\u202e<b>x</b>',
    '浙江<style>*{display:none}</style>',
    // Long, but within what a static host accepts in a request line (Node's own limit is 16 KB of headers).
    'a'.repeat(4_000),
  ];
  const KEYS = ['province', 'date', 'entity', 'localId', 'residencePermit', 'content', 'priorFiling', 'domainFiled', '<x>', 'onload'];
  const queries = fc.sample(
    fc
      .array(fc.tuple(fc.constantFrom(...KEYS), fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('zj', 'sx', '2018-09-10', 'individual', 'no', 'news'))), { minLength: 1, maxLength: 6 })
      .map((pairs) => new URLSearchParams(pairs).toString()),
    // The parser itself is fuzzed in Node (tests/engine/fuzz.test.ts, 1,500 runs); here a browser
    // only has to show that what reaches the page stays text, so a few mixed URLs suffice.
    { numRuns: 10, seed: 20261129 },
  );
  // Hand-picked: the hostile value lands in each place the notice echoes.
  const fixed = KEYS.slice(0, 8).map((k) => new URLSearchParams([[k, HOSTILE[1]]]).toString());

  it(`${fixed.length + queries.length} hostile URLs show a result, the notice or the overview, as text`, async () => {
    await visit('/checker/');
    const scriptsOf = (p: Page) => p.evaluate(() => [...document.scripts].map((s) => s.src || `inline:${s.textContent?.length}`).sort());
    const before = await scriptsOf(page);
    const problems: string[] = [];
    const check = async (p: Page, query: string) => {
      await p.goto(site.server.url(`/checker/?${query}`), { waitUntil: 'load' });
      const state = await checkerSettled(p);
      const params = new URLSearchParams(query);
      if (state === 'overview' && params.get('province')) problems.push(`${query}: a province was given but neither a result nor the notice shows`);
      const scripts = await scriptsOf(p);
      if (JSON.stringify(scripts) !== JSON.stringify(before)) problems.push(`${query}: scripts changed: ${scripts.join(' ')}`);
      const injected = await p.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => ['IFRAME', 'IMG', 'SVG', 'OBJECT', 'EMBED'].includes(el.tagName.toUpperCase()) && el.closest('.checker, [data-testid="url-notice"]'))
          .map((el) => el.outerHTML.slice(0, 80))
          .concat([...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`))),
      );
      if (injected.length) problems.push(`${query}: markup from the URL: ${injected.join(' ')}`);
      if (params.get('province') === HOSTILE[1]) {
        // The notice quotes the value as text, shortened.
        const notice = await p.locator('[data-testid="url-notice"]').innerText();
        if (!notice.includes('"><img src=x onerror')) problems.push(`${query}: the notice does not quote the value as text: ${notice}`);
      }
      await collectViolations(p);
    };
    // Two tabs take the URLs in turn: a page load mostly waits, on the network and on the island.
    const queue = [...fixed, ...queries];
    const second = await watched();
    await Promise.all(
      [page, second].map(async (p) => {
        for (let query = queue.shift(); query !== undefined; query = queue.shift()) await check(p, query);
      }),
    );
    await second.close();
    expect(problems, problems.join('\n')).toEqual([]);
    expect(findings.dialogs, findings.dialogs.join('\n')).toEqual([]);
    const uncaught = findings.consoleErrors.filter((e) => e.includes('uncaught'));
    expect(uncaught, uncaught.join('\n')).toEqual([]);
    expect(findings.violations, findings.violations.join('\n')).toEqual([]);
  }, 300_000);
});
