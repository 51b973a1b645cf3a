// The rule set in English: every word the engine shows comes from the data's English, the decisions
// do not change, and Chinese is left only in on-screen names, in short runs.
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../../src/engine/rules';
import { chineseRuns, localizeRuleSet } from '../../src/engine/localize';
import { MAX_CHINESE_LABEL } from '../../src/engine/schema';
import { evaluate } from '../../src/engine/evaluate';
import { STEP_DETAIL_KEYS } from '../../src/engine/vocabulary';
import { zh, type Strings } from '../../src/i18n/zh';
import { en as enStrings } from '../../src/i18n/en';
import { baseAnswers } from './support';

const en = localizeRuleSet(ruleSet, 'en');
const longestChinese = (text: string) => Math.max(0, ...chineseRuns(text).filter((r) => r.chinese).map((r) => r.text.length));

describe('localizeRuleSet', () => {
  it('leaves the Chinese set as it is and builds the English one once', () => {
    expect(localizeRuleSet(ruleSet, 'zh-CN')).toBe(ruleSet);
    expect(localizeRuleSet(ruleSet, 'en')).toBe(en);
  });

  it('keeps every decision: the same rules, dates, places, conditions and event kinds', () => {
    const shape = (set: typeof ruleSet) =>
      set.rules.map((r) => [r.id, r.effectiveFrom, r.effectiveUntil, r.provinces, r.conditions ?? null, r.event.type, r.sources, r.priority ?? null]);
    expect(shape(en)).toEqual(shape(ruleSet));
    expect(en.steps.map((s) => [s.id, s.order])).toEqual(ruleSet.steps.map((s) => [s.id, s.order]));
    expect(en.preApprovalCategories.map((c) => c.id)).toEqual(ruleSet.preApprovalCategories.map((c) => c.id));
  });

  it('words every rule, step and category in English, with Chinese only in short on-screen names', () => {
    const words = [
      en.flow.name,
      ...en.steps.flatMap((s) => [s.title, s.summary]),
      ...en.preApprovalCategories.flatMap((c) => [c.name, c.authority ?? '', c.licence ?? '', c.note ?? '']),
      ...en.rules.flatMap((r) => [r.title, r.text, ...Object.values(r.event.params).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? x.title : '')) : []))]),
    ];
    for (const w of words) {
      expect(/[A-Za-z]{2}/.test(w) || w === '', w).toBe(true);
      expect(longestChinese(w), w).toBeLessThanOrEqual(MAX_CHINESE_LABEL);
    }
  });

  it('names the filing type, stages and documents in English with the Chinese the filer sees', () => {
    const named = [
      en.flow.name,
      ...en.rules.flatMap((r) => (r.event.type === 'flow-name' ? [r.event.params.name] : r.event.type === 'stages' ? r.event.params.stages.map((st) => st.title) : [])),
    ];
    // Alibaba's own English label of today's type opens with its qualifier: “(No existing entity) Add …”.
    for (const name of named) expect(name).toMatch(/^(\([A-Z][a-z ]+\) )?[A-Z][^\u4e00-\u9fff]* \(.*[\u4e00-\u9fff].*\)$/);
    const materials = en.rules.filter((r) => r.event.type === 'material');
    const labelled = materials.filter((r) => r.event.type === 'material' && /[\u4e00-\u9fff]/.test(r.event.params.material));
    expect(labelled.length / materials.length).toBeGreaterThan(0.8);
  });
});

describe('chineseRuns', () => {
  it('splits text into Chinese and other runs, losing nothing', () => {
    const text = 'Enter the code in SMS verification (短信核验) within 24 hours，then wait.';
    const runs = chineseRuns(text);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.chinese).map((r) => r.text)).toEqual(['短信核验', '，']);
  });
});

describe('what the engine names an unknown detail', () => {
  it('names it in words in both languages, never by its key (SMS details changed at an unknown date between 2019 and 2025)', async () => {
    const answers = baseAnswers({ province: 'zj', date: '2022-06-01' });
    const titles = async (set: typeof ruleSet, t: Strings) => (await evaluate(answers, set, t)).unknowns.map((u) => u.title);
    const zhTitles = await titles(ruleSet, zh);
    const enTitles = await titles(en, enStrings);
    expect(zhTitles).toContain('短信核验：允许输错的次数');
    expect(enTitles.some((title) => title.endsWith(': how many wrong entries are allowed'))).toBe(true);
    for (const title of [...zhTitles, ...enTitles]) for (const key of STEP_DETAIL_KEYS) expect(title).not.toContain(key);
  });
});
