// Every rule file passes its schema; broken copies fail naming the file, the rule id and the field.
import { describe, expect, it } from 'vitest';
import { loadRuleSet, RuleDataError } from '../../src/engine/load';
import { rawRuleFiles, type RawRuleFiles } from '../../src/engine/raw';

const clone = (): RawRuleFiles => structuredClone(rawRuleFiles);
type RuleLike = Record<string, unknown> & { id: string; text: string; en: Record<string, any> };
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
    // Only a statement that never decides may give a ceiling alone ("no more than 30 working days").
    ['a deciding review time without its floor', (raw: RawRuleFiles) => { delete (rule(raw, 'review-times.json', 'review.bureau.2026').event as { params: Record<string, unknown> }).params.minWorkingDays; },
      'src/rules/review-times.json, rule review.bureau.2026, field event.params.minWorkingDays'],
    ['a missing field', (raw: RawRuleFiles) => { delete rule(raw, 'flow.json', 'flow.progress-query').lastReviewed; },
      'src/rules/flow.json, rule flow.progress-query, field lastReviewed'],
    // The English edition: every human-readable field has English, and English is English.
    ['a rule without English', (raw: RawRuleFiles) => { delete (rule(raw, 'sms-verification.json', 'sms.validity.24h') as Partial<RuleLike>).en; },
      'src/rules/sms-verification.json, rule sms.validity.24h, field en'],
    ['a blocker without English advice', (raw: RawRuleFiles) => { delete rule(raw, 'filing-type.json', 'filing-type.no-prior-filing').en.instead; },
      'src/rules/filing-type.json, rule filing-type.no-prior-filing, field en.instead: 缺少英文'],
    ['English for a field the Chinese does not have', (raw: RawRuleFiles) => { rule(raw, 'sms-verification.json', 'sms.validity.24h').en.instead = 'Do something else'; },
      'src/rules/sms-verification.json, rule sms.validity.24h, field en.instead: 中文没有这一项'],
    ['a Chinese sentence left in the English', (raw: RawRuleFiles) => { const r = rule(raw, 'sms-verification.json', 'sms.validity.24h'); r.en.text = r.text; },
      'src/rules/sms-verification.json, rule sms.validity.24h, field en.text: 英文文本里的中文只能是界面上的短标签'],
    ['a stage without an English name', (raw: RawRuleFiles) => { delete rule(raw, 'flow.json', 'flow.stages.2026').en.stages['fill-order']; },
      'src/rules/flow.json, rule flow.stages.2026, field en.stages.fill-order'],
    ['a province without its English name', (raw: RawRuleFiles) => { delete (raw.provinces as { provinces: { en?: unknown }[] }).provinces[10].en; },
      'src/rules/provinces.json, province zj, field en'],
    ['a source note without its English', (raw: RawRuleFiles) => { const s = (raw.sources as { sources: { id: string; note?: string; en: { note?: string } }[] }).sources.find((x) => x.note)!; delete s.en.note; },
      'field en.note: 缺少英文'],
    ['two sources at the same address', (raw: RawRuleFiles) => { const list = (raw.sources as { sources: { id: string; url: string }[] }).sources; list[1].url = list[0].url; },
      '是同一地址，请合并为一条'],
  ])('%s', (_name, mutate, expected) => {
    const problems = problemsOf(mutate);
    expect(problems.join('\n')).toContain(expected);
  });
});
