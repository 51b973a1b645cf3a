// Headless Chromium for the e2e tests and the bench: Debian's binaries, the flags that work here, a zh-CN context.
import { existsSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); CHROME_PATH overrides it. Lighthouse and the bench use it. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Debian's headless shell (`apt-get install chromium-headless-shell`): the same Blink and V8 without
 * the browser UI, which is what Playwright itself drives in headless tests. Here it loads a page for
 * about half the CPU of the full browser, and the e2e suite is CPU-bound on two cores.
 */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

/**
 * The binary the e2e tests drive: CHROME_PATH when set, else the headless shell when installed,
 * else the full Chromium.
 */
export function testChromePath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : CHROME_PATH;
}

/**
 * Extra flags for the e2e tests: draw at half resolution. Pages lay out in CSS pixels as before
 * (what the tests read), but the software compositor, which took half the CPU of the search tests,
 * fills a quarter of the pixels: the e2e suite needs about 15% less CPU. Never for the bench, whose
 * Lighthouse runs measure what a visitor's screen costs.
 */
export const TEST_CHROMIUM_ARGS: readonly string[] = ['--force-device-scale-factor=0.5'];

/** Flags that work as root on a closed network (see shared/stack.md). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A desktop viewport: wide enough that Starlight shows the sidebar without the menu button. */
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 } as const;

/**
 * Launches headless Chromium: by default the full browser, as a visitor has it (the bench); pass
 * testChromePath() for the e2e tests. playwright-core gives launch() a fresh temporary user-data-dir
 * and removes it on close, so runs never share a profile.
 */
export async function launchBrowser(executablePath: string = CHROME_PATH, extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: install Debian's chromium, chromium-headless-shell and ` +
        'fonts-noto-cjk (.ci/run does), or point CHROME_PATH at a Chromium binary.',
    );
  }
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** A context as a reader in mainland China sees the site: zh-CN, China time, desktop size. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: DESKTOP_VIEWPORT,
    ...options,
  });
}

/**
 * Records the URL of every request a context or page makes, from the moment of the call.
 * The returned array fills as requests go out; call `stop()` to stop recording.
 */
export function recordRequests(target: BrowserContext | Page): { urls: string[]; stop(): void } {
  const urls: string[] = [];
  const listener = (request: { url(): string }) => {
    urls.push(request.url());
  };
  target.on('request', listener);
  return { urls, stop: () => target.off('request', listener) };
}
