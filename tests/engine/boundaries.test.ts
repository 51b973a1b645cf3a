// Generated from the data (OpenFisca style): for every date any rule names, a case on the day
// before and on the day itself, in every province the rule covers.
import { describe, expect, it } from 'vitest';
import { decides, evaluate } from '../../src/engine/evaluate';
import { ruleSet } from '../../src/engine/rules';
import { answersFor, dayAfter, dayBefore } from './support';
import type { Answers } from '../../src/engine/types';

const codes = ruleSet.provinces.map((p) => p.code);

/**
 * The rules that fire for these answers. evaluate() is pure, and the cases below ask about the same
 * answers many times (every rule without conditions starting on one day, in the same province): each
 * distinct set of answers is evaluated once, which halves the evaluations.
 */
const firedCache = new Map<string, Promise<string[]>>();
function fired(answers: Answers): Promise<string[]> {
  const key = JSON.stringify(answers);
  let ids = firedCache.get(key);
  if (!ids) firedCache.set(key, (ids = evaluate(answers, ruleSet).then((r) => r.fired)));
  return ids;
}

describe('every rule starts on its effectiveFrom and ends after its effectiveUntil', () => {
  for (const rule of ruleSet.rules) {
    const provinces = rule.provinces === 'all' ? codes : rule.provinces;
    it(`${rule.id}: from ${rule.effectiveFrom}${rule.effectiveUntil ? ` until ${rule.effectiveUntil}` : ''}`, async () => {
      for (const province of provinces) {
        const onDay = await fired(answersFor(rule, province, rule.effectiveFrom));
        expect(onDay, `${province} on ${rule.effectiveFrom}`).toContain(rule.id);
        const before = await fired(answersFor(rule, province, dayBefore(rule.effectiveFrom)));
        expect(before, `${province} on ${dayBefore(rule.effectiveFrom)}`).not.toContain(rule.id);
        if (rule.effectiveUntil) {
          const last = await fired(answersFor(rule, province, rule.effectiveUntil));
          expect(last, `${province} on ${rule.effectiveUntil}`).toContain(rule.id);
          const after = await fired(answersFor(rule, province, dayAfter(rule.effectiveUntil)));
          expect(after, `${province} on ${dayAfter(rule.effectiveUntil)}`).not.toContain(rule.id);
        }
      }
    });
  }
});

describe('a rule never fires outside its provinces', () => {
  for (const rule of ruleSet.rules.filter((r) => r.provinces !== 'all')) {
    it(rule.id, async () => {
      const outside = codes.filter((c) => !(rule.provinces as string[]).includes(c));
      for (const province of outside) {
        const r = await fired(answersFor(rule, province, rule.effectiveFrom));
        expect(r, province).not.toContain(rule.id);
      }
    });
  }
});

describe('the deciding rule of a step changes exactly on the dates the data names', () => {
  // Other providers' statements and disputing sources never decide, so they are not expected to.
  const stepDates = [...new Set(ruleSet.rules.filter((r) => r.event.type === 'step-status' && decides(r)).flatMap((r) => [r.effectiveFrom, ...(r.effectiveUntil ? [dayAfter(r.effectiveUntil)] : [])]))].sort();
  it.each(stepDates)('on %s, a step decided by a rule starting that day shows that rule first', async (date) => {
    for (const rule of ruleSet.rules.filter((r) => r.event.type === 'step-status' && decides(r) && r.effectiveFrom === date)) {
      if (rule.event.type !== 'step-status') continue;
      const province = rule.provinces === 'all' ? 'bj' : rule.provinces[0];
      const r = await evaluate(answersFor(rule, province, date), ruleSet);
      const step = r.steps.find((s) => s.id === (rule.event.params as { step: string }).step)!;
      expect(step.status).toBe(rule.event.params.status);
      expect(step.reasons.map((x) => x.rule)).toContain(rule.id);
    }
  });
});
