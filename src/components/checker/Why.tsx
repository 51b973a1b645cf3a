// The "为什么？" disclosure under every line of a result: each reason's rule title and text, the
// dates it applies between, and its sources, as the presenter worded them.
// Text only: nothing here is ever inserted as HTML.
import { useState } from 'preact/hooks';
import type { ReasonView } from '../../present/present';
import { zh, type Strings } from '../../i18n/zh';
import type { Mark } from './words';

const plain: Mark = (text) => text;

/**
 * `eager`: the reasons are in the markup from the start (the overview, rendered at build time
 * without JavaScript). Otherwise (the island's result) they are rendered when the reader opens the
 * disclosure: most of a result's elements are reasons nobody has opened yet, and creating them all
 * at once held up the first result on a phone.
 */
export function Why({ reasons, eager = false, s = zh, w = plain }: { reasons: ReasonView[]; eager?: boolean; s?: Strings; w?: Mark }) {
  const [opened, setOpened] = useState(eager);
  if (!reasons.length) return null;
  return (
    <details class="why" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setOpened(true)}>
      <summary>{s.result.why}</summary>
      {opened &&
        reasons.map((r) => (
          <div class="why-reason" data-rule={r.rule ?? undefined}>
            <p>
              {r.label && (
                <em class="why-label">
                  {w(r.label)}
                  {s.punct.colon}
                </em>
              )}
              <strong>{w(r.title)}</strong>
              {s.punct.colon}
              {w(r.text)}
              {r.period && <span class="why-dates">{w(r.period)}</span>}
            </p>
            {r.sources.length > 0 && (
              <ol class="why-sources">
                {r.sources.map((src) => (
                  <li>
                    {src.url ? <a href={src.url}>{w(src.title)}</a> : w(src.title)}
                    {src.gloss && ` — ${src.gloss}`}
                    {src.gradeNote}
                  </li>
                ))}
              </ol>
            )}
          </div>
        ))}
    </details>
  );
}
