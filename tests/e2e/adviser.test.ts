// The checker as a careful adviser, in Chromium: it does not answer the eligibility questions for
// the visitor, understands city names, clears a result that no longer matches the input, says when a
// shared link shows a past date, and prints on at most two A4 pages with the link back.
// Expected words come from the strings module and expected results from the engine.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkerSettled, useBuiltSite } from '../helpers/e2e';
import { todayInChina } from '../../src/engine/dates';
import { evaluate } from '../../src/engine/evaluate';
import { answersToParams } from '../../src/engine/questions';
import { ruleSet } from '../../src/engine/rules';
import { zh } from '../../src/i18n/zh';
import { differencesFromToday } from '../../src/present/past-date';
import { baseAnswers, questionContext } from '../engine/support';

const site = useBuiltSite();
const today = todayInChina();

async function open(path: string): Promise<Page> {
  const page = await site.newPage();
  const response = await page.goto(site.server.url(path));
  expect(response?.status()).toBe(200);
  await checkerSettled(page);
  return page;
}

/** The result element for exactly these answers (it carries the query it was computed from). */
const resultFor = (page: Page, query: string) => page.locator(`[data-testid="checker-result"][data-answers="${query}"]`);

describe('eligibility is asked, not assumed', () => {
  it('until both are answered, the result names the missing answers; then the note goes', async () => {
    const page = await open(`/checker/?province=zj&date=${today}`);
    const note = page.getByTestId('open-questions');
    await note.waitFor();
    const words = zh.questions;
    expect(await note.innerText()).toContain(words.priorFiling.short);
    expect(await note.innerText()).toContain(words.domainFiled.short);
    expect(await page.getByTestId('checker-summary').innerText()).toContain(words.priorFiling.short);
    for (const name of ['priorFiling', 'domainFiled'] as const)
      expect(await page.locator(`input[name="${name}"]:checked`).count(), `${name} starts unanswered`).toBe(0);
    await page.getByRole('radio', { name: words.priorFiling.options.elsewhere }).check();
    await page.getByRole('group', { name: words.domainFiled.label() }).getByRole('radio', { name: words.domainFiled.options.false }).check();
    await resultFor(page, `priorFiling=elsewhere&domainFiled=no&province=zj&date=${today}`).waitFor();
    expect(await note.count()).toBe(0);
  });
});

describe('what people type as a province', () => {
  it('a city name picks its province and says so', async () => {
    const page = await open('/checker/');
    await page.getByLabel(zh.questions.province.label()).fill('深圳');
    await resultFor(page, `province=gd&date=${today}`).waitFor();
    expect(await page.locator('#checker-province-hint').innerText()).toBe(zh.questions.province.chosenByPlace('广东省', '深圳'));
  });

  it('input that matches nothing clears the result of the previous province', async () => {
    const page = await open(`/checker/?province=gd&date=${today}`);
    await resultFor(page, `province=gd&date=${today}`).waitFor();
    const field = page.getByLabel(zh.questions.province.label());
    await field.fill('杭州');
    await resultFor(page, `province=zj&date=${today}`).waitFor();
    await field.fill('火星');
    await page.locator('#checker-province-hint', { hasText: zh.questions.province.notFound('火星') }).waitFor();
    expect(await page.getByTestId('checker-result').count()).toBe(0);
    expect(await page.getByRole('heading', { name: zh.result.heading('广东', today) }).count()).toBe(0);
  });
});

describe('a shared link with a past date', () => {
  it('says these are the rules of that date, how today differs, and links to today', async () => {
    const past = baseAnswers({ province: 'zj', date: '2019-01-01', priorFiling: 'elsewhere', domainFiled: false });
    const [then, now] = await Promise.all([evaluate(past, ruleSet), evaluate({ ...past, date: today }, ruleSet)]);
    const query = answersToParams(past, { ...questionContext, today }).toString();
    const page = await open(`/checker/?${query}`);
    const notice = page.getByTestId('past-date');
    await notice.waitFor();
    const lines = differencesFromToday(then, now);
    expect(lines.length).toBeGreaterThan(0);
    expect(await notice.innerText()).toContain(zh.pastDate.notice('2019-01-01', today));
    for (const line of lines) expect(await notice.innerText()).toContain(line);
    await notice.getByRole('link', { name: zh.pastDate.link }).click();
    await resultFor(page, answersToParams({ ...past, date: today }, { ...questionContext, today }).toString()).waitFor();
    expect(await page.getByTestId('past-date').count()).toBe(0);
  });
});

describe('take it with you', () => {
  it('prints a typical answer on at most two A4 pages, with the link back and numbered sources', async () => {
    const query = `priorFiling=elsewhere&domainFiled=no&province=zj&date=${today}&entity=individual`;
    const page = await open(`/checker/?${query}`);
    await resultFor(page, query).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('group', { name: zh.questions.entity.label() }).isVisible()).toBe(false);
    expect(await page.getByTestId('steps').isVisible()).toBe(true);
    expect(await page.getByTestId('print-link').innerText()).toContain(site.server.url(`/checker/?${query}`));
    expect(await page.getByTestId('print-sources').locator('li').count()).toBeGreaterThan(0);
    expect(await page.locator('.why').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages, 'A4 pages').toBeLessThanOrEqual(2);
  });
});
