// The closed lists of codes the rule files, the engine and the questions share. Plain constants
// without zod, so the browser can import them; schema.ts builds its enums from these lists.

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

export const STEP_STATUSES = ['required', 'not-required', 'conditional', 'optional', 'unknown'] as const;

export const IDENTITY_METHODS = ['curtain-photo', 'shanghai-app', 'aliyun-app-face', 'choice', 'unknown'] as const;

/** Who receives the MIIT code; listed-in-console: MIIT decides by filing type and the console lists the people. */
export const SMS_RECIPIENTS = ['website-principal', 'entity-principal', 'listed-in-console'] as const;

/** Details a rule may add to a step; each merges on its own (the newest rule in force that gives it wins). */
export const STEP_DETAIL_KEYS = ['validityHours', 'recipients', 'maxFailedAttempts', 'maxResends'] as const;

export const ENTITIES = ['individual', 'unit'] as const;
export const PRIOR_FILINGS = ['elsewhere', 'alibaba', 'none'] as const;
/** What is being filed: a website, or (since MIIT's App filing) an App. */
export const SERVICES = ['website', 'app'] as const;

/** One topic per rule file; the order is the order results list additive items (blockers first). */
export const TOPICS = [
  'filing-type',
  'flow',
  'requirements',
  'materials',
  'sms-verification',
  'identity-verification',
  'province-requirements',
  'pre-approval',
  'review-times',
  'after-filing',
] as const;

/** What a provincial rule is about, for grouping on province pages and for "no data yet" answers. */
export const ASPECTS = ['residence', 'phone', 'domain', 'documents', 'order-limits', 'principals', 'naming', 'content'] as const;

/** Whose flow a statement describes. Only Alibaba's statements decide this flow. */
export const PROVIDERS = ['alibaba', 'tencent', 'huawei', 'jdcloud', 'other'] as const;

/** base: every filer of this type; province: the province's extra; pre-approval: a licence. */
export const MATERIAL_KINDS = ['base', 'province', 'pre-approval'] as const;

/** Who provides a document; unknown where the sources do not say. */
export const PROVIDED_BY = ['entity', 'entity-principal', 'website-principal', 'legal-representative', 'unknown'] as const;

/** What a requirement (a condition that is not a document) is about. */
export const REQUIREMENT_SUBJECTS = ['account', 'server', 'domain', 'principals', 'order', 'naming', 'content', 'location', 'residence'] as const;

/**
 * The waits between submitting and the bureau's decision, in the order they come. Each is named after
 * the step of the ten it belongs to, except Alibaba's hand-over to the bureau, shown under the bureau's
 * step (REVIEW_PHASE_STEP). A phase that does not apply on a date (no photo to review) is left out.
 */
export const REVIEW_PHASES = ['initial-review', 'identity-verification', 'bureau-submission', 'bureau-review'] as const;

/** The step of the ten under which each review phase is shown. */
export const REVIEW_PHASE_STEP = {
  'initial-review': 'initial-review',
  'identity-verification': 'identity-verification',
  'bureau-submission': 'bureau-review',
  'bureau-review': 'bureau-review',
} as const satisfies Record<(typeof REVIEW_PHASES)[number], string>;

/**
 * The identity methods that leave a photo for Alibaba's staff to review, so that the identity-verification
 * phase applies: the backdrop photo, the Shanghai bureau's App photo, and the choice between the Alibaba
 * Cloud App and the backdrop (counted with the backdrop's review, the only one a source times). Face
 * verification in the Alibaba Cloud App is done while the documents are uploaded, and no source gives it a
 * review of its own.
 */
export const PHOTO_REVIEW_METHODS: readonly (typeof IDENTITY_METHODS)[number][] = ['curtain-photo', 'shanghai-app', 'choice'];

/** The answers a rule's conditions may test, and the facts derived from them (see derivedFacts in evaluate.ts). */
export const FACTS = ['entity', 'localId', 'residencePermit', 'content', 'priorFiling', 'domainFiled', 'service', 'filingProvinceDiffers'] as const;
