// The nationwide overview shown before a province is chosen: per step, the status all provinces
// share, or "视省份而定" with the provinces behind each status. Rendered at build time only (no
// client directive), from summary.ts and the validated rule set, so it ships no JavaScript.
import { reasonFor } from '../../engine/evaluate';
import type { NationwideSummary } from '../../engine/nationwide';
import { provinceShort, type Lang } from '../../engine/localize';
import type { RuleSet } from '../../engine/types';
import type { Strings } from '../../i18n/zh';
import { zh as zhPages } from '../../i18n/zh-pages';
import { presentReason } from '../../present/present';
import { Why } from './Why';
import { marker } from './words';

/** The checker page's own words (zh-pages.ts's checkerPage; the English page gives its own). */
export type CheckerPageWords = typeof zhPages.checkerPage;

/**
 * In English: `s` = en, `page` = the English page words, `lang` = 'en', and `ruleSet` in English
 * (localizeRuleSet), the one the summary's results were computed from.
 */
export function Overview({
  summary,
  ruleSet,
  s = zhPages,
  page = zhPages.checkerPage,
  lang = 'zh-CN',
}: {
  summary: NationwideSummary;
  ruleSet: RuleSet;
  s?: Strings;
  page?: CheckerPageWords;
  lang?: Lang;
}) {
  const zh = { ...s, checkerPage: page };
  const w = marker(lang === 'en');
  const { colon, open, close, list } = s.punct;
  const name = (code: string) => {
    const p = ruleSet.provinces.find((x) => x.code === code);
    return p ? provinceShort(p, lang) : code;
  };
  const reasons = (ids: string[]) => ids.flatMap((id) => ruleSet.rules.filter((r) => r.id === id)).map((r) => presentReason(reasonFor(ruleSet, r), s));
  const all = (codes: string[]) => (codes.length === summary.provinceCount ? zh.checkerPage.allProvinces : codes.map(name).join(list));
  return (
    <div class="checker-result" data-testid="overview-result">
      <h2>{zh.checkerPage.overviewHeading(summary.asOf)}</h2>
      <p>
        {zh.checkerPage.overviewIntro(summary.provinceCount)}
      </p>
      {summary.blockers.length > 0 && (
        <ul class="checker-blockers">
          {summary.blockers.map((b) => {
            const [reason] = reasons([b.rule]);
            return (
              <li>
                ⚠ {all(b.provinces)}
                {colon}
                {w(reason.text)}
                <Why reasons={[reason]} eager s={s} w={w} />
              </li>
            );
          })}
        </ul>
      )}
      <ol class="checker-steps">
        {summary.steps.map((s) => (
          <li data-step={s.id} data-status={s.status}>
            <p>
              <span class={`status status-${s.status}`} data-testid="status">
                {s.status === 'varies' ? (
                  <>
                    <span aria-hidden="true">{zh.variesMark}</span> {zh.varies}
                  </>
                ) : (
                  <>
                    <span aria-hidden="true">{zh.statusMark[s.status]}</span> {zh.status[s.status]}
                  </>
                )}
              </span>{' '}
              <a href={`${zh.stepsPath}${s.id}/`}>{w(s.title)}</a>
            </p>
            {(s.groups.length > 1 || s.groups[0].method) && (
              <ul>
                {s.groups.map((g) => (
                  <li>
                    {zh.status[g.status]}
                    {g.method ? w(`${open}${zh.method[g.method]}${close}`) : ''}
                    {colon}
                    {all(g.provinces)}
                  </li>
                ))}
              </ul>
            )}
            <Why reasons={s.groups.flatMap((g) => reasons(g.rules)).filter((r, i, found) => found.findIndex((x) => x.rule === r.rule) === i)} eager s={zh} w={w} />
          </li>
        ))}
      </ol>
      <p class="checker-version">{w(zh.result.rulesVersion(summary.rulesVersion))}</p>
    </div>
  );
}
