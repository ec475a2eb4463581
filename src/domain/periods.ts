import { addDays, daysBetween, isMonthEnd, isValidDate, mondayOf, monthEnd, shiftMonths } from './calendar.ts';
import { foldText } from './script.ts';

// Month arithmetic is the calendar's; shiftMonths keeps its old home for its callers.
export { shiftMonths } from './calendar.ts';

/**
 * Reporting periods: what "本月", "上季度", "2018上半年", "2018-03" or
 * "2018-01-01..2018-06-30" mean as a pair of local dates, both ends included, and the
 * periods a figure is compared with (環比: the period just before; 同比: the same period a
 * year before). Dates are 'YYYY-MM-DD' in the bot's time zone; "today" is passed in.
 *
 * A calendar unit that has not ended yet (本月 on the 15th) is cut at today, and so are
 * the periods it is compared with, day for day: 1–15 March against 1–15 February and
 * 1–15 March a year before, so a half-finished month is never set against a whole one.
 */

export type PeriodUnit = 'week' | 'month' | 'quarter' | 'half' | 'year' | 'range';

export interface Period {
  unit: PeriodUnit;
  /** First day, included. */
  from: string;
  /** Last day, included: the unit's last day, or today when the unit is not over yet. */
  to: string;
  /** The unit's own last day (equal to `to` unless the period was cut at today). */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

const UNIT_MONTHS: Record<Exclude<PeriodUnit, 'week' | 'range'>, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** The calendar unit starting on `start`, cut at `today` when it has begun but not ended. */
function unitPeriod(unit: Exclude<PeriodUnit, 'range'>, start: string, today: string): Period {
  const end = unit === 'week' ? addDays(start, 6) : addDays(shiftMonths(start, UNIT_MONTHS[unit]), -1);
  const to = start <= today && today < end ? today : end;
  return { unit, from: start, to, end };
}

function monthPeriod(year: number, month: number, today: string) {
  return unitPeriod('month', iso(year, month, 1), today);
}
function quarterPeriod(year: number, quarter: number, today: string) {
  return unitPeriod('quarter', iso(year, (quarter - 1) * 3 + 1, 1), today);
}
function halfPeriod(year: number, half: number, today: string) {
  return unitPeriod('half', iso(year, half === 1 ? 1 : 7, 1), today);
}
function yearPeriod(year: number, today: string) {
  return unitPeriod('year', iso(year, 1, 1), today);
}

/** A range given by hand: kept as given, never cut. */
export function rangePeriod(from: string, to: string): Period {
  return { unit: 'range', from, to, end: to };
}

/** The default: this year so far, 1 January to today. */
export function defaultPeriod(today: string): Period {
  return yearPeriod(ymd(today)[0], today);
}

/** Days in the period, both ends counted. */
export function periodDays(period: Pick<Period, 'from' | 'to'>): number {
  return daysBetween(period.from, period.to) + 1;
}

/**
 * The period `steps` units before (環比 with steps = 1): the previous calendar unit, cut
 * day for day when this one was cut; for a range, the days just before it, as many.
 */
export function previousPeriod(period: Period, steps = 1): Period {
  if (period.unit === 'range') {
    const length = periodDays(period);
    const to = addDays(period.from, -length * (steps - 1) - 1);
    return rangePeriod(addDays(to, -(length - 1)), to);
  }
  if (period.unit === 'week') return shiftWeeks(period, -steps);
  return shiftCalendar(period, -UNIT_MONTHS[period.unit] * steps);
}

/** The same period a year before (同比). A week goes back 52 weeks, to the same weekdays. */
export function yearBefore(period: Period): Period {
  if (period.unit === 'week') return shiftWeeks(period, -52);
  if (period.unit === 'range') {
    // A range that ends on a month's last day still does a year before (28 Feb 2017 for 29 Feb 2016 and the reverse).
    const to = isMonthEnd(period.to) ? monthEnd(shiftMonths(period.to, -12)) : shiftMonths(period.to, -12);
    return rangePeriod(shiftMonths(period.from, -12), to);
  }
  return shiftCalendar(period, -12);
}

function shiftWeeks(period: Period, weeks: number): Period {
  const days = weeks * 7;
  return { unit: period.unit, from: addDays(period.from, days), to: addDays(period.to, days), end: addDays(period.end, days) };
}

function shiftCalendar(period: Period, months: number): Period {
  const from = shiftMonths(period.from, months);
  const end = addDays(shiftMonths(addDays(period.end, 1), months), -1);
  const to = period.to === period.end ? end : minDate(shiftMonths(period.to, months), end);
  return { unit: period.unit, from, to, end };
}

const minDate = (a: string, b: string) => (a < b ? a : b);

// ---------------------------------------------------------------------------------------
// Reading a period from what people type

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function smallNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  return CN_DIGITS[text] ?? null;
}

