// Helpers for engine tests: answers that satisfy a rule's own conditions, dates around a boundary.
import { defaultAnswers } from '../../src/engine/questions';
import { ruleSet } from '../../src/engine/rules';
import { addDays } from '../../src/engine/dates';
import type { Answers, Reason, Result, Rule } from '../../src/engine/types';

/** What the questions need to parse: the data's provinces and categories. */
export const questionContext = { provinces: ruleSet.provinces, categories: ruleSet.preApprovalCategories };

export const baseAnswers = (over: Partial<Answers> = {}): Answers => ({ ...defaultAnswers('zj', '2020-01-01', questionContext), ...over });

type Cond = { all?: Cond[]; any?: Cond[]; not?: Cond; fact?: string; operator?: string; value?: unknown };

/** Builds answers that satisfy a rule's extra conditions (the data only uses all/equal/notEqual/contains). */
export function answersFor(rule: Rule, province: string, date: string): Answers {
  const a = baseAnswers({ province, date });
  const apply = (c: Cond) => {
    if (c.all) return c.all.forEach(apply);
    if (c.any) return apply(c.any[0]);
    if (!c.fact) throw new Error(`unsupported condition in ${rule.id}`);
    const rec = a as unknown as Record<string, unknown>;
    // A derived fact (evaluate.ts's derivedFacts) is set through the answers it is computed from.
    if (c.fact === 'filingProvinceDiffers' && c.operator === 'equal') {
      a.priorFiling = 'elsewhere';
      a.filingProvince = c.value ? ruleSet.provinces.find((p) => p.code !== province)!.code : province;
    } else if (c.operator === 'equal') rec[c.fact] = c.value;
    else if (c.operator === 'notEqual') rec[c.fact] = typeof c.value === 'boolean' ? !c.value : `not-${String(c.value)}`;
    else if (c.operator === 'contains') a.content = [...a.content, String(c.value)];
    else throw new Error(`unsupported operator ${c.operator} in ${rule.id}`);
  };
  if (rule.conditions) apply(rule.conditions as Cond);
  return a;
}

export const dayBefore = (iso: string) => addDays(iso, -1);
export const dayAfter = (iso: string) => addDays(iso, 1);

/**
 * For every rule, answers on each date it names, in a province it applies to (rotating through
 * them), with the other answers varied so that each rule's conditions meet both outcomes.
 */
export function sampleAnswers(): Answers[] {
  const out: Answers[] = [];
  const codes = ruleSet.provinces.map((p) => p.code);
  ruleSet.rules.forEach((r, i) => {
    const where = r.provinces === 'all' ? codes : r.provinces;
    [r.effectiveFrom, r.effectiveUntil].forEach((date, j) => {
      if (!date) return;
      const k = i * 2 + j;
      out.push(
        baseAnswers({
          province: where[k % where.length],
          date,
          entity: k % 2 ? 'individual' : 'unit',
          localId: k % 3 !== 0,
          residencePermit: k % 3 === 0 ? k % 2 === 0 : undefined,
          content: ruleSet.preApprovalCategories.filter((_, c) => (k + c) % 4 === 0).map((c) => c.id),
          priorFiling: k % 7 === 0 ? 'none' : 'elsewhere',
        }),
      );
    });
  });
  return out;
}

/**
 * A result with exactly its human-readable fields blanked: what is left is what must be the same in
 * every language (ids, statuses, dates, numbers, codes, sources, and whether a text is there at all:
 * null stays null). Source titles are not blanked: they stay in their original language everywhere.
 */
export function blankWords(result: Result): unknown {
  const w = (text: string | null | undefined) => (text === null || text === undefined ? text : '');
  const reason = <R extends Reason>(r: R): R => ({ ...r, title: '', text: '' });
  const reasons = (list: Reason[]) => list.map(reason);
  return {
    ...result,
    flow: { ...result.flow, name: '', currentName: w(result.flow.currentName) },
    province: { ...result.province, name: '' },
    filingProvince: result.filingProvince && { ...result.filingProvince, name: '' },
    stages: result.stages.map((st) => ({ ...st, title: '' })),
    steps: result.steps.map((s) => ({ ...s, title: '', reasons: reasons(s.reasons), conflicts: s.conflicts.map(reason) })),
    blockers: result.blockers.map((b) => ({ ...reason(b), instead: '' })),
    materials: result.materials.map((m) => ({ ...reason(m), material: '', ...(m.note === undefined ? {} : { note: '' }) })),
    requirements: result.requirements.map(reason),
    preApprovals: result.preApprovals.map((p) => ({ ...p, name: '', authority: w(p.authority), licence: w(p.licence), reasons: reasons(p.reasons) })),
    afterFiling: result.afterFiling.map((d) => ({ ...d, title: '', text: '' })),
    unknowns: result.unknowns.map((u) => ({ ...u, title: '', text: '', reasons: reasons(u.reasons) })),
    timeline: {
      ...result.timeline,
      unknownReason: w(result.timeline.unknownReason),
      phases: result.timeline.phases.map((p) => ({ ...p, reasons: reasons(p.reasons), conflicts: p.conflicts.map(reason) })),
    },
    rulesVersion: '',
  };
}
