// /en/checker/rules.json: the English checker's rule data, as /checker/rules.json (build/split.mjs)
// but made from the rule set in English (localizeRuleSet): the rules', steps' and categories' words
// arrive in English, so the browser needs neither the Chinese words nor the `en` fields.
import type { APIRoute } from 'astro';
import { localizeRuleSet } from '../../../engine/localize';
import { ruleSet } from '../../../engine/rules';
import { checkerRuleData } from '../../../../build/split.mjs';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(checkerRuleData(localizeRuleSet(ruleSet, 'en'), { sourceGlosses: true })), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
