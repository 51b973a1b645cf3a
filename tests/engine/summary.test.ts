import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { ruleSet } from '../../src/engine/rules';
import { summarizeProvinces } from '../../src/engine/nationwide';
import { zh } from '../../src/i18n/zh';
import { savedAnswers } from '../../src/present/saved';
import { baseAnswers } from './support';

const everywhere = (date: string) =>
  Promise.all(ruleSet.provinces.map((p) => evaluate(baseAnswers({ province: p.code, date }), ruleSet)));

describe('nationwide summary', () => {
  it('keeps a status all provinces share and says "varies" where they differ', async () => {
    // 2019-01-01: SMS verification is a pilot in some provinces only; the upload step is the same everywhere.
    const results = await everywhere('2019-01-01');
    const summary = summarizeProvinces(results);
    const sms = summary.steps.find((s) => s.id === 'sms-verification')!;
    expect(sms.status).toBe('varies');
    const required = sms.groups.find((g) => g.status === 'required')!;
    expect(required.provinces).toEqual(results.filter((r) => r.steps[7].status === 'required').map((r) => r.province.code));
    expect(required.provinces).toContain('zj');
    expect(sms.groups.find((g) => g.status === 'not-required')!.provinces).toContain('bj');
    expect(sms.groups.flatMap((g) => g.provinces).sort()).toEqual(ruleSet.provinces.map((p) => p.code).sort());

    const upload = summary.steps.find((s) => s.id === 'upload-documents')!;
    expect(upload.status).toBe(results[0].steps[3].status);
    expect(upload.groups).toHaveLength(1);
    expect(upload.groups[0].rules).toEqual(results[0].steps[3].reasons.map((r) => r.rule));
    expect(summary.provinceCount).toBe(ruleSet.provinces.length);
  });

  it('splits identity verification by method (2019-05-01: app, choice, curtain)', async () => {
    const summary = summarizeProvinces(await everywhere('2019-05-01'));
    const identity = summary.steps.find((s) => s.id === 'identity-verification')!;
    expect(identity.status).toBe('required'); // every province agrees on the status …
    expect(new Set(identity.groups.map((g) => g.method))).toEqual(new Set(['aliyun-app-face', 'choice', 'curtain-photo']));
    expect(identity.groups.find((g) => g.provinces.includes('bj'))!.method).toBe('curtain-photo');
  });

  it('collects blockers with the provinces they apply to', async () => {
    const results = await Promise.all(
      ruleSet.provinces.map((p) =>
        evaluate(baseAnswers({ province: p.code, date: '2020-01-01', entity: 'individual', localId: false, residencePermit: false }), ruleSet),
      ),
    );
    const summary = summarizeProvinces(results);
    const withBlocker = results.filter((r) => r.blockers.length).map((r) => r.province.code).sort();
    expect(withBlocker).toContain('sx');
    expect([...new Set(summary.blockers.flatMap((b) => b.provinces))].sort()).toEqual(withBlocker);
  });
});

describe('saved answers for the step pages', () => {
  it('keeps labels, not codes, and only the details a step has', async () => {
    const result = await evaluate(baseAnswers({ province: 'zj', date: '2019-08-01' }), ruleSet);
    const saved = savedAnswers(result, 'province=zj&date=2019-08-01');
    expect(saved.province).toBe('浙江');
    expect(saved.steps['sms-verification']!.status).toContain(zh.status.required);
    expect(saved.steps['sms-verification']!.details).toContain(zh.result.validity(24));
    expect(saved.steps['sms-verification']!.details).toContain(zh.result.recipients(zh.recipient['website-principal']));
    expect(saved.steps['identity-verification']!.details).toEqual([zh.result.method(zh.method['aliyun-app-face'])]);
    expect(saved.steps['upload-documents']).toEqual({ status: expect.any(String), details: [] });
    expect(JSON.stringify(saved).length).toBeLessThan(2000);
  });
});
