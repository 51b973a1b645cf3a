// The checker's browser bundle (build/checker-bundle.mjs) swaps json-rules-engine's dependencies
// for stand-ins (the aliases in build/browser-aliases.mjs), re-encodes the holiday table and strips
// rule texts. These tests show the browser decides exactly what Node decides.
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import holidayData from 'chinese-days/dist/chinese-days.json';
import { evaluate } from '../../src/engine/evaluate';
import { localizeRuleSet } from '../../src/engine/localize';
import { en } from '../../src/i18n/en';
import { rawRuleFiles } from '../../src/engine/raw';
import { ruleSet } from '../../src/engine/rules';
import type { RuleSet } from '../../src/engine/types';
import { categories, provinces } from '../../src/components/checker/form-data';
import { BROWSER_ALIASES } from '../../build/browser-aliases.mjs';
import { browserRuleSet, checkerRuleData, clientRuleFile } from '../../build/split.mjs';
import { decodeDatesSource, encodeDates } from '../../build/checker-bundle.mjs';
import { sampleAnswers } from './support';

describe('rule data the stand-ins rely on', () => {
  it('has no condition paths, decorators or fact references', () => {
    const walk = (c: unknown): void => {
      if (!c || typeof c !== 'object') return;
      const o = c as Record<string, unknown>;
      expect(o.path, JSON.stringify(o)).toBeUndefined();
      if (typeof o.operator === 'string') expect(o.operator).not.toContain(':');
      if (o.value && typeof o.value === 'object' && !Array.isArray(o.value)) expect(o.value).not.toHaveProperty('fact');
      Object.values(o).forEach((v) => (Array.isArray(v) ? v.forEach(walk) : walk(v)));
    };
    ruleSet.rules.forEach((r) => walk(r.conditions));
  });
});

/** A result without the data's English words (`en`): neither checker's rules.json carries them. */
/** A result as the browser's data can give it: no `en` fields, and the sources' English glosses only where the data keeps them (the English checker's). */
const withoutEnglish = (value: unknown, glosses = false): unknown =>
  Array.isArray(value) ? value.map((v) => withoutEnglish(v, glosses))
  : value && typeof value === 'object'
    ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'en').map(([k, v]) => [k, k === 'gloss' && !glosses ? null : withoutEnglish(v, glosses)]))
  : value;

describe('browser rule set', () => {
  it('the bundle gets the form data and nothing else of the rule files', () => {
    const bundled = clientRuleFile('provinces.json', structuredClone(rawRuleFiles.provinces)) as { provinces: object[] };
    // One island serves both languages: the form's names come with their English.
    expect(bundled.provinces).toEqual(ruleSet.provinces.map(({ bureauSite, ...p }) => p));
    const form = clientRuleFile('pre-approval.json', structuredClone(rawRuleFiles.ruleFiles['pre-approval.json'])) as { categories: object[] };
    expect(form.categories).toEqual(ruleSet.preApprovalCategories.map(({ id, name, en }) => ({ id, name, en: { name: en.name } })));
    expect(categories).toEqual(form.categories);
    for (const file of ['sources.json', 'steps.json', ...Object.keys(rawRuleFiles.ruleFiles).filter((f) => f !== 'pre-approval.json')])
      expect(() => clientRuleFile(file, {}), file).toThrow(/rules\.json/);
  });

  it('decides and explains exactly as Node does from the bundle\'s provinces and /checker/rules.json', async () => {
    const bundled = clientRuleFile('provinces.json', structuredClone(rawRuleFiles.provinces)) as { provinces: RuleSet['provinces'] };
    const client: RuleSet = browserRuleSet(bundled.provinces, JSON.parse(JSON.stringify(checkerRuleData(ruleSet))));
    for (const a of sampleAnswers()) expect(await evaluate(a, client)).toEqual(withoutEnglish(await evaluate(a, ruleSet)));
    expect(provinces.map((p) => p.code)).toEqual(ruleSet.provinces.map((p) => p.code));
  });

  it('decides and explains in English exactly as Node does from the bundle\'s provinces and /en/checker/rules.json', async () => {
    const bundled = clientRuleFile('provinces.json', structuredClone(rawRuleFiles.provinces)) as { provinces: RuleSet['provinces'] };
    const english = localizeRuleSet(ruleSet, 'en');
    // As src/pages/en/checker/rules.json.ts makes it: with the sources' English glosses.
    const client: RuleSet = browserRuleSet(bundled.provinces, JSON.parse(JSON.stringify(checkerRuleData(english, { sourceGlosses: true }))));
    // The English data arrives already in English: no `en` fields, and no Chinese where the English is.
    expect(JSON.stringify(client.rules)).not.toContain('"en":');
    for (const a of sampleAnswers()) expect(await evaluate(a, client, en)).toEqual(withoutEnglish(await evaluate(a, english, en), true));
  });
});

describe('compact holiday table', () => {
  it('decodes to exactly the dates chinese-days lists', () => {
    const decode = new Function(`return ${decodeDatesSource}`)() as (s: string) => Record<string, 1>;
    for (const table of [holidayData.holidays, holidayData.workdays])
      expect(Object.keys(decode(encodeDates(table))).sort()).toEqual(Object.keys(table).sort());
  });
});

describe('json-rules-engine with the stand-ins', () => {
  it('the client build resolves exactly this list to the stand-ins; the server build renders with the real packages', async () => {
    const { default: plugin } = await import('../../build/checker-bundle.mjs');
    const resolveId = plugin().resolveId as (this: unknown, source: string, importer: undefined, options: object) => unknown;
    // Astro 7 builds through Vite environments: the plugin asks which one resolves.
    const client = { environment: { config: { consumer: 'client' } } };
    const server = { environment: { config: { consumer: 'server' } } };
    for (const [name, file] of Object.entries(BROWSER_ALIASES)) {
      expect(resolveId.call(client, name, undefined, {}), name).toBe(file);
      expect(resolveId.call(server, name, undefined, {}), name).toBeNull();
    }
    expect(resolveId.call(client, 'json-rules-engine', undefined, {})).toBeNull();
  });

  it('gives the same results as with its real dependencies', async () => {
    const out = await build({
      stdin: { contents: "export { evaluate } from './src/engine/evaluate';", resolveDir: fileURLToPath(new URL('../..', import.meta.url)), loader: 'ts' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['main'],
      alias: { ...BROWSER_ALIASES },
    });
    const code = out.outputFiles[0].text;
    // Markers of the real packages: jsonpath-plus's resultType option, eventemitter2's wildcard mode.
    for (const real of ['resultType', 'wildcard']) expect(code.includes(real), real).toBe(false);
    const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { evaluate: typeof evaluate };
    for (const a of sampleAnswers().filter((_, i) => i % 7 === 0)) expect(await mod.evaluate(a, ruleSet)).toEqual(await evaluate(a, ruleSet));
  });
});
