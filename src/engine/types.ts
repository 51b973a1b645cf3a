// The engine's types. The shapes of the data files are inferred from the zod schemas (type-only
// imports cost the browser nothing); what is left here is the engine's own input and output.
import type { FlowInfo, PreApprovalCategory, Province, RuleData, Source, Stage, Step } from './schema';
import type {
  ASPECTS,
  ENTITIES,
  IDENTITY_METHODS,
  MATERIAL_KINDS,
  PRIOR_FILINGS,
  PROVIDED_BY,
  PROVIDERS,
  REQUIREMENT_SUBJECTS,
  REVIEW_PHASES,
  SERVICES,
  SMS_RECIPIENTS,
  STEP_DETAIL_KEYS,
  STEP_IDS,
  STEP_STATUSES,
  TOPICS,
} from './vocabulary';

export * from './vocabulary';
export type { FlowInfo, PreApprovalCategory, Province, RuleEvent, Source, Stage, Step } from './schema';

export type StepId = (typeof STEP_IDS)[number];
export type StepStatus = (typeof STEP_STATUSES)[number];
export type IdentityMethod = (typeof IDENTITY_METHODS)[number];
export type SmsRecipient = (typeof SMS_RECIPIENTS)[number];
export type Entity = (typeof ENTITIES)[number];
export type PriorFiling = (typeof PRIOR_FILINGS)[number];
export type Service = (typeof SERVICES)[number];
export type Topic = (typeof TOPICS)[number];
export type Provider = (typeof PROVIDERS)[number];
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export type ProvidedBy = (typeof PROVIDED_BY)[number];
export type RequirementSubject = (typeof REQUIREMENT_SUBJECTS)[number];
export type ReviewPhase = (typeof REVIEW_PHASES)[number];
export type Aspect = (typeof ASPECTS)[number];
export type StepDetailKey = (typeof STEP_DETAIL_KEYS)[number];
export type IsoDate = string;

/** A validated rule, with the topic of the file it came from. */
export type Rule = RuleData & { topic: Topic };

export interface RuleSet {
  flow: FlowInfo;
  provinces: Province[];
  sources: Source[];
  preApprovalCategories: PreApprovalCategory[];
  steps: Step[];
  /** In data order: the files in TOPICS order, each file's rules as written. */
  rules: Rule[];
}

/** What a visitor or CLI user tells us. Parsed and checked by answers.ts. */
export interface Answers {
  province: string;
  date: IsoDate;
  entity: Entity;
  localId: boolean;
  /** Only asked when localId is false; undefined means "not answered". */
  residencePermit?: boolean;
  content: string[];
  /** Unanswered until the visitor says: it decides whether this guide applies at all. */
  priorFiling?: PriorFiling;
  /** The new website's domain already has a filing elsewhere (then 接入备案 applies). */
  domainFiled?: boolean;
  /** A website (default) or an App. */
  service: Service;
  /** Province code of the 主体's existing filing; asked only when there is one, undefined when not answered. */
  filingProvince?: string;
}

export interface SourceRef {
  id: string;
  title: string;
  url: string;
  grade: 'primary' | 'secondary';
  date: IsoDate | null;
  /** The source's English title, an English reader's gloss of the original one, when the data carries it. */
  gloss: string | null;
}

export interface Reason {
  rule: string | null;
  title: string;
  text: string;
  sources: SourceRef[];
  effectiveFrom: IsoDate | null;
  effectiveUntil: IsoDate | null;
  dateBasis: 'stated' | 'observed' | null;
  /** Whose flow the statement describes; only alibaba decides. */
  provider: Provider;
}

/** A statement shown beside a decision without deciding it. */
export interface Conflict extends Reason {
  /** other-provider: another provider says this of its own flow; disagreement: an Alibaba source of the same period says otherwise. */
  relation: 'other-provider' | 'disagreement';
}

export interface StepResult {
  id: StepId;
  order: number;
  title: string;
  status: StepStatus;
  method?: IdentityMethod;
  recipients?: SmsRecipient[];
  validityHours?: number | null;
  maxFailedAttempts?: number | null;
  maxResends?: number | null;
  /** The stage this step belongs to on the date, null when it is in no stage or the grouping is unknown. */
  stage: string | null;
  reasons: Reason[];
  /** Other providers' statements and disagreeing sources about this step. */
  conflicts: Conflict[];
}

export interface Blocker extends Reason {
  instead: string;
  subject?: RequirementSubject;
}

export interface Material extends Reason {
  material: string;
  kind: MaterialKind;
  providedBy: ProvidedBy;
  note?: string;
}

export interface Requirement extends Reason {
  subject: RequirementSubject;
}

export interface AfterFilingDuty {
  id: string;
  title: string;
  text: string;
  deadlineDays?: number;
  sources: SourceRef[];
  effectiveFrom: IsoDate;
  dateBasis: 'stated' | 'observed';
}

/** Something the data cannot answer for these answers on this date, with the reason and the rules around it. */
export interface Unknown {
  /** What is unknown: a step, a detail, a province aspect, the stages, a blocker or material that changed. */
  subject: string;
  title: string;
  text: string;
  /** Set for a change at an unknown date: the last day the old value was seen and the first day the new one was. */
  window?: { lastSeenOld: IsoDate; firstSeenNew: IsoDate };
  reasons: Reason[];
}

export interface PreApprovalResult {
  category: string;
  name: string;
  authority: string | null;
  licence: string | null;
  status: 'required' | 'conditional' | 'not-required' | 'unknown';
  reasons: Reason[];
}

export interface TimelinePhase {
  phase: ReviewPhase;
  minWorkingDays: number;
  maxWorkingDays: number;
  /** Calendar date after minWorkingDays / maxWorkingDays, or null when the holiday data does not reach it. */
  earliest: IsoDate | null;
  latest: IsoDate | null;
  reasons: Reason[];
  conflicts: Conflict[];
}

export interface Timeline {
  start: IsoDate;
  /** The phases that apply, in order; a phase that does not apply to this filing (no photo to review) is left out. */
  phases: TimelinePhase[];
  /** Every phase that applies has its working days: the phases add up to the whole wait. */
  complete: boolean;
  /** Last date covered by the public-holiday data. */
  holidaysKnownUntil: IsoDate;
  /** Set when a date could not be computed, saying why. */
  unknownReason: string | null;
}

export interface Result {
  /** The type under the seed's name, and the name Alibaba used on the date (null when unknown). */
  flow: FlowInfo & { currentName: string | null };
  asOf: IsoDate;
  province: { code: string; name: string };
  /** The province of the 主体's existing filing, when the answers give it. */
  filingProvince: { code: string; name: string } | null;
  answers: Answers;
  /** The stages a filer sees on the date; empty when the grouping on that date is unknown. */
  stages: Stage[];
  steps: StepResult[];
  blockers: Blocker[];
  /** Every document: base, the province's extras and pre-approval licences. */
  materials: Material[];
  /** Conditions that are not documents: account, server, domain, principals, order limits. */
  requirements: Requirement[];
  afterFiling: AfterFilingDuty[];
  /** What the data cannot say beyond the steps' own statuses: changes at an unknown date (windows) and
   * province aspects before the province's earliest data. A step or phase without data says so itself. */
  unknowns: Unknown[];
  preApprovals: PreApprovalResult[];
  timeline: Timeline;
  /** Ids of every rule that fired, for audits and tests. */
  fired: string[];
  rulesVersion: string;
}
