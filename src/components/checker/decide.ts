// One decision of the checker: the result for the answers on their date and, when that date is in
// the past, today's result for the same answers and what differs. The checker runs it in a worker
// (decider.worker.ts) and, where no worker can start, in the page (decider.ts): one function, so both
// give the same answer.
import { evaluate } from '../../engine/evaluate';
import type { Answers, Result, RuleSet } from '../../engine/types';
import type { Strings } from '../../i18n/zh';
import { present, type ResultViewModel } from '../../present/present';

export interface Decision {
  result: Result;
  /** The result as the page shows it (present()): worked out here too, so the page only draws it. */
  view: ResultViewModel;
  /** Today's answer for the same answers, when the result is for a past date. */
  todayResult: Result | null;
  /** How today's answer differs from the past one, one line each (empty when not past). */
  pastLines: string[];
}

export async function decide(answers: Answers, ruleSet: RuleSet, s: Strings, today: string): Promise<Decision> {
  const result = await evaluate(answers, ruleSet, s);
  const view = present(result, s);
  if (answers.date >= today) return { result, view, todayResult: null, pastLines: [] };
  // Only a past date needs the comparison: loaded on demand.
  const [todayResult, { differencesFromToday }] = await Promise.all([evaluate({ ...answers, date: today }, ruleSet, s), import('../../present/past-date')]);
  return { result, view, todayResult, pastLines: differencesFromToday(result, todayResult, s) };
}
