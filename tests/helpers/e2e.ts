import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, newContext } from './browser';
import { startStaticServer, type StaticServer } from './server';

export interface SiteUnderTest {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** A fresh context (zh-CN, Asia/Shanghai, 1280×800 unless overridden) with one page in it. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Call once at the top of an e2e test file: serves dist/ and launches one Chromium for the file,
 * and closes both after the file's tests. Contexts opened through newPage close after each test.
 */
export function useBuiltSite(): SiteUnderTest {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: use it inside a test or hook`);
    return value;
  };

  return {
    get browser() {
      return ready(browser, 'browser');
    },
    get server() {
      return ready(server, 'server');
    },
    async newPage(options) {
      const context = await newContext(ready(browser, 'browser'), options);
      contexts.push(context);
      return context.newPage();
    },
  };
}
