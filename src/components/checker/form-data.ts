// What the checker's form needs before any rule is decided: the provinces and the pre-approval
// categories (ids and names). In the browser build build/checker-bundle.mjs cuts the two rule files down to
// exactly this (split.mjs); everything else comes from /checker/rules.json.
import provinceFile from '../../rules/provinces.json';
import preApprovalFile from '../../rules/pre-approval.json';
import type { PreApprovalCategory, Province } from '../../engine/types';

export const provinces: Province[] = provinceFile.provinces;
/** With their English names: one island serves /checker/ and /en/checker/. */
export const categories: (Pick<PreApprovalCategory, 'id' | 'name'> & { en: { name: string } })[] = preApprovalFile.categories.map(({ id, name, en }) => ({
  id,
  name,
  en: { name: en.name },
}));
