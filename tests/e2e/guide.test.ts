import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/e2e';
import { loadSteps } from '../helpers/site';

const stepPath = (step: { id: string }) => `/steps/${step.id}/`;

const steps = loadSteps();
const site = useBuiltSite();

async function open(path: string): Promise<Page> {
  const page = await site.newPage();
  const response = await page.goto(site.server.url(path));
  expect(response?.status(), `GET ${path}`).toBe(200);
  return page;
}

describe('the ten steps of 2019', () => {
  it('are listed in order on their page, each linking to its own page', async () => {
    const page = await open('/steps/');
    const sequence = page.locator('[data-testid="step-sequence"]');
    await sequence.waitFor({ state: 'visible' });
    // The test id may sit on the list itself or on a wrapper around it.
    const items = sequence.locator(':scope > li, :scope > ol > li, :scope > ul > li');
    expect(await items.count()).toBe(steps.length);
    for (const [i, step] of steps.entries()) {
      const item = items.nth(i);
      expect(await item.isVisible(), `item ${i + 1}`).toBe(true);
      await expect.poll(() => item.innerText(), { message: `item ${i + 1}` }).toContain(step.title);
      const hrefs = await item.locator('a[href]').evaluateAll((links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(hrefs, `item ${i + 1} links`).toContain(stepPath(step));
    }
  });
});

describe('sidebar', () => {
  it('leads from the home page to step 1, and from each step page to the next', async () => {
    const page = await open('/');
    for (const step of steps) {
      const sidebar = page.locator('#starlight__sidebar');
      const from = new URL(page.url()).pathname;
      expect(await sidebar.isVisible(), `${from} shows no sidebar at 1280×800`).toBe(true);
      const link = sidebar.locator(`a[href="${stepPath(step)}"]`);
      expect(await link.count(), `sidebar on ${from} links to ${stepPath(step)}`).toBe(1);
      if (!(await link.isVisible())) {
        // A collapsed sidebar group: open it the way a reader would.
        await sidebar.locator(`details:has(a[href="${stepPath(step)}"]) > summary`).last().click();
      }
      await Promise.all([page.waitForURL(site.server.url(stepPath(step))), link.click()]);
      expect(await page.locator('h1').first().innerText(), `h1 of ${stepPath(step)}`).toContain(step.title);
    }
  });
});

describe('search', () => {
  it('finds the SMS verification step for “短信核验”', async () => {
    const page = await open('/');
    await page.getByRole('button', { name: '搜索' }).click();
    const dialog = page.getByRole('dialog', { name: '搜索' });
    await dialog.waitFor({ state: 'visible' });
    const input = dialog.locator('input.pagefind-ui__search-input');
    await input.fill('短信核验');
    // Pagefind lists its hits first and fills in each one's link as that page's fragment loads.
    const results = dialog.locator('.pagefind-ui__result-link');
    const resultPaths = () =>
      results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await expect.poll(resultPaths, { timeout: 20_000 }).toContain('/steps/sms-verification/');
    const hit = results.and(page.locator('[href$="/steps/sms-verification/"]')).first();
    expect(await hit.isVisible(), 'the SMS step result is visible').toBe(true);
  });
});

describe('the header on a small phone', () => {
  it('shows the whole site title in both languages at 360 px', async () => {
    for (const path of ['/', '/en/']) {
      const page = await site.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(site.server.url(path));
      const title = page.locator('.site-title span');
      const { scroll, client } = await title.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(scroll, `${path}: "${await title.innerText()}" is cut off`).toBeLessThanOrEqual(client);
    }
  });
});
