// After one online visit the whole site works offline: pages never opened, search and the checker.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSW } from 'workbox-build';
import { workerOptions } from '../../build/service-worker.mjs';
import { startStaticServer } from '../../tooling/static-server';
import { ruleSet } from '../../src/engine/rules';
import { rulesVersion } from '../../src/engine/evaluate';
import { answersToParams, defaultAnswers } from '../../src/engine/questions';
import { todayInChina } from '../../src/engine/dates';
import { zh } from '../../src/i18n/zh';
import { checkerSettled, useBuiltSite } from '../helpers/e2e';

const site = useBuiltSite();

describe('offline', () => {
  it('serves unseen pages, search and the checker from the service worker', async () => {
    const page = await site.newPage({ serviceWorkers: 'allow' });
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
    // The page says which rules it was built from (at its foot: scrolled to, as a reader would).
    const version = page.getByTestId('rules-version').first();
    await version.scrollIntoViewIfNeeded();
    await expect.poll(() => version.innerText()).toContain(rulesVersion(ruleSet));

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
    const answers = defaultAnswers('zj', '2018-09-10', { provinces: ruleSet.provinces, categories: ruleSet.preApprovalCategories });
    const query = answersToParams(answers, { provinces: ruleSet.provinces, categories: ruleSet.preApprovalCategories, today: todayInChina() });
    await page.goto(site.server.url(`/checker/?${query}`));
    // The result computed from exactly these answers (the element says which answers it shows).
    expect(await checkerSettled(page)).toBe('result');
    expect(await page.getByTestId('checker-result').getAttribute('data-answers')).toBe(query.toString());
    const sms = page.locator('[data-testid="steps"] > li[data-step="sms-verification"]');
    expect(await sms.getByTestId('status').innerText()).toContain(zh.status.required);

    // Nothing of that reached the server: it all came from the worker's cache. The one exception is the
    // browser's own update check for /sw.js (how a new build replaces the cache), which Chromium makes
    // outside the page's emulated offline state; on a real offline device it simply fails.
    const reached = site.server.requests.slice(servedOnline).map((r) => r.url).filter((url) => url !== '/sw.js');
    expect(reached).toEqual([]);
  });
});

describe('offline in English', () => {
  it('serves unseen English pages from the English worker, which stores no Chinese page', async () => {
    const page = await site.newPage({ serviceWorkers: 'allow' });
    await page.goto(site.server.url('/en/'));
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      return new URL(registration.scope).pathname;
    });
    expect(scope).toBe('/en/');
    const stored = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    expect(stored.filter((p) => p.endsWith('.html') && !p.startsWith('/en/') && p !== '/404.html'), 'Chinese pages stored').toEqual([]);
    expect(stored.some((p) => p.startsWith('/en/provinces/'))).toBe(true);
    await page.context().setOffline(true);
    await page.goto(site.server.url('/en/provinces/gd/'));
    expect(await page.locator('h1').first().innerText()).toContain('Guangdong');
  });
});

describe('a new build', () => {
  it('replaces the cached copy, so nobody keeps reading stale rules', async () => {
    // A private copy of dist/ plays the deployed site; changing a page and regenerating the worker
    // over it is exactly what the next build does.
    const deployed = mkdtempSync(join(tmpdir(), 'icp-deploy-'));
    cpSync(site.dist, deployed, { recursive: true });
    const server = await startStaticServer(deployed);
    const context = await site.newContext({ serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      await page.goto(server.url('/glossary/'));
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      });
      const marker = '（新版本规则）';
      const file = join(deployed, 'glossary/index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replace('<h1', `<p id="new-build">${marker}</p><h1`));
      await generateSW(workerOptions(deployed));

      // The browser checks /sw.js on navigation; the new worker takes over and drops the old cache.
      const taken = page.evaluate(
        () => new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })),
      );
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await taken;
      await page.goto(server.url('/glossary/'));
      expect(await page.locator('#new-build').innerText()).toBe(marker);
    } finally {
      await context.close();
      await server.close();
      rmSync(deployed, { recursive: true, force: true });
    }
  });
});
