// Pure helpers around Result for the checker: a nationwide summary (the honest default before a
// visitor names a province) and the compact record the checker saves for the step pages.
// No DOM, no Astro: the step pages read the saved record with a few lines of vanilla JS.
import { METHOD_LABEL, RECIPIENT_LABEL, STATUS_LABEL, STATUS_MARK } from './labels';
import type { IdentityMethod, Result, StepId, StepStatus } from './types';

/** Provinces that share one status (and, for identity verification, one method) for a step. */
export interface StatusGroup {
  status: StepStatus;
  method?: IdentityMethod;
  /** Province codes, in the order the results were given. */
  provinces: string[];
  /** Rule ids behind this status, from the first province of the group. */
  rules: string[];
}

export interface SummaryStep {
  id: StepId;
  order: number;
  title: string;
  /** The status when every province agrees (methods may still differ), otherwise 'varies' ("视省份而定"). */
  status: StepStatus | 'varies';
  groups: StatusGroup[];
}

export interface SummaryBlocker {
  rule: string;
  /** Province codes where this blocker applies. */
  provinces: string[];
}

export interface NationwideSummary {
  asOf: string;
  provinceCount: number;
  steps: SummaryStep[];
  blockers: SummaryBlocker[];
  rulesVersion: string;
}

/**
 * Folds one result per province (same answers apart from the province) into a per-step summary:
 * a step's status is shown as-is when all provinces agree and as 'varies' otherwise.
 */
export function summarizeProvinces(results: Result[]): NationwideSummary {
  if (!results.length) throw new Error('summarizeProvinces needs at least one result');
  const [first] = results;
  const steps: SummaryStep[] = first.steps.map((step, i) => {
    const groups: StatusGroup[] = [];
    for (const result of results) {
      const s = result.steps[i];
      const method = s.id === 'identity-verification' ? s.method : undefined;
      const group = groups.find((g) => g.status === s.status && g.method === method);
      if (group) group.provinces.push(result.province.code);
      else
        groups.push({
          status: s.status,
          ...(method ? { method } : {}),
          provinces: [result.province.code],
          rules: s.reasons.map((r) => r.rule).filter((id): id is string => id !== null),
        });
    }
    return { id: step.id, order: step.order, title: step.title, status: groups.every((g) => g.status === groups[0].status) ? groups[0].status : 'varies', groups };
  });
  const blockers: SummaryBlocker[] = [];
  for (const result of results)
    for (const b of result.blockers) {
      if (!b.rule) continue;
      const found = blockers.find((x) => x.rule === b.rule);
      if (found) found.provinces.push(result.province.code);
      else blockers.push({ rule: b.rule, provinces: [result.province.code] });
    }
  return { asOf: first.asOf, provinceCount: results.length, steps, blockers, rulesVersion: first.rulesVersion };
}

/** What the checker saves in localStorage for the step pages (key: SAVED_KEY). */
export interface SavedStep {
  /** e.g. "✔ 需要" */
  status: string;
  method?: string;
  validityHours?: number;
  recipients?: string[];
}

export interface SavedAnswers {
  v: 1;
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

/** The compact, label-only record of a result that the step pages show without the engine. */
export function savedAnswers(result: Result, query: string): SavedAnswers {
  const steps: SavedAnswers['steps'] = {};
  for (const s of result.steps) {
    const saved: SavedStep = { status: `${STATUS_MARK[s.status]} ${STATUS_LABEL[s.status]}` };
    if (s.method && s.status !== 'unknown') saved.method = METHOD_LABEL[s.method];
    if (s.validityHours) saved.validityHours = s.validityHours;
    if (s.recipients?.length) saved.recipients = s.recipients.map((r) => RECIPIENT_LABEL[r]);
    steps[s.id] = saved;
  }
  return {
    v: 1,
    query,
    province: result.province.name,
    asOf: result.asOf,
    rulesVersion: result.rulesVersion,
    blockers: result.blockers.map((b) => b.instead),
    steps,
  };
}
