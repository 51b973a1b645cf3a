// zod schemas for every file in src/rules. Small factories, a comment on every field.
// Used at build time, in the CLI and in tests; the browser receives data that already passed.
import { z } from 'zod';
import { isRealIsoDate } from './iso';
import {
  ASPECTS,
  FACTS,
  IDENTITY_METHODS,
  MATERIAL_KINDS,
  PROVIDED_BY,
  PROVIDERS,
  REQUIREMENT_SUBJECTS,
  REVIEW_PHASES,
  SMS_RECIPIENTS,
  STEP_IDS,
  STEP_STATUSES,
  TOPICS,
} from './vocabulary';

/** A calendar date written YYYY-MM-DD that really exists (2018-02-30 is refused). */
export const isoDate = () =>
  z.string().refine(isRealIsoDate, { message: '应为真实存在的日期，格式 YYYY-MM-DD' });


/**
 * Runs of Chinese characters and full-width punctuation. English text may hold Chinese only as the
 * label a filer meets on screen, beside its English (the site marks such runs lang="zh-CN").
 */
const CHINESE_RUN = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;
/** Longest Chinese run English text may quote: a label or a name, never an untranslated sentence. */
export const MAX_CHINESE_LABEL = 24;

/** English text for a reader who reads no Chinese; Chinese only in short on-screen labels. */
export const englishText = (min = 2) =>
  z
    .string()
    .min(min)
    .superRefine((text, ctx) => {
      const long = (text.match(CHINESE_RUN) ?? []).find((run) => run.length > MAX_CHINESE_LABEL);
      if (long)
        ctx.addIssue({
          code: 'custom',
          message: `英文文本里的中文只能是界面上的短标签（最多 ${MAX_CHINESE_LABEL} 字），这里像是没有翻译的句子：「${long.slice(0, 30)}」`,
        });
      if (!/[A-Za-z]{2}/.test(text)) ctx.addIssue({ code: 'custom', message: '英文文本里没有英文' });
    });

