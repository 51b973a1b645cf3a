// Plain TypeScript types shared by the engine, the browser islands and the CLI.
// The zod schemas in schema.ts validate data into these shapes; the browser trusts
// data that already passed validation at build time, so it never loads zod.

/** The ten step ids, in the seed's order. */
export const STEP_IDS = [
  'verify-filing-type',
  'product-verification',
  'fill-information',
  'upload-documents',
  'initial-review',
  'identity-verification',
  'mail-documents',
  'sms-verification',
  'bureau-review',
  'progress-query',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_STATUSES = ['required', 'not-required', 'conditional', 'optional', 'unknown'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const IDENTITY_METHODS = ['curtain-photo', 'shanghai-app', 'aliyun-app-face', 'choice', 'unknown'] as const;
export type IdentityMethod = (typeof IDENTITY_METHODS)[number];

export const SMS_RECIPIENTS = ['website-principal', 'entity-principal'] as const;
export type SmsRecipient = (typeof SMS_RECIPIENTS)[number];

export const ENTITIES = ['individual', 'unit'] as const;
export type Entity = (typeof ENTITIES)[number];

export const PRIOR_FILINGS = ['elsewhere', 'alibaba', 'none'] as const;
export type PriorFiling = (typeof PRIOR_FILINGS)[number];

export const TOPICS = [
  'flow',
  'filing-type',
  'sms-verification',
  'identity-verification',
  'province-requirements',
  'pre-approval',
  'review-times',
] as const;
export type Topic = (typeof TOPICS)[number];

export type IsoDate = string;

/** What a provincial rule is about: who may file, phone numbers, domains, documents, per-order limits. */
export const ASPECTS = ['residence', 'phone', 'domain', 'documents', 'order-limits'] as const;
export type Aspect = (typeof ASPECTS)[number];

export interface Province {
  code: string;
  short: string;
  full: string;
  pinyin: string;
  bureauSite: string;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
  publishedOn?: IsoDate;
  observedOn?: IsoDate;
  grade: 'primary' | 'secondary';
  note?: string;
}

export interface PreApprovalCategory {
  id: string;
  name: string;
  authority: string | null;
  licence: string | null;
  note?: string;
  sources: string[];
}

export type RuleEvent =
  | { type: 'step-status'; params: { step: StepId; status: StepStatus; method?: IdentityMethod } }
  | { type: 'step-detail'; params: { step: StepId; validityHours?: number; recipients?: SmsRecipient[] } }
  | { type: 'blocker'; params: { instead: string } }
  | { type: 'material'; params: { material: string } }
  | { type: 'pre-approval'; params: { category: string; status: 'required' | 'conditional' | 'not-required' } }
  | { type: 'review-time'; params: { phase: 'initial-review' | 'bureau-review'; minWorkingDays: number; maxWorkingDays: number } }
  | { type: 'flow-name'; params: { name: string } };

export interface Rule {
  id: string;
  topic: Topic;
  title: string;
  text: string;
  effectiveFrom: IsoDate;
  effectiveUntil: IsoDate | null;
  dateBasis: 'stated' | 'observed';
  provinces: 'all' | string[];
  aspect?: Aspect;
  conditions?: Record<string, unknown>;
  event: RuleEvent;
  replaces?: string;
  priority?: number;
  sources: string[];
  lastReviewed: IsoDate;
}

export interface RuleSet {
  provinces: Province[];
  sources: Source[];
  preApprovalCategories: PreApprovalCategory[];
  steps: { id: StepId; order: number; title: string; summary: string; page: string }[];
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
  priorFiling: PriorFiling;
  /** The new website's domain already has a filing elsewhere (then 接入备案 applies). */
  domainFiled: boolean;
}

export interface SourceRef {
  id: string;
  title: string;
  url: string;
  grade: 'primary' | 'secondary';
  date: IsoDate | null;
}

export interface Reason {
  rule: string | null;
  title: string;
  text: string;
  sources: SourceRef[];
  effectiveFrom: IsoDate | null;
  effectiveUntil: IsoDate | null;
  dateBasis: 'stated' | 'observed' | null;
}

export interface StepResult {
  id: StepId;
  order: number;
  title: string;
  status: StepStatus;
  method?: IdentityMethod;
  recipients?: SmsRecipient[];
  validityHours?: number | null;
  reasons: Reason[];
}

export interface Blocker extends Reason {
  instead: string;
}

export interface Material extends Reason {
  material: string;
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
  phase: 'initial-review' | 'bureau-review';
  minWorkingDays: number;
  maxWorkingDays: number;
  /** Calendar date after minWorkingDays / maxWorkingDays, or null when the holiday data does not reach it. */
  earliest: IsoDate | null;
  latest: IsoDate | null;
  reasons: Reason[];
}

export interface Timeline {
  start: IsoDate;
  phases: TimelinePhase[];
  /** Last date covered by the public-holiday data. */
  holidaysKnownUntil: IsoDate;
  /** Set when a date could not be computed, saying why. */
  unknownReason: string | null;
}

export interface Result {
  flow: { id: 'xinzeng-not-aliyun'; name: string; currentName: string | null };
  asOf: IsoDate;
  province: { code: string; name: string };
  answers: Answers;
  steps: StepResult[];
  blockers: Blocker[];
  materials: Material[];
  preApprovals: PreApprovalResult[];
  timeline: Timeline;
  /** Ids of every rule that fired, for audits and tests. */
  fired: string[];
  rulesVersion: string;
}
