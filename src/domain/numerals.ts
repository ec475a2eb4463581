import { codeAt, codeMap, codeSet, codeValue, inCodeSet } from './sticky-scan.ts';

/**
 * Numerals as people write them in reports: Arabic digits (with thousands separators and
 * decimals), Chinese numerals (一二三…十百千萬億, 兩, 零/〇), the financial forms
 * (壹貳參…拾佰仟) and mixtures such as 1億2000萬 or 3千萬.
 *
 * Values are exact: a numeral is an integer `scaled` over 10^`decimals`, computed with
 * BigInt, so 0.57億 is 57,000,000 and never 56,999,999.99. The reader works on folded
 * text (see script.ts: simplified characters, ASCII digits).
 */

export interface Numeral {
  start: number;
  end: number;
  /** The value times 10^decimals. */
  scaled: bigint;
  decimals: number;
  /** Whether the numeral carries 萬 or 億 (so "15億" alone reads as money). */
  big: boolean;
}

/**
 * The tables below are small hashed maps and sets (sticky-scan.ts), not arrays of every code unit: the scan of quantities
 * asks them at every numeral, and after the rest of a parse has run a 64 KB table's lines are out of the caches.
 */
const digits = new Map<number, number>();
const setDigits = (chars: string, value: number) => {
  for (const ch of chars) digits.set(ch.charCodeAt(0), value);
};
setDigits('零〇', 0);
setDigits('一壹', 1);
setDigits('二两贰', 2);
setDigits('三叁参', 3);
setDigits('四肆', 4);
setDigits('五伍', 5);
setDigits('六陆', 6);
setDigits('七柒', 7);
setDigits('八捌', 8);
setDigits('九玖', 9);
const powers = new Map<number, number>();
for (const [chars, power] of [
  ['十拾', 1],
  ['百佰', 2],
  ['千仟', 3],
  ['万', 4],
  // 1.1忆: the pinyin slip of 亿 (yi), read only after a numeral, as 萬 and 億 are.
  ['亿忆', 8],
] as const) {
  for (const ch of chars) powers.set(ch.charCodeAt(0), power);
}
/** Chinese digit value by character code, -1 for anything else. */
const DIGIT = codeMap(digits, -1);
/** Power of ten of a multiplier character, 0 for anything else. */
const POWER = codeMap(powers, 0);
/** 廿 and 卅 are 二十 and 三十 in one character, as in 廿畝地, 廿幾間企業, 卅來人, 一百廿畝. */
const TENS_CODES = ['廿'.charCodeAt(0), '卅'.charCodeAt(0)];
const TENS = codeMap(
  new Map([
    [TENS_CODES[0], 2],
    [TENS_CODES[1], 3],
  ]),
  -1,
);
const digitOf = (code: number) => codeValue(DIGIT, code);
const powerOf = (code: number) => codeValue(POWER, code);
const tensOf = (code: number) => codeValue(TENS, code);

const MAX_TOKENS = 24;

const DECIMAL_POINT = '点'.charCodeAt(0);
const GE = '个'.charCodeAt(0);
/** 十點五分: the minutes of a clock time. */
const MINUTE = '分'.charCodeAt(0);
const HALF = '半'.charCodeAt(0);
/** 一萬半年: a half of a time, not of the sum. */
const HALF_TIME_AFTER = new Set(['年', '月', '天', '日', '小', '个', '钟'].map((c) => c.charCodeAt(0)));

/** 三千萬是…, 三千萬到位, 三千萬為…: what a figure is said to be follows it. */
const NAMED_AFTER = new Set(['是', '到', '为'].map((c) => c.charCodeAt(0)));

const QUALIFIER_INSIDE = new Set(['多', '余', '来', '几'].map((c) => c.charCodeAt(0)));
/** 八千把萬, 百把萬: 把 (or so) after a round place, before 萬 or 億 only (一把手, 三把椅子 count nothing). */
const BA = '把'.charCodeAt(0);
/** 期 of 一期, 二期: a digit before it counts a phase, not a place of the figure before (投了四個億二期還在談). */
const PHASE = '期'.charCodeAt(0);
const YEAR = '年'.charCodeAt(0);
/** 年納稅, 年產值, 年銷售, 年營收, 年產, 年用工: after 年 the next figure's key. */
const YEAR_FIGURE = new Set(['纳', '产', '销', '营', '税', '用', '就', '收', '利'].map((c) => c.charCodeAt(0)));

