// The checker island: questions on the left of the story, the visitor's path on the right of it.
// Answers live in the URL (pushState for each committed change, replaceState while typing in one
// field; popstate restores them). Everything from the URL is shown as text, never as HTML.
import { Component } from 'preact';
import { answersToParams, findProvince, parseAnswers, type AnswerProblem, type RawAnswers } from '../../engine/answers';
import { todayInChina } from '../../engine/dates';
import { evaluate } from '../../engine/evaluate';
import { SAVED_KEY, savedAnswers } from '../../engine/summary';
import type { Answers, Result, RuleSet } from '../../engine/types';
import { categories, formRuleSet, provinces } from './form-data';
import { browserRuleSet, type CheckerRuleData } from './split.mjs';
import { ResultView } from './ResultView';

const KNOWN = ['province', 'date', 'entity', 'localId', 'residencePermit', 'content', 'priorFiling', 'domainFiled'] as const;
const PARAM_LABEL: Record<string, string> = {
  province: '省份',
  date: '备案日期',
  entity: '主体类型',
  localId: '身份证签发地',
  residencePermit: '居住证',
  content: '内容类别',
  priorFiling: '主体已有备案',
  domainFiled: '域名已备案',
};

/** The answers as the form holds them: the province as typed, not yet resolved to a code. */
type Form = Omit<Answers, 'province'> & { province: string };

interface Notice {
  problems: AnswerProblem[];
  unknown: string[];
}

function readUrl(search: string, today: string): { form: Form; notice: Notice } {
  const params = new URLSearchParams(search);
  const raw: RawAnswers = {};
  const unknown: string[] = [];
  for (const key of new Set(params.keys())) {
    if ((KNOWN as readonly string[]).includes(key)) raw[key as (typeof KNOWN)[number]] = key === 'content' ? params.getAll(key).join(',') : params.get(key);
    else unknown.push(key.length > 40 ? `${key.slice(0, 40)}…` : key);
  }
  const parsed = parseAnswers(raw, formRuleSet, { today, requireProvince: false });
  const a: Partial<Answers> = parsed.ok ? parsed.answers : parsed.partial;
  const form: Form = {
    province: provinces.find((p) => p.code === a.province)?.short ?? '',
    date: a.date ?? today,
    entity: a.entity ?? 'unit',
    localId: a.localId ?? true,
    residencePermit: a.residencePermit,
    content: a.content ?? [],
    priorFiling: a.priorFiling ?? 'elsewhere',
    domainFiled: a.domainFiled ?? false,
  };
  return { form, notice: { problems: parsed.ok ? [] : parsed.problems, unknown } };
}

function toAnswers(form: Form, today: string): Partial<Answers> {
  const province = findProvince(provinces, form.province);
  return {
    ...form,
    province: province?.code,
    date: form.date || today,
    residencePermit: form.localId ? undefined : form.residencePermit,
  };
}

export interface CheckerProps {
  /** Where the rule data is (see split.mjs); the page preloads it. */
  rulesUrl: string;
  /** Id of the static nationwide overview to hide while a personal result shows. */
  overviewId: string;
  /** The date the overview was computed for (build day). */
  overviewDate: string;
}

interface State {
  form: Form;
  notice: Notice;
  result: Result | null;
  rules: 'loading' | 'ready' | 'failed';
  copy: { message: string; fallback?: string } | null;
  /** The date field is uncontrolled while typing (setting its value mid-entry resets Chromium's
   * year/month/day segments); a new key re-creates it when the URL brings a different date. */
  dateKey: number;
}

// A class, not hooks: preact/hooks would add 1.2 KB gzip to the page's JavaScript budget.
export default class Checker extends Component<CheckerProps, State> {
  today = todayInChina();
  ruleSet: RuleSet | null = null;
  run = 0;
  editing: string | null = null;
  state: State = { form: readUrl('', this.today).form, notice: { problems: [], unknown: [] }, result: null, rules: 'loading', copy: null, dateKey: 0 };

  show(next: Form, nextNotice: Notice) {
    this.setState({ form: next, notice: nextNotice });
    const a = toAnswers(next, this.today);
    const id = ++this.run;
    if (!a.province || !this.ruleSet) return this.setState({ result: null });
    evaluate(a as Answers, this.ruleSet).then((r) => {
      if (id !== this.run) return;
      this.setState({ result: r });
      try {
        localStorage.setItem(SAVED_KEY, JSON.stringify(savedAnswers(r, answersToParams(a).toString())));
      } catch {
        /* private mode or storage full: the step pages simply invite to the checker */
      }
    });
  }

