// The "为什么？" disclosure under every line of a result: each reason's rule title and text, the
// dates it applies between, and its sources, as the presenter worded them.
// Text only: nothing here is ever inserted as HTML.
import type { ReasonView } from '../../present/present';
import { zh } from '../../i18n/zh';

export function Why({ reasons }: { reasons: ReasonView[] }) {
  if (!reasons.length) return null;
  return (
    <details class="why">
      <summary>{zh.result.why}</summary>
      {reasons.map((r) => (
        <div class="why-reason" data-rule={r.rule ?? undefined}>
          <p>
            {r.label && <em class="why-label">{r.label}：</em>}
            <strong>{r.title}</strong>：{r.text}
            {r.period && <span class="why-dates">{r.period}</span>}
          </p>
          {r.sources.length > 0 && (
            <ol class="why-sources">
              {r.sources.map((s) => (
                <li>
                  {s.url ? <a href={s.url}>{s.title}</a> : s.title}
                  {s.gradeNote}
                </li>
              ))}
            </ol>
          )}
        </div>
      ))}
    </details>
  );
}