/** A lone digit right after 萬 or 億 that numbers the phase after it (四個億二期, 5億2期) opens the next words. */
function phaseAfterBigPlace(tokens: readonly Token[], next: number): boolean {
  const previous = tokens[tokens.length - 1];
  return next === PHASE && previous?.kind === 'power' && previous.power >= 4;
}

/**
 * 五千五百萬八十畝地, 兩億二十來人: tens said right after 萬 or 億 with no 零 (五千五百萬零八十) and no place of their own after
 * them (三億四十萬 goes on to its 萬) count the next thing, not the figure's last places.
 */
function tensAfterBigPlace(tokens: readonly Token[], text: string, at: number): boolean {
  const previous = tokens[tokens.length - 1];
  if (previous?.kind !== 'power' || previous.power < 4 || powerOf(codeAt(text, at + 1)) !== 1) return false;
  let after = digitOf(codeAt(text, at + 2)) > 0 ? at + 3 : at + 2;
  if (QUALIFIER_INSIDE.has(codeAt(text, after))) after++;
  if (codeAt(text, after) === GE) after++;
  return powerOf(codeAt(text, after)) === 0;
}

/** 稅收兩千萬一年, 兩億一年: 一 right after 萬 or 億 and before 年 is a year, a rate (not 兩億一年納稅…, 2.1億 before the next key). */
function yearAfterBigPlace(tokens: readonly Token[], text: string, at: number): boolean {
  const previous = tokens[tokens.length - 1];
  return (
    previous?.kind === 'power' &&
    previous.power >= 4 &&
    digitOf(codeAt(text, at)) === 1 &&
    codeAt(text, at + 1) === YEAR &&
    !YEAR_FIGURE.has(codeAt(text, at + 2))
  );
}

const isAsciiDigit = (code: number) => code >= 48 && code <= 57;

/** Whether a numeral may start at this character. */
export function startsNumeral(code: number): boolean {
  return isAsciiDigit(code) || digitOf(code) >= 0 || tensOf(code) > 0 || (powerOf(code) > 0 && powerOf(code) < 4);
}

/** Characters that may go on with a numeral after a digit: digits, places, 點, a qualifier, the 個 of speech. */
const CARRIES_ON = codeSet(
  `${String.fromCharCode(...digits.keys(), ...powers.keys(), ...TENS_CODES, DECIMAL_POINT, GE, ...QUALIFIER_INSIDE, BA, 32)}0123456789`,
);
const carriesOn = (code: number) => inCodeSet(CARRIES_ON, code);

/**
 * Whether a numeral of Arabic digits ends before `code`, as the reader below would end it: at a character that carries no
 * numeral on, a space (only a place goes on over one), a Chinese digit, 廿 or 卅 (no mixing after Arabic digits), or 點 (a
 * Chinese point only after Chinese digits). A place, 個, a qualifier or 把 may go on, and are the reader's.
 */
function endsArabic(code: number): boolean {
  return !carriesOn(code) || code === 32 || code === DECIMAL_POINT || digitOf(code) >= 0 || tensOf(code) > 0;
}

/** Whether a lone Chinese digit is the numeral, `at` after it: 一起, 一個 (not 一個億, 一個多億), 一 (space), 一點 (not 一點五). */
function endsChineseDigit(text: string, at: number): boolean {
  const code = codeAt(text, at);
  if (!carriesOn(code) || code === 32) return true;
  if (code === GE) return powerOf(codeAt(text, at + 1)) !== 8 && powerOf(codeAt(text, at + 2)) !== 8;
  return code === DECIMAL_POINT && digitOf(codeAt(text, at + 1)) < 0;
}

/** "1,500": a comma at `at` and three digits, no fourth, the reader's thousands separator. */
function thousandsAt(text: string, at: number): boolean {
  return (
    codeAt(text, at) === 44 &&
    isAsciiDigit(codeAt(text, at + 1)) &&
    isAsciiDigit(codeAt(text, at + 2)) &&
    isAsciiDigit(codeAt(text, at + 3)) &&
    !isAsciiDigit(codeAt(text, at + 4))
  );
}
const SMALL = [0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n];

type Token = { kind: 'value'; int: string; frac: string } | { kind: 'power'; power: number };

const POW10: bigint[] = [];
for (let i = 0n; i <= 40n; i++) POW10.push(10n ** i);
/** 10^n as a BigInt, the usual ones made once. */
export const pow10 = (n: number): bigint => POW10[n] ?? 10n ** BigInt(n);

