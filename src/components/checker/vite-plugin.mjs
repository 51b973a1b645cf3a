// @ts-check
// Vite plugin for the checker's browser bundle (client build only; the build-time render and
// Node keep the real packages and full data):
// 1. json-rules-engine's dependencies we never exercise are swapped for small stand-ins
//    (see shims/): jsonpath-plus (condition paths), eventemitter2, hash-it, clone.
// 2. chinese-days' holiday table (37 KB of JSON with names we never show) becomes a list of
//    dates, still generated from the package at build time.
// 3. json-rules-engine's own code loses what evaluate() never reaches (trimJsonRulesEngine below):
//    debug() calls, the default operator decorators (our rules use none: browser-shims.test.ts),
//    toJSON() and the methods for changing an engine after it is built.
// 4. The rule files the form imports are cut down to what it needs (split.mjs); the engine's
//    data comes from /checker/rules.json.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { clientRuleFile } from './split.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SHIMS = ['jsonpath-plus', 'eventemitter2', 'hash-it', 'clone'];
const HOLIDAYS_ID = '\0checker:chinese-days';
const rulesDir = join(here, '../../rules') + '/';
const JRE_FILE = /[\\/]json-rules-engine[\\/]dist[\\/]([\w-]+)\.js$/;

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

/** Methods of json-rules-engine's classes (by dist file) that nothing in the package or in evaluate.ts calls. */
const DEAD_METHODS = /** @type {Record<string, string[]>} */ ({
  engine: ['updateRule', 'removeRule', 'setCondition', 'removeCondition', 'removeOperator', 'removeOperatorDecorator', 'removeFact', 'stop'],
  'operator-map': ['removeOperator', 'removeOperatorDecorator'],
  rule: ['getEvent', 'getPriority', 'getConditions', 'getEngine', 'toJSON'],
  condition: ['toJSON'],
  'rule-result': ['toJSON'],
  almanac: ['addRuntimeFact'],
});

/** Index just past the bracket that closes the one at `open`, skipping strings and comments. */
function closing(/** @type {string} */ code, /** @type {number} */ open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '/' && code[i + 1] === '/') i = code.indexOf('\n', i);
    else if (c === '/' && code[i + 1] === '*') i = code.indexOf('*/', i) + 1;
    else if (c === '(' || c === '{' || c === '[') depth++;
    else if ((c === ')' || c === '}' || c === ']') && --depth === 0) return i + 1;
  }
  throw new Error('unbalanced brackets');
}

/**
 * json-rules-engine 7.3.1's Babel output (one dist file) without the code evaluate() never reaches.
 * Every cut must find what it cuts, so a new version of the package fails the build instead of
 * shipping something half-trimmed. Deciding is unchanged: tests/engine/browser-shims.test.ts runs
 * the trimmed engine against the real one.
 * @param {string} file dist file name without .js, e.g. "engine"
 * @param {string} code
 */
export function trimJsonRulesEngine(file, code) {
  const fail = (/** @type {string} */ what) => {
    throw new Error(`json-rules-engine/dist/${file}.js: ${what} not found; check trimJsonRulesEngine in src/components/checker/vite-plugin.mjs`);
  };
  const esModule = (/** @type {string} */ value) => `Object.defineProperty(exports, '__esModule', { value: true });\nexports.default = ${value};`;
  if (file === 'debug') return esModule('function debug() {}');
  if (file === 'engine-default-operator-decorators') return esModule('[]');
  // debug(...) calls: their arguments are built even when debugging is off.
  for (let at; (at = code.indexOf('(0, _debug2.default)(')) >= 0; )
    code = code.slice(0, at) + 'void 0' + code.slice(closing(code, at + '(0, _debug2.default)'.length));
  for (const name of DEAD_METHODS[file] ?? []) {
    const key = code.indexOf(`key: '${name}',`);
    if (key < 0 || code.indexOf(`key: '${name}',`, key + 1) >= 0) fail(`one method ${name}`);
    let start = code.lastIndexOf('{', key);
    let end = closing(code, start);
    const after = code.slice(end).match(/^\s*,\s*/);
    if (after) end += after[0].length;
    else start = code.lastIndexOf(',', start); // the last method: drop the comma before it
    code = code.slice(0, start) + code.slice(end);
  }
  return code;
}

/** @returns {import('vite').Plugin} */
export default function checkerBrowserBundle() {
  const require = createRequire(import.meta.url);
  return {
    name: 'checker-browser-bundle',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (options?.ssr) return null;
      if (SHIMS.includes(source) && importer?.includes('json-rules-engine')) return join(here, 'shims', `${source}.js`);
      if (source === 'chinese-days/dist/chinese-days.json') return HOLIDAYS_ID;
      return null;
    },
    load(id, options) {
      if (options?.ssr) return null;
      if (id === HOLIDAYS_ID) return holidayModule(JSON.parse(readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')));
      const file = id.split('?')[0];
      if (file.startsWith(rulesDir) && file.endsWith('.json') && !id.includes('?'))
        return JSON.stringify(clientRuleFile(basename(file), JSON.parse(readFileSync(file, 'utf8'))));
      return null;
    },
    transform(code, id, options) {
      if (options?.ssr || id.startsWith('\0') || id.includes('?')) return null;
      const jre = id.match(JRE_FILE);
      return jre ? { code: trimJsonRulesEngine(jre[1], code), map: null } : null;
    },
  };
}
