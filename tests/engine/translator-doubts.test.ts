// The translators' doubts of 2026-11-30, on both sides of every date the fixes name. Expectations
// come from the sources (archive snapshots, Alibaba's 2025–2026 pages, the MIIT App notice's
// timetable), not read back from the rule files.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { ruleSet } from '../../src/engine/rules';
import { baseAnswers } from './support';

const at = (date: string, over: Parameters<typeof baseAnswers>[0] = {}) => evaluate(baseAnswers({ province: 'zj', date, ...over }), ruleSet);
const blockerIds = (r: Awaited<ReturnType<typeof at>>) => r.blockers.map((b) => b.rule);

describe('an existing filing at Alibaba: the other type under its name on the date', () => {
  const alibaba = { priorFiling: 'alibaba' as const };
  it('2018-06-09 to 2020-02-23: the 2018–2019 name (新增网站（原备案在阿里云）)', async () => {
    expect(blockerIds(await at('2018-06-08', alibaba))).not.toContain('filing-type.prior-at-alibaba');
    for (const date of ['2018-06-09', '2019-09-20', '2020-02-23']) {
      const r = await at(date, alibaba);
      expect(blockerIds(r), date).toEqual(['filing-type.prior-at-alibaba']);
      expect(r.blockers[0].instead).toContain('新增网站（原备案在阿里云）');
    }
  });
  it('2020-02-24 to 2025-11-20: unknown, changed between the two observations, both rules shown', async () => {
    for (const date of ['2020-02-24', '2024-01-01', '2025-11-20']) {
      const r = await at(date, alibaba);
      expect(r.blockers, date).toEqual([]);
      const u = r.unknowns.find((x) => x.subject === 'rule:filing-type.prior-at-alibaba.existing-entity');
      expect(u?.window, date).toEqual({ lastSeenOld: '2020-02-23', firstSeenNew: '2025-11-21' });
      expect(u?.reasons.map((x) => x.rule)).toEqual([null, 'filing-type.prior-at-alibaba', 'filing-type.prior-at-alibaba.existing-entity']);
    }
  });
  it('from 2025-11-21: today\'s name (（有主体）新增互联网信息服务)', async () => {
    for (const date of ['2025-11-21', '2026-11-30']) {
      const r = await at(date, alibaba);
      expect(blockerIds(r), date).toEqual(['filing-type.prior-at-alibaba.existing-entity']);
      expect(r.blockers[0].instead).toContain('（有主体）新增互联网信息服务');
      expect(r.unknowns.filter((u) => u.subject.startsWith('rule:filing-type'))).toEqual([]);
    }
  });
  it('the window only concerns filers whose existing filing is at Alibaba', async () => {
    const r = await at('2024-01-01', { priorFiling: 'elsewhere' });
    expect(r.unknowns.filter((u) => u.subject.startsWith('rule:filing-type'))).toEqual([]);
  });
});

describe('App filing opens with the MIIT notice\'s filing stage (September 2023), not on its date', () => {
  const app = { service: 'app' as const };
  it('blocked up to 2023-08-31, the end of the notice\'s preparation stage; no gap and no unknown after it', async () => {
    for (const date of ['2023-07-20', '2023-07-21', '2023-08-08', '2023-08-31'])
      expect(blockerIds(await at(date, app)), date).toContain('flow.app.before-miit-app-filing');
    const first = await at('2023-09-01', app);
    expect(blockerIds(first)).not.toContain('flow.app.before-miit-app-filing');
    expect(first.unknowns.filter((u) => u.subject.includes('app'))).toEqual([]);
  });
  it('a website is never blocked by it', async () => {
    expect(blockerIds(await at('2023-08-31'))).not.toContain('flow.app.before-miit-app-filing');
  });
});

describe('uploading documents: still a step today, its method changed on 2019-07-29', () => {
  const upload = (r: Awaited<ReturnType<typeof at>>) => r.steps.find((s) => s.id === 'upload-documents')!;
  it('2019-07-28: scans or photos (the 2018 rule); 2019-07-29: photographed in the app, and the old rule no longer speaks', async () => {
    const before = upload(await at('2019-07-28'));
    expect(before.status).toBe('required');
    expect(before.reasons.map((x) => x.rule)).toEqual(['flow.upload-documents']);
    const after = upload(await at('2019-07-29'));
    expect(after.status).toBe('required');
    expect(after.reasons.map((x) => x.rule)).toEqual(['flow.upload-documents.app-photo']);
  });
  it('today the step is required and sits in the "填写备案订单" stage', async () => {
    const r = await at('2026-11-30');
    expect(upload(r)).toMatchObject({ status: 'required', stage: 'fill-order' });
    expect(upload(r).reasons.map((x) => x.rule)).toEqual(['flow.upload-documents.app-photo']);
  });
});

describe('Tencent\'s Zhejiang ceiling keeps only what Tencent states', () => {
  it('no invented floor: only maxWorkingDays 30, shown beside the answer, never deciding it', async () => {
    const tx = ruleSet.rules.find((r) => r.id === 'review.bureau.zj.tx')!;
    expect(tx.event).toEqual({ type: 'review-time', params: { phase: 'bureau-review', maxWorkingDays: 30 } });
    const r = await at('2024-12-24');
    expect(r.timeline.phases.find((p) => p.phase === 'bureau-review')).toBeUndefined();
    const r2019 = await at('2019-09-20');
    const bureau = r2019.timeline.phases.find((p) => p.phase === 'bureau-review')!;
    expect([bureau.minWorkingDays, bureau.maxWorkingDays]).toEqual([3, 20]);
    expect(bureau.conflicts.map((c) => c.rule)).toEqual(['review.bureau.zj.tx']);
  });
});

describe('news pre-approval: the authority is not asserted beyond the tables', () => {
  it('the category keeps the tables\' authority and says the later authority is unverified', async () => {
    const r = await at('2026-11-30', { content: ['news'] });
    const news = r.preApprovals.find((p) => p.category === 'news')!;
    expect(news.authority).toBe('国务院新闻办公室或省级人民政府新闻办公室');
    expect(news.reasons[0].text).toContain('没有在可靠来源里核实');
  });
});
