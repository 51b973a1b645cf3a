// How the engine treats time and disagreement, on a small rule set written for the purpose (so each
// case names exactly the rules it needs): precedence, observation windows, other providers,
// disputing sources, "no data yet" per province aspect, stages, duties, materials and the loader's
// refusal of rules that tie.
import { describe, expect, it } from 'vitest';
import provinces from '../../src/rules/provinces.json';
import steps from '../../src/rules/steps.json';
import { evaluate } from '../../src/engine/evaluate';
import { loadRuleSet, RuleDataError } from '../../src/engine/load';
import type { RawRuleFiles } from '../../src/engine/raw';
import type { Answers } from '../../src/engine/types';

const sources = {
  sources: [
    { id: 'ali', title: '阿里云文档（测试）', publisher: '阿里云', url: 'https://example.com/ali', observedOn: '2019-09-20', grade: 'primary', en: { title: 'Alibaba Cloud docs (test)', publisher: 'Alibaba Cloud' } },
    { id: 'tx', title: '腾讯云文档（测试）', publisher: '腾讯云', url: 'https://example.com/tx', observedOn: '2026-08-07', grade: 'primary', en: { title: 'Tencent Cloud docs (test)', publisher: 'Tencent Cloud' } },
  ],
};

type R = Record<string, unknown>;
let n = 0;
/** The English every rule needs (the schema requires it): title, text and what its event names. */
function englishOf(r: R): R {
  const event = r.event as { type: string; params: R } | undefined;
  const p = event?.params ?? {};
  const en: R = { title: 'Test rule title', text: 'What the test rule says.' };
  if (event?.type === 'blocker') en.instead = 'Do something else';
  if (event?.type === 'material') Object.assign(en, { material: 'A document' }, p.note ? { note: 'A caveat' } : {});
  if (event?.type === 'pre-approval-authority') Object.assign(en, { authority: 'An authority' }, p.licence ? { licence: 'A licence' } : {});
  if (event?.type === 'flow-name') en.name = 'A name';
  if (event?.type === 'stages') en.stages = Object.fromEntries((p.stages as { id: string }[]).map((st) => [st.id, `Stage ${st.id}`]));
  return en;
}
const rule = (over: R): R => {
  const r: R = {
    id: `t.rule-${++n}`,
    title: '测试规则标题',
    text: '测试规则的说明文字。',
    effectiveFrom: '2018-06-09',
    effectiveUntil: null,
    dateBasis: 'observed',
    provinces: 'all',
    sources: ['ali'],
    lastReviewed: '2026-11-30',
    ...over,
  };
  return { ...r, en: over.en ?? englishOf(r) };
};
const status = (step: string, s: string, extra: R = {}) => ({ type: 'step-status', params: { step, status: s, ...extra } });

function ruleSetOf(files: Record<string, { topic: string; rules: R[]; categories?: R[] }>) {
  const raw: RawRuleFiles = { provinces, sources, steps, ruleFiles: files };
  return loadRuleSet(raw);
}
const answers = (over: Partial<Answers> = {}): Answers => ({
  province: 'zj',
  date: '2020-01-01',
  entity: 'unit',
  localId: true,
  content: [],
  priorFiling: 'elsewhere',
  domainFiled: false,
  service: 'website',
  ...over,
});

describe('observation windows', () => {
  const set = ruleSetOf({
    'sms-verification.json': {
      topic: 'sms-verification',
      rules: [
        rule({ id: 'old.48', effectiveFrom: '2018-06-09', effectiveUntil: '2018-08-21', event: { type: 'step-detail', params: { step: 'sms-verification', validityHours: 48 } } }),
        rule({ id: 'new.24', effectiveFrom: '2018-09-07', replaces: 'old.48', event: { type: 'step-detail', params: { step: 'sms-verification', validityHours: 24 } } }),
        rule({ id: 'sms.on', effectiveFrom: '2018-06-09', event: status('sms-verification', 'required') }),
      ],
    },
  });
  const sms = async (date: string) => (await evaluate(answers({ date }), set)).steps.find((s) => s.id === 'sms-verification')!;

  it('the old value holds up to its last observation, the new one from its first', async () => {
    expect((await sms('2018-08-21')).validityHours).toBe(48);
    expect((await sms('2018-09-07')).validityHours).toBe(24);
  });
  it('between them the value is unknown and both rules are shown, with the window', async () => {
    for (const date of ['2018-08-22', '2018-09-06']) {
      const r = await evaluate(answers({ date }), set);
      const step = r.steps.find((s) => s.id === 'sms-verification')!;
      expect(step.validityHours, date).toBeNull();
      expect(step.reasons.map((x) => x.rule)).toEqual(expect.arrayContaining(['old.48', 'new.24']));
      expect(r.unknowns).toContainEqual(expect.objectContaining({ window: { lastSeenOld: '2018-08-21', firstSeenNew: '2018-09-07' } }));
    }
  });
});

