// After one online visit the whole site works offline: pages never opened, search and the checker.
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../../src/engine/rules';
import { rulesVersion } from '../../src/engine/evaluate';
import { useBuiltSite } from '../helpers/e2e';

const site = useBuiltSite();

describe('offline', () => {
  it('serves unseen pages, search and the checker from the service worker', async () => {
    const page = await site.newPage();
    await page.goto(site.server.url('/'));
    // The worker precaches everything during install; ready means it is active and controlling.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
    const servedOnline = site.server.requests.length;
    await page.context().setOffline(true);

    // A page never opened before.
    await page.goto(site.server.url('/provinces/gd/'));
    expect(await page.locator('h1').first().innerText()).toContain('广东');
    // The page says which rules it was built from.
    expect(await page.getByTestId('rules-version').first().innerText()).toContain(rulesVersion(ruleSet));

    // Search, index included.
    await page.goto(site.server.url('/glossary/'));
    await page.getByRole('button', { name: '搜索' }).click();
    const dialog = page.getByRole('dialog', { name: '搜索' });
    await dialog.locator('input.pagefind-ui__search-input').fill('幕布');
    const first = dialog.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ state: 'visible', timeout: 15_000 });
    const paths = await dialog.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths).toContain('/steps/identity-verification/');

    // The checker, with answers in the URL.
    await page.goto(site.server.url('/checker/?province=zj&date=2018-09-10'));
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    const sms = page.locator('[data-testid="steps"] > li[data-step="sms-verification"]');
    await sms.waitFor({ state: 'visible' });
    expect(await sms.innerText()).toContain('需要');
    expect(await page.getByRole('heading', { name: /浙江，2018-09-10/ }).count()).toBeGreaterThan(0);

    // Nothing of that reached the server: it all came from the worker's cache. The one exception is the
    // browser's own update check for /sw.js (how a new build replaces the cache), which Chromium makes
    // outside the page's emulated offline state; on a real offline device it simply fails.
    const reached = site.server.requests.slice(servedOnline).map((r) => r.url).filter((url) => url !== '/sw.js');
    expect(reached).toEqual([]);
  });
});
