// Presentation helpers over the validated rule set: names for codes, date wording, grouping.
// Pure functions; every page that shows rules goes through these so wording stays consistent.
import { ruleSet } from '../../engine/rules';
import type { Rule, Source, Topic } from '../../engine/types';
import { zh } from '../../i18n/zh-pages';

export { ruleSet };

/** Names of the rule files' topics, from the strings module. */
export const TOPIC_LABEL = zh.topic;

const provinceByCode = new Map(ruleSet.provinces.map((p) => [p.code, p]));
const sourceById = new Map(ruleSet.sources.map((s) => [s.id, s]));

export const provinceName = (code: string) => provinceByCode.get(code)?.short ?? code;

/** "全国" or the provinces' short names joined with 、. */
export function placesOf(rule: Rule): string {
  if (rule.provinces === 'all') return '全国';
  if (rule.provinces.length > 15) {
    const others = ruleSet.provinces.filter((p) => !(rule.provinces as string[]).includes(p.code));
    return `除${others.map((p) => p.short).join('、')}以外的 ${rule.provinces.length} 个省份`;
  }
  return rule.provinces.map(provinceName).join('、');
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
export const sourceDateLabel = (s: Source) => (s.publishedOn ? `发布 ${s.publishedOn}` : `所见 ${s.observedOn}`);

/** "2018-09-10 起" / "2018-06-09 至 2019-07-28", with a marker when the date is only when a source was seen. */
export const periodOf = (rule: Rule): string => zh.periodPlain(rule.effectiveFrom, rule.effectiveUntil, rule.dateBasis);

export const byDate = (a: Rule, b: Rule) =>
  a.effectiveFrom === b.effectiveFrom ? a.id.localeCompare(b.id) : a.effectiveFrom < b.effectiveFrom ? -1 : 1;

export const rulesOfTopic = (topic: Topic) => ruleSet.rules.filter((r) => r.topic === topic).sort(byDate);

/** Where a rule is explained in full: its entry in the change log. */
export const ruleHref = (rule: Rule | string) => `/changes/#rule-${typeof rule === 'string' ? rule : rule.id}`;

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

/** The newest lastReviewed among some rules: what a generated page shows as its review date. */
export const lastReviewedOf = (rules: Rule[]) => rules.map((r) => r.lastReviewed).sort().at(-1) ?? '';
