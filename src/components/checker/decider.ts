// Where the checker's decisions are made: in a worker (decider.worker.ts) that holds the engine and
// the rule data, so that on a phone the page stays free to paint and answer taps while they are
// made. Where no worker starts (a browser without module workers, a script blocked by policy, a worker
// file that cannot load offline), the same decide() runs in the page, loaded on demand.
import { EARLY_WORKER } from '../../../build/early-worker.mjs';
import type { Lang } from '../../engine/localize';
import type { Answers } from '../../engine/types';
import type { Strings } from '../../i18n/zh';
import { browserRuleSet } from '../../../build/split.mjs';
import type { Decision } from './decide';
import { provinces } from './form-data';

/** Page → worker: the rule data once (as text: the worker parses it), then one message per decision. */
export type ToDecider =
  | { kind: 'rules'; rules: string; lang: Lang; stepsPath?: string }
  | { kind: 'decide'; id: number; answers: Answers; today: string };
/** Worker → page: a decision, or why there is none. */
export type FromDecider = { kind: 'decided'; id: number; decision: Decision } | { kind: 'failed'; id: number; message: string };

export interface Decider {
  decide(answers: Answers, today: string): Promise<Decision>;
}

/** The same decisions in the page: the engine and past-date modules load on first use. */
function inPage(rules: Promise<string>, s: Strings): Decider['decide'] {
  let ready: Promise<(answers: Answers, today: string) => Promise<Decision>> | null = null;
  return (answers, today) => {
    ready ??= Promise.all([import('./decide'), rules]).then(([{ decide }, text]) => {
      const ruleSet = browserRuleSet(provinces, JSON.parse(text));
      return (a: Answers, t: string) => decide(a, ruleSet, s, t);
    });
    return ready.then((run) => run(answers, today));
  };
}

/**
 * Starts deciding with the rule data `rules` (the text of the page's rules.json, still on its way) in
 * the words `s`. The worker starts at once, so its script loads and compiles while the data downloads.
 */
export function startDecider(rules: Promise<string>, s: Strings): Decider {
  const pending = new Map<number, { answers: Answers; today: string; resolve: (d: Decision) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let worker: Worker | null = null;
  let fallback: Decider['decide'] | null = null;
  const toPage = () => {
    worker?.terminate();
    worker = null;
    fallback ??= inPage(rules, s);
    for (const [id, p] of pending) {
      pending.delete(id);
      fallback(p.answers, p.today).then(p.resolve, p.reject);
    }
  };
  // A shared link's page started the worker already, while it was read (build/early-worker.mjs).
  const scope = globalThis as unknown as Record<string, (Worker & { failed?: boolean }) | undefined>;
  const early = scope[EARLY_WORKER];
  delete scope[EARLY_WORKER];
  try {
    if (early?.failed) throw new Error('the early worker did not start');
    // Vite finds the worker by this literal form; its options are the early script's (WORKER_OPTIONS).
    worker = early ?? new Worker(new URL('./decider.worker.ts', import.meta.url), { type: 'module', name: 'checker' });
    worker.onmessage = ({ data }: MessageEvent<FromDecider>) => {
      const p = pending.get(data.id);
      if (!p) return;
      pending.delete(data.id);
      if (data.kind === 'decided') p.resolve(data.decision);
      else p.reject(new Error(data.message));
    };
    // The worker's script did not load or run: decide in the page instead, with what was asked.
    worker.onerror = (event) => {
      event.preventDefault();
      toPage();
    };
    const w = worker;
    rules.then((text) => w.postMessage({ kind: 'rules', rules: text, lang: s.lang, stepsPath: s.stepsPath } satisfies ToDecider)).catch(() => {
      /* the page reports the failed download */
    });
  } catch {
    toPage();
  }
  return {
    decide(answers, today) {
      if (!worker) return (fallback ??= inPage(rules, s))(answers, today);
      return new Promise((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, { answers, today, resolve, reject });
        worker!.postMessage({ kind: 'decide', id, answers, today } satisfies ToDecider);
      });
    },
  };
}
