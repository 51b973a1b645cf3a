// The engine in Node: every province × every rule boundary date (each effectiveFrom and
// effectiveUntil and the days either side) × both entity types, one evaluate() each.
import { addDays } from '../src/engine/dates';
import { evaluate } from '../src/engine/evaluate';
import { defaultAnswers } from '../src/engine/questions';
import { ruleSet } from '../src/engine/rules';
import { ENTITIES, type Answers, type RuleSet } from '../src/engine/types';

/** Every date on which some rule starts or ends, and the day before and after each. */
export function boundaryDates(set: RuleSet = ruleSet): string[] {
  const dates = new Set<string>();
  for (const rule of set.rules)
    for (const day of [rule.effectiveFrom, rule.effectiveUntil])
      if (day) for (const offset of [-1, 0, 1]) dates.add(addDays(day, offset));
  return [...dates].sort();
}

/** Every combination the bench evaluates: the question table's defaults, on the path this guide is for. */
export function benchAnswers(set: RuleSet = ruleSet): Answers[] {
  const dates = boundaryDates(set);
  const ctx = { provinces: set.provinces, categories: set.preApprovalCategories };
  return set.provinces.flatMap((p) =>
    dates.flatMap((date) =>
      ENTITIES.map((entity): Answers => ({ ...defaultAnswers(p.code, date, ctx), entity, priorFiling: 'elsewhere' })),
    ),
  );
}

export interface EngineBench {
  evaluations: number;
  dates: number;
  evaluationsPerSecond: number;
  medianMs: number;
  maxMs: number;
  /** The slowest single evaluation's answers, to see what made it slow. */
  slowest: { province: string; date: string; entity: string };
}

export async function benchEngine(): Promise<EngineBench> {
  const all = benchAnswers();
  // Warm-up: the first run builds the json-rules-engine Engine and lets V8 optimise.
  for (const answers of all.slice(0, 200)) await evaluate(answers, ruleSet);
  const times: number[] = [];
  let slowestAt = 0;
  const started = performance.now();
  for (const [i, answers] of all.entries()) {
    const t0 = performance.now();
    await evaluate(answers, ruleSet);
    const ms = performance.now() - t0;
    if (ms > (times[slowestAt] ?? -1)) slowestAt = i;
    times.push(ms);
  }
  const totalMs = performance.now() - started;
  const sorted = [...times].sort((a, b) => a - b);
  const slowest = all[slowestAt];
  return {
    evaluations: all.length,
    dates: boundaryDates().length,
    evaluationsPerSecond: Math.round((all.length / totalMs) * 1000),
    medianMs: round(sorted[Math.floor(sorted.length / 2)], 3),
    maxMs: round(sorted[sorted.length - 1], 3),
    slowest: { province: slowest.province, date: slowest.date, entity: slowest.entity },
  };
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
