// One presenter: an engine Result → what every surface shows (the checker island, the step-page
// note, the CLI's text, the Markdown copy, print). Order, grouping, date wording and source labels
// are decided here once; the words come from the strings module. Pure: no DOM, runs everywhere.
import { readableHref } from './href';
import { zh, type Strings } from '../i18n/zh';
import { openEligibility } from '../engine/questions';
import type { Conflict, Reason, Requirement, Result, Source, StepResult } from '../engine/types';
import type { Lang } from '../engine/localize';

/**
 * In English, what a source is: its title stays the original, in Chinese, and this English gloss
 * follows it ("<title> — <gloss>"); nothing in Chinese. The pages' source lists and the CLI's text.
 */
export const sourceGloss = (s: Pick<Source, 'en'>, lang: Lang = 'zh-CN'): string | null => (lang === 'en' ? s.en.title : null);

export interface SourceView {
  /** The source's id in src/rules/sources.json. */
  id: string;
  title: string;
  url: string;
  /** "（二手资料）" for secondary sources, else empty. */
  gradeNote: string;
  /** On an English page, what the original (often Chinese) title says, in English; else empty. */
  gloss: string;
}

export interface ReasonView {
  rule: string | null;
  title: string;
  text: string;
  /** "（2019-07-29 起）" and the like; empty for "no data" reasons. */
  period: string;
  /** Set when another provider says it of its own flow, or an Alibaba source disagrees. */
  label: string | null;
  sources: SourceView[];
}

export interface DetailView {
  /** method, recipients, validity, attempts, resends: stable names for tests and styling. */
  kind: string;
  text: string;
}

export interface StepView {
  id: string;
  order: number;
  title: string;
  href: string;
  status: StepResult['status'];
  mark: string;
  statusLabel: string;
  details: DetailView[];
  reasons: ReasonView[];
  conflicts: ReasonView[];
  /** Numbers into the result's source list (for print: short references instead of links). */
  refs: number[];
}

export interface StageView {
  id: string;
  title: string;
  steps: StepView[];
  /** For a stage none of the ten steps belongs to: what it holds instead (the duties after approval). */
  note: string;
}

export interface ItemView {
  /** What to show as the item's name. */
  name: string;
  /** A second line: who provides it, the deadline, the instead… */
  note: string;
  reasons: ReasonView[];
  /** Numbers into the result's source list. */
  refs: number[];
}

export interface ResultViewModel {
  heading: string;
  /** The type's name on the date when it differs from the seed's. */
  currentName: string | null;
  answersLine: string;
  /** One sentence for the status line (screen readers hear it on every change). */
  summary: string;
  /** While an answer that decides whether this guide applies is open: what to answer, else null. */
  openQuestions: string | null;
  /** When the existing filing is in another province than the one chosen: what the rules say of it
   * (blockers on it stay among the blockers) and the province to look at instead. */
  crossProvince: { text: string; items: ItemView[]; recheck: { label: string; province: string } } | null;
  blockers: ItemView[];
  /** The stages' heading, with the date asked about (the stages of 2019 are not today's). */
  stagesHeading: string;
  /** Today's grouping; empty when none is known for the date (then `steps` is the seed's list). */
  stages: StageView[];
  /** Steps in no stage on this date (merged away or gone). */
  outsideStages: StepView[];
  steps: StepView[];
  requirements: ItemView[];
  materials: { kind: string; label: string; items: ItemView[] }[];
  preApprovals: (ItemView & { category: string })[];
  timeline: { phase: string; label: string; text: string; reasons: ReasonView[]; conflicts: ReasonView[]; refs: number[] }[];
  timelineIntro: string;
  timelineNote: string | null;
  afterFiling: ItemView[];
  unknowns: ItemView[];
  /** Every source cited above, once, numbered in order of first use (refs point here, 1-based). */
  sources: { n: number; title: string; gradeNote: string; gloss: string }[];
  footer: string;
}

/**
 * How long after its newest source an open-ended rule is still shown without comment. The data has two
 * eras, Alibaba's archived help (2018-2019) and the providers' pages of 2023-2026; a rule whose newest
 * source is older than this, shown for a date this much later, rests on the archive era only, and
 * nothing in the data says whether it still holds: its period says so. (A source's date is when the
 * statement was first seen in that version, so the text names the gap, not a last-seen date.)
 */
const QUIET_YEARS = 5;