  /** A committed change: one history entry. Typing in one field keeps replacing its entry. */
  change(patch: Partial<Form>, field?: string) {
    const next = { ...this.state.form, ...patch };
    const query = answersToParams(toAnswers(next, this.today)).toString();
    if (query !== location.search.slice(1)) {
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      if (field && this.editing === field) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    this.editing = field ?? null;
    this.setState({ copy: null });
    this.show(next, { problems: [], unknown: [] });
  }

  fromUrl = () => {
    const { form, notice } = readUrl(location.search, this.today);
    this.setState({ dateKey: this.state.dateKey + 1 });
    this.show(form, notice);
  };

  openAll = () =>
    document.querySelectorAll<HTMLDetailsElement>('.checker details, #' + this.props.overviewId + ' details').forEach((d) => d.setAttribute('open', ''));

  componentDidMount() {
    this.fromUrl();
    addEventListener('popstate', this.fromUrl);
    addEventListener('beforeprint', this.openAll);
    // Already on its way: the page preloads it.
    fetch(this.props.rulesUrl)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: CheckerRuleData) => {
        this.ruleSet = browserRuleSet(provinces, data);
        this.setState({ rules: 'ready' });
        // Decide with the rules in place, keeping what is on screen.
        this.show(this.state.form, this.state.notice);
      })
      .catch(() => this.setState({ rules: 'failed' }));
  }

  componentWillUnmount() {
    removeEventListener('popstate', this.fromUrl);
    removeEventListener('beforeprint', this.openAll);
  }

  componentDidUpdate() {
    const overview = document.getElementById(this.props.overviewId);
    if (overview) overview.hidden = this.state.result !== null;
  }

  async copyMarkdown() {
    const { result } = this.state;
    if (!result) return;
    // Loaded on the first click only: most visits never copy.
    const { formatResult } = await import('../../engine/format');
    const text = formatResult(result, { markdown: true });
    try {
      await navigator.clipboard.writeText(text);
      this.setState({ copy: { message: '已复制为 Markdown。' } });
    } catch {
      this.setState({ copy: { message: '浏览器不允许写入剪贴板，请手动复制下面的文字：', fallback: text } });
    }
  }

  render({ overviewDate }: CheckerProps, { form, notice, result, rules, copy, dateKey }: State) {
    const { today } = this;
    const answers = toAnswers(form, today);
    const change = (patch: Partial<Form>, field?: string) => this.change(patch, field);
    const provinceFound = findProvince(provinces, form.province);
    const blocked = result?.blockers.length ?? 0;
    const summary = result
      ? `${result.province.name}，${result.asOf}：${blocked ? `有 ${blocked} 个问题使这个流程不适用；` : ''}十个步骤中 ${result.steps.filter((s) => s.status === 'required').length} 个需要，${result.steps.filter((s) => s.status === 'not-required').length} 个不需要。`
      : !answers.province
        ? '选择省份后，这里显示你的备案路径。'
        : rules === 'failed'
          ? '规则数据未能载入，请刷新页面重试。'
          : '正在载入规则…';
    const radio = <T extends string | boolean>(name: string, legend: string, value: T | undefined, options: [T, string][], set: (v: T) => void) => (
      <fieldset>
        <legend>{legend}</legend>
        {options.map(([v, label]) => (
          <label>
            <input type="radio" name={name} value={String(v)} checked={value === v} onChange={() => set(v)} /> {label}
          </label>
        ))}
      </fieldset>
    );

    return (
      <div class="checker">
        {(notice.problems.length > 0 || notice.unknown.length > 0) && (
          <div class="checker-notice" role="alert" data-testid="url-notice">
            <p>网址里有无法使用的回答，已忽略，请在下面重新回答：</p>
            <ul>
              {notice.problems.map((p) => (
                <li>
                  参数 <code>{p.field}</code>（{PARAM_LABEL[p.field] ?? p.field}）：{p.message}
                </li>
              ))}
              {notice.unknown.map((k) => (
                <li>
                  参数 <code>{k}</code>：本检查器不认识这个参数。
                </li>
              ))}
            </ul>
          </div>
        )}
        <form class="checker-questions" method="get" action="" onSubmit={(e) => e.preventDefault()} aria-label="备案检查器问题">
          <h2>你的情况</h2>
          {radio('priorFiling', '1. 办理备案的主体（个人或单位）现在有没有 ICP 备案？', form.priorFiling, [
            ['elsewhere', '有，在其他服务商（不是阿里云）办理的'],
            ['alibaba', '有，在阿里云办理的'],
            ['none', '没有'],
          ], (v) => change({ priorFiling: v }))}
          {radio('domainFiled', '2. 新网站的域名本身已经备案过吗？', form.domainFiled, [
            [false, '没有'],
            [true, '已经备案过'],
          ], (v) => change({ domainFiled: v }))}
          <p class="checker-field">
            <label for="checker-province">3. 在哪个省份备案（主体所在地）？</label>
            <input
              id="checker-province"
              name="province"
              list="checker-provinces"
              autocomplete="off"
              value={form.province}
              aria-describedby="checker-province-hint"
              onInput={(e) => {
                const text = e.currentTarget.value;
                const p = findProvince(provinces, text);
                if (p || !text.trim()) change({ province: text }, 'province');
                else this.setState({ form: { ...form, province: text } });
              }}
              onBlur={() => (this.editing = null)}
            />
            <datalist id="checker-provinces">
              {provinces.map((p) => (
                <option value={p.short}>{`${p.full}（${p.code}）`}</option>
              ))}
            </datalist>
            <span id="checker-province-hint" class="checker-hint">
              {form.province.trim() && !provinceFound
                ? `没有找到“${form.province.trim()}”：可输入简称、全称、拼音或代码，如 浙江、浙江省、zhejiang、zj。`
                : provinceFound
                  ? `已选择：${provinceFound.full}`
                  : '可输入简称、全称、拼音或代码，如 浙江、浙江省、zhejiang、zj。'}
            </span>
          </p>
          <p class="checker-field">
            <label for="checker-date">4. 哪天提交备案？</label>
            <input
              id="checker-date"
              key={dateKey}
              type="date"
              name="date"
              defaultValue={form.date}
              aria-describedby="checker-date-hint"
              onInput={(e) => change({ date: e.currentTarget.value }, 'date')}
              onBlur={() => (this.editing = null)}
            />
            <span id="checker-date-hint" class="checker-hint">
              默认是今天（北京时间 {today}）；也可以选过去的日期，查看当时的要求。
            </span>
          </p>
          {radio('entity', '5. 以谁的名义备案？', form.entity, [
            ['individual', '个人'],
            ['unit', '单位（企业、机关、社会组织等）'],
          ], (v) => change({ entity: v }))}
          {radio('localId', `6. ${form.entity === 'individual' ? '你' : '网站负责人'}的身份证是由${provinceFound ? provinceFound.short : '所选省份'}签发的吗？`, form.localId, [
            [true, '是'],
            [false, '不是，是外省签发的'],
          ], (v) => change({ localId: v }))}
          {!form.localId &&
            radio('residencePermit', `6a. 有${provinceFound ? provinceFound.short : '所选省份'}的居住证（或暂住证）吗？`, form.residencePermit, [
              [true, '有'],
              [false, '没有'],
            ], (v) => change({ residencePermit: v }))}
          <fieldset>
            <legend>7. 网站内容涉及哪些需要前置审批的类别？（可多选，都不涉及就不选）</legend>
            {categories.map((c) => (
              <label>
                <input
                  type="checkbox"
                  name="content"
                  value={c.id}
                  checked={form.content.includes(c.id)}
                  onChange={(e) => change({ content: e.currentTarget.checked ? [...form.content, c.id] : form.content.filter((x) => x !== c.id) })}
                />{' '}
                {c.name}
              </label>
            ))}
          </fieldset>
        </form>
        <p class="checker-summary" role="status" aria-live="polite" data-testid="checker-summary">
          {summary}
        </p>
        {result && (
          <>
            <p class="checker-actions">
              <button type="button" onClick={() => this.copyMarkdown()}>
                复制为 Markdown
              </button>{' '}
              <button type="button" onClick={() => print()}>
                打印清单
              </button>
            </p>
            {copy && (
              <div role="status" data-testid="copy-status">
                <p>{copy.message}</p>
                {copy.fallback && <textarea readOnly rows={8} aria-label="结果的 Markdown 文本" value={copy.fallback} />}
              </div>
            )}
            <ResultView result={result} publisher={(id) => this.ruleSet?.sources.find((s) => s.id === id)?.publisher} />
          </>
        )}
        {!result && answers.province === undefined && (
          <p class="checker-hint">下面是全国 {provinces.length} 个省份在 {overviewDate} 的概览（按默认回答）；选择省份后，按你的全部回答计算。</p>
        )}
      </div>
    );
  }
}
