// Every rule file passes its schema; broken copies fail naming the file, the rule id and the field.
import { describe, expect, it } from 'vitest';
import { loadRuleSet, RuleDataError } from '../../src/engine/load';
import { rawRuleFiles, type RawRuleFiles } from '../../src/engine/raw';

const clone = (): RawRuleFiles => structuredClone(rawRuleFiles);
type RuleLike = Record<string, unknown> & { id: string };
const rulesOf = (raw: RawRuleFiles, file: string) => (raw.ruleFiles[file] as { rules: RuleLike[] }).rules;
const rule = (raw: RawRuleFiles, file: string, id: string) => rulesOf(raw, file).find((r) => r.id === id)!;

function problemsOf(mutate: (raw: RawRuleFiles) => void): string[] {
  const raw = clone();
  mutate(raw);
  try {
    loadRuleSet(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleDataError);
    return (error as RuleDataError).problems;
  }
  throw new Error('the broken data was accepted');
}

describe('the real rule files', () => {
  it('pass every schema and cross-check', () => {
    const set = loadRuleSet(rawRuleFiles);
    expect(set.provinces).toHaveLength(31);
    expect(set.rules.length).toBeGreaterThan(50);
    for (const r of set.rules) expect(r.sources.length).toBeGreaterThan(0);
  });
});

describe('broken fixtures fail with file, rule id and field', () => {
  it.each([
    ['an impossible date', (raw: RawRuleFiles) => { rule(raw, 'sms-verification.json', 'sms.pilot.2018-09-10').effectiveFrom = '2018-02-30'; },
      'src/rules/sms-verification.json, rule sms.pilot.2018-09-10, field effectiveFrom'],
    ['a duplicate id', (raw: RawRuleFiles) => { rulesOf(raw, 'flow.json').push({ ...rule(raw, 'sms-verification.json', 'sms.not-yet') }); },
      'rule sms.not-yet, field id: 重复的规则 id'],
    ['an unknown province code', (raw: RawRuleFiles) => { rule(raw, 'sms-verification.json', 'sms.pilot.2017-12-18').provinces = ['tj', 'zz']; },
      'src/rules/sms-verification.json, rule sms.pilot.2017-12-18, field provinces'],
    ['a province code in the wrong form', (raw: RawRuleFiles) => { rule(raw, 'sms-verification.json', 'sms.pilot.2017-12-18').provinces = ['TJ']; },
      'src/rules/sms-verification.json, rule sms.pilot.2017-12-18, field provinces.0'],
    ['effectiveUntil before effectiveFrom', (raw: RawRuleFiles) => { rule(raw, 'identity-verification.json', 'identity.curtain.2018').effectiveUntil = '2018-01-01'; },
      'src/rules/identity-verification.json, rule identity.curtain.2018, field effectiveUntil'],
    ['overlapping date ranges of a rule and the one it replaces', (raw: RawRuleFiles) => { rule(raw, 'sms-verification.json', 'sms.validity.48h').effectiveUntil = '2018-09-07'; },
      'src/rules/sms-verification.json, rule sms.validity.24h, field effectiveFrom'],
    ['a missing source', (raw: RawRuleFiles) => { rule(raw, 'review-times.json', 'review.initial.2019').sources = []; },
      'src/rules/review-times.json, rule review.initial.2019, field sources'],
    ['a source id that does not exist', (raw: RawRuleFiles) => { rule(raw, 'review-times.json', 'review.initial.2019').sources = ['nowhere']; },
      'src/rules/review-times.json, rule review.initial.2019, field sources'],
    ['an unknown step in an event', (raw: RawRuleFiles) => { rule(raw, 'flow.json', 'flow.mail-documents').event = { type: 'step-status', params: { step: 'post', status: 'required' } }; },
      'src/rules/flow.json, rule flow.mail-documents, field event.params.step'],
    ['a missing field', (raw: RawRuleFiles) => { delete rule(raw, 'flow.json', 'flow.progress-query').lastReviewed; },
      'src/rules/flow.json, rule flow.progress-query, field lastReviewed'],
  ])('%s', (_name, mutate, expected) => {
    const problems = problemsOf(mutate);
    expect(problems.join('\n')).toContain(expected);
  });
});
