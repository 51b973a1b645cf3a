// What the province table and pages say "for today", computed by the engine at build time.
import { todayInChina } from '../../engine/dates';
import { evaluate } from '../../engine/evaluate';
import { defaultAnswers } from '../../engine/questions';
import type { Answers, Province, Reason } from '../../engine/types';
import { zh } from '../../i18n/zh';
import { ruleSet, smsStartIn } from './view';

export const buildDay = todayInChina();

const ctx = { provinces: ruleSet.provinces, categories: ruleSet.preApprovalCategories };
const answers = (province: string, over: Partial<Answers>): Answers => ({ ...defaultAnswers(province, buildDay, ctx), ...over });

const aspectOf = (m: Reason) => ruleSet.rules.find((r) => r.id === m.rule)?.aspect;
/** Documents and conditions together: a province rule may be either. */
const provinceItems = (r: Awaited<ReturnType<typeof evaluate>>) => [
  ...r.materials.map((m) => ({ ...m, label: m.material })),
  ...r.requirements.map((q) => ({ ...q, label: q.title })),
];

export interface ProvinceSummary {
  province: Province;
  /** Individuals whose ID is from another province. */
  nonLocalIndividuals: { verdict: 'no' | 'with-proof' | 'no-rule'; text: string; rule: string | null; proof?: string };
  localPhone: { required: boolean; text: string; rule: string | null };
  identityMethod: string;
  smsStart: string | null;
  smsStartRule: string | null;
  bureauMaxWorkingDays: number | null;
}

// The overview and each province page ask for the same summary: compute it once per build.
const cache = new Map<string, Promise<ProvinceSummary>>();
export function summarise(province: Province): Promise<ProvinceSummary> {
  let summary = cache.get(province.code);
  if (!summary) cache.set(province.code, (summary = computeSummary(province)));
  return summary;
}

async function computeSummary(province: Province): Promise<ProvinceSummary> {
  const code = province.code;
  const [unit, local, nonLocal] = await Promise.all([
    evaluate(answers(code, {}), ruleSet),
    evaluate(answers(code, { entity: 'individual' }), ruleSet),
    evaluate(answers(code, { entity: 'individual', localId: false }), ruleSet),
  ]);
  const blocker = nonLocal.blockers[0];
  const extra = provinceItems(nonLocal).find((m) => aspectOf(m) === 'residence' && !provinceItems(local).some((l) => l.rule === m.rule));
  const nonLocalIndividuals = blocker
    ? { verdict: 'no' as const, text: `不可以：${blocker.title}`, rule: blocker.rule }
    : extra
      ? { verdict: 'with-proof' as const, text: `可以，需${extra.label}`, rule: extra.rule, proof: extra.label }
      : { verdict: 'no-rule' as const, text: '资料中未见限制', rule: null };
  const phone = [...provinceItems(unit), ...provinceItems(local)].find((m) => aspectOf(m) === 'phone');
  const identity = unit.steps.find((s) => s.id === 'identity-verification');
  const bureau = unit.timeline.phases.find((p) => p.phase === 'bureau-review');
  const sms = smsStartIn(code);
  return {
    province,
    nonLocalIndividuals,
    localPhone: phone ? { required: true, text: phone.label, rule: phone.rule } : { required: false, text: '资料中未见要求', rule: null },
    identityMethod: identity?.method ? zh.method[identity.method] : zh.method.unknown,
    smsStart: sms?.effectiveFrom ?? null,
    smsStartRule: sms?.id ?? null,
    bureauMaxWorkingDays: bureau?.maxWorkingDays ?? null,
  };
}

export const summariseAll = () => Promise.all(ruleSet.provinces.map(summarise));
