// /checker/reasons.json: the rule texts and sources the checker's browser bundle leaves out
// (see src/components/checker/split.mjs), built from the validated rule set.
import type { APIRoute } from 'astro';
import { ruleSet } from '../../engine/rules';
import { reasonCatalogue } from '../../components/checker/split.mjs';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(reasonCatalogue(ruleSet)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
