// Golden queries: what a filer would type, and the page that must be among the first three results,
// through Starlight's real search dialog (Pagefind, Chinese segmentation in the browser). English
// pages have their own index (Pagefind follows <html lang>), searched from an English page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/e2e';

const site = useBuiltSite();

const GOLDEN: [query: string, expected: string][] = [
  ['短信核验', '/steps/sms-verification/'],
  ['验证码有效期', '/steps/sms-verification/'],
  ['联系方式1', '/steps/sms-verification/'],
  ['幕布', '/steps/identity-verification/'],
  ['幕布拍照', '/steps/identity-verification/'],
  ['人脸核验', '/steps/identity-verification/'],
  ['ICP备案', '/'],
  ['ICP 备案', '/'],
  ['新增网站', '/'],
  ['原备案不在阿里云', '/'],
  ['备案服务号', '/prerequisites/server/'],
  ['ECS', '/prerequisites/server/'],
  ['前置审批', '/prerequisites/pre-approval/'],
  ['宗教', '/prerequisites/pre-approval/'],
  ['新闻许可证', '/prerequisites/pre-approval/'],
  ['域名实名认证', '/prerequisites/domain/'],
  ['阿里云账号', '/prerequisites/account/'],
  ['各地区管局备案规则', '/prerequisites/bureau-rules/'],
  ['管局审核', '/steps/bureau-review/'],
  ['工作日', '/steps/bureau-review/'],
  ['初审', '/steps/initial-review/'],
  ['邮寄资料', '/steps/mail-documents/'],
  ['上传资料', '/steps/upload-documents/'],
  ['产品验证', '/steps/product-verification/'],
  ['备案进度', '/steps/progress-query/'],
  ['主体负责人', '/glossary/'],
  ['接入备案', '/glossary/'],
  ['浙江 短信核验', '/provinces/zj/'],
  ['浙江短信核验', '/provinces/zj/'],
  ['山西 个人备案', '/provinces/sx/'],
  ['河南个人备案', '/provinces/ha/'],
  ['上海 居住证', '/provinces/sh/'],
  ['天津 手机号', '/provinces/tj/'],
  ['湖北', '/provinces/hb/'],
  ['各省规则', '/provinces/'],
  ['规则变更', '/changes/'],
  // Questions in users' words (issue: the checker as a careful adviser).
  ['备案需要多久', '/steps/bureau-review/'],
  ['个人可以备案吗', '/prerequisites/bureau-rules/'],
  ['需要什么材料', '/steps/upload-documents/'],
  ['营业执照', '/steps/upload-documents/'],
  ['备案通过后要做什么', '/steps/progress-query/'],
  ['深圳', '/provinces/gd/'],
  ['杭州', '/provinces/zj/'],
];

/** What an English reader would type; the expected pages are those of the English edition. */
const GOLDEN_EN: [query: string, expected: string][] = [
  ['Zhejiang', '/en/provinces/zj/'],
  ['Zhejiang SMS verification', '/en/provinces/zj/'],
  ['Shanghai residence permit', '/en/provinces/sh/'],
  ['Tianjin phone number', '/en/provinces/tj/'],
  ['Hubei', '/en/provinces/hb/'],
  ['Inner Mongolia', '/en/provinces/nm/'],
  ['Guangdong', '/en/provinces/gd/'],
  ['Shaanxi', '/en/provinces/sn/'],
  ['filing rules by province', '/en/provinces/'],
  ['rules for every province', '/en/provinces/nationwide/'],
  ['rule change log', '/en/changes/'],
  ['working days', '/en/steps/bureau-review/'],
  ['SMS verification', '/en/steps/sms-verification/'],
  ['face verification', '/en/steps/identity-verification/'],
  ['backdrop photo', '/en/steps/identity-verification/'],
  ['news licence', '/en/prerequisites/pre-approval/'],
  ['Alibaba Cloud account', '/en/prerequisites/account/'],
  ['initial review', '/en/steps/initial-review/'],
  ['public security filing', '/en/steps/progress-query/'],
  // With the English guide pages (what a foreign team would type).
  ['pre-approval', '/en/prerequisites/pre-approval/'],
  ['filing service number', '/en/prerequisites/server/'],
  ['how long does filing take', '/en/steps/bureau-review/'],
  ['mail documents', '/en/steps/mail-documents/'],
  ['domain name verification', '/en/prerequisites/domain/'],
];

/** The search dialog's name and a page to open it on, per language. */
const UI = { 'zh-CN': { page: '/', label: '搜索' }, en: { page: '/en/', label: 'Search' } } as const;
type Lang = keyof typeof UI;

async function openSearch(lang: Lang = 'zh-CN'): Promise<Page> {
  const page = await site.newPage();
  await page.goto(site.server.url(UI[lang].page));
  await page.getByRole('button', { name: UI[lang].label }).click();
  await page.getByRole('dialog', { name: UI[lang].label }).locator('input.pagefind-ui__search-input').waitFor({ state: 'visible' });
  return page;
}

