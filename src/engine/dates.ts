// Dates as ISO strings (YYYY-MM-DD), China time, and working days from the State Council's
// holiday notices (machine-readable copy: the chinese-days package).
import holidayData from 'chinese-days/dist/chinese-days.json';

// todayInChina lives in iso.ts, which the checker's form loads without the holiday tables.
export { isRealIsoDate, todayInChina } from './iso';


export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const holidays = new Set(Object.keys(holidayData.holidays));
const makeUpWorkdays = new Set(Object.keys(holidayData.workdays));
const years = Object.keys(holidayData.holidays).map((d) => Number(d.slice(0, 4)));
/** First and last day the holiday data covers (whole years). */
export const holidaysKnownFrom = `${Math.min(...years)}-01-01`;
export const holidaysKnownUntil = `${Math.max(...years)}-12-31`;

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'make-up-workday' | 'unknown';

/** What kind of day it is in mainland China; "unknown" outside the years the notices cover. */
export function dayKind(iso: string): DayKind {
  if (iso < holidaysKnownFrom || iso > holidaysKnownUntil) return 'unknown';
  if (makeUpWorkdays.has(iso)) return 'make-up-workday';
  if (holidays.has(iso)) return 'holiday';
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday === 0 || weekday === 6 ? 'weekend' : 'workday';
}

/** The date of the n-th working day after `start`, or null when that runs past the holiday data. */
export function addWorkingDays(start: string, n: number): string | null {
  let day = start;
  let counted = 0;
  while (counted < n) {
    day = addDays(day, 1);
    const kind = dayKind(day);
    if (kind === 'unknown') return null;
    if (kind === 'workday' || kind === 'make-up-workday') counted++;
  }
  return day;
}