/** A full date in any of the usual spellings, or null. */
function fullDate(text: string): string | null {
  const m = /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*[日号]?$/.exec(text);
  if (!m) return null;
  const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return isValidDate(date) ? date : null;
}

/** "6月30日", "06-30": a date without its year, read in `year`. */
function dateInYear(text: string, year: number): string | null {
  const m = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/.exec(text);
  if (!m) return null;
  const date = iso(year, Number(m[1]), Number(m[2]));
  return isValidDate(date) ? date : null;
}

const RANGE_SEPARATOR = /\s*(?:\.\.|~|～|至|到|—|–|\bto\b)\s*|\s+-\s+/;

function parseRange(text: string): Period | null | 'reversed' {
  const parts = text.split(RANGE_SEPARATOR);
  if (parts.length !== 2) return null;
  const from = fullDate(parts[0].trim());
  if (!from) return null;
  const to = fullDate(parts[1].trim()) ?? dateInYear(parts[1].trim(), ymd(from)[0]);
  if (!to) return null;
  if (to < from) return 'reversed';
  return rangePeriod(from, to);
}

const YEAR = '(\\d{4})\\s*年?度?';

export type PeriodParse = { period: Period } | { error: 'unknown' | 'reversed' };

/**
 * Reads a period from what the user typed, in simplified or traditional Chinese or English:
 * 本週/上週, 本月/上月, 本季度/上季度, 上半年/下半年, 今年/去年, 2018上半年, 2018H1, 2018Q2,
 * 2018-03, 2018年3月, 2018年, 2018, 2018-01-01..2018-06-30. Empty text is this year so far.
 */
export function parsePeriod(input: string, today: string): PeriodParse {
  const text = foldText(input).trim().replace(/\s+/g, ' ');
  const [thisYear, thisMonth] = ymd(today);
  const ok = (period: Period): PeriodParse => ({ period });
  if (text === '') return ok(defaultPeriod(today));

  const range = parseRange(text);
  if (range === 'reversed') return { error: 'reversed' };
  if (range) return ok(range);
  const single = fullDate(text);
  if (single) return ok(rangePeriod(single, single));

  const compact = text.replace(/\s+/g, '');
  switch (compact) {
    case '本周':
    case '这周':
    case '这一周':
    case '本星期':
    case 'thisweek':
      return ok(unitPeriod('week', mondayOf(today), today));
    case '上周':
    case '上一周':
    case '上星期':
    case 'lastweek':
      return ok(unitPeriod('week', addDays(mondayOf(today), -7), today));
    case '本月':
    case '这个月':
    case '当月':
    case '本月份':
    case 'thismonth':
      return ok(monthPeriod(thisYear, thisMonth, today));
    case '上月':
    case '上个月':
    case '上一个月':
    case 'lastmonth':
      return ok(previousPeriod(monthPeriod(thisYear, thisMonth, '9999-12-31')));
    case '本季度':
    case '本季':
    case '这个季度':
    case '这季度':
    case 'thisquarter':
      return ok(quarterPeriod(thisYear, Math.ceil(thisMonth / 3), today));
    case '上季度':
    case '上季':
    case '上个季度':
    case '上一季度':
    case 'lastquarter':
      return ok(previousPeriod(quarterPeriod(thisYear, Math.ceil(thisMonth / 3), '9999-12-31')));
    case '上半年':
    case '今年上半年':
    case 'h1':
      return ok(halfPeriod(thisYear, 1, today));
    case '下半年':
    case '今年下半年':
    case 'h2':
      return ok(halfPeriod(thisYear, 2, today));
    case '去年上半年':
      return ok(halfPeriod(thisYear - 1, 1, today));
    case '去年下半年':
      return ok(halfPeriod(thisYear - 1, 2, today));
    case '今年':
    case '本年':
    case '本年度':
    case '今年以来':
    case 'thisyear':
    case 'ytd':
      return ok(yearPeriod(thisYear, today));
    case '去年':
    case '上年':
    case '上一年':
    case '上年度':
    case 'lastyear':
      return ok(yearPeriod(thisYear - 1, today));
    case '前年':
      return ok(yearPeriod(thisYear - 2, today));
    default:
      break;
  }

  let m: RegExpExecArray | null;
  // 2018上半年, 2018年上半年, 2018H1, 2018-H1, H1 2018
  if ((m = new RegExp(`^${YEAR}\\s*([上下])半年$`).exec(compact))) return ok(halfPeriod(Number(m[1]), m[2] === '上' ? 1 : 2, today));
  if ((m = /^(\d{4})-?h([12])$/.exec(compact)) || (m = /^h([12])-?(\d{4})$/.exec(compact))) {
    const [year, half] = m[1].length === 4 ? [m[1], m[2]] : [m[2], m[1]];
    return ok(halfPeriod(Number(year), Number(half), today));
  }
  // 2018Q2, 2018-Q2, Q2 2018, 2018年第二季度, 2018年二季度, 2018年第2季
  if ((m = /^(\d{4})-?q([1-4])$/.exec(compact)) || (m = /^q([1-4])-?(\d{4})$/.exec(compact))) {
    const [year, quarter] = m[1].length === 4 ? [m[1], m[2]] : [m[2], m[1]];
    return ok(quarterPeriod(Number(year), Number(quarter), today));
  }
  if ((m = new RegExp(`^${YEAR}第?([一二三四1-4])季度?$`).exec(compact))) {
    return ok(quarterPeriod(Number(m[1]), smallNumber(m[2])!, today));
  }
  if ((m = /^(?:本年|今年)?第?([一二三四1-4])季度$/.exec(compact))) return ok(quarterPeriod(thisYear, smallNumber(m[1])!, today));
  // 2018-03, 2018/3, 2018.03, 2018年3月, 2018年三月
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(compact)) || (m = /^(\d{4})年(\d{1,2}|[一二三四五六七八九十]|十[一二])月份?$/.exec(compact))) {
    const month = smallNumber(m[2]);
    if (month !== null && month >= 1 && month <= 12) return ok(monthPeriod(Number(m[1]), month, today));
    return { error: 'unknown' };
  }
  // 3月, 三月: this year's
  if ((m = /^(?:本年|今年)?(\d{1,2}|[一二三四五六七八九十]|十[一二])月份?$/.exec(compact))) {
    const month = smallNumber(m[1]);
    if (month !== null && month >= 1 && month <= 12) return ok(monthPeriod(thisYear, month, today));
  }
  // 2018, 2018年, 2018年度
  if ((m = /^(\d{4})年?度?$/.exec(compact))) {
    const year = Number(m[1]);
    if (year >= 1900 && year <= 2200) return ok(yearPeriod(year, today));
  }
  return { error: 'unknown' };
}

