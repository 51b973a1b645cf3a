// The checker in headless Chromium against the built site. Expected statuses come from the engine
// (evaluate with the validated rule set) and the strings module, never from the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { checkerSettled, useBuiltSite } from '../helpers/e2e';
import { evaluate } from '../../src/engine/evaluate';
import { ruleSet } from '../../src/engine/rules';
import { answersToParams } from '../../src/engine/questions';
import { zh } from '../../src/i18n/zh';
import { en } from '../../src/i18n/en';
import { localizeRuleSet } from '../../src/engine/localize';
import { formatResult } from '../../src/present/text';
import { addWorkingDays } from '../../src/engine/dates';
import type { Answers, Result } from '../../src/engine/types';
import { baseAnswers, questionContext } from '../engine/support';
import { EARLY_WORKER, SHARED_LINK } from '../../build/early-worker.mjs';

const STATUS_LABEL = zh.status;
const METHOD_LABEL = zh.method;

const site = useBuiltSite();

const answers = baseAnswers;
const shortName = (code: string) => ruleSet.provinces.find((p) => p.code === code)!.short;

async function openChecker(path = '/checker/', existing?: Page): Promise<Page> {
  const page = existing ?? (await site.newPage());
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  const response = await page.goto(site.server.url(path));
  expect(response?.status()).toBe(200);
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' }); // hydrated
  return page;
}

/** Answers the questions the way a visitor does: labels, typing, clicking. */
async function answerInUi(page: Page, a: Answers) {
  if (a.priorFiling) // no default: left open unless the case answers it
    await page.getByRole('radio', { name: a.priorFiling === 'elsewhere' ? '有，在其他服务商' : a.priorFiling === 'alibaba' ? '有，在阿里云办理的' : '没有', exact: false }).first().check();
  await page.getByLabel('在哪个省份备案').fill(shortName(a.province));
  await page.getByLabel('哪天提交备案').fill(a.date);
  await page.getByRole('group', { name: '以谁的名义备案' }).getByRole('radio', { name: a.entity === 'individual' ? '个人' : '单位', exact: false }).check();
  await page.getByRole('group', { name: '身份证' }).getByRole('radio', { name: a.localId ? '是' : '不是', exact: false }).first().check();
  if (!a.localId && a.residencePermit !== undefined)
    await page.getByRole('group', { name: '居住证' }).getByRole('radio', { name: a.residencePermit ? '有' : '没有', exact: true }).check();
}

async function expectResult(page: Page, expected: Result) {
  // The page says which answers the shown result was computed from: wait for exactly these.
  const query = answersToParams(expected.answers, { ...questionContext, today: expected.asOf }).toString();
  await page.locator(`[data-testid="checker-result"][data-answers="${query}"]`).waitFor();
  const blockers = page.getByTestId('blockers');
  if (expected.blockers.length) {
    for (const b of expected.blockers) expect(await blockers.innerText()).toContain(b.instead);
    // A closed path shows what to do instead, not ten steps marked 需要.
    expect(await page.locator('[data-testid="steps"]').count()).toBe(0);
    return;
  }
  expect(await blockers.count()).toBe(0);
  for (const step of expected.steps) {
    const item = page.locator(`[data-testid="steps"] > li`).nth(step.order - 1);
    expect(await item.innerText(), step.id).toContain(step.title);
    expect(await item.getByTestId('status').innerText(), `${step.id} on ${expected.asOf}`).toContain(STATUS_LABEL[step.status]);
    if (step.method && step.status !== 'unknown') expect(await item.getByTestId('method').innerText()).toContain(METHOD_LABEL[step.method]);
  }
}

const stepOf = (r: Result, id: string) => r.steps.find((s) => s.id === id)!;

