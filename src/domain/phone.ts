/**
 * Contact phone numbers as people write them: mainland mobiles (13912345678, +86 139 1234 5678)
 * and landlines with their area code and perhaps an extension (028-85551234,
 * 0755-8888 1234 轉 806, +86 28 8555 1234). A number is stored in one canonical form:
 * a mobile as its 11 digits, a landline as "area-number", an extension after a second dash.
 */

/** 139 1234 5678, and 1391 234 5678 as some group it: three, four, four or four, three, four. */
const MOBILE = /(?<![\d+])(?:\+?86[\s-]?)?(1[3-9]\d)(?:[\s-]?(\d{4})[\s-]?(\d{4})|(\d)[\s-](\d{3})[\s-]?(\d{4}))(?!\d)/;

/**
 * Area codes: 010 and 02X have three digits, every other one four. After +86 the leading 0 is
 * dropped. The subscriber number has 7 or 8 digits and never starts with 0 or 1.
 */
const AREA = String.raw`(?:\+?86[\s-]?\(?0?|\(?0)(10|2\d|[3-9]\d{2})\)?`;
const SUBSCRIBER = String.raw`([2-9]\d{2,3})[\s-]?(\d{4})`;
const EXTENSION = String.raw`(?:\s*(?:轉|转|分機|分机|ext\.?|x|#|-)\s*(\d{1,6}))?`;
/** 028 - 8555 1234: a dash with spaces around it parts the area code too. */
const LANDLINE = new RegExp(String.raw`(?<![\d+])${AREA}(?:\s?-\s?|\s)?${SUBSCRIBER}(?!\d)${EXTENSION}(?!\d)`, 'i');

export interface PhoneMatch {
  phone: string;
  index: number;
  length: number;
}

/**
 * 18650-333-275, 135.9999.0123, 139 546 88 770: a mobile grouped any other way, by spaces, dashes or dots; its
 * eleven digits are what make it one. (It opens with its own digit, so the scan skips to each 1.)
 */
const MOBILE_GROUPED = /1[3-9]\d{0,3}(?:[\s.-]\d{2,5}){1,4}(?!\d|\.\d)/g;

/** 159*5753*2210, 186/2401/5539: a mobile's groups parted by stars or slashes, the same separator each time. */
const MOBILE_STARRED = /(?<![\d*/])1[3-9]\d([*/])\d{4}\1\d{4}(?![\d*/])/;

/** 1 3 5 - 0 2 8 1 - 7 7 6 6, 1 3 7-5 9 2 0-6 6 8 8: each digit parted by a space, the groups by a dash. */
const MOBILE_SPACED = /(?<![\d+-] ?)1 ?-? ?[3-9](?: ?-? ?\d){9}(?! ?-? ?\d)/;

function mobileIn(text: string): PhoneMatch | null {
  const mobile = MOBILE.exec(text);
  if (mobile) return { phone: mobile.slice(1).filter(Boolean).join(''), index: mobile.index, length: mobile[0].length };
  MOBILE_GROUPED.lastIndex = 0;
  for (let m = MOBILE_GROUPED.exec(text); m; m = MOBILE_GROUPED.exec(text)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length === 11 && !/[\d.]/.test(text[m.index - 1] ?? '')) return { phone: digits, index: m.index, length: m[0].length };
  }
  const other = (text.includes('*') || text.includes('/') ? MOBILE_STARRED.exec(text) : null) ?? (text.includes('1 ') ? MOBILE_SPACED.exec(text) : null);
  if (!other) return null;
  const digits = other[0].replace(/\D/g, '');
  // +1 415 555 0198 is grouped as a number abroad is: spaced digit by digit, a mobile's digits stand mostly alone.
  if (other[1] === undefined && other[0].length - digits.length < 7) return null;
  return { phone: digits, index: other.index, length: other[0].length };
}

/** Whether `text` holds `count` ASCII digits: a mobile has 11, a landline at least 10 (0 or 86, its area code, 7 more). */
export function holdsDigits(text: string, count: number): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits === count) return true;
  }
  return false;
}

/** The first phone number in the text (the earlier of a mobile and a landline), canonical. */
export function findPhone(text: string): PhoneMatch | null {
  // Most reports' digits are a sum and a date: too few for any number.
  if (!holdsDigits(text, 10)) return null;
  const mobileMatch = mobileIn(text);
  const landline = LANDLINE.exec(text);
  const landlineMatch = landline
    ? {
        phone: `0${landline[1]}-${landline[2]}${landline[3]}${landline[4] ? `-${landline[4]}` : ''}`,
        index: landline.index,
        length: landline[0].length,
      }
    : null;
  if (!mobileMatch) return landlineMatch;
  if (!landlineMatch) return mobileMatch;
  return landlineMatch.index < mobileMatch.index ? landlineMatch : mobileMatch;
}

/** The text is one phone number and nothing else (a ledger cell, an edited value). */
export function phoneOnly(text: string): string | null {
  const trimmed = text.trim();
  const found = findPhone(trimmed);
  return found && found.index === 0 && found.length === trimmed.length ? found.phone : null;
}

/** What a stored phone looks like: the canonical forms above, or digits an older version kept. */
export const STORED_PHONE = /^\+?[\d\s-]{5,24}$/;
