// INTERIM, until src/i18n/en.ts (the checker's, presenter's and CLI's English, branch en-core) is
// merged: the English of the zh.ts words that the build-time pages show through the presenter and
// the guide components. en-pages.ts spreads it the way zh-pages.ts spreads zh.ts. At the merge,
// en-pages.ts imports `en` from './en' instead and this file is deleted. Words only the checker
// island, the CLI or the engine show (questions, problems, pastDate, unknown…) stay Chinese here;
// no build-time page shows them for this type's default answers.
import { zh, type Strings } from './zh';

const range = (min: number, max: number) => (min === max ? `${max}` : `${min}–${max}`);

export const en: Strings = {
  ...zh,
  status: { required: 'required', 'not-required': 'not required', conditional: 'depends', optional: 'optional', unknown: 'unknown' },
  varies: 'varies by province',
  method: {
    'curtain-photo': 'photo in front of a backdrop',
    'shanghai-app': "the Shanghai Communications Administration's app",
    'aliyun-app-face': 'face verification in the Alibaba Cloud app',
    choice: 'face verification in the Alibaba Cloud app or a backdrop photo (either)',
    unknown: 'unknown',
  },
  recipient: {
    'website-principal': 'the website principal (contact 1 mobile)',
    'entity-principal': 'the entity principal (contact 1 mobile)',
    'listed-in-console': 'the principals the filing system lists (one or two, as the MIIT decides per filing type)',
  },
  preApprovalStatus: {
    required: 'pre-approval required',
    conditional: 'sources differ: ask the bureau',
    'not-required': 'abolished, not required',
    unknown: 'unknown',
  },
  phase: { 'initial-review': 'Alibaba Cloud initial review', 'bureau-review': 'bureau review' },
  provider: { alibaba: 'Alibaba Cloud', tencent: 'Tencent Cloud', huawei: 'Huawei Cloud', jdcloud: 'JD Cloud', other: 'another provider' },
  aspect: {
    residence: 'filers from other provinces',
    phone: 'phone numbers',
    domain: 'domain',
    documents: 'extra documents',
    'order-limits': 'websites per order',
    principals: 'principals',
    naming: 'website name',
    content: 'website content',
  },
  materialKind: { base: 'Basic documents', province: "The province's extra documents", 'pre-approval': 'Pre-approval documents' },
  providedBy: {
    entity: 'the filer (organisation or individual)',
    'entity-principal': 'the entity principal',
    'website-principal': 'the website principal',
    'legal-representative': 'the legal representative',
    unknown: 'not stated in the sources',
  },
  requirementSubject: {
    account: 'Alibaba Cloud account',
    server: 'server and filing service number',
    domain: 'domain',
    principals: 'principals',
    order: 'filing order',
    naming: 'website name',
    content: 'website content',
    location: 'filing province',
  },
  entity: { individual: 'individual', unit: 'organisation' },
  service: { website: 'website', app: 'app' },
  secondary: ' (secondary source)',
  observedDate: ', by the date a source was seen',
  period: (from, until, basis) =>
    from ? ` (${until ? `${from} to ${until}` : `from ${from}`}${basis === 'observed' ? ', by the date a source was seen' : ''})` : '',
  workingDays: (min, max) => `${range(min, max)} working day${max === 1 ? '' : 's'}`,
  range,
  disclaimer: "Compiled from public sources, for reference only; Alibaba Cloud's and the bureau's current requirements prevail.",
  rulesVersion: (lastReviewed, count) => `${lastReviewed} (${count} rules)`,
  result: {
    ...zh.result,
    heading: (province, date) => `Your filing path: ${province}, ${date}`,
    currentName: (name) => `On this date Alibaba Cloud calls this flow "${name}".`,
    summary: (province, date, blockers, required, notRequired) =>
      blockers
        ? `${province}, ${date}: ${blockers} problem${blockers === 1 ? '' : 's'} make this flow inapplicable; see "You cannot use this flow" first.`
        : `${province}, ${date}: of the ten steps, ${required} are required and ${notRequired} are not.`,
    stageAfterFiling: 'Matches none of the 2019 steps; see "After approval" below',
    stageNoSteps: 'Matches none of the 2019 steps',
    why: 'Why?',
    sources: 'Sources: ',
    method: (m) => `Verification: ${m}`,
    recipients: (r) => `Code sent to: ${r}`,
    validity: (h) => `The code is valid for ${h} hours`,
    attempts: (n) => `After ${n} failed verifications in a row the application is rejected`,
    resends: (n) => `The code can be resent at most ${n} times`,
    providedBy: (who, note) => `Provided by: ${who}${note ? `; ${note}` : ''}`,
    authority: (authority, licence) => ` (approving body: ${authority}${licence ? `; licence: ${licence}` : ''})`,
    dates: (earliest, latest) => (earliest === latest ? `, about ${latest}` : `, about ${earliest} to ${latest}`),
    timelineIntro: (holidaysUntil, start) =>
      `Counted in working days, skipping weekends and public holidays and counting make-up working days (holiday data until ${holidaysUntil}). From submission on ${start}:`,
    deadline: (days) => `Deadline: within ${days} days`,
    otherProvider: (provider) => `${provider}'s statement (not this Alibaba Cloud flow's answer)`,
    disagreement: "Alibaba Cloud's sources disagree",
    rulesVersion: (v) => `Rules version: ${v}. `,
    sourcesHeading: 'Sources',
  },
};
