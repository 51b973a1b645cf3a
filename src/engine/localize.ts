// The rule set in a reader's language. The rule files hold the Chinese words and, in each entry's
// `en`, the same words in English (the schema requires both). The engine and the presenter work on
// whichever set they are given: the decisions are the same, only the words differ.
// In English, a name the filer meets on screen (a document, a licence, a stage, the filing type)
// carries its Chinese beside the English in the data, "ID card (身份证)"; whatever renders English
// marks such Chinese runs lang="zh-CN" (chineseRuns). Sources keep their original titles; their English gloss stays in `en`.
import type { Rule, RuleSet } from './types';

/** The site's languages: Chinese is the root locale, English lives under /en/. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

function englishRule(rule: Rule): Rule {
  const { en, event } = rule;
  const localized = { ...rule, title: en.title, text: en.text };
  switch (event.type) {
    case 'blocker':
      return { ...localized, event: { ...event, params: { ...event.params, instead: en.instead! } } };
    case 'material':
      return {
        ...localized,
        event: {
          ...event,
          params: { ...event.params, material: en.material!, ...(event.params.note ? { note: en.note! } : {}) },
        },
      };
    case 'pre-approval-authority':
      return {
        ...localized,
        event: {
          ...event,
          params: { ...event.params, authority: en.authority!, licence: event.params.licence === null ? null : en.licence! },
        },
      };
    case 'flow-name':
      return { ...localized, event: { ...event, params: { name: en.name! } } };
    case 'stages':
      return {
        ...localized,
        event: { ...event, params: { stages: event.params.stages.map((st) => ({ ...st, title: en.stages![st.id] })) } },
      };
    default:
      return localized;
  }
}

const english = new WeakMap<RuleSet, RuleSet>();

/** The same rule set with its words in `lang` (computed once per set). */
export function localizeRuleSet(set: RuleSet, lang: Lang): RuleSet {
  if (lang === 'zh-CN') return set;
  let done = english.get(set);
  if (!done) {
    done = {
      ...set,
      flow: { ...set.flow, name: set.flow.en.name },
      steps: set.steps.map((s) => ({ ...s, title: s.en.title, summary: s.en.summary })),
      preApprovalCategories: set.preApprovalCategories.map((c) => ({
        ...c,
        name: c.en.name,
        authority: c.authority === null ? null : c.en.authority!,
        licence: c.licence === null ? null : c.en.licence!,
        ...(c.note === undefined ? {} : { note: c.en.note! }),
      })),
      rules: set.rules.map(englishRule),
    };
    english.set(set, done);
    // Already in English: localizing it again gives the same set (and the engine's caches stay warm).
    english.set(done, done);
  }
  return done;
}

/** A province's name as a reader of `lang` says it: 浙江 / Zhejiang. */
export const provinceShort = (p: { short: string; en: { short: string } }, lang: Lang) => (lang === 'en' ? p.en.short : p.short);
/** A province's official name: 浙江省 / Zhejiang Province. */
export const provinceFull = (p: { full: string; en: { full: string } }, lang: Lang) => (lang === 'en' ? p.en.full : p.full);

/**
 * Splits English text into runs of Chinese (to be marked lang="zh-CN", so screen readers pronounce
 * them) and the rest. Same character classes as the schema's check on English text.
 */
export function chineseRuns(text: string): { text: string; chinese: boolean }[] {
  const runs: { text: string; chinese: boolean }[] = [];
  for (const m of text.matchAll(/([\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+)|([^\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+)/g))
    runs.push({ text: m[0], chinese: m[1] !== undefined });
  return runs;
}
