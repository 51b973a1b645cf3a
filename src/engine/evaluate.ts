// answers → Result, through json-rules-engine. Pure: no DOM, no Astro, no Node APIs,
// so the same module runs at build time, in the CLI, in the tests and in the browser.
import { Engine } from 'json-rules-engine';
import { addWorkingDays, holidaysKnownUntil } from './dates';
import type {
  Answers,
  Blocker,
  Material,
  PreApprovalResult,
  Reason,
  Result,
  Rule,
  RuleSet,
  SourceRef,
  StepResult,
  Timeline,
  TimelinePhase,
} from './types';

interface Fired {
  rule: Rule;
}

const engines = new WeakMap<RuleSet, Engine>();

/** json-rules-engine conditions for a rule: its dates and provinces from metadata, plus its own conditions. */
function conditionsFor(rule: Rule) {
  const all: Record<string, unknown>[] = [{ fact: 'date', operator: 'onOrAfter', value: rule.effectiveFrom }];
  if (rule.effectiveUntil) all.push({ fact: 'date', operator: 'onOrBefore', value: rule.effectiveUntil });
  if (rule.provinces !== 'all') all.push({ fact: 'province', operator: 'in', value: rule.provinces });
  if (rule.conditions) all.push(rule.conditions);
  return { all };
}

