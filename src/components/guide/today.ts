// What the guide pages say about a date (today, or the day a named rule starts), computed by the
// engine at build time for every province. Copy never types these facts: it names a rule or a step
// and a component reads the answer from here.
import { todayInChina } from '../../engine/dates';
import { evaluate } from '../../engine/evaluate';
import { defaultAnswers } from '../../engine/questions';
import type { Answers, Result, Rule } from '../../engine/types';
import { ruleSet } from '../../engine/rules';
import { rulesFor, wordsFor, type Lang } from '../../i18n/page-lang';
import { provinceShort } from '../../engine/localize';

export { ruleSet };
export type { Lang };

/** The build's today in China: every "today" on the guide pages is this day. */
export const buildDay = todayInChina();

const ctx = { provinces: ruleSet.provinces, categories: ruleSet.preApprovalCategories };
const ruleById = new Map(ruleSet.rules.map((r) => [r.id, r]));

const englishById = new Map(rulesFor('en').rules.map((r) => [r.id, r]));

/** A rule by id, worded in `lang`; a page that names a rule the data does not have fails the build, saying which. */
export function rule(id: string, lang: Lang = 'zh-CN'): Rule {
  const found = (lang === 'en' ? englishById : ruleById).get(id);
  if (!found) throw new Error(`The guide names rule "${id}", which is not in src/rules (renamed or removed?).`);
  return found;
}

/** The day a page asks about: today, or the first day of the named rule. */
export const dayOf = (at?: string) => (at ? rule(at).effectiveFrom : buildDay);

const cache = new Map<string, Promise<Result[]>>();

/** The two answers that make a filing this type (the checker leaves them open until asked). */
const THIS_TYPE: Partial<Answers> = { priorFiling: 'elsewhere', domainFiled: false };

/**
 * One result per province (in provinces.json order) for this type's answers, defaults elsewhere,
 * changed by `over`, worded in `lang` (the same decisions: the rule set differs only in its words).
 */
export function resultsOn(date: string, over: Partial<Answers> = {}, lang: Lang = 'zh-CN'): Promise<Result[]> {
  const key = `${lang}|${date}|${JSON.stringify(over)}`;
  let found = cache.get(key);
  if (!found) {
    const set = rulesFor(lang);
    found = Promise.all(ruleSet.provinces.map((p) => evaluate({ ...defaultAnswers(p.code, date, ctx), ...THIS_TYPE, ...over }, set)));
    cache.set(key, found);
  }
  return found;
}

export const provinceName = (code: string, lang: Lang = 'zh-CN') => {
  const p = ruleSet.provinces.find((x) => x.code === code);
  return p ? provinceShort(p, lang) : code;
};

/** Province codes → "浙江、四川", or "全国" when they are all of them (in `lang`). */
export function placesText(codes: string[], lang: Lang = 'zh-CN'): string {
  const t = wordsFor(lang);
  if (codes.length === ruleSet.provinces.length) return t.guide.everywhere;
  return t.guide.listOf(codes.map((c) => provinceName(c, lang)));
}

export interface Group<T> {
  value: T;
  /** Province codes that share the value, in provinces.json order. */
  provinces: string[];
}

/** Groups per-province values by a key; the largest group first, so the common case leads. */
export function groupBy<T>(results: Result[], valueOf: (r: Result) => T, keyOf: (v: T) => string = (v) => JSON.stringify(v)): Group<T>[] {
  const groups: (Group<T> & { key: string })[] = [];
  for (const r of results) {
    const value = valueOf(r);
    const key = keyOf(value);
    const g = groups.find((x) => x.key === key);
    if (g) g.provinces.push(r.province.code);
    else groups.push({ key, value, provinces: [r.province.code] });
  }
  return groups.sort((a, b) => b.provinces.length - a.provinces.length).map(({ value, provinces }) => ({ value, provinces }));
}

/** "1～20 个工作日" for a phase on a date, or null when the data has no rule for it. */
export const phaseText = (r: Result, phase: string, lang: Lang = 'zh-CN') => {
  const p = r.timeline.phases.find((x) => x.phase === phase);
  return p ? wordsFor(lang).workingDays(p.minWorkingDays, p.maxWorkingDays) : null;
};

/** A long date in `lang`: 2018 年 9 月 10 日 / 10 September 2018. */
export function longDate(iso: string, lang: Lang = 'zh-CN'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return wordsFor(lang).guide.longDate(y, m, d);
}
/** Chinese long date: 2018 年 9 月 10 日. */
export const chineseDate = (iso: string) => longDate(iso, 'zh-CN');
