// Every word the engine, the presenter, the checker and the CLI show, in Chinese (the root locale).
// Like Starlight's translation files: code names a key, this file holds the words. An English
// edition adds en.ts with the same shape (the `Strings` type makes a missing key a type error).
import type { Lang } from '../engine/localize';
import type {
  Aspect,
  IdentityMethod,
  MaterialKind,
  ProvidedBy,
  Provider,
  RequirementSubject,
  ReviewPhase,
  SmsRecipient,
  StepDetailKey,
  StepStatus,
} from '../engine/types';

/** Who provides a document. */
const zhProvidedBy = {
  entity: '主办者（单位或个人）',
  'entity-principal': '主体负责人',
  'website-principal': '网站负责人',
  'legal-representative': '法定代表人',
  unknown: '资料未写明',
} satisfies Record<ProvidedBy, string>;

/** What the details of a step are called (an unknown detail's title names it). */
const zhDetailNames: Record<StepDetailKey, string> = {
  validityHours: '验证码有效期',
  recipients: '接收验证码的人',
  maxFailedAttempts: '允许输错的次数',
  maxResends: '验证码重发次数',
};

const range = (min: number, max: number) => (min === max ? `${max}` : `${min}～${max}`);

export const zh = {
  /** The language these words are in: the engine names provinces in it (provinceShort). */
  lang: 'zh-CN' as Lang,
  /** Punctuation between the words the presenter, the CLI's text and the island put together. */
  punct: { colon: '：', open: '（', close: '）', list: '、', semi: '；', comma: '，', details: '；' },
  /** Where the step pages are: the checker links each step to its page. */
  stepsPath: '/steps/',
  /** What the engine names a subject when it says nothing decided it (an unknown's title). */
  engine: {
    stages: '流程阶段',
    flowName: '流程名称',
    detail: (step: string, key: StepDetailKey) => `${step}：${zhDetailNames[key]}`,
    preApproval: (category: string) => `${category}前置审批`,
    authority: (category: string) => `${category}审批部门`,
  },
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
  phase: { 'initial-review': '阿里云初审', 'identity-verification': '核验照片审核', 'bureau-submission': '阿里云提交管局', 'bureau-review': '管局审核' } satisfies Record<ReviewPhase, string>,
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
  providedBy: zhProvidedBy,
  requirementSubject: {
    account: '阿里云账号',
    server: '服务器与备案服务号',
    domain: '域名',
    principals: '负责人',
    order: '备案订单',
    naming: '网站名称',
    content: '网站内容',
    location: '备案省份',
    residence: '居住证明',
  } satisfies Record<RequirementSubject, string>,
  entity: { individual: '个人', unit: '单位' },
  service: { website: '网站', app: 'App' },
  secondary: '（二手资料）',
  observedDate: '，按资料所见日期',
  /** "（2019-07-29 起）", "（2018-06-09 至 2019-09-20，按资料所见日期）", one date when a rule starts and ends on
   * the same day; `quietYears`: an open rule whose newest source is more than that many years older
   * than the date asked about (present.ts), or than today on a guide page (`asOf` 'today'). */
  period: (from: string | null, until: string | null, basis: 'stated' | 'observed' | null, quietYears: number | null = null, asOf: 'asked' | 'today' = 'asked') =>
    from
      ? `（${from}${until === from ? '' : until ? ` 至 ${until}` : ' 起'}${basis === 'observed' ? '，按资料所见日期' : ''}${quietYears ? (asOf === 'today' ? `；最新的资料也在 ${quietYears} 年以前，今天是否仍如此，本站未能核实` : `；最新的资料也早于所查日期 ${quietYears} 年以上，是否仍如此，本站未能核实`) : ''}）`
      : '',
  workingDays: (min: number, max: number) => (max === 0 ? '不另等待' : `${range(min, max)} 个工作日`),
  range,
  disclaimer: '结果依据公开资料整理，仅供参考，以阿里云和管局的最新要求为准。',
  rulesVersion: (lastReviewed: string, count: number) => `${lastReviewed}（${count} 条规则）`,
  result: {
    heading: (province: string, date: string) => `你的备案路径：${province}，${date}`,
    currentName: (name: string) => `在这个日期，阿里云把这个流程称为“${name}”。`,
    answersLine: (a: { entity: string; service: string; localId: boolean; residencePermit?: boolean; content: string[]; filingProvince?: string }) =>
      `主体：${a.entity}${a.filingProvince ? `（原备案在${a.filingProvince}）` : ''}；备案对象：${a.service}；身份证${
        a.localId ? '为本省签发' : `非本省签发${a.residencePermit === true ? '，有本省居住证' : a.residencePermit === false ? '，没有本省居住证' : ''}`
      }；内容类别：${a.content.length ? a.content.join('、') : '无'}`,
    crossProvinceHeading: '原备案所在省份与所选省份不同',
    crossProvince: (filing: string, chosen: string) =>
      `主体原来的备案在${filing}，这次选的是${chosen}，两个省份不同。新网站要加在原来的备案主体名下。`,
    crossProvinceSee: '资料对这种情况的说法见下面。',
    crossProvinceNoData: (date: string) => `本站没有找到 ${date} 时关于这种情况的资料，结果不作判断。`,
    recheck: (filing: string) => `按原备案所在省份（${filing}）查看结果 →`,
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
    stagesHeading: (asOf: string) => `${asOf} 的办理阶段`,
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
    // Worded for every dated rule it shows: 2018-2019 Alibaba counted wrong ID numbers, 2025 sources any
    // wrong entry in a row; each rule's own text ("为什么？") says which.
    attempts: (n: number) => `核验时输错 ${n} 次，申请会被退回`,
    resends: (n: number) => `验证码最多可重发 ${n} 次`,
    providedBy: (who: ProvidedBy, note?: string) => `提供者：${zhProvidedBy[who]}${note ? `；${note}` : ''}`,
    // After the status, inside the item's own brackets: a semicolon, not brackets within brackets.
    authority: (authority: string, licence: string | null) => `；审批部门：${authority}${licence ? `；许可：${licence}` : ''}`,
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
    formLabel: '备案检查器问题',
    formHeading: '你的情况',
    chooseProvince: '选择省份后，这里显示你的备案路径。',
    rulesFailed: '规则数据未能载入，请刷新页面重试。',
    rulesLoading: '正在载入规则…',
    /** A shared link's page before the island has read its address (the questions still show their defaults). */
    linkWaiting: '正在按链接里的回答计算结果…',
    /** The button that shows a shared link's questions, folded away so that the result comes first. */
    editAnswers: '修改回答',
    /** The same button once the questions are shown. */
    foldAnswers: '收起问题',
    urlNotice: '网址里有无法使用的回答，已忽略，请在下面重新回答：',
    urlProblem: '参数',
    unknownParam: '本检查器不认识这个参数。',
    overviewHint: (count: number, date: string) => `下面是全国 ${count} 个省份在 ${date} 的概览（按默认回答）；选择省份后，按你的全部回答计算。`,
  },
  /** The CLI's plain-text checklist (text.ts) around the presenter's words. */
  text: {
    title: (flow: string, currentName: string | null, province: string, date: string) =>
      `${flow}${currentName ? `（现称${currentName}）` : ''}：${province}，${date}`,
    section: (heading: string) => `\n【${heading}】`,
    bullet: '· ',
    attention: '！',
    blocked: '✘ ',
  },
  /** The icp-check command's own words (its flags come from the question table). */
  cli: {
    usage: '用法：',
    provinceValue: '<代码或名称>',
    contentValue: '<类别,类别,…>',
    badOption: (message: string) => `无法识别的参数（${message}）。`,
    empty: (flag: string) => `--${flag} 的值为空。`,
    internalError: (message: string) => `内部错误：${message}`,
  },
  pastDate: {
    notice: (date: string, today: string) => `这是 ${date} 那天的规则。今天（${today}）按同样的回答，结果有这些不同：`,
    same: (date: string, today: string) => `这是 ${date} 那天的规则；按同样的回答，今天（${today}）的结果与此相同。`,
    link: '查看今天的结果 →',
    name: (then: string, now: string) => `流程名称：当时称“${then}”，今天称“${now}”。`,
    stages: (now: string) => `办理阶段：今天是 ${now}。`,
    status: (step: string, then: string, now: string) => `${step}：当时“${then}”，今天“${now}”。`,
    details: (step: string, now: string) => `${step}：细节有变，今天的规定——${now}。`,
    blockedNow: (titles: string) => `今天按这些回答不能走这个流程：${titles}。`,
    notBlockedNow: '当时的限制今天不再适用。',
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
    filingProvince: {
      label: () => '主体原来的备案是在哪个省份办理的？',
      short: '原备案所在省份',
      hint: '新网站要加在原来的备案主体名下，原备案所在的省份会影响在哪里备案。可输入省份的简称、全称、拼音或代码，也可以输入城市名，如 广州、深圳。',
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
    phaseOfUnknownStep: (phase: string) => `这个日期用哪种方式核验身份未知，所以“${phase}”是否需要、要多久也未知，不作猜测。`,
    holidays: (until: string) =>
      `节假日数据只覆盖到 ${until}（国务院每年约 11 月公布次年安排），之后的工作日无法准确计算，因此不给出日期。`,
  },
};

export type Strings = typeof zh;
