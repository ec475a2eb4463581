import { addDays, isValidDate, localDate, startOfLocalDay } from '../domain/calendar.ts';

/**
 * Period keys: what a job's run is about, in the bot's time zone. A fire at 2027-01-01 00:07 in
 * Shanghai (2026-12-31 16:07 UTC) belongs to the day 2027-01-01, the ISO week 2026-W53 and the
 * month 2027-01.
 */

export type PeriodKind = 'day' | 'week' | 'month' | 'previous-month';

/** ISO 8601 week of a date: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekKey(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday that starts an ISO week key (2026-W53 → 2026-12-28). */
export function isoWeekMonday(key: string): string | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > 53) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  const date = monday.toISOString().slice(0, 10);
  return isoWeekKey(date) === key ? date : null;
}

export function monthKey(date: string): string {
  return date.slice(0, 7);
}

export function previousMonthKey(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The period a fire at `instant` belongs to. */
export function periodOf(kind: PeriodKind, instant: Date, timeZone: string): string {
  const date = localDate(instant, timeZone);
  switch (kind) {
    case 'day':
      return date;
    case 'week':
      return isoWeekKey(date);
    case 'month':
      return monthKey(date);
    case 'previous-month':
      return previousMonthKey(date);
  }
}

/** Local dates [start, end) a period covers; null when the key is not one of this kind. */
export function periodDates(kind: PeriodKind, key: string): { start: string; end: string } | null {
  if (kind === 'day') return isValidDate(key) ? { start: key, end: addDays(key, 1) } : null;
  if (kind === 'week') {
    const monday = isoWeekMonday(key);
    return monday ? { start: monday, end: addDays(monday, 7) } : null;
  }
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return null;
  const start = `${key}-01`;
  const [y, m] = [Number(match[1]), Number(match[2])];
  const end = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { start, end };
}

/** The instants [start, end) of a span of local dates. */
export function instantsOf(dates: { start: string; end: string }, timeZone: string): { start: Date; end: Date } {
  return { start: startOfLocalDay(dates.start, timeZone), end: startOfLocalDay(dates.end, timeZone) };
}
