// The "为什么？" disclosure under every line of a result: each reason's rule title and text, the
// dates it applies between (and whether a source states them or we only saw them), and its sources.
// Text only: nothing here is ever inserted as HTML.
import type { Reason } from '../../engine/types';

export interface WhyProps {
  reasons: Reason[];
  /** Publisher of a source id, when the source list is at hand. */
  publisher?: (sourceId: string) => string | undefined;
}

function dates(r: Reason): string {
  const span = r.effectiveUntil ? `${r.effectiveFrom} 至 ${r.effectiveUntil}` : `${r.effectiveFrom} 起至今`;
  const basis = r.dateBasis === 'stated' ? '日期为资料明确写出' : r.dateBasis === 'observed' ? '日期为资料所见日期，实际开始可能更早' : '';
  return `适用期间：${span}${basis ? `（${basis}）` : ''}`;
}

export function Why({ reasons, publisher }: WhyProps) {
  return (
    <details class="why">
      <summary>为什么？</summary>
      {reasons.map((r) => (
          <div class="why-reason">
            <p>
              <strong>{r.title}</strong>：{r.text}
            </p>
            {r.effectiveFrom && <p class="why-dates">{dates(r)}</p>}
            {r.sources.length > 0 && (
              <ul class="why-sources">
                {r.sources.map((s) => (
                  <li>
                    {s.url ? <a href={s.url}>{s.title}</a> : s.title}
                    {publisher?.(s.id) ? `，${publisher(s.id)}` : ''}
                    {s.grade === 'secondary' ? '，二手资料' : '，一手资料'}
                    {s.date ? `，${s.date}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </div>
      ))}
    </details>
  );
}
