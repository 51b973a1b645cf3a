// @ts-check
// The checker's browser bundle carries only what the engine needs to decide (rule ids, dates,
// provinces, conditions, events). What it needs only to explain a decision (each rule's title,
// text, date basis and source ids, and the source list) is split off into /checker/reasons.json,
// fetched once the page is idle and merged back before the result is explained or copied.
// One module decides the split for both sides: vite-plugin.mjs (client build) and
// src/pages/checker/reasons.json.ts (the JSON), so they cannot drift apart.

/** Rule fields that only explain a decision. */
export const DISPLAY_RULE_FIELDS = /** @type {const} */ (['title', 'text', 'dateBasis', 'sources']);
/** Fields nothing in the browser reads. */
const UNUSED = {
  rule: ['aspect', 'replaces'],
  province: ['bureauSite'],
  step: ['summary'],
  category: ['note', 'sources'],
};

const omit = (/** @type {Record<string, unknown>} */ obj, /** @type {readonly string[]} */ keys) =>
  Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));

/**
 * A rule file (parsed JSON, by file name) as the browser bundle gets it.
 * @param {string} file e.g. "sms-verification.json"
 * @param {any} data
 */
export function clientRuleFile(file, data) {
  const { $comment, ...rest } = data;
  if (file === 'sources.json') return { sources: [] };
  if (file === 'provinces.json') return { provinces: rest.provinces.map((/** @type {any} */ p) => omit(p, UNUSED.province)) };
  if (file === 'steps.json') return { steps: rest.steps.map((/** @type {any} */ s) => omit(s, UNUSED.step)) };
  const out = { ...rest };
  if (Array.isArray(rest.rules))
    // `sources` stays as an empty list: evaluate() maps over it before the texts arrive.
    out.rules = rest.rules.map((/** @type {any} */ r) => ({ ...omit(r, [...DISPLAY_RULE_FIELDS, ...UNUSED.rule]), sources: [] }));
  if (Array.isArray(rest.categories)) out.categories = rest.categories.map((/** @type {any} */ c) => omit(c, UNUSED.category));
  return out;
}

/**
 * @typedef {{ rules: Record<string, { title: string, text: string, dateBasis: string, sources: string[] }>,
 *   sources: import('../../engine/types').Source[] }} ReasonCatalogue
 */

/**
 * Everything clientRuleFile leaves out that explanations need.
 * @param {import('../../engine/types').RuleSet} ruleSet
 * @returns {ReasonCatalogue}
 */
export function reasonCatalogue(ruleSet) {
  /** @type {ReasonCatalogue['rules']} */
  const rules = {};
  for (const r of ruleSet.rules) rules[r.id] = { title: r.title, text: r.text, dateBasis: r.dateBasis, sources: r.sources };
  return { rules, sources: ruleSet.sources.map((s) => /** @type {any} */ (omit(/** @type {any} */ (s), ['note']))) };
}

/**
 * Puts the catalogue back into a browser rule set, in place (evaluate() caches its engine per
 * rule-set object, so the object must stay the same).
 * @param {import('../../engine/types').RuleSet} ruleSet
 * @param {ReasonCatalogue} catalogue
 */
export function mergeCatalogue(ruleSet, catalogue) {
  for (const rule of ruleSet.rules) Object.assign(rule, catalogue.rules[rule.id]);
  ruleSet.sources.splice(0, ruleSet.sources.length, ...catalogue.sources);
  return ruleSet;
}
