// The identity check across 2018–2019: backdrop photo, the Shanghai bureau's App, the 2019-04-28
// table and App face verification for everyone from 2019-07-29.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { ruleSet } from '../../src/engine/rules';
import { baseAnswers } from './support';

const identity = async (province: string, date: string) =>
  (await evaluate(baseAnswers({ province, date }), ruleSet)).steps.find((s) => s.id === 'identity-verification')!;

describe('identity check method by period', () => {
  it.each([
    ['bj', '2018-06-09', 'curtain-photo'],
    ['sh', '2018-08-19', 'curtain-photo'],
    ['sh', '2018-08-20', 'shanghai-app'],
    ['gd', '2019-04-10', 'curtain-photo'],
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
  it('is unknown, with a reason, before the earliest archived source', async () => {
    const s = await identity('bj', '2018-06-08');
    expect(s).toMatchObject({ status: 'unknown', method: 'unknown' });
    expect(s.reasons[0].text).toContain('2018-06-09');
  });
});
