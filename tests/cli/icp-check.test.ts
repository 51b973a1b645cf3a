// The CLI is a public contract: readable output, JSON output, and exit 2 with one line on bad input.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../src/engine/types';

const run = promisify(execFile);
async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'bin/icp-check.ts', ...args], { cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('icp-check', () => {
  it('prints a readable Chinese checklist', async () => {
    const r = await cli('--province', '浙江', '--date', '2018-09-10', '--entity', 'individual');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('浙江，2018-09-10');
    expect(r.stdout).toMatch(/8\. \[✔ 需要\] 短信核验/);
    expect(r.stdout).toContain('幕布拍照核验');
  });

  it('prints one JSON object with the public shape', async () => {
    const r = await cli('--province', 'ZJ', '--date', '2018-09-09', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['flow', 'asOf', 'province', 'steps', 'blockers', 'materials', 'timeline']));
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

  it('shows a blocker for a non-local individual where only local IDs are accepted', async () => {
    const r = await cli('--province', '山西省', '--date', '2020-01-01', '--entity', 'individual', '--local-id', 'no', '--json');
    const out = JSON.parse(r.stdout);
    expect(out.blockers[0]).toMatchObject({ rule: 'province.local-id-only.ali-2019' });
    expect(Object.keys(out.blockers[0])).toEqual(expect.arrayContaining(['rule', 'text', 'sources']));
  });

  it.each([
    [['--province', 'atlantis'], 'atlantis'],
    [['--province', 'zj', '--date', '2018-02-30'], '2018-02-30'],
    [['--province', 'zj', '--date', 'tomorrow'], 'tomorrow'],
    [['--date', '2020-01-01'], '--province'],
    [['--province', 'zj', '--entity', 'company'], 'company'],
    [['--province', 'zj', '--local-id', 'maybe'], 'maybe'],
    [['--province', 'zj', '--content', 'gambling'], 'gambling'],
    [['--province', 'zj', '--colour', 'red'], '--colour'],
  ])('bad input %j: exit 2, one line naming %s, nothing on stdout', async (args, named) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(named);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  });
});
