// The "为什么？" disclosure under every line of a result: each reason's rule title and text, the
// dates it applies between, and its sources, as the presenter worded them.
// Text only: nothing here is ever inserted as HTML.
import { Component } from 'preact';
import type { ReasonView } from '../../present/present';
import { zh, type Strings } from '../../i18n/zh';
import type { Mark } from './words';

const plain: Mark = (text) => text;

type WhyProps = { reasons: ReasonView[]; eager?: boolean; s?: Strings; w?: Mark };

/**
 * `eager`: the reasons are in the markup from the start (the overview, rendered at build time
 * without JavaScript). Otherwise (the island's result) they are rendered when the reader opens the
 * disclosure: most of a result's elements are reasons nobody has opened yet, and creating them all
 * at once held up the first result on a phone.
 * A class, not a function with useState: preact/hooks was a module of its own for this alone (one
 * more request while the checker page's <head> is read, 1.1 KB gzip), and its option hooks ran on
 * every element Preact drew, in the form and the result alike.
 */
export class Why extends Component<WhyProps, { opened: boolean }> {
  state = { opened: this.props.eager ?? false };

  private open = (e: Event) => {
    if ((e.currentTarget as HTMLDetailsElement).open && !this.state.opened) this.setState({ opened: true });
  };

  render({ reasons, s = zh, w = plain }: WhyProps, { opened }: { opened: boolean }) {
    if (!reasons.length) return null;
    return (
      <details class="why" onToggle={this.open}>
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
}