describe('answers chosen in the UI', () => {
  // One page for all cases, answered one after another as a visitor changes their mind: each case
  // sets every answer it depends on, and expectResult waits for the result computed from exactly
  // those answers (data-answers), so an earlier case's result can never pass for this one.
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.newContext();
    page = await openChecker('/checker/', await context.newPage());
  });
  afterAll(() => context?.close());

  const cases: { name: string; a: Answers; check: (r: Result) => void }[] = [
    { name: '浙江 the day before the SMS pilot', a: answers({ province: 'zj', date: '2018-09-09' }), check: (r) => expect(stepOf(r, 'sms-verification').status).toBe('not-required') },
    { name: '浙江 on the SMS pilot day', a: answers({ province: 'zj', date: '2018-09-10' }), check: (r) => expect(stepOf(r, 'sms-verification').status).toBe('required') },
    { name: '北京 before SMS went nationwide', a: answers({ province: 'bj', date: '2020-08-16' }), check: (r) => expect(stepOf(r, 'sms-verification').status).toBe('not-required') },
    { name: '北京 when SMS went nationwide', a: answers({ province: 'bj', date: '2020-08-17' }), check: (r) => expect(stepOf(r, 'sms-verification').status).toBe('required') },
    { name: '上海 2019-05-01', a: answers({ province: 'sh', date: '2019-05-01' }), check: (r) => expect(stepOf(r, 'identity-verification').method).toBe('aliyun-app-face') },
    { name: '广东 2019-05-01', a: answers({ province: 'gd', date: '2019-05-01' }), check: (r) => expect(stepOf(r, 'identity-verification').method).toBe('choice') },
    { name: '北京 2019-05-01', a: answers({ province: 'bj', date: '2019-05-01' }), check: (r) => expect(stepOf(r, 'identity-verification').method).toBe('curtain-photo') },
    { name: '北京 2019-07-29', a: answers({ province: 'bj', date: '2019-07-29' }), check: (r) => expect(stepOf(r, 'identity-verification').method).toBe('aliyun-app-face') },
    {
      name: '山西, individual with a non-local ID',
      a: answers({ province: 'sx', date: '2019-09-06', entity: 'individual', localId: false }),
      check: (r) => expect(r.blockers.length).toBeGreaterThan(0),
    },
  ];
  for (const { name, a, check } of cases)
    it(name, async () => {
      const expected = await evaluate(a, ruleSet);
      check(expected); // the case really is the boundary it claims to be
      await answerInUi(page, a);
      await expectResult(page, expected);
      expect(new URL(page.url()).searchParams.get('province')).toBe(a.province);
    });
});

