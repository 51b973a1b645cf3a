// The rule files, imported once. Every consumer (build, browser, CLI, tests) starts here,
// so adding a file means adding it to this list and nowhere else.
import provinces from '../rules/provinces.json';
import sources from '../rules/sources.json';
import steps from '../rules/steps.json';
import flow from '../rules/flow.json';
import filingType from '../rules/filing-type.json';
import sms from '../rules/sms-verification.json';
import identity from '../rules/identity-verification.json';
import provinceRequirements from '../rules/province-requirements.json';
import preApproval from '../rules/pre-approval.json';
import reviewTimes from '../rules/review-times.json';
import requirements from '../rules/requirements.json';
import materials from '../rules/materials.json';
import provinceRequirements2023 from '../rules/province-requirements-2023.json';
import afterFiling from '../rules/after-filing.json';

export interface RawRuleFiles {
  provinces: unknown;
  sources: unknown;
  steps: unknown;
  /** Rule files by file name, e.g. "sms-verification.json". */
  ruleFiles: Record<string, unknown>;
}

export const rawRuleFiles: RawRuleFiles = {
  provinces,
  sources,
  steps,
  ruleFiles: {
    'flow.json': flow,
    'filing-type.json': filingType,
    'sms-verification.json': sms,
    'identity-verification.json': identity,
    'province-requirements.json': provinceRequirements,
    'pre-approval.json': preApproval,
    'review-times.json': reviewTimes,
    'requirements.json': requirements,
    'materials.json': materials,
    'province-requirements-2023.json': provinceRequirements2023,
    'after-filing.json': afterFiling,
  },
};