/** 10^n as a number, for the places a fast path multiplies by (萬, 億). */
const POW10_NUMBER = [1, 10, 100, 1000, 10_000, 1e5, 1e6, 1e7, 1e8];

/**
 * The ASCII digits of `text[from, to)` as one integer, the unit at `point` (a decimal point) left out, times 10^`power`.
 * Up to 15 digits add up exactly as a number, and a BigInt made of a number costs a tenth of one parsed from a string.
 */
function digitsValue(text: string, from: number, to: number, point: number, power: number): bigint {
  const pointed = point >= from && point < to;
  if (to - from - (pointed ? 1 : 0) <= 15) {
    let value = 0;
    for (let i = from; i < to; i++) if (i !== point) value = value * 10 + codeAt(text, i) - 48;
    // Exact when the product is a safe integer; a product past it rounds to no less than 2^53.
    const scaled = value * POW10_NUMBER[power];
    if (scaled <= Number.MAX_SAFE_INTEGER) return BigInt(scaled);
  }
  const digits = pointed ? text.slice(from, point) + text.slice(point + 1, to) : text.slice(from, to);
  return BigInt(digits) * pow10(power);
}

/**
 * Reads the numeral that starts at `start` of folded `text`, or null when none does.
 * Qualifiers inside a numeral (1000余萬, 十多萬) are skipped; qualifiers after it are
 * the caller's business.
 */
