// The checker as a careful adviser, in Chromium: it does not answer the eligibility questions for
// the visitor, understands city names, clears a result that no longer matches the input, says when a
// shared link shows a past date, prints on at most two A4 pages with the link back, asks where the
// existing filing was made and says what a different province means, and reads well on a phone.
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
import { present } from '../../src/present/present';
import placesFile from '../../src/rules/places.json';
import type { Answers } from '../../src/engine/types';
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

describe('where the existing filing was made', () => {
  const places = placesFile.places as Record<string, string>;
  const ctx = { ...questionContext, today };
  const fullName = (code: string) => ruleSet.provinces.find((p) => p.code === code)!.full;

  it('is asked only when there is an existing filing; a city in another province explains the difference with its rules and sources', async () => {
    const start = baseAnswers({ province: 'zj', date: today, priorFiling: 'elsewhere', domainFiled: false });
    const page = await open(`/checker/?${answersToParams(start, ctx)}`);
    await resultFor(page, answersToParams(start, ctx).toString()).waitFor();
    // The link answers everything, so its questions are folded under the result's summary.
    await page.getByRole('button', { name: zh.checker.editAnswers }).click();
    const words = zh.questions.filingProvince;
    const field = page.getByLabel(words.label());
    expect(await field.isVisible()).toBe(true);

    // A city name, in a province other than the chosen one (from the place list, not hard-coded).
    const [city, code] = Object.entries(places).find(([name, c]) => c !== 'zj' && name.endsWith('市'))!;
    await field.fill(city);
    const answers: Answers = { ...start, filingProvince: code };
    await resultFor(page, answersToParams(answers, ctx).toString()).waitFor();
    expect(await page.locator('#checker-filingProvince-hint').innerText()).toBe(zh.questions.province.chosenByPlace(fullName(code), city));

    // What the result says is what the presenter makes of the engine's answer for the same answers.
    const result = await evaluate(answers, ruleSet);
    const view = present(result);
    const section = page.getByTestId('cross-province');
    expect(await section.getByRole('heading').innerText()).toBe(zh.result.crossProvinceHeading);
    expect(await section.innerText()).toContain(view.crossProvince!.text);
    for (const item of view.crossProvince!.items) {
      const shown = section.locator(`li[data-rule="${item.reasons[0].rule}"]`);
      expect(await shown.innerText()).toContain(item.name);
      await shown.getByText(zh.result.why).first().click();
      // The reasons are rendered when the disclosure opens.
      await shown.locator('.why-reason').first().waitFor();
      for (const src of item.reasons[0].sources) expect(await shown.innerText()).toContain(src.title);
    }
    const located = result.blockers.filter((b) => b.subject === 'location');
    expect(view.crossProvince!.items.length + located.length, 'something said about it').toBeGreaterThan(0);
    for (const b of located) {
      const shown = page.getByTestId('blockers').locator(`li[data-rule="${b.rule}"]`);
      expect(await shown.innerText()).toContain(b.title);
      expect(await shown.innerText()).toContain(b.instead);
      // Its sources are one click away under "为什么？".
      await shown.getByText(zh.result.why).first().click();
      await shown.locator('.why-reason').first().waitFor();
      for (const src of b.sources) expect(await shown.innerText()).toContain(src.title);
    }

    // The way out: the same answers in the filing province, where the difference is gone.
    await section.getByRole('link', { name: view.crossProvince!.recheck.label }).click();
    await resultFor(page, answersToParams({ ...answers, province: code }, ctx).toString()).waitFor();
    expect(await page.getByTestId('cross-province').count()).toBe(0);

    // No existing filing: no question about it. (The recheck link is a new complete link: its
    // questions are folded again.)
    await page.getByRole('button', { name: zh.checker.editAnswers }).click();
    await page.getByRole('group', { name: zh.questions.priorFiling.label() }).getByRole('radio', { name: zh.questions.priorFiling.options.none }).check();
    await page.getByLabel(words.label()).waitFor({ state: 'detached' });
  });
});

describe('on a 390 px phone', () => {
  async function phone(path: string): Promise<Page> {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    expect((await page.goto(site.server.url(path)))?.status()).toBe(200);
    return page;
  }

  it('the home page does not scroll sideways, and the comparison table keeps readable columns', async () => {
    const page = await phone('/');
    const sizes = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: innerWidth }));
    expect(sizes.page, 'page width').toBeLessThanOrEqual(sizes.viewport);
    const table = page.getByTestId('type-comparison');
    const cells = await table.locator('th, td').evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent!.trim(), width: el.getBoundingClientRect().width, em: parseFloat(getComputedStyle(el).fontSize) })),
    );
    expect(cells.length).toBeGreaterThan(0);
    // At least five characters on a line in every cell (it was one or two).
    for (const c of cells) expect(c.width, c.text).toBeGreaterThanOrEqual(5 * c.em);
  });

  it('no heading on the home page breaks inside a word', async () => {
    const page = await phone('/');
    const headings = await page.locator('main h1, main h2, main h3, .hero h1').evaluateAll((els) => {
      const words = new Intl.Segmenter('zh', { granularity: 'word' });
      return els.map((h) => {
        // The character offsets where a new line starts, from each character's box.
        const text = h.textContent ?? '';
        const tops: { at: number; top: number }[] = [];
        let offset = 0;
        const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (let k = 0; k < n.textContent!.length; k++) {
            const range = document.createRange();
            range.setStart(n, k);
            range.setEnd(n, k + 1);
            const box = range.getClientRects()[0];
            if (box) tops.push({ at: offset + k, top: box.top });
          }
          offset += n.textContent!.length;
        }
        const breaks = tops.filter((t, i) => i > 0 && t.top > tops[i - 1].top + 2).map((t) => t.at);
        const boundaries = new Set([...words.segment(text)].map((s) => s.index));
        return { text, inside: breaks.filter((b) => !boundaries.has(b)).map((b) => `${text.slice(0, b)}|${text.slice(b)}`) };
      });
    });
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) expect(h.inside, h.text).toEqual([]);
  });
});
