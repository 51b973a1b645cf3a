// The "为什么？" disclosure under every line of a result: each reason's rule title and text, the
// dates it applies between, and its sources, as the presenter worded them.
// Text only: nothing here is ever inserted as HTML.
import { useState } from 'preact/hooks';
import type { ReasonView } from '../../present/present';
import { zh } from '../../i18n/zh';

/**
 * `eager`: the reasons are in the markup from the start (the overview, rendered at build time
 * without JavaScript). Otherwise (the island's result) they are rendered when the reader opens the
 * disclosure: most of a result's elements are reasons nobody has opened yet, and creating them all
 * at once held up the first result on a phone.
 */
export function Why({ reasons, eager = false }: { reasons: ReasonView[]; eager?: boolean }) {
  const [opened, setOpened] = useState(eager);
  if (!reasons.length) return null;
  return (
    <details class="why" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setOpened(true)}>
      <summary>{zh.result.why}</summary>
      {opened &&
        reasons.map((r) => (
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
