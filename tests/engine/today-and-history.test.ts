// Issue "Today's filing first": the audit's corrections on both sides of the dates they name, and
// today's answer (2026-11-30) for several provinces: stages, documents, conditions, review times,
// duties after approval and the website/App question. Expectations are written from the sources
// (the Alibaba archive snapshots and current-2026 research), not read back from the rule files.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/icp-check';
import { evaluate } from '../../src/engine/evaluate';
import { ruleSet } from '../../src/engine/rules';
import { STEP_IDS } from '../../src/engine/types';
import { baseAnswers } from './support';

const TODAY = '2026-11-30';
const nonLocal = { entity: 'individual' as const, localId: false, residencePermit: false };

describe('province rules start at the earliest snapshot that states them', () => {
  it.each(['sx', 'hl', 'ha', 'nx', 'xj', 'gs'])('%s: non-local individuals are refused from 2018-06-09; the day before is unknown, not "no rule"', async (province) => {
    const before = await evaluate(baseAnswers({ province, date: '2018-06-08', ...nonLocal }), ruleSet);
    expect(before.blockers).toEqual([]);
    expect(before.unknowns).toContainEqual(expect.objectContaining({ subject: 'aspect:residence', text: expect.stringContaining('2018-06-09') }));
    const onDay = await evaluate(baseAnswers({ province, date: '2018-06-09', ...nonLocal }), ruleSet);
    expect(onDay.blockers.length, province).toBeGreaterThan(0);
    expect(onDay.unknowns.filter((u) => u.subject === 'aspect:residence')).toEqual([]);
  });
  it('the CLI case from the audit: 山西, 2018-09-24, a non-local individual is blocked', async () => {
    const r = await run(['--province', 'sx', '--date', '2018-09-24', '--entity', 'individual', '--local-id', 'no', '--json'], ruleSet, TODAY);
    const out = JSON.parse(r.stdout);
    expect(out.blockers.length).toBeGreaterThan(0);
    expect(out.blockers[0].sources[0].url).toContain('/blob/97b605e');
  });
  it('甘肃 also wants a local phone number from the first snapshot', async () => {
    const r = await evaluate(baseAnswers({ province: 'gs', date: '2018-06-09' }), ruleSet);
    const phone = [...r.materials, ...r.requirements].filter((m) => ruleSet.rules.find((x) => x.id === m.rule)?.aspect === 'phone');
    expect(phone.length).toBeGreaterThan(0);
  });
  it('Inner Mongolia: the 2019 permit route until its last observation, local ID only from Huawei 2025, unknown in between', async () => {
    const a = { province: 'nm', entity: 'individual' as const, localId: false, residencePermit: true };
    expect((await evaluate(baseAnswers({ ...a, date: '2019-09-20' }), ruleSet)).blockers).toEqual([]);
    const between = await evaluate(baseAnswers({ ...a, date: '2022-01-01' }), ruleSet);
    expect(between.unknowns.some((u) => u.window?.lastSeenOld === '2019-09-20' && u.window.firstSeenNew === '2025-12-31')).toBe(true);
    expect((await evaluate(baseAnswers({ ...a, date: '2025-12-31' }), ruleSet)).blockers.length).toBeGreaterThan(0);
  });
});

describe('the filing type was judged by the system already in 2018', () => {
  it('the no-earlier-filing blocker does not claim the check started in 2026', async () => {
    const r = await evaluate(baseAnswers({ priorFiling: 'none', date: '2018-06-09' }), ruleSet);
    expect(r.blockers[0].rule).toBe('filing-type.no-prior-filing');
    expect(`${r.blockers[0].text}${r.blockers[0].instead}`).not.toMatch(/2026 年起/);
  });
});

describe('every source points at the file or page that states the fact', () => {
  it.each(ruleSet.sources.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    if (s.publishedOn && s.observedOn) expect(s.observedOn >= s.publishedOn, 'observed before published').toBe(true);
    if (/github\.com\/alipannu12121\/icp/.test(s.url)) expect(s.url).toMatch(/\/blob\/[0-9a-f]{7,40}\/cn\.zh-CN\/.+\.md$/);
    expect(s.url).not.toMatch(/\/commits\/|huaweicloud\.com\/s\//);
  });
});

