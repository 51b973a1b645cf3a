// The CLI is a public contract: readable output, JSON output, and exit 2 with one line on bad input.
// Most cases call run() in-process (the same function bin/icp-check.ts calls); one case starts the
// real command to prove the shell passes output and exit codes through.
import { zh } from '../../src/i18n/zh';
import { en } from '../../src/i18n/en';
import { chineseRuns } from '../../src/engine/localize';
import { blankWords } from '../engine/support';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/icp-check';
import { QUESTIONS } from '../../src/engine/questions';
import { ruleSet } from '../../src/engine/rules';
import { STEP_IDS } from '../../src/engine/types';

const cli = (...args: string[]) => run(args, ruleSet, '2026-11-30');
const json = async (...args: string[]) => {
  const r = await cli(...args, '--json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('icp-check', () => {
  it('prints a readable Chinese checklist', async () => {
    const r = await cli('--province', '浙江', '--date', '2018-09-10', '--entity', 'individual');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('浙江，2018-09-10');
    expect(r.stdout).toMatch(/8\. \[✔ 需要\] 短信核验/);
    expect(r.stdout).toContain('幕布拍照核验');
  });

  it('when the path is closed, says so and what to do instead, and lists no steps as if they applied', async () => {
    const r = await cli('--province', 'zj', '--prior-filing', 'none');
    expect(r.code).toBe(0);
    const out = await json('--province', 'zj', '--prior-filing', 'none');
    expect(r.stdout).toContain(zh.result.blockersHeading);
    expect(r.stdout).toContain(out.blockers[0].instead);
    expect(r.stdout).not.toContain(zh.result.stepsHeading);
    expect(r.stdout).not.toMatch(/\[✔ 需要\]/);
  });

  it('prints one JSON object with the public shape', async () => {
    const out = await json('--province', 'ZJ', '--date', '2018-09-09');
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining(['flow', 'asOf', 'province', 'stages', 'steps', 'blockers', 'materials', 'requirements', 'afterFiling', 'timeline', 'unknowns']),
    );
    expect(out.province).toEqual({ code: 'zj', name: '浙江' });
    expect(out.asOf).toBe('2018-09-09');
    expect(out.steps.map((s: { id: string }) => s.id)).toEqual([...STEP_IDS]);
    const sms = out.steps.find((s: { id: string }) => s.id === 'sms-verification');
    expect(sms).toMatchObject({ status: 'not-required', validityHours: null, recipients: [] });
    for (const s of out.steps) {
      expect(['required', 'not-required', 'conditional', 'optional', 'unknown']).toContain(s.status);
      for (const reason of s.reasons) expect(Object.keys(reason)).toEqual(expect.arrayContaining(['rule', 'text', 'sources', 'effectiveFrom']));
    }
    expect(out.steps.find((s: { id: string }) => s.id === 'identity-verification').method).toBe('curtain-photo');
  });

  it('every question of the checker has a flag, and the wrong-guide answers reach the blockers', async () => {
    const flags = QUESTIONS.map((q) => q.flag);
    expect(flags).toEqual(expect.arrayContaining(['province', 'date', 'entity', 'local-id', 'residence-permit', 'content', 'prior-filing', 'domain-filed', 'service', 'filing-province']));
    expect((await json('--province', 'zj', '--prior-filing', 'none')).blockers[0].rule).toBe('filing-type.no-prior-filing');
    expect((await json('--province', 'zj', '--prior-filing', 'alibaba')).blockers[0].rule).toBe('filing-type.prior-at-alibaba.existing-entity');
    expect((await json('--province', 'zj', '--prior-filing', 'alibaba', '--date', '2019-09-20')).blockers[0].rule).toBe('filing-type.prior-at-alibaba');
    expect((await json('--province', 'zj', '--domain-filed', 'yes')).blockers[0].rule).toBe('filing-type.domain-filed');
  });

  it('--filing-province takes a code or a city, and a filing in another province is explained with the rules and their sources', async () => {
    const places = (await import('../../src/rules/places.json')).default.places as Record<string, string>;
    const [city, cityProvince] = Object.entries(places).find(([, code]) => code !== 'zj')!;
    const cityName = ruleSet.provinces.find((p) => p.code === cityProvince)!.short;
    const base = ['--province', 'zj', '--prior-filing', 'elsewhere', '--domain-filed', 'no'];
    for (const entity of ['unit', 'individual']) {
      const out = await json(...base, '--entity', entity, '--filing-province', city);
      expect(out.answers.filingProvince).toBe(cityProvince);
      // What the rules say shows in the text, with the rule titles and sources from the JSON.
      const fired = [...out.blockers, ...out.requirements].filter((r: { subject?: string }) => r.subject === 'location');
      expect(fired.length, entity).toBeGreaterThan(0);
      const text = (await cli(...base, '--entity', entity, '--filing-province', city)).stdout;
      expect(text).toContain(`原备案在${cityName}`);
      for (const r of fired) {
        expect(text).toContain(r.title);
        for (const s of r.sources) expect(text).toContain(s.title);
      }
    }
    const same = await json(...base, '--filing-province', 'zj');
    expect([...same.blockers, ...same.requirements].filter((r: { subject?: string }) => r.subject === 'location')).toEqual([]);
    expect((await json('--province', 'zj', '--prior-filing', 'none', '--filing-province', 'gd')).answers.filingProvince).toBeUndefined();
  });

  it('a residence permit is only read when the ID is not local', async () => {
    const withPermit = await json('--province', 'sh', '--entity', 'individual', '--local-id', 'no', '--residence-permit', 'yes');
    const withoutPermit = await json('--province', 'sh', '--entity', 'individual', '--local-id', 'no', '--residence-permit', 'no');
    expect(withPermit.blockers).toEqual([]);
    expect(withoutPermit.blockers.length).toBeGreaterThan(0);
    expect((await json('--province', 'sh', '--local-id', 'yes', '--residence-permit', 'no')).answers.residencePermit).toBeUndefined();
  });

  it.each([
    [['--province', 'atlantis'], 'atlantis'],
    [['--province', 'zj', '--date', '2018-02-30'], '2018-02-30'],
    [['--province', 'zj', '--date', 'tomorrow'], 'tomorrow'],
    [['--date', '2020-01-01'], '--province'],
    [['--province', 'zj', '--entity', 'company'], 'company'],
    [['--province', 'zj', '--local-id', 'maybe'], 'maybe'],
    [['--province', 'zj', '--content', 'gambling'], 'gambling'],
    [['--province', 'zj', '--service', 'wechat'], '--service'],
    [['--province', 'zj', '--prior-filing', 'maybe'], '--prior-filing'],
    [['--province', 'zj', '--domain-filed', ''], '--domain-filed'],
    [['--province', 'zj', '--colour', 'red'], '--colour'],
    [['--province', 'zj', '--prior-filing', 'elsewhere', '--filing-province', 'atlantis'], '--filing-province: 未知的省份“atlantis”'],
    [['--province', 'zj', '--prior-filing', 'elsewhere', '--filing-province', ' '], '--filing-province'],
  ])('bad input %j: exit 2, one line naming %s, nothing on stdout', async (args, named) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(named);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  });

  it('the installed command passes output and exit codes through', async () => {
    const exec = promisify(execFile);
    const ok = await exec('node', ['--import', 'tsx', 'bin/icp-check.ts', '--province', 'zj', '--json']);
    expect(JSON.parse(ok.stdout).province.code).toBe('zj');
    const bad = await exec('node', ['--import', 'tsx', 'bin/icp-check.ts', '--province', 'atlantis']).catch((e) => e);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('atlantis');
  }, 60_000); // two cold starts of node + tsx on a loaded 2-core machine
});

