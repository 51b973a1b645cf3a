// One source of truth in the copy (issue 9 §4): a figure, date, duration or province list that a rule
// holds reaches a page through a component that reads the rule (src/components/rules/Fact.astro,
// src/components/guide/OnDate.astro, the tables), never typed into the MDX. This test reads the MDX
// sources (fast: no build, no browser) and fails on such a fact typed by hand outside component tags.
import { describe, expect, it } from 'vitest';
import { PATTERNS, proseOf, scan, scanDocs, type Finding } from './drift-scan';

/**
 * Prose that must state a fact no rule holds. Each entry: the file, the exact text matched, and why
 * it stays. Keep this short: when a rule comes to hold the fact, replace the text with a component
 * and delete the entry (an entry that no longer matches anything fails the last test below).
 */
const ALLOWED: { file: string; match: string; reason: string }[] = [
  {
    file: 'prerequisites/domain.mdx',
    match: '3～5 个工作日',
    // Alibaba's 2019 rejection FAQ: how long real-name data takes to reach the bureau. Advice, not a
    // rule of the flow; no rule models waiting after domain real-name verification.
    reason: 'real-name sync wait from the 2019 rejection FAQ; advice, not modelled as a rule',
  },
  {
    file: 'steps/fill-information.mdx',
    match: '2019 年 4 月 22 日',
    // Alibaba's 2019 limits page: one domain per website nationwide from this day. No rule holds the
    // nationwide limit yet (only Hubei's one-site-per-order rule, which shares the date).
    reason: 'one domain per website (2019 limits page); not yet a rule',
  },
  {
    file: 'steps/initial-review.mdx',
    match: '3 个工作日',
    // Alibaba's 2019 review FAQ: when to call 95187 about an order that has not moved. Support advice.
    reason: 'when to call support (2019 review FAQ); advice, not a rule',
  },
  {
    file: 'steps/mail-documents.mdx',
    match: '1～2 个工作日',
    // Alibaba's 2019 mailing page: time to enter mailed papers. The step is not in today's flow and
    // the engine has no phase for it.
    reason: 'time to record mailed papers (2019); no review phase models it',
  },
];

const allowed = (f: Finding) => ALLOWED.some((a) => a.file === f.file && a.match === f.match);
const show = (f: Finding) => `${f.file}:${f.line} [${f.kind}] “${f.match}” in: ${f.context}`;

describe('the detector', () => {
  const sample = (body: string) => scan('sample.mdx', `---\ntitle: 例\n---\n\n${body}\n`).map((f) => `${f.kind}:${f.match}`);

  it.each([
    ['管局审核一般需要 3～20 个工作日。', 'working-days:3～20 个工作日'],
    ['一般 3-20 个工作日', 'working-days:3-20 个工作日'],
    ['约 4 到 21 个工作日', 'working-days:4 到 21 个工作日'],
    ['初审 1个工作日', 'working-days:1个工作日'],
    ['验证码 24 小时内有效', 'hours:24 小时'],
    ['生效于 2018-09-10。', 'iso-date:2018-09-10'],
    ['自 2020 年 8 月 17 日起', 'chinese-date:2020 年 8 月 17 日'],
    ['浙江、四川、福建要求', 'province-list:浙江、四川、福建'],
    ['内蒙古、吉林', 'province-list:内蒙古、吉林'],
    ['浙江，四川和福建', 'province-list:浙江，四川和福建'],
  ])('finds a fact typed by hand: %s', (body, expected) => {
    expect(sample(body)).toContain(expected);
  });

  it('reads titles and descriptions in the frontmatter, and prose attributes of components', () => {
    expect(scan('x.mdx', '---\ntitle: 例\ndescription: 通常 3～20 个工作日。\n---\n')).toHaveLength(1);
    expect(sample('<Aside title="自 2019 年 7 月 29 日起">正文</Aside>')).toEqual(['chinese-date:2019 年 7 月 29 日']);
    expect(sample('<Aside>验证码 48 小时内有效</Aside>')).toEqual(['hours:48 小时']);
  });

  it('reads string literals inside expression props, which are typed by hand too', () => {
    expect(sample("<StepSequence durations={{ 'initial-review': '约 1 个工作日' }} />")).toEqual(['working-days:1 个工作日']);
  });

  it('ignores what components print, their props, frontmatter dates, imports, links and code', () => {
    expect(
      sample(
        [
          "import Fact from '../../components/rules/Fact.astro';",
          '从 <Fact rule="sms.pilot.2018-09-10" show="from" /> 起，<OnDate phase="bureau-review" />。',
          '<SmsBatches />',
          '[通知](https://www.gov.cn/zhengce/2026-11-30/content.htm)、`2018-01-01`',
          'http://example.com/2019-07-29',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(scan('x.mdx', "---\ntitle: 例\nlastReviewed: '2026-11-30'\nsources:\n  - ali-git-sms-2018\n---\n")).toEqual([]);
  });

  it('keeps line numbers when multi-line tags are removed', () => {
    const text = proseOf('a\n<Fact\n  rule="x"\n  show="from"\n/>\n3～20 个工作日\n');
    expect(text.split('\n')[5]).toContain('3～20 个工作日');
  });

  it('covers every kind of fact named in the issue', () => {
    expect(new Set(PATTERNS.map((p) => p.kind))).toEqual(new Set(['working-days', 'hours', 'iso-date', 'chinese-date', 'province-list']));
  });
});

describe('the guide pages (src/content/docs)', () => {
  const findings = scanDocs();

  it('state no figure, date, duration or province list by hand', () => {
    const typed = findings.filter((f) => !allowed(f));
    expect(typed.map(show), 'use <Fact>, <OnDate> or a rule table instead (see src/components/rules, src/components/guide)').toEqual([]);
  });

  it('use every entry of the allow-list (a stale entry is removed, not kept)', () => {
    const unused = ALLOWED.filter((a) => !findings.some((f) => f.file === a.file && f.match === a.match));
    expect(unused.map((a) => `${a.file}: ${a.match}`)).toEqual([]);
  });

  it('keep the allow-list short, each entry with its reason', () => {
    expect(ALLOWED.length).toBeLessThanOrEqual(8);
    for (const a of ALLOWED) expect(a.reason.length, a.file).toBeGreaterThan(10);
  });
});
