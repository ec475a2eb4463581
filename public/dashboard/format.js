// Numbers as officials read them: money in 億元 with two decimals, counts as whole numbers.

const YUAN_PER_HUNDREDTH_YI = 1_000_000;

/** Whole hundredths of 億 in `yuan`, half up, in integer steps so no float residue shows. */
function hundredthsOfYi(yuan) {
  const value = Math.round(Number(yuan ?? 0));
  const abs = Math.abs(value);
  const whole = Math.floor(abs / YUAN_PER_HUNDREDTH_YI);
  const rest = abs - whole * YUAN_PER_HUNDREDTH_YI;
  return Math.sign(value) * (whole + (rest * 2 >= YUAN_PER_HUNDREDTH_YI ? 1 : 0));
}

/** 10_015_000_000 → "100.15". */
export function yi(yuan) {
  const hundredths = hundredthsOfYi(yuan);
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** The value in 億 as a number, for charts (two decimals, like the labels). */
export function yiNumber(yuan) {
  return hundredthsOfYi(yuan) / 100;
}

export function count(n) {
  return Number(n ?? 0).toLocaleString('en-US');
}

/**
 * 環比 / 同比 as the chat writes them: "+25.0%", "-10.0%", "new" when there was nothing before
 * and something now, "—" when there is nothing either side.
 */
export function change(now, before, t) {
  const a = Number(now ?? 0);
  const b = Number(before ?? 0);
  if (b === 0) return { text: a === 0 ? t('changeNone') : t('changeNew'), trend: a === 0 ? 'flat' : 'up' };
  const ratio = (a - b) / b;
  const text = `${ratio > 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`;
  return { text, trend: ratio > 0 ? 'up' : ratio < 0 ? 'down' : 'flat' };
}

const TIME = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** A date stays a date; an instant shows as "2018-03-05 14:30" in the reader's clock. */
export function when(value) {
  if (value == null || value === '') return '';
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : TIME.format(date);
}
