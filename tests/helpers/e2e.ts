// The one e2e fixture: each e2e file calls useBuiltSite() once, which serves the build under test
// (dist/, or $SITE_DIST, e.g. a build made with `astro build --outDir …` to test without touching
// the dist/ others use) and launches one Chromium for the file. Also: the states the pages expose,
// for tests to wait on instead of on text an older render may also show.
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { zh, type Strings } from '../../src/i18n/zh';
import { launchBrowser, newContext, TEST_CHROMIUM_ARGS, testChromePath } from '../../tooling/browser';
import { requireDist } from '../../tooling/paths';
import { startStaticServer, type StaticServer } from '../../tooling/static-server';

export interface SiteUnderTest {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** The folder served. */
  readonly dist: string;
  /**
   * A page for one test, closed after it. Without options it opens in the file's shared context,
   * whose cookies, storage and permissions are cleared after every test (a new context costs
   * Chromium a new renderer process, about a CPU-second); with options, in a context of its own.
   */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A fresh context (see testContext) that the caller closes, e.g. one kept across a file's tests. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * A context as tooling/browser's newContext makes it (zh-CN, Asia/Shanghai, 1280×800), with the
 * service worker blocked unless the options allow it: every page registers /sw.js, which precaches
 * the whole site (about 150 files, 9 MB) into each fresh context. Only the offline tests and a
 * visitor's full tour (security) want that.
 */
export function testContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return newContext(browser, { serviceWorkers: 'block', ...options });
}

/**
 * Call once at the top of an e2e test file: serves the build and launches one Chromium for the
 * file, and closes both after the file's tests. Pages opened through newPage close after each
 * test; a file that keeps a page across tests opens its own context with newContext and closes it.
 */
export function useBuiltSite(): SiteUnderTest {
  const dist = requireDist();
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let shared: BrowserContext | undefined;
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startStaticServer(dist), launchBrowser(testChromePath(), TEST_CHROMIUM_ARGS)]);
    shared = await testContext(browser);
  });

  afterEach(async () => {
    await Promise.all([...pages.splice(0), ...contexts.splice(0)].map((closable) => closable.close()));
    // The next test starts as a first visit: no saved answers, no granted permissions.
    await shared?.setStorageState({ cookies: [], origins: [] });
    await shared?.clearPermissions();
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
    dist,
    get browser() {
      return ready(browser, 'browser');
    },
    get server() {
      return ready(server, 'server');
    },
    async newPage(options) {
      if (!options || Object.keys(options).length === 0) {
        const page = await ready(shared, 'context').newPage();
        pages.push(page);
        return page;
      }
      const context = await testContext(ready(browser, 'browser'), options);
      contexts.push(context);
      return context.newPage();
    },
    newContext: (options) => testContext(ready(browser, 'browser'), options),
  };
}

/** Waits until every Astro island on the page has hydrated (Astro drops the ssr attribute). */
export async function hydrated(page: Page): Promise<void> {
  // Polling by time, not by animation frame: frames may not run for a page that is not in front.
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { polling: 50 });
}

export type CheckerState = 'result' | 'notice' | 'overview' | 'failed';

/**
 * Waits until the checker has done what the URL asks and says what it shows: a result (its element
 * carries data-answers, the answers it was computed from), the notice about unusable URL answers,
 * the overview (no province yet: the summary asks for one), or the message that the rule data
 * failed to load. Once hydrated the island has read the URL, so the summary is current.
 * `strings`: the page's words (en for /en/checker/).
 */
export async function checkerSettled(page: Page, strings: Strings = zh): Promise<CheckerState> {
  await hydrated(page);
  const handle = await page.waitForFunction(
    (words) => {
      if (document.querySelector('[data-testid="url-notice"]')) return 'notice';
      if (document.querySelector('[data-testid="checker-result"][data-answers]')) return 'result';
      const summary = document.querySelector('[data-testid="checker-summary"]')?.textContent?.trim();
      if (summary === words.chooseProvince) return 'overview';
      if (summary === words.rulesFailed) return 'failed';
      return false;
    },
    { chooseProvince: strings.checker.chooseProvince, rulesFailed: strings.checker.rulesFailed },
    { polling: 50 },
  );
  return (await handle.jsonValue()) as CheckerState;
}

/**
 * Waits until Starlight has set up its search: it does so in an idle callback after the page has
 * loaded (the on-demand stand-in, build/shims/pagefind-ui-on-demand.js, is fetched then). A headless
 * page that is not in front may run no frames and so no idle callbacks once a modal dialog is open:
 * a key pressed before that moment would open a dialog that stays empty here, which a reader's
 * browser, drawing frames, does not show.
 */
export async function searchSetUp(page: Page): Promise<void> {
  // In front, the page draws frames and so gets idle periods, however many other pages the run has open.
  await page.bringToFront();
  await page.waitForFunction(
    () => performance.getEntriesByType('resource').some((e) => e.name.includes('/pagefind-ui-on-demand.')),
    undefined,
    { polling: 50 },
  );
}
