// @ts-check
// What of the rule data the checker's browser gets, and how.
// - In the JavaScript bundle: only what the form needs before anything is decided, the provinces
//   (datalist, reading the URL) and the pre-approval categories' ids and names (checkboxes).
//   checker-bundle.mjs cuts the rule files down to that with clientRuleFile().
// - In one data file, /checker/rules.json (src/pages/checker/rules.json.ts): everything the engine
//   needs to decide and explain (steps, rules with their texts and sources, category details,
//   the source list). A shared link's page preloads it, so it downloads in parallel with the
//   island; other visits fetch it when the reader starts on the form. Until it is in, the page
//   shows the build-time overview.
// One module decides the split for both sides, so they cannot drift apart.

/**
 * Fields nothing in the browser reads. `en` (the English words of the data): the English checker's
 * rules.json is made from the rule set already in English (localizeRuleSet), so neither checker
 * needs it there; only the form's names keep their English in the bundle (provinces, categories),
 * because one island serves both languages.
 */
const UNUSED = {
  rule: ['topic', 'en'],
  province: ['bureauSite'],
  step: ['summary', 'en'],
  category: ['note', 'sources', 'en'],
  source: ['note', 'en'],
  flow: ['en'],
};

const omit = (/** @type {Record<string, unknown>} */ obj, /** @type {readonly string[]} */ keys) =>
  Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));

/**
 * A rule file (parsed JSON, by file name) as the browser bundle gets it: the provinces, the
 * pre-approval categories' ids and names, and (lazily) the place names. Any other rule file has no
 * business in the bundle.
 * @param {string} file e.g. "provinces.json"
 * @param {any} data
 */
export function clientRuleFile(file, data) {
  if (file === 'provinces.json') return { provinces: data.provinces.map((/** @type {any} */ p) => omit(p, UNUSED.province)) };
  if (file === 'pre-approval.json')
    return { categories: data.categories.map((/** @type {any} */ c) => ({ id: c.id, name: c.name, en: { name: c.en.name } })) };
  // City and district names → province code: its own chunk, which the form imports the first time
  // a typed place is not a province name.
  if (file === 'places.json') return { places: data.places };
  throw new Error(`src/rules/${file} is not for the checker's JavaScript bundle: the browser fetches /checker/rules.json (see split.mjs)`);
}

/**
 * @typedef {Omit<import('../src/engine/types').RuleSet, 'provinces'>} CheckerRuleData
 */

/**
 * The contents of /checker/rules.json (and of /en/checker/rules.json, given the rule set in English:
 * localizeRuleSet(ruleSet, 'en')): the validated rule set without the provinces (they are in the
 * bundle) and without the fields nothing in the browser reads.
 * @param {import('../src/engine/types').RuleSet} ruleSet
 * @param {{ sourceGlosses?: boolean }} [options] sourceGlosses: keep each source's English title (the English checker)
 * @returns {CheckerRuleData}
 */
export function checkerRuleData(ruleSet, { sourceGlosses = false } = {}) {
  const strip = (/** @type {any[]} */ list, /** @type {readonly string[]} */ keys) => list.map((x) => /** @type {any} */ (omit(x, keys)));
  // The English checker copies its result as Markdown with each source's English gloss after the
  // original title, as the English pages show it: only the gloss of `en` is kept there.
  const source = sourceGlosses
    ? (/** @type {any} */ s) => /** @type {any} */ ({ ...omit(s, UNUSED.source), en: { title: s.en.title } })
    : (/** @type {any} */ s) => /** @type {any} */ (omit(s, UNUSED.source));
  return {
    flow: /** @type {any} */ (omit(ruleSet.flow, UNUSED.flow)),
    steps: strip(ruleSet.steps, UNUSED.step),
    preApprovalCategories: strip(ruleSet.preApprovalCategories, UNUSED.category),
    rules: strip(ruleSet.rules, UNUSED.rule),
    sources: ruleSet.sources.map(source),
  };
}

/**
 * The browser's rule set: the bundle's provinces plus the fetched data.
 * @param {import('../src/engine/types').Province[]} provinces
 * @param {CheckerRuleData} data
 * @returns {import('../src/engine/types').RuleSet}
 */
export const browserRuleSet = (provinces, data) => ({ ...data, provinces });