export function readNumeral(text: string, start: number): Numeral | null {
  // Most Chinese digits stand alone (一起, 統一, 兩家): one digit before a character that can
  // carry no numeral on is that digit, without the reader's tokens.
  const first = digitOf(codeAt(text, start));
  if (first >= 0 && endsChineseDigit(text, start + 1)) return { start, end: start + 1, scaled: SMALL[first], decimals: 0, big: false };
  // So do most runs of digits (2026年, 150畝, 300人, 1. , 300 ): nothing after them that could go on.
  if (isAsciiDigit(codeAt(text, start))) {
    let end = start + 1;
    while (isAsciiDigit(codeAt(text, end))) end++;
    const after = codeAt(text, end);
    if (after === 46 /* . */ ? !isAsciiDigit(codeAt(text, end + 1)) : after === 44 /* , */ ? !thousandsAt(text, end) : endsArabic(after))
      return { start, end, scaled: digitsValue(text, start, end, -1, 0), decimals: 0, big: false };
    // And most sums (8000萬元, 3.75億,): digits, a decimal part or none, then 萬 or 億 with nothing after it that could go on.
    const point = end;
    if (after === 46 /* . */ && isAsciiDigit(codeAt(text, end + 1))) {
      end += 2;
      while (isAsciiDigit(codeAt(text, end))) end++;
    }
    const power = powerOf(codeAt(text, end));
    const next = codeAt(text, end + 1);
    // 3億半 is the slow reader's: a half of the place said.
    if (power >= 4 && !carriesOn(next) && next !== HALF) {
      return { start, end: end + 1, scaled: digitsValue(text, start, end, point, power), decimals: end > point ? end - point - 1 : 0, big: true };
    }
    // 1.5 , 12.5%: a decimal that nothing after it goes on from (a comma or a point after its fraction ends it too).
    if (end > point && endsArabic(codeAt(text, end)))
      return { start, end, scaled: digitsValue(text, start, end, point, 0), decimals: end - point - 1, big: false };
  }
  const tokens: Token[] = [];
  const length = text.length;
  let i = start;
  let decimals = 0;
  let sawDigit = false;
  let lastWasArabic = false;
  let chineseDigits = 0;
  let big = false;
  let pointed = false;
  // The last places said (萬 or 億; 十, 百 or 千 since), and where the figure stood after each.
  let bigPlace = 0;
  let smallPlace = 0;
  let afterBig: { end: number; tokens: number; big: boolean } | null = null;
  let afterSmall: { end: number; tokens: number; big: boolean } | null = null;
  // No real amount needs more; a longer run (一億一億一億…) would only grow a huge BigInt.
  while (i < length && tokens.length < MAX_TOKENS) {
    const code = codeAt(text, i);
    if (isAsciiDigit(code)) {
      if (lastWasArabic || (chineseDigits > 0 && tokens[tokens.length - 1]?.kind === 'value')) break;
      if (phaseAfterBigPlace(tokens, codeAt(text, i + 1))) break;
      let j = i;
      while (j < length && isAsciiDigit(codeAt(text, j))) j++;
      let int = text.slice(i, j);
      // Thousands separators: "1,500" and "12,800,000", but not "3,4".
      while (
        codeAt(text, j) === 44 /* , */ &&
        isAsciiDigit(codeAt(text, j + 1)) &&
        isAsciiDigit(codeAt(text, j + 2)) &&
        isAsciiDigit(codeAt(text, j + 3)) &&
        !isAsciiDigit(codeAt(text, j + 4))
      ) {
        int += text.slice(j + 1, j + 4);
        j += 4;
      }
      let frac = '';
      if (codeAt(text, j) === 46 /* . */ && isAsciiDigit(codeAt(text, j + 1))) {
        let k = j + 1;
        while (k < length && isAsciiDigit(codeAt(text, k))) k++;
        frac = text.slice(j + 1, k);
        j = k;
      }
      if (frac.length > decimals) decimals = frac.length;
      tokens.push({ kind: 'value', int, frac });
      sawDigit = true;
      lastWasArabic = true;
      i = j;
      continue;
    }
    const tens = tensOf(code);
    if (tens > 0) {
      // 一百廿畝: after 百 it is the tens place, as 二十 would be.
      const previous = tokens[tokens.length - 1];
      if (lastWasArabic || (tokens.length > 0 && !(previous.kind === 'power' && previous.power === 2))) break;
      tokens.push({ kind: 'value', int: String(tens), frac: '' }, { kind: 'power', power: 1 });
      sawDigit = true;
      chineseDigits++;
      i++;
      continue;
    }
    const digit = digitOf(code);
    if (digit >= 0) {
      if (lastWasArabic || phaseAfterBigPlace(tokens, codeAt(text, i + 1)) || tensAfterBigPlace(tokens, text, i) || yearAfterBigPlace(tokens, text, i)) break;
      const previous = tokens[tokens.length - 1];
      // Digits written with 〇/零 in them read place by place (二〇〇〇 is 2000, 三〇五 is 305);
      // other runs of two digits are a range (两三千万) and keep their last digit, as before.
      if (previous?.kind === 'value' && (digit === 0 || previous.int.includes('0'))) {
        previous.int += String(digit);
      } else {
        tokens.push({ kind: 'value', int: String(digit), frac: '' });
      }
      sawDigit = true;
      chineseDigits++;
      i++;
      continue;
    }
    // 三点五亿, 十二点三亿: a Chinese decimal point, then digits read one by one; 十点五个亿 opens with its place alone.
    if (code === DECIMAL_POINT && (chineseDigits > 0 || tokens.length > 0) && !lastWasArabic && !pointed && digitOf(codeAt(text, i + 1)) >= 0) {
      pointed = true;
      sawDigit = true;
      let frac = '';
      let j = i + 1;
      while (j < length && digitOf(codeAt(text, j)) >= 0) frac += String(digitOf(codeAt(text, j++)));
      // A place below 万 after a fraction makes it a time (十二点三十分 is 12:30, not 123), and so does 分 (十点五分, 10:05).
      // 一點二個億: the 個 of speech before the multiplier.
      if (codeAt(text, j) === GE && powerOf(codeAt(text, j + 1)) >= 4) j++;
      const after = powerOf(codeAt(text, j));
      if ((after !== 0 && after < 4) || codeAt(text, j) === MINUTE) break;
      const whole = evaluate(tokens, 0);
      tokens.length = 0;
      tokens.push({ kind: 'value', int: whole.toString(), frac });
      if (frac.length > decimals) decimals = frac.length;
      i = j;
      continue;
    }
    const power = powerOf(code);
    if (power > 0) {
      if (tokens.length === 0 && power >= 4) break; // 萬達, 億元 alone are not numbers
      // 五千萬五千萬, 兩個億兩個億, 三千三千五百萬: a place said again after digits (萬 after 萬, 億 after 億,
      // 千 after 千 or 百) starts the figure again in speech; the first figure ends after the place it repeats.
      const repeated = power >= 4 ? (power === bigPlace ? afterBig : null) : smallPlace > 0 && power >= smallPlace ? afterSmall : null;
      if (repeated && tokens.length > repeated.tokens) {
        tokens.length = repeated.tokens;
        i = repeated.end;
        big = repeated.big;
        break;
      }
      // 千二萬, 三千五萬, 兩百五萬: in speech a lone digit after 百 or 千 and before 萬 or 億 is the
      // next place down (1200萬, 3500萬, 250萬), as 兩億六 is at the end.
      const digitBefore = tokens[tokens.length - 1];
      const placeBefore = tokens[tokens.length - 2];
      if (
        power >= 4 &&
        digitBefore?.kind === 'value' &&
        digitBefore.int.length === 1 &&
        digitBefore.int !== '0' &&
        digitBefore.frac === '' &&
        placeBefore?.kind === 'power' &&
        (placeBefore.power === 2 || placeBefore.power === 3)
      )
        digitBefore.int += '0'.repeat(placeBefore.power - 1);
      tokens.push({ kind: 'power', power });
      // 一點二個億三百來人就業: a figure with a decimal part ends at its 萬 or 億 (no place is said below a fraction), so what
      // follows is the next figure, not 1.2億 and 300; but 1.5萬億 goes on to its 億.
      if (power >= 4 && digitBefore?.kind === 'value' && digitBefore.frac !== '' && powerOf(codeAt(text, i + 1)) <= power) {
        big = true;
        i++;
        break;
      }
      if (power >= 4) big = true;
      if (power >= 4) {
        bigPlace = power;
        smallPlace = 0;
        afterBig = { end: i + 1, tokens: tokens.length, big };
      } else {
        smallPlace = power;
        afterSmall = { end: i + 1, tokens: tokens.length, big };
      }
      lastWasArabic = false;
      i++;
      continue;
    }
    // 九千 五百 萬: speech pauses between the places of one figure. A space goes inside only when a
    // digit and a lower place than the last follow it (一千 一千五百萬 starts the figure again);
    // 一個億 八千萬: after 億, when the 萬 of the next place follows at once (not 一個億 三千萬是到位資金, two figures).
    const last = tokens[tokens.length - 1];
    if (
      code === 32 &&
      last?.kind === 'power' &&
      (last.power < 4 ? !big : last.power === 8 && powerOf(codeAt(text, i + 3)) === 4 && !NAMED_AFTER.has(codeAt(text, i + 4))) &&
      digitOf(codeAt(text, i + 1)) > 0 &&
      powerOf(codeAt(text, i + 2)) > 0 &&
      powerOf(codeAt(text, i + 2)) < Math.min(last.power, 4)
    ) {
      i++;
      continue;
    }
    // 1000余萬, 十多萬: a qualifier followed by a multiplier stays inside the numeral; so do
    // the 個 of 6個億, 兩個億, and the 把 of 八千把萬.
    const next = powerOf(codeAt(text, i + 1));
    if (tokens.length > 0 && ((QUALIFIER_INSIDE.has(code) && next > 0) || (code === GE && next === 8) || (code === BA && next >= 4))) {
      i++;
      continue;
    }
    // 十來個億, 三十多個億: a qualifier, then the 個 of speech, then 億.
    if (tokens.length > 0 && QUALIFIER_INSIDE.has(code) && codeAt(text, i + 1) === GE && powerOf(codeAt(text, i + 2)) === 8) {
      i += 2;
      continue;
    }
    // 六個多億 (個 then a qualifier), 四個半億 (and a half).
    if (tokens.length > 0 && code === GE && powerOf(codeAt(text, i + 2)) === 8) {
      const inner = codeAt(text, i + 1);
      const previous = tokens[tokens.length - 1];
      if (QUALIFIER_INSIDE.has(inner)) {
        i += 2;
        continue;
      }
      if (inner === HALF && previous.kind === 'value' && previous.frac === '') {
        previous.frac = '5';
        if (decimals < 1) decimals = 1;
        i += 2;
        continue;
      }
    }
    // 一億半, 兩萬半 (and a half of the place just said): the digit alone before 億 or 萬; not 一億半年.
    if (code === HALF && tokens.length === 2 && tokens[1].kind === 'power' && tokens[1].power >= 4) {
      const value = tokens[0];
      if (value.kind === 'value' && value.frac === '' && value.int.length === 1 && !HALF_TIME_AFTER.has(codeAt(text, i + 1))) {
        value.frac = '5';
        if (decimals < 1) decimals = 1;
        i++;
      }
    }
    break;
  }
  if (tokens.length === 0) return null;
  spokenTail(tokens, codeAt(text, i));
  // A lone 十/百/千 ("千人", "百家") is one of them; a run without digits or powers is not a number.
  if (!sawDigit && tokens[0].kind !== 'power') return null;
  const scaled = evaluate(tokens, decimals);
  return { start, end: i, scaled, decimals, big };
}