describe('other providers and disputing sources never decide', () => {
  const set = ruleSetOf({
    'review-times.json': {
      topic: 'review-times',
      rules: [
        rule({ id: 'ali.bureau', event: { type: 'review-time', params: { phase: 'bureau-review', minWorkingDays: 1, maxWorkingDays: 20 } } }),
        rule({ id: 'ali.initial', event: { type: 'review-time', params: { phase: 'initial-review', minWorkingDays: 1, maxWorkingDays: 2 } } }),
        // The identity rules below take a backdrop photo, so its review is a phase here too.
        rule({ id: 'ali.photo', event: { type: 'review-time', params: { phase: 'identity-verification', minWorkingDays: 1, maxWorkingDays: 1 } } }),
        rule({ id: 'ali.submission', event: { type: 'review-time', params: { phase: 'bureau-submission', minWorkingDays: 0, maxWorkingDays: 0 } } }),
        rule({
          id: 'tx.zj',
          provider: 'tencent',
          provinces: ['zj'],
          effectiveFrom: '2026-08-07',
          sources: ['tx'],
          event: { type: 'review-time', params: { phase: 'bureau-review', minWorkingDays: 1, maxWorkingDays: 30 } },
        }),
      ],
    },
    'identity-verification.json': {
      topic: 'identity-verification',
      rules: [
        rule({ id: 'guide.curtain', event: status('identity-verification', 'required', { method: 'curtain-photo' }) }),
        rule({ id: 'faq.app', provinces: ['gd'], disputes: 'guide.curtain', event: status('identity-verification', 'required', { method: 'choice' }) }),
      ],
    },
  });

  it("Tencent's Zhejiang 30 days is shown as Tencent's, while the answer stays Alibaba's 20", async () => {
    const r = await evaluate(answers({ province: 'zj', date: '2026-11-30' }), set);
    const bureau = r.timeline.phases.find((p) => p.phase === 'bureau-review')!;
    expect(bureau.maxWorkingDays).toBe(20);
    expect(bureau.conflicts).toEqual([expect.objectContaining({ rule: 'tx.zj', provider: 'tencent', relation: 'other-provider' })]);
  });
  it('an Alibaba FAQ that disagrees with the guide is shown beside the guide, which still decides', async () => {
    const r = await evaluate(answers({ province: 'gd', date: '2018-07-01' }), set);
    const identity = r.steps.find((s) => s.id === 'identity-verification')!;
    expect(identity.method).toBe('curtain-photo');
    expect(identity.conflicts).toEqual([expect.objectContaining({ rule: 'faq.app', relation: 'disagreement' })]);
    const bj = await evaluate(answers({ province: 'bj', date: '2018-07-01' }), set);
    expect(bj.steps.find((s) => s.id === 'identity-verification')!.conflicts).toEqual([]);
  });
});

describe('before a province has data', () => {
  const set = ruleSetOf({
    'province-requirements.json': {
      topic: 'province-requirements',
      rules: [
        rule({
          id: 'sx.local-only',
          provinces: ['sx'],
          aspect: 'residence',
          conditions: { all: [{ fact: 'entity', operator: 'equal', value: 'individual' }, { fact: 'localId', operator: 'equal', value: false }] },
          event: { type: 'blocker', params: { instead: '改在身份证签发地备案。' } },
        }),
      ],
    },
  });
  const individual = { province: 'sx', entity: 'individual' as const, localId: false };
  it('the day before the earliest rule: unknown, naming the date the data starts', async () => {
    const r = await evaluate(answers({ ...individual, date: '2018-06-08' }), set);
    expect(r.blockers).toEqual([]);
    expect(r.unknowns).toEqual([expect.objectContaining({ subject: 'aspect:residence', text: expect.stringContaining('2018-06-09') })]);
  });
  it('from the earliest rule on: the blocker, and nothing unknown', async () => {
    const r = await evaluate(answers({ ...individual, date: '2018-06-09' }), set);
    expect(r.blockers.map((b) => b.rule)).toEqual(['sx.local-only']);
    expect(r.unknowns).toEqual([]);
  });
});

