// answers → Result, through json-rules-engine. Pure: no DOM, no Astro, no Node APIs,
// so the same module runs at build time, in the CLI, in the tests and in the browser.
//
// How a rule counts (see src/engine/schema.ts):
// - A rule has subjects (subjectsOf): what it decides, e.g. "step:sms-verification" or
//   "detail:sms-verification:recipients". For each subject the rule in force with the highest
//   precedence (newest effectiveFrom, then priority) decides; rules without a subject (blockers,
//   materials, requirements, duties) simply add up, in data order.
// - Another provider's statement, or an Alibaba source that disputes another rule, never decides:
//   it is shown beside the decision with the same subject as a conflict.
// - A gap between a rule and the rule it replaces is a window: the change happened on an unknown
//   day in it, so on those dates the answer is "unknown" and both rules are shown.
import { Engine } from 'json-rules-engine';
import { zh, type Strings } from '../i18n/zh';
import { addWorkingDays, holidaysKnownUntil } from './dates';
import { addDays } from './iso';
import { provinceShort } from './localize';
import {
  ASPECTS,
  PHOTO_REVIEW_METHODS,
  REVIEW_PHASE_STEP,
  REVIEW_PHASES,
  STEP_DETAIL_KEYS,
  type AfterFilingDuty,
  type Answers,
  type Blocker,
  type Conflict,
  type Material,
  type PreApprovalResult,
  type Reason,
  type Requirement,
  type Result,
  type ReviewPhase,
  type Rule,
  type RuleSet,
  type SourceRef,
  type Stage,
  type StepResult,
  type Timeline,
  type TimelinePhase,
  type Unknown,
} from './types';

type Subject = string;
type Of<T extends Rule['event']['type']> = Rule & { event: Extract<Rule['event'], { type: T }> };

const subjectCache = new WeakMap<Rule, Subject[]>();

/** What a rule decides; empty for rules that add up (blockers, materials, requirements, duties). */
export function subjectsOf(rule: Rule): Subject[] {
  let subjects = subjectCache.get(rule);
  if (!subjects) subjectCache.set(rule, (subjects = computeSubjects(rule)));
  return subjects;
}

function computeSubjects(rule: Rule): Subject[] {
  const e = rule.event;
  switch (e.type) {
    case 'step-status':
      return [`step:${e.params.step}`];
    case 'step-detail':
      return STEP_DETAIL_KEYS.filter((k) => e.params[k] !== undefined).map((k) => `detail:${e.params.step}:${k}`);
    case 'review-time':
      return [`phase:${e.params.phase}`];
    case 'pre-approval':
      return [`pre-approval:${e.params.category}`];
    case 'pre-approval-authority':
      return [`authority:${e.params.category}`];
    case 'flow-name':
    case 'stages':
      return [e.type];
    default:
      return [];
  }
}

