// What the checker's form needs before any rule is decided: the provinces and the pre-approval
// categories (ids and names). In the browser build build/checker-bundle.mjs cuts the two rule files down to
// exactly this (split.mjs); everything else comes from /checker/rules.json.
import provinceFile from '../../rules/provinces.json';
import preApprovalFile from '../../rules/pre-approval.json';
import type { PreApprovalCategory, Province } from '../../engine/types';

export const provinces: Province[] = provinceFile.provinces;
export const categories: Pick<PreApprovalCategory, 'id' | 'name'>[] = preApprovalFile.categories.map(({ id, name }) => ({ id, name }));
