// The checker's questions, once: id (the answer's key and URL parameter), CLI flag, default, how a
// raw value is parsed, how it is written into a URL, and when it is asked. The checker's form, URL
// reading and writing, the defaults and the CLI's flags are all derived from this table.
// The words (labels, option names, messages) live in src/i18n.
import { zh, type Strings } from '../i18n/zh';
import { isRealIsoDate } from './iso';
import { ENTITIES, PRIOR_FILINGS, SERVICES, type Answers, type PreApprovalCategory, type Province } from './types';

/** What parsing needs to know: the provinces and categories the data has, and today in China. */
export interface QuestionContext {
  provinces: Province[];
  categories: Pick<PreApprovalCategory, 'id' | 'name'>[];
  today: string;
  /** City and district names → province code (src/rules/places.json); without it only province names are understood. */
  places?: Record<string, string>;
  /** The words of messages about bad input (default Chinese). */
  strings?: Strings;
}

const words = (ctx: Pick<QuestionContext, 'strings'>) => (ctx.strings ?? zh).problems;

export type Parsed<T> = { value: T } | { message: string };

interface QuestionBase<K extends keyof Answers> {
  /** The answer's key, also its URL parameter. */
  id: K;
  /** The CLI flag, without the leading dashes. */
  flag: string;
  /** How the form asks it. */
  kind: 'choice' | 'province' | 'date' | 'multi';
  /** The value when the question is not answered; undefined: no default (the answer stays open). */
  fallback(ctx: QuestionContext): Answers[K] | undefined;
  parse(raw: string, ctx: QuestionContext): Parsed<Answers[K]>;
  /** The value as written in a URL or on the command line. */
  format(value: Answers[K]): string;
  /** Asked only when this holds for the answers given so far (earlier questions in the table). */
  askedWhen?(answers: Partial<Answers>): boolean;
  /** The answer decides whether this guide applies at all: it has no default, and while it is open the result says so. */
  eligibility?: true;
}

export interface ChoiceQuestion<K extends keyof Answers> extends QuestionBase<K> {
  kind: 'choice';
  /** The values offered, in order; their labels are in the strings module. */
  options: readonly Answers[K][];
}

export type Question = { [K in keyof Answers]-?: QuestionBase<K> | ChoiceQuestion<K> }[keyof Answers];

const show = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

const YES = new Set(['yes', 'y', 'true', '1', '是', '有']);
const NO = new Set(['no', 'n', 'false', '0', '否', '没有', '不是']);

function yesNo<K extends 'localId' | 'residencePermit' | 'domainFiled'>(
  id: K,
  flag: string,
  fallback: boolean | undefined,
  askedWhen?: (a: Partial<Answers>) => boolean,
): ChoiceQuestion<K> {
  return {
    id,
    flag,
    kind: 'choice',
    options: [true, false] as Answers[K][],
    fallback: () => fallback as Answers[K],
    ...(fallback === undefined && !askedWhen ? { eligibility: true as const } : {}),
    parse(raw, ctx) {
      const l = raw.trim().toLowerCase();
      if (YES.has(l)) return { value: true as Answers[K] };
      if (NO.has(l)) return { value: false as Answers[K] };
      return { message: words(ctx).yesNo(show(raw)) };
    },
    format: (v) => (v ? 'yes' : 'no'),
    ...(askedWhen ? { askedWhen } : {}),
  };
}

function oneOf<K extends 'entity' | 'priorFiling' | 'service'>(
  id: K,
  flag: string,
  values: readonly Answers[K][],
  fallback: Answers[K],
  aliases: Record<string, Answers[K]> = {},
): ChoiceQuestion<K> {
  return {
    id,
    flag,
    kind: 'choice',
    options: values,
    ...(fallback === undefined ? { eligibility: true as const } : {}),
    fallback: () => fallback,
    parse(raw, ctx) {
      const l = raw.trim().toLowerCase();
      const value = values.find((v) => v === l) ?? aliases[raw.trim()];
      return value ? { value } : { message: words(ctx).oneOf(show(raw), values as readonly string[]) };
    },
    format: (v) => String(v),
  };
}

