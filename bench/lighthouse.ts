// Lighthouse 12.2.3 with its defaults (mobile form factor, simulated throttling) on Debian's
// Chromium, launched by chrome-launcher (which lighthouse brings) with the flags from stack.md.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_PATH, CHROMIUM_ARGS } from '../tooling/browser';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Audits that lost points (score < 1 and weighted in a category), to say what held a score below 100. */
  failing: { category: string; audit: string; title: string; score: number | null; displayValue?: string }[];
}

const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo' } as const;

/** Runs Lighthouse on each URL in turn in one Chromium; returns scores 0–100 per URL. */
export async function runLighthouse(urls: string[]): Promise<Record<string, LighthouseScores>> {
  // chrome-launcher gives Chromium a fresh temporary profile and removes it on kill().
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: [...CHROMIUM_ARGS] });
  const out: Record<string, LighthouseScores> = {};
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.values(CATEGORIES),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing: LighthouseScores['failing'] = [];
      for (const id of Object.values(CATEGORIES))
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1)
            failing.push({ category: id, audit: ref.id, title: audit.title, score: audit.score, displayValue: audit.displayValue });
        }
      out[url] = {
        performance: score(CATEGORIES.performance),
        accessibility: score(CATEGORIES.accessibility),
        bestPractices: score(CATEGORIES.bestPractices),
        seo: score(CATEGORIES.seo),
        failing,
      };
    }
  } finally {
    chrome.kill();
  }
  return out;
}