/** QUIET_YEARS when every source (by its date) of an open-ended rule is more than that before `asOf`, else null. */
export function quietYears(sourceDates: readonly (string | null)[], effectiveUntil: string | null | undefined, asOf: string | undefined): number | null {
  if (!asOf || effectiveUntil || !sourceDates.length) return null;
  const horizon = `${Number(asOf.slice(0, 4)) - QUIET_YEARS}${asOf.slice(4)}`;
  return sourceDates.every((date) => date !== null && date < horizon) ? QUIET_YEARS : null;
}

/**
 * A rule's reason as shown. With `asOf` (the date asked about), an open rule whose sources are all long
 * older says so: given for the rules that add up (requirements, materials, blockers, duties), which
 * nothing newer confirms or replaces, and not for the rules that decide a step, a phase or a category,
 * where the engine already weighs newer rules against older ones. `asOfIs` 'today': a guide page, built
 * on `asOf`, where no date was asked about.
 */
export function presentReason(r: Reason | Conflict, s: Strings = zh, asOf?: string, asOfIs: 'asked' | 'today' = 'asked'): ReasonView {
  const relation = 'relation' in r ? r.relation : null;
  return {
    rule: r.rule,
    title: r.title,
    text: r.text,
    period: s.period(r.effectiveFrom, r.effectiveUntil, r.dateBasis, quietYears(r.sources.map((src) => src.date), r.effectiveUntil, asOf), asOfIs),
    label:
      relation === 'other-provider'
        ? s.result.otherProvider(s.provider[r.provider])
        : relation === 'disagreement'
          ? s.result.disagreement
          : null,
    sources: r.sources.map((src) => ({
      id: src.id,
      title: src.title,
      url: readableHref(src.url),
      gradeNote: src.grade === 'secondary' ? s.secondary : '',
      gloss: s.lang === 'en' && src.gloss ? src.gloss : '',
    })),
  };
}

function presentStep(step: StepResult, s: Strings): StepView {
  const details: DetailView[] = [];
  if (step.method && step.status !== 'unknown') details.push({ kind: 'method', text: s.result.method(s.method[step.method]) });
  if (step.recipients?.length) details.push({ kind: 'recipients', text: s.result.recipients(step.recipients.map((r) => s.recipient[r]).join(s.punct.list)) });
  if (step.validityHours) details.push({ kind: 'validity', text: s.result.validity(step.validityHours) });
  if (step.maxFailedAttempts) details.push({ kind: 'attempts', text: s.result.attempts(step.maxFailedAttempts) });
  if (step.maxResends !== undefined && step.maxResends !== null) details.push({ kind: 'resends', text: s.result.resends(step.maxResends) });
  return {
    id: step.id,
    order: step.order,
    title: step.title,
    href: `${s.stepsPath}${step.id}/`,
    status: step.status,
    mark: s.statusMark[step.status],
    statusLabel: s.status[step.status],
    details,
    reasons: step.reasons.map((r) => presentReason(r, s)),
    conflicts: step.conflicts.map((r) => presentReason(r, s)),
    refs: [],
  };
}

/** Numbers sources in order of first use and fills in every item's refs. */
function numberSources(view: Omit<ResultViewModel, 'sources'>): ResultViewModel['sources'] {
  const list: ResultViewModel['sources'] = [];
  const byTitle = new Map<string, number>();
  const cite = (item: { reasons: ReasonView[]; refs: number[]; conflicts?: ReasonView[] }) => {
    const refs = new Set<number>();
    for (const r of [...item.reasons, ...(item.conflicts ?? [])])
      for (const src of r.sources) {
        let n = byTitle.get(src.title);
        if (!n) {
          n = list.length + 1;
          byTitle.set(src.title, n);
          list.push({ n, title: src.title, gradeNote: src.gradeNote, gloss: src.gloss });
        }
        refs.add(n);
      }
    item.refs.push(...refs);
  };
  [...view.blockers, ...(view.crossProvince?.items ?? []), ...view.steps, ...view.requirements, ...view.materials.flatMap((g) => g.items), ...view.preApprovals, ...view.timeline, ...view.afterFiling].forEach(cite);
  return list;
}

