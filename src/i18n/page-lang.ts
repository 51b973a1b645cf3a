// The page's language for build-time components and pages: Chinese at the root, English under /en/.
// Components never take a language prop: they read it from the page (Starlight's route data, or the
// URL for a page outside Starlight), and get the words and the rule set for it here.
import { localizeRuleSet, provinceFull, provinceShort, type Lang } from '../engine/localize';
import { ruleSet } from '../engine/rules';
import type { RuleSet } from '../engine/types';
import { en } from './en-pages';
import { zh, type PageStrings } from './zh-pages';

export type { Lang };

import { langOfPath } from './lang-path';
export { langOfPath };

/** The language of the page being rendered (Astro.locals and Astro.url of any component). */
export function pageLang(astro: { locals: App.Locals; url: URL }): Lang {
  try {
    return astro.locals.starlightRoute.lang === 'en' ? 'en' : 'zh-CN';
  } catch {
    // Outside a Starlight page (or before StarlightPage has set its route data): the URL says it.
    return langOfPath(astro.url.pathname);
  }
}

/** The words of the generated pages in a language. */
export const wordsFor = (lang: Lang): PageStrings => (lang === 'en' ? en : zh);

/** The validated rule set with its words in a language (same rules, same decisions). */
export const rulesFor = (lang: Lang): RuleSet => localizeRuleSet(ruleSet, lang);

/** An internal link for a page in `lang`: "/changes/#x" → "/en/changes/#x" on English pages. */
export function localHref(href: string, lang: Lang): string {
  if (lang !== 'en' || !href.startsWith('/') || href.startsWith('//') || langOfPath(href) === 'en') return href;
  return `/en${href}`;
}

/** Everything a component needs for its page's language. */
export function pageContext(astro: { locals: App.Locals; url: URL }) {
  const lang = pageLang(astro);
  return {
    lang,
    t: wordsFor(lang),
    rules: rulesFor(lang),
    href: (h: string) => localHref(h, lang),
    short: (p: { short: string; en: { short: string } }) => provinceShort(p, lang),
    full: (p: { full: string; en: { full: string } }) => provinceFull(p, lang),
  };
}
