// Every word the engine, the presenter, the checker and the CLI show, in English (the /en/ edition).
// Same shape as zh.ts (the `Strings` type makes a missing or extra key a type error). Written for a
// reader who reads no Chinese: a name the filer must find on screen (in Alibaba Cloud's console,
// the MIIT system, an app) keeps its Chinese beside the English, "SMS verification (短信核验)", and
// whatever renders these words marks such Chinese runs lang="zh-CN" (chineseRuns in localize.ts).
import type { Lang } from '../engine/localize';
import type { ProvidedBy, StepDetailKey } from '../engine/types';
import type { Strings } from './zh';

const range = (min: number, max: number) => (min === max ? `${max}` : `${min}–${max}`);
/** Who provides a document (a table cell under "Provided by"). */
const enProvidedBy: Record<ProvidedBy, string> = {
  entity: 'the entity filing (organisation or individual)',
  'entity-principal': 'the entity principal (主体负责人)',
  'website-principal': 'the website principal (网站负责人)',
  'legal-representative': 'the legal representative (法定代表人)',
  unknown: 'not stated in the sources',
};

/** What the details of a step are called (an unknown detail's title names it). */
const enDetailNames: Record<StepDetailKey, string> = {
  validityHours: 'how long the code is valid',
  recipients: 'who receives the code',
  maxFailedAttempts: 'how many wrong entries are allowed',
  maxResends: 'how often the code can be resent',
};
const quoted = (list: string[]) => list.map((x) => `“${x}”`).join(' and ');
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

