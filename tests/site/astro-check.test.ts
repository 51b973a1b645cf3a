import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

const TIMEOUT_MS = 180_000;

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${command} ${args.join(' ')} took over ${TIMEOUT_MS / 1000} s\n${output}`));
    }, TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

describe('astro check', () => {
  it(
    'reports no type or template errors',
    async () => {
      const { code, output: raw } = await run('npx', ['--no-install', 'astro', 'check']);
      // astro check may still colour its output; strip the escape codes before reading it.
      const output = raw.replace(/\x1b\[[0-9;]*m/g, '');
      const errors = output.split('\n').filter((line) => / - error /.test(line) || /^- \d+ errors?/.test(line)).join('\n');
      const summary = `exit code ${code}\n${errors || output.slice(-3000)}`;
      // astro check ends with "Result (N files):" and "- N errors".
      const reported = /^- (\d+) errors?\b/m.exec(output)?.[1];
      expect(reported, summary).toBe('0');
      expect(code, summary).toBe(0);
    },
    TIMEOUT_MS + 10_000,
  );
});