function engineFor(ruleSet: RuleSet): Engine {
  let engine = engines.get(ruleSet);
  if (engine) return engine;
  engine = new Engine([], { allowUndefinedFacts: true });
  // ISO dates compare correctly as strings; json-rules-engine's greaterThan is numeric only.
  engine.addOperator('onOrAfter', (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a >= b);
  engine.addOperator('onOrBefore', (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a <= b);
  for (const rule of ruleSet.rules) {
    engine.addRule({
      name: rule.id,
      conditions: conditionsFor(rule) as never,
      event: { type: rule.event.type, params: { ruleId: rule.id } },
    });
  }
  engines.set(ruleSet, engine);
  return engine;
}

/** Newest rule first; same start day: higher priority first. "A later rule takes over" is the policy. */
function newestFirst(a: Rule, b: Rule): number {
  if (a.effectiveFrom !== b.effectiveFrom) return a.effectiveFrom < b.effectiveFrom ? 1 : -1;
  return (b.priority ?? 1) - (a.priority ?? 1);
}

function sourceRefs(ruleSet: RuleSet, ids: string[]): SourceRef[] {
  return ids.map((id) => {
    const s = ruleSet.sources.find((x) => x.id === id);
    return s
      ? { id, title: s.title, url: s.url, grade: s.grade, date: s.publishedOn ?? s.observedOn ?? null }
      : { id, title: id, url: '', grade: 'secondary' as const, date: null };
  });
}

export function reasonFor(ruleSet: RuleSet, rule: Rule): Reason {
  return {
    rule: rule.id,
    title: rule.title,
    text: rule.text,
    sources: sourceRefs(ruleSet, rule.sources),
    effectiveFrom: rule.effectiveFrom,
    effectiveUntil: rule.effectiveUntil,
    dateBasis: rule.dateBasis,
  };
}

function unknownReason(text: string): Reason {
  return { rule: null, title: '资料未覆盖', text, sources: [], effectiveFrom: null, effectiveUntil: null, dateBasis: null };
}

/** Why nothing decided: is the date before the data for this province, or simply not covered? */
function coverageText(ruleSet: RuleSet, answers: Answers, matches: (r: Rule) => boolean, what: string): string {
  const relevant = ruleSet.rules.filter((r) => matches(r) && (r.provinces === 'all' || r.provinces.includes(answers.province)));
  const earliest = relevant.map((r) => r.effectiveFrom).sort()[0];
  if (earliest && answers.date < earliest)
    return `本站关于“${what}”的资料最早从 ${earliest} 起，${answers.date} 时的要求未知，不作猜测。`;
  return `本站没有适用于 ${answers.date}、所选省份和这些答案的“${what}”规则，结果未知。`;
}

const sameDecision = (a: Rule, b: Rule) => JSON.stringify(a.event.params) === JSON.stringify(b.event.params);

export async function evaluate(answers: Answers, ruleSet: RuleSet): Promise<Result> {
  const engine = engineFor(ruleSet);
  const { events } = await engine.run({ ...answers });
  const byId = new Map(ruleSet.rules.map((r) => [r.id, r]));
  const fired: Fired[] = events
    .map((e) => byId.get(String((e.params as { ruleId?: string } | undefined)?.ruleId)))
    .filter((r): r is Rule => Boolean(r))
    .map((rule) => ({ rule }));
  const firedRules = fired.map((f) => f.rule);
  const ofType = <T extends Rule['event']['type']>(type: T) => firedRules.filter((r) => r.event.type === type).sort(newestFirst);

  const statusRules = ofType('step-status');
  const detailRules = ofType('step-detail');
  const steps: StepResult[] = ruleSet.steps.map((s) => {
    const candidates = statusRules.filter((r) => r.event.type === 'step-status' && r.event.params.step === s.id);
    const step: StepResult = { id: s.id, order: s.order, title: s.title, status: 'unknown', reasons: [] };
    const winner = candidates[0];
    if (!winner || winner.event.type !== 'step-status') {
      step.reasons.push(
        unknownReason(coverageText(ruleSet, answers, (r) => r.event.type === 'step-status' && r.event.params.step === s.id, s.title)),
      );
    } else {
      step.status = winner.event.params.status;
      if (winner.event.params.method) step.method = winner.event.params.method;
      step.reasons.push(...candidates.filter((r) => sameDecision(r, winner)).map((r) => reasonFor(ruleSet, r)));
    }
    if (s.id === 'identity-verification' && !step.method) step.method = 'unknown';
    if (s.id === 'sms-verification') {
      step.validityHours = null;
      step.recipients = [];
      if (step.status === 'required' || step.status === 'conditional') {
        const details = detailRules.filter((r) => r.event.type === 'step-detail' && r.event.params.step === s.id);
        const validity = details.find((r) => r.event.type === 'step-detail' && r.event.params.validityHours !== undefined);
        const recipients = details.find((r) => r.event.type === 'step-detail' && r.event.params.recipients !== undefined);
        if (validity?.event.type === 'step-detail') {
          step.validityHours = validity.event.params.validityHours ?? null;
          step.reasons.push(reasonFor(ruleSet, validity));
        }
        if (recipients?.event.type === 'step-detail') {
          step.recipients = recipients.event.params.recipients ?? [];
          step.reasons.push(reasonFor(ruleSet, recipients));
        }
      }
    }
    return step;
  });

  const blockers: Blocker[] = ofType('blocker').map((r) => ({
    ...reasonFor(ruleSet, r),
    instead: r.event.type === 'blocker' ? r.event.params.instead : '',
  }));
  // The wrong-guide blockers first: they make everything else moot.
  blockers.sort((a, b) => Number(!a.rule?.startsWith('filing-type.')) - Number(!b.rule?.startsWith('filing-type.')));

  const materials: Material[] = ofType('material').map((r) => ({
    ...reasonFor(ruleSet, r),
    material: r.event.type === 'material' ? r.event.params.material : '',
  }));

  const preApprovalRules = ofType('pre-approval');
  const preApprovals: PreApprovalResult[] = answers.content.map((categoryId) => {
    const category = ruleSet.preApprovalCategories.find((c) => c.id === categoryId);
    const rules = preApprovalRules.filter((r) => r.event.type === 'pre-approval' && r.event.params.category === categoryId);
    const winner = rules[0];
    const base = {
      category: categoryId,
      name: category?.name ?? categoryId,
      authority: category?.authority ?? null,
      licence: category?.licence ?? null,
    };
    if (!winner || winner.event.type !== 'pre-approval')
      return {
        ...base,
        status: 'unknown' as const,
        reasons: [
          unknownReason(
            coverageText(ruleSet, answers, (r) => r.event.type === 'pre-approval' && r.event.params.category === categoryId, `${base.name}前置审批`),
          ),
        ],
      };
    return { ...base, status: winner.event.params.status, reasons: [reasonFor(ruleSet, winner)] };
  });

  const timeline = buildTimeline(ruleSet, answers, ofType('review-time'));
  const flowName = ofType('flow-name')[0];
  const province = ruleSet.provinces.find((p) => p.code === answers.province);
  const lastReviewed = ruleSet.rules.map((r) => r.lastReviewed).sort().at(-1) ?? '';

  return {
    flow: {
      id: 'xinzeng-not-aliyun',
      name: '新增网站（原备案不在阿里云）',
      currentName: flowName?.event.type === 'flow-name' ? flowName.event.params.name : null,
    },
    asOf: answers.date,
    province: { code: answers.province, name: province?.short ?? answers.province },
    answers,
    steps,
    blockers,
    materials,
    preApprovals,
    timeline,
    fired: firedRules.map((r) => r.id).sort(),
    rulesVersion: rulesVersion(ruleSet, lastReviewed),
  };
}

export function rulesVersion(ruleSet: RuleSet, lastReviewed = ruleSet.rules.map((r) => r.lastReviewed).sort().at(-1) ?? ''): string {
  return `${lastReviewed}（${ruleSet.rules.length} 条规则）`;
}

function buildTimeline(ruleSet: RuleSet, answers: Answers, reviewRules: Rule[]): Timeline {
  const phases: TimelinePhase[] = [];
  let unknown: string | null = null;
  let from = { earliest: answers.date as string | null, latest: answers.date as string | null };
  for (const phase of ['initial-review', 'bureau-review'] as const) {
    const rule = reviewRules.find((r) => r.event.type === 'review-time' && r.event.params.phase === phase);
    if (!rule || rule.event.type !== 'review-time') {
      unknown ??= coverageText(ruleSet, answers, (r) => r.event.type === 'review-time' && r.event.params.phase === phase, phase === 'initial-review' ? '初审时长' : '管局审核时长');
      break;
    }
    const { minWorkingDays, maxWorkingDays } = rule.event.params;
    const earliest = from.earliest ? addWorkingDays(from.earliest, minWorkingDays) : null;
    const latest = from.latest ? addWorkingDays(from.latest, maxWorkingDays) : null;
    if (!earliest || !latest)
      unknown ??= `节假日数据只覆盖到 ${holidaysKnownUntil}（国务院每年约 11 月公布次年安排），之后的工作日无法准确计算，因此不给出日期。`;
    phases.push({ phase, minWorkingDays, maxWorkingDays, earliest, latest, reasons: [reasonFor(ruleSet, rule)] });
    from = { earliest, latest };
  }
  return { start: answers.date, phases, holidaysKnownUntil, unknownReason: unknown };
}
