// A broken rule file must fail `astro build` with a message naming the file, the rule id and the
// field. The project is copied to a temporary folder (src/, build/, public/, astro.config.mjs, package.json,
// tsconfig.json), five rule files are broken in five different ways at once,
// and one build must report every one of them: the loader (src/engine/load.ts) collects all
// problems before it throws, and astro.config.mjs imports src/engine/rules.ts, which validates on
// import, so the build stops while its configuration loads (about 3 s), before anything is bundled.
//
// The copy lives in bench/.tmp/ (git-ignored, outside tsconfig) so that Node finds the repository's
// node_modules by walking up. A symlinked node_modules does not work: Astro 5 then compiles
// Starlight's .astro files under one path and looks their styles up under the other ("No cached
// compile metadata found for …Page.astro?astro&type=style") and the build fails for that reason.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../tooling/astro';
import { ASTRO, ROOT } from '../../tooling/paths';

const TIMEOUT_MS = 180_000;

type RuleLike = Record<string, unknown> & { id: string };
type RuleFile = { rules: RuleLike[] };

/** Each break: the file it edits, how, and the text the build output must contain. */
const BREAKS: { name: string; file: string; edit: (data: RuleFile, all: (file: string) => RuleFile) => void; expected: string }[] = [
  {
    name: 'a duplicate id',
    file: 'flow.json',
    // flow.json is read before sms-verification.json, so the rule in sms-verification.json is the repeat.
    edit: (data, all) => data.rules.push({ ...all('sms-verification.json').rules.find((r) => r.id === 'sms.not-yet')! }),
    expected: 'src/rules/sms-verification.json, rule sms.not-yet, field id',
  },
  {
    name: 'an unknown province code',
    file: 'sms-verification.json',
    edit: (data) => {
      data.rules.find((r) => r.id === 'sms.pilot.2017-12-18')!.provinces = ['tj', 'zz'];
    },
    expected: 'src/rules/sms-verification.json, rule sms.pilot.2017-12-18, field provinces',
  },
  {
    name: 'overlapping date ranges of a rule and the one it replaces',
    file: 'sms-verification.json',
    edit: (data) => {
      data.rules.find((r) => r.id === 'sms.validity.48h')!.effectiveUntil = '2018-09-07';
    },
    expected: 'src/rules/sms-verification.json, rule sms.validity.24h, field effectiveFrom',
  },
  {
    name: 'effectiveUntil before effectiveFrom',
    file: 'identity-verification.json',
    edit: (data) => {
      data.rules.find((r) => r.id === 'identity.curtain.2018')!.effectiveUntil = '2018-01-01';
    },
    expected: 'src/rules/identity-verification.json, rule identity.curtain.2018, field effectiveUntil',
  },
  {
    name: 'a missing source',
    file: 'review-times.json',
    edit: (data) => {
      delete data.rules.find((r) => r.id === 'review.initial.2019')!.sources;
    },
    expected: 'src/rules/review-times.json, rule review.initial.2019, field sources',
  },
];

mkdirSync(join(ROOT, 'bench/.tmp'), { recursive: true });
const project = mkdtempSync(join(ROOT, 'bench/.tmp/broken-rules-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('broken rule files fail the build', () => {
  it(
    `with a message naming file, rule id and field for each of: ${BREAKS.map((b) => b.name).join('; ')}`,
    async () => {
      for (const entry of ['src', 'build', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
        cpSync(join(ROOT, entry), join(project, entry), { recursive: true });

      const rulesDir = join(project, 'src/rules');
      const files = new Map<string, RuleFile>();
      const load = (file: string) => {
        if (!files.has(file)) files.set(file, JSON.parse(readFileSync(join(rulesDir, file), 'utf8')) as RuleFile);
        return files.get(file)!;
      };
      for (const b of BREAKS) b.edit(load(b.file), load);
      for (const [file, data] of files) writeFileSync(join(rulesDir, file), JSON.stringify(data, null, 2));

      const { code, output } = await runCommand(ASTRO, ['build'], { cwd: project, timeoutMs: TIMEOUT_MS });
      const tail = output.slice(-4000);
      expect(code, `the build should fail:\n${tail}`).not.toBe(0);
      expect(output, tail).toContain('规则数据有误');
      for (const b of BREAKS) expect(output, `${b.name}: expected “${b.expected}” in\n${tail}`).toContain(b.expected);
    },
    TIMEOUT_MS + 10_000,
  );
});
