// Headless Chromium for the e2e tests and the bench: Debian's binary, the flags that work here, a zh-CN context.
import { existsSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); CHROME_PATH overrides it. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

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
 * Launches headless Chromium. playwright-core gives launch() a fresh temporary user-data-dir
 * and removes it on close, so runs never share a profile.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `No Chromium at ${CHROME_PATH}: install Debian's chromium and fonts-noto-cjk (.ci/run does), ` +
        'or point CHROME_PATH at a Chromium binary.',
    );
  }
  return chromium.launch({ executablePath: CHROME_PATH, args: [...CHROMIUM_ARGS] });
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
