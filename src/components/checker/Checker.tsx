// The checker island: questions on the left of the story, the visitor's path on the right of it.
// Answers live in the URL (pushState for each committed change, replaceState while typing in one
// field; popstate restores them). Everything from the URL is shown as text, never as HTML.
import { Component } from 'preact';
import { todayInChina } from '../../engine/iso';
import { answersToParams, findProvince, openEligibility, parseAnswers, questionById, QUESTIONS, readQuery, type AnswerProblem, type Question } from '../../engine/questions';
import type { Answers, Result } from '../../engine/types';
import { provinceFull, provinceShort, type Lang } from '../../engine/localize';
import { zh, type Strings } from '../../i18n/zh';
import type { ResultViewModel } from '../../present/present';
import { savedFromView, savedKey } from '../../present/saved';
import { categories, provinces } from './form-data';
import type { CheckerRuleData } from '../../../build/split.mjs';
import { startDecider, type Decider } from './decider';
import { SHARED_LINK } from '../../../build/early-worker.mjs';
import { PROVINCE_LIST_ID } from './ProvinceOptions';
import { ResultView } from './ResultView';
import { marker, type Mark } from './words';

/** The questions answered with a province; the form holds them as typed. */
type ProvinceField = 'province' | 'filingProvince';
/** The answers as the form holds them: the provinces as typed, not yet resolved to codes. */
type Form = Partial<Omit<Answers, ProvinceField>> & { province: string; filingProvince?: string };

interface Notice {
  problems: AnswerProblem[];
  unknown: string[];
}

/** City and district names → province code: a separate chunk, loaded the first time an input is not a province name. */
let places: Record<string, string> | undefined;
const loadPlaces = () =>
  import('../../rules/places.json').then((m) => (places = m.default.places as Record<string, string>)).catch(() => (places = {}));
const findAny = (input: string) => findProvince(provinces, input, places);

const ctxFor = (today: string, s: Strings = zh) => ({ provinces, categories, today, places, strings: s });

/** The form after the answers given: each question's answer, or its default; provinces by their name in the reader's language. */
function fillForm(a: Partial<Answers>, today: string, lang: Lang): Form {
  const shortName = (code: string | undefined) => {
    const p = provinces.find((x) => x.code === code);
    return p && provinceShort(p, lang);
  };
  const form: Form = { province: shortName(a.province) ?? '' };
  for (const q of QUESTIONS) {
    if (q.id === 'province') continue;
    const value = q.kind === 'province' ? shortName(a[q.id] as string | undefined) : (a[q.id] ?? q.fallback(ctxFor(today)));
    if (value !== undefined) (form as Record<string, unknown>)[q.id] = value;
  }
  return form;
}

function readUrl(search: string, today: string, s: Strings): { form: Form; notice: Notice } {
  const { raw, unknown } = readQuery(search);
  const parsed = parseAnswers(raw, ctxFor(today, s), { requireProvince: false });
  return { form: fillForm(parsed.ok ? parsed.answers : parsed.partial, today, s.lang), notice: { problems: parsed.ok ? [] : parsed.problems, unknown } };
}

/** The form's answers, with only the questions that are asked (askedWhen) and the province resolved. */
function toAnswers(form: Form, today: string): Partial<Answers> {
  const a: Partial<Answers> = {
    ...form,
    province: findAny(form.province)?.code,
    // Text that names no province leaves the question open (the field says so).
    filingProvince: form.filingProvince ? findAny(form.filingProvince)?.code : undefined,
    date: form.date || today,
  };
  for (const q of QUESTIONS) if (q.askedWhen && !q.askedWhen(a)) delete a[q.id];
  return a;
}

function PastDateNotice({ past, today, lines, href, s, w }: { past: Result; today: Result; lines: string[]; href: string; s: Strings; w: Mark }) {
  const d = s.pastDate;
  return (
    <aside class="checker-past" data-testid="past-date">
      <p>{lines.length ? d.notice(past.asOf, today.asOf) : d.same(past.asOf, today.asOf)}</p>
      {lines.length > 0 && (
        <ul>
          {lines.map((l) => (
            <li>{w(l)}</li>
          ))}
        </ul>
      )}
      <p>
        <a href={href}>{d.link}</a>
      </p>
    </aside>
  );
}