/** English with no Chinese at all (names of provinces). */
const latinName = () => z.string().min(2).regex(/^[A-Za-z][A-Za-z' -]+$/, '应为英文名称，不含中文');

/** Lower-case ISO 3166-2:CN subdivision code without the CN- prefix, e.g. "zj". */
const provinceCode = () => z.string().regex(/^[a-z]{2}$/, '应为两个小写字母的省份代码，如 zj');

export const ProvinceSchema = z.strictObject({
  /** ISO 3166-2:CN code, lower case (he 河北, hb 湖北, ha 河南, hn 湖南, hi 海南, sx 山西, sn 陕西). */
  code: provinceCode(),
  /** Short name as people type it: 浙江. */
  short: z.string().min(2),
  /** Official full name: 浙江省. */
  full: z.string().min(2),
  /** Pinyin without tones or spaces, for typing in the checker: zhejiang. */
  pinyin: z.string().regex(/^[a-z]+$/),
  /** The provincial bureau's filing site as Alibaba's 2019 docs linked it. */
  bureauSite: z.url(),
  /** The names in English. */
  en: z.strictObject({
    /** As an English reader says it: Zhejiang, Inner Mongolia. */
    short: latinName(),
    /** The official English form: Zhejiang Province, Inner Mongolia Autonomous Region. */
    full: latinName(),
  }),
});

export const ProvincesFileSchema = z.strictObject({
  /** Free text for people editing the file. */
  $comment: z.string().optional(),
  /** All 31 mainland provinces, regions and municipalities. */
  provinces: z.array(ProvinceSchema).length(31),
});

export const SourceSchema = z.strictObject({
  /** Stable id that rules and pages cite. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the source is, in Chinese. */
  title: z.string().min(4),
  /** Who published it (and where the copy lives, for archives). */
  publisher: z.string().min(2),
  /** Where a reader can check it. */
  url: z.string().regex(/^https?:\/\//, '应为 http(s) 链接'),
  /** The date the source says it was published or last changed, when it says so. */
  publishedOn: isoDate().optional(),
  /** The date the statement was seen in this version of the source, when no publication date exists. */
  observedOn: isoDate().optional(),
  /** primary: the provider's or authority's own dated words; secondary: a third party's, or a provider's page with no date or read only as an excerpt (the research's [S]). */
  grade: z.enum(['primary', 'secondary']),
  /** What a reader should know about this source's reliability or scope. */
  note: z.string().optional(),
  /**
   * When the source speaks for some provinces only (a bureau's rules page): their codes. A province
   * page cites it only on those provinces' pages; the change log cites every source of a rule.
   */
  provinces: z.array(provinceCode()).min(1).optional(),
  /** An English gloss: the source keeps its original title, the reader learns what it is. */
  en: z.strictObject({
    /** What the source is, in English. */
    title: englishText(4),
    /** Who published it, in English. */
    publisher: englishText(2),
    /** The note in English; present exactly when the Chinese note is. */
    note: englishText(2).optional(),
  }),
})
  .refine((s) => s.publishedOn || s.observedOn, {
    message: '来源需要 publishedOn 或 observedOn 日期',
    path: ['publishedOn'],
  })
  .superRefine((s, ctx) => sameFields(ctx, s.en, { note: s.note !== undefined }));

export const SourcesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Every source cited anywhere, once. */
  sources: z.array(SourceSchema).min(1),
});

export const StepsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  /** The filing type this site is about, under the seed's name (later names come from flow-name rules). */
  flow: z.strictObject({
    /** Stable id used in the CLI's JSON. */
    id: z.string().regex(/^[a-z-]+$/),
    /** The seed's name of the type. */
    name: z.string().min(2),
    /** The name glossed in English (the Chinese name is what the filer sees on screen). */
    en: z.strictObject({ /** The name in English. */ name: englishText(2) }),
  }),
  /** The ten steps in the seed's order. */
  steps: z
    .array(
      z.strictObject({
        /** Step id used by rules, the CLI's JSON and the URLs. */
        id: z.enum(STEP_IDS),
        /** 1-based position in the seed. */
        order: z.number().int().min(1).max(10),
        /** Chinese title shown everywhere. */
        title: z.string().min(2),
        /** One sentence on what happens in the step; the guide page is /steps/<id>/. */
        summary: z.string().min(4),
        /** The title and summary in English. */
        en: z.strictObject({ /** English title. */ title: englishText(2), /** English summary. */ summary: englishText(4) }),
      }),
    )
    .length(10),
});

/** json-rules-engine condition tree about the answers (never dates or provinces: those come from the rule's metadata). */
const ConditionSchema: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({
      /** Which answer to test. */
      fact: z.enum(FACTS),
      /** json-rules-engine operator. */
      operator: z.enum(['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain']),
      /** The value to compare against. */
      value: z.union([z.string(), z.boolean(), z.number(), z.array(z.string())]),
    }),
  ]),
);

const EventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    /** Sets a step's status (the newest rule in force wins). */
    type: z.literal('step-status'),
    params: z.strictObject({
      step: z.enum(STEP_IDS),
      status: z.enum(STEP_STATUSES),
      /** Identity check only: how the website principal is verified. */
      method: z.enum(IDENTITY_METHODS).optional(),
    }),
  }),
  z.strictObject({
    /** Adds details to a step without deciding its status; each key merges on its own. */
    type: z.literal('step-detail'),
    params: z
      .strictObject({
        step: z.enum(STEP_IDS),
        /** SMS: how long the code stays valid. */
        validityHours: z.number().int().positive().optional(),
        /** SMS: whose 联系方式1 phone receives the code. */
        recipients: z.array(z.enum(SMS_RECIPIENTS)).min(1).optional(),
        /** SMS: failed attempts in a row after which the application is rejected. */
        maxFailedAttempts: z.number().int().positive().optional(),
        /** SMS: how many times the code may be sent again. */
        maxResends: z.number().int().min(0).optional(),
      })
      .refine((p) => Object.keys(p).length > 1, { message: 'step-detail 至少要给出一项细节' }),
  }),
  z.strictObject({
    /** The filing cannot go ahead as described. */
    type: z.literal('blocker'),
    params: z.strictObject({
      /** What to do instead, in plain words. */
      instead: z.string().min(4),
      /** What the blocker is about, when the result groups it with requirements on the same subject (e.g. location). */
      subject: z.enum(REQUIREMENT_SUBJECTS).optional(),
    }),
  }),
  z.strictObject({
    /** A document the filer uploads or shows. */
    type: z.literal('material'),
    params: z.strictObject({
      /** Short name of the document. */
      material: z.string().min(2),
      /** base: every filer of this type; province: the province's extra; pre-approval: a licence. */
      kind: z.enum(MATERIAL_KINDS),
      /** Who provides it; unknown where the sources do not say. */
      providedBy: z.enum(PROVIDED_BY),
      /** A caveat shown beside the name (format, validity). */
      note: z.string().min(2).optional(),
    }),
  }),
  z.strictObject({
    /** A condition the filing must meet that is not a document (domain validity, limits per order, ages). */
    type: z.literal('requirement'),
    params: z.strictObject({ /** What the condition is about. */ subject: z.enum(REQUIREMENT_SUBJECTS) }),
  }),
  z.strictObject({
    /** A duty after the filing is approved; the rule's title and text say it. */
    type: z.literal('after-filing'),
    params: z.strictObject({ /** Days after launch or approval within which it must be done, when a source says so. */ deadlineDays: z.number().int().positive().optional() }),
  }),
  z.strictObject({
    /** How the ten steps group into the stages a filer sees on this date. */
    type: z.literal('stages'),
    params: z.strictObject({
      stages: z
        .array(
          z.strictObject({
            /** Stable id, e.g. fill-order. */
            id: z.string().regex(/^[a-z-]+$/),
            /** The stage's name as the filer meets it. */
            title: z.string().min(2),
            /** The seed's steps folded into this stage (a step that no longer exists is in none). */
            steps: z.array(z.enum(STEP_IDS)),
            /** Set on the stage that comes after approval: the result's duties after filing say what it holds. */
            afterFiling: z.literal(true).optional(),
          }),
        )
        .min(1)
        .refine((stages) => {
          const all = stages.flatMap((st) => st.steps);
          return new Set(all).size === all.length;
        }, { message: '一个步骤最多属于一个阶段' }),
    }),
  }),
  z.strictObject({
    /** Whether a content category needs a pre-approval here. */
    type: z.literal('pre-approval'),
    params: z.strictObject({
      /** A category id from pre-approval.json. */
      category: z.string(),
      status: z.enum(['required', 'conditional', 'not-required']),
    }),
  }),
  z.strictObject({
    /** Who approves a pre-approval category, and the licence's name, from this date (bodies get renamed). */
    type: z.literal('pre-approval-authority'),
    params: z.strictObject({
      /** A category id from pre-approval.json. */
      category: z.string(),
      /** The approving body under its name on this date. */
      authority: z.string().min(2),
      /** The licence or document under its name on this date; null where none is named. */
      licence: z.string().min(2).nullable(),
    }),
  }),
  z.strictObject({
    /** How long a review phase takes, in working days. */
    type: z.literal('review-time'),
    params: z
      .strictObject({
        phase: z.enum(REVIEW_PHASES),
        /**
         * The fewest working days the source gives. Omitted when the source states only a ceiling
         * ("no more than 30"): allowed only on a rule that never decides (another provider's
         * statement or a disputing source), since the timeline needs a floor.
         */
        minWorkingDays: z.number().int().min(0).optional(),
        /** The most working days the source gives; 0 when the source says the phase takes no wait of its own (the order moves on at once). */
        maxWorkingDays: z.number().int().min(0),
      })
      .refine((p) => p.minWorkingDays === undefined || p.maxWorkingDays >= p.minWorkingDays, { message: 'maxWorkingDays 不能小于 minWorkingDays' }),
  }),
  z.strictObject({
    /** The name the provider uses for this filing type from this date. */
    type: z.literal('flow-name'),
    params: z.strictObject({ name: z.string().min(2) }),
  }),
]);