describe('answers in the URL', () => {
  const query = 'province=zj&date=2018-09-10&entity=individual&localId=no&residencePermit=yes&content=news,education&priorFiling=elsewhere&domainFiled=no';
  it('reproduces the result and restores earlier answers on back and forward', async () => {
    const first = answers({ province: 'zj', date: '2018-09-10', entity: 'individual', localId: false, residencePermit: true, content: ['news', 'education'], priorFiling: 'elsewhere', domainFiled: false });
    const page = await openChecker(`/checker/?${query}`, await site.newPage({ viewport: { width: 390, height: 844 } }));
    await expectResult(page, await evaluate(first, ruleSet));
    // A link that answers everything opens on its result: the questions are folded behind one button,
    // so the result's summary is on the first screen of a phone, not two screens of questions down.
    const edit = page.getByRole('button', { name: zh.checker.editAnswers });
    expect(await edit.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('哪天提交备案').isVisible()).toBe(false);
    const summary = (await page.getByTestId('checker-summary').boundingBox())!;
    expect(summary.y + summary.height).toBeLessThan(page.viewportSize()!.height);
    await edit.click();
    const fold = page.getByRole('button', { name: zh.checker.foldAnswers });
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel('哪天提交备案').isVisible()).toBe(true);
    for (const c of ['news', 'education']) {
      const name = ruleSet.preApprovalCategories.find((x) => x.id === c)!.name;
      expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(true);
      expect(await page.getByTestId('pre-approvals').innerText()).toContain(name);
    }

    await page.getByLabel('哪天提交备案').fill('2018-09-09');
    await page.getByLabel('哪天提交备案').blur();
    const second = { ...first, date: '2018-09-09' };
    await expectResult(page, await evaluate(second, ruleSet));
    await page.getByLabel('在哪个省份备案').fill('北京');
    const third = { ...second, province: 'bj' };
    await expectResult(page, await evaluate(third, ruleSet));

    await page.goBack();
    await expectResult(page, await evaluate(second, ruleSet));
    expect(await page.getByLabel('在哪个省份备案').inputValue()).toBe('浙江');
    await page.goBack();
    await expectResult(page, await evaluate(first, ruleSet));
    expect(await page.getByLabel('哪天提交备案').inputValue()).toBe('2018-09-10');
    await page.goForward();
    await expectResult(page, await evaluate(second, ruleSet));
  });

  it('says it is reading the link, not the default answers, until the island has read it', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    // The island's code held back: the page as it is before it runs.
    const held: (() => Promise<void>)[] = [];
    await page.route(/\/_astro\/Checker\.[^/]*\.js$/, (route) => void held.push(() => route.continue()));
    await page.goto(site.server.url(`/checker/?${query}`), { waitUntil: 'domcontentloaded' });
    await page.getByText(zh.checker.linkWaiting).waitFor();
    expect(await page.getByLabel('哪天提交备案').isVisible()).toBe(false);
    expect(await page.getByText(zh.checker.chooseProvince).isVisible()).toBe(false);
    await expect.poll(() => held.length).toBeGreaterThan(0);
    for (const go of held.splice(0)) await go();
    await page.route(/\/_astro\/Checker\./, (route) => route.continue());
    await page.locator('[data-testid="checker-result"][data-answers]').waitFor();
    expect(await page.getByText(zh.checker.linkWaiting).count()).toBe(0);
    expect(await page.getByRole('button', { name: zh.checker.editAnswers }).isVisible()).toBe(true);
  });

  it("opened without answers on a later day than the build, dates the questions on the visitor's day", async () => {
    // The page's HTML carries the build day in the date field; a reader weeks later must see their own.
    // A context of its own (any option gives one): the clock set here must not reach other tests.
    const page = await site.newPage({ timezoneId: 'Asia/Shanghai' });
    const later = new Date(Date.now() + 40 * 86_400_000);
    await page.clock.setFixedTime(later);
    const day = new Date(later.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    await openChecker('/checker/', page);
    const date = page.getByLabel('哪天提交备案');
    await expect.poll(() => date.inputValue()).toBe(day);
    expect(await page.locator('#checker-date-hint').innerText()).toContain(day);
    await page.getByLabel('在哪个省份备案').fill('浙江');
    await page.locator(`[data-testid="checker-result"][data-answers*="date=${day}"], [data-testid="checker-result"]:not([data-answers*="date="])`).first().waitFor();
    expect(await date.inputValue()).toBe(day);
  });

  it('accepts the province as 浙江, zj, ZJ, zhejiang or 浙江省', async () => {
    const expected = await evaluate(answers({ province: 'zj', date: '2018-09-10' }), ruleSet);
    const page = await openChecker('/checker/?date=2018-09-10');
    for (const typed of ['ZJ', 'zhejiang', '浙江省', 'zj', '浙江']) {
      await page.getByLabel('在哪个省份备案').fill(typed);
      await expectResult(page, expected);
    }
  });

  it('names malformed parameters, asks again, and injects nothing', async () => {
    const clean = await openChecker('/checker/');
    const scriptsOnClean = await clean.locator('script').count();
    const bad = '<script>alert(1)</script>';
    const page = await openChecker(`/checker/?province=atlantis&date=2018-02-30&entity=${encodeURIComponent(bad)}&colour=red`);
    const notice = page.getByRole('alert');
    await notice.waitFor();
    const text = await notice.innerText();
    for (const name of ['province', 'date', 'entity', 'colour']) expect(text).toContain(name);
    expect(text).toContain(bad); // shown as text …
    expect(await page.locator('script').count()).toBe(scriptsOnClean); // … never as markup
    expect(await page.evaluate(() => [...document.scripts].some((s) => s.textContent?.includes('alert(1)')))).toBe(false);
    expect(await page.getByLabel('在哪个省份备案').inputValue()).toBe('');
    expect(await page.getByTestId('checker-result').count()).toBe(0);
    // A shared link with no answer to give: the overview, kept out while an answer might come, is shown.
    await expect.poll(() => page.evaluate((name) => document.documentElement.hasAttribute(name), SHARED_LINK)).toBe(false);
    expect(await page.locator('#checker-overview').isVisible()).toBe(true);
    // The question is asked again and answering it works.
    await page.getByLabel('在哪个省份备案').fill('浙江');
    await page.getByLabel('哪天提交备案').fill('2018-09-10');
    await expectResult(page, await evaluate(answers({ province: 'zj', date: '2018-09-10' }), ruleSet));
  });
});

