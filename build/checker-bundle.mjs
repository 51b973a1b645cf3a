// @ts-check
// Vite plugin for the checker's browser bundle (client build only; the build-time render and
// Node keep the real packages and full data):
// 1. json-rules-engine's dependencies we never exercise are swapped for small stand-ins when the
//    client build resolves them (the list and why: browser-aliases.mjs). json-rules-engine's own code is bundled
//    as published, so upgrading it needs no change here (README: "Upgrading json-rules-engine").
// 2. chinese-days' holiday table (37 KB of JSON with names we never show) becomes a list of
//    dates, still generated from the package at build time.
// 3. The rule files the form imports are cut down to what it needs (split.mjs); the engine's
//    data comes from /checker/rules.json.
// 4. The island's code is its own entry file: Astro builds client entries with Rolldown's
//    preserveEntrySignatures "exports-only", so the Chinese island, whose code the English one
//    shares, became a 63-byte file that re-exports a shared chunk: one more request in the page's
//    <head>, where each one held a phone's main thread several milliseconds. "allow-extension" lets
//    the shared chunk be the entry, with the extra exports the English island imports.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { BROWSER_ALIASES } from './browser-aliases.mjs';
import { clientRuleFile } from './split.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const HOLIDAYS_ID = '\0checker:chinese-days';
const rulesDir = join(here, '../src/rules') + '/';

/**
 * The dates of an object keyed by ISO date, compactly: "YYYY-MM-DD" of the first day, then for
 * each run of consecutive days the gap in days from the previous run's start (base 36) and, for
 * runs longer than a day, "+n" more days. decodeDates (below, shipped as text) reverses it.
 * @param {Record<string, unknown>} table
 */
export function encodeDates(table) {
  const days = Object.keys(table).sort();
  const ms = (/** @type {string} */ iso) => Date.parse(iso);
  /** @type {string[]} */
  const runs = [days[0]];
  let previous = ms(days[0]);
  for (let i = 0; i < days.length; ) {
    let n = 0;
    while (i + n + 1 < days.length && ms(days[i + n + 1]) - ms(days[i + n]) === 864e5) n++;
    runs.push(((ms(days[i]) - previous) / 864e5).toString(36) + (n ? `+${n}` : ''));
    previous = ms(days[i]);
    i += n + 1;
  }
  return runs.join(',');
}

/** Source of the decoder; also evaluated by the unit test, so what ships is what is tested. */
export const decodeDatesSource =
  '(s)=>{const o={},[f,...r]=s.split(",");let t=Date.parse(f);for(const x of r){const[g,n=0]=x.split("+");t+=parseInt(g,36)*864e5;for(let i=0;i<=n;i++)o[new Date(t+i*864e5).toISOString().slice(0,10)]=1}return o}';

/** A module whose default export has the same date keys as chinese-days.json's holidays and workdays. */
export function holidayModule(/** @type {{ holidays: object, workdays: object }} */ json) {
  return `const d=${decodeDatesSource};
export default{holidays:d(${JSON.stringify(encodeDates(/** @type {any} */ (json.holidays)))}),workdays:d(${JSON.stringify(encodeDates(/** @type {any} */ (json.workdays)))})};`;
}

/**
 * True in the client build. Astro 7 builds through Vite's environments: the server and client builds
 * share one configuration, so the stand-ins are chosen per environment here rather than through a
 * resolve.alias set for one build (the `ssr` flag remains the answer on Vite versions without them).
 * @param {any} context the plugin context (`this`) @param {{ ssr?: boolean } | undefined} options
 */
const inClientBuild = (context, options) =>
  context.environment ? context.environment.config.consumer === 'client' : !options?.ssr;

/** @type {Record<string, string>} */
const STAND_INS = BROWSER_ALIASES;

/** @returns {import('vite').Plugin} */
export default function checkerBrowserBundle() {
  const require = createRequire(import.meta.url);
  return {
    name: 'checker-browser-bundle',
    enforce: 'pre',
    configEnvironment(name, config) {
      if (name !== 'client') return;
      config.build ??= {};
      config.build.rolldownOptions = { ...config.build.rolldownOptions, preserveEntrySignatures: 'allow-extension' };
    },
    // The server build renders the pages with the real packages and full data; only the client
    // build gets the stand-ins, the compact holiday table and the cut-down rule files.
    resolveId(source, _importer, options) {
      if (!inClientBuild(this, options)) return null;
      if (source === 'chinese-days/dist/chinese-days.json') return HOLIDAYS_ID;
      return Object.hasOwn(STAND_INS, source) ? STAND_INS[source] : null;
    },
    load(id, options) {
      if (!inClientBuild(this, options)) return null;
      if (id === HOLIDAYS_ID) return holidayModule(JSON.parse(readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')));
      const file = id.split('?')[0];
      if (file.startsWith(rulesDir) && file.endsWith('.json') && !id.includes('?'))
        return JSON.stringify(clientRuleFile(basename(file), JSON.parse(readFileSync(file, 'utf8'))));
      return null;
    },
  };
}
