// One visitor's path, rendered from the presenter's view model: blockers first (and then no step
// list: the path is closed), today's stages, the ten steps with their status, conditions,
// documents, pre-approvals, the expected dates, the duties after approval and what the data
// cannot say.
import { Component, Fragment } from 'preact';
import type { Strings } from '../../i18n/zh';
import type { ItemView, ResultViewModel, StepView } from '../../present/present';
import { Why } from './Why';
import type { Mark } from './words';

/** The page's words and how its text is marked (Chinese runs on an English page). */
interface Words {
  s: Strings;
  w: Mark;
}

/** Source numbers for print, where the "为什么？" disclosures are left out. */
function Refs({ refs }: { refs: number[] }) {
  return refs.length ? <sup class="checker-refs">[{refs.join(',')}]</sup> : null;
}

function Items({ list, testid, s, w }: { list: ItemView[]; testid: string } & Words) {
  return (
    <ul data-testid={testid}>
      {list.map((item) => (
        <li data-rule={item.reasons[0]?.rule ?? undefined}>
          <strong>{w(item.name)}</strong>
          {item.note && (
            <span class="checker-item-note">
              {s.punct.open}
              {w(item.note)}
              {s.punct.close}
            </span>
          )}
          <Refs refs={item.refs} />
          <Why reasons={item.reasons} s={s} w={w} />
        </li>
      ))}
    </ul>
  );
}

function Step({ step, s, w }: { step: StepView } & Words) {
  return (
    <li data-step={step.id} data-status={step.status}>
      <p>
        <span class={`status status-${step.status}`} data-testid="status">
          <span aria-hidden="true">{step.mark}</span> {step.statusLabel}
        </span>{' '}
        <a href={step.href}>{w(step.title)}</a>
        <Refs refs={step.refs} />
      </p>
      {step.details.map((d) => (
        <p data-testid={d.kind}>{w(d.text)}</p>
      ))}
      {step.conflicts.length > 0 && (
        <p class="checker-conflict" data-testid="conflicts">
          {w(step.conflicts.map((c) => `${c.label}${s.punct.colon}${c.title}`).join(s.punct.semi))}
        </p>
      )}
      <Why reasons={[...step.reasons, ...step.conflicts]} s={s} w={w} />
    </li>
  );
}

type ResultViewProps = { view: ResultViewModel; answersQuery: string; link: string; recheckHref?: string } & Words;

/** How many parts the result is drawn in (see ResultView). */
const PARTS = 5;

/**
 * The result, drawn the first time in five parts, one task each (the heading and what blocks or is
 * unknown; the first half of the steps; the other half; conditions and documents; dates, duties and
 * sources): on a phone, drawing it at once held the page for 60-170 ms (measured by `npm run bench`
 * at 4x CPU); in parts, each task is a fraction of that. `data-answers` marks the result complete. Later changes redraw it at once: diffing a
 * result on screen is quick, and a result shrinking to its first part would flicker.
 */
export class ResultView extends Component<ResultViewProps, { shown: number }> {
  state = { shown: 1 };
  private timer: ReturnType<typeof setTimeout> | undefined;

  componentDidMount() {
    this.more();
  }

  componentDidUpdate() {
    this.more();
  }

  componentWillUnmount() {
    clearTimeout(this.timer);
  }

