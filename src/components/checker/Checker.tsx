// The checker island: questions on the left of the story, the visitor's path on the right of it.
// Answers live in the URL (pushState for each committed change, replaceState while typing in one
// field; popstate restores them). Everything from the URL is shown as text, never as HTML.
import { useEffect, useRef, useState } from 'preact/hooks';
import { answersToParams, findProvince, parseAnswers, type AnswerProblem, type RawAnswers } from '../../engine/answers';
import { todayInChina } from '../../engine/dates';
import { evaluate } from '../../engine/evaluate';
import { SAVED_KEY, savedAnswers } from '../../engine/summary';
import { trustedRuleSet } from '../../engine/trusted';
import type { Answers, Result } from '../../engine/types';
import { mergeCatalogue } from './split.mjs';
import { ResultView } from './ResultView';

const ruleSet = trustedRuleSet();
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
  const parsed = parseAnswers(raw, ruleSet, { today, requireProvince: false });
  const a: Partial<Answers> = parsed.ok ? parsed.answers : parsed.partial;
  const form: Form = {
    province: ruleSet.provinces.find((p) => p.code === a.province)?.short ?? '',
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
  const province = findProvince(ruleSet.provinces, form.province);
  return {
    ...form,
    province: province?.code,
    date: form.date || today,
    residencePermit: form.localId ? undefined : form.residencePermit,
  };
}

const publisher = (id: string) => ruleSet.sources.find((s) => s.id === id)?.publisher;

export interface CheckerProps {
  /** Where the rule texts and sources are (see split.mjs). */
  reasonsUrl: string;
  /** Id of the static nationwide overview to hide while a personal result shows. */
  overviewId: string;
  /** The date the overview was computed for (build day). */
  overviewDate: string;
}

export default function Checker({ reasonsUrl, overviewId, overviewDate }: CheckerProps) {
  const today = useRef(todayInChina()).current;
  const [state, setState] = useState(() => ({ form: readUrl('', today).form, notice: { problems: [], unknown: [] } as Notice }));
  const [result, setResult] = useState<Result | null>(null);
  const [texts, setTexts] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [copy, setCopy] = useState<{ message: string; fallback?: string } | null>(null);
  const run = useRef(0);
  const latest = useRef(state);
  latest.current = state;
  const editing = useRef<string | null>(null);
  // The date field is uncontrolled while typing (setting its value mid-entry resets Chromium's
  // year/month/day segments); a new key re-creates it when the URL brings a different date.
  const [dateKey, setDateKey] = useState(0);
  const { form, notice } = state;
  const answers = toAnswers(form, today);

  function show(next: Form, nextNotice: Notice) {
    setState({ form: next, notice: nextNotice });
    const a = toAnswers(next, today);
    const id = ++run.current;
    if (!a.province) return setResult(null);
    evaluate(a as Answers, ruleSet).then((r) => {
      if (id !== run.current) return;
      setResult(r);
      try {
        localStorage.setItem(SAVED_KEY, JSON.stringify(savedAnswers(r, answersToParams(a).toString())));
      } catch {
        /* private mode or storage full: the step pages simply invite to the checker */
      }
    });
  }

  /** A committed change: one history entry. Typing in one field keeps replacing its entry. */
  function change(patch: Partial<Form>, field?: string) {
    const next = { ...form, ...patch };
    const query = answersToParams(toAnswers(next, today)).toString();
    if (query !== location.search.slice(1)) {
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      if (field && editing.current === field) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    editing.current = field ?? null;
    setCopy(null);
    show(next, { problems: [], unknown: [] });
  }

  useEffect(() => {
    const fromUrl = () => {
      const { form: f, notice: n } = readUrl(location.search, today);
      setDateKey((k) => k + 1);
      show(f, n);
    };
    fromUrl();
    addEventListener('popstate', fromUrl);
    const load = () =>
      fetch(reasonsUrl)
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
        .then((catalogue) => {
          mergeCatalogue(ruleSet, catalogue);
          setTexts('ready');
          // Re-evaluate with the texts in place, keeping what is on screen.
          show(latest.current.form, latest.current.notice);
        })
        .catch(() => setTexts('failed'));
    const idle = (window as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback;
    if (idle) idle(load);
    else setTimeout(load, 200);
    const openAll = () => document.querySelectorAll<HTMLDetailsElement>('.checker details, #' + overviewId + ' details').forEach((d) => d.setAttribute('open', ''));
    addEventListener('beforeprint', openAll);
    return () => {
      removeEventListener('popstate', fromUrl);
      removeEventListener('beforeprint', openAll);
    };
  }, []);

  useEffect(() => {
    const overview = document.getElementById(overviewId);
    if (overview) overview.hidden = result !== null;
  }, [result]);

  async function copyMarkdown() {
    if (!result) return;
    // Loaded on the first click only: most visits never copy.
    const { formatResult } = await import('../../engine/format');
    const text = formatResult(result, { markdown: true, withReasons: texts === 'ready' });
    try {
      await navigator.clipboard.writeText(text);
      setCopy({ message: '已复制为 Markdown。' });
    } catch {
      setCopy({ message: '浏览器不允许写入剪贴板，请手动复制下面的文字：', fallback: text });
    }
  }

  const provinceFound = findProvince(ruleSet.provinces, form.province);
  const blocked = result?.blockers.length ?? 0;
  const summary = result
    ? `${result.province.name}，${result.asOf}：${blocked ? `有 ${blocked} 个问题使这个流程不适用；` : ''}十个步骤中 ${result.steps.filter((s) => s.status === 'required').length} 个需要，${result.steps.filter((s) => s.status === 'not-required').length} 个不需要。`
    : '选择省份后，这里显示你的备案路径。';
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
              const p = findProvince(ruleSet.provinces, text);
              if (p || !text.trim()) change({ province: text }, 'province');
              else setState({ form: { ...form, province: text }, notice });
            }}
            onBlur={() => (editing.current = null)}
          />
          <datalist id="checker-provinces">
            {ruleSet.provinces.map((p) => (
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
            onBlur={() => (editing.current = null)}
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
          {ruleSet.preApprovalCategories.map((c) => (
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
            <button type="button" onClick={copyMarkdown}>
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
          <ResultView result={result} publisher={publisher} failed={texts === 'failed'} />
        </>
      )}
      {!result && answers.province === undefined && (
        <p class="checker-hint">下面是全国 {ruleSet.provinces.length} 个省份在 {overviewDate} 的概览（按默认回答）；选择省份后，按你的全部回答计算。</p>
      )}
    </div>
  );
}
