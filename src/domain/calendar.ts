/**
 * Calendar arithmetic in the bot's time zone. Dates are 'YYYY-MM-DD' strings: a chamber's
 * "today" is its city's today, whatever the server's clock zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function formattedParts(instant: number, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts as unknown as LocalParts;
}

/**
 * A zone's offset from UTC changes only at its rare transitions: when an hour begins and ends
 * with the same offset, the whole hour has it, and one Intl lookup serves every instant in it
 * (an export formats tens of thousands of dates). An hour holding a transition asks Intl for
 * each instant.
 */
const HOUR = 3_600_000;
const offsets = new Map<string, Map<number, number | null>>();

function exactOffset(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const p = formattedParts(whole, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}

function offsetAt(instant: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  const hour = Math.floor(instant / HOUR);
  let offset = zone.get(hour);
  if (offset === undefined) {
    const first = exactOffset(hour * HOUR, timeZone);
    offset = exactOffset(hour * HOUR + HOUR - 1000, timeZone) === first ? first : null;
    if (zone.size > 100_000) zone.clear();
    zone.set(hour, offset);
  }
  return offset ?? exactOffset(instant, timeZone);
}

function localParts(instant: Date, timeZone: string): LocalParts {
  const local = new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar date of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** 'YYYY-MM-DD HH:mm' of an instant in a time zone, for people to read. */
export function localDateTime(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The instant a local date begins in a time zone (handles offsets that change during the year). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  // Two passes converge even across a DST change: correct by the zone's offset at the guess.
  let instant = guess;
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(instant), timeZone);
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    instant -= asUtc - guess;
  }
  return new Date(instant);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function isValidDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