/** The value a rule gives a subject, for "do these rules say the same?". */
function valueFor(rule: Rule, subject: Subject): unknown {
  const e = rule.event;
  if (e.type === 'step-detail') return e.params[subject.split(':')[2] as (typeof STEP_DETAIL_KEYS)[number]];
  const { step: _step, phase: _phase, category: _category, ...rest } = e.params as Record<string, unknown>;
  return rest;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Only Alibaba's own, undisputed statements decide this flow. */
export const decides = (rule: Rule) => (rule.provider ?? 'alibaba') === 'alibaba' && !rule.disputes;

/** Newest rule first; same start day: higher priority first. "A later rule takes over" is the policy. */
export function byPrecedence(a: Rule, b: Rule): number {
  if (a.effectiveFrom !== b.effectiveFrom) return a.effectiveFrom < b.effectiveFrom ? 1 : -1;
  return (b.priority ?? 1) - (a.priority ?? 1);
}

/** A change at an unknown date: between the last day `before` was seen and the first day `after` was. */
export interface Window {
  id: string;
  before: Rule;
  after: Rule;
}

/** Gaps between a rule and the one it replaces. */
export function windowsOf(ruleSet: RuleSet): Window[] {
  const byId = new Map(ruleSet.rules.map((r) => [r.id, r]));
  const windows: Window[] = [];
  for (const after of ruleSet.rules) {
    const before = after.replaces ? byId.get(after.replaces) : undefined;
    if (before?.effectiveUntil && addDays(before.effectiveUntil, 1) < after.effectiveFrom)
      windows.push({ id: `window:${before.id}>${after.id}`, before, after });
  }
  return windows;
}

interface Compiled {
  engine: Engine;
  byId: Map<string, Rule>;
  windows: Map<string, Window>;
}

/** What can apply in one province: its rules and windows, and the days on which that set changes. */
interface ProvinceRules {
  rules: Rule[];
  windows: Window[];
  /** Sorted first days of the periods in which the same rules and windows are in force. */
  changes: string[];
  /** One engine per period, built when a date in it is first asked about. */
  engines: Map<number, Compiled>;
}

const compiled = new WeakMap<RuleSet, Map<string, ProvinceRules>>();

const inProvince = (provinces: Rule['provinces'], code: string) => provinces === 'all' || provinces.includes(code);
const inForce = (date: string, from: string, until: string | null) => from <= date && (until === null || date <= until);
const windowFrom = (w: Window) => addDays(w.before.effectiveUntil!, 1);
const windowUntil = (w: Window) => addDays(w.after.effectiveFrom, -1);

/** json-rules-engine conditions: the dates from the rule's metadata, plus its own conditions on the answers. */
function conditionsFor(from: string, until: string | null, own: unknown[]) {
  const all: unknown[] = [{ fact: 'date', operator: 'onOrAfter', value: from }];
  if (until) all.push({ fact: 'date', operator: 'onOrBefore', value: until });
  return { all: [...all, ...own] };
}

function provinceRules(ruleSet: RuleSet, province: string): ProvinceRules {
  let perProvince = compiled.get(ruleSet);
  if (!perProvince) compiled.set(ruleSet, (perProvince = new Map()));
  let found = perProvince.get(province);
  if (found) return found;
  const rules = ruleSet.rules.filter((r) => inProvince(r.provinces, province));
  const windows = windowsOf(ruleSet).filter((w) => inProvince(w.before.provinces, province) || inProvince(w.after.provinces, province));
  const changes = new Set<string>();
  for (const r of rules) {
    changes.add(r.effectiveFrom);
    if (r.effectiveUntil) changes.add(addDays(r.effectiveUntil, 1));
  }
  for (const w of windows) changes.add(windowFrom(w)).add(addDays(windowUntil(w), 1));
  found = { rules, windows, changes: [...changes].sort(), engines: new Map() };
  perProvince.set(province, found);
  return found;
}

// The province and the dates are metadata, decided here rather than by json-rules-engine: the
// engine for one province and one period holds only the rules (and windows) in force then.
// json-rules-engine copies every rule's conditions on every run, and that copying was most of the
// cost of an evaluation (first with 31-code province lists, then with rules of other years). The
// date conditions stay on each rule, so an engine never decides outside its period.
function compile(ruleSet: RuleSet, province: string, date: string): Compiled {
  const p = provinceRules(ruleSet, province);
  let period = 0;
  while (period < p.changes.length && p.changes[period] <= date) period++;
  const found = p.engines.get(period);
  if (found) return found;
  const engine = new Engine([], { allowUndefinedFacts: true });
  // ISO dates compare correctly as strings; json-rules-engine's greaterThan is numeric only.
  engine.addOperator('onOrAfter', (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a >= b);
  engine.addOperator('onOrBefore', (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a <= b);
  for (const rule of p.rules)
    if (inForce(date, rule.effectiveFrom, rule.effectiveUntil))
      engine.addRule({
        name: rule.id,
        conditions: conditionsFor(rule.effectiveFrom, rule.effectiveUntil, rule.conditions ? [rule.conditions] : []) as never,
        event: { type: 'rule', params: { id: rule.id } },
      });
  const windows = new Map<string, Window>();
  for (const w of p.windows) {
    windows.set(w.id, w);
    if (!inForce(date, windowFrom(w), windowUntil(w))) continue;
    // The window matters to these answers when either side's conditions would.
    const own = w.before.conditions && w.after.conditions ? [{ any: [w.before.conditions, w.after.conditions] }] : [];
    engine.addRule({
      name: w.id,
      conditions: conditionsFor(windowFrom(w), windowUntil(w), own) as never,
      event: { type: 'window', params: { id: w.id } },
    });
  }
  const result = { engine, byId: new Map(ruleSet.rules.map((r) => [r.id, r])), windows };
  p.engines.set(period, result);
  return result;
}

function sourceRefs(ruleSet: RuleSet, ids: string[]): SourceRef[] {
  return ids.map((id) => {
    const s = ruleSet.sources.find((x) => x.id === id);
    return s
      ? { id, title: s.title, url: s.url, grade: s.grade, date: s.publishedOn ?? s.observedOn ?? null, gloss: s.en?.title ?? null }
      : { id, title: id, url: '', grade: 'secondary' as const, date: null, gloss: null };
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
    provider: rule.provider ?? 'alibaba',
  };
}

const unknownReason = (text: string, title: string): Reason => ({
  rule: null,
  title,
  text,
  sources: [],
  effectiveFrom: null,
  effectiveUntil: null,
  dateBasis: null,
  provider: 'alibaba',
});

/** Everything that fired for one set of answers, and the questions asked of it. */
class Evaluation {
  constructor(
    readonly ruleSet: RuleSet,
    readonly answers: Answers,
    /** Rules in force for these answers, in data order. */
    readonly fired: Rule[],
    readonly windows: Window[],
    /** The words of the reader's language (the rule set's words are in it too: localizeRuleSet). */
    readonly t: Strings,
  ) {}

  reason = (rule: Rule) => reasonFor(this.ruleSet, rule);

  /** Rules in force that add up (no subject), deciding ones only, in data order. */
  additive<T extends Rule['event']['type']>(type: T): Of<T>[] {
    return this.fired.filter((r): r is Of<T> => r.event.type === type && decides(r));
  }

  /** Why nothing decided a subject: a window, the date before the data, or no rule at all. */
  private whyNot(subject: Subject, what: string): { reasons: Reason[]; unknown: Unknown } {
    const window = this.windows.find((w) => subjectsOf(w.after).includes(subject));
    if (window) return this.windowUnknown(subject, what, window);
    const relevant = this.ruleSet.rules.filter(
      (r) => subjectsOf(r).includes(subject) && (r.provinces === 'all' || r.provinces.includes(this.answers.province)),
    );
    const earliest = relevant.map((r) => r.effectiveFrom).sort()[0];
    const { t } = this;
    const text =
      earliest && this.answers.date < earliest ? t.unknown.beforeData(what, earliest, this.answers.date) : t.unknown.noRule(what, this.answers.date);
    const reasons = [unknownReason(text, t.unknown.title)];
    return { reasons, unknown: { subject, title: what, text, reasons } };
  }

  windowUnknown(subject: Subject, what: string, w: Window): { reasons: Reason[]; unknown: Unknown } {
    const lastSeenOld = w.before.effectiveUntil!;
    const firstSeenNew = w.after.effectiveFrom;
    const text = this.t.unknown.window(what, lastSeenOld, firstSeenNew);
    const reasons = [unknownReason(text, this.t.unknown.windowTitle), this.reason(w.before), this.reason(w.after)];
    return { reasons, unknown: { subject, title: what, text, window: { lastSeenOld, firstSeenNew }, reasons } };
  }

  /** The decision on one subject: the winning rule, the rules that agree with it, and the conflicts. */
  decide(subject: Subject, what: string) {
    const candidates = this.fired.filter((r) => decides(r) && subjectsOf(r).includes(subject)).sort(byPrecedence);
    const conflicts: Conflict[] = this.fired
      .filter((r) => !decides(r) && subjectsOf(r).includes(subject))
      .map((r) => ({ ...this.reason(r), relation: r.disputes ? 'disagreement' : 'other-provider' }));
    const [winner] = candidates;
    if (!winner) return { winner: undefined, conflicts, ...this.whyNot(subject, what) };
    const value = valueFor(winner, subject);
    const reasons = candidates.filter((r) => sameValue(valueFor(r, subject), value)).map(this.reason);
    return { winner, conflicts, reasons, unknown: undefined };
  }
}

const methodStepCache = new WeakMap<RuleSet, Set<string>>();
function methodSteps(ruleSet: RuleSet): Set<string> {
  let found = methodStepCache.get(ruleSet);
  if (!found) {
    found = new Set(ruleSet.rules.flatMap((r) => (r.event.type === 'step-status' && r.event.params.method ? [r.event.params.step] : [])));
    methodStepCache.set(ruleSet, found);
  }
  return found;
}

const detailKeyCache = new WeakMap<RuleSet, Map<string, (typeof STEP_DETAIL_KEYS)[number][]>>();
/** Which details a step can have comes from the data: any rule that ever gives it. */
function detailKeysOf(ruleSet: RuleSet, step: string) {
  let perStep = detailKeyCache.get(ruleSet);
  if (!perStep) detailKeyCache.set(ruleSet, (perStep = new Map()));
  let keys = perStep.get(step);
  if (!keys) {
    const subjects = new Set(ruleSet.rules.flatMap(subjectsOf));
    perStep.set(step, (keys = STEP_DETAIL_KEYS.filter((k) => subjects.has(`detail:${step}:${k}`))));
  }
  return keys;
}

function stepResults(ev: Evaluation, stages: Stage[], unknowns: Unknown[]): StepResult[] {
  const detailKeys = (step: string) => detailKeysOf(ev.ruleSet, step);
  return ev.ruleSet.steps.map((s) => {
    const status = ev.decide(`step:${s.id}`, s.title);
    const step: StepResult = {
      id: s.id,
      order: s.order,
      title: s.title,
      status: 'unknown',
      stage: stages.find((st) => st.steps.includes(s.id))?.id ?? null,
      reasons: status.reasons,
      conflicts: status.conflicts,
    };
    if (status.unknown?.window) unknowns.push(status.unknown);
    // A step whose rules name a method always has one, 'unknown' when nothing decided it.
    if (methodSteps(ev.ruleSet).has(s.id)) step.method = 'unknown';
    if (status.winner?.event.type === 'step-status') {
      step.status = status.winner.event.params.status;
      if (status.winner.event.params.method) step.method = status.winner.event.params.method;
    }
    const keys = detailKeys(s.id);
    for (const key of keys) (step as unknown as Record<string, unknown>)[key] = key === 'recipients' ? [] : null;
    // Details only matter when the step happens.
    if (step.status !== 'required' && step.status !== 'conditional') return step;
    for (const key of keys) {
      const detail = ev.decide(`detail:${s.id}:${key}`, ev.t.engine.detail(s.title, key));
      step.conflicts.push(...detail.conflicts);
      if (detail.winner?.event.type === 'step-detail') {
        (step as unknown as Record<string, unknown>)[key] = detail.winner.event.params[key];
        step.reasons.push(...detail.reasons);
      } else if (detail.unknown?.window) {
        step.reasons.push(...detail.reasons);
        unknowns.push(detail.unknown);
      }
    }
    return step;
  });
}

function preApprovalResults(ev: Evaluation): PreApprovalResult[] {
  return ev.answers.content.map((categoryId) => {
    const category = ev.ruleSet.preApprovalCategories.find((c) => c.id === categoryId);
    const base = {
      category: categoryId,
      name: category?.name ?? categoryId,
      authority: category?.authority ?? null,
      licence: category?.licence ?? null,
    };
    const d = ev.decide(`pre-approval:${categoryId}`, ev.t.engine.preApproval(base.name));
    const status = d.winner?.event.type === 'pre-approval' ? d.winner.event.params.status : ('unknown' as const);
    // The body's name on the date, when a rule gives it; else the name in the category table.
    const named = ev.decide(`authority:${categoryId}`, ev.t.engine.authority(base.name));
    if (named.winner?.event.type === 'pre-approval-authority') {
      const { authority, licence } = named.winner.event.params;
      return { ...base, authority, licence, status, reasons: [...d.reasons, ...named.reasons] };
    }
    return { ...base, status, reasons: d.reasons };
  });
}

function materialsFor(ev: Evaluation, preApprovals: PreApprovalResult[]): Material[] {
  const documents: Material[] = ev.additive('material').map((r) => ({ ...ev.reason(r), ...r.event.params }));
  // A pre-approval that applies brings its licence into the list of documents.
  for (const p of preApprovals)
    if (p.licence && (p.status === 'required' || p.status === 'conditional') && p.reasons[0])
      documents.push({ ...p.reasons[0], material: p.licence, kind: 'pre-approval', providedBy: 'entity' });
  return documents;
}

/** "No data yet" per province aspect: the date is before the province's earliest rule on it. */
function aspectUnknowns(ev: Evaluation, provinceName: string): Unknown[] {
  const { province, date } = ev.answers;
  const { t } = ev;
  return ASPECTS.flatMap((aspect) => {
    const earliest = ev.ruleSet.rules
      .filter((r) => r.aspect === aspect && r.provinces !== 'all' && r.provinces.includes(province))
      .map((r) => r.effectiveFrom)
      .sort()[0];
    if (!earliest || date >= earliest) return [];
    const text = t.unknown.beforeProvinceData(provinceName, t.aspect[aspect], earliest, date);
    return [{ subject: `aspect:${aspect}`, title: t.aspect[aspect], text, reasons: [unknownReason(text, t.unknown.title)] }];
  });
}

/** Blockers, materials and requirements that changed at an unknown date around this day. */
function additiveWindowUnknowns(ev: Evaluation): Unknown[] {
  return ev.windows
    .filter((w) => subjectsOf(w.after).length === 0)
    .map((w) => ev.windowUnknown(`rule:${w.after.id}`, w.after.title, w).unknown);
}

/**
 * Whether a review phase applies to this filing: the phase of the identity photo only where the
 * identity step leaves a photo for Alibaba to review (PHOTO_REVIEW_METHODS); unknown while that
 * step's method is. Every other phase always applies.
 */
function phaseApplies(phase: ReviewPhase, steps: StepResult[]): boolean | 'unknown' {
  if (phase !== 'identity-verification') return true;
  const step = steps.find((s) => s.id === REVIEW_PHASE_STEP[phase]);
  if (!step || step.status === 'unknown' || step.method === 'unknown') return 'unknown';
  if (step.status === 'not-required') return false;
  return step.method !== undefined && PHOTO_REVIEW_METHODS.includes(step.method);
}

function buildTimeline(ev: Evaluation, unknowns: Unknown[], steps: StepResult[]): Timeline {
  const { t } = ev;
  const phases: TimelinePhase[] = [];
  let unknown: string | null = null;
  let complete = true;
  let from = { earliest: ev.answers.date as string | null, latest: ev.answers.date as string | null };
  for (const phase of REVIEW_PHASES) {
    const applies = phaseApplies(phase, steps);
    if (applies === false) continue;
    if (applies === 'unknown') {
      unknown ??= t.unknown.phaseOfUnknownStep(t.phase[phase]);
      complete = false;
      break;
    }
    const d = ev.decide(`phase:${phase}`, t.phase[phase]);
    if (d.winner?.event.type !== 'review-time') {
      if (d.unknown?.window) unknowns.push(d.unknown);
      unknown ??= d.unknown?.text ?? null;
      complete = false;
      break;
    }
    // A deciding rule always gives its floor (the schema refuses one without it).
    const { maxWorkingDays } = d.winner.event.params;
    const minWorkingDays = d.winner.event.params.minWorkingDays!;
    const earliest = from.earliest ? addWorkingDays(from.earliest, minWorkingDays) : null;
    const latest = from.latest ? addWorkingDays(from.latest, maxWorkingDays) : null;
    if (!earliest || !latest) unknown ??= t.unknown.holidays(holidaysKnownUntil);
    phases.push({ phase, minWorkingDays, maxWorkingDays, earliest, latest, reasons: d.reasons, conflicts: d.conflicts });
    from = { earliest, latest };
  }
  return { start: ev.answers.date, phases, complete, holidaysKnownUntil, unknownReason: unknown };
}

/** Facts computed from the answers, for rule conditions that compare two answers. Undefined while an answer they need is open. */
export function derivedFacts(answers: Answers): { filingProvinceDiffers: boolean | undefined } {
  return { filingProvinceDiffers: answers.filingProvince === undefined ? undefined : answers.filingProvince !== answers.province };
}

/**
 * The result for one set of answers. `t`: the reader's words (zh or en); give a rule set in the same
 * language (localizeRuleSet(ruleSet, t.lang)) so the rules' own words match. The decisions never
 * depend on the language: only the human-readable fields of the Result differ.
 */
export async function evaluate(answers: Answers, ruleSet: RuleSet, t: Strings = zh): Promise<Result> {
  const { engine, byId, windows } = compile(ruleSet, answers.province, answers.date);
  const { events } = await engine.run({ ...answers, ...derivedFacts(answers) });
  const ids = new Set(events.map((e) => String((e.params as { id?: string } | undefined)?.id)));
  const fired = ruleSet.rules.filter((r) => ids.has(r.id));
  const firedWindows = [...ids].map((id) => windows.get(id)).filter((w): w is Window => Boolean(w));
  const ev = new Evaluation(ruleSet, answers, fired, firedWindows, t);
  const nameOf = (code: string) => {
    const p = ruleSet.provinces.find((x) => x.code === code);
    return p ? provinceShort(p, t.lang) : code;
  };
  const provinceName = nameOf(answers.province);

  const unknowns: Unknown[] = [];
  const stageDecision = ev.decide('stages', t.engine.stages);
  const stages = stageDecision.winner?.event.type === 'stages' ? stageDecision.winner.event.params.stages : [];
  if (stageDecision.unknown?.window) unknowns.push(stageDecision.unknown);
  const steps = stepResults(ev, stages, unknowns);
  const preApprovals = preApprovalResults(ev);
  const timeline = buildTimeline(ev, unknowns, steps);
  unknowns.push(...aspectUnknowns(ev, provinceName), ...additiveWindowUnknowns(ev));
  const name = ev.decide('flow-name', t.engine.flowName);
  if (name.unknown?.window) unknowns.push(name.unknown);

  const blockers: Blocker[] = ev.additive('blocker').map((r) => ({ ...ev.reason(r), ...r.event.params }));
  const requirements: Requirement[] = ev.additive('requirement').map((r) => ({ ...ev.reason(r), subject: r.event.params.subject }));
  const afterFiling: AfterFilingDuty[] = ev.additive('after-filing').map((r) => ({
    id: r.id,
    title: r.title,
    text: r.text,
    ...(r.event.params.deadlineDays ? { deadlineDays: r.event.params.deadlineDays } : {}),
    sources: sourceRefs(ruleSet, r.sources),
    effectiveFrom: r.effectiveFrom,
    dateBasis: r.dateBasis,
  }));

  return {
    flow: { ...ruleSet.flow, currentName: name.winner?.event.type === 'flow-name' ? name.winner.event.params.name : null },
    asOf: answers.date,
    province: { code: answers.province, name: provinceName },
    filingProvince: answers.filingProvince
      ? { code: answers.filingProvince, name: nameOf(answers.filingProvince) }
      : null,
    answers,
    stages,
    steps,
    blockers,
    materials: materialsFor(ev, preApprovals),
    requirements,
    preApprovals,
    afterFiling,
    timeline,
    unknowns,
    fired: [...byId.keys()].filter((id) => ids.has(id)).sort(),
    rulesVersion: rulesVersion(ruleSet, t),
  };
}

export function rulesVersion(ruleSet: RuleSet, t: Strings = zh): string {
  const lastReviewed = ruleSet.rules.map((r) => r.lastReviewed).sort().at(-1) ?? '';
  return t.rulesVersion(lastReviewed, ruleSet.rules.length);
}
