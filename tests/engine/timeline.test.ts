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
  const phasesOf = (r: Awaited<ReturnType<typeof evaluate>>) => r.timeline.phases.map((p) => [p.phase, p.minWorkingDays, p.maxWorkingDays]);
  it('gives dates for each wait, the hand-over adding none today', async () => {
    const r = await evaluate(baseAnswers({ province: 'bj', date: '2026-09-30' }), ruleSet);
    const [initial, submission, bureau] = r.timeline.phases;
    expect(initial).toMatchObject({ phase: 'initial-review', earliest: '2026-10-08', latest: '2026-10-09' });
    expect(submission).toMatchObject({ phase: 'bureau-submission', earliest: '2026-10-08', latest: '2026-10-09' });
    expect(bureau.phase).toBe('bureau-review');
    expect(r.timeline).toMatchObject({ complete: true, unknownReason: null });
  });
  it('says so instead of guessing beyond the holiday data', async () => {
    const r = await evaluate(baseAnswers({ province: 'bj', date: '2026-12-20' }), ruleSet);
    expect(r.timeline.phases.find((p) => p.phase === 'bureau-review')!.latest).toBeNull();
    expect(r.timeline.unknownReason).toContain('2026-12-31');
  });
  it("Zhejiang: Tencent's 30 working days is shown as Tencent's while it was stated; the answer is Alibaba's, within the legal 20", async () => {
    const r2019 = await evaluate(baseAnswers({ province: 'zj', date: '2019-06-01' }), ruleSet);
    const bureau2019 = r2019.timeline.phases.find((p) => p.phase === 'bureau-review')!;
    expect(bureau2019.maxWorkingDays).toBe(20);
    expect(bureau2019.conflicts).toEqual([expect.objectContaining({ rule: 'review.bureau.zj.tx', provider: 'tencent' })]);
    const today = await evaluate(baseAnswers({ province: 'zj', date: '2026-11-30' }), ruleSet);
    expect(phasesOf(today)).toEqual([['initial-review', 1, 2], ['bureau-submission', 0, 0], ['bureau-review', 1, 20]]);
    expect(today.timeline.phases.find((p) => p.phase === 'bureau-review')!.conflicts).toEqual([]);
  });
  it('between the 2019 and 2026 observations the review times are unknown, not silently one or the other', async () => {
    const r = await evaluate(baseAnswers({ province: 'bj', date: '2023-05-05' }), ruleSet);
    expect(r.timeline.phases).toEqual([]);
    expect(r.timeline.complete).toBe(false);
    expect(r.timeline.unknownReason).toContain('2019-09-20');
    expect(r.unknowns.map((u) => u.subject)).toContain('phase:initial-review');
  });
});

describe("the waits of 2018-2019: a photo to review, then Alibaba's hand-over", () => {
  const phasesOf = (r: Awaited<ReturnType<typeof evaluate>>) => r.timeline.phases.map((p) => [p.phase, p.minWorkingDays, p.maxWorkingDays]);
  const FOUR = [['initial-review', 1, 1], ['identity-verification', 1, 1], ['bureau-submission', 1, 1], ['bureau-review', 3, 20]];
  it('a backdrop photo is reviewed in a working day, and the order reaches the bureau within another', async () => {
    const r = await evaluate(baseAnswers({ province: 'bj', date: '2019-01-02' }), ruleSet);
    expect(r.steps.find((s) => s.id === 'identity-verification')!.method).toBe('curtain-photo');
    expect(phasesOf(r)).toEqual(FOUR);
    // Wednesday 2 January 2019: Thursday, Friday, Monday, then 3 to 20 working days.
    expect(r.timeline.phases.map((p) => p.earliest)).toEqual(['2019-01-03', '2019-01-04', '2019-01-07', '2019-01-10']);
    expect(r.timeline.phases[1].reasons.map((x) => x.rule)).toContain('review.identity.2018');
  });
  it("Shanghai's bureau App photo and the choice between App and backdrop are reviewed the same way", async () => {
    for (const province of ['sh', 'gd']) {
      const r = await evaluate(baseAnswers({ province, date: '2019-01-02' }), ruleSet);
      expect(['shanghai-app', 'choice']).toContain(r.steps.find((s) => s.id === 'identity-verification')!.method);
      expect(phasesOf(r), province).toEqual(FOUR);
    }
  });
  it('face verification in the Alibaba Cloud App has no photo review: Fujian from 2019-04-28, everyone from 2019-07-29', async () => {
    const three = [['initial-review', 1, 1], ['bureau-submission', 1, 1], ['bureau-review', 3, 20]];
    expect(phasesOf(await evaluate(baseAnswers({ province: 'fj', date: '2019-05-06' }), ruleSet))).toEqual(three);
    expect(phasesOf(await evaluate(baseAnswers({ province: 'bj', date: '2019-07-26' }), ruleSet))).toEqual(FOUR);
    const after = await evaluate(baseAnswers({ province: 'bj', date: '2019-07-29' }), ruleSet);
    expect(phasesOf(after)).toEqual(three);
    expect(after.timeline.complete).toBe(true);
  });
  it('while the identity check itself is unknown, so is its wait, and the timeline stops there', async () => {
    // Fujian: the App option was last seen on 2019-04-26, App-only first seen on 2019-04-28.
    const r = await evaluate(baseAnswers({ province: 'fj', date: '2019-04-27' }), ruleSet);
    expect(r.steps.find((s) => s.id === 'identity-verification')!.method).toBe('unknown');
    expect(phasesOf(r)).toEqual([['initial-review', 1, 1]]);
    expect(r.timeline.complete).toBe(false);
    expect(r.timeline.unknownReason).toContain('核验照片审核');
  });
  it("today's hand-over follows the 2026 overview, with the quoted review page's day shown as a disagreement", async () => {
    const r = await evaluate(baseAnswers({ province: 'bj', date: '2026-11-30' }), ruleSet);
    const submission = r.timeline.phases.find((p) => p.phase === 'bureau-submission')!;
    expect(submission).toMatchObject({ minWorkingDays: 0, maxWorkingDays: 0 });
    expect(submission.reasons.map((x) => x.rule)).toContain('review.submission.2026');
    expect(submission.conflicts).toEqual([expect.objectContaining({ rule: 'review.submission.review-page', relation: 'disagreement' })]);
    // The day before the quote was observed, only the overview speaks.
    const before = await evaluate(baseAnswers({ province: 'bj', date: '2026-11-29' }), ruleSet);
    expect(before.timeline.phases.find((p) => p.phase === 'bureau-submission')!.conflicts).toEqual([]);
  });
});
