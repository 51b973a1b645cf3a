// The English edition's words (src/i18n/en.ts) and the engine in English: every key is there (the
// `Strings` type says so at compile time), the words are English, and the English result decides
// exactly what the Chinese one decides: only the human-readable fields differ.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { chineseRuns, localizeRuleSet } from '../../src/engine/localize';
import { ruleSet } from '../../src/engine/rules';
import type { Result } from '../../src/engine/types';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { present } from '../../src/present/present';
import { baseAnswers, blankWords, sampleAnswers } from './support';

const english = localizeRuleSet(ruleSet, 'en');

/** Sample arguments of the words that are functions (by key); any other function takes strings. */
const SAMPLE_ARGS: Record<string, unknown[]> = {
  range: [2, 3],
  workingDays: [2, 3],
  period: ['2018-06-09', '2019-07-28', 'observed'],
  answersLine: [{ entity: 'E', service: 'S', localId: false, residencePermit: true, content: ['C'], filingProvince: 'P' }],
  summary: ['P', '2020-01-01', 0, 3, 4],
  summaryOpen: ['P', '2020-01-01', ['Q', 'R']],
  openQuestions: [['Q', 'R']],
  validity: [24],
  attempts: [5],
  resends: [2],
  deadline: [30],
  overviewHint: [31, '2020-01-01'],
  label: [{ entity: 'individual', province: 'P' }],
  oneOf: ['X', ['a', 'b']],
  content: ['X', ['a', 'b']],
  text: [],
};

/** Every word of a strings module, functions called with the same sample arguments in both languages. */
function leaves(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  const key = path.split('.').at(-1)!;
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') {
    const args = path === 'words.rulesVersion' ? ['2026-01-01', 185] : (SAMPLE_ARGS[key] ?? Array.from({ length: value.length }, () => 'X'));
    out.set(path, String(value(...args)));
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
  return out;
}

/** Chinese left in English text: runs longer than a short label (a name a filer must find on screen). */
const longChinese = (text: string, max = 12) => chineseRuns(text).filter((r) => r.chinese && r.text.replace(/[（）、，]/g, '').length > max);

describe('en.ts', () => {
  const enWords = leaves(en, 'words', new Map());
  const zhWords = leaves(zh, 'words', new Map());

  it('has the same keys as zh.ts', () => {
    expect([...enWords.keys()].sort()).toEqual([...zhWords.keys()].sort());
  });

  it('is written in English: Chinese only in short labels beside the English, nothing left as in zh.ts', () => {
    for (const [path, text] of enWords) {
      expect(longChinese(text), `${path}: ${text}`).toEqual([]);
      const latin = chineseRuns(text)
        .filter((r) => !r.chinese)
        .map((r) => r.text)
        .join('');
      // A label's Chinese is a gloss: the English is there too.
      if (chineseRuns(text).some((r) => r.chinese)) expect(latin, `${path}: ${text}`).toMatch(/[A-Za-z]{3,}/);
      const chinese = zhWords.get(path)!;
      if (/[\u3400-\u9fff]/.test(chinese)) expect(text, path).not.toBe(chinese);
    }
    expect(en.lang).toBe('en');
    expect(zh.lang).toBe('zh-CN');
  });
});

describe('the engine in English', () => {
  it('decides exactly as in Chinese for every sample answer set: only the human-readable fields differ', async () => {
    for (const a of sampleAnswers()) {
      const [zhResult, enResult] = await Promise.all([evaluate(a, ruleSet), evaluate(a, english, en)]);
      expect(blankWords(enResult), JSON.stringify(a)).toEqual(blankWords(zhResult));
    }
  });

  it('says everything in English: the engine’s own words, the rules’ words and the province names', async () => {
    const check = (r: Result) => {
      const texts = [
        r.flow.name,
        r.province.name,
        r.filingProvince?.name ?? '',
        r.rulesVersion,
        r.timeline.unknownReason ?? '',
        ...r.stages.map((s) => s.title),
        ...[...r.steps.flatMap((s) => [...s.reasons, ...s.conflicts]), ...r.blockers, ...r.materials, ...r.requirements, ...r.unknowns.flatMap((u) => [u, ...u.reasons])].flatMap((x) => [x.title, x.text]),
        ...r.steps.map((s) => s.title),
        ...r.unknowns.map((u) => u.text),
      ];
      // The data glosses official names in Chinese beside the English (the longest is the 2024 name of the type).
      for (const t of texts) expect(longChinese(t, 24), t).toEqual([]);
    };
    const samples = sampleAnswers().filter((_, i) => i % 5 === 0);
    for (const a of samples) check(await evaluate(a, english, en));
    // An aspect before a province's data, a window, the holiday limit: the engine's own texts.
    const early = await evaluate(baseAnswers({ province: 'sh', date: '2010-01-01', priorFiling: 'elsewhere', domainFiled: false }), english, en);
    expect(early.province.name).toBe('Shanghai');
    expect(early.unknowns.length + early.steps.filter((s) => s.status === 'unknown').length).toBeGreaterThan(0);
    check(early);
    const late = await evaluate(baseAnswers({ date: '2099-01-01', filingProvince: 'gd', priorFiling: 'elsewhere' }), english, en);
    expect(late.timeline.unknownReason).toContain('holiday data');
    expect(late.filingProvince).toEqual({ code: 'gd', name: 'Guangdong' });
    check(late);
  });

  it('the presenter in English links the steps to the English pages and keeps the marks', async () => {
    const view = present(await evaluate(baseAnswers({ priorFiling: 'elsewhere', domainFiled: false }), english, en), en);
    expect(view.steps[0].href).toBe('/en/steps/verify-filing-type/');
    expect(view.heading).toMatch(/^Your filing path: Zhejiang, /);
    for (const s of view.steps) expect(s.statusLabel).toBe(en.status[s.status]);
  });
});