export interface CheckerProps {
  /** Where the rule data is (see split.mjs); a shared link's page preloads it (early-worker.mjs). */
  rulesUrl: string;
  /** Id of the static nationwide overview to hide while a personal result shows. */
  overviewId: string;
  /** The date the overview was computed for (build day). */
  overviewDate: string;
  /** Where the step pages are in this language, when not the strings module's (e.g. no English guide yet). */
  stepsPath?: string;
}

interface State {
  form: Form;
  notice: Notice;
  result: Result | null;
  /** The result as shown (decided with it, see decide.ts). */
  view: ResultViewModel | null;
  /** Today's answer for the same answers, when the result is for a past date. */
  todayResult: Result | null;
  /** How today's answer differs from the shown past one (computed by a module loaded on demand). */
  pastLines: string[];
  rules: 'loading' | 'ready' | 'failed';
  copy: { message: string; fallback?: string } | null;
  /** The date field is uncontrolled while typing (setting its value mid-entry resets Chromium's
   * year/month/day segments); a new key re-creates it when the URL brings a different date. */
  dateKey: number;
  /**
   * The questions: `always` shown (a visit that starts on the form); `folded` behind a button, because
   * the page opened on a shared link whose answers were complete (on a phone the questions filled two
   * screens above the result the link was shared for); `unfolded` by the reader from there.
   */
  questions: 'always' | 'folded' | 'unfolded';
}

/**
 * The island for the page's language: this module's default export is the Chinese one, CheckerEn.tsx
 * the English one. Each page loads only its own words (en.ts on every Chinese visit was 3 KB gzip of
 * the page's JavaScript budget).
 */
export default function Checker(props: CheckerProps) {
  return <CheckerIn {...props} strings={zh} />;
}

// A class, not hooks: preact/hooks would add 1.2 KB gzip to the page's JavaScript budget.
type IslandProps = CheckerProps & { strings: Strings };

export class CheckerIn extends Component<IslandProps, State> {
  today = todayInChina();
  /** The words of the page's language, and so the language. */
  s: Strings = { ...this.props.strings, ...(this.props.stepsPath ? { stepsPath: this.props.stepsPath } : {}) };
  lang: Lang = this.s.lang;
  /** Text with its Chinese runs marked on an English page. */
  w: Mark = marker(this.lang === 'en');
  /** The text of the page's rules.json, once fetched: the decider's data, and the sources for a copy. */
  rules: string | null = null;
  /** Where the decisions are made (a worker, see decider.ts), once the rule data is in. */
  decider: Decider | null = null;
  run = 0;
  editing: string | null = null;
  state: State = { form: fillForm({}, this.today, this.lang), notice: { problems: [], unknown: [] }, result: null, view: null, todayResult: null, pastLines: [], rules: 'loading', copy: null, dateKey: 0, questions: 'always' };
  query = (a: Partial<Answers>) => answersToParams(a, ctxFor(this.today, this.s)).toString();

  show(next: Form, nextNotice: Notice) {
    this.setState({ form: next, notice: nextNotice });
    const a = toAnswers(next, this.today);
    if (a.province) this.loadRules();
    const id = ++this.run;
    const { decider } = this;
    if (!a.province || !decider) return this.setState({ result: null, view: null, todayResult: null });
    // The decider works off the main thread; the page only draws what comes back. The rule data is in
    // the page's language already (its rules.json), and so are the engine's words.
    decider.decide(a as Answers, this.today).then(
      ({ result, view, todayResult, pastLines }) => {
        if (id !== this.run) return;
        this.setState({ result, view, todayResult, pastLines });
        // Saved for the step pages in a task of its own: the result is drawn first.
        setTimeout(() => {
          try {
            localStorage.setItem(savedKey(this.lang), JSON.stringify(savedFromView(result, view, this.query(a))));
          } catch {
            /* private mode or storage full: the step pages simply invite to the checker */
          }
        }, 0);
      },
      () => id === this.run && this.setState({ rules: 'failed' }),
    );
  }