describe('icp-check --lang en', () => {
  /** Chinese outside the short labels the English keeps beside a name (source titles stay as published). */
  const untranslated = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.trim().startsWith(en.result.sources.trim()))
      .flatMap((line) => chineseRuns(line).filter((r) => r.chinese && r.text.length > 24).map((r) => `${r.text} in: ${line}`));

  it('prints the checklist in English, with the Chinese a filer must find on screen beside it', async () => {
    const r = await cli('--lang', 'en', '--province', 'Zhejiang', '--date', '2018-09-10', '--entity', 'individual');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Zhejiang, 2018-09-10');
    expect(r.stdout).toMatch(/8\. \[✔ Required\] SMS verification/);
    expect(r.stdout).toContain(en.method['curtain-photo']);
    expect(r.stdout).toContain(`[${en.result.stepsHeading}]`);
    expect(r.stdout).not.toContain(zh.result.stepsHeading);
    expect(untranslated(r.stdout)).toEqual([]);
    const closed = await cli('--lang=en', '--province', 'zj', '--prior-filing', 'none');
    expect(closed.stdout).toContain(en.result.blockersHeading);
    expect(untranslated(closed.stdout)).toEqual([]);
  });

  it('each source line gives the original title followed by its English gloss, as the site does; the Chinese text gives none', async () => {
    const args = ['--province', 'zj', '--prior-filing', 'elsewhere', '--filing-province', 'gd', '--content', 'news'];
    const english = (await cli(...args, '--lang', 'en')).stdout;
    const chinese = (await cli(...args)).stdout;
    const glossed = ruleSet.sources.filter((s) => english.includes(`${s.title} — ${s.en.title}`));
    expect(glossed.length).toBeGreaterThan(5);
    for (const source of ruleSet.sources) {
      // Never a bare title: one followed by the next source, its grade or the end of the line.
      for (const end of [en.punct.semi, en.secondary, '\n']) expect(english, source.id).not.toContain(`${source.title}${end}`);
      expect(chinese, source.id).not.toContain(source.en.title);
    }
    for (const source of glossed) expect(chinese, source.id).toContain(source.title);
    const line = english.split('\n').find((l) => l.trim().startsWith(en.result.sources.trim()))!;
    expect(line).toMatch(/ — [A-Z]/);
  });

  it('--json has the same structure and decisions in both languages; only the human-readable fields differ', async () => {
    for (const args of [
      ['--province', 'zj', '--date', '2018-09-10', '--entity', 'individual', '--local-id', 'no'],
      ['--province', 'sh', '--entity', 'individual', '--local-id', 'no', '--residence-permit', 'no'],
      ['--province', 'zj', '--prior-filing', 'elsewhere', '--filing-province', 'gd', '--domain-filed', 'no', '--content', 'news,education'],
      ['--province', 'bj', '--date', '2019-08-01', '--service', 'app'],
      ['--province', 'zj', '--prior-filing', 'none'],
    ]) {
      const [chinese, english, zhLang, zhCn] = await Promise.all([json(...args), json(...args, '--lang', 'en'), json(...args, '--lang', 'zh'), json(...args, '--lang', 'zh-CN')]);
      expect(Object.keys(english)).toEqual(Object.keys(chinese));
      expect(blankWords(english), args.join(' ')).toEqual(blankWords(chinese));
      expect(zhLang).toEqual(chinese);
      expect(zhCn).toEqual(chinese);
    }
    const out = await json('--province', 'ZJ', '--lang', 'en');
    expect(out.province).toEqual({ code: 'zj', name: 'Zhejiang' });
  });

  it('reads English province names and says what is wrong in English', async () => {
    expect((await json('--lang', 'en', '--province', 'inner mongolia')).province.code).toBe('nm');
    expect((await json('--province', 'Zhejiang Province')).province.code).toBe('zj');
    const r = await cli('--lang', 'en', '--province', 'atlantis');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`icp-check: --province: ${en.problems.province('atlantis')}\n`);
    const help = await cli('--lang', 'en', '--help');
    expect(help.stdout).toMatch(/^Usage: .*--province <code or name> .*\[--lang zh-CN\|en\] \[--json\]/);
    expect((await cli('--lang', 'en', '--province', 'zj', '--colour', 'red')).stderr).toContain('unknown or malformed option');
  });

  it.each([['fr'], ['english'], [''], ['zh-TW']])('a bad --lang %j: exit 2, one line naming --lang and the value, in both languages', async (value) => {
    const r = await cli('--province', 'zj', '--lang', value);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`--lang: “${value}”`);
    expect(lines[0]).toContain('en');
    expect(lines[0]).toContain('只接受');
  });
});
