// A nationwide summary of one result per province: the honest default the checker shows before a
// visitor names a province. Pure: no DOM, no Astro.
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