export function present(result: Result, s: Strings = zh): ResultViewModel {
  const a = result.answers;
  const steps = result.steps.map((step) => presentStep(step, s));
  const stages = result.stages.map((st) => {
    const own = steps.filter((v) => st.steps.includes(v.id as never));
    return { id: st.id, title: st.title, steps: own, note: own.length ? '' : st.afterFiling && result.afterFiling.length ? s.result.stageAfterFiling : s.result.stageNoSteps };
  });
  const inStage = new Set(result.stages.flatMap((st) => st.steps as string[]));
  const blocked = result.blockers.length > 0;
  const count = (status: string) => result.steps.filter((x) => x.status === status).length;
  const materialKinds = ['base', 'province', 'pre-approval'] as const;
  const open = openEligibility(a).map((q) => s.questions[q.id].short);
  const location = result.requirements.filter((r) => r.subject === 'location');
  const filing = result.filingProvince && result.filingProvince.code !== result.province.code ? result.filingProvince : null;
  const saysAboutLocation = location.length > 0 || result.blockers.some((b) => b.subject === 'location');
  const item = (r: Requirement) => ({ name: r.title, note: s.requirementSubject[r.subject], reasons: [presentReason(r, s, result.asOf)], refs: [] });
  const view: Omit<ResultViewModel, 'sources'> = {
    heading: s.result.heading(result.province.name, result.asOf),
    currentName: result.flow.currentName && result.flow.currentName !== result.flow.name ? result.flow.currentName : null,
    answersLine: s.result.answersLine({
      entity: s.entity[a.entity],
      service: s.service[a.service],
      localId: a.localId,
      residencePermit: a.residencePermit,
      content: a.content.map((id) => result.preApprovals.find((p) => p.category === id)?.name ?? id),
      filingProvince: result.filingProvince?.name,
    }),
    summary: open.length
      ? s.result.summaryOpen(result.province.name, result.asOf, open)
      : s.result.summary(result.province.name, result.asOf, result.blockers.length, count('required'), count('not-required')),
    openQuestions: open.length ? s.result.openQuestions(open) : null,
    crossProvince: filing
      ? {
          text: `${s.result.crossProvince(filing.name, result.province.name)}${saysAboutLocation ? s.result.crossProvinceSee : s.result.crossProvinceNoData(result.asOf)}`,
          items: location.map(item),
          recheck: { label: s.result.recheck(filing.name), province: filing.code },
        }
      : null,
    stagesHeading: s.result.stagesHeading(result.asOf),
    blockers: result.blockers.map((b) => ({ name: b.title, note: b.instead, reasons: [presentReason(b, s, result.asOf)], refs: [] })),
    stages: blocked ? [] : stages,
    outsideStages: blocked || !stages.length ? [] : steps.filter((v) => !inStage.has(v.id)),
    steps,
    requirements: result.requirements.filter((r) => r.subject !== 'location').map(item),
    materials: materialKinds
      .map((kind) => ({
        kind,
        label: s.materialKind[kind],
        items: result.materials
          .filter((m) => m.kind === kind)
          .map((m) => ({ name: m.material, note: s.result.providedBy(m.providedBy, m.note), reasons: [presentReason(m, s, result.asOf)], refs: [] })),
      }))
      .filter((g) => g.items.length > 0),
    preApprovals: result.preApprovals.map((p) => ({
      category: p.category,
      name: p.name,
      note: `${s.preApprovalStatus[p.status]}${p.authority ? s.result.authority(p.authority, p.licence) : ''}`,
      reasons: p.reasons.map((r) => presentReason(r, s)),
      refs: [],
    })),
    timeline: result.timeline.phases.map((p) => ({
      phase: p.phase,
      label: s.phase[p.phase],
      text: `${s.workingDays(p.minWorkingDays, p.maxWorkingDays)}${p.earliest && p.latest ? s.result.dates(p.earliest, p.latest) : ''}`,
      reasons: p.reasons.map((r) => presentReason(r, s)),
      conflicts: p.conflicts.map((r) => presentReason(r, s)),
      refs: [],
    })),
    timelineIntro: s.result.timelineIntro(result.timeline.holidaysKnownUntil, result.timeline.start),
    timelineNote: result.timeline.unknownReason,
    afterFiling: result.afterFiling.map((d) => ({
      name: d.title,
      note: d.deadlineDays ? s.result.deadline(d.deadlineDays) : '',
      reasons: [presentReason({ ...d, rule: d.id, effectiveUntil: null, provider: 'alibaba' }, s, result.asOf)],
      refs: [],
    })),
    unknowns: result.unknowns.map((u) => ({ name: u.title, note: u.text, reasons: u.reasons.filter((r) => r.rule).map((r) => presentReason(r, s)), refs: [] })),
    footer: `${s.result.rulesVersion(result.rulesVersion)}${s.disclaimer}`,
  };
  return { ...view, sources: numberSources(view) };
}
