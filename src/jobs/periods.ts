import { addDays, isoWeekKey, isoWeekMonday, isValidDate, localDate, shiftMonths, startOfLocalDay } from '../domain/calendar.ts';

/**
 * Period keys: what a job's run is about, in the bot's time zone. A fire at 2027-01-01 00:07 in
 * Shanghai (2026-12-31 16:07 UTC) belongs to the day 2027-01-01, the ISO week 2026-W53 and the
 * month 2027-01.
 */

export type PeriodKind = 'day' | 'week' | 'month' | 'previous-month';

// Week keys are ISO weeks; their arithmetic is the calendar's, re-exported for the jobs' callers.
export { isoWeekKey, isoWeekMonday } from '../domain/calendar.ts';

export function monthKey(date: string): string {
  return date.slice(0, 7);
}

export function previousMonthKey(date: string): string {
  return monthKey(shiftMonths(date, -1));
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
  return { start, end: shiftMonths(start, 1) };
}

/** The instants [start, end) of a span of local dates. */
export function instantsOf(dates: { start: string; end: string }, timeZone: string): { start: Date; end: Date } {
  return { start: startOfLocalDay(dates.start, timeZone), end: startOfLocalDay(dates.end, timeZone) };
}
