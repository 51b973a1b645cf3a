// Where the English edition joins pieces of the rule data into a sentence, the result reads as English.
import { describe, expect, it } from 'vitest';
import { placesText } from '../../src/components/guide/today';
import { localizeRuleSet } from '../../src/engine/localize';
import { ruleSet } from '../../src/engine/rules';
import { en } from '../../src/i18n/en';
import { evaluate } from '../../src/engine/evaluate';
import { formatResult } from '../../src/present/text';
import { baseAnswers } from '../engine/support';

describe('the English joins', () => {
  it('names places in a sentence with “and” before the last (Chinese keeps 、)', () => {
    expect(placesText(['zj', 'xz', 'qh'], 'en')).toBe('Zhejiang, Tibet and Qinghai');
    expect(placesText(['zj', 'xz'], 'zh-CN')).toBe('浙江、西藏');
  });

  it('gives what to do instead after its own label, so no blocker says “instead” again', () => {
    const blockers = localizeRuleSet(ruleSet, 'en').rules.flatMap((r) => (r.event.type === 'blocker' ? [`${r.id}: ${en.result.instead}${r.event.params.instead}`] : []));
    expect(blockers.length).toBeGreaterThan(10);
    expect(blockers.filter((b) => /\binstead\b.*\binstead\b/i.test(b))).toEqual([]);
  });

  it('joins a step’s details as sentences, each starting with its capital (the CLI’s text, today in Zhejiang)', async () => {
    const english = localizeRuleSet(ruleSet, 'en');
    const text = formatResult(await evaluate(baseAnswers({ province: 'zj', date: '2026-11-29' }), english, en), {}, en);
    const sms = text.split('\n').find((line) => line.includes('SMS verification') && line.includes(' — '))!;
    expect(sms).toContain('The code is valid for 24 hours. After 5 wrong entries');
    expect(sms).not.toMatch(/; [A-Z]/);
  });
});
