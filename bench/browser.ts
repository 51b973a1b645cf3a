// Measurements in headless Chromium on a built site served by tooling/static-server.ts.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { newContext } from '../tooling/browser';
import type { StaticServer } from '../tooling/static-server';

export const SEARCH_QUERY = '短信核验';

export interface SearchBench {
  query: string;
  /** From the first keystroke to the first result in the dialog (Pagefind's own debounce included). */
  firstResultsMs: number;
  /** Bytes of every /pagefind/ file the page fetched from load to the first results. */
  bytesFetched: number;
  files: number;
  results: number;
}

/** Opens the search dialog on the home page, types the query and waits for the first result. */
export async function measureSearch(browser: Browser, server: StaticServer, dist: string, query = SEARCH_QUERY): Promise<SearchBench> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    server.clearRequests();
    await page.goto(server.url('/'), { waitUntil: 'load' });
    const open = page.locator('button[data-open-modal]');
    await open.and(page.locator(':enabled')).waitFor();
    await open.click();
    const input = page.locator('dialog[open] input.pagefind-ui__search-input');
    await input.waitFor();
    const t0 = await page.evaluate(() => performance.now());
    await input.pressSequentially(query);
    await page.locator('dialog[open] .pagefind-ui__result').first().waitFor();
    const t1 = await page.evaluate(() => performance.now());
    const results = await page.locator('dialog[open] .pagefind-ui__result').count();
    const fetched = server.requests.filter((r) => r.url.startsWith('/pagefind/'));
    const bytesFetched = fetched.reduce((sum, r) => {
      try {
        return sum + statSync(join(dist, decodeURIComponent(r.url.split('?')[0]))).size;
      } catch {
        return sum;
      }
    }, 0);
    return { query, firstResultsMs: Math.round(t1 - t0), bytesFetched, files: fetched.length, results };
  } finally {
    await context.close();
  }
}

export interface CheckerBench {
  /** Median time from changing the date to the result region changing, plus one frame. */
  updateMs: number;
  samples: number[];
}

/**
 * Sets the checker's date input to another day again and again and times, inside the page, from
 * the change event to the first DOM mutation other than the input's own (the new result), plus one animation
 * frame so the change has been laid out and painted.
 */
export async function measureChecker(page: Page, url: string): Promise<CheckerBench> {
  await page.goto(url, { waitUntil: 'load' });
  const date = page.locator('input[type="date"]').first();
  await date.waitFor();
  // Wait until the island has hydrated and shows a result for the URL's answers.
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const days = ['2018-09-10', '2020-09-01', '2017-12-18', '2019-05-20', '2021-03-01', '2024-06-01', '2018-01-02', '2022-10-10'];
  const samples: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const day of days) {
      const ms = await date.evaluate(
        (input: HTMLInputElement, value: string) =>
          new Promise<number>((done, fail) => {
            if (input.value === value) return done(-1);
            let t0 = 0;
            const observer = new MutationObserver((records) => {
              if (records.every((r) => r.target === input)) return;
              observer.disconnect();
              requestAnimationFrame(() => done(performance.now() - t0));
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
            setTimeout(() => {
              observer.disconnect();
              fail(new Error(`no result change within 5 s after setting the date to ${value}`));
            }, 5000);
            t0 = performance.now();
            input.value = value;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            input.dispatchEvent(new Event('change', { bubbles: true }));
          }),
        day,
      );
      if (ms >= 0) samples.push(ms);
    }
  const sorted = [...samples].sort((a, b) => a - b);
  return { updateMs: Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10, samples: samples.map((s) => Math.round(s * 10) / 10) };
}
