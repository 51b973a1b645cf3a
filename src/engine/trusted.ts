// The rule set for the browser: the same files, without zod. Safe because every build and every
// test run validates the very same files through load.ts first; shipping zod would cost ~13 KB gzip.
import { rawRuleFiles } from './raw';
import type { PreApprovalCategory, Rule, RuleSet } from './types';

interface RuleFileShape {
  topic: Rule['topic'];
  rules: Omit<Rule, 'topic'>[];
  categories?: PreApprovalCategory[];
}

export function trustedRuleSet(raw = rawRuleFiles): RuleSet {
  const files = Object.values(raw.ruleFiles) as RuleFileShape[];
  return {
    provinces: (raw.provinces as Pick<RuleSet, 'provinces'>).provinces,
    sources: (raw.sources as Pick<RuleSet, 'sources'>).sources,
    steps: (raw.steps as Pick<RuleSet, 'steps'>).steps,
    preApprovalCategories: files.flatMap((f) => f.categories ?? []),
    rules: files.flatMap((f) => f.rules.map((r) => ({ ...r, topic: f.topic }) as Rule)),
  };
}
