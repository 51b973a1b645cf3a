// Hostile input, in Node: thousands of random and malicious query strings go through the checker's
// own reading of the URL (readQuery and parseAnswers from src/engine/questions.ts, which
// Checker.tsx calls) and, when they parse, through evaluate(). Nothing may throw, messages must stay
// short (input is echoed at most 40 characters, as text), and every valid parse must come back with
// the ten steps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswers, QUESTIONS, readQuery } from '../../src/engine/questions';
import { isRealIsoDate } from '../../src/engine/dates';
import { evaluate } from '../../src/engine/evaluate';
import { ruleSet } from '../../src/engine/rules';
import { categories, provinces } from '../../src/components/checker/form-data';
import { browserRuleSet as joinRuleSet, checkerRuleData } from '../../build/split.mjs';
import { ENTITIES, PRIOR_FILINGS, SERVICES, STEP_IDS, type Answers } from '../../src/engine/types';

const TODAY = '2026-11-29';
const KNOWN = QUESTIONS.map((q) => q.id);
type Known = (typeof KNOWN)[number];
/** The checker's rule set: the form's data, plus /checker/rules.json as the browser parses it. */
const browserRuleSet = joinRuleSet(provinces, JSON.parse(JSON.stringify(checkerRuleData(ruleSet))));
/** What the checker's form parses with (Checker.tsx). */
const formContext = { provinces, categories, today: TODAY };

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '__proto__',
  'constructor',
  'toString',
  '%00',
  '\u0000',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '𝕫𝕛',
  'ｚｊ',
  '浙江省<b>',
  '2018-09-10<script>',
  '2018-02-30',
  '9999-12-31',
  '0000-01-01',
  ' zj ',
  'ZJ',
  'news,education,<x>,news',
  'yes',
  'no',
  '是',
  '否',
  '&amp;&lt;',
  '%3Cscript%3E',
  'a'.repeat(100_000),
  '<'.repeat(5_000),
];
const VALID: Record<Known, string[]> = {
  province: ['zj', 'sx', 'bj', '浙江', '浙江省', 'zhejiang', 'SH', '上海'],
  date: ['2018-09-10', '2020-01-01', '2017-06-04', '2017-12-18', '2020-08-17', '2026-11-29', '2030-02-28'],
  entity: ['individual', 'unit', '个人', '单位'],
  localId: ['yes', 'no'],
  residencePermit: ['yes', 'no'],
  content: ['news', 'news,education', 'education', 'medicine'],
  priorFiling: ['elsewhere', 'alibaba', 'none'],
  domainFiled: ['yes', 'no'],
  service: ['website', 'app', 'App'],
  filingProvince: ['gd', '广东', '深圳', 'zj', '杭州市'],
};

const anyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(...HOSTILE),
);
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KNOWN) }, fc.constantFrom(...HOSTILE.slice(0, 12)), fc.string({ maxLength: 12 }));
/** Name/value pairs with repeated keys, encoded properly or pasted raw into the query string. */
const hostileQuery = fc
  .record({
    pairs: fc.array(
      fc.oneof(
        fc.tuple(key, anyText),
        fc.constantFrom(...KNOWN).chain((k) => fc.tuple(fc.constant(k), fc.oneof(fc.constantFrom(...VALID[k]), anyText))),
      ),
      { maxLength: 14 },
    ),
    raw: fc.boolean(),
  })
  .map(({ pairs, raw }) =>
    raw ? pairs.map(([k, v]) => `${k}=${v}`).join('&') : new URLSearchParams(pairs).toString(),
  );
/** Valid answers (province always given) with hostile extras: unknown keys, later repeats of a key. */
const nearlyValidQuery = fc
  .record({
    valid: fc.record(
      Object.fromEntries(KNOWN.map((k) => [k, fc.constantFrom(...VALID[k])])) as Record<Known, fc.Arbitrary<string>>,
      { requiredKeys: ['province'] },
    ),
    extra: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE.slice(0, 12)), fc.constantFrom(...KNOWN.filter((k) => k !== 'content'))), anyText), { maxLength: 4 }),
  })
  .map(({ valid, extra }) => {
    const params = new URLSearchParams(Object.entries(valid) as [string, string][]);
    // A repeated known key only adds a later value, which the checker ignores; unknown keys are reported, not used.
    for (const [k, v] of extra) params.append(k, v);
    return params.toString();
  });
const queries = fc.oneof(
  { weight: 3, arbitrary: hostileQuery },
  { weight: 3, arbitrary: nearlyValidQuery },
  fc.webQueryParameters(),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

function checkParse(query: string) {
  const { raw } = readQuery(query);
  const parsed = parseAnswers(raw, formContext, { requireProvince: false });
  if (!parsed.ok) {
    for (const p of parsed.problems) {
      expect(KNOWN).toContain(p.field);
      // Input is shortened before it is echoed: the value shown is at most 40 characters and an ellipsis.
      expect(p.value.length).toBeLessThanOrEqual(41);
      expect(p.message.length).toBeLessThan(400);
    }
  }
  return parsed;
}

describe('URL answers from hostile query strings', () => {
  it('never throw, keep echoed values short, and evaluate to ten steps when valid', async () => {
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(queries, async (query) => {
        const parsed = checkParse(query);
        if (!parsed.ok) return;
        valid++;
        const a = parsed.answers;
        expect(ruleSet.provinces.map((p) => p.code)).toContain(a.province);
        expect(isRealIsoDate(a.date)).toBe(true);
        const result = await evaluate(a, browserRuleSet);
        expect(result.steps.map((s) => s.id)).toEqual([...STEP_IDS]);
      }),
      { numRuns: 1500 },
    );
    // The generator must reach the evaluate() branch often enough to mean something.
    expect(valid).toBeGreaterThan(100);
  }, 120_000);

  it('parse without throwing when a parameter is huge or repeated many times', () => {
    const huge = 'x'.repeat(1_000_000);
    for (const k of KNOWN) checkParse(`${k}=${huge}`);
    checkParse(KNOWN.map((k) => `${k}=<script>alert(1)</script>`).join('&').repeat(500));
    checkParse(Array.from({ length: 5000 }, (_, i) => `content=${i % 2 ? 'news' : '<b>'}`).join('&'));
  });
});

describe('evaluate() on any valid answers', () => {
  const isoDay = fc
    .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const answers: fc.Arbitrary<Answers> = fc.record({
    province: fc.constantFrom(...ruleSet.provinces.map((p) => p.code)),
    date: isoDay,
    entity: fc.constantFrom(...ENTITIES),
    localId: fc.boolean(),
    residencePermit: fc.option(fc.boolean(), { nil: undefined }),
    content: fc.subarray(ruleSet.preApprovalCategories.map((c) => c.id)),
    priorFiling: fc.constantFrom(...PRIOR_FILINGS),
    domainFiled: fc.boolean(),
    service: fc.constantFrom(...SERVICES),
  });

  it('returns the ten steps, in order, with a known status each, for the full and the browser rule set', async () => {
    await fc.assert(
      fc.asyncProperty(answers, fc.boolean(), async (a, browser) => {
        const result = await evaluate(a, browser ? browserRuleSet : ruleSet);
        expect(result.steps.map((s) => s.id)).toEqual([...STEP_IDS]);
        for (const s of result.steps) expect(['required', 'not-required', 'conditional', 'optional', 'unknown']).toContain(s.status);
      }),
      { numRuns: 600 },
    );
  }, 120_000);
});
