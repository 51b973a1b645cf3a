// Lists the entries of the rule files that have no English yet (the `en` field), file by file.
// `node --import tsx scripts/english-coverage.ts [file.json …]`; exits 1 while any is missing.
import { rawRuleFiles } from '../src/engine/raw';
import { loadRuleSet } from '../src/engine/load';

type Entry = { id?: string; code?: string; en?: unknown };
const only = new Set(process.argv.slice(2));
const files: [string, unknown][] = [
  ['provinces.json', rawRuleFiles.provinces],
  ['sources.json', rawRuleFiles.sources],
  ['steps.json', rawRuleFiles.steps],
  ...Object.entries(rawRuleFiles.ruleFiles),
];
let missing = 0;
for (const [file, data] of files) {
  if (only.size && !only.has(file)) continue;
  const d = data as Record<string, unknown>;
  const entries: Entry[] = [
    ...((d.rules ?? d.provinces ?? d.sources ?? d.steps ?? []) as Entry[]),
    ...((d.categories ?? []) as Entry[]),
    ...(d.flow ? [{ id: 'flow', ...(d.flow as object) } as Entry] : []),
  ];
  const without = entries.filter((e) => !e.en).map((e) => e.id ?? e.code ?? '?');
  missing += without.length;
  console.log(`${file}: ${entries.length - without.length}/${entries.length} in English${without.length ? `; missing: ${without.join(', ')}` : ''}`);
}
// The schema checks the English that exists (fields, Chinese runs); this throws naming file, id and field.
loadRuleSet(rawRuleFiles);
process.exit(missing ? 1 : 0);