/**
 * A name typed in Latin letters as places.json and the provinces' `pinyin` spell it: lower case,
 * without spaces, hyphens or apostrophes, ü as v ("Xi'an", "Hang Zhou", "Lüliang" → xian, hangzhou,
 * lvliang). Chinese text passes through unchanged but for its spaces.
 */
export function latinKey(input: string): string {
  return input
    .toLowerCase()
    .replace(/[\s'’‘`-]+/g, '')
    .replace(/ü/g, 'v');
}

/**
 * Finds a province by code (any case), Chinese short or full name, pinyin, English short or full name
 * (any case), or by a city or district in it when `places` is given: its Chinese name first, then its
 * pinyin (see latinKey).
 */
export function findProvince(
  provinces: (Omit<Province, 'en'> & { en?: Province['en'] })[],
  input: string,
  places?: Record<string, string>,
): Province | undefined {
  const q = input.trim();
  const lower = q.toLowerCase();
  const key = latinKey(q);
  const direct = provinces.find(
    (p) =>
      p.code === lower ||
      p.short === q ||
      p.full === q ||
      p.pinyin === key ||
      (p.en !== undefined && (p.en.short.toLowerCase() === lower || p.en.full.toLowerCase() === lower)),
  ) as Province | undefined;
  if (direct || !places) return direct;
  const place = [q, key].find((k) => Object.hasOwn(places, k));
  return place === undefined ? undefined : (provinces.find((p) => p.code === places[place]) as Province | undefined);
}

/** A question answered with a province: code, name, pinyin or a city in it. */
function provinceQuestion<K extends 'province' | 'filingProvince'>(id: K, flag: string, askedWhen?: (a: Partial<Answers>) => boolean): QuestionBase<K> {
  return {
    id,
    flag,
    kind: 'province',
    fallback: () => undefined,
    parse(raw, ctx) {
      const p = findProvince(ctx.provinces, raw, ctx.places);
      return p ? { value: p.code as Answers[K] } : { message: words(ctx).province(show(raw.trim())) };
    },
    format: (v) => String(v),
    ...(askedWhen ? { askedWhen } : {}),
  };
}

/** The table. Order is the order of asking; askedWhen may only look at earlier questions. */
export const QUESTIONS: readonly Question[] = [
  // The two answers that decide whether this guide applies start unanswered (no default).
  oneOf('priorFiling', 'prior-filing', PRIOR_FILINGS, undefined),
  yesNo('domainFiled', 'domain-filed', undefined),
  oneOf('service', 'service', SERVICES, 'website', { 网站: 'website', App: 'app', APP: 'app' }),
  provinceQuestion('province', 'province'),
  // A new website is filed under the existing 主体, so where that filing is matters (rules in requirements.json).
  provinceQuestion('filingProvince', 'filing-province', (a) => a.priorFiling === 'elsewhere' || a.priorFiling === 'alibaba'),
  {
    id: 'date',
    flag: 'date',
    kind: 'date',
    fallback: (ctx) => ctx.today,
    parse: (raw, ctx) => (isRealIsoDate(raw.trim()) ? { value: raw.trim() } : { message: words(ctx).date(show(raw.trim())) }),
    format: (v) => v,
  },
  oneOf('entity', 'entity', ENTITIES, 'unit', { 个人: 'individual', 单位: 'unit' }),
  yesNo('localId', 'local-id', true),
  yesNo('residencePermit', 'residence-permit', undefined, (a) => a.localId === false),
  {
    id: 'content',
    flag: 'content',
    kind: 'multi',
    fallback: () => [],
    parse(raw, ctx) {
      const value: string[] = [];
      for (const part of raw.split(/[,，、\s]+/).filter(Boolean)) {
        const c = ctx.categories.find((k) => k.id === part.toLowerCase() || k.name === part || k.name.replace(/类$/, '') === part);
        if (!c) return { message: words(ctx).content(show(part), ctx.categories.map((k) => k.id)) };
        if (!value.includes(c.id)) value.push(c.id);
      }
      return { value };
    },
    format: (v) => v.join(','),
  },
];

export const questionById = (id: string) => QUESTIONS.find((q) => q.id === id);

export interface AnswerProblem {
  /** The question's id (the URL parameter). */
  field: keyof Answers;
  /** The bad value, shortened for display. */
  value: string;
  /** One sentence: what was wrong and what is accepted. */
  message: string;
}

export type ParsedAnswers = { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[]; partial: Partial<Answers> };

/** Raw values by question id; missing or empty means "not answered". */
export type RawAnswers = Partial<Record<keyof Answers, string | null | undefined>>;

/**
 * Untrusted input (CLI flags, URL parameters) → Answers, or clear messages. Never throws, never
 * echoes input as markup: callers render messages as text. `requireProvince`: the CLI needs one;
 * the checker just shows no result yet.
 */
export function parseAnswers(raw: RawAnswers, ctx: QuestionContext, options: { requireProvince: boolean }): ParsedAnswers {
  const problems: AnswerProblem[] = [];
  const partial: Partial<Answers> = {};
  const set = partial as Record<string, unknown>;
  for (const q of QUESTIONS) {
    if (q.askedWhen && !q.askedWhen(partial)) continue;
    const input = raw[q.id]?.trim();
    if (!input) {
      const fallback = q.fallback(ctx);
      if (fallback !== undefined) set[q.id] = fallback;
      else if (q.id === 'province' && options.requireProvince)
        problems.push({ field: q.id, value: '', message: words(ctx).missingProvince });
      continue;
    }
    const parsed = q.parse(input, ctx);
    if ('value' in parsed) set[q.id] = parsed.value;
    else problems.push({ field: q.id, value: input.length > 40 ? `${input.slice(0, 40)}…` : input, message: parsed.message });
  }
  if (problems.length || !partial.province) return { ok: false, problems, partial };
  return { ok: true, answers: partial as Answers };
}

/** The answers as URL parameters, in table order; defaults other than the date are left out so links stay short. */
export function answersToParams(a: Partial<Answers>, ctx: QuestionContext): URLSearchParams {
  const p = new URLSearchParams();
  for (const q of QUESTIONS) {
    if (q.askedWhen && !q.askedWhen(a)) continue;
    const value = a[q.id];
    if (value === undefined) continue;
    const formatted = (q.format as (v: unknown) => string)(value);
    const fallback = q.fallback(ctx);
    if (q.id !== 'date' && fallback !== undefined && formatted === (q.format as (v: unknown) => string)(fallback)) continue;
    if (formatted) p.set(q.id, formatted);
  }
  return p;
}

/** A query string split into the questions' raw answers and the parameters no question knows. */
export function readQuery(search: string): { raw: RawAnswers; unknown: string[] } {
  const params = new URLSearchParams(search);
  const raw: RawAnswers = {};
  const unknown: string[] = [];
  for (const key of new Set(params.keys())) {
    const q = questionById(key);
    if (q) raw[q.id] = q.kind === 'multi' ? params.getAll(key).join(',') : params.get(key);
    else unknown.push(show(key));
  }
  return { raw, unknown };
}

/** The questions that decide whether this guide applies and are still open in these answers. */
export const openEligibility = (a: Partial<Answers>) => QUESTIONS.filter((q) => q.eligibility && a[q.id] === undefined);

/** The documented defaults, for the answers not given (the province and date must be). */
export function defaultAnswers(province: string, date: string, ctx: Omit<QuestionContext, 'today'>): Answers {
  const parsed = parseAnswers({ province, date }, { ...ctx, today: date }, { requireProvince: true });
  if (!parsed.ok) throw new Error(`defaultAnswers: ${parsed.problems.map((p) => p.message).join(' ')}`);
  return parsed.answers;
}