  private more() {
    if (this.state.shown >= PARTS) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.setState({ shown: this.state.shown + 1 }), 0);
  }

  render({ view, answersQuery, link, recheckHref, s, w }: ResultViewProps, { shown }: { shown: number }) {
    const r = s.result;
    const { colon, list: listSep } = s.punct;
    const words = { s, w };
    const parts = [
      () => (
        <>
          <h2 id="checker-result-heading">{w(view.heading)}</h2>
          {view.currentName && <p>{w(r.currentName(view.currentName))}</p>}
          <p class="checker-answers">{w(view.answersLine)}</p>
          <p class="checker-print-only" data-testid="print-link">
            {r.linkBack}
            {colon}
            {link}
          </p>
          {view.openQuestions && (
            <p class="checker-open" role="note" data-testid="open-questions">
              {w(view.openQuestions)}
            </p>
          )}
          {view.crossProvince && (
            <section class="checker-cross-province" data-testid="cross-province" aria-labelledby="checker-cross-province-heading">
              <h3 id="checker-cross-province-heading">{r.crossProvinceHeading}</h3>
              <p>{w(view.crossProvince.text)}</p>
              {view.crossProvince.items.length > 0 && <Items list={view.crossProvince.items} testid="cross-province-rules" {...words} />}
              {recheckHref && (
                <p>
                  <a href={recheckHref} data-testid="recheck">
                    {w(view.crossProvince.recheck.label)}
                  </a>
                </p>
              )}
            </section>
          )}
          {view.blockers.length > 0 && (
            <section class="checker-blockers" data-testid="blockers" aria-labelledby="checker-blockers-heading">
              <h3 id="checker-blockers-heading">{r.blockersHeading}</h3>
              <ul>
                {view.blockers.map((b) => (
                  <li data-rule={b.reasons[0]?.rule}>
                    <p>
                      <strong>{w(b.name)}</strong>
                      {colon}
                      {w(b.reasons[0]?.text ?? '')}
                    </p>
                    <p>
                      <strong>{r.instead}</strong>
                      {w(b.note)}
                    </p>
                    <Why reasons={b.reasons} {...words} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {view.unknowns.length > 0 && (
            <section data-testid="unknowns">
              <h3>{r.unknownsHeading}</h3>
              <Items list={view.unknowns} testid="unknown-list" {...words} />
            </section>
          )}
          {view.stages.length > 0 && (
            <section data-testid="stages">
              <h3>{view.stagesHeading}</h3>
              <ol class="checker-stages">
                {view.stages.map((st) => (
                  <li data-stage={st.id}>
                    <strong>{w(st.title)}</strong>
                    {colon}
                    {w(st.steps.length > 0 ? st.steps.map((x) => x.title).join(listSep) : st.note)}
                  </li>
                ))}
              </ol>
            </section>
          )}
        </>
      ),
      () => (
        <>
          {view.blockers.length === 0 && (
            <>
              <h3>{r.stepsHeading}</h3>
              <ol class="checker-steps" data-testid="steps">
                {(shown > 2 ? view.steps : view.steps.slice(0, Math.ceil(view.steps.length / 2))).map((step) => (
                  <Step step={step} {...words} />
                ))}
              </ol>
            </>
          )}
        </>
      ),
      // The rest of the steps: the steps part above draws them all from here on.
      () => null,
      () => (
        <>
          {view.requirements.length > 0 && (
            <>
              <h3>{r.requirementsHeading}</h3>
              <Items list={view.requirements} testid="requirements" {...words} />
            </>
          )}
          {view.materials.length > 0 && (
            <section data-testid="materials">
              <h3>{r.materialsHeading}</h3>
              {view.materials.map((g) => (
                <>
                  <h4>{g.label}</h4>
                  <Items list={g.items} testid={`materials-${g.kind}`} {...words} />
                </>
              ))}
            </section>
          )}
          {view.preApprovals.length > 0 && (
            <>
              <h3>{r.preApprovalsHeading}</h3>
              <ul data-testid="pre-approvals">
                {view.preApprovals.map((p) => (
                  <li data-category={p.category}>
                    <strong>{w(p.name)}</strong>
                    {colon}
                    {w(p.note)}
                    <Refs refs={p.refs} />
                    <Why reasons={p.reasons} {...words} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ),
      () => (
        <>
          <h3>{r.timelineHeading}</h3>
          <p>{w(view.timelineIntro)}</p>
          <ul data-testid="timeline">
            {view.timeline.map((p) => (
              <li data-phase={p.phase}>
                {w(`${p.label}${colon}${p.text}`)}
                <Refs refs={p.refs} />
                {p.conflicts.length > 0 && (
                  <span class="checker-conflict">{w(`${s.punct.open}${p.conflicts.map((c) => `${c.label}${colon}${c.title}`).join(s.punct.semi)}${s.punct.close}`)}</span>
                )}
                <Why reasons={[...p.reasons, ...p.conflicts]} {...words} />
              </li>
            ))}
          </ul>
          {view.timelineNote && <p data-testid="timeline-unknown">{w(view.timelineNote)}</p>}
          {view.afterFiling.length > 0 && (
            <>
              <h3>{r.afterFilingHeading}</h3>
              <Items list={view.afterFiling} testid="after-filing" {...words} />
            </>
          )}
          {view.sources.length > 0 && (
            <section class="checker-print-only checker-print-sources" data-testid="print-sources">
              <h3>{r.sourcesHeading}</h3>
              <ol>
                {view.sources.map((src) => (
                  <li>
                    {w(src.title)}
                    {src.gloss && ` — ${src.gloss}`}
                    {src.gradeNote}
                  </li>
                ))}
              </ol>
            </section>
          )}
          <p class="checker-version" data-testid="rules-version">
            {w(view.footer)}
          </p>
        </>
      ),
    ];
    return (
      <div class="checker-result" data-testid="checker-result" data-answers={shown >= PARTS ? answersQuery : undefined}>
        {parts.slice(0, shown).map((part, i) => (
          <Fragment key={i}>{part()}</Fragment>
        ))}
      </div>
    );
  }
}
