// The nationwide overview shown before a province is chosen: per step, the status all provinces
// share, or "视省份而定" with the provinces behind each status. Rendered at build time only (no
// client directive), from summary.ts and the validated rule set, so it ships no JavaScript.
import { reasonFor } from '../../engine/evaluate';
import type { NationwideSummary } from '../../engine/nationwide';
import type { RuleSet } from '../../engine/types';
import { zh } from '../../i18n/zh-pages';
import { presentReason } from '../../present/present';
import { Why } from './Why';

export function Overview({ summary, ruleSet }: { summary: NationwideSummary; ruleSet: RuleSet }) {
  const name = (code: string) => ruleSet.provinces.find((p) => p.code === code)?.short ?? code;
  const reasons = (ids: string[]) => ids.flatMap((id) => ruleSet.rules.filter((r) => r.id === id)).map((r) => presentReason(reasonFor(ruleSet, r)));
  const all = (codes: string[]) => (codes.length === summary.provinceCount ? zh.checkerPage.allProvinces : codes.map(name).join('、'));
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
                ⚠ {all(b.provinces)}：{reason.text}
                <Why reasons={[reason]} eager />
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
              <a href={`/steps/${s.id}/`}>{s.title}</a>
            </p>
            {(s.groups.length > 1 || s.groups[0].method) && (
              <ul>
                {s.groups.map((g) => (
                  <li>
                    {zh.status[g.status]}
                    {g.method ? `（${zh.method[g.method]}）` : ''}：{all(g.provinces)}
                  </li>
                ))}
              </ul>
            )}
            <Why reasons={s.groups.flatMap((g) => reasons(g.rules)).filter((r, i, list) => list.findIndex((x) => x.rule === r.rule) === i)} eager />
          </li>
        ))}
      </ol>
      <p class="checker-version">{zh.result.rulesVersion(summary.rulesVersion)}</p>
    </div>
  );
}
