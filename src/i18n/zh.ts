// Every word the engine, the presenter, the checker and the CLI show, in Chinese (the root locale).
// Like Starlight's translation files: code names a key, this file holds the words. An English
// edition adds en.ts with the same shape (the `Strings` type makes a missing key a type error).
import type {
  Aspect,
  IdentityMethod,
  MaterialKind,
  ProvidedBy,
  Provider,
  RequirementSubject,
  ReviewPhase,
  SmsRecipient,
  StepStatus,
  Topic,
} from '../engine/types';

const range = (min: number, max: number) => (min === max ? `${max}` : `${min}～${max}`);

export const zh = {
  status: {
    required: '需要',
    'not-required': '不需要',
    conditional: '视情况',
    optional: '可选',
    unknown: '未知',
  } satisfies Record<StepStatus, string>,
  /** A text symbol per status, so colour is never the only signal. */
  statusMark: {
    required: '✔',
    'not-required': '—',
    conditional: '◐',
    optional: '○',
    unknown: '?',
  } satisfies Record<StepStatus, string>,
  varies: '视省份而定',
  variesMark: '◇',
  method: {
    'curtain-photo': '幕布拍照核验',
    'shanghai-app': '上海通信管理局 App 核验',
    'aliyun-app-face': '阿里云 App 人脸核验',
    choice: '阿里云 App 人脸核验或幕布拍照（任选）',
    unknown: '未知',
  } satisfies Record<IdentityMethod, string>,
  recipient: {
    'website-principal': '网站负责人（联系方式1 手机）',
    'entity-principal': '主体负责人（联系方式1 手机）',
    'listed-in-console': '备案系统列出的负责人（工信部按备案类型决定，可能是一人或两人）',
  } satisfies Record<SmsRecipient, string>,
  preApprovalStatus: {
    required: '需要前置审批',
    conditional: '说法不一，需向管局确认',
    'not-required': '已取消，不需要',
    unknown: '未知',
  },
  phase: { 'initial-review': '阿里云初审', 'bureau-review': '管局审核' } satisfies Record<ReviewPhase, string>,
  provider: {
    alibaba: '阿里云',
    tencent: '腾讯云',
    huawei: '华为云',
    jdcloud: '京东云',
    other: '其他服务商',
  } satisfies Record<Provider, string>,
  aspect: {
    residence: '外省人员能否备案',
    phone: '电话号码',
    domain: '域名',
    documents: '额外材料',
    'order-limits': '每单网站数',
    principals: '负责人条件',
    naming: '网站名称',
    content: '网站内容',
  } satisfies Record<Aspect, string>,
  materialKind: { base: '基本材料', province: '本省额外材料', 'pre-approval': '前置审批文件' } satisfies Record<MaterialKind, string>,
  providedBy: {
    entity: '主办者（单位或个人）',
    'entity-principal': '主体负责人',
    'website-principal': '网站负责人',
    'legal-representative': '法定代表人',
    unknown: '资料未写明',
  } satisfies Record<ProvidedBy, string>,
  requirementSubject: {
    account: '阿里云账号',
    server: '服务器与备案服务号',
    domain: '域名',
    principals: '负责人',
    order: '备案订单',
    naming: '网站名称',
    content: '网站内容',
  } satisfies Record<RequirementSubject, string>,
  entity: { individual: '个人', unit: '单位' },
  service: { website: '网站', app: 'App' },
  secondary: '（二手资料）',
  /** A source's grade as a label. */
  grade: { primary: '一手资料', secondary: '二手资料' },
  observedDate: '，按资料所见日期',
  /** "（2019-07-29 起）", "（2018-06-09 至 2019-09-20，按资料所见日期）" */
  period: (from: string | null, until: string | null, basis: 'stated' | 'observed' | null) =>
    from ? `（${from}${until ? ` 至 ${until}` : ' 起'}${basis === 'observed' ? '，按资料所见日期' : ''}）` : '',
  /** "2018-09-10 起" / "2018-06-09 至 2019-07-28（资料所见日期）", for tables and the change log. */
  periodPlain: (from: string, until: string | null, basis: 'stated' | 'observed') =>
    `${until ? `${from} 至 ${until}` : `${from} 起`}${basis === 'observed' ? '（资料所见日期）' : ''}`,
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
  workingDays: (min: number, max: number) => `${range(min, max)} 个工作日`,
  range,
  disclaimer: '结果依据公开资料整理，仅供参考，以阿里云和管局的最新要求为准。',
  rulesVersion: (lastReviewed: string, count: number) => `${lastReviewed}（${count} 条规则）`,
  result: {
    heading: (province: string, date: string) => `你的备案路径：${province}，${date}`,
    currentName: (name: string) => `在这个日期，阿里云把这个流程称为“${name}”。`,
    answersLine: (a: { entity: string; service: string; localId: boolean; residencePermit?: boolean; content: string[] }) =>
      `主体：${a.entity}；备案对象：${a.service}；身份证${
        a.localId ? '为本省签发' : `非本省签发${a.residencePermit === true ? '，有本省居住证' : a.residencePermit === false ? '，没有本省居住证' : ''}`
      }；内容类别：${a.content.length ? a.content.join('、') : '无'}`,
    summary: (province: string, date: string, blockers: number, required: number, notRequired: number) =>
      blockers
        ? `${province}，${date}：有 ${blockers} 个问题使这个流程不适用，请先看“不能按这个流程办理”。`
        : `${province}，${date}：十个步骤中 ${required} 个需要，${notRequired} 个不需要。`,
    summaryOpen: (province: string, date: string, open: string[]) =>
      `${province}，${date}：还不能确定这个流程适用于你，请先回答“${open.join('”和“')}”。`,
    openQuestions: (open: string[]) =>
      `还没有回答“${open.join('”和“')}”。这两个问题决定你该走哪一种备案：主体没有备案要办首次备案，原备案在阿里云要办另一种新增，域名已备案要办接入备案。下面先按“主体已在其他服务商备案、域名未备案”列出，回答之后才算数。`,
    blockersHeading: '⚠ 按你的回答，不能按这个流程办理',
    instead: '应改为：',
    stagesHeading: '今天的办理阶段',
    outsideStagesHeading: '2019 年的步骤中，这一天已不在流程里的',
    stepsHeading: '十个步骤',
    stageAfterFiling: '不对应 2019 年的任何步骤，内容见下面的“备案通过以后”',
    stageNoSteps: '不对应 2019 年的任何步骤',
    requirementsHeading: '办理条件',
    materialsHeading: '要准备的材料',
    preApprovalsHeading: '前置审批',
    timelineHeading: '预计时间',
    timelineText: '预计时间（工作日，不含周末和法定节假日）',
    afterFilingHeading: '备案通过以后',
    unknownsHeading: '资料说不清的地方',
    why: '为什么？',
    sources: '来源：',
    method: (m: string) => `核验方式：${m}`,
    recipients: (r: string) => `验证码发给：${r}`,
    validity: (h: number) => `验证码 ${h} 小时内有效`,
    attempts: (n: number) => `连续 ${n} 次核验失败，申请会被驳回`,
    resends: (n: number) => `验证码最多可重发 ${n} 次`,
    providedBy: (who: string, note?: string) => `提供者：${who}${note ? `；${note}` : ''}`,
    authority: (authority: string, licence: string | null) => `（审批部门：${authority}${licence ? `；许可：${licence}` : ''}）`,
    dates: (earliest: string, latest: string) => (earliest === latest ? `，约 ${latest}` : `，约 ${earliest} 至 ${latest}`),
    timelineIntro: (holidaysUntil: string, start: string) =>
      `按工作日计算，跳过周末和法定节假日，计入调休上班日（节假日数据至 ${holidaysUntil}）。从 ${start} 提交算起：`,
    deadline: (days: number) => `期限：${days} 日内`,
    otherProvider: (provider: string) => `${provider}的说法（不是阿里云这个流程的结论）`,
    disagreement: '阿里云资料说法不一',
    rulesVersion: (v: string) => `规则版本：${v}。`,
    linkBack: '在检查器中打开这个结果',
    sourcesHeading: '资料来源',
    copy: '复制为 Markdown',
    print: '打印清单',
    copied: '已复制为 Markdown。',
    copyFailed: '浏览器不允许写入剪贴板，请手动复制下面的文字：',
    copyLabel: '结果的 Markdown 文本',
  },
  checker: {
    title: '备案检查器',
    description: '回答几个问题，查看“新增网站（原备案不在阿里云）”（现称“（无主体）新增互联网信息服务”）的每一步是否适用于你，以及每条结论的依据。',
    intro:
      '回答下面的问题，查看“新增网站（原备案不在阿里云）”备案今天分几个阶段、十个步骤中哪些适用于你、要准备哪些材料。每条结论都可以展开“为什么？”查看规则原文、适用日期和资料来源。回答会保存在网址里，可以收藏或分享。',
    formLabel: '备案检查器问题',
    formHeading: '你的情况',
    chooseProvince: '选择省份后，这里显示你的备案路径。',
    rulesFailed: '规则数据未能载入，请刷新页面重试。',
    rulesLoading: '正在载入规则…',
    urlNotice: '网址里有无法使用的回答，已忽略，请在下面重新回答：',
    urlProblem: '参数',
    unknownParam: '本检查器不认识这个参数。',
    overviewHint: (count: number, date: string) => `下面是全国 ${count} 个省份在 ${date} 的概览（按默认回答）；选择省份后，按你的全部回答计算。`,
    overviewLabel: '全国概览',
    overviewHeading: (date: string) => `全国概览：${date}`,
    overviewIntro: (count: number) =>
      `按默认回答（单位主体、身份证为本省签发、已在其他服务商备案、备案网站、不涉及前置审批）计算 ${count} 个省份；各省不同时标为“视省份而定”。`,
    allProvinces: '所有省份',
  },
  pastDate: {
    notice: (date: string, today: string) => `这是 ${date} 那天的规则。今天（${today}）按同样的回答，结果有这些不同：`,
    same: (date: string, today: string) => `这是 ${date} 那天的规则；按同样的回答，今天（${today}）的结果与此相同。`,
    link: '查看今天的结果 →',
    name: (then: string, now: string) => `流程名称：当时称“${then}”，今天称“${now}”。`,
    stages: (now: string) => `办理阶段：今天是 ${now}。`,
    status: (step: string, then: string, now: string) => `${step}：当时“${then}”，今天“${now}”。`,
    details: (step: string, now: string) => `${step}：细节有变，今天是 ${now}。`,
    blockedNow: (titles: string) => `今天按这些回答不能走这个流程：${titles}。`,
    notBlockedNow: '当时的限制今天不再适用。',
  },
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
    ended: (n: number) => `已经结束的规则（${n} 条）`,
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
    intro: (count: number, version: string) =>
      `这里按生效日期列出本站的全部 ${count} 条规则，最新的在前，每条只出现一次（规则版本 ${version}）。标注“资料所见日期”的，日期是资料被看到写着这条规则的日子，实际开始可能更早。`,
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
    detailSeparator: '；',
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
    stepDetails: (title: string, text: string) => `${title}：${text}`,
    total: (text: string) => `两段审核合计约 ${text}。这是把上面两段的典型时长相加得出的，不含填写订单和等短信的时间，也不是承诺。`,
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
    thenNote: (text: string) => `按当时的规则：${text}`,
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
  problems: {
    yesNo: (v: string) => `“${v}”无效：只接受 yes 或 no。`,
    oneOf: (v: string, values: readonly string[]) => `“${v}”无效：只接受 ${values.join('、')}。`,
    province: (v: string) =>
      `未知的省份“${v}”：可用 31 个省级行政区的代码（如 zj、ZJ）、简称（浙江）、全称（浙江省）、拼音（zhejiang），或地级市、直辖市的区县名（杭州、深圳市、海淀区）。`,
    missingProvince: '缺少省份：请给出省份代码（如 zj）、简称（浙江）或全称（浙江省）。',
    date: (v: string) => `日期“${v}”无效：请用真实存在的日期，格式 YYYY-MM-DD，例如 2018-09-10。`,
    content: (v: string, ids: string[]) => `未知的内容类别“${v}”：可用 ${ids.join(', ')}。`,
  },
  /** The questions' words; `province` is the chosen province's short name, or null. */
  questions: {
    priorFiling: {
      label: () => '办理备案的主体（个人或单位）现在有没有 ICP 备案？',
      short: '主体现在有没有备案',
      options: { elsewhere: '有，在其他服务商（不是阿里云）办理的', alibaba: '有，在阿里云办理的', none: '没有' },
    },
    domainFiled: {
      label: () => '新网站的域名本身已经备案过吗？',
      short: '域名是否已备案',
      options: { false: '没有', true: '已经备案过' },
    },
    service: {
      label: () => '要备案的是网站还是 App？',
      short: '备案对象',
      options: { website: '网站', app: 'App（移动应用）' },
    },
    province: {
      label: () => '在哪个省份备案（主体所在地）？',
      short: '省份',
      hint: '可输入省份的简称、全称、拼音或代码，如 浙江、浙江省、zhejiang、zj，也可以输入城市名，如 杭州、深圳。',
      notFound: (v: string) => `没有找到“${v}”：可输入省份的简称、全称、拼音或代码，如 浙江、zj，或地级市、直辖市区县的名字，如 杭州、海淀区。`,
      chosen: (full: string) => `已选择：${full}`,
      chosenByPlace: (full: string, place: string) => `已选择：${full}（${place}所在的省份）`,
    },
    date: {
      label: () => '哪天提交备案？',
      short: '备案日期',
      hint: (today: string) => `默认是今天（北京时间 ${today}）；也可以选过去的日期，查看当时的要求。`,
    },
    entity: {
      label: () => '以谁的名义备案？',
      short: '主体类型',
      options: { individual: '个人', unit: '单位（企业、机关、社会组织等）' },
    },
    localId: {
      label: (a: { entity?: string; province: string | null }) =>
        `${a.entity === 'individual' ? '你' : '网站负责人'}的身份证是由${a.province ?? '所选省份'}签发的吗？`,
      short: '身份证签发地',
      options: { true: '是', false: '不是，是外省签发的' },
    },
    residencePermit: {
      label: (a: { province: string | null }) => `有${a.province ?? '所选省份'}的居住证（或暂住证）吗？`,
      short: '居住证',
      options: { true: '有', false: '没有' },
    },
    content: {
      label: () => '网站内容涉及哪些需要前置审批的类别？（可多选，都不涉及就不选）',
      short: '内容类别',
    },
  },
  unknown: {
    title: '资料未覆盖',
    beforeData: (what: string, earliest: string, date: string) =>
      `本站关于“${what}”的资料最早从 ${earliest} 起，${date} 时的要求未知，不作猜测。`,
    noRule: (what: string, date: string) => `本站没有适用于 ${date}、所选省份和这些答案的“${what}”规则，结果未知。`,
    beforeProvinceData: (province: string, aspect: string, earliest: string, date: string) =>
      `本站关于${province}“${aspect}”的资料最早从 ${earliest} 起；${date} 时${province}有什么要求未知，不作猜测。`,
    windowTitle: '在此期间有变化，日期未知',
    window: (what: string, lastSeenOld: string, firstSeenNew: string) =>
      `关于“${what}”，资料最后一次见到旧说法是 ${lastSeenOld}，第一次见到新说法是 ${firstSeenNew}；变化发生在这两天之间的哪一天未知，所以这里两种说法都列出。`,
    holidays: (until: string) =>
      `节假日数据只覆盖到 ${until}（国务院每年约 11 月公布次年安排），之后的工作日无法准确计算，因此不给出日期。`,
  },
};

export type Strings = typeof zh;
