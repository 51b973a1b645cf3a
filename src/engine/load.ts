// Parse and cross-check the rule files. Any problem throws RuleDataError naming the file,
// the rule id and the field, so a bad edit fails `npm run build` and `npm test` readably.
import type { z } from 'zod';
import { ProvincesFileSchema, RuleFileSchema, SourcesFileSchema, StepsFileSchema } from './schema';
import type { RawRuleFiles } from './raw';
import { byPrecedence, decides, subjectsOf } from './evaluate';
import { STEP_IDS, TOPICS, type Rule, type RuleSet } from './types';

export class RuleDataError extends Error {
  constructor(public problems: string[]) {
    super(`规则数据有误（${problems.length} 处）：\n- ${problems.join('\n- ')}`);
    this.name = 'RuleDataError';
  }
}

/** Turns a zod issue path like ["rules", 3, "effectiveFrom"] into "rule sms.x, field effectiveFrom". */
function describeIssue(file: string, data: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  let where = `src/rules/${file}`;
  const listKey = path[0];
  if ((listKey === 'rules' || listKey === 'provinces' || listKey === 'sources' || listKey === 'categories' || listKey === 'steps') && path.length > 1) {
    const list = (data as Record<string, unknown>)?.[listKey];
    const item = Array.isArray(list) ? list[Number(path[1])] : undefined;
    const id = (item as { id?: unknown; code?: unknown } | undefined)?.id ?? (item as { code?: unknown } | undefined)?.code;
    const label = listKey === 'rules' ? 'rule' : listKey.replace(/s$/, '').replace(/ie$/, 'y');
    where += `, ${label} ${typeof id === 'string' ? id : `#${path[1]}`}`;
    const field = path.slice(2).join('.');
    return `${where}, field ${field || '(whole entry)'}: ${issue.message}`;
  }
  return `${where}, field ${path.join('.') || '(file)'}: ${issue.message}`;
}

function parseFile<T>(schema: z.ZodType<T>, file: string, data: unknown, problems: string[]): T | undefined {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.push(describeIssue(file, data, issue));
  return undefined;
}

