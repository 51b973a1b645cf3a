// icp-check: the checker on the command line. The flags come from the question table
// (src/engine/questions.ts); `run` returns what to print, so tests call it in-process.
// Public contract (keep stable): flags, JSON shape, exit codes (0 ok, 2 bad input).
import { parseArgs } from 'node:util';
import { todayInChina } from '../engine/dates';
import { evaluate } from '../engine/evaluate';
import { parseAnswers, QUESTIONS, type RawAnswers } from '../engine/questions';
import type { RuleSet } from '../engine/types';
import placesFile from '../rules/places.json';
import { formatResult } from '../present/text';

export interface CliOutput {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export const USAGE = `用法：npm run --silent icp-check -- --province <代码或名称> ${QUESTIONS.filter((q) => q.id !== 'province')
  .map((q) => `[--${q.flag} ${'options' in q ? q.options.map((o) => (typeof o === 'boolean' ? (o ? 'yes' : 'no') : o)).join('|') : q.kind === 'date' ? 'YYYY-MM-DD' : q.kind === 'province' ? '<代码或名称>' : '<类别,类别,…>'}]`)
  .join(' ')} [--json]`;

const fail = (message: string): CliOutput => ({ code: 2, stdout: '', stderr: `icp-check: ${message}\n` });

export async function run(argv: string[], ruleSet: RuleSet, today = todayInChina()): Promise<CliOutput> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        ...Object.fromEntries(QUESTIONS.map((q) => [q.flag, { type: 'string' as const }])),
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs names the unknown or malformed option in its message.
    const msg = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(`无法识别的参数（${msg}）。${USAGE}`);
  }
  if (values.help) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  const raw: RawAnswers = {};
  for (const q of QUESTIONS) {
    const v = values[q.flag];
    if (typeof v !== 'string') continue;
    if (v.trim() === '') return fail(`--${q.flag} 的值为空。${USAGE}`);
    raw[q.id] = v;
  }
  const ctx = { provinces: ruleSet.provinces, categories: ruleSet.preApprovalCategories, today, places: placesFile.places as Record<string, string> };
  const parsed = parseAnswers(raw, ctx, { requireProvince: true });
  if (!parsed.ok) {
    const p = parsed.problems[0];
    return fail(`--${QUESTIONS.find((q) => q.id === p.field)?.flag ?? p.field}: ${p.message}`);
  }
  const result = await evaluate(parsed.answers, ruleSet);
  if (values.json) {
    const { flow, asOf, province, stages, steps, blockers, materials, requirements, preApprovals, afterFiling, timeline, unknowns, rulesVersion } = result;
    const json = { flow, asOf, province, answers: parsed.answers, stages, steps, blockers, materials, requirements, preApprovals, afterFiling, timeline, unknowns, rulesVersion };
    return { code: 0, stdout: `${JSON.stringify(json, null, 2)}\n`, stderr: '' };
  }
  return { code: 0, stdout: `${formatResult(result)}\n`, stderr: '' };
}