describe('stages, duties and documents', () => {
  const set = ruleSetOf({
    'flow.json': {
      topic: 'flow',
      rules: [
        rule({
          id: 'stages.today',
          effectiveFrom: '2026-03-16',
          event: {
            type: 'stages',
            params: { stages: [{ id: 'fill-order', title: '填写备案订单', steps: ['verify-filing-type', 'upload-documents'] }, { id: 'bureau', title: '管局审核', steps: ['bureau-review'] }] },
          },
        }),
      ],
    },
    'after-filing.json': {
      topic: 'after-filing',
      rules: [rule({ id: 'duty.police', effectiveFrom: '2026-03-16', event: { type: 'after-filing', params: { deadlineDays: 30 } } })],
    },
    'materials.json': {
      topic: 'materials',
      rules: [
        rule({ id: 'doc.id', event: { type: 'material', params: { material: '网站负责人身份证', kind: 'base', providedBy: 'website-principal' } } }),
        rule({
          id: 'doc.licence',
          conditions: { all: [{ fact: 'entity', operator: 'equal', value: 'unit' }] },
          event: { type: 'material', params: { material: '营业执照', kind: 'base', providedBy: 'entity' } },
        }),
      ],
    },
  });
  it('groups steps into the stages in force and marks each step with its stage', async () => {
    const r = await evaluate(answers({ date: '2026-11-30' }), set);
    expect(r.stages.map((s) => s.id)).toEqual(['fill-order', 'bureau']);
    expect(r.steps.find((s) => s.id === 'upload-documents')!.stage).toBe('fill-order');
    expect(r.steps.find((s) => s.id === 'mail-documents')!.stage).toBeNull();
    expect(r.afterFiling).toEqual([expect.objectContaining({ id: 'duty.police', deadlineDays: 30 })]);
  });
  it('before the first grouping there are no stages, and no duties', async () => {
    const r = await evaluate(answers({ date: '2026-03-15' }), set);
    expect(r.stages).toEqual([]);
    expect(r.afterFiling).toEqual([]);
  });
  it('documents carry their kind and who provides them; conditions pick the unit or the individual', async () => {
    const unit = await evaluate(answers({ entity: 'unit' }), set);
    const person = await evaluate(answers({ entity: 'individual' }), set);
    expect(unit.materials.map((m) => [m.material, m.kind, m.providedBy])).toEqual([
      ['网站负责人身份证', 'base', 'website-principal'],
      ['营业执照', 'base', 'entity'],
    ]);
    expect(person.materials.map((m) => m.material)).toEqual(['网站负责人身份证']);
  });
});

describe('the loader refuses what the engine could not decide', () => {
  const tie = () =>
    ruleSetOf({
      'flow.json': {
        topic: 'flow',
        rules: [
          rule({ id: 'a.mail', event: status('mail-documents', 'conditional') }),
          rule({ id: 'b.mail', provinces: ['zj', 'js'], event: status('mail-documents', 'not-required') }),
        ],
      },
    });
  it('two rules deciding the same step on the same day with equal precedence', () => {
    expect(tie).toThrow(RuleDataError);
    expect(tie).toThrow(/flow\.json, rule b\.mail, field priority: 与 a\.mail/);
  });
  it('another provider’s statement about something that is not a decision', () => {
    expect(() =>
      ruleSetOf({
        'filing-type.json': {
          topic: 'filing-type',
          rules: [rule({ id: 'tx.block', provider: 'tencent', event: { type: 'blocker', params: { instead: '改办别的。' } } })],
        },
      }),
    ).toThrow(/rule tx\.block, field provider/);
  });
  it('a dispute of a rule that does not exist', () => {
    expect(() =>
      ruleSetOf({ 'flow.json': { topic: 'flow', rules: [rule({ id: 'x', disputes: 'nope', event: status('mail-documents', 'conditional') })] } }),
    ).toThrow(/rule x, field disputes/);
  });
});

describe('a pre-approval authority under its name on the date', () => {
  const set = ruleSetOf({
    'pre-approval.json': {
      topic: 'pre-approval',
      rules: [
        rule({ id: 'pa.medicine', conditions: { all: [{ fact: 'content', operator: 'contains', value: 'medicine' }] }, event: { type: 'pre-approval', params: { category: 'medicine', status: 'required' } } }),
        rule({
          id: 'pa.medicine.nmpa',
          effectiveFrom: '2018-09-10',
          dateBasis: 'stated',
          event: { type: 'pre-approval-authority', params: { category: 'medicine', authority: '省级药品监督管理部门', licence: '互联网药品信息服务资格证书' } },
        }),
      ],
      categories: [{ id: 'medicine', name: '药品和医疗器械类', authority: '各省食品药品监督管理局', licence: '互联网药品信息服务资格证书', sources: ['ali'], en: { name: 'Medicine', authority: 'Provincial drug administrations', licence: 'Internet drug information licence' } }],
    } as never,
  });
  it('the table’s name before the rename, the new name (with its rule as a reason) from the day it took effect', async () => {
    const before = await evaluate(answers({ date: '2018-09-09', content: ['medicine'] }), set);
    const after = await evaluate(answers({ date: '2018-09-10', content: ['medicine'] }), set);
    expect(before.preApprovals[0].authority).toBe('各省食品药品监督管理局');
    expect(after.preApprovals[0].authority).toBe('省级药品监督管理部门');
    expect(after.preApprovals[0].reasons.map((r) => r.rule)).toEqual(['pa.medicine', 'pa.medicine.nmpa']);
  });
});
