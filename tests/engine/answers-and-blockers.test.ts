import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/engine/questions';
import { evaluate } from '../../src/engine/evaluate';
import { ruleSet } from '../../src/engine/rules';
import { baseAnswers, questionContext } from './support';

const ctx = { ...questionContext, today: '2026-11-29' };
const opts = { requireProvince: true };

describe('parseAnswers', () => {
  it.each(['zj', 'ZJ', '浙江', '浙江省', 'zhejiang'])('accepts the province as %s', (province) => {
    const p = parseAnswers({ province }, ctx, opts);
    expect(p.ok && p.answers.province).toBe('zj');
  });
  it('keeps the look-alikes apart', () => {
    const code = (s: string) => { const p = parseAnswers({ province: s }, ctx, opts); return p.ok ? p.answers.province : null; };
    expect([code('河北'), code('湖北'), code('河南'), code('湖南'), code('海南'), code('山西'), code('陕西')]).toEqual(['he', 'hb', 'ha', 'hn', 'hi', 'sx', 'sn']);
  });
  it('defaults: today in China, unit, local ID, no content', () => {
    const p = parseAnswers({ province: 'bj' }, ctx, opts);
    expect(p.ok && p.answers).toMatchObject({ date: '2026-11-29', entity: 'unit', localId: true, content: [], service: 'website' });
    // Whether this guide applies at all is never assumed.
    expect(p.ok && [p.answers.priorFiling, p.answers.domainFiled]).toEqual([undefined, undefined]);
  });
  it.each([
    [{ province: 'xx' }, 'province', 'xx'],
    [{ province: 'zj', date: '2018-02-30' }, 'date', '2018-02-30'],
    [{ province: 'zj', date: 'yesterday' }, 'date', 'yesterday'],
    [{ province: 'zj', entity: 'company' }, 'entity', 'company'],
    [{ province: 'zj', content: 'news,gambling' }, 'content', 'gambling'],
    [{ province: 'zj', service: 'wechat' }, 'service', 'wechat'],
    [{ province: 'zj', priorFiling: 'maybe' }, 'priorFiling', 'maybe'],
    [{ province: 'zj', localId: 'no', residencePermit: 'perhaps' }, 'residencePermit', 'perhaps'],
    [{}, 'province', ''],
  ])('rejects %j naming the field and the value', (raw, field, value) => {
    const p = parseAnswers(raw, ctx, opts);
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.problems[0].field).toBe(field);
      expect(p.problems[0].message).toContain(value);
    }
  });
});

describe('blockers', () => {
  it('an individual with a non-local ID in a local-ID-only province is blocked, with what to do instead', async () => {
    const r = await evaluate(baseAnswers({ province: 'sx', date: '2020-01-01', entity: 'individual', localId: false }), ruleSet);
    expect(r.blockers.map((b) => b.rule)).toContain('province.local-id-only.ali-2019');
    expect(r.blockers[0].instead.length).toBeGreaterThan(4);
  });
  it('the same person filing as a unit is not blocked', async () => {
    const r = await evaluate(baseAnswers({ province: 'sx', date: '2020-01-01', entity: 'unit', localId: false }), ruleSet);
    expect(r.blockers).toEqual([]);
  });
  it('a residence permit turns the Shanghai blocker into a material', async () => {
    const withPermit = await evaluate(baseAnswers({ province: 'sh', date: '2020-01-01', entity: 'individual', localId: false, residencePermit: true }), ruleSet);
    const without = await evaluate(baseAnswers({ province: 'sh', date: '2020-01-01', entity: 'individual', localId: false, residencePermit: false }), ruleSet);
    expect(withPermit.blockers).toEqual([]);
    expect(withPermit.materials.map((m) => m.rule)).toContain('province.permit.ali-2019.material');
    expect(without.blockers.map((b) => b.rule)).toContain('province.permit.ali-2019.blocker');
  });
  it('Shanghai today: the residence permit is one document to prepare, and Huawei\'s one-month validity is a condition on it', async () => {
    const a = { province: 'sh', date: '2026-11-29', entity: 'individual' as const, localId: false };
    const withPermit = await evaluate(baseAnswers({ ...a, residencePermit: true }), ruleSet);
    const without = await evaluate(baseAnswers({ ...a, residencePermit: false }), ruleSet);
    const aboutResidence = (r: typeof withPermit) => [
      ...r.materials.filter((m) => /居住证|暂住证/.test(m.material)).map((m) => `material ${m.rule}`),
      ...r.requirements.filter((q) => q.subject === 'residence').map((q) => `requirement ${q.rule}`),
      ...r.blockers.filter((b) => /居住证|暂住证/.test(b.title)).map((b) => `blocker ${b.rule}`),
    ];
    expect(aboutResidence(withPermit)).toEqual(['material province.permit.ali-2019.material', 'requirement province.sh.permit-validity.hw-2025']);
    // Without a permit the filing is blocked; a condition on the permit's validity would only confuse.
    expect(aboutResidence(without)).toEqual(['blocker province.permit.ali-2019.blocker']);
  });
  it('Inner Mongolia: both dated sources are kept; the permit route until 2025-12-30, local ID only from 2025-12-31', async () => {
    const a = { province: 'nm', entity: 'individual' as const, localId: false, residencePermit: true };
    const before = await evaluate(baseAnswers({ ...a, date: '2025-12-30' }), ruleSet);
    const after = await evaluate(baseAnswers({ ...a, date: '2025-12-31' }), ruleSet);
    expect(before.blockers).toEqual([]);
    expect(after.blockers.map((b) => b.rule)).toContain('province.local-id-only.nm.hw-2025');
  });
  it('the wrong guide: no earlier filing, an earlier filing at Alibaba, or an already filed domain', async () => {
    for (const [over, rule] of [
      [{ priorFiling: 'none' as const }, 'filing-type.no-prior-filing'],
      [{ priorFiling: 'alibaba' as const }, 'filing-type.prior-at-alibaba.existing-entity'],
      [{ domainFiled: true }, 'filing-type.domain-filed'],
    ] as const) {
      const r = await evaluate(baseAnswers({ ...over, date: '2026-01-01' }), ruleSet);
      expect(r.blockers[0].rule).toBe(rule);
    }
  });
  it('an app is its own filing: a domain already filed for a website does not send an app to access filing', async () => {
    const app = await evaluate(baseAnswers({ domainFiled: true, service: 'app', date: '2026-11-29' }), ruleSet);
    expect(app.blockers.map((b) => b.rule)).not.toContain('filing-type.domain-filed');
    const website = await evaluate(baseAnswers({ domainFiled: true, service: 'website', date: '2026-11-29' }), ruleSet);
    expect(website.blockers.map((b) => b.rule)).toContain('filing-type.domain-filed');
  });
});

describe('pre-approval', () => {
  it('news needs a pre-approval; education is disputed in Zhejiang and cancelled in Beijing; religion is unknown before 2026-03-16', async () => {
    const zj = await evaluate(baseAnswers({ province: 'zj', date: '2026-11-29', content: ['news', 'education', 'religion'] }), ruleSet);
    expect(zj.preApprovals.map((p) => [p.category, p.status])).toEqual([['news', 'required'], ['education', 'conditional'], ['religion', 'required']]);
    const bj = await evaluate(baseAnswers({ province: 'bj', date: '2026-03-15', content: ['education', 'religion'] }), ruleSet);
    expect(bj.preApprovals.map((p) => [p.category, p.status])).toEqual([['education', 'not-required'], ['religion', 'unknown']]);
  });
});