export const en: Strings = {
  lang: 'en' as Lang,
  // A step's details are sentences of their own (“The code is valid for 24 hours”), so they are joined as sentences.
  punct: { colon: ': ', open: ' (', close: ')', list: ', ', semi: '; ', comma: ', ', details: '. ' },
  stepsPath: '/en/steps/',
  engine: {
    stages: 'Filing stages',
    flowName: 'Name of the filing type',
    detail: (step: string, key: StepDetailKey) => `${step}: ${enDetailNames[key]}`,
    preApproval: (category: string) => `${category}: pre-approval`,
    authority: (category: string) => `${category}: approving authority`,
  },
  status: {
    required: 'Required',
    'not-required': 'Not required',
    conditional: 'Depends',
    optional: 'Optional',
    unknown: 'Unknown',
  },
  statusMark: {
    required: '✔',
    'not-required': '—',
    conditional: '◐',
    optional: '○',
    unknown: '?',
  },
  varies: 'Varies by province',
  variesMark: '◇',
  method: {
    'curtain-photo': 'Backdrop photo verification (幕布拍照核验)',
    'shanghai-app': 'Verification in the Shanghai Communications Administration app (上海通信管理局 App)',
    'aliyun-app-face': 'Face verification in the Alibaba Cloud app (阿里云 App 人脸核验)',
    choice: 'Face verification in the Alibaba Cloud app or a backdrop photo, your choice (人脸核验 / 幕布拍照)',
    unknown: 'Unknown',
  },
  recipient: {
    'website-principal': 'the website principal (网站负责人), mobile number under contact 1',
    'entity-principal': 'the entity principal (主体负责人), mobile number under contact 1',
    'listed-in-console':
      'the principals the filing system lists (the MIIT decides by filing type: one person or two)',
  },
  preApprovalStatus: {
    required: 'Pre-approval required',
    conditional: 'Sources disagree; confirm with the communications administration',
    'not-required': 'Abolished, not required',
    unknown: 'Unknown',
  },
  phase: { 'initial-review': 'Alibaba Cloud initial review (初审)', 'identity-verification': 'Review of the verification photo (照片审核)', 'bureau-submission': 'Alibaba Cloud submits to the bureau (提交管局)', 'bureau-review': 'Communications administration review (管局审核)' },
  provider: {
    alibaba: 'Alibaba Cloud',
    tencent: 'Tencent Cloud',
    huawei: 'Huawei Cloud',
    jdcloud: 'JD Cloud',
    other: 'Another provider',
  },
  aspect: {
    residence: 'Filing with an ID card from another province',
    phone: 'Phone numbers',
    domain: 'Domain names',
    documents: 'Extra documents',
    'order-limits': 'Websites per order',
    principals: 'Conditions for principals',
    naming: 'Website names',
    content: 'Website content',
  },
  materialKind: { base: 'Basic documents', province: 'Extra documents for this province', 'pre-approval': 'Pre-approval documents' },
  providedBy: enProvidedBy,
  requirementSubject: {
    account: 'Alibaba Cloud account',
    server: 'Server and filing service number (备案服务号)',
    domain: 'Domain name',
    principals: 'Principals',
    order: 'Filing order',
    naming: 'Website name',
    content: 'Website content',
    location: 'Province of filing',
    residence: 'Proof of residence',
  },
  entity: { individual: 'Individual', unit: 'Organisation' },
  service: { website: 'Website', app: 'App' },
  secondary: ' (secondary source)',
  observedDate: ', by the date a source was seen saying it',
  period: (from: string | null, until: string | null, basis: 'stated' | 'observed' | null, quietYears: number | null = null, asOf: 'asked' | 'today' = 'asked') =>
    from
      ? ` (${until === from ? `on ${from}` : until ? `${from} to ${until}` : `from ${from}`}${basis === 'observed' ? ', by the date a source was seen saying it' : ''}${quietYears ? (asOf === 'today' ? `; even its newest source is over ${quietYears} years old, and this site could not confirm it still holds today` : `; even its newest source is over ${quietYears} years older than the date asked about, and this site could not confirm it still holds`) : ''})`
      : '',
  workingDays: (min: number, max: number) => (max === 0 ? 'no wait of its own' : `${range(min, max)} working ${min === 1 && max === 1 ? 'day' : 'days'}`),
  range,
  disclaimer:
    ' Compiled from public sources, for reference only: Alibaba Cloud’s and the communications administration’s current requirements prevail.',
  rulesVersion: (lastReviewed: string, count: number) => `${lastReviewed} (${count} rules)`,
  result: {
    heading: (province: string, date: string) => `Your filing path: ${province}, ${date}`,
    currentName: (name: string) => `On this date Alibaba Cloud calls this filing type “${name}”.`,
    answersLine: (a) =>
      `Entity: ${a.entity}${a.filingProvince ? ` (existing filing in ${a.filingProvince})` : ''}; filing for: ${a.service}; ID card ${
        a.localId
          ? 'issued in this province'
          : `issued in another province${a.residencePermit === true ? ', with a residence permit of this province' : a.residencePermit === false ? ', without a residence permit of this province' : ''}`
      }; content categories: ${a.content.length ? a.content.join(', ') : 'none'}`,
    crossProvinceHeading: 'The existing filing is in a different province from the one chosen',
    crossProvince: (filing: string, chosen: string) =>
      `The entity’s existing filing is in ${filing}, and you chose ${chosen}: two different provinces. The new website is added under the entity of the existing filing. `,
    crossProvinceSee: 'What the sources say about this is below.',
    crossProvinceNoData: (date: string) => `This site has found no source on this situation as of ${date}; the result does not decide it.`,
    recheck: (filing: string) => `See the result for the province of the existing filing (${filing}) →`,
    summary: (province: string, date: string, blockers: number, required: number, notRequired: number) =>
      blockers
        ? `${province}, ${date}: ${blockers === 1 ? '1 problem means' : `${blockers} problems mean`} this filing type does not apply; see “You cannot file this way” first.`
        : `${province}, ${date}: of the ten steps, ${required} required and ${notRequired} not required.`,
    summaryOpen: (province: string, date: string, open: string[]) =>
      `${province}, ${date}: it is not yet clear that this filing type applies to you; answer ${quoted(open)} first.`,
    openQuestions: (open: string[]) =>
      `${quoted(open)} ${open.length === 1 ? 'is' : 'are'} not answered yet. These answers decide which kind of filing you need: an entity with no filing needs a first filing (首次备案), an existing filing made with Alibaba Cloud needs a different kind of new website filing, and a domain name already filed needs an access filing (接入备案). Below, the result assumes “the entity has a filing with another provider, the domain is not filed”; it counts only once you answer.`,
    blockersHeading: '⚠ From your answers, you cannot file this way',
    instead: 'Instead: ',
    stagesHeading: (asOf: string) => `Filing stages on ${asOf}`,
    outsideStagesHeading: 'Steps of 2019 no longer in the process on this date',
    stepsHeading: 'The ten steps',
    stageAfterFiling: 'matches none of the 2019 steps; see “After the filing is approved” below',
    stageNoSteps: 'matches none of the 2019 steps',
    requirementsHeading: 'Conditions',
    materialsHeading: 'Documents to prepare',
    preApprovalsHeading: 'Pre-approvals',
    timelineHeading: 'Expected time',
    timelineText: 'Expected time (working days, without weekends and public holidays)',
    afterFilingHeading: 'After the filing is approved',
    unknownsHeading: 'What the sources leave open',
    why: 'Why?',
    sources: 'Sources: ',
    method: (m: string) => `Verification method: ${m}`,
    recipients: (r: string) => `Verification code sent to: ${r}`,
    validity: (h: number) => `The code is valid for ${h} ${h === 1 ? 'hour' : 'hours'}`,
    attempts: (n: number) => `After ${n} wrong entries during verification the application is sent back`,
    resends: (n: number) => `The code can be resent at most ${n} ${n === 1 ? 'time' : 'times'}`,
    // The notes are sentences of their own (they start with a capital).
    providedBy: (who: ProvidedBy, note?: string) => `${who === 'unknown' ? 'who provides it is not stated in the sources' : `provided by ${enProvidedBy[who]}`}${note ? `. ${note}` : ''}`,
    authority: (authority: string, licence: string | null) => `; approving authority: ${authority}${licence ? `; licence: ${licence}` : ''}`,
    dates: (earliest: string, latest: string) => (earliest === latest ? `, about ${latest}` : `, about ${earliest} to ${latest}`),
    timelineIntro: (holidaysUntil: string, start: string) =>
      `Counted in working days: weekends and public holidays skipped, make-up working days counted (holiday data up to ${holidaysUntil}). From submission on ${start}:`,
    deadline: (n: number) => `deadline: within ${days(n)}`,
    otherProvider: (provider: string) => `What ${provider} says (not a conclusion for Alibaba Cloud’s filing type)`,
    disagreement: 'Alibaba Cloud’s sources disagree',
    rulesVersion: (v: string) => `Rules version: ${v}.`,
    linkBack: 'Open this result in the checker',
    sourcesHeading: 'Sources',
    copy: 'Copy as Markdown',
    print: 'Print the checklist',
    copied: 'Copied as Markdown.',
    copyFailed: 'The browser does not allow writing to the clipboard; copy the text below by hand:',
    copyLabel: 'The result as Markdown',
  },
  checker: {
    formLabel: 'Filing checker questions',
    formHeading: 'Your situation',
    chooseProvince: 'Choose a province and your filing path shows here.',
    rulesFailed: 'The rule data did not load; reload the page to try again.',
    rulesLoading: 'Loading the rules…',
    linkWaiting: 'Working out the result for the answers in the link…',
    editAnswers: 'Change the answers',
    foldAnswers: 'Hide the questions',
    urlNotice: 'The address has answers that cannot be used; they were ignored. Answer again below:',
    urlProblem: 'Parameter',
    unknownParam: 'this checker does not know this parameter.',
    overviewHint: (count: number, date: string) =>
      `Below is an overview of all ${count} provinces on ${date} (with the default answers); once you choose a province, the result uses all your answers.`,
  },
  text: {
    title: (flow: string, currentName: string | null, province: string, date: string) =>
      `${province}, ${date}: ${flow}${currentName ? `, now called “${currentName}”` : ''}`,
    section: (heading: string) => `\n[${heading}]`,
    bullet: '- ',
    attention: '! ',
    blocked: '✘ ',
  },
  cli: {
    usage: 'Usage: ',
    provinceValue: '<code or name>',
    contentValue: '<category,category,…>',
    badOption: (message: string) => `unknown or malformed option (${message}). `,
    empty: (flag: string) => `--${flag} is empty. `,
    internalError: (message: string) => `internal error: ${message}`,
  },
  pastDate: {
    notice: (date: string, today: string) => `These are the rules on ${date}. Today (${today}), with the same answers, the result differs in this:`,
    same: (date: string, today: string) => `These are the rules on ${date}; with the same answers, today’s result (${today}) is the same.`,
    link: 'See today’s result →',
    name: (then: string, now: string) => `Name of the filing type: then “${then}”, today “${now}”.`,
    stages: (now: string) => `Filing stages: today ${now}.`,
    status: (step: string, then: string, now: string) => `${step}: then “${then}”, today “${now}”.`,
    details: (step: string, now: string) => `${step}: the details have changed; today — ${now}.`,
    blockedNow: (titles: string) => `Today these answers rule this filing type out: ${titles}.`,
    notBlockedNow: 'The restriction of that date no longer applies today.',
  },
  problems: {
    yesNo: (v: string) => `“${v}” is not valid: only yes or no.`,
    oneOf: (v: string, values: readonly string[]) => `“${v}” is not valid: only ${values.join(', ')}.`,
    province: (v: string) =>
      `Unknown province “${v}”: use one of the 31 provinces’ codes (zj, ZJ), English or pinyin names (Zhejiang), Chinese names (浙江, 浙江省), a city or a Beijing, Tianjin, Shanghai or Chongqing district in pinyin (Hangzhou, Haidian), or a Chinese city or district name (杭州, 深圳市, 海淀区).`,
    missingProvince: 'No province: give a province code (zj) or name (Zhejiang, 浙江).',
    date: (v: string) => `“${v}” is not a valid date: use a real date as YYYY-MM-DD, e.g. 2018-09-10.`,
    content: (v: string, ids: string[]) => `Unknown content category “${v}”: use ${ids.join(', ')}.`,
  },
  questions: {
    priorFiling: {
      label: () => 'Does the entity filing (individual or organisation) hold an ICP filing now?',
      short: 'Does the entity hold a filing',
      options: { elsewhere: 'Yes, made with another provider (not Alibaba Cloud)', alibaba: 'Yes, made with Alibaba Cloud', none: 'No' },
    },
    domainFiled: {
      label: () => 'Has the new website’s domain name itself been filed already?',
      short: 'Is the domain filed',
      options: { false: 'No', true: 'Yes, it has been filed' },
    },
    service: {
      label: () => 'Are you filing a website or an app?',
      short: 'Filing for',
      options: { website: 'Website', app: 'App (mobile application)' },
    },
    province: {
      label: () => 'In which province are you filing (where the entity is)?',
      short: 'Province',
      hint: 'Type the province’s name in English, pinyin or Chinese, or its code: Zhejiang, zhejiang, 浙江, zj; a city name works too, in pinyin or Chinese, such as Hangzhou, Shenzhen or 杭州.',
      notFound: (v: string) =>
        `Nothing found for “${v}”: type a province name in English, pinyin or Chinese, or its code (Zhejiang, 浙江, zj), or a city or municipal district in pinyin (Hangzhou, Haidian) or a city or district in Chinese (杭州, 海淀区).`,
      chosen: (full: string) => `Chosen: ${full}`,
      chosenByPlace: (full: string, place: string) => `Chosen: ${full} (the province ${place} is in)`,
    },
    date: {
      label: () => 'On which day do you submit the filing?',
      short: 'Filing date',
      hint: (today: string) => `Today by default (Beijing time, ${today}); choose a past date to see the requirements of that day.`,
    },
    entity: {
      label: () => 'In whose name are you filing?',
      short: 'Type of entity',
      options: { individual: 'An individual', unit: 'An organisation (company, public body, association…)' },
    },
    localId: {
      label: (a: { entity?: string; province: string | null }) =>
        `Was ${a.entity === 'individual' ? 'your' : 'the website principal’s'} ID card issued in ${a.province ?? 'the chosen province'}?`,
      short: 'Where the ID card was issued',
      options: { true: 'Yes', false: 'No, in another province' },
    },
    residencePermit: {
      label: (a: { province: string | null }) => `Do you hold a residence permit (居住证 or 暂住证) of ${a.province ?? 'the chosen province'}?`,
      short: 'Residence permit',
      options: { true: 'Yes', false: 'No' },
    },
    filingProvince: {
      label: () => 'In which province was the entity’s existing filing made?',
      short: 'Province of the existing filing',
      hint: 'The new website is added under the entity of the existing filing, so its province matters for where you file. Type the province’s name in English, pinyin or Chinese, or its code; a city name works too, in pinyin or Chinese, such as Guangzhou or 深圳.',
    },
    content: {
      label: () => 'Which categories needing pre-approval does the website’s content touch? (Choose any; none if it touches none)',
      short: 'Content categories',
    },
  },
  unknown: {
    title: 'Not covered by the sources',
    beforeData: (what: string, earliest: string, date: string) =>
      `This site’s sources on “${what}” start on ${earliest}; the requirement on ${date} is unknown, and the site does not guess.`,
    noRule: (what: string, date: string) => `This site has no rule on “${what}” for ${date}, the chosen province and these answers; the result is unknown.`,
    beforeProvinceData: (province: string, aspect: string, earliest: string, date: string) =>
      `This site’s sources on ${province}’s “${aspect}” start on ${earliest}; what ${province} required on ${date} is unknown, and the site does not guess.`,
    windowTitle: 'Changed during this period, on an unknown date',
    window: (what: string, lastSeenOld: string, firstSeenNew: string) =>
      `On “${what}”, a source last said the old thing on ${lastSeenOld} and first said the new thing on ${firstSeenNew}; on which day in between it changed is unknown, so both are listed here.`,
    phaseOfUnknownStep: (phase: string) => `Which identity check applies on this date is unknown, so whether “${phase}” is needed, and how long it takes, is unknown too; the site does not guess.`,
    holidays: (until: string) =>
      `The holiday data only covers dates up to ${until} (the State Council publishes the next year’s holidays around November), so working days after that cannot be counted and no dates are given.`,
  },
};
