// Presentation helpers over the validated rule set: names for codes, date wording, grouping.
// Pure functions; every page that shows rules goes through these so wording stays consistent.
import { ruleSet } from '../../engine/rules';
import type { Rule, Source, Topic } from '../../engine/types';
import { localHref, rulesFor, wordsFor, type Lang } from '../../i18n/page-lang';
import { provinceShort } from '../../engine/localize';
import { quietYears, sourceGloss } from '../../present/present';

export { ruleSet, sourceGloss };
export type { Lang };

/** Names of the rule files' topics, from the strings module. */
export const topicLabel = (lang: Lang = 'zh-CN') => wordsFor(lang).topic;

const provinceByCode = new Map(ruleSet.provinces.map((p) => [p.code, p]));
const sourceById = new Map(ruleSet.sources.map((s) => [s.id, s]));

export const provinceName = (code: string, lang: Lang = 'zh-CN') => {
  const p = provinceByCode.get(code);
  return p ? provinceShort(p, lang) : code;
};

/** "全国" or the provinces' short names joined with 、 (nationwide / Zhejiang, Sichuan in English). */
export function placesOf(rule: Rule, lang: Lang = 'zh-CN'): string {
  const t = wordsFor(lang);
  if (rule.provinces === 'all') return t.places.all;
  if (rule.provinces.length > 15) {
    const others = ruleSet.provinces.filter((p) => !(rule.provinces as string[]).includes(p.code));
    return t.places.allBut(others.map((p) => provinceShort(p, lang)), rule.provinces.length);
  }
  return t.guide.listOf(rule.provinces.map((c) => provinceName(c, lang)));
}

export const appliesIn = (rule: Rule, code: string) => rule.provinces === 'all' || rule.provinces.includes(code);

export function sourcesOf(rule: { sources: string[] }): Source[] {
  return rule.sources.map((id) => sourceById.get(id)).filter((s): s is Source => Boolean(s));
}

/**
 * Numbers the sources of the rules a page shows, in the order the page shows them, so each rule can
 * cite "[n]" and the page list each source once at its foot (the page's `sources` frontmatter).
 * On a province's page (`province`), a rule cites the bureau pages of that province only, not those
 * of the other provinces it also applies in (unless it has no other source); the change log cites all.
 */
export function citations(rules: { sources: string[] }[], prefix = 'ref', province?: string): Citations {
  const of = (rule: { sources: string[] }) => {
    if (!province) return rule.sources;
    const here = rule.sources.filter((id) => {
      const only = sourceById.get(id)?.provinces;
      return !only || only.includes(province);
    });
    return here.length ? here : rule.sources;
  };
  const ids = [...new Set(rules.flatMap(of))];
  return { ids, prefix, of, number: Object.fromEntries(ids.map((id, i) => [id, i + 1])) };
}

export interface Citations {
  /** Source ids in the order they are first cited: the order of the list they point into. */
  ids: string[];
  /** The list items' id prefix: `${prefix}-${n}` (PageSources' list uses "ref"). */
  prefix: string;
  /** The sources a rule cites on this page. */
  of(rule: { sources: string[] }): string[];
  number: Record<string, number>;
}

export const sourceDate = (s: Source) => s.publishedOn ?? s.observedOn ?? '';
export const sourceDateLabel = (s: Source, lang: Lang = 'zh-CN') => wordsFor(lang).sourceDate(s.publishedOn, s.observedOn);
/** A source's publisher and note as a reader of `lang` reads them (the title stays the original's). */
export const sourcePublisher = (s: Source, lang: Lang = 'zh-CN') => (lang === 'en' ? s.en.publisher : s.publisher);
export const sourceNote = (s: Source, lang: Lang = 'zh-CN') => (lang === 'en' ? s.en.note : s.note);

/**
 * "2018-09-10 起" / "2018-06-09 至 2019-07-28", with a marker when the date is only when a source was seen;
 * on a list of what holds `today`, an open rule whose sources are all long older says so (present.ts).
 */
export const periodOf = (rule: Rule, lang: Lang = 'zh-CN', today?: string): string => {
  const dates = rule.sources.map((id) => {
    const s = ruleSet.sources.find((x) => x.id === id);
    return s ? (s.publishedOn ?? s.observedOn ?? null) : null;
  });
  return wordsFor(lang).periodPlain(rule.effectiveFrom, rule.effectiveUntil, rule.dateBasis, quietYears(dates, rule.effectiveUntil, today));
};

export const byDate = (a: Rule, b: Rule) =>
  a.effectiveFrom === b.effectiveFrom ? a.id.localeCompare(b.id) : a.effectiveFrom < b.effectiveFrom ? -1 : 1;

export const rulesOfTopic = (topic: Topic, lang: Lang = 'zh-CN') => rulesFor(lang).rules.filter((r) => r.topic === topic).sort(byDate);

/** Where a rule is explained in full: its entry in the change log (of the page's language). */
export const ruleHref = (rule: Rule | string, lang: Lang = 'zh-CN') =>
  localHref(`/changes/#rule-${typeof rule === 'string' ? rule : rule.id}`, lang);

/** The province pages' paths, one per province, with the province as the page's prop (both languages). */
export const provincePaths = () => ruleSet.provinces.map((province) => ({ params: { code: province.code }, props: { province } }));

/** The first day SMS verification was required in a province, from the rules. */
export function smsStartIn(code: string): Rule | undefined {
  return ruleSet.rules
    .filter(
      (r) =>
        r.event.type === 'step-status' &&
        r.event.params.step === 'sms-verification' &&
        r.event.params.status === 'required' &&
        appliesIn(r, code),
    )
    .sort(byDate)[0];
}

/** The rule data's version in `lang`'s words: its newest review date and its number of rules. */
export const rulesVersionIn = (lang: Lang = 'zh-CN') => wordsFor(lang).rulesVersion(lastReviewedOf(ruleSet.rules), ruleSet.rules.length);

/** The newest lastReviewed among some rules: what a generated page shows as its review date. */
export const lastReviewedOf = (rules: Rule[]) => rules.map((r) => r.lastReviewed).sort().at(-1) ?? '';
