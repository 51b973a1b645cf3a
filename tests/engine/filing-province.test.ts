// The province of the existing filing: asked only when there is one, parsed like the province
// question, and compared with the chosen province by the rules that test filingProvinceDiffers.
import { describe, expect, it } from 'vitest';
import placesFile from '../../src/rules/places.json';
import { evaluate } from '../../src/engine/evaluate';
import { parseAnswers, QUESTIONS } from '../../src/engine/questions';
import { ruleSet } from '../../src/engine/rules';
import { present } from '../../src/present/present';
import { formatResult } from '../../src/present/text';
import type { Rule } from '../../src/engine/types';
import { answersFor, dayBefore, questionContext } from './support';

const places = placesFile.places as Record<string, string>;
const ctx = { ...questionContext, today: '2026-11-29', places };
const opts = { requireProvince: true };
const short = (code: string) => ruleSet.provinces.find((p) => p.code === code)!.short;
/** A city the place list puts in a province other than the one given. */
const cityOutside = (code: string) => Object.entries(places).find(([name, c]) => c !== code && name.length > 1)!;

/** The rules about a filing in another province are the ones whose conditions test the derived fact. */
const crossProvinceRules = ruleSet.rules.filter((r) => JSON.stringify(r.conditions ?? null).includes('"filingProvinceDiffers"'));

describe('the question', () => {
  it('is in the table with its CLI flag, after the province question', () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(ids.indexOf('filingProvince')).toBeGreaterThan(ids.indexOf('province'));
    expect(QUESTIONS.find((q) => q.id === 'filingProvince')!.flag).toBe('filing-province');
  });

  it.each(['elsewhere', 'alibaba'])('is read when the existing filing is %s, by code, name or city', (priorFiling) => {
    const [city, cityProvince] = cityOutside('zj');
    for (const [raw, code] of [['gd', 'gd'], ['广东省', 'gd'], [city, cityProvince]]) {
      const p = parseAnswers({ province: 'zj', priorFiling, filingProvince: raw }, ctx, opts);
      expect(p.ok && p.answers.filingProvince, raw).toBe(code);
    }
  });

  it.each([undefined, 'none'])('is not asked when the existing filing is %s', (priorFiling) => {
    const p = parseAnswers({ province: 'zj', priorFiling, filingProvince: 'gd' }, ctx, opts);
    expect(p.ok && p.answers.filingProvince).toBeUndefined();
  });

  it('has no default and names a bad value', () => {
    const open = parseAnswers({ province: 'zj', priorFiling: 'elsewhere' }, ctx, opts);
    expect(open.ok && open.answers.filingProvince).toBeUndefined();
    const bad = parseAnswers({ province: 'zj', priorFiling: 'elsewhere', filingProvince: 'atlantis' }, ctx, opts);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems[0].field).toBe('filingProvince');
      expect(bad.problems[0].message).toContain('atlantis');
    }
  });
});

describe('rules about an existing filing in another province', () => {
  it('exist, are dated and sourced, and each has something to say (a blocker or a requirement on the location)', () => {
    expect(crossProvinceRules.length).toBeGreaterThan(0);
    for (const r of crossProvinceRules) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      expect(['blocker', 'requirement'], r.id).toContain(r.event.type);
      expect((r.event.params as { subject?: string }).subject, r.id).toBe('location');
    }
  });

  const cases = crossProvinceRules.flatMap((r) => ['zj', 'gd'].map((province) => [r.id, province, r] as [string, string, Rule]));
  it.each(cases)('%s in %s: fires from its first day when the provinces differ, not the day before', async (_id, province, rule) => {
    const onDay = answersFor(rule, province, rule.effectiveFrom);
    expect(onDay.filingProvince).not.toBe(province);
    expect((await evaluate(onDay, ruleSet)).fired).toContain(rule.id);
    expect((await evaluate({ ...onDay, date: dayBefore(rule.effectiveFrom) }, ruleSet)).fired).not.toContain(rule.id);
  });

  it.each(crossProvinceRules.map((r) => [r.id, r] as const))('%s is silent when the provinces are the same or the question is open', async (_id, rule) => {
    const a = answersFor(rule, 'zj', rule.effectiveFrom);
    expect((await evaluate({ ...a, filingProvince: 'zj' }, ruleSet)).fired).not.toContain(rule.id);
    expect((await evaluate({ ...a, filingProvince: undefined }, ruleSet)).fired).not.toContain(rule.id);
  });
});

describe('what the result says', () => {
  const latest = crossProvinceRules.map((r) => r.effectiveFrom).sort().at(-1)!;
  const answers = (entity: 'unit' | 'individual') => ({ ...answersFor(crossProvinceRules[0], 'zj', latest), entity, filingProvince: 'gd' });

  it.each(['unit', 'individual'] as const)('for a %s: both provinces, every rule in force with its sources, and a way to look at the filing province', async (entity) => {
    const result = await evaluate(answers(entity), ruleSet);
    const view = present(result);
    expect(view.crossProvince).not.toBeNull();
    expect(view.crossProvince!.text).toContain(short('gd'));
    expect(view.crossProvince!.text).toContain(short('zj'));
    expect(view.crossProvince!.recheck.province).toBe('gd');
    expect(view.answersLine).toContain(short('gd'));
    const inForce = crossProvinceRules.filter((r) => result.fired.includes(r.id));
    expect(inForce.length).toBeGreaterThan(0);
    const shown = [...view.crossProvince!.items, ...view.blockers].flatMap((i) => i.reasons.map((r) => r.rule));
    for (const r of inForce) expect(shown, r.id).toContain(r.id);
    const text = formatResult(result);
    for (const r of inForce) {
      expect(text).toContain(r.title);
      for (const id of r.sources) expect(text).toContain(ruleSet.sources.find((s) => s.id === id)!.title);
    }
  });

  it('says nothing about it when the provinces are the same', async () => {
    const view = present(await evaluate({ ...answers('unit'), filingProvince: 'zj' }, ruleSet));
    expect(view.crossProvince).toBeNull();
  });

  it('says when the data has nothing for the date', async () => {
    const first = crossProvinceRules.map((r) => r.effectiveFrom).sort()[0];
    const view = present(await evaluate({ ...answers('unit'), date: dayBefore(first) }, ruleSet));
    expect(view.crossProvince!.items).toEqual([]);
    expect(view.crossProvince!.text).toContain(dayBefore(first));
  });
});
