import { describe, expect, it } from 'vitest';
import { runCommand } from '../../tooling/astro';
import { ASTRO } from '../../tooling/paths';

const TIMEOUT_MS = 180_000;

describe('astro check', () => {
  it(
    'reports no type or template errors',
    async () => {
      const { code, output: raw } = await runCommand(ASTRO, ['check'], { timeoutMs: TIMEOUT_MS });
      // astro check may still colour its output; strip the escape codes before reading it.
      const output = raw.replace(/\x1b\[[0-9;]*m/g, '');
      const errors = output.split('\n').filter((line) => / - error /.test(line) || /^- \d+ errors?/.test(line));
      const summary = `exit code ${code}\n${errors.join('\n') || output.slice(-3000)}`;
      // astro check ends with "Result (N files):" and "- N errors".
      const reported = /^- (\d+) errors?\b/m.exec(output)?.[1];
      expect(reported, summary).toBe('0');
      expect(code, summary).toBe(0);
    },
    TIMEOUT_MS + 10_000,
  );
});
