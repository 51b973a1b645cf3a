import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/engine/dates';
import { evaluate } from '../../src/engine/evaluate';
import { ruleSet } from '../../src/engine/rules';
import { STEP_IDS, type Answers } from '../../src/engine/types';

const dayNumber = fc.integer({ min: 0, max: 365 * 21 + 4 }); // 2015-01-01 … 2035-12-31
const date = dayNumber.map((n) => addDays('2015-01-01', n));
const answers = fc.record<Answers>({
  province: fc.constantFrom(...ruleSet.provinces.map((p) => p.code)),
  date,
  entity: fc.constantFrom('individual', 'unit'),
  localId: fc.boolean(),
  residencePermit: fc.option(fc.boolean(), { nil: undefined }),
  content: fc.subarray(ruleSet.preApprovalCategories.map((c) => c.id)),
  priorFiling: fc.constantFrom('elsewhere', 'alibaba', 'none'),
  domainFiled: fc.boolean(),
  service: fc.constantFrom('website', 'app'),
});

describe('engine properties', () => {
  it('never throws and always returns the ten steps in the seed order', async () => {
    await fc.assert(
      fc.asyncProperty(answers, async (a) => {
        const r = await evaluate(a, ruleSet);
        expect(r.steps.map((s) => s.id)).toEqual([...STEP_IDS]);
        for (const s of r.steps) expect(s.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
  it('SMS, once required in a province, stays required on every later date', async () => {
    await fc.assert(
      fc.asyncProperty(answers, dayNumber, async (a, later) => {
        const first = await evaluate(a, ruleSet);
        if (first.steps[7].status !== 'required') return;
        const laterDate = addDays(a.date, later);
        const second = await evaluate({ ...a, date: laterDate }, ruleSet);
        expect(second.steps[7].status, `${a.province} ${a.date} → ${laterDate}`).toBe('required');
      }),
      { numRuns: 300 },
    );
  });
});
