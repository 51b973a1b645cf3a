// One Chromium and one static server for a whole e2e file, over dist/ or, when SITE_DIST is set,
// over another build (e.g. `astro build --outDir bench/.tmp/site`, to test without touching the
// dist/ others are using). Pages are opened by the tests and reused across a file's tests.
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser';
import { requireDist } from '../../helpers/paths';
import { startStaticServer, type StaticServer } from '../../helpers/server';

/** The build under test: $SITE_DIST or dist/. Throws a readable message when it is missing. */
export function distUnderTest(): string {
  return process.env.SITE_DIST ? resolve(process.env.SITE_DIST) : requireDist();
}

export function useServedDist(): { readonly browser: Browser; readonly server: StaticServer; readonly dist: string } {
  const dist = distUnderTest();
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startStaticServer(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(v: T | undefined): T => {
    if (!v) throw new Error('use inside a test or hook');
    return v;
  };
  return {
    dist,
    get browser() {
      return ready(browser);
    },
    get server() {
      return ready(server);
    },
  };
}

/** Waits until every Astro island on the page has hydrated (Astro drops the ssr attribute). */
export async function hydrated(page: import('playwright-core').Page): Promise<void> {
  // Polling by time, not by animation frame: frames may not run for a page that is not in front.
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { polling: 50 });
}

/** The checker shows a result, the notice about unusable URL answers, or (no province yet) the overview. */
export async function checkerSettled(page: import('playwright-core').Page): Promise<'result' | 'notice' | 'overview'> {
  await hydrated(page);
  const result = page.locator('[data-testid="checker-result"]');
  const notice = page.locator('[data-testid="url-notice"]');
  await result.or(notice).first().waitFor({ timeout: 5000 }).catch(() => undefined);
  if (await notice.count()) return 'notice';
  if (await result.count()) return 'result';
  return 'overview';
}