/** Types a query and returns the paths of the first three results once they are for that query. */
async function search(page: Page, query: string, lang: Lang = 'zh-CN'): Promise<string[]> {
  const dialog = page.getByRole('dialog', { name: UI[lang].label });
  const input = dialog.locator('input.pagefind-ui__search-input');
  await input.fill(query);
  // Typing done: leave the field, as the search runs on its own. A focused field's blinking caret
  // repaints the open dialog twice a second, which, in the tabs kept open here, cost a core.
  await input.evaluate((el) => (el as HTMLInputElement).blur());
  const handle = await page.waitForFunction(
    (q) => {
      const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
      // Pagefind first says it is searching for the term, then gives the count with the results:
      // wait for the count so that results from the previous query are never read.
      if (!message.includes(q) || !/\d/.test(message.replace(q, ''))) return false;
      // Results load one by one into placeholders: wait until the first three are filled in.
      const top = [...document.querySelectorAll('#starlight__search .pagefind-ui__results > .pagefind-ui__result')].slice(0, 3);
      const links = top.map((r) => r.querySelector<HTMLAnchorElement>(':scope > .pagefind-ui__result-inner .pagefind-ui__result-link, .pagefind-ui__result-link'));
      if (!top.length || links.some((a) => !a)) return false;
      return links.map((a) => new URL(a!.href).pathname);
    },
    query,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as string[];
}

const goldenQueries = (lang: Lang, golden: [string, string][]) =>
  describe(`golden queries, ${lang} (${golden.length})`, () => {
    // A few search dialogs, each kept open as a reader keeps typing, take the queries in turn: most of
    // a query's time is Pagefind's debounce and fetches, so three tabs answer three at once.
    const TABS = 3;
    let context: BrowserContext;
    const free: Page[] = [];
    const waiting: ((page: Page) => void)[] = [];
    const borrow = () => free.pop() ?? new Promise<Page>((take) => waiting.push(take));
    const giveBack = (page: Page) => (waiting.length ? waiting.shift()!(page) : free.push(page));
    beforeAll(async () => {
      context = await site.newContext();
      for (let i = 0; i < TABS; i++) {
        const page = await context.newPage();
        await page.goto(site.server.url(UI[lang].page));
        await page.getByRole('button', { name: UI[lang].label }).click();
        await page.getByRole('dialog', { name: UI[lang].label }).locator('input.pagefind-ui__search-input').waitFor({ state: 'visible' });
        free.push(page);
      }
    });
    afterAll(() => context?.close());

    it.concurrent.for(golden)('%s → %s among the first three', async ([query, expected], { expect }) => {
      const page = await borrow();
      try {
        expect(await search(page, query, lang)).toContain(expected);
      } finally {
        giveBack(page);
      }
    });
  });
goldenQueries('zh-CN', GOLDEN);
goldenQueries('en', GOLDEN_EN);

describe('filters', () => {
  it('narrows results to one province and to one kind of page', async () => {
    const page = await openSearch();
    const all = await search(page, '短信核验');
    expect(all.some((p) => p.startsWith('/steps/'))).toBe(true);
    const dialog = page.getByRole('dialog', { name: '搜索' });
    // Pagefind's filter panel lists our filters by name: 省份 (province) and 类别 (kind of page).
    await dialog.locator('.pagefind-ui__filter-name', { hasText: '省份' }).click();
    await dialog.getByLabel(/^浙江/).check();
    await page.waitForFunction(() => {
      const links = [...document.querySelectorAll('#starlight__search .pagefind-ui__result-link')].filter((a) => !a.closest('.pagefind-ui__result-nested'));
      return links.length > 0 && links.every((a) => new URL((a as HTMLAnchorElement).href).pathname === '/provinces/zj/');
    });
    await dialog.getByLabel(/^浙江/).uncheck();
    await dialog.locator('.pagefind-ui__filter-name', { hasText: '类别' }).click();
    await dialog.getByLabel(/^备案步骤/).check();
    await page.waitForFunction(() => {
      const links = [...document.querySelectorAll('#starlight__search .pagefind-ui__result-link')].filter((a) => !a.closest('.pagefind-ui__result-nested'));
      return links.length > 0 && links.every((a) => new URL((a as HTMLAnchorElement).href).pathname.startsWith('/steps/'));
    });
  });
});

describe('filters when the filter index loads late', () => {
  it('lists every filter once it is in, though the first results came before it', async () => {
    // A busy phone: the first search ends while Pagefind has only part of its filter index (one
    // filter's file of two). Its UI kept the filters of those first results, and the other one never
    // showed until the reader typed again.
    const page = await site.newPage();
    let filterFiles = 0;
    await page.route('**/pagefind/filter/**', async (route) => {
      if (filterFiles++ > 0) await new Promise((done) => setTimeout(done, 2000));
      await route.continue();
    });
    await page.goto(site.server.url(UI.en.page));
    await page.getByRole('button', { name: UI.en.label }).click();
    await page.getByRole('dialog', { name: UI.en.label }).locator('input.pagefind-ui__search-input').waitFor({ state: 'visible' });
    await search(page, 'SMS verification', 'en');
    const names = page.getByRole('dialog', { name: UI.en.label }).locator('.pagefind-ui__filter-name');
    await expect.poll(() => names.allInnerTexts(), { timeout: 10_000 }).toEqual(['Category', 'Province']);
  });
});

describe('filters on an English page', () => {
  it('narrow results to one province (English names) and find only English pages', async () => {
    const page = await openSearch('en');
    const all = await search(page, 'SMS verification', 'en');
    expect(all.every((p) => p.startsWith('/en/')), all.join(' ')).toBe(true);
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.locator('.pagefind-ui__filter-name', { hasText: 'Province' }).click();
    await dialog.getByLabel(/^Zhejiang/).check();
    await page.waitForFunction(() => {
      const links = [...document.querySelectorAll('#starlight__search .pagefind-ui__result-link')].filter((a) => !a.closest('.pagefind-ui__result-nested'));
      return links.length > 0 && links.every((a) => new URL((a as HTMLAnchorElement).href).pathname === '/en/provinces/zj/');
    });
  });
});
