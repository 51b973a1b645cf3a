// A rule that adds a requirement and never ended, but whose sources are all years older than the date
// asked about, says so instead of passing for a confirmed fact of that day (present.ts, QUIET_YEARS).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { ruleSet } from '../../src/engine/rules';
import { present } from '../../src/present/present';
import { zh } from '../../src/i18n/zh';
import { baseAnswers } from './support';

const NOTE = '本站未能核实';
const sourceDate = (id: string) => {
  const s = ruleSet.sources.find((x) => x.id === id)!;
  return s.publishedOn ?? s.observedOn!;
};
const newestSource = (ruleId: string) => ruleSet.rules.find((r) => r.id === ruleId)!.sources.map(sourceDate).sort().at(-1)!;
const plusYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The shown period of a requirement rule in a province on a date. */
async function periodOf(ruleId: string, province: string, date: string, over = {}) {
  const view = present(await evaluate(baseAnswers({ province, date, ...over }), ruleSet), zh);
  const item = view.requirements.find((i) => i.reasons[0].rule === ruleId);
  expect(item, `${ruleId} in ${province} on ${date}`).toBeDefined();
  return item!.reasons[0].period;
}

describe('open rules whose sources are all long older than the date asked about', () => {
  // Hubei's one-website-per-order limit: an open rule from Alibaba's archived 2019 help only.
  const archived = 'province.hb.one-site-per-order';
  it('are said to be unconfirmed from five years after their newest source, and not before', async () => {
    const rule = ruleSet.rules.find((r) => r.id === archived);
    expect(rule?.effectiveUntil, 'still open in the data').toBeNull();
    const quietFrom = plusYears(newestSource(archived), 5);
    expect(await periodOf(archived, 'hb', quietFrom)).not.toContain(NOTE);
    expect(await periodOf(archived, 'hb', nextDay(quietFrom))).toContain(NOTE);
  });

  it('are not flagged when a source is recent: Tianjin\'s 2023 bureau page, today', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(await periodOf('province.tj.one-phone-per-principal.2023', 'tj', today)).not.toContain(NOTE);
  });
});
