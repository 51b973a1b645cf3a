/** True for a calendar date written YYYY-MM-DD that really exists (2018-02-30 is not). */
export function isRealIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The ISO date `days` calendar days after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Today in China, whatever the machine's time zone. China keeps UTC+8 all year (no daylight saving
 * since 1991), so the date is plain arithmetic; Intl.DateTimeFormat with a time zone gives the same
 * answer but costs a phone about 20 ms to set up, in the middle of showing the checker.
 */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
