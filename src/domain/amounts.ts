import { numeralValue, pow10 } from './numerals.ts';
import { scanQuantities, type ForeignCurrency, type Quantity } from './quantities.ts';
import { foldText } from './script.ts';
import type { Language } from './language.ts';

/**
 * Money and land as the bot stores them: money is an exact integer of yuan, land a number
 * of mu with two decimals. Conversions stay in BigInt until the very end so 0.57億 is
 * 57,000,000 and 1.2萬平方米 is 18 mu, with no floating-point drift.
 */

/** 10萬億元: more than any single report can mean; beyond it the figure is a typo. */
export const MAX_REPORTED_YUAN = 10_000_000_000_000;
/** About the area of a province; beyond it the figure is a typo. */
const MAX_AREA_MU = 10_000_000;
const MAX_COUNT = 10_000_000;

/** Rounds numerator / denominator half up (both non-negative). */
function divRound(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** A quantity's value rounded half up to a whole number; most are whole already and need no division. */
function wholeValue(q: Quantity): bigint {
  return q.decimals === 0 ? q.scaled : divRound(q.scaled, pow10(q.decimals));
}

/** `value` as a number when it is from 0 to `max` (a safe integer): compared as a number, no BigInt made of `max`. */
function toSafeNumber(value: bigint, max: number): number | null {
  const number = Number(value);
  return number >= 0 && number <= max && Number.isSafeInteger(number) ? number : null;
}

/** Yuan of a quantity, or null when it is negative, foreign or absurd. */
export function quantityYuan(q: Quantity): number | null {
  if (q.negative || q.unit === 'foreign') return null;
  return toSafeNumber(wholeValue(q), MAX_REPORTED_YUAN);
}

/** An amount in a currency other than yuan, as an integer of that currency. */
export interface ForeignAmount {
  currency: ForeignCurrency;
  amount: number;
}

/**
 * A foreign amount as written (5000萬美元 → USD 50,000,000), never converted: the rate of the
 * day is the reporter's to confirm. Null for yuan, negative or absurd amounts.
 */
export function quantityForeign(q: Quantity): ForeignAmount | null {
  if (q.negative || q.unit !== 'foreign' || !q.currency) return null;
  const amount = toSafeNumber(wholeValue(q), MAX_REPORTED_YUAN);
  return amount === null ? null : { currency: q.currency, amount };
}

/** Mu per unit as a fraction: 1 公頃 = 15 畝, 1 m² = 0.0015 畝, 1 km² = 1500 畝. */
const MU_PER: Partial<Record<Quantity['unit'], [bigint, bigint]>> = {
  mu: [1n, 1n],
  hectare: [15n, 1n],
  sqm: [15n, 10_000n],
  sqkm: [1500n, 1n],
};

/** Mu of an area quantity, rounded to two decimals; `assumeMu` reads a bare number as mu. */
export function quantityMu(q: Quantity, assumeMu = false): number | null {
  const ratio = MU_PER[q.unit] ?? (assumeMu && q.unit === 'none' ? MU_PER.mu : undefined);
  if (!ratio || q.negative) return null;
  const hundredths = divRound(q.scaled * ratio[0] * 100n, pow10(q.decimals) * ratio[1]);
  const cents = toSafeNumber(hundredths, MAX_AREA_MU * 100);
  return cents === null ? null : cents / 100;
}

/** A count of people, enterprises or projects (rounded), or null when absurd. */
export function quantityCount(q: Quantity, max = MAX_COUNT): number | null {
  if (q.negative) return null;
  return toSafeNumber(wholeValue(q), max);
}

/**
 * The value of one numeral written alone: "一億二千萬" → 120000000, "1,500" → 1500,
 * "0.57" → 0.57, "兩" → 2. Null when the text is anything else.
 */
export function parseChineseNumber(text: string): number | null {
  if (typeof text !== 'string' || text.length > 100) return null;
  const value = numeralValue(foldText(text));
  if (!value) return null;
  const number = Number(value.scaled) / 10 ** value.decimals;
  return Number.isFinite(number) && Math.abs(number) <= Number.MAX_SAFE_INTEGER ? number : null;
}

/** Whether a quantity reads as money: 元 or a currency, or a bare 萬/億/million. */
export function isMoney(q: Quantity): boolean {
  return q.unit === 'yuan' || (q.unit === 'none' && q.big);
}

/**
 * The first amount of money in `text` as exact yuan: "0.57億元" → 57000000,
 * "投資一億二千萬元" → 120000000, "RMB 50 million" → 50000000. Null when there is none,
 * or it is negative, foreign or absurd (over 10萬億).
 */
export function parseMoney(text: string): number | null {
  if (typeof text !== 'string') return null;
  for (const q of scanQuantities(foldText(text))) {
    if (isMoney(q) || q.unit === 'foreign') return quantityYuan(q);
  }
  return null;
}

/** The first area in `text` in mu: "20公頃" → 300, "1.2萬平方米" → 18. */
export function parseAreaMu(text: string): number | null {
  if (typeof text !== 'string') return null;
  for (const q of scanQuantities(foldText(text))) {
    const mu = quantityMu(q);
    if (mu !== null) return mu;
  }
  return null;
}

/** `value / 10^shift` with at most `digits` decimals, rounded half up, trailing zeros kept or trimmed. */
function decimal(value: bigint, shift: number, digits: number, trim: boolean): string {
  const rounded = divRound(value, pow10(shift - digits));
  const unit = pow10(digits);
  const whole = rounded / unit;
  let fraction = (rounded % unit).toString().padStart(digits, '0');
  if (trim) fraction = fraction.replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/**
 * Yuan for display. Chinese: 億元 with two decimals from 1億 up (100.15億元), else 萬元 with
 * up to two decimals (5700萬元, 1.5萬元), else 元. English: CNY 10.02 bn, CNY 57 m,
 * CNY 12,000.
 */
export function formatYuan(yuan: number, lang: Language): string {
  if (!Number.isFinite(yuan)) return String(yuan);
  const sign = yuan < 0 ? '-' : '';
  const value = BigInt(Math.round(Math.abs(yuan)));
  if (lang === 'en') {
    if (value >= 1_000_000_000n && divRound(value, 10_000_000n) >= 100n) {
      return `${sign}CNY ${decimal(value, 9, 2, true)} bn`;
    }
    if (value >= 1_000_000n && divRound(value, 10_000n) >= 100n) {
      const millions = decimal(value, 6, 2, true);
      // 999,999,999 rounds to 1000 m: say 1 bn.
      return millions === '1000' ? `${sign}CNY 1 bn` : `${sign}CNY ${millions} m`;
    }
    return `${sign}CNY ${value.toLocaleString('en-US')}`;
  }
  const [yi, wan] = lang === 'zh-TW' ? ['億', '萬'] : ['亿', '万'];
  const inWan = decimal(value, 4, 2, true);
  if (value >= 100_000_000n || inWan === '10000') return `${sign}${decimal(value, 8, 2, false)}${yi}元`;
  if (value >= 10_000n) return `${sign}${inWan}${wan}元`;
  return `${sign}${value}元`;
}

/** A number in scientific notation ("1e308億"): nobody writes money so; it is a paste or a probe. */
const EXPONENT_AMOUNT = /\d(?:\.\d+)?[eE][+-]?\d+\s*[萬万億亿千百]*元?/g;

/**
 * The amounts of money written in `text` that cannot be recorded (negative, written with an
 * exponent, or beyond 10萬億元), as the user wrote them, so the bot can say which to fix
 * instead of silently leaving the figure out.
 */
export function rejectedAmounts(text: string): string[] {
  if (typeof text !== 'string') return [];
  const rejected = [...text.matchAll(EXPONENT_AMOUNT)].map((m) => m[0]);
  const folded = foldText(text);
  for (const q of scanQuantities(folded)) {
    if (isMoney(q) && quantityYuan(q) === null) rejected.push(`${q.negative ? '-' : ''}${text.slice(q.start, q.end)}`);
  }
  return rejected;
}