describe('timeline', () => {
  it('skips the National Day holiday and counts the make-up Sunday', async () => {
    for (const date of ['2026-09-30', '2026-09-18']) {
      const expected = await evaluate(answers({ province: 'bj', date }), ruleSet);
      const first = expected.timeline.phases[0];
      expect(first.earliest).toBe(addWorkingDays(date, first.minWorkingDays));
      const page = await openChecker(`/checker/?province=bj&date=${date}`);
      const line = page.getByTestId('timeline').locator('li[data-phase="initial-review"]');
      await line.waitFor();
      expect(await line.innerText()).toContain(first.earliest!);
      if (date === '2026-09-30') {
        expect(first.earliest).toBe('2026-10-08'); // not 10-01: holiday
        expect(await line.innerText()).not.toContain('2026-10-01');
      } else expect(first.earliest).toBe('2026-09-20'); // a Sunday, but a make-up working day
    }
  });

  it('says why instead of guessing past the holiday data', async () => {
    const expected = await evaluate(answers({ province: 'bj', date: '2026-12-20' }), ruleSet);
    expect(expected.timeline.unknownReason).toBeTruthy();
    const page = await openChecker('/checker/?province=bj&date=2026-12-20');
    expect(await page.getByTestId('timeline-unknown').innerText()).toBe(expected.timeline.unknownReason);
  });
});

