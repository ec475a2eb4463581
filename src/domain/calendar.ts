import { TZDate, tzOffset } from '@date-fns/tz';
import {
  addDays as addDaysTo,
  addMonths,
  differenceInCalendarDays,
  getISOWeek,
  getISOWeekYear,
  isLastDayOfMonth,
  isMatch,
  lastDayOfMonth,
  setISOWeek,
  startOfISOWeek,
} from 'date-fns';

/**
 * Calendar arithmetic, the one place for it (date-fns with @date-fns/tz). Dates are
 * 'YYYY-MM-DD' strings: a chamber's "today" is its city's today (BOT_TIMEZONE), whatever the
 * server's clock zone. Arithmetic on dates runs in UTC, where every day has 24 hours, so a
 * server zone with summer time never moves a date.
 */

const day = (date: string) => new TZDate(`${date}T00:00:00Z`, 'UTC');
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The instant as the zone's wall clock shows it, in a Date's UTC fields (one Intl lookup: exports format tens of thousands). */
const wallClock = (instant: Date, timeZone: string) => new Date(instant.getTime() + tzOffset(timeZone, instant) * 60_000);

/** The calendar date of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  return iso(wallClock(instant, timeZone));
}

/** 'YYYY-MM-DD HH:mm' of an instant in a time zone, for people to read. */
export function localDateTime(instant: Date, timeZone: string): string {
  return wallClock(instant, timeZone).toISOString().slice(0, 16).replace('T', ' ');
}

/** The instant a local date begins in a time zone (handles offsets that change during the year). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d, timeZone).getTime());
}

export function addDays(date: string, days: number): string {
  return iso(addDaysTo(day(date), days));
}

export function isValidDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && isMatch(date, 'yyyy-MM-dd');
}

/** The same day `months` months later (or earlier), kept inside the target month (31 Mar − 1 month = 28/29 Feb). */
export function shiftMonths(date: string, months: number): string {
  return iso(addMonths(day(date), months));
}

/** Whole days from `from` to `to` (0 when equal). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(day(to), day(from));
}

/** Monday of the week holding `date` (weeks start on Monday, as in China). */
export function mondayOf(date: string): string {
  return iso(startOfISOWeek(day(date)));
}

export function isMonthEnd(date: string): boolean {
  return isLastDayOfMonth(day(date));
}

/** The last day of the month holding `date`. */
export function monthEnd(date: string): string {
  return iso(lastDayOfMonth(day(date)));
}

/** ISO 8601 week of a date: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekKey(date: string): string {
  const d = day(date);
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
}

/** The Monday that starts an ISO week key (2026-W53 → 2026-12-28); null when the year has no such week. */
export function isoWeekMonday(key: string): string | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) return null;
  const monday = iso(startOfISOWeek(setISOWeek(day(`${match[1]}-01-04`), Number(match[2]))));
  return isoWeekKey(monday) === key ? monday : null;
}
