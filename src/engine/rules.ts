// The validated rule set, for Node: build time, the CLI and the tests.
// Importing this module validates every file; invalid data throws and fails the build.
import { rawRuleFiles } from './raw';
import { loadRuleSet } from './load';

export const ruleSet = loadRuleSet(rawRuleFiles);
