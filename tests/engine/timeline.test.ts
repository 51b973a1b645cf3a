import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, dayKind, holidaysKnownUntil, todayInChina } from '../../src/engine/dates';
import { evaluate } from '../../src/engine/evaluate';
import { ruleSet } from '../../src/engine/rules';
import { baseAnswers } from './support';

describe('today in China', () => {
  const byIntl = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  it('turns at 16:00 UTC, the midnight of Beijing time', () => {
    expect(todayInChina(new Date('2026-11-29T15:59:59Z'))).toBe('2026-11-29');
    expect(todayInChina(new Date('2026-11-29T16:00:00Z'))).toBe('2026-11-30');
  });
  it('agrees with the time-zone database for any moment from 1992 to 2040', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        expect(todayInChina(d)).toBe(byIntl(d));
      }),
      { numRuns: 300 },
    );
  });
});

describe('working days from the State Council holiday notices', () => {
  it('skips the 2026 National Day holiday (10-01 to 10-07)', () => {
    expect(dayKind('2026-10-01')).toBe('holiday');
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
  });
  it('counts the make-up working day on Sunday 2026-09-20', () => {
    expect(dayKind('2026-09-20')).toBe('make-up-workday');
    expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
  });
  it('refuses to guess past the data', () => {
    expect(holidaysKnownUntil).toBe('2026-12-31');
    expect(addWorkingDays('2026-12-20', 20)).toBeNull();
  });
});

describe('timeline in the result', () => {
  it('gives dates for the first review and the bureau review', async () => {
    const r = await evaluate(baseAnswers({ province: 'bj', date: '2026-09-30' }), ruleSet);
    const [initial, bureau] = r.timeline.phases;
    expect(initial).toMatchObject({ phase: 'initial-review', earliest: '2026-10-08', latest: '2026-10-09' });
    expect(bureau.phase).toBe('bureau-review');
    expect(r.timeline.unknownReason).toBeNull();
  });
  it('says so instead of guessing beyond the holiday data', async () => {
    const r = await evaluate(baseAnswers({ province: 'bj', date: '2026-12-20' }), ruleSet);
    expect(r.timeline.phases[1].latest).toBeNull();
    expect(r.timeline.unknownReason).toContain('2026-12-31');
  });
  it("Zhejiang: Tencent's 30 working days is shown as Tencent's while it was stated; the answer is Alibaba's, within the legal 20", async () => {
    const r2019 = await evaluate(baseAnswers({ province: 'zj', date: '2019-06-01' }), ruleSet);
    expect(r2019.timeline.phases[1].maxWorkingDays).toBe(20);
    expect(r2019.timeline.phases[1].conflicts).toEqual([expect.objectContaining({ rule: 'review.bureau.zj.tx', provider: 'tencent' })]);
    const today = await evaluate(baseAnswers({ province: 'zj', date: '2026-11-30' }), ruleSet);
    expect(today.timeline.phases.map((p) => [p.minWorkingDays, p.maxWorkingDays])).toEqual([[1, 2], [1, 20]]);
    expect(today.timeline.phases[1].conflicts).toEqual([]);
  });
  it('between the 2019 and 2026 observations the review times are unknown, not silently one or the other', async () => {
    const r = await evaluate(baseAnswers({ province: 'bj', date: '2023-05-05' }), ruleSet);
    expect(r.timeline.phases).toEqual([]);
    expect(r.timeline.unknownReason).toContain('2019-09-20');
    expect(r.unknowns.map((u) => u.subject)).toContain('phase:initial-review');
  });
});