/**
 * 兩億六, 三萬五, 一千二: in speech a lone digit after 百, 千, 萬 or 億 is the next place down
 * (2.6億, 3.5萬, 1200), not units. Not when a unit of its own or a digit follows it.
 */
function spokenTail(tokens: Token[], next: number): void {
  const n = tokens.length;
  if (n < 3) return;
  const last = tokens[n - 1];
  const before = tokens[n - 2];
  if (last.kind !== 'value' || last.frac !== '' || last.int.length !== 1 || last.int === '0') return;
  if (before.kind !== 'power' || before.power < 2) return;
  if (!tailMayEnd(next) && (before.power < 4 || COUNT_AFTER_TAIL.test(String.fromCharCode(next)))) return;
  last.int += '0'.repeat(before.power === 8 ? 7 : before.power === 4 ? 3 : before.power - 1);
}

/**
 * After 萬 or 億 a lone digit left in units (三億五 read 300,000,005) is never a sum anyone says, so any word after it
 * keeps the place down (投三億五起新廠), unless the digit counts something of its own (一億五家, 兩萬三個).
 */
const COUNT_AFTER_TAIL = /[\da-z.%個个家位名項项期號号月日天歲岁層层棟栋座條条台臺套種种批次輪轮點点倍成]/i;

/**
 * What may follow 兩億六 for the tail to be a place down: the end, punctuation, a unit of money or land, the verb of what it buys (投兩億六建…), or speech going on (兩億六然後…, 兩億六吧, 兩億六那個, 兩億六差不多, 三萬五呃, 兩億四今天剛簽的).
 * In run-on speech the next figure's key follows at once: 兩億二年納稅…, 兩億六用地…, 一億八到位資金…, 兩億三帶動就業…,
 * 兩億六規劃…, 兩億六預計…, 兩億六主要是做…, 兩億六具體…; the verbs of building (一個億二弄個…, 兩億六蓋…, 三億五上個…); and the particles of dialect speech (兩億三嘞, 兩億六咯, 兩億六哈), and of a change done (變成兩億五了); a hedge or a slip owned after it (兩億六大概…, 兩億六不對…).
 */