/** A rule's words in English. Which event fields need English is checked against the event (sameFields). */
const RuleEnglishSchema = z.strictObject({
  /** Short English title, used in the change log. */
  title: englishText(4),
  /** The rule in one or two plain English sentences, shown as the reason. */
  text: englishText(8),
  /** blocker: what to do instead. */
  instead: englishText(4).optional(),
  /** material: the document's name in English (the site shows the Chinese name beside it). */
  material: englishText(2).optional(),
  /** material: the caveat, when the Chinese has one. */
  note: englishText(2).optional(),
  /** pre-approval-authority: the approving body. */
  authority: englishText(2).optional(),
  /** pre-approval-authority: the licence, when the Chinese names one. */
  licence: englishText(2).optional(),
  /** flow-name: the type's name in English (the Chinese name is what the filer sees). */
  name: englishText(2).optional(),
  /** stages: each stage's title in English, by stage id. */
  stages: z.record(z.string(), englishText(2)).optional(),
});

/**
 * The English gloss of an entry has exactly the optional fields its Chinese has: a missing one is an
 * untranslated field, an extra one translates nothing. (A missing `en` is the schema's own error.)
 */
function sameFields(ctx: z.RefinementCtx, en: Record<string, unknown> | undefined, needed: Record<string, boolean>): void {
  if (!en) return;
  for (const [field, need] of Object.entries(needed)) {
    if (need && en[field] === undefined) ctx.addIssue({ code: 'custom', path: ['en', field], message: '缺少英文' });
    if (!need && en[field] !== undefined) ctx.addIssue({ code: 'custom', path: ['en', field], message: '中文没有这一项，英文也不应有' });
  }
}

