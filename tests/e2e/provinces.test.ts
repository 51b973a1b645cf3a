// The province overview is usable in a browser: filter by typing, sort by a column, readable on a phone.
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../../src/engine/rules';
import { smsStartIn } from '../../src/components/rules/view';
import { useBuiltSite } from '../helpers/e2e';

const site = useBuiltSite();
const visibleRows = (page: import('playwright-core').Page) => page.locator('#province-table tbody tr:visible');

describe('/provinces/', () => {
  it('filters by code, name or pinyin', async () => {
    const page = await site.newPage();
    await page.goto(site.server.url('/provinces/'));
    expect(await visibleRows(page).count()).toBe(ruleSet.provinces.length);
    for (const query of ['浙江', 'zj', 'zhejiang']) {
      await page.getByLabel('筛选省份').fill(query);
      expect(await visibleRows(page).count(), query).toBe(1);
      expect(await visibleRows(page).first().innerText()).toContain('浙江');
    }
    await page.getByLabel('筛选省份').fill('');
    expect(await visibleRows(page).count()).toBe(ruleSet.provinces.length);
  });

  it('sorts by the SMS start date, earliest first, from the keyboard', async () => {
    const page = await site.newPage();
    await page.goto(site.server.url('/provinces/'));
    await page.getByRole('button', { name: '短信核验起始' }).focus();
    await page.keyboard.press('Enter');
    const earliest = ruleSet.provinces.map((p) => smsStartIn(p.code)?.effectiveFrom ?? '9999').sort()[0];
    const firstCode = (await visibleRows(page).first().locator('th .code').innerText()).trim();
    expect(smsStartIn(firstCode)?.effectiveFrom).toBe(earliest);
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
  });

  it('shows each province as a labelled card on a phone, without sideways scrolling', async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(site.server.url('/provinces/'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const cell = page.locator('#province-table tbody tr').first().locator('td').first();
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('外省身份证的个人');
  });
});

describe('/en/provinces/', () => {
  it('filters by English name, code, Chinese name or pinyin, and counts in English', async () => {
    const page = await site.newPage();
    await page.goto(site.server.url('/en/provinces/'));
    expect(await visibleRows(page).count()).toBe(ruleSet.provinces.length);
    for (const query of ['Zhejiang', 'zj', '浙江', 'zhejiang']) {
      await page.getByLabel('Filter provinces').fill(query);
      expect(await visibleRows(page).count(), query).toBe(1);
      expect(await visibleRows(page).first().innerText()).toContain('Zhejiang');
    }
    expect(await page.locator('#province-count').innerText()).toBe(`Showing 1 of ${ruleSet.provinces.length} provinces`);
    await page.getByLabel('Filter provinces').fill('Inner Mongolia');
    expect(await visibleRows(page).first().innerText()).toContain('Inner Mongolia');
  });
});