function tailMayEnd(code: number): boolean {
  if (code === 0) return true; // the end of the text (codeAt)
  const ch = String.fromCharCode(code);
  return (
    !/[\u4e00-\u9fff\da-z]/.test(ch) ||
    /[元的左多来在投占亩人个要建做搞整弄盖办开上落签拿然就吧啊呀呢嘛啦还已那这嗯呃哦差今昨刚目现,，。年用到地带解预计规总新员面和及跟与另其并也都嘞咧哩咯哈噢喔哇哟啵了呗喽啰主具大不]/.test(
      ch,
    )
  );
}

function evaluate(tokens: Token[], decimals: number): bigint {
  const one = pow10(decimals);
  // 二〇二六 (digits without multipliers) is positional, as in years.
  if (tokens.length > 1 && tokens.every((t) => t.kind === 'value' && t.frac === '' && t.int.length === 1)) {
    return BigInt(tokens.map((t) => (t as { int: string }).int).join('')) * one;
  }
  let total = 0n;
  let section = 0n;
  let number = 0n;
  let hasNumber = false;
  for (const token of tokens) {
    if (token.kind === 'value') {
      number = BigInt(token.int + token.frac.padEnd(decimals, '0'));
      hasNumber = true;
      continue;
    }
    const unit = pow10(token.power);
    if (token.power < 4) {
      section += (hasNumber ? number : one) * unit;
    } else if (token.power === 4) {
      const part = section + number;
      total += (part === 0n && !hasNumber ? one : part) * unit;
      section = 0n;
    } else {
      const part = total + section + number;
      total = (part === 0n && !hasNumber ? one : part) * unit;
      section = 0n;
    }
    number = 0n;
    hasNumber = false;
  }
  return total + section + number;
}

/**
 * The value of a numeral written alone ("一億二千萬", "1,500", "0.57", "十二"), or null
 * when the text is not exactly one numeral. Expects folded or plain simplified text;
 * full-width digits are handled by the caller's folding.
 */
export function numeralValue(text: string): { scaled: bigint; decimals: number } | null {
  const trimmed = text.trim();
  if (!trimmed || !startsNumeral(trimmed.charCodeAt(0))) return null;
  const numeral = readNumeral(trimmed, 0);
  if (!numeral || numeral.end !== trimmed.length) return null;
  return { scaled: numeral.scaled, decimals: numeral.decimals };
}
