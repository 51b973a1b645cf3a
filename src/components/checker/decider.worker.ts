// The checker's engine, off the page's main thread: parsing the rule data (about 200 KB), starting
// json-rules-engine and running it took tasks of 40-170 ms each on a phone-speed CPU, during which the
// page could neither paint nor answer a tap. Here they cost the page nothing; it only draws the result.
// Messages: see decider.ts.
import { browserRuleSet, type CheckerRuleData } from '../../../build/split.mjs';
import type { Province } from '../../engine/types';
import type { Strings } from '../../i18n/zh';
import { zh } from '../../i18n/zh';
import { decide } from './decide';
import provinceFile from '../../rules/provinces.json';
import type { ToDecider, FromDecider } from './decider';

const post = (message: FromDecider) => (self as unknown as Worker).postMessage(message);

let received: (message: Extract<ToDecider, { kind: 'rules' }>) => void;
/** The rule set and words, once the page has sent the rule data; the engine itself loaded with this script. */
const setUp = new Promise<Extract<ToDecider, { kind: 'rules' }>>((resolve) => (received = resolve)).then(async ({ rules, lang, stepsPath }) => {
  // The English words only for the English checker: the Chinese worker never loads them.
  const words: Strings = lang === 'en' ? (await import('../../i18n/en')).en : zh;
  return { ruleSet: browserRuleSet(provinceFile.provinces as Province[], JSON.parse(rules) as CheckerRuleData), s: stepsPath ? { ...words, stepsPath } : words };
});

self.onmessage = async ({ data }: MessageEvent<ToDecider>) => {
  if (data.kind === 'rules') return received(data);
  try {
    const { ruleSet, s } = await setUp;
    post({ kind: 'decided', id: data.id, decision: await decide(data.answers, ruleSet, s, data.today) });
  } catch (error) {
    post({ kind: 'failed', id: data.id, message: error instanceof Error ? error.message : String(error) });
  }
};
