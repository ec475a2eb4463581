/**
 * Phone numbers for readers who may not see them: the one place that decides what stays
 * visible, for a contact's phone field and for phone numbers inside free text (notes).
 *
 * At most the last four digits of the number itself stay, and never more than half of them,
 * so a short local number (8765432) is not given away by what is left. An extension is hidden
 * whole: with the last digits of the number it would narrow the guess. The number keeps its
 * own shape (separators, +, 轉) so a reader still sees a landline from a mobile.
 */

const EXTENSION = /\s*(?:轉|转|分機|分机|ext\.?|x|#)\s*\d{1,6}\s*$/iu;
const SHORTEST_SHOWN = 7;
const MOST_SHOWN = 4;

/** 13800138000 → *******8000, 028-85551234 → ***-****1234, 8765432 → ****432. */
export function maskPhone(phone: string): string {
  const extension = EXTENSION.exec(phone);
  const number = extension ? phone.slice(0, extension.index) : phone;
  const digits = number.replace(/\D/g, '').length;
  const shown = digits < SHORTEST_SHOWN ? 0 : Math.min(MOST_SHOWN, Math.floor(digits / 2));
  let seen = 0;
  const masked = number.replace(/\d/g, (digit) => (++seen > digits - shown ? digit : '*'));
  return masked + (extension ? extension[0].replace(/\d/g, '*') : '');
}

const SEPARATOR = '[\\s-]?';
const COUNTRY = `(?:\\+\\d{1,3}${SEPARATOR})?`;
const SHAPES = [
  // Mobile: 13800138000, 138 0013 8000, 138-0013-8000.
  `1[3-9]\\d(?:${SEPARATOR}\\d{4}){2}`,
  // Landline with its area code: 028-85551234, (028) 8555 1234, 0755-8888 1234.
  `\\(?0\\d{2,3}\\)?${SEPARATOR}\\d{3,4}${SEPARATOR}\\d{4}`,
  // Local landline: 85551234, 8555-1234, 8765432.
  `\\d{3,4}-\\d{4}`,
  `\\d{7,8}`,
  // Any other international number: +1 415 555 0100.
  `\\+\\d{1,3}(?:${SEPARATOR}\\d{2,4}){2,4}`,
];
const EXTENSION_AFTER = '(?:\\s*(?:轉|转|分機|分机|ext\\.?|x|#)\\s*\\d{1,6})?';
/** What follows an amount, a count or a date rather than a phone number: 50000000元, 12345678人. */
const UNIT_AFTER = '(?!\\s*(?:[元萬万億亿千百%‰人戶户家個个場场畝亩頃顷平米年月日號号天次台輛辆噸吨]|平方|m²|km|kg|yuan|rmb|cny|usd))';
/** Not inside a longer number, an amount (12.8), a date (2026-11-20) or an identifier (A-12345678). */
const NOT_AFTER = '(?<![\\d.,/\\-\\w])';
const NOT_BEFORE = '(?![\\d.,:/\\-]\\d|\\d|[A-Za-z])';

const PHONE_IN_TEXT = new RegExp(`${NOT_AFTER}${COUNTRY}(?:${SHAPES.join('|')})${EXTENSION_AFTER}${NOT_BEFORE}${UNIT_AFTER}`, 'giu');

/** 20261120 and 2025-2026 read as a date and a span of years, not as local landlines. */
const DATE_LIKE = /^(?:(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:19|20)\d{2}-(?:19|20)\d{2})$/;

/**
 * Masks every phone number in free text (a follow-up note, an event's note) and leaves the rest
 * alone: amounts (12.8億, 50000000元), dates (2026-11-20, 20261120) and counts stay as written.
 */
export function maskPhonesInText(text: string): string {
  return text.replace(PHONE_IN_TEXT, (match) => (DATE_LIKE.test(match) ? match : maskPhone(match)));
}
