// One visitor's path, rendered from the presenter's view model: blockers first (and then no step
// list: the path is closed), today's stages, the ten steps with their status, conditions,
// documents, pre-approvals, the expected dates, the duties after approval and what the data
// cannot say.
import { zh } from '../../i18n/zh';
import type { ItemView, ResultViewModel, StepView } from '../../present/present';
import { Why } from './Why';

/** Source numbers for print, where the "为什么？" disclosures are left out. */
function Refs({ refs }: { refs: number[] }) {
  return refs.length ? <sup class="checker-refs">[{refs.join(',')}]</sup> : null;
}

function Items({ list, testid }: { list: ItemView[]; testid: string }) {
  return (
    <ul data-testid={testid}>
      {list.map((item) => (
        <li data-rule={item.reasons[0]?.rule ?? undefined}>
          <strong>{item.name}</strong>
          {item.note && <span class="checker-item-note">（{item.note}）</span>}
          <Refs refs={item.refs} />
          <Why reasons={item.reasons} />
        </li>
      ))}
    </ul>
  );
}

function Step({ s }: { s: StepView }) {
  return (
    <li data-step={s.id} data-status={s.status}>
      <p>
        <span class={`status status-${s.status}`} data-testid="status">
          <span aria-hidden="true">{s.mark}</span> {s.statusLabel}
        </span>{' '}
        <a href={s.href}>{s.title}</a>
        <Refs refs={s.refs} />
      </p>
      {s.details.map((d) => (
        <p data-testid={d.kind}>{d.text}</p>
      ))}
      {s.conflicts.length > 0 && (
        <p class="checker-conflict" data-testid="conflicts">
          {s.conflicts.map((c) => `${c.label}：${c.title}`).join('；')}
        </p>
      )}
      <Why reasons={[...s.reasons, ...s.conflicts]} />
    </li>
  );
}

export function ResultView({ view, answersQuery, link, recheckHref }: { view: ResultViewModel; answersQuery: string; link: string; recheckHref?: string }) {
  const r = zh.result;
  return (
    <div class="checker-result" data-testid="checker-result" data-answers={answersQuery}>
      <h2 id="checker-result-heading">{view.heading}</h2>
      {view.currentName && <p>{r.currentName(view.currentName)}</p>}
      <p class="checker-answers">{view.answersLine}</p>
      <p class="checker-print-only" data-testid="print-link">
        {r.linkBack}：{link}
      </p>
      {view.openQuestions && (
        <p class="checker-open" role="note" data-testid="open-questions">
          {view.openQuestions}
        </p>
      )}
      {view.crossProvince && (
        <section class="checker-cross-province" data-testid="cross-province" aria-labelledby="checker-cross-province-heading">
          <h3 id="checker-cross-province-heading">{r.crossProvinceHeading}</h3>
          <p>{view.crossProvince.text}</p>
          {view.crossProvince.items.length > 0 && <Items list={view.crossProvince.items} testid="cross-province-rules" />}
          {recheckHref && (
            <p>
              <a href={recheckHref} data-testid="recheck">
                {view.crossProvince.recheck.label}
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
                  <strong>{b.name}</strong>：{b.reasons[0]?.text}
                </p>
                <p>
                  <strong>{r.instead}</strong>
                  {b.note}
                </p>
                <Why reasons={b.reasons} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.unknowns.length > 0 && (
        <section data-testid="unknowns">
          <h3>{r.unknownsHeading}</h3>
          <Items list={view.unknowns} testid="unknown-list" />
        </section>
      )}
      {view.stages.length > 0 && (
        <section data-testid="stages">
          <h3>{r.stagesHeading}</h3>
          <ol class="checker-stages">
            {view.stages.map((st) => (
              <li data-stage={st.id}>
                <strong>{st.title}</strong>
                ：{st.steps.length > 0 ? st.steps.map((x) => x.title).join('、') : st.note}
              </li>
            ))}
          </ol>
        </section>
      )}
      {view.blockers.length === 0 && (
        <>
          <h3>{r.stepsHeading}</h3>
          <ol class="checker-steps" data-testid="steps">
            {view.steps.map((s) => (
              <Step s={s} />
            ))}
          </ol>
        </>
      )}
      {view.requirements.length > 0 && (
        <>
          <h3>{r.requirementsHeading}</h3>
          <Items list={view.requirements} testid="requirements" />
        </>
      )}
      {view.materials.length > 0 && (
        <section data-testid="materials">
          <h3>{r.materialsHeading}</h3>
          {view.materials.map((g) => (
            <>
              <h4>{g.label}</h4>
              <Items list={g.items} testid={`materials-${g.kind}`} />
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
                <strong>{p.name}</strong>：{p.note}
                <Refs refs={p.refs} />
                <Why reasons={p.reasons} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{r.timelineHeading}</h3>
      <p>{view.timelineIntro}</p>
      <ul data-testid="timeline">
        {view.timeline.map((p) => (
          <li data-phase={p.phase}>
            {p.label}：{p.text}
            <Refs refs={p.refs} />
            {p.conflicts.length > 0 && <span class="checker-conflict">（{p.conflicts.map((c) => `${c.label}：${c.title}`).join('；')}）</span>}
            <Why reasons={[...p.reasons, ...p.conflicts]} />
          </li>
        ))}
      </ul>
      {view.timelineNote && <p data-testid="timeline-unknown">{view.timelineNote}</p>}
      {view.afterFiling.length > 0 && (
        <>
          <h3>{r.afterFilingHeading}</h3>
          <Items list={view.afterFiling} testid="after-filing" />
        </>
      )}
      {view.sources.length > 0 && (
        <section class="checker-print-only checker-print-sources" data-testid="print-sources">
          <h3>{r.sourcesHeading}</h3>
          <ol>
            {view.sources.map((src) => (
              <li>
                {src.title}
                {src.gradeNote}
              </li>
            ))}
          </ol>
        </section>
      )}
      <p class="checker-version" data-testid="rules-version">
        {view.footer}
      </p>
    </div>
  );
}
