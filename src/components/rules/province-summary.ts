// What the province table and pages say "for today", computed by the engine at build time.
import { defaultAnswers } from '../../engine/answers';
import { todayInChina } from '../../engine/dates';
import { evaluate } from '../../engine/evaluate';
import { METHOD_LABEL } from '../../engine/labels';
import type { Answers, Material, Province } from '../../engine/types';
import { ruleSet, smsStartIn } from './view';

export const buildDay = todayInChina();

const answers = (province: string, over: Partial<Answers>): Answers => ({ ...defaultAnswers(province, buildDay), ...over });

const aspectOf = (m: Material) => ruleSet.rules.find((r) => r.id === m.rule)?.aspect;

export interface ProvinceSummary {
  province: Province;
  /** Individuals whose ID is from another province. */
  nonLocalIndividuals: { verdict: 'no' | 'with-proof' | 'no-rule'; text: string; rule: string | null };
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
  const extra = nonLocal.materials.find((m) => aspectOf(m) === 'residence' && !local.materials.some((l) => l.rule === m.rule));
  const nonLocalIndividuals = blocker
    ? { verdict: 'no' as const, text: `不可以：${blocker.title}`, rule: blocker.rule }
    : extra
      ? { verdict: 'with-proof' as const, text: `可以，需${extra.material}`, rule: extra.rule }
      : { verdict: 'no-rule' as const, text: '资料中未见限制', rule: null };
  const phone = [...unit.materials, ...local.materials].find((m) => aspectOf(m) === 'phone');
  const identity = unit.steps.find((s) => s.id === 'identity-verification');
  const bureau = unit.timeline.phases.find((p) => p.phase === 'bureau-review');
  const sms = smsStartIn(code);
  return {
    province,
    nonLocalIndividuals,
    localPhone: phone ? { required: true, text: phone.material, rule: phone.rule } : { required: false, text: '资料中未见要求', rule: null },
    identityMethod: identity?.method ? METHOD_LABEL[identity.method] : '未知',
    smsStart: sms?.effectiveFrom ?? null,
    smsStartRule: sms?.id ?? null,
    bureauMaxWorkingDays: bureau?.maxWorkingDays ?? null,
  };
}

export const summariseAll = () => Promise.all(ruleSet.provinces.map(summarise));