/** Validate every file and the references between them. Throws RuleDataError listing every problem. */
export function loadRuleSet(raw: RawRuleFiles): RuleSet {
  const problems: string[] = [];
  const provincesFile = parseFile(ProvincesFileSchema, 'provinces.json', raw.provinces, problems);
  const sourcesFile = parseFile(SourcesFileSchema, 'sources.json', raw.sources, problems);
  const stepsFile = parseFile(StepsFileSchema, 'steps.json', raw.steps, problems);
  const rules: Rule[] = [];
  const ruleFile = new Map<string, string>();
  const categories: RuleSet['preApprovalCategories'] = [];
  const parsedFiles = Object.entries(raw.ruleFiles).flatMap(([file, data]) => {
    const parsed = parseFile(RuleFileSchema, file, data, problems);
    return parsed ? [{ file, parsed }] : [];
  });
  // Data order: files in TOPICS order (results list blockers, materials… in this order), rules as written.
  parsedFiles.sort((a, b) => TOPICS.indexOf(a.parsed.topic) - TOPICS.indexOf(b.parsed.topic));
  for (const { file, parsed } of parsedFiles) {
    for (const rule of parsed.rules) {
      if (ruleFile.has(rule.id)) {
        problems.push(`src/rules/${file}, rule ${rule.id}, field id: 重复的规则 id（已出现在 ${ruleFile.get(rule.id)}）`);
        continue;
      }
      ruleFile.set(rule.id, file);
      rules.push({ ...rule, topic: parsed.topic });
    }
    if (parsed.categories) categories.push(...parsed.categories);
  }
  if (!provincesFile || !sourcesFile || !stepsFile) throw new RuleDataError(problems);

  const provinceCodes = new Set<string>();
  for (const p of provincesFile.provinces) {
    if (provinceCodes.has(p.code)) problems.push(`src/rules/provinces.json, province ${p.code}, field code: 重复的省份代码`);
    provinceCodes.add(p.code);
  }
  const sourceIds = new Set<string>();
  const sourceAt = new Map<string, string>();
  for (const s of sourcesFile.sources) {
    if (sourceIds.has(s.id)) problems.push(`src/rules/sources.json, source ${s.id}, field id: 重复的来源 id`);
    sourceIds.add(s.id);
    // One entry per document: a second entry for the same address would split its citations.
    const url = decodeURI(s.url);
    for (const code of s.provinces ?? [])
      if (!provinceCodes.has(code)) problems.push(`src/rules/sources.json, source ${s.id}, field provinces: 未知的省份代码 ${code}`);
    if (sourceAt.has(url)) problems.push(`src/rules/sources.json, source ${s.id}, field url: 与来源 ${sourceAt.get(url)} 是同一地址，请合并为一条`);
    else sourceAt.set(url, s.id);
  }
  stepsFile.steps.forEach((s, i) => {
    if (s.id !== STEP_IDS[i] || s.order !== i + 1)
      problems.push(`src/rules/steps.json, step ${s.id}, field order: 第 ${i + 1} 步应为 ${STEP_IDS[i]}`);
  });
  const categoryIds = new Set(categories.map((c) => c.id));
  for (const c of categories)
    for (const s of c.sources)
      if (!sourceIds.has(s)) problems.push(`src/rules/pre-approval.json, category ${c.id}, field sources: 未知的来源 ${s}`);

  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const rule of rules) {
    const at = `src/rules/${ruleFile.get(rule.id)}, rule ${rule.id}`;
    if (rule.provinces !== 'all')
      for (const code of rule.provinces)
        if (!provinceCodes.has(code)) problems.push(`${at}, field provinces: 未知的省份代码 ${code}`);
    for (const s of rule.sources) if (!sourceIds.has(s)) problems.push(`${at}, field sources: 未知的来源 ${s}`);
    if ((rule.event.type === 'pre-approval' || rule.event.type === 'pre-approval-authority') && !categoryIds.has(rule.event.params.category))
      problems.push(`${at}, field event.params.category: 未知的前置审批类别 ${rule.event.params.category}`);
    if ((rule.provider ?? 'alibaba') !== 'alibaba' && subjectsOf(rule).length === 0)
      problems.push(`${at}, field provider: 其他服务商的说法只能针对步骤、细节、审核时长、名称或前置审批，才能显示在对应结论旁边`);
    if (rule.disputes) {
      const disputed = byId.get(rule.disputes);
      if (!disputed) problems.push(`${at}, field disputes: 找不到被质疑的规则 ${rule.disputes}`);
      else if (!subjectsOf(rule).some((s) => subjectsOf(disputed).includes(s)))
        problems.push(`${at}, field disputes: 与 ${disputed.id} 说的不是同一件事，无法并列显示`);
    }
    if (rule.replaces) {
      const earlier = byId.get(rule.replaces);
      if (!earlier) problems.push(`${at}, field replaces: 找不到被取代的规则 ${rule.replaces}`);
      else if (earlier.effectiveUntil === null || earlier.effectiveUntil >= rule.effectiveFrom)
        problems.push(
          `${at}, field effectiveFrom: 与被取代的规则 ${earlier.id} 的日期范围重叠（${earlier.effectiveFrom}–${earlier.effectiveUntil ?? '至今'} 与 ${rule.effectiveFrom} 起）`,
        );
    }
  }
  problems.push(...precedenceProblems(rules, ruleFile));
  if (problems.length) throw new RuleDataError(problems);
  return {
    flow: stepsFile.flow,
    provinces: provincesFile.provinces,
    sources: sourcesFile.sources,
    steps: stepsFile.steps,
    preApprovalCategories: categories,
    rules,
  };
}

const overlaps = (a: Rule, b: Rule) =>
  a.effectiveFrom <= (b.effectiveUntil ?? '9999-12-31') &&
  b.effectiveFrom <= (a.effectiveUntil ?? '9999-12-31') &&
  (a.provinces === 'all' || b.provinces === 'all' || a.provinces.some((p) => b.provinces.includes(p)));

/**
 * Precedence must be explicit: two deciding rules on the same subject, in force on a common day in a
 * common province for the same answers, may not tie (same effectiveFrom and priority): the engine
 * would otherwise pick one by file order.
 */
function precedenceProblems(rules: Rule[], ruleFile: Map<string, string>): string[] {
  const problems: string[] = [];
  const deciding = rules.filter(decides);
  for (let i = 0; i < deciding.length; i++)
    for (let j = i + 1; j < deciding.length; j++) {
      const [a, b] = [deciding[i], deciding[j]];
      if (byPrecedence(a, b) !== 0 || !overlaps(a, b)) continue;
      if (JSON.stringify(a.conditions ?? null) !== JSON.stringify(b.conditions ?? null)) continue;
      const shared = subjectsOf(a).filter((s) => subjectsOf(b).includes(s));
      if (shared.length)
        problems.push(
          `src/rules/${ruleFile.get(b.id)}, rule ${b.id}, field priority: 与 ${a.id} 在同一天、同一省份决定 ${shared.join('、')}，优先级相同；请给较新的说法更高的 priority，或让日期不重叠`,
        );
    }
  return problems;
}
