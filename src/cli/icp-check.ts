// icp-check: the checker on the command line. The flags come from the question table
// (src/engine/questions.ts); `run` returns what to print, so tests call it in-process.
// Public contract (keep stable): flags, JSON shape, exit codes (0 ok, 2 bad input).
import { parseArgs } from 'node:util';
import { todayInChina } from '../engine/dates';
import { evaluate } from '../engine/evaluate';
import { localizeRuleSet, type Lang } from '../engine/localize';
import { parseAnswers, QUESTIONS, type RawAnswers } from '../engine/questions';
import type { RuleSet } from '../engine/types';
import { en } from '../i18n/en';
import { zh, type Strings } from '../i18n/zh';
import placesFile from '../rules/places.json';
import { formatResult } from '../present/text';

export interface CliOutput {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/**
 * The options that are not questions: the output's language and form. `--lang` takes what the site
 * calls its languages (zh-CN, en) and zh for short; the default is the site's root language.
 */
const LANG_VALUES: Record<string, Lang> = { 'zh-cn': 'zh-CN', zh: 'zh-CN', en: 'en' };
const STRINGS: Record<Lang, Strings> = { 'zh-CN': zh, en };

export const usage = (s: Strings) =>
  `${s.cli.usage}npm run --silent icp-check -- --province ${s.cli.provinceValue} ${QUESTIONS.filter((q) => q.id !== 'province')
    .map((q) => `[--${q.flag} ${'options' in q ? q.options.map((o) => (typeof o === 'boolean' ? (o ? 'yes' : 'no') : o)).join('|') : q.kind === 'date' ? 'YYYY-MM-DD' : q.kind === 'province' ? s.cli.provinceValue : s.cli.contentValue}]`)
    .join(' ')} [--lang zh-CN|en] [--json]`;

export const USAGE = usage(zh);

const fail = (message: string): CliOutput => ({ code: 2, stdout: '', stderr: `icp-check: ${message}\n` });

/**
 * The language asked for, read before the other options so that even a message about them is in
 * it: the last --lang wins, as parseArgs would have it. undefined: the value is not a language.
 */
function langOf(argv: string[]): { lang: Lang } | { bad: string } {
  let raw: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') raw = argv[i + 1] ?? '';
    else if (arg.startsWith('--lang=')) raw = arg.slice('--lang='.length);
  });
  if (raw === undefined) return { lang: 'zh-CN' };
  const lang = LANG_VALUES[raw.trim().toLowerCase()];
  return lang ? { lang } : { bad: raw.length > 40 ? `${raw.slice(0, 40)}…` : raw };
}

export async function run(argv: string[], ruleSet: RuleSet, today = todayInChina()): Promise<CliOutput> {
  const asked = langOf(argv);
  // Which language was meant is unknown: the message says it in both.
  if ('bad' in asked) return fail(`--lang: “${asked.bad}” is not a language of this tool: use en or zh-CN (zh) / 只接受 en 或 zh-CN（zh）。`);
  const s = STRINGS[asked.lang];
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        ...Object.fromEntries(QUESTIONS.map((q) => [q.flag, { type: 'string' as const }])),
        lang: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs names the unknown or malformed option in its message.
    const msg = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(`${s.cli.badOption(msg)}${usage(s)}`);
  }
  if (values.help) return { code: 0, stdout: `${usage(s)}\n`, stderr: '' };
  const raw: RawAnswers = {};
  for (const q of QUESTIONS) {
    const v = values[q.flag];
    if (typeof v !== 'string') continue;
    if (v.trim() === '') return fail(`${s.cli.empty(q.flag)}${usage(s)}`);
    raw[q.id] = v;
  }
  const ctx = { provinces: ruleSet.provinces, categories: ruleSet.preApprovalCategories, today, places: placesFile.places as Record<string, string>, strings: s };
  const parsed = parseAnswers(raw, ctx, { requireProvince: true });
  if (!parsed.ok) {
    const p = parsed.problems[0];
    return fail(`--${QUESTIONS.find((q) => q.id === p.field)?.flag ?? p.field}: ${p.message}`);
  }
  const rules = localizeRuleSet(ruleSet, s.lang);
  const result = await evaluate(parsed.answers, rules, s);
  if (values.json) {
    const { flow, asOf, province, stages, steps, blockers, materials, requirements, preApprovals, afterFiling, timeline, unknowns, rulesVersion } = result;
    const json = { flow, asOf, province, answers: parsed.answers, stages, steps, blockers, materials, requirements, preApprovals, afterFiling, timeline, unknowns, rulesVersion };
    return { code: 0, stdout: `${JSON.stringify(json, null, 2)}\n`, stderr: '' };
  }
  return { code: 0, stdout: `${formatResult(result, { sources: rules.sources }, s)}\n`, stderr: '' };
}
