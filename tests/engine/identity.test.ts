// The identity check across 2018–2019: backdrop photo, the Shanghai bureau's App (in the first
// snapshot already), the App option in five provinces (from the first snapshot, where the guide's
// upload step links to the FAQ section that names them), the 2019-04-28 table and App face verification for everyone from 2019-07-29.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { ruleSet } from '../../src/engine/rules';
import { baseAnswers } from './support';

const identity = async (province: string, date: string) =>
  (await evaluate(baseAnswers({ province, date }), ruleSet)).steps.find((s) => s.id === 'identity-verification')!;

describe('identity check method by period', () => {
  it.each([
    ['bj', '2018-06-09', 'curtain-photo'],
    ['sh', '2018-06-09', 'shanghai-app'],
    ['gd', '2018-06-09', 'choice'],
    ['gd', '2018-08-14', 'choice'],
    ['fj', '2019-04-26', 'choice'],
    ['gd', '2019-04-11', 'choice'],
    ['sh', '2019-04-22', 'shanghai-app'],
    ['sh', '2019-04-23', 'aliyun-app-face'],
    ['fj', '2019-04-28', 'aliyun-app-face'],
    ['sh', '2019-04-28', 'aliyun-app-face'],
    ['ln', '2019-04-28', 'choice'],
    ['cq', '2019-07-28', 'choice'],
    ['zj', '2019-07-28', 'curtain-photo'],
    ['zj', '2019-07-29', 'aliyun-app-face'],
    ['xj', '2026-11-29', 'aliyun-app-face'],
  ])('%s on %s: %s', async (province, date, method) => {
    const s = await identity(province, date);
    expect(s.status).toBe('required');
    expect(s.method).toBe(method);
  });
  it('from the first snapshot the five provinces may choose the App: the guide links to the FAQ section that says so, and no source disagrees', async () => {
    for (const [province, date] of [['gd', '2018-06-09'], ['fj', '2018-08-13']]) {
      const s = await identity(province, date);
      expect(s.method).toBe('choice');
      expect(s.reasons.map((r) => r.rule)).toContain(province === 'fj' ? 'identity.app-option.fj.2018-08-14' : 'identity.app-option.2018-08-14');
      expect(s.conflicts).toEqual([]);
    }
    expect((await identity('bj', '2018-06-09')).method).toBe('curtain-photo');
  });
  it('the 2019-07-29 switch cites the page that states the date', async () => {
    const s = await identity('zj', '2019-07-29');
    expect(s.reasons[0].effectiveFrom).toBe('2019-07-29');
    expect(s.reasons[0].dateBasis).toBe('stated');
    expect(s.reasons[0].sources.map((x) => x.url).join(' ')).toContain(encodeURI('ICP备案快速入门'));
  });
  it('is unknown, with a reason, before the earliest archived source', async () => {
    const s = await identity('bj', '2018-06-08');
    expect(s).toMatchObject({ status: 'unknown', method: 'unknown' });
    expect(s.reasons[0].text).toContain('2018-06-09');
  });
});
