// The seed's SMS pilot lists, written out here on purpose (an oracle independent of src/rules):
// every listed province on its batch date and the day before, every other province around 2020-08-17.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { ruleSet } from '../../src/engine/rules';
import { baseAnswers } from './support';

const SEED_BATCHES: Record<string, string[]> = {
  '2017-12-18': ['天津', '甘肃', '西藏', '宁夏', '海南', '新疆', '青海'],
  '2018-09-10': ['浙江', '四川', '福建', '陕西', '重庆', '广西', '云南'],
  '2018-09-24': ['山东', '河南', '安徽', '湖南', '山西', '黑龙江', '内蒙古', '湖北'],
};
const NATIONWIDE = '2020-08-17';
const code = (short: string) => ruleSet.provinces.find((p) => p.short === short)!.code;
const sms = async (province: string, date: string) =>
  (await evaluate(baseAnswers({ province, date }), ruleSet)).steps.find((s) => s.id === 'sms-verification')!;

describe('seed SMS pilot batches', () => {
  for (const [date, names] of Object.entries(SEED_BATCHES)) {
    const dayBefore = new Date(Date.parse(date) - 86400000).toISOString().slice(0, 10);
    it.each(names)(`%s: not required on ${dayBefore}, required on ${date}`, async (name) => {
      expect((await sms(code(name), dayBefore)).status).toBe('not-required');
      expect((await sms(code(name), date)).status).toBe('required');
    });
  }
  const piloted = new Set(Object.values(SEED_BATCHES).flat());
  const others = ruleSet.provinces.filter((p) => !piloted.has(p.short));
  it('leaves nine provinces outside every pilot', () => {
    expect(others.map((p) => p.short).sort()).toEqual(['上海', '北京', '吉林', '广东', '江苏', '江西', '河北', '贵州', '辽宁'].sort());
  });
  it.each(others.map((p) => [p.short, p.code]))('%s: not required on 2018-09-24 and 2020-08-16, required from 2020-08-17', async (_n, c) => {
    expect((await sms(c, '2018-09-24')).status).toBe('not-required');
    expect((await sms(c, '2020-08-16')).status).toBe('not-required');
    expect((await sms(c, NATIONWIDE)).status).toBe('required');
  });
});

describe('SMS details', () => {
  it('the code is valid 48 hours up to the last 48-hour snapshot (2018-09-06) and 24 hours from the next day\'s (2018-09-07), with no unknown day between', async () => {
    expect((await sms('tj', '2018-08-21')).validityHours).toBe(48);
    expect((await sms('tj', '2018-09-06')).validityHours).toBe(48);
    const next = await sms('tj', '2018-09-07');
    expect(next.validityHours).toBe(24);
    expect(next.reasons.map((r) => r.rule)).toContain('sms.validity.24h');
  });
  it('for this filing type Alibaba sent the code to the website principal only, from the first snapshot (2018-06-09) to the last (2019-09-20)', async () => {
    expect((await sms('tj', '2018-06-09')).recipients).toEqual(['website-principal']);
    expect((await sms('zj', '2019-09-20')).recipients).toEqual(['website-principal']);
    expect((await sms('zj', '2019-09-20')).conflicts).toEqual([]);
  });
  it('today Alibaba lists whoever MIIT picks for the type; Tencent says both principals, shown as Tencent\'s', async () => {
    const s = await sms('zj', '2026-11-30');
    expect(s.recipients).toEqual(['listed-in-console']);
    expect(s.conflicts).toContainEqual(expect.objectContaining({ rule: 'sms.recipients.tx', provider: 'tencent', relation: 'other-provider' }));
    // Huawei has no row for this filing type: no Huawei statement is shown.
    expect(s.conflicts.filter((c) => c.provider === 'huawei')).toEqual([]);
    expect(s).toMatchObject({ validityHours: 24, maxFailedAttempts: 5, maxResends: 2 });
  });
  it('between the 2019 and today\'s observations the recipients are unknown, with both rules and the window', async () => {
    const r = await evaluate(baseAnswers({ province: 'zj', date: '2022-01-01' }), ruleSet);
    const s = r.steps.find((x) => x.id === 'sms-verification')!;
    expect(s.recipients).toEqual([]);
    expect(s.reasons.map((x) => x.rule)).toEqual(expect.arrayContaining(['sms.recipients.ali-2018', 'sms.recipients.ali-2026']));
    expect(r.unknowns).toContainEqual(expect.objectContaining({ subject: 'detail:sms-verification:recipients', window: { lastSeenOld: '2019-09-20', firstSeenNew: '2026-11-30' } }));
  });
  it('when SMS is not required there is no validity and no recipient', async () => {
    const s = await sms('bj', '2019-01-01');
    expect(s).toMatchObject({ status: 'not-required', validityHours: null, recipients: [] });
  });
  it('before the data covers SMS, the status is unknown with the reason', async () => {
    const s = await sms('tj', '2016-05-01');
    expect(s.status).toBe('unknown');
    expect(s.reasons[0].text).toContain('2017-06-05');
  });
});
