// Turns untrusted input (CLI flags, URL parameters) into Answers, or into clear messages.
// Never throws, never echoes input as markup: callers render messages as text.
import { isRealIsoDate } from './iso';
import { ENTITIES, PRIOR_FILINGS, type Answers, type Province, type RuleSet } from './types';

export interface AnswerProblem {
  /** The answer's name as the caller knows it (URL parameter / CLI flag without dashes). */
  field: string;
  /** The bad value, shortened for display. */
  value: string;
  /** One sentence: what was wrong and what is accepted. */
  message: string;
}

export type ParsedAnswers = { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[]; partial: Partial<Answers> };

/** Raw values by name; repeated or missing parameters are the caller's business. */
export type RawAnswers = Partial<Record<'province' | 'date' | 'entity' | 'localId' | 'residencePermit' | 'content' | 'priorFiling' | 'domainFiled', string | null>>;

const show = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** Finds a province by code (any case), short name, full name or pinyin. */
export function findProvince(provinces: Province[], input: string): Province | undefined {
  const q = input.trim();
  const lower = q.toLowerCase();
  return provinces.find(
    (p) => p.code === lower || p.short === q || p.full === q || p.pinyin === lower.replace(/\s+/g, ''),
  );
}

const YES = new Set(['yes', 'y', 'true', '1', '是']);
const NO = new Set(['no', 'n', 'false', '0', '否']);
function parseYesNo(v: string): boolean | undefined {
  const l = v.trim().toLowerCase();
  if (YES.has(l)) return true;
  if (NO.has(l)) return false;
  return undefined;
}

export interface ParseOptions {
  /** Today in China, used when no date is given. */
  today: string;
  /** Whether a missing province is a problem (CLI) or just "not answered yet" (the checker). */
  requireProvince: boolean;
}

export function parseAnswers(raw: RawAnswers, ruleSet: RuleSet, options: ParseOptions): ParsedAnswers {
  const problems: AnswerProblem[] = [];
  const partial: Partial<Answers> = {};

  const provinceIn = raw.province?.trim();
  if (!provinceIn) {
    if (options.requireProvince)
      problems.push({ field: 'province', value: '', message: '缺少省份：请给出省份代码（如 zj）、简称（浙江）或全称（浙江省）。' });
  } else {
    const p = findProvince(ruleSet.provinces, provinceIn);
    if (p) partial.province = p.code;
    else
      problems.push({
        field: 'province',
        value: show(provinceIn),
        message: `未知的省份“${show(provinceIn)}”：可用 31 个省级行政区的代码（如 zj、ZJ）、简称（浙江）、全称（浙江省）或拼音（zhejiang）。`,
      });
  }

  const dateIn = raw.date?.trim();
  if (!dateIn) partial.date = options.today;
  else if (isRealIsoDate(dateIn)) partial.date = dateIn;
  else
    problems.push({
      field: 'date',
      value: show(dateIn),
      message: `日期“${show(dateIn)}”无效：请用真实存在的日期，格式 YYYY-MM-DD，例如 2018-09-10。`,
    });

  const entityIn = raw.entity?.trim().toLowerCase();
  if (!entityIn) partial.entity = 'unit';
  else if ((ENTITIES as readonly string[]).includes(entityIn)) partial.entity = entityIn as Answers['entity'];
  else if (entityIn === '个人') partial.entity = 'individual';
  else if (entityIn === '单位') partial.entity = 'unit';
  else
    problems.push({ field: 'entity', value: show(entityIn), message: `主体类型“${show(entityIn)}”无效：可用 individual（个人）或 unit（单位）。` });

  for (const key of ['localId', 'residencePermit', 'domainFiled'] as const) {
    const v = raw[key]?.trim();
    const fallback = key === 'localId' ? true : key === 'domainFiled' ? false : undefined;
    if (!v) {
      if (fallback !== undefined) partial[key] = fallback;
      continue;
    }
    const b = parseYesNo(v);
    if (b === undefined) problems.push({ field: key, value: show(v), message: `“${show(v)}”无效：只接受 yes 或 no。` });
    else partial[key] = b;
  }
  if (partial.localId) delete partial.residencePermit;

  const contentIn = raw.content?.trim();
  partial.content = [];
  if (contentIn) {
    const known = ruleSet.preApprovalCategories;
    for (const part of contentIn.split(/[,，、\s]+/).filter(Boolean)) {
      const c = known.find((k) => k.id === part.toLowerCase() || k.name === part || k.name.replace(/类$/, '') === part);
      if (c) {
        if (!partial.content.includes(c.id)) partial.content.push(c.id);
      } else
        problems.push({
          field: 'content',
          value: show(part),
          message: `未知的内容类别“${show(part)}”：可用 ${known.map((k) => k.id).join(', ')}。`,
        });
    }
  }

  const priorIn = raw.priorFiling?.trim().toLowerCase();
  if (!priorIn) partial.priorFiling = 'elsewhere';
  else if ((PRIOR_FILINGS as readonly string[]).includes(priorIn)) partial.priorFiling = priorIn as Answers['priorFiling'];
  else
    problems.push({ field: 'priorFiling', value: show(priorIn), message: `“${show(priorIn)}”无效：priorFiling 只接受 elsewhere、alibaba 或 none。` });

  if (problems.length || !partial.province) return { ok: false, problems, partial };
  return { ok: true, answers: partial as Answers };
}

/** The answers as URL parameters, in a stable order; defaults other than the date are left out so links stay short. */
export function answersToParams(a: Partial<Answers>): URLSearchParams {
  const p = new URLSearchParams();
  if (a.province) p.set('province', a.province);
  if (a.date) p.set('date', a.date);
  if (a.entity && a.entity !== 'unit') p.set('entity', a.entity);
  if (a.localId === false) p.set('localId', 'no');
  if (a.localId === false && a.residencePermit !== undefined) p.set('residencePermit', a.residencePermit ? 'yes' : 'no');
  if (a.content?.length) p.set('content', a.content.join(','));
  if (a.priorFiling && a.priorFiling !== 'elsewhere') p.set('priorFiling', a.priorFiling);
  if (a.domainFiled) p.set('domainFiled', 'yes');
  return p;
}

/** The answers a visitor has given when they have only picked a province and a date: the documented defaults. */
export function defaultAnswers(province: string, date: string): Answers {
  return { province, date, entity: 'unit', localId: true, content: [], priorFiling: 'elsewhere', domainFiled: false };
}
