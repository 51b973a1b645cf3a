// What the province table and pages say "for today", computed by the engine at build time.
import { todayInChina } from '../../engine/dates';
import { evaluate } from '../../engine/evaluate';
import { defaultAnswers } from '../../engine/questions';
import type { Answers, Province, Reason } from '../../engine/types';
import { rulesFor, wordsFor, type Lang } from '../../i18n/page-lang';
import { ruleSet, smsStartIn } from './view';
import { quietYears } from '../../present/present';

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
  /** Every phone-number rule in force for an organisation or a local individual (a province may have several: Tianjin's local number and one number per principal). */
  phoneRules: { text: string; rule: string }[];
  identityMethod: string;
  smsStart: string | null;
  smsStartRule: string | null;
  bureauMaxWorkingDays: number | null;
}

// The overview and each province page ask for the same summary: compute it once per build and language.
const cache = new Map<string, Promise<ProvinceSummary>>();
export function summarise(province: Province, lang: Lang = 'zh-CN'): Promise<ProvinceSummary> {
  let summary = cache.get(`${lang}|${province.code}`);
  if (!summary) cache.set(`${lang}|${province.code}`, (summary = computeSummary(province, lang)));
  return summary;
}

async function computeSummary(province: Province, lang: Lang): Promise<ProvinceSummary> {
  const code = province.code;
  const set = rulesFor(lang);
  const t = wordsFor(lang);
  const [unit, local, nonLocal] = await Promise.all([
    evaluate(answers(code, {}), set),
    evaluate(answers(code, { entity: 'individual' }), set),
    evaluate(answers(code, { entity: 'individual', localId: false }), set),
  ]);
  // A value resting only on long-old sources says so, as its rule does in the lists below (present.ts),
  // unless one of `confirmers` has a recent source (Shanghai's 2025 rule on the permit's validity
  // confirms that a permit is still asked for).
  const quiet = (r: Reason) => quietYears(r.sources.map((s) => s.date), r.effectiveUntil, buildDay);
  const marked = (text: string, r: Reason, confirmers: Reason[] = []) => {
    const years = quiet(r);
    return years && confirmers.every((m) => quiet(m)) ? `${text}${t.provinceSummary.unconfirmed(years)}` : text;
  };
  const otherResidence = (r: Reason) => [...provinceItems(nonLocal), ...nonLocal.blockers].filter((m) => m.rule !== r.rule && aspectOf(m) === 'residence');
  const blocker = nonLocal.blockers[0];
  const extra = provinceItems(nonLocal).find((m) => aspectOf(m) === 'residence' && !provinceItems(local).some((l) => l.rule === m.rule));
  const nonLocalIndividuals = blocker
    ? { verdict: 'no' as const, text: marked(t.provinceSummary.cannot(blocker.title), blocker, otherResidence(blocker)), rule: blocker.rule }
    : extra
      ? { verdict: 'with-proof' as const, text: marked(t.provinceSummary.canWith(extra.label), extra, otherResidence(extra)), rule: extra.rule, proof: extra.label }
      : { verdict: 'no-rule' as const, text: t.provinceSummary.noLimit, rule: null };
  const phoneRules = [...provinceItems(unit), ...provinceItems(local)]
    .filter((m) => aspectOf(m) === 'phone')
    .filter((m, i, all) => all.findIndex((x) => x.rule === m.rule) === i)
    .flatMap((m) => (m.rule ? [{ text: marked(m.label, m), rule: m.rule }] : []));
  const identity = unit.steps.find((s) => s.id === 'identity-verification');
  const bureau = unit.timeline.phases.find((p) => p.phase === 'bureau-review');
  const sms = smsStartIn(code);
  return {
    province,
    nonLocalIndividuals,
    phoneRules,
    identityMethod: identity?.method ? t.method[identity.method] : t.method.unknown,
    smsStart: sms?.effectiveFrom ?? null,
    smsStartRule: sms?.id ?? null,
    bureauMaxWorkingDays: bureau?.maxWorkingDays ?? null,
  };
}

export const summariseAll = (lang: Lang = 'zh-CN') => Promise.all(ruleSet.provinces.map((p) => summarise(p, lang)));