  /** A committed change: one history entry. Typing in one field keeps replacing its entry. */
  change(patch: Partial<Form>, field?: string) {
    const next = { ...this.state.form, ...patch };
    const query = this.query(toAnswers(next, this.today));
    if (query !== location.search.slice(1)) {
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      if (field && this.editing === field) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    this.editing = field ?? null;
    this.setState({ copy: null });
    this.show(next, { problems: [], unknown: [] });
  }

  /** The address's answers have been read at least once. */
  urlRead = false;
  /** The address the page opened on has not been read to the end yet (a city name in it waits for the place names). */
  openingRead = true;

  fromUrl = () => {
    // An address with no answers, on opening: hydration has already drawn the form with its defaults,
    // so there is nothing to read and nothing to draw again (the second render of the whole form was
    // the largest task after hydration on a phone; `npm run bench`). Only the date field is set:
    // uncontrolled, it kept the build day's date from the page's HTML.
    if (this.openingRead && !location.search) {
      this.openingRead = false;
      this.urlRead = true;
      this.base instanceof HTMLElement && this.base.classList.add('checker-read');
      const date = this.base instanceof HTMLElement ? this.base.querySelector<HTMLInputElement>('#checker-date') : null;
      const today = this.state.form.date;
      if (date && today && date.value !== today) date.value = date.defaultValue = today;
      return;
    }
    this.urlRead = true;
    const { form, notice } = readUrl(location.search, this.today, this.s);
    // A city name in a shared link: read it again once the place names are in.
    const again = !places && notice.problems.some((p) => questionById(p.field)?.kind === 'province');
    if (again) loadPlaces().then(this.fromUrl);
    // The opening address answered every question it needs, usably (a shared result, not a province
    // page's link that asks the reader to answer): its result comes first, the questions fold.
    const opened = toAnswers(form, this.today);
    const fold = this.openingRead && !again && !notice.problems.length && !notice.unknown.length && opened.province !== undefined && !openEligibility(opened).length;
    if (!again) this.openingRead = false;
    this.setState({ dateKey: this.state.dateKey + 1, ...(fold ? { questions: 'folded' as const } : {}) });
    this.show(form, notice);
  };

  componentDidMount() {
    // The address's answers in a task of their own, after hydration's: together they held a phone's
    // page for up to 150 ms (measured by `npm run bench` at 4x CPU).
    this.mountTimer = setTimeout(this.fromUrl, 0);
    addEventListener('popstate', this.fromUrl);
  }

  private rulesRequested = false;

  /**
   * The rule data (a shared link's page preloads it) and the worker that decides with it (decider.ts), started
   * together once a province is known or the reader starts on the form: a visit that only reads the
   * overview never starts the engine. The form is usable before either is ready.
   */
  loadRules = () => {
    if (this.rulesRequested) return;
    this.rulesRequested = true;
    // As text: the worker parses it, so the page never spends a task on 200 KB of JSON.
    const rules = fetch(this.props.rulesUrl).then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))));
    const decider = startDecider(rules, this.s);
    rules
      .then((text) => {
        this.rules = text;
        this.decider = decider;
        this.setState({ rules: 'ready' });
        // Decide with the rules in place, keeping what is on screen.
        this.show(this.state.form, this.state.notice);
      })
      .catch(() => this.setState({ rules: 'failed' }));
  };

  private mountTimer: ReturnType<typeof setTimeout> | undefined;

  componentWillUnmount() {
    clearTimeout(this.mountTimer);
    removeEventListener('popstate', this.fromUrl);

  }

  componentDidUpdate() {
    const overview = document.getElementById(this.props.overviewId);
    if (overview) overview.hidden = this.state.result !== null;
    // A shared link's page kept the overview out of its layout while the answer was on its way
    // (SHARED_LINK): once the address is read and answered, with a result or with nothing to show,
    // the overview's `hidden` above decides alone.
    const { result, rules, form } = this.state;
    if (this.urlRead && (result !== null || rules === 'failed' || !toAnswers(form, this.today).province)) document.documentElement.removeAttribute(SHARED_LINK);
  }

  async copyMarkdown() {
    const { result } = this.state;
    if (!result) return;
    // Loaded on the first click only: most visits never copy.
    const { formatResult } = await import('../../present/text');
    const link = `${location.origin}${location.pathname}?${this.query(result.answers)}`;
    const sources = this.rules ? (JSON.parse(this.rules) as CheckerRuleData).sources : undefined;
    const text = formatResult(result, { markdown: true, link, sources }, this.s);
    try {
      await navigator.clipboard.writeText(text);
      this.setState({ copy: { message: this.s.result.copied } });
    } catch {
      this.setState({ copy: { message: this.s.result.copyFailed, fallback: text } });
    }
  }

  /** One question of the table as a form control. */
  field(q: Question, n: number, form: Form, provinceShort: string | null) {
    const change = (patch: Partial<Form>, field?: string) => this.change(patch, field);
    const { s, w, lang } = this;
    const words = s.questions[q.id];
    const label = `${n}. ${words.label({ entity: form.entity, province: provinceShort })}`;
    if (q.kind === 'choice') {
      const options = 'options' in words ? (words.options as Record<string, string>) : {};
      return (
        <fieldset>
          <legend>{w(label)}</legend>
          {'options' in q &&
            q.options.map((v) => (
              <label>
                <input type="radio" name={q.id} value={String(v)} checked={form[q.id as keyof Form] === v} onChange={() => change({ [q.id]: v })} />{' '}
                {w(options[String(v)])}
              </label>
            ))}
        </fieldset>
      );
    }
    if (q.kind === 'province') {
      const id = q.id as ProvinceField;
      const typed = form[id] ?? '';
      const found = findAny(typed);
      const byName = findProvince(provinces, typed);
      const pw = s.questions.province;
      const hint = id === 'province' ? pw.hint : s.questions.filingProvince.hint;
      return (
        <p class="checker-field">
          <label for={`checker-${id}`}>{w(label)}</label>
          <input
            id={`checker-${id}`}
            name={id}
            list={PROVINCE_LIST_ID}
            autocomplete="off"
            value={typed}
            aria-describedby={`checker-${id}-hint`}
            onInput={(e) => {
              const text = e.currentTarget.value;
              if (findAny(text) || !text.trim() || id !== 'province') {
                if (!places && text.trim() && !findAny(text))
                  loadPlaces().then(() => {
                    if (this.state.form[id] === text && findAny(text)) change({ [id]: text }, id);
                  });
                return change({ [id]: text }, id);
              }
              // Nothing matches the province: the result on screen would belong to the previous one.
              this.run++;
              this.setState({ form: { ...form, province: text }, result: null, todayResult: null });
              if (!places)
                loadPlaces().then(() => {
                  if (this.state.form.province === text && findAny(text)) change({ province: text }, 'province');
                });
            }}
            onBlur={() => (this.editing = null)}
          />
          <span id={`checker-${id}-hint`} class="checker-hint" data-testid={`${id}-hint`}>
            {w(
              typed.trim() && !found
                ? pw.notFound(typed.trim())
                : found
                  ? byName
                    ? pw.chosen(provinceFull(found, lang))
                    : pw.chosenByPlace(provinceFull(found, lang), typed.trim())
                  : hint,
            )}
          </span>
        </p>
      );
    }
    if (q.kind === 'date')
      return (
        <p class="checker-field">
          <label for="checker-date">{w(label)}</label>
          <input
            id="checker-date"
            key={this.state.dateKey}
            type="date"
            name="date"
            defaultValue={form.date}
            aria-describedby="checker-date-hint"
            onInput={(e) => change({ date: e.currentTarget.value }, 'date')}
            onBlur={() => (this.editing = null)}
          />
          <span id="checker-date-hint" class="checker-hint">
            {w(s.questions.date.hint(this.today))}
          </span>
        </p>
      );
    const content = form.content ?? [];
    return (
      <fieldset>
        <legend>{w(label)}</legend>
        {categories.map((c) => (
          <label>
            <input
              type="checkbox"
              name="content"
              value={c.id}
              checked={content.includes(c.id)}
              onChange={(e) => change({ content: e.currentTarget.checked ? [...content, c.id] : content.filter((x) => x !== c.id) })}
            />{' '}
            {lang === 'en' ? c.en.name : c.name}
          </label>
        ))}
      </fieldset>
    );
  }

  render({ overviewDate }: IslandProps, { form, notice, result, view, todayResult, pastLines, rules, copy, questions }: State) {
    const { today } = this;
    const answers = toAnswers(form, today);
    const provinceFound = findAny(form.province);
    const { s, w, lang } = this;
    const summary = view
      ? view.summary
      : !answers.province
        ? s.checker.chooseProvince
        : rules === 'failed'
          ? s.checker.rulesFailed
          : s.checker.rulesLoading;
    const asked = QUESTIONS.filter((q) => !q.askedWhen || q.askedWhen(answers));

    return (
      // A reader on the form is about to answer: start the engine before the province is chosen.
      // `checker-read`: the address has been read; until then a shared link's page keeps the questions'
      // build-time defaults out of sight (checker.css).
      <div class={this.urlRead ? 'checker checker-read' : 'checker'} lang={lang === 'en' ? 'en' : undefined} onFocusIn={this.loadRules} onPointerEnter={this.loadRules} onPointerDown={this.loadRules}>
        {(notice.problems.length > 0 || notice.unknown.length > 0) && (
          <div class="checker-notice" role="alert" data-testid="url-notice">
            <p>{s.checker.urlNotice}</p>
            <ul>
              {notice.problems.map((p) => (
                <li>
                  {s.checker.urlProblem} <code>{p.field}</code>
                  {s.punct.open}
                  {s.questions[p.field].short}
                  {s.punct.close}
                  {s.punct.colon}
                  {w(p.message)}
                </li>
              ))}
              {notice.unknown.map((k) => (
                <li>
                  {s.checker.urlProblem} <code>{k}</code>
                  {s.punct.colon}
                  {s.checker.unknownParam}
                </li>
              ))}
            </ul>
          </div>
        )}
        <form class="checker-questions" method="get" action="" onSubmit={(e) => e.preventDefault()} aria-label={s.checker.formLabel}>
          <h2>{s.checker.formHeading}</h2>
          {!this.urlRead && <p class="checker-link-waiting">{s.checker.linkWaiting}</p>}
          {questions !== 'always' && (
            <p class="checker-fold">
              <button
                type="button"
                aria-expanded={questions === 'unfolded' ? 'true' : 'false'}
                aria-controls="checker-question-list"
                onClick={() => this.setState({ questions: questions === 'folded' ? 'unfolded' : 'folded' })}
              >
                {questions === 'folded' ? s.checker.editAnswers : s.checker.foldAnswers}
              </button>
            </p>
          )}
          <div id="checker-question-list" hidden={questions === 'folded'}>
            {asked.map((q, i) => this.field(q, i + 1, form, provinceFound ? provinceShort(provinceFound, lang) : null))}
          </div>
        </form>
        <p class="checker-summary" role="status" aria-live="polite" data-testid="checker-summary">
          {w(summary)}
        </p>
        {result && view && (
          <>
            <p class="checker-actions">
              <button type="button" onClick={() => this.copyMarkdown()}>
                {s.result.copy}
              </button>{' '}
              <button type="button" onClick={() => print()}>
                {s.result.print}
              </button>
            </p>
            {copy && (
              <div role="status" data-testid="copy-status">
                <p>{copy.message}</p>
                {copy.fallback && <textarea readOnly rows={8} aria-label={s.result.copyLabel} value={copy.fallback} />}
              </div>
            )}
            {todayResult && (
              <PastDateNotice past={result} today={todayResult} lines={pastLines} href={`?${this.query({ ...result.answers, date: this.today })}`} s={s} w={w} />
            )}
            <ResultView
              view={view}
              s={s}
              w={w}
              answersQuery={this.query(result.answers)}
              link={`${location.origin}${location.pathname}?${this.query(result.answers)}`}
              recheckHref={view.crossProvince ? `?${this.query({ ...result.answers, province: view.crossProvince.recheck.province })}` : undefined}
            />
          </>
        )}
        {!result && answers.province === undefined && (
          <p class="checker-hint">{s.checker.overviewHint(provinces.length, overviewDate)}</p>
        )}
      </div>
    );
  }
}