describe('reasons, copy and print', () => {
  it('explains a line with its rule, dates and sources once opened', async () => {
    const expected = await evaluate(answers({ province: 'zj', date: '2018-09-10' }), ruleSet);
    const page = await openChecker('/checker/?province=zj&date=2018-09-10');
    const sms = page.locator('[data-testid="steps"] > li[data-step="sms-verification"]');
    await sms.getByText('为什么？').click();
    const reason = stepOf(expected, 'sms-verification').reasons[0];
    await sms.getByText(reason.title).waitFor();
    const text = await sms.locator('details').innerText();
    expect(text).toContain(reason.text);
    expect(text).toContain(reason.effectiveFrom!);
    for (const s of reason.sources) {
      // The address the browser follows (the href may spell the Chinese file names as characters).
      expect(await sms.getByRole('link', { name: s.title }).first().evaluate((a) => (a as HTMLAnchorElement).href)).toBe(new URL(s.url).href);
      if (s.grade === 'secondary') expect(text).toContain('二手资料');
    }
    expect(await page.getByTestId('checker-result').getByTestId('rules-version').innerText()).toContain(expected.rulesVersion);
  });

  it('copies the result as Markdown', async () => {
    const expected = await evaluate(answers({ province: 'zj', date: '2018-09-10' }), ruleSet);
    const page = await openChecker('/checker/?province=zj&date=2018-09-10');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const sms = page.locator('[data-testid="steps"] > li[data-step="sms-verification"]');
    await sms.getByText('为什么？').click();
    await sms.getByText(stepOf(expected, 'sms-verification').reasons[0].title).waitFor(); // texts loaded
    await page.getByRole('button', { name: '复制为 Markdown' }).click();
    await page.getByText('已复制为 Markdown').waitFor();
    const link = site.server.url(`/checker/?${answersToParams(expected.answers, { ...questionContext, today: expected.asOf })}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(formatResult(expected, { markdown: true, link }));
  });
});

// Print (two A4 pages): tests/e2e/adviser.test.ts. axe-core on the checker in each of its states: tests/e2e/a11y.test.ts.
describe('keyboard', () => {
  it('works from the keyboard alone', async () => {
    const page = await openChecker();
    const today = await page.getByLabel('哪天提交备案').inputValue(); // the default: today in China
    const expected = await evaluate(answers({ province: 'zj', date: today, entity: 'individual' }), ruleSet);
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    const tabUntil = async (done: () => Promise<boolean>) => {
      for (let i = 0; i < 80 && !(await done()); i++) await page.keyboard.press('Tab');
      expect(await done()).toBe(true);
    };
    await tabUntil(async () => (await focusedId()) === 'checker-province');
    await page.keyboard.type('zj');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('checker-date');
    await tabUntil(() => page.evaluate(() => (document.activeElement as HTMLInputElement).name === 'entity'));
    // The entity group: Tab lands on the checked radio, arrows move the choice.
    const focusedValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    expect(await focusedValue()).toBe('unit');
    await page.keyboard.press('ArrowUp');
    expect(await focusedValue()).toBe('individual');
    await expectResult(page, expected);
    // Open a 为什么？ with Enter.
    const summary = page.locator('[data-testid="steps"] details > summary').first();
    for (let i = 0; i < 80 && !(await summary.evaluate((s) => s === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(true);
  });
});

describe('step pages', () => {
  it('say whether the step applies, from the answers saved by the checker', async () => {
    const expected = await evaluate(answers({ province: 'zj', date: '2018-09-10' }), ruleSet);
    const page = await openChecker();
    const note = async (path: string) => {
      await page.goto(site.server.url(path));
      return page.getByTestId('step-applies').innerText();
    };
    expect(await note('/steps/sms-verification/')).toContain('检查器');
    await page.goto(site.server.url('/checker/'));
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await page.getByLabel('在哪个省份备案').fill('浙江');
    await page.getByLabel('哪天提交备案').fill('2018-09-10');
    await expectResult(page, expected);
    const text = await note('/steps/sms-verification/');
    expect(text).toContain('浙江');
    expect(text).toContain('2018-09-10');
    expect(text).toContain(STATUS_LABEL[stepOf(expected, 'sms-verification').status]);
    const back = page.getByRole('link', { name: '修改回答' });
    expect(new URL((await back.getAttribute('href'))!, site.server.origin).searchParams.get('province')).toBe('zj');
    await back.click();
    await expectResult(page, expected);
  });
});

describe('when the rule data cannot be loaded', () => {
  it('says so plainly and shows no result it could not compute', async () => {
    const page = await site.newPage();
    // Offline before the service worker exists, or a broken deploy: the data request fails.
    await page.route('**/checker/rules.json', (route) => route.abort('failed'));
    await page.goto(site.server.url('/checker/?province=zj&date=2018-09-10'));
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await expect.poll(() => page.getByText('规则数据未能载入').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="steps"] > li[data-step]').count()).toBe(0);
  });
});

describe('starting the engine', () => {
  /** The worker that decides (decider.worker.ts), the in-page fallback's chunk (decide.ts) and the rule data, as requested. */
  const engineRequests = (page: Page) => {
    const seen = { worker: [] as string[], inPage: [] as string[], rules: [] as string[] };
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (/\/_astro\/decider\.worker-[\w-]+\.js$/.test(path)) seen.worker.push(path);
      if (/\/_astro\/decide\.[\w-]+\.js$/.test(path)) seen.inPage.push(path);
      if (path === '/checker/rules.json') seen.rules.push(path);
    });
    return seen;
  };

  it('waits until a province is known or the reader starts on the form, then decides in a worker', async () => {
    const page = await site.newPage();
    const engine = engineRequests(page);
    await openChecker('/checker/', page);
    await page.waitForLoadState('networkidle');
    // Reading the overview costs no engine start (a long task on a phone).
    expect(engine.worker, 'engine fetched for a visit that only reads the overview').toEqual([]);
    expect(engine.rules, 'rule data fetched for a visit that only reads the overview').toEqual([]);
    expect(await page.getByTestId('overview-result').isVisible()).toBe(true);
    // Starting on the form starts the engine; the answer follows as soon as a province is given.
    await page.getByLabel('在哪个省份备案').focus();
    await expect.poll(() => engine.worker.length).toBe(1);
    await expect.poll(() => engine.rules.length).toBe(1);
    const expected = await evaluate(answers({ province: 'zj', date: '2018-09-10' }), ruleSet);
    await page.getByLabel('哪天提交备案').fill('2018-09-10');
    await page.getByLabel('在哪个省份备案').fill('浙江');
    await expectResult(page, expected);
    // The page itself never loaded the engine: the worker decided.
    expect(engine.inPage).toEqual([]);
  });

  it("decides a shared link's answers in the worker its page started while it was read", async () => {
    const page = await site.newPage();
    const engine = engineRequests(page);
    const violations: string[] = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    // Notes when the page's inline script hands over its worker (the island takes it and deletes it).
    await page.addInitScript(
      `Object.defineProperty(window, ${JSON.stringify(EARLY_WORKER)}, { configurable: true, set(w) { window.__earlyWorker = String(w); Object.defineProperty(window, ${JSON.stringify(EARLY_WORKER)}, { value: w, configurable: true, writable: true }); } })`,
    );
    // Notes each change of the shared-link mark on <html>, from before the page's first script.
    await page.addInitScript(
      `window.__marks = []; new MutationObserver((records) => { for (const r of records) window.__marks.push(r.target.hasAttribute(${JSON.stringify(SHARED_LINK)}) ? 'set' : 'removed'); }).observe(document, { subtree: true, attributes: true, attributeFilter: [${JSON.stringify(SHARED_LINK)}] })`,
    );
    const a = answers({ province: 'gd', date: '2019-08-01' });
    const expected = await evaluate(a, ruleSet);
    await page.goto(site.server.url(`/checker/?${answersToParams(a, { ...questionContext, today: a.date })}`));
    await expectResult(page, expected);
    // The overview was kept out of the layout until the result took its place.
    expect(await page.evaluate(() => (window as unknown as { __marks: string[] }).__marks)).toEqual(['set', 'removed']);
    expect(await page.locator('#checker-overview').isHidden()).toBe(true);
    // One worker (the page's own, taken over by the island), no engine in the page, nothing blocked.
    expect(await page.evaluate(() => (window as unknown as { __earlyWorker?: string }).__earlyWorker)).toBe('[object Worker]');
    expect(await page.evaluate((key) => key in window, EARLY_WORKER)).toBe(false);
    expect(engine.worker.length).toBe(1);
    expect(engine.inPage).toEqual([]);
    // The rule data came once, from the preload the page's head started for a shared link, and the
    // island's fetch took that response (a second request would mean the two did not match).
    expect(engine.rules).toEqual(['/checker/rules.json']);
    expect(
      await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/checker/rules.json')).map((e) => (e as PerformanceResourceTiming).initiatorType)),
    ).toEqual(['link']);
    expect(violations).toEqual([]);
  });

  it.each([
    ['the browser has no workers', (page: Page) => page.addInitScript('delete window.Worker')],
    ["the worker's script does not load", (page: Page) => page.route('**/_astro/decider.worker-*.js', (route) => route.abort('failed'))],
  ])('decides in the page, with the same answer, when %s', async (_, breakWorker) => {
    const page = await site.newPage();
    await breakWorker(page);
    const engine = engineRequests(page);
    const a = answers({ province: 'zj', date: '2018-09-10' });
    const expected = await evaluate(a, ruleSet);
    await page.goto(site.server.url(`/checker/?${answersToParams(a, { ...questionContext, today: a.date })}`));
    await expectResult(page, expected);
    expect(engine.inPage.length).toBe(1);
  });
});

describe('the English checker (/en/checker/)', () => {
  it('shows the URL\'s answers as an English result, Chinese runs marked, and /checker/ computes the same from the same URL', async () => {
    const a = answers({ province: 'zj', date: '2019-08-01', entity: 'individual', localId: false, residencePermit: true, priorFiling: 'elsewhere', domainFiled: false });
    const query = answersToParams(a, { ...questionContext, today: a.date }).toString();
    const expected = await evaluate(a, localizeRuleSet(ruleSet, 'en'), en);
    const page = await site.newPage();
    await page.goto(site.server.url(`/en/checker/?${query}`));
    expect(await checkerSettled(page, en)).toBe('result');
    const result = page.getByTestId('checker-result');
    expect(await result.getAttribute('data-answers')).toBe(query);
    expect(await page.locator('#checker-result-heading').innerText()).toBe(en.result.heading('Zhejiang', a.date));
    for (const step of expected.steps) {
      const item = page.locator(`[data-testid="steps"] > li[data-step="${step.id}"]`);
      expect(await item.innerText(), step.id).toContain(step.title);
      expect(await item.getByTestId('status').innerText()).toContain(en.status[step.status]);
      if (step.method && step.status !== 'unknown') expect(await item.getByTestId('method').innerText()).toContain(en.method[step.method]);
    }
    // Every Chinese character on the English page's content is inside lang="zh-CN" (a datalist
    // option's label cannot hold markup; it is not read as text).
    await result.locator('details.why').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const unmarked = await page.evaluate(() => {
      const out: string[] = [];
      const root = document.querySelector('main [lang="en"]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (/[\u3400-\u9fff]/.test(n.textContent ?? '') && !n.parentElement!.closest('option') && n.parentElement!.closest('[lang]')!.getAttribute('lang') !== 'zh-CN')
          out.push(n.textContent!);
      return out;
    });
    expect(unmarked).toEqual([]);
    expect(await page.locator('main [lang="en"] [lang="zh-CN"]').count()).toBeGreaterThan(0);

    // Copied as Markdown in English, each source's original title followed by its English gloss.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await page.getByRole('button', { name: en.result.copy }).click();
    await page.getByText(en.result.copied).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const english = localizeRuleSet(ruleSet, 'en');
    const link = site.server.url(`/en/checker/?${query}`);
    expect(copied).toBe(formatResult(expected, { markdown: true, link, sources: english.sources }, en));
    const sourceLines = copied.split('\n').filter((line) => /^\s+- \[/.test(line));
    expect(sourceLines.length).toBeGreaterThan(0);
    for (const line of sourceLines) expect(line).toMatch(/\]\(\S+\) — [A-Z]/);

    // The same URL on the Chinese checker: the same answers, the same decisions.
    const zhPage = await site.newPage();
    await zhPage.goto(site.server.url(`/checker/?${query}`));
    expect(await checkerSettled(zhPage)).toBe('result');
    expect(await zhPage.getByTestId('checker-result').getAttribute('data-answers')).toBe(query);
    const statuses = (p: Page) => p.locator('[data-testid="steps"] > li[data-step]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-step')}:${e.getAttribute('data-status')}`));
    expect(await statuses(page)).toEqual(await statuses(zhPage));
  });

  it('takes a province typed in English and words the form in English', async () => {
    const page = await openChecker('/en/checker/');
    await page.getByRole('radio', { name: en.questions.priorFiling.options.elsewhere }).check();
    await page.getByLabel('In which province are you filing').fill('Inner Mongolia');
    await expect.poll(() => page.getByTestId('province-hint').innerText()).toBe(en.questions.province.chosen('Inner Mongolia Autonomous Region'));
    await page.locator('[data-testid="checker-result"][data-answers*="province=nm"]').waitFor();
    expect(await page.getByTestId('checker-summary').innerText()).toMatch(/^Inner Mongolia, /);
    // A city in pinyin, as an English reader types it (src/rules/places.json, loaded on first need).
    await page.getByLabel('In which province are you filing').fill('Hang Zhou');
    await expect.poll(() => page.getByTestId('province-hint').innerText()).toBe(en.questions.province.chosenByPlace('Zhejiang Province', 'Hang Zhou'));
    await page.locator('[data-testid="checker-result"][data-answers*="province=zj"]').waitFor();
  });
});
