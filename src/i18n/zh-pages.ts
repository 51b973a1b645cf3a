// The words of the guide's generated pages (province pages, change log, tables, the step-page note,
// the guide components), in Chinese. Kept apart from zh.ts so the checker's browser bundle carries
// only the words it shows; pages import this module, which includes zh.ts's words as well.
import type { Topic } from '../engine/types';
import { zh as ui } from './zh';

export const zh = {
  ...ui,
  /** The site's name (Starlight's title). */
  siteTitle: '新增网站备案指南',
  /** The site's description: the meta description of a page that gives none of its own (Starlight's `description`, one string, is this one). */
  siteDescription: '已在其他服务商备案、现在阿里云托管新网站的“新增网站（原备案不在阿里云）”备案指南与规则检查器',
  /** The "资料来源与核对日期" block under every guide page (PageSources.astro). */
  pageSources: {
    heading: '资料来源与核对日期',
    reviewedBefore: '本页事实最后核对于',
    reviewedAfter: '。规则会变，办理前请以阿里云备案系统和管局的当前要求为准。',
    versionBefore: (v: string) => `本站规则版本：${v}，见`,
    changesLink: '规则变更记录',
    versionAfter: '。',
    noneBefore: '本页没有单独引用的资料。全部资料见',
    sourcesLink: '资料来源',
    noneAfter: '。',
  },
  /** A source's date: published or seen on. */
  sourceDate: (publishedOn: string | undefined, observedOn: string | undefined) => (publishedOn ? `发布 ${publishedOn}` : `所见 ${observedOn}`),
  /** On /sources/: how many rules cite a source. */
  citedBy: (n: number) => `被 ${n} 条规则引用`,
  /** Places of a rule: all provinces, or all but a few. */
  places: {
    all: '全国',
    allBut: (others: string[], n: number) => `除${others.join('、')}以外的 ${n} 个省份`,
  },
  /** The search filter 省份 (the filter's name is shown in Pagefind's panel). */
  provinceFilter: '省份',
  /** The search filter 类别. */
  categoryFilter: '类别',
  /** The province summary (province-summary.ts): the overview's cells and a province page's facts. */
  provinceSummary: {
    cannot: (title: string) => `不可以：${title}`,
    canWith: (proof: string) => `可以，需${proof}`,
    noLimit: '资料中未见限制',
    noPhoneRule: '资料中未见要求',
    /** After a value whose rule rests only on sources five or more years old (quietYears in present.ts). */
    unconfirmed: (years: number) => `（资料都在 ${years} 年以前，今天是否仍如此未能核实）`,
  },
  /** The overview of all provinces (/provinces/). */
  provincesPage: {
    title: '各省备案规则一览',
    description: '31 个省级行政区的外省个人备案、本地手机号、身份核验方式、短信核验起始日期和管局审核时限，按规则数据生成。',
    introBefore: (day: string) => `下表按 ${day}（本站构建当天，北京时间）适用的规则生成，每个格子都可以点进规则变更记录查看依据和来源。想看某一天的情况，用`,
    checkerLink: '备案检查器',
    introAfter: '选日期。',
    filterLabel: '筛选省份',
    filterPlaceholder: '如 浙江、zj',
    /** Filled in by the page's script: {shown} {total}. */
    filterCount: '显示 {shown} / {total} 个省份',
    caption: (day: string) => `各省规则（${day}）`,
    province: '省份',
    nonLocal: '外省身份证的个人',
    phone: '电话号码要求',
    identity: '身份核验方式',
    smsStart: '短信核验起始',
    bureauMax: '管局审核上限（工作日）',
    bureauMaxShort: '管局审核上限',
    unknown: '未知',
  },
  /** One province's page (/provinces/<code>/). */
  provinceOne: {
    title: (full: string) => `${full}：管局要求与时间线`,
    description: (full: string, code: string) => `${full}（${code}）办理新增网站备案时适用的管局规则、短信核验和身份核验的日期与来源。`,
    intro: (full: string, day: string) => [`${full}（代码 `, `）。以下内容全部由规则数据生成；“今天”指本站构建当天 ${day}（北京时间）。`] as [string, string],
    checkerLink: (short: string) => `用检查器查看${short}的备案步骤 →`,
    today: '今天适用',
    history: '时间线',
    smsStart: '短信核验起始日期',
    bureauMax: '管局审核上限',
    bureauMaxDays: (n: number) => `${n} 个工作日`,
    bureauSite: '管局备案网站',
    bureauSiteNote: ['（2019 年资料中的地址；全国入口为 ', '）'] as [string, string],
    started: '开始',
    ended: '结束',
    historyLine: (kind: string) => `：${kind}——`,
  },
  /** The checker page's own words, rendered at build time (the island's words are in zh.ts). */
  checkerPage: {
    title: '备案检查器',
    description: '回答几个问题，查看“新增网站（原备案不在阿里云）”（现称“（无主体）新增互联网信息服务”）的每一步是否适用于你，以及每条结论的依据。',
    intro:
      '回答下面的问题，查看“新增网站（原备案不在阿里云）”备案今天分几个阶段、十个步骤中哪些适用于你、要准备哪些材料。每条结论都可以展开“为什么？”查看规则原文、适用日期和资料来源。回答会保存在网址里，可以收藏或分享。',
    overviewLabel: '全国概览',
    overviewHeading: (date: string) => `全国概览：${date}`,
    overviewIntro: (count: number) =>
      `按默认回答（单位主体、身份证为本省签发、已在其他服务商备案、备案网站、不涉及前置审批）计算 ${count} 个省份；各省不同时标为“视省份而定”。`,
    allProvinces: '所有省份',
  },
  /** A source's grade as a label. */
  grade: { primary: '一手资料', secondary: '二手资料' },
  /** Under a page's numbered sources: where each source is described in full. */
  sourceRefMore: '未标注的都是一手资料；每个来源的发布者、日期和等级见资料来源页 →',
  /** "2018-09-10 起" / "2018-06-09 至 2019-07-28（资料所见日期）", for tables and the change log. */
  periodPlain: (from: string, until: string | null, basis: 'stated' | 'observed', quietYears: number | null = null) =>
    `${until === from ? from : until ? `${from} 至 ${until}` : `${from} 起`}${basis === 'observed' ? '（资料所见日期）' : ''}${quietYears ? `；最新的资料也在 ${quietYears} 年以前，今天是否仍如此，本站未能核实` : ''}`,
  /** The search filter 类别 (frontmatter searchCategory). */
  searchCategory: { guide: '指南', prerequisites: '前提条件', steps: '备案步骤', provinces: '省份规则', changes: '变更记录' },
  topic: {
    flow: '流程步骤',
    'filing-type': '备案类型判断',
    requirements: '办理条件',
    materials: '备案材料',
    'sms-verification': '短信核验',
    'identity-verification': '身份核验（幕布 / 人脸）',
    'province-requirements': '省管局要求',
    'pre-approval': '前置审批',
    'review-times': '审核时长',
    'after-filing': '备案以后',
  } satisfies Record<Topic, string>,
  preApprovalTable: {
    category: '类别',
    authority: (day: string) => `审批部门（${day}）`,
    licence: '证件',
    needed: '是否需要（按规则）',
    sources: '来源',
    unverified: '本站尚未核实',
    formerly: (name: string) => `2018–2019 年的资料写作：${name}`,
  },
  provincePage: {
    /** The places (full Chinese names, each with the English name the English page gives it) that file in a province. */
    places: (province: string, names: { name: string; english: string }[]) =>
      `在${province}备案的包括这些地方的主体：${names.map((n) => n.name).join('、')}。`,
    ended: (n: number) => `已经结束的规则（${n} 条）`,
    /** In a topic on a province page: its ended rules are in the page's timeline. */
    endedIn: (n: number) => `这一类另有 ${n} 条已经结束的规则，按日期列在时间线里 ↓`,
    /** Under a province page's timeline. */
    historyNote: '点标题可在规则变更记录里看到每条规则的原文和来源。',
    nationwide: (n: number) => `这一类另有 ${n} 条全国通用的规则 →`,
    allNationwide: (n: number) => `全部 ${n} 条全国通用的规则（各省相同，只在一处列出）→`,
    nationwideTitle: '全国通用的备案规则',
    nationwideDescription: '各省都一样的备案规则：流程步骤、短信核验、身份核验、材料、审核时长和备案以后的事项，按类别列出，今天适用的在前。',
    nationwideIntro: (n: number, day: string) =>
      `这 ${n} 条规则在每个省份都一样，所以只在这里列一次；各省页面只列本省自己的规则并链接到这里。“今天”指本站构建当天 ${day}（北京时间）。`,
  },
  changes: {
    title: '规则变更记录',
    description: '全国与各省 ICP 备案规则按生效日期排列，最新的在前：短信核验、身份核验方式、管局要求、前置审批和审核时长的每一次变化。',
    /** `version` names the count of rules too: 2026-11-30（187 条规则）. */
    intro: (version: string) =>
      `这里按生效日期列出本站的全部规则，最新的在前，每条只出现一次；规则版本 ${version}。标注“资料所见日期”的，日期是资料被看到写着这条规则的日子，实际开始可能更早。`,
    jumpLabel: '跳到年份',
    year: (y: string) => `${y} 年`,
    ruleId: '规则 id',
    replaces: '取代',
  },
  stepNote: {
    label: '这一步是否适用于你',
    invite: '这一步是否适用于你？',
    inviteLink: '在备案检查器里回答几个问题',
    inviteAfter: '，这里就会按你的回答显示结论。',
    /** The note's line, built in the page's script from the saved record: {province} {date} {status} {details} are filled in. */
    line: '按你在检查器中的回答（{province}，{date}）：这一步 {status}{details}。',
    blocked: '注意：按这些回答，这个流程不适用于你。',
    edit: '修改回答 →',
  },
  /** The guide pages' generated parts (src/components/guide, src/components/rules/Fact.astro). */
  guide: {
    everywhere: '全国',
    listSeparator: '、',
    /** Places named in a sentence: 浙江、四川 (English: “Zhejiang and Sichuan”). */
    listOf: (items: string[]) => items.join('、'),
    detailSeparator: '；',
    /** Under a rule timeline, which lists dates, places and titles only. */
    timelineDetails: '点规则标题，可在更新记录里看到这条规则的全文和它引用的资料。',
    /** Above the numbered sources that the materials tables' "[n]" point to. */
    materialsSources: '上面各项材料的规则引用的资料：',
    longDate: (y: number, m: number, d: number) => `${y} 年 ${m} 月 ${d} 日`,
    hours: (n: number) => `${n} 小时`,
    times: (n: number) => `${n} 次`,
    days: (n: number) => `${n} 日`,
    /** One province group that differs from the common answer: "浙江：30 个工作日". */
    exception: (places: string, value: string) => `${places}：${value}`,
    exceptions: (list: string[]) => `（${list.join('；')}）`,
    statusAside: (label: string) => `（${label}）`,
    aside: (note: string) => `（${note}）`,
    placesPrefix: (places: string) => `${places}：`,
    // The home page's lead: today's stages.
    todayName: (date: string, name: string) => `按本站的规则数据，今天（${date}）阿里云把这种备案叫作“${name}”。`,
    todayNameUnknown: (date: string) => `今天（${date}）阿里云对这种备案的叫法，本站的规则数据说不准。`,
    todayStages: (n: number) => `在阿里云备案控制台里，它依次分为 ${n} 个阶段：`,
    todayNoStages: '今天的流程分几个阶段，本站的规则数据说不出，请以备案控制台为准。',
    stageHolds: '2019 年的这些步骤并在这里：',
    stageNew: '2019 年的十个步骤里没有这一段。备案通过以后要做的事：',
    duration: (text: string) => `通常用时：${text}`,
    // The details often start with a label of their own (核验方式：…): a dash, not a second colon.
    stepDetails: (title: string, text: string) => `${title}——${text}`,
    total: (text: string) => `各段审核合计约 ${text}。这是把上面各段的典型时长相加得出的，不含填写订单和等短信的时间，也不是承诺。`,
    otherGroupings: (places: string) => `${places}的阶段划分与上面不同，请用检查器按省份查看。`,
    // The map from the seed's ten steps to today's stages.
    mapSeedHeading: '2019 年的步骤',
    mapTodayHeading: '今天',
    mapWhyHeading: '依据',
    mapNoStages: '这一天的阶段划分未知',
    mapGone: '不在今天公布的流程里',
    mapMerged: (title: string) => `并入“${title}”`,
    mapOwn: (title: string) => `仍是一个阶段：“${title}”`,
    mapNoSeedStep: '（2019 年没有）',
    mapNew: (title: string) => `新增阶段“${title}”`,
    stepNumber: (n: number) => `${n}. `,
    // A step page's opening.
    todayHeading: (date: string) => `今天（${date}）这一步`,
    statusToday: (label: string) => `状态：${label}`,
    todayNoStagesForStep: '；这一天分几个阶段，本站的数据说不出。',
    notInStages: '；今天公布的流程里已经没有这一步。',
    inStageWith: (n: number, title: string) => `；它已并入今天的第 ${n} 个阶段“${title}”。`,
    ownStage: (n: number, title: string) => `；它仍是一个阶段，即今天的第 ${n} 个阶段“${title}”。`,
    togetherWith: '在同一阶段里一起完成的还有：',
    seeTodayPath: '查看今天的完整流程 →',
    // The history list of the ten steps.
    thenNote: (text: string) => `按当时的规则，${text}`,
    // The complete materials list.
    materialsLead: (date: string) =>
      `下面按本站的规则数据，列出今天（${date}）办理这种备案要上传的全部材料。标着省份或条件的，只有符合时才需要；没有标注的，每位同类主体都要准备。`,
    materialsFor: (entity: string) => `以${entity}名义备案`,
    materialHeading: '材料',
    providedByHeading: '由谁提供',
    appliesHeading: '什么时候需要',
    everyFiler: '都要',
    onlyIn: (places: string) => `只在${places}`,
    whenIn: (when: string, places: string) => `${places}：${when}`,
    /** An individual's own ID, or (for a unit) the website principal's, issued in another province; with or without a local residence permit, or either (null). */
    whenNonLocal: (entity: 'unit' | 'individual', permit: boolean | null) =>
      `${entity === 'individual' ? '本人' : '网站负责人'}的身份证不是本省签发${permit === null ? '' : permit ? '、有本省居住证' : '、没有本省居住证'}时`,
    whenApp: '备案的是 App 时',
    whenWebsite: '备案的是网站时',
    whenContent: (name: string) => `内容涉及${name}时`,
    // Conditions, duties and rule tables.
    scopeJoin: '，',
    /** Who a condition is limited to, after its places: 单位 / “organisations only”. */
    scopeWho: (who: string) => who,
    noRequirements: '本站的规则数据里，今天没有这方面的条件。',
    ended: '已失效',
    phaseHeading: '阶段',
    workingDaysHeading: '时长（工作日）',
    whoseHeading: '谁的说法',
    placesHeading: '适用地区',
    periodHeading: '期间',
    sourcesHeading: '来源',
    startHeading: '开始日期',
    scopeHeading: '范围',
    allProvinces: '全国所有省份',
    residenceHeading: '外省身份证的个人能否备案',
    provincesHeading: '省份',
    residence: {
      no: '不能，只接受本省身份证',
      'with-proof': '可以，但要补充本地证明',
      'no-rule': '本站资料中没有找到限制',
    },
  },
};
export type PageStrings = typeof zh;
