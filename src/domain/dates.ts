import { holds, LATIN_LETTER } from './char-gates.ts';
import { numeralValue } from './numerals.ts';
import { spaceAt } from './report-text.ts';
import { codeAt, codeByte, codeBytes, codePair, codeTable, inTable, setCodeByte, wordWithin } from './sticky-scan.ts';

/**
 * Dates written in reports, read relative to the reporter's today: 今天, 昨天, 前天,
 * 明天, 上週五, 11月20日, 2026年11月20日, 2026-11-20, Nov 20, 12/5. Dates are
 * 'YYYY-MM-DD' strings in Asia/Shanghai, the city's time zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 of an ISO date, or null when it is not a real date: by arithmetic (H. Hinnant's days_from_civil,
 * the Gregorian calendar Date keeps), no Date per call. A month or day that is no whole number is none (Date.UTC
 * truncates it, and the day it gives back differs).
 */
function dayNumber(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (!Number.isInteger(month) || !Number.isInteger(day) || day > monthLength(year, month)) return null;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

function monthLength(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** 'YYYY-MM-DD' of a day number, by arithmetic (H. Hinnant's civil_from_days): no Date per call. */
function isoOf(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseIso(iso: string): { year: number; days: number } | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const days = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  return days === null ? null : { year: Number(m[1]), days };
}

/** Most reports in a process share one today: keep the last one read. */
let lastToday: { iso: string; parsed: { year: number; days: number } | null } = { iso: '', parsed: null };

function parseToday(iso: string): { year: number; days: number } | null {
  if (lastToday.iso !== iso) lastToday = { iso, parsed: parseIso(iso) };
  return lastToday.parsed;
}

/** Whether `iso` is a real 'YYYY-MM-DD' date. */
export function isIsoDate(iso: string): boolean {
  return parseToday(iso) !== null;
}

const RELATIVE_DAYS: Record<string, number> = {
  大前天: -3,
  前天: -2,
  昨天: -1,
  昨日: -1,
  昨晚: -1,
  今天: 0,
  今日: 0,
  今晚: 0,
  今早: 0,
  明天: 1,
  明日: 1,
  // 明晚, 明早: tomorrow evening and morning, as 今晚 and 昨晚 are today's and yesterday's.
  明晚: 1,
  明早: 1,
  后天: 2,
  大后天: 3,
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
  // Round 29: chat's short forms of tomorrow (tmr 3pm, tmrw), said after English or before a time or a going (the
  // date pattern's gate): not the acronym TMR named before what it is (建設TMR傳感器).
  tmr: 1,
  tmrw: 1,
  昨儿: -1,
  今儿: 0,
  明儿: 1,
  // Wu and Cantonese 今朝 (today), Hokkien 昨昏 and 昨暝 (yesterday); 前日, 前晚 and northern 前兒
  // (the day before yesterday), 今晨, 昨夜.
  今朝: 0,
  今晨: 0,
  昨夜: -1,
  前日: -2,
  前晚: -2,
  前儿: -2,
  // 項目前兒個: northern 前兒個 after a word ending in 目, which 目前 (now) would otherwise take.
  前儿个: -2,
  // Northern 後兒個, 大後兒個: the day after tomorrow and the day after that.
  后儿个: 2,
  大后儿个: 3,
  昨昏: -1,
  昨暝: -1,
  // Northern and north-western 昨個, 前個, 今個, 明個 (兒) are the days; Wu 明朝 is tomorrow.
  昨个: -1,
  前个: -2,
  今个: 0,
  明个: 1,
  明朝: 1,
  // Hakka 今晡日 (today) and 昨晡日 (yesterday); Wenzhou 该日 (today) opening a clause
  // before its half-day (该日上昼, folded 上午), not 該日 (that day) said after the day it points at.
  今晡日: 0,
  昨晡日: -1,
  该日: 0,
  // Shandong, Henan and Hebei 夜來, 夜兒個, 夜個 (yesterday); Min 今旦 (today).
  夜来: -1,
  夜儿个: -1,
  夜个: -1,
  今旦: 0,
  'the day before yesterday': -2,
  'day before yesterday': -2,
  'the day after tomorrow': 2,
  'day after tomorrow': 2,
};
const MONTH_OFFSET: Record<string, number> = { 本: 0, 这: 0, 这个: 0, 上: -1, 上个: -1, 下: 1, 下个: 1 };
const WEEK_OFFSET: Record<string, number> = {
  上上: -14,
  上个: -7,
  上: -7,
  本: 0,
  这个: 0,
  这: 0,
  下个: 7,
  下: 7,
  last: -7,
  this: 0,
  next: 7,
};
const WEEKDAY: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  mon: 1,
  tues: 2,
  wednes: 3,
  thurs: 4,
  fri: 5,
  satur: 6,
  sun: 7,
  // next Wed, last Thu: the first three letters of the day.
  tue: 2,
  wed: 3,
  thu: 4,
  sat: 6,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// 廿 and 卅 (二十, 三十 in one character) are how days are written in speech and dialect: 上個月廿八號.
const CN_SMALL = '[一二三四五六七八九十廿卅]{1,3}';
const ALTERNATIVES = [
  // groups 1-3: 2026年11月20日, 2026-11-20, 2026/11/20, 2026.11.20
  String.raw`(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)`,
  // groups 4-6: 二〇二六年十一月二十日, 11月20日, 十一月二十號
  String.raw`(?:(\d{4}|[零一二三四五六七八九]{4})\s*年\s*)?(\d{1,2}|${CN_SMALL})\s*月\s*(\d{1,2}|${CN_SMALL})(?:[日号]|(?![\d一二三四五六七八九十亩元万亿人家个户名项吨平公米%]))`,
  // group 7: 今天, yesterday …
  String.raw`(大前天|大后天|大后儿个|后儿个|前天|(?<=目)前儿个|(?<![目提之以当眼面从先此日])(?:前日|前晚|前儿)|(?<![目提之以当眼面从先此日一这那])[昨前今明]个(?![月年星礼周期])|明朝(?![的代时末初年人])|昨天|昨日|昨晚|昨夜|昨儿|昨昏|昨暝|昨晡日|今晡日|(?<![\u4e00-\u9fff])该日(?=上午|下午)|(?<![半深昨前今连当入过子午整一])夜(?:儿个|个|来(?!香))|今旦|今天|今日|今晚|今早|今朝|今晨|今儿|明天|明日|明儿|明晚|明早|后天|\btoday\b|\btonight\b|(?:\bthe )?\bday (?:before yesterday|after tomorrow)\b|\byesterday\b|\btomorrow\b|\btmrw?\b(?:(?<=[a-z]\s+tmrw?)|(?=\s*(?:\d{1,2}\s*(?:[点时:]|am|pm)|[上下中早晚]午|[早晚]上|见|[去来到回]|过来|开会|签))))`,
  // groups 8-9: 上週五, 本周三, 星期天
  '(上上|上个|上|本|这个|这|下个|下)?(?:周|星期|礼拜)([一二三四五六日天])',
  // groups 10-11: last friday
  String.raw`\b(last|this|next)\s+(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|rs?)?\b\.?`,
  // groups 12-14: Nov 20, November 20th, 2026
  String.raw`\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`,
  // groups 15-17: 20 November 2026
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?(?:,?\s+(\d{4}))?`,
  // groups 18-19: 12/5
  String.raw`(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])`,
  // groups 20-21: 本月20日, 上個月5號
  String.raw`(本|这个|这|上个|上|下个|下)月\s*(\d{1,2}|${CN_SMALL})\s*[日号]`,
  // group 22: "on Monday" in a report is the last one
  String.raw`\bon (mon|tues|wednes|thurs|fri|satur|sun)day\b`,
  // groups 23-24: 11.24 opening a line or a clause, not 12.8億
  String.raw`(?<![\d.\w\u4e00-\u9fff])(\d{1,2})\.(\d{1,2})(?![\d.%])(?=\s*[\u4e00-\u9fff])(?!\s*[亿万千百元亩人家个户名项吨平公米倍])`,
  // group 25: 28號那場推介會, 5號的對接會 — a day of the month alone, before what points at it or
  // tells what happened (not 3號線, 2號樓)
  String.raw`(?<![\d月/.\-第])(\d{1,2})\s*号(?=\s*(?:那|这|当天|的|举办|举行|召开|开|在|晚上|上午|下午|中午))`,
];
const DATE_PATTERN = new RegExp(ALTERNATIVES.join('|'), 'y');
/** The English alternatives by index, with how many groups each has. */
const LATIN_GROUPS: Record<number, number> = { 4: 2, 5: 3, 6: 3, 9: 1 };
/**
 * The same without the English forms, which are costly to try at every position. The
 * English alternatives become never-matching groups so that group numbers stay the same.
 */
const DATE_PATTERN_CJK = new RegExp(
  ALTERNATIVES.map((alternative, n) => (LATIN_GROUPS[n] !== undefined ? `(?!)${'()'.repeat(LATIN_GROUPS[n])}` : alternative)).join('|'),
  'y',
);
/** What a date without English opens with: a digit, a Chinese digit, or a word's first character (its pairs below). */
const DIGIT = 1;
const CN_DIGIT = 2;
const WORD_OPEN = 3;
const DATE_OPEN_KIND = codeBytes();
for (const c of '0123456789') setCodeByte(DATE_OPEN_KIND, c.charCodeAt(0), DIGIT);
for (const c of '零一二三四五六七八九十廿卅') setCodeByte(DATE_OPEN_KIND, c.charCodeAt(0), CN_DIGIT);
/** A date opening with a word's character goes on with one of these (大前天, 上個月, 周三, 星期, 禮拜, 今早): pairs as one number. */
const DATE_WORD_PAIRS = new Set<number>();
for (const [first, seconds] of Object.entries({
  大: '前后',
  前: '天日晚儿个',
  后: '天儿',
  昨: '个天日晚夜儿昏暝晡',
  今: '个天日晚早朝晨儿晡旦',
  明: '个朝天日儿晚早',
  上: '上个周星礼月',
  下: '个周星礼月',
  这: '个周星礼月',
  本: '周星礼月',
  周: '一二三四五六日天',
  星: '期',
  礼: '拜',
  该: '日',
  夜: '来儿个',
})) {
  setCodeByte(DATE_OPEN_KIND, first.charCodeAt(0), WORD_OPEN);
  for (const second of seconds) DATE_WORD_PAIRS.add(codePair(first.charCodeAt(0), second.charCodeAt(0)));
}
/** What follows a date's first run of digits (2026年, 11月, 12/5, 11.24, 28号, 2026-11-20), or of Chinese digits (十一月, 二〇二六年). */
const AFTER_DIGITS = codeTable('年月号-/.');
const AFTER_CN_DIGITS = codeTable('年月');

/**
 * Whether a date without English may open at `i`: its digits run up to one of the characters that follow them (most
 * digits are amounts, 5亿, 300亩), its word's first character comes before its second (上午 and 下面 are no dates).
 */
function mayOpenDate(text: string, i: number): boolean {
  const kind = codeByte(DATE_OPEN_KIND, text.charCodeAt(i));
  if (kind === WORD_OPEN) return DATE_WORD_PAIRS.has(codePair(text.charCodeAt(i), codeAt(text, i + 1)));
  if (kind === 0) return false;
  let end = i + 1;
  while (codeByte(DATE_OPEN_KIND, codeAt(text, end)) === kind) end++;
  // A date's digits may stand apart from the 年, 月 or 号 after them.
  return end - i <= 4 && (spaceAt(text, end) || inTable(kind === DIGIT ? AFTER_DIGITS : AFTER_CN_DIGITS, codeAt(text, end)));
}

/**
 * What an ASCII character may be in an English date's opening: a letter one opens with (last, this, next, today, tonight,
 * the day before, yesterday, a month, on Monday), or a word's character, before which no `\b` stands. A table of ASCII
 * alone: the characters of the CJK block, most of a text, answer at once.
 */
const LATIN_OPENING = 1;
const WORD_CHARACTER = 2;
const LATIN_KIND = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) if (/\w/.test(String.fromCharCode(code))) LATIN_KIND[code] = WORD_CHARACTER;
for (const c of 'adfjlmnosty') LATIN_KIND[c.charCodeAt(0)] |= LATIN_OPENING;

/** Whether `\b` stands before `i` in a text, when a word's character stands at `i`. */
function wordStartsAt(text: string, i: number): boolean {
  const before = codeAt(text, i - 1);
  return before >= 0x80 || (LATIN_KIND[before] & WORD_CHARACTER) === 0;
}

/**
 * Whether an English date may open at `i`: every English form opens at a word's start (`\b`), with one of its first
 * letters or with a day's one or two digits before a space or an ordinal's ending (20 November, 1st of Dec).
 */
function mayOpenLatinDate(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0x80) return false;
  if ((LATIN_KIND[code] & LATIN_OPENING) !== 0) return wordStartsAt(text, i);
  if (codeByte(DATE_OPEN_KIND, code) !== DIGIT || !wordStartsAt(text, i)) return false;
  let end = i + 1;
  while (codeByte(DATE_OPEN_KIND, codeAt(text, end)) === DIGIT) end++;
  const after = codeAt(text, end);
  return end - i <= 2 && (spaceAt(text, end) || after === 0x73 || after === 0x6e || after === 0x72 || after === 0x74);
}

/**
 * The next date form written in `text` at `from` or after: the regex is tried, sticky, only where a date may open. The
 * English forms, whose alternatives V8 cannot skip through (a look-behind or `\b` opens them), are tried only in a text
 * with English words, and there only at a word's start.
 */
function nextDateAt(text: string, latin: boolean, from: number): RegExpExecArray | null {
  const pattern = latin ? DATE_PATTERN : DATE_PATTERN_CJK;
  for (let i = from; i < text.length; i++) {
    if (!mayOpenDate(text, i) && !(latin && mayOpenLatinDate(text, i))) continue;
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (match) return match;
  }
  return null;
}

const DIGITS = /^\d+$/;

function smallNumber(text: string): number {
  if (DIGITS.test(text)) return Number(text);
  const value = numeralValue(text);
  return value && value.decimals === 0 ? Number(value.scaled) : NaN;
}

/** A month and day without a year: the year that puts it nearest to today. */
function nearestYear(month: number, day: number, today: { year: number; days: number }): number | null {
  let best: number | null = null;
  for (const year of [today.year - 1, today.year, today.year + 1]) {
    const days = dayNumber(year, month, day);
    if (days !== null && (best === null || Math.abs(days - today.days) < Math.abs(best - today.days))) best = days;
  }
  return best;
}

/** A day of the month without its month: in the month that puts it nearest to today. */
function nearestMonth(day: number, today: { days: number }): number | null {
  const [year, month] = isoOf(today.days).split('-').map(Number);
  let best: number | null = null;
  for (const shift of [-1, 0, 1]) {
    const shifted = year * 12 + month - 1 + shift;
    const days = dayNumber(Math.floor(shifted / 12), (shifted % 12) + 1, day);
    if (days !== null && (best === null || Math.abs(days - today.days) < Math.abs(best - today.days))) best = days;
  }
  return best;
}

/** The weekday of a day number (1 Monday … 7 Sunday): 1970-01-01, day 0, was a Thursday. */
function weekdayOf(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

function weekday(offset: number, day: number, today: { days: number }): number {
  return today.days - weekdayOf(today.days) + day + offset;
}

/**
 * 週一（12月7日）, This Friday（12/11）: a weekday followed by its calendar day in brackets; the slash of a day written
 * as month/day is captured (the day written with 月 is that day whatever the weekday).
 */
const WEEKDAY_BRACKETED = /^\s?\((?:\d{4}年)?\d{1,2}(?:月\d{1,2}[日号]|(\/)\d{1,2}\))/;

/**
 * What says a thing happened: 了, 過, 已, 完 (not 談完就簽, 看完再定: a sequence to come), 咗, 剛, 的 after the verb
 * (週三在高新區開的對接會), or a result told (簽約3個項目, 走訪5家企業, 參觀三家企業, 達成合作意向) unless planned
 * (計劃參觀三家企業, 爭取達成).
 */
const HAPPENED =
  /[了过已咗刚]|完(?![就再后以之])|[开办搞去来看签]的|(?<!要|将|拟|想|计划|准备|打算|争取|力争|希望|有望)(?:达成|签约[\d一二两三四五六七八九十几多余]+个|(?:走访|参观)[\d一二两三四五六七八九十几多余]+家)/;
/** The end of a sentence. */
const SENTENCE_END = codeTable('。!?\n');

/** 邀請了五十家, 報名了十二家: guests asked or signed up before an event to come. */
const ASKED_BEFORE = /(?:邀请|请|约|报名)了/g;
/**
 * Going somewhere (去海口考察, 帶…去…看地), holding an event not yet named (開一個推介會, 搞一場), or holding one whose invitations
 * are told (在三亞開推介會，邀請40家企業); 週一下午在商會開座談會 alone stays this week's, as round 16 reads it.
 */
const COMING_VERB = /去(?!年)|[开办搞]一[个场]|在[^,;。!?\n]{1,12}?(?<![召公经])开[^。!?\n]{0,16}?邀请(?!了)/;

/**
 * The calendar day in brackets after a weekday, written month/day, is the same day of the week: 星期三 (2/12) is day/month
 * as Hong Kong writes it, which month/day would read as a Friday in February, so the weekday stands.
 */
function sameWeekdayAfter(text: string, at: number, days: number, today: string): boolean {
  const open = text.indexOf('(', at) + 1;
  const bracketed = findDate(text.slice(open, open + 11), today);
  return bracketed !== null && bracketed.start === 0 && weekdayOf(parseIso(bracketed.date)?.days ?? Number.NaN) === weekdayOf(days);
}

/** The sentence after a weekday tells of an event to come: a going or holding verb, and nothing that says it happened. */
function comingEvent(text: string, from: number): boolean {
  let end = from;
  while (end < text.length && end - from < 40 && !inTable(SENTENCE_END, text.charCodeAt(end))) end++;
  const sentence = text.slice(from, end).replace(ASKED_BEFORE, '');
  return COMING_VERB.test(sentence) && !HAPPENED.test(sentence);
}

/** Three letters in a row: the least an English date has (may 5, 12/5 alone needs no English). */
const LATIN_WORD = /[a-z]{3}/;

export interface FoundDate {
  date: string;
  start: number;
  end: number;
}

/**
 * The first date written in folded `text`, relative to `today` ('YYYY-MM-DD'). A date
 * without a year takes the year that puts it nearest to today (in late November,
 * "1月5日" is next January; "11月20日" is this year).
 */
export function findDate(text: string, today: string): FoundDate | null {
  const base = parseToday(today);
  if (!base) return null;
  const latin = holds(text, LATIN_LETTER) && LATIN_WORD.test(text);
  let denied: FoundDate | null = null;
  for (let m = nextDateAt(text, latin, 0); m; m = nextDateAt(text, latin, m.index + m[0].length)) {
    let days: number | null = null;
    if (m[1]) {
      days = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    } else if (m[5]) {
      const month = smallNumber(m[5]);
      const day = smallNumber(m[6]);
      days = m[4] ? dayNumber(smallNumber(m[4]), month, day) : nearestYear(month, day, base);
    } else if (m[7]) {
      days = base.days + RELATIVE_DAYS[m[7]];
    } else if (m[9]) {
      days = weekday(WEEK_OFFSET[m[8] ?? '本'], WEEKDAY[m[9]], base);
      // 週二在杭州開一個推介會, 周二去海口考察 (said on a Sunday): a bare weekday already past this week, of an event
      // still to come, is the next one; yesterday's weekday is yesterday (周二去海口考察 said on a Wednesday).
      if (m[8] === undefined && days < base.days - 1 && comingEvent(text, m.index + m[0].length)) days += 7;
    } else if (m[10]) {
      days = weekday(WEEK_OFFSET[m[10]], WEEKDAY[m[11]], base);
    } else if (m[12]) {
      const month = MONTHS.indexOf(m[12]) + 1;
      days = m[14] ? dayNumber(Number(m[14]), month, Number(m[13])) : nearestYear(month, Number(m[13]), base);
    } else if (m[15]) {
      const month = MONTHS.indexOf(m[16]) + 1;
      days = m[17] ? dayNumber(Number(m[17]), month, Number(m[15])) : nearestYear(month, Number(m[15]), base);
    } else if (m[18]) {
      days = nearestYear(Number(m[18]), Number(m[19]), base);
    } else if (m[22]) {
      const day = weekday(0, WEEKDAY[m[22]], base);
      days = day > base.days ? day - 7 : day;
    } else if (m[23]) {
      days = nearestYear(Number(m[23]), Number(m[24]), base);
    } else if (m[25]) {
      days = nearestMonth(smallNumber(m[25]), base);
    } else if (m[20]) {
      const [year, month] = isoOf(base.days).split('-').map(Number);
      const shifted = year * 12 + (month - 1) + MONTH_OFFSET[m[20]];
      days = dayNumber(Math.floor(shifted / 12), (shifted % 12) + 1, smallNumber(m[21]));
    }
    if (days === null || !Number.isFinite(days)) continue;
    const found = { date: isoOf(days), start: m.index, end: m.index + m[0].length };
    // 週一（12月7日）下午, 下週三（12月9日）: a weekday with its calendar day in brackets is that day, which the next match reads.
    // This Friday（12/11）: the day written as month/day as well, when it falls on that weekday.
    if (m[9] || m[10]) {
      const bracketed = WEEKDAY_BRACKETED.exec(text.slice(found.end, found.end + 13));
      if (bracketed && (bracketed[1] === undefined || sameWeekdayAfter(text, found.end, days, today))) continue;
    }
    // 不是上週五，是本週三（12月2日）; 原定12月3日，改到12月8日: the date denied gives way to the one said after it
    // (昨天說的推介會日期寫錯了，不是12月2號，是12月3號: every date denied, not only the first).
    const takenBack =
      correctionNear(text, found.end) &&
      (CORRECTED_AFTER.test(text.slice(found.end, found.end + 10)) ||
        MOVED_NEXT_CLAUSE.test(text.slice(found.end, found.end + 20)) ||
        CORRECTED_AFTER_NAMING.test(text.slice(found.end, found.end + 24)) ||
        (SPOKEN_NOT.test(text.slice(found.end, found.end + 10)) && !SAID_IS.test(text.slice(Math.max(0, m.index - 2), m.index))) ||
        (wordWithin(text, '不对', found.end, found.end + 16) && SPOKEN_WRONG.test(text.slice(found.end, found.end + 16))));
    // 12月15日前要報台賬, 12月20日報名截止, 申報截止時間為12月15日: a deadline, no day anything took place or will.
    // Not a day word (今兒前晌 is this morning).
    if (
      (m[7] === undefined &&
        (wordWithin(text, '前', found.end, found.end + 5) || wordWithin(text, '截止', found.end, found.end + 5)) &&
        DEADLINE_AFTER.test(text.slice(found.end, found.end + 5))) ||
      (wordWithin(text, '截止', m.index - 7, m.index) && DEADLINE_BEFORE.test(text.slice(Math.max(0, m.index - 7), m.index)))
    )
      continue;
    // 後天 不是 大後天: the 不是 that takes the first date back does not deny the one it gives.
    const given = denied !== null && BARE_NOT_BETWEEN.test(text.slice(denied.end, m.index));
    // 原定明天（12月7日）的考察推遲到12月15日: the calendar day in brackets after a date taken back is taken back with it.
    const restated = denied !== null && denied.end === m.index - 1 && text[denied.end] === '(';
    if (
      takenBack ||
      restated ||
      SAID_ON.test(text.slice(found.end, found.end + 7)) ||
      (!given && DENIED_DATE.test(text.slice(Math.max(0, m.index - 5), m.index))) ||
      reportCorrected(text, m, found)
    ) {
      denied ??= found;
      continue;
    }
    return correctedLater(text, found, today);
  }
  return denied;
}

/**
 * 今天上午辦了推介會…。剛才說錯了，是昨天上午辦的; 12月10日來訪…⏎更正：來訪時間改到12月12日: a slip owned later in the
 * message, then the date it becomes (更正：原定12月6日的考察改到12月12日: the date planned before it is moved).
 */
const SLIP_THEN_DATE =
  /(?:更正|纠正|说错了|写错了|记错了|搞错了|讲错了|打错了)[:,\s]*(?:原定[^。;\n]{0,16}?)?[^。;\n\d]{0,10}?(?:(?<!不)是|改到|改为|改成|改在|应为|应该是|实际是|为)\s*/g;

function correctedLater(text: string, found: FoundDate, today: string): FoundDate {
  if (!text.includes('错', found.end) && !text.includes('更正', found.end) && !text.includes('纠正', found.end)) return found;
  // matchAll reads a copy of the pattern: findDate below may come back here, and a shared lastIndex
  // would send this loop back to the text's start for ever. The date said must open what follows the
  // slip, so a short window of it is enough.
  for (const m of text.slice(found.end).matchAll(SLIP_THEN_DATE)) {
    const at = found.end + m.index + m[0].length;
    const later = findDate(text.slice(at, at + 40), today);
    if (later && later.start === 0) return { date: later.date, start: at, end: at + later.end };
  }
  return found;
}

/**
 * A character of each word that takes a date back right after it (CORRECTED_AFTER, MOVED_NEXT_CLAUSE,
 * CORRECTED_AFTER_NAMING, SPOKEN_NOT, SPOKEN_WRONG: 不對, 不是, 更正, 糾正, 說錯了, 講錯了, 搞錯了, 寫錯了, 打錯了, 改到, 改期, 調整到,
 * 推遲到, 延期到, 延到, 提前到, 取消): most dates have none in the 24 characters after them, and skip the five patterns.
 */
const CORRECTION_CHARS = codeTable('不更纠说讲搞写打改调推延提取');
const CORRECTION_REACH = 24;

function correctionNear(text: string, from: number): boolean {
  const end = Math.min(text.length, from + CORRECTION_REACH);
  for (let i = from; i < end; i++) if (inTable(CORRECTION_CHARS, text.charCodeAt(i))) return true;
  return false;
}
/** 時間是12月3日，不是12月4日: the date asserted before 不是. */
const SAID_IS = /是\s*$/;

/**
 * A date right after 不是 or 原定 is the one a correction or a change of plan replaces, as is one
 * said before (前面說12月3日舉辦的推介會…實際是12月2日).
 */
const DENIED_DATE = /(?:不是|截至|截止(?:到|至)?|原定(?:于|在)?|原计划(?:于|在)?|(?:前面|之前|上次|刚才|刚|原来|原先|本来)(?:说|报|讲|提)的?)\s*$/;
/** 改在週五, 改在12月20日: moved to a day; 推遲到下週五下午，改喺商會二樓 moves the place, not the day. */
const MOVED_TO_DAY = String.raw`改在(?=\s*(?:\d|[上下本这]?个?(?:周|星期|礼拜)|[今明后昨前]天|大?[前后]天))`;
/**
 * 下個禮拜三 不對 下個禮拜四, 明天到，不對，是後天到, 12月20日，哦不對，改到…: a date taken back right after it is said;
 * 定在12月18日，不好意思，改到12月20日了: or moved right after it is said.
 */
const CORRECTED_AFTER = new RegExp(
  String.raw`^[^,;。\d]{0,3}[,;\s]*(?:哦|呃|啊|噢)?\s*(?:不对|说错了|讲错了|搞错了|(?:(?:不好意思|抱歉)[,;\s]*)?(?:改到|改为|改成|${MOVED_TO_DAY}|调整到|调整为|推迟到|延期到|延到|提前到))`,
);
/**
 * The day a plan is moved to: 改到, 調整為 also change a form or a place (推介會形式調整為線上, 改到二樓), which leaves the
 * date as it was.
 */
const DAY_AHEAD = String.raw`(?=\s*(?:\d|[一二三四五六七八九十]{1,3}[月号日]|[上下本这]?个?(?:周|星期|礼拜)|[今明后昨前]天|大?[前后]天|下个?月|月[底初中]))`;
/**
 * 12月3號嗰場推介會，更正一下，係12月2號, 前天的考察活動（不對，是大前天）, 上週四的考察活動改到這週四: the date of
 * the activity named after it, taken back in the next clause or in brackets, or moved.
 */
const CORRECTED_AFTER_NAMING = new RegExp(
  String.raw`^[^,;。\d()—]{0,8}(?:(?:[,;(]|—+|-+)\s*(?:哦|呃|啊|噢)?\s*(?:不对|更正|纠正|说错了|讲错了|搞错了|写错了|打错了)|(?:改到|${MOVED_TO_DAY}|调整到|推迟到|延期到|延到|提前到|取消|改期))|^的[^,;。\d()—]{0,12}?(?:(?:改到|调整到|调整为)${DAY_AHEAD}|推迟到|延期到|延到|提前到|改期)`,
);
/**
 * 他們後天 不是 大後天 來: in speech (a space, no comma) a date said and then 不是 is taken back by the date after it;
 * 時間是12月3日，不是12月4日 asserts the first.
 */
const SPOKEN_NOT = /^\s+(?:[嗯呃啊哦噢]\s+)?不是\s*(?=大?[前后]天|昨天|今天|明天|[上下本这]?个?(?:周|星期|礼拜)|\d{1,2}月|\d{1,2}号)/;
/** 今天上午簽了一個 呃 不對是昨天上午, 昨天簽了一個 不對 是前天: in speech, a few words on, 不對 then the day meant. */
const SPOKEN_WRONG = /^[^,;。\d\s]{0,8}\s+(?:[嗯呃啊哦噢]\s+)?不对\s*是\s*(?=大?[前后]天|昨天|今天|明天|[上下本这]?个?(?:周|星期|礼拜)|\d{1,2}月|\d{1,2}号)/;
const BARE_NOT_BETWEEN = /^[\s,;]*(?:哦|呃|啊|噢|嗯)?\s*不是[\s,;]*$/;
/** 12月15日前, 12月20日之前 (not 12月3日前往, 前來, 前夕, 前後), 12月9日截止, 12月20日報名截止. */
const DEADLINE_AFTER = /^\s*(?:[之以]?前(?![往来去夕后晌半])|(?:报名)?截止)/;
/** 截止時間為, 截止日期是: the deadline's date named after it. */
const DEADLINE_BEFORE = /截止(?:时间|日期)(?:为|是)?\s*$/;
/** 昨天說的推介會是…11月30日舉辦, 昨天發的那條: the day something was said or sent is not the day it happened. */
const SAID_ON = /^(?:要)?(?:说|报|讲|提|发)的|^(?:公众号|群里|朋友圈)?的?(?:稿|推送|文章)/;
/**
 * 上午說考察是下週三，剛接到通知改到本週日了; 定的12月8日，後來改成12月10日: a date moved in the next clause, to the
 * day said after 改到.
 */
const MOVED_NEXT_CLAUSE =
  /^[^,;。\d]{0,3}[,;]\s*[^,;。\d]{0,10}?(?:改到|改成|改为|改在|调整到|调整为|推迟到|延期到|延到|提前到)\s*(?=\d|[上下本这]?个?(?:周|星期|礼拜)|[今明后昨前]天|大?[前后]天)/;
/** 更正昨天的消息, 更正一下前天的考察日期: the day of the report being corrected, not of what it reports. */
const CORRECTING_BEFORE = /(?:更正|纠正|修正|订正)(?:一下)?\s*$/;
function reportCorrected(text: string, m: RegExpExecArray, found: FoundDate): boolean {
  return m[7] !== undefined && text[found.end] === '的' && CORRECTING_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index));
}
