// /checker/rules.json: everything the checker's browser needs to decide and explain beyond the
// form (see build/split.mjs), built from the validated rule set. The page
// preloads it; the service worker precaches it with the other JSON files.
import type { APIRoute } from 'astro';
import { ruleSet } from '../../engine/rules';
import { checkerRuleData } from '../../../build/split.mjs';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(checkerRuleData(ruleSet)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