// ---------------------------------------------------------------------------------------
// Saying a period

export type PeriodLanguage = 'zh-CN' | 'zh-TW' | 'en';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CN_QUARTERS = ['一', '二', '三', '四'];

function zhDate(date: string, withYear: boolean): string {
  const [y, m, d] = ymd(date);
  return `${withYear ? `${y}年` : ''}${m}月${d}日`;
}

function enDate(date: string, withYear: boolean): string {
  const [y, m, d] = ymd(date);
  return `${d} ${EN_MONTHS[m - 1].slice(0, 3)}${withYear ? ` ${y}` : ''}`;
}

function rangeLabel(from: string, to: string, lang: PeriodLanguage): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  if (lang === 'en') return from === to ? enDate(from, true) : `${enDate(from, !sameYear)} – ${enDate(to, true)}`;
  return from === to ? zhDate(from, true) : `${zhDate(from, true)}至${zhDate(to, !sameYear)}`;
}

/** "2018年上半年", "2018年第二季度", "2018年3月", "2018年1月1日至6月15日"; "H1 2018" in English. */
export function periodLabel(period: Period, lang: PeriodLanguage): string {
  const [y, m] = ymd(period.from);
  if (period.unit === 'range' || period.unit === 'week' || period.to !== period.end) {
    return rangeLabel(period.from, period.to, lang);
  }
  const en = lang === 'en';
  switch (period.unit) {
    case 'year':
      return en ? `${y}` : `${y}年`;
    case 'half':
      return en ? `H${m === 1 ? 1 : 2} ${y}` : `${y}年${m === 1 ? '上' : '下'}半年`;
    case 'quarter': {
      const q = Math.ceil(m / 3);
      if (en) return `Q${q} ${y}`;
      return lang === 'zh-TW' ? `${y}年第${CN_QUARTERS[q - 1]}季` : `${y}年第${CN_QUARTERS[q - 1]}季度`;
    }
    case 'month':
      return en ? `${EN_MONTHS[m - 1]} ${y}` : `${y}年${m}月`;
  }
}

/**
 * The period two dates make: a calendar unit when they are exactly one (2018-01-01 to
 * 2018-06-30 is the first half of 2018, compared with the second half of 2017), otherwise a
 * range (compared with as many days just before).
 */
export function periodOfDates(from: string, to: string): Period {
  const [y, m, d] = ymd(from);
  if (d === 1) {
    for (const unit of ['year', 'half', 'quarter', 'month'] as const) {
      const months = UNIT_MONTHS[unit];
      if ((m - 1) % months !== 0) continue;
      const end = addDays(shiftMonths(iso(y, m, 1), months), -1);
      if (end === to) return { unit, from, to, end };
    }
  }
  return rangePeriod(from, to);
}