export const RuleSchema = z
  .strictObject({
    /** Stable id, dotted: topic.subject.detail. Never reused for another meaning. */
    id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, '应为小写字母、数字、点和连字符'),
    /** Short Chinese title, used in the change log. */
    title: z.string().min(4),
    /** The rule in one or two plain Chinese sentences, shown as the reason ("为什么？"). */
    text: z.string().min(8),
    /** First day the rule applies (inclusive). */
    effectiveFrom: isoDate(),
    /** Last day the rule applies (inclusive); null while still in force. */
    effectiveUntil: isoDate().nullable(),
    /** stated: a source names this date; observed: the date a source was seen saying it (the real start may be earlier). */
    dateBasis: z.enum(['stated', 'observed']),
    /** Where it applies: "all" or a list of province codes. */
    provinces: z.union([z.literal('all'), z.array(provinceCode()).min(1)]),
    /** Province rules only: what the rule is about, for grouping on province pages and "no data yet" answers. */
    aspect: z.enum(ASPECTS).optional(),
    /** Whose flow the statement describes (default alibaba). Another provider's statement never decides this flow; it is shown beside the decision as theirs. */
    provider: z.enum(PROVIDERS).optional(),
    /** Id of a rule that an Alibaba source of the same period contradicts: this rule does not decide, it is shown as a disagreement. */
    disputes: z.string().optional(),
    /** Extra json-rules-engine conditions on the answers. */
    conditions: ConditionSchema.optional(),
    /** What the rule decides, as a json-rules-engine event. */
    event: EventSchema,
    /** Id of the earlier rule this one takes over from; their date ranges must not overlap. A gap between them is a window in which the change happened at an unknown date. */
    replaces: z.string().optional(),
    /** Tie-break between rules starting the same day; higher wins. */
    priority: z.number().int().min(1).max(100).optional(),
    /** Source ids from sources.json; at least one. */
    sources: z.array(z.string()).min(1, '每条规则至少需要一个来源'),
    /** When a person last checked the rule against its sources. */
    lastReviewed: isoDate(),
    /** The words of the rule in English: title and text, and the event's human-readable fields. */
    en: RuleEnglishSchema,
  })
  .refine((r) => r.effectiveUntil === null || r.effectiveUntil >= r.effectiveFrom, {
    message: 'effectiveUntil 早于 effectiveFrom',
    path: ['effectiveUntil'],
  })
  .superRefine((r, ctx) => {
    const { event } = r;
    const p = event.params as Record<string, unknown>;
    sameFields(ctx, r.en, {
      instead: event.type === 'blocker',
      material: event.type === 'material',
      note: event.type === 'material' && p.note !== undefined,
      authority: event.type === 'pre-approval-authority',
      licence: event.type === 'pre-approval-authority' && p.licence !== null,
      name: event.type === 'flow-name',
      stages: event.type === 'stages',
    });
    if (event.type === 'review-time' && event.params.minWorkingDays === undefined && (r.provider ?? 'alibaba') === 'alibaba' && !r.disputes)
      ctx.addIssue({
        code: 'custom',
        path: ['event', 'params', 'minWorkingDays'],
        message: '决定本流程时长的规则必须给出 minWorkingDays（只有其他服务商或有争议的说法可以只给上限）',
      });
    if (event.type === 'stages' && r.en?.stages) {
      const ids = event.params.stages.map((st) => st.id);
      for (const id of ids)
        if (!(id in r.en.stages)) ctx.addIssue({ code: 'custom', path: ['en', 'stages', id], message: `缺少阶段 ${id} 的英文名称` });
      for (const id of Object.keys(r.en.stages))
        if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['en', 'stages', id], message: `没有 id 为 ${id} 的阶段` });
    }
  });

export const RuleFileSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Every rule in the file belongs to this topic. */
  topic: z.enum(TOPICS),
  /** The rules. */
  rules: z.array(RuleSchema).min(1),
  /** pre-approval.json only: the categories and their authorities. */
  categories: z
    .array(
      z.strictObject({
        /** Id used in answers (--content news,finance). */
        id: z.string().regex(/^[a-z-]+$/),
        /** Chinese name: 新闻类. */
        name: z.string().min(2),
        /** Who approves; null where no source names it. */
        authority: z.string().nullable(),
        /** The licence or document; null where none is named. */
        licence: z.string().nullable(),
        /** Caveats. */
        note: z.string().optional(),
        /** Source ids. */
        sources: z.array(z.string()).min(1),
        /** The category in English; authority, licence and note present exactly when the Chinese has them. */
        en: z
          .strictObject({
            /** English name: News. */
            name: englishText(2),
            /** The approving body in English. */
            authority: englishText(2).optional(),
            /** The licence in English. */
            licence: englishText(2).optional(),
            /** The caveat in English. */
            note: englishText(2).optional(),
          }),
      })
      .superRefine((c, ctx) => sameFields(ctx, c.en, { authority: c.authority !== null, licence: c.licence !== null, note: c.note !== undefined })),
    )
    .optional(),
});

export type RuleFile = z.output<typeof RuleFileSchema>;
export type RuleData = z.output<typeof RuleSchema>;
export type RuleEvent = RuleData['event'];
export type Province = z.output<typeof ProvinceSchema>;
export type Source = z.output<typeof SourceSchema>;
export type Step = z.output<typeof StepsFileSchema>['steps'][number];
export type FlowInfo = z.output<typeof StepsFileSchema>['flow'];
export type PreApprovalCategory = NonNullable<RuleFile['categories']>[number];
export type Stage = Extract<RuleEvent, { type: 'stages' }>['params']['stages'][number];