describe('today, 2026-11-30', () => {
  const today = (over = {}) => evaluate(baseAnswers({ date: TODAY, ...over }), ruleSet);

  it.each(['zj', 'gd', 'bj', 'js', 'xj'])('%s: the type under its current name, in five stages, with every step placed or marked gone', async (province) => {
    const r = await today({ province });
    expect(r.flow.currentName).toBe('（无主体）新增互联网信息服务');
    expect(r.stages.map((s) => s.title)).toHaveLength(5);
    const placed = new Set(r.stages.flatMap((s) => s.steps));
    // The backdrop photo and the separate identity step are folded into the upload; mailing is not in today's flow.
    expect(placed.has('identity-verification')).toBe(true);
    expect(r.steps.find((s) => s.id === 'identity-verification')!.method).toBe('aliyun-app-face');
    expect(placed.has('mail-documents')).toBe(false);
    expect(r.steps.find((s) => s.id === 'mail-documents')!.status).not.toBe('required');
    expect(r.steps.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(r.timeline.phases.map((p) => [p.phase, p.minWorkingDays, p.maxWorkingDays])).toEqual([
      ['initial-review', 1, 2],
      // The 2026 overview: the order goes on to the bureau by itself (a quoted review page says about a day, shown beside it).
      ['bureau-submission', 0, 0],
      ['bureau-review', 1, 20],
    ]);
    expect(r.timeline.complete).toBe(true);
  });

  it('after approval: show the number linked to MIIT, the public-security filing within 30 days, a licence only for commercial services', async () => {
    const r = await today({ province: 'zj' });
    expect(r.afterFiling.map((d) => d.deadlineDays ?? null)).toContain(30);
    expect(r.afterFiling.length).toBeGreaterThanOrEqual(3);
    for (const d of r.afterFiling) expect(d.sources.length).toBeGreaterThan(0);
  });

  it('the complete documents: a unit uploads its certificate and both principals\' IDs; an individual only their own ID', async () => {
    const unit = await today({ province: 'zj', entity: 'unit' });
    const person = await today({ province: 'zj', entity: 'individual' });
    const base = (r: typeof unit) => r.materials.filter((m) => m.kind === 'base').map((m) => m.providedBy).sort();
    expect(base(unit)).toEqual(['entity', 'entity-principal', 'website-principal']);
    expect(base(person)).toEqual(['entity']);
    for (const m of [...unit.materials, ...person.materials]) expect(m.sources.length).toBeGreaterThan(0);
  });

  it('a province adds its own documents, labelled as the province\'s (Jiangsu\'s 2023 authenticity statement)', async () => {
    const r = await today({ province: 'js', entity: 'unit' });
    const extra = r.materials.filter((m) => m.kind === 'province');
    expect(extra.some((m) => m.material.includes('真实性') && m.providedBy === 'website-principal')).toBe(true);
  });

  it('the account must be a China-site account with real-name verification (not so in 2019)', async () => {
    const now = await today({ province: 'zj' });
    const then = await evaluate(baseAnswers({ province: 'zj', date: '2019-09-20' }), ruleSet);
    const subjects = (r: typeof now) => r.requirements.filter((q) => q.subject === 'account').map((q) => q.rule);
    expect(subjects(now)).toEqual(expect.arrayContaining(['requirements.account.real-name', 'requirements.account.china-site']));
    expect(subjects(then)).not.toContain('requirements.account.real-name');
  });

  it('an App can be filed today, and could not before MIIT\'s App filing', async () => {
    expect((await today({ province: 'zj', service: 'app' })).blockers).toEqual([]);
    const early = await evaluate(baseAnswers({ province: 'zj', date: '2023-01-01', service: 'app' }), ruleSet);
    expect(early.blockers.map((b) => b.rule)).toContain('flow.app.before-miit-app-filing');
  });
});
