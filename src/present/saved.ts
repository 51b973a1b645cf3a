// The compact record the checker saves in localStorage for the step pages' "does this apply to
// me?" note: the presenter's words, already decided, so the step pages need no engine and no Preact.
import type { Lang } from '../engine/localize';
import type { Result, StepId } from '../engine/types';
import { zh, type Strings } from '../i18n/zh';
import { present, type ResultViewModel } from './present';

export interface SavedStep {
  /** e.g. "✔ 需要" */
  status: string;
  /** The step's details as the checker shows them (method, recipients, validity…). */
  details: string[];
}

export interface SavedAnswers {
  v: 2;
  /** The answers as a query string, without "?". */
  query: string;
  province: string;
  asOf: string;
  rulesVersion: string;
  /** `instead` of each blocker: the page should say the whole flow may not apply. */
  blockers: string[];
  steps: Partial<Record<StepId, SavedStep>>;
}

export const SAVED_KEY = 'icp-checker-answers';

/** Each language's checker saves under its own key, so a step page shows the note in its own language. */
export const savedKey = (lang: Lang) => (lang === 'en' ? `${SAVED_KEY}-en` : SAVED_KEY);

export function savedAnswers(result: Result, query: string, s: Strings = zh): SavedAnswers {
  return savedFromView(result, present(result, s), query);
}

/** The same record from a view already presented (the checker gets it from its worker). */
export function savedFromView(result: Result, view: ResultViewModel, query: string): SavedAnswers {
  const steps: SavedAnswers['steps'] = {};
  for (const s of view.steps) steps[s.id as StepId] = { status: `${s.mark} ${s.statusLabel}`, details: s.details.map((d) => d.text) };
  return {
    v: 2,
    query,
    province: result.province.name,
    asOf: result.asOf,
    rulesVersion: result.rulesVersion,
    blockers: view.blockers.map((b) => b.note),
    steps,
  };
}
