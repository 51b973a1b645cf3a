// Helpers for engine tests: answers that satisfy a rule's own conditions, dates around a boundary.
import { defaultAnswers } from '../../src/engine/questions';
import { ruleSet } from '../../src/engine/rules';
import { addDays } from '../../src/engine/dates';
import type { Answers, Rule } from '../../src/engine/types';

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
