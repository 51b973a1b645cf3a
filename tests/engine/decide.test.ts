// The checker's one decision (src/components/checker/decide.ts), which its worker and the in-page
// fallback both run: the same result as evaluate(), presented as present() presents it, and for a
// past date today's answer with the lines the notice shows.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/components/checker/decide';
import { evaluate } from '../../src/engine/evaluate';
import { localizeRuleSet } from '../../src/engine/localize';
import { ruleSet } from '../../src/engine/rules';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { differencesFromToday } from '../../src/present/past-date';
import { present } from '../../src/present/present';
import { savedAnswers, savedFromView } from '../../src/present/saved';
import { baseAnswers } from './support';

const TODAY = '2026-11-30';

describe('decide', () => {
  it("answers for today with evaluate()'s result, presented, and no comparison", async () => {
    const a = baseAnswers({ province: 'gd', date: TODAY });
    const d = await decide(a, ruleSet, zh, TODAY);
    expect(d.result).toEqual(await evaluate(a, ruleSet, zh));
    expect(d.view).toEqual(present(d.result, zh));
    expect(d.todayResult).toBeNull();
    expect(d.pastLines).toEqual([]);
  });

  it("answers for a past date with that date's result, today's, and how they differ", async () => {
    const a = baseAnswers({ province: 'zj', date: '2018-09-10' });
    const d = await decide(a, ruleSet, zh, TODAY);
    expect(d.result.asOf).toBe('2018-09-10');
    expect(d.todayResult).toEqual(await evaluate({ ...a, date: TODAY }, ruleSet, zh));
    expect(d.pastLines).toEqual(differencesFromToday(d.result, d.todayResult!, zh));
    expect(d.pastLines.length).toBeGreaterThan(0);
  });

  it('decides in English with the English rule set and words', async () => {
    const a = baseAnswers({ province: 'zj', date: '2019-08-01' });
    const english = localizeRuleSet(ruleSet, 'en');
    const d = await decide(a, english, en, TODAY);
    expect(d.view).toEqual(present(await evaluate(a, english, en), en));
  });

  it('gives the page what survives a worker message: plain data, the same after a structured clone', async () => {
    const d = await decide(baseAnswers({ province: 'sh', date: '2019-08-01' }), ruleSet, zh, TODAY);
    expect(structuredClone(d)).toEqual(d);
  });
});

describe('the step pages\' note from a presented view', () => {
  it('is the record savedAnswers() makes from the result', async () => {
    const d = await decide(baseAnswers({ province: 'zj', date: '2019-08-01' }), ruleSet, zh, TODAY);
    expect(savedFromView(d.result, d.view, 'province=zj')).toEqual(savedAnswers(d.result, 'province=zj'));
  });
});
