import { CJK_CHAR, holds, LATIN_LETTER } from './char-gates.ts';
import { scanQuantities, type Quantity } from './quantities.ts';
import { foldDialect } from './report-dialect.ts';
import { foldText } from './script.ts';
import { codeAt, type CodeMap, codeMap, codeTable, codeValue, inBits, inTable, pairIndex, SPACES } from './sticky-scan.ts';

/** What `\s` matches. */
const SPACE = codeTable(SPACES);

/** Whether a space (as `\s` tells) stands at `at`: a pattern that opens with `^\s+` is tried only there. */
export function spaceAt(text: string, at: number): boolean {
  return inTable(SPACE, codeAt(text, at));
}

/**
 * One report as the parser sees it: the original text (names are copied out of it, in
 * the user's script), the folded text every pattern runs on (same length, see script.ts),
 * and every quantity in it.
 */
export interface ReportText {
  readonly original: string;
  readonly text: string;
  readonly quantities: readonly Quantity[];
  /** Whether the text has English words, so English patterns are worth running. */
  readonly latin: boolean;
  /** Whether the text has Chinese characters. */
  readonly cjk: boolean;
}

export function reportText(original: string): ReportText {
  const text = tidyKeys(foldDialect(foldText(original)));
  return {
    original,
    text,
    quantities: scanQuantities(text),
    latin: holds(text, LATIN_LETTER) && /[a-z]{2}/.test(text),
    cjk: holds(text, CJK_CHAR),
  };
}

/** A key spelled out with spaces to line up a pasted form (占　　地 ：, 联 系 人：), or typed so after a comma. */
const SPACED_KEY = /(^|[\n,;。])([ ]*)((?:[\u4e00-\u9fff][ ]+){1,7}[\u4e00-\u9fff])([ ]*)(?=[:=])/g;
/**
 * A key in brackets at the start of a line, after a space or after a semicolon, comma or colon (【聯繫人】蘇志勇,
 * 【項目】… 【企業】…, …；【項目】…, 【聯絡人】：…, folded to [联系人]): the space lets the value before it end at the next key.
 */
const BRACKET_KEY = /(^|\n|[ \t;,:])\[([\u4e00-\u9fff](?:[ ]*[\u4e00-\u9fff]){1,5})\]([:=]?)/g;
/**
 * 【聯繫人】趙麗娟【電話】186…: a message that opens with a bracketed key is a form; its bracketed words are all keys,
 * spaced out to line up too (【聯 繫 人】周強, 【電    話】…).
 */
const FORM_OPENING = /^\s*\[[\u4e00-\u9fff]{2,6}\]/;
const FORM_KEY = /\[([\u4e00-\u9fff](?:[ ]*[\u4e00-\u9fff]){1,5})\]([:=]?)/g;
/**
 * Whether a spaced key may end before a `sign` of `text`: SPACED_KEY's key ends with a Chinese character after a space,
 * spaces between it and the sign (联 系 人 :). Few texts hold one, and the regex is tried only in those.
 */
function spacedKeyBefore(text: string, sign: string): boolean {
  for (let at = text.indexOf(sign); at >= 0; at = text.indexOf(sign, at + 1)) {
    let i = at;
    while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
    if (i > 1 && isCjk(text.charCodeAt(i - 1)) && text.charCodeAt(i - 2) === 32) return true;
  }
  return false;
}
/** A bracketed key without its spaces, which move after it to keep the length (联 系 人 → 联系人  ). */
const unspaced = (key: string) => (key.includes(' ') ? key.replace(/ /g, '') + ' '.repeat(key.split(' ').length - 1) : key);

/**
 * Keys as the key-value reader expects them, the same length: a spaced key's spaces move
 * after it (联系人  :), a bracketed key becomes a key and a colon ( 联系人:).
 */
function tidyKeys(text: string): string {
  const bracket = text.includes('[');
  if (!bracket && !text.includes(':') && !text.includes('=')) return text;
  // Only a bracketed key makes a form.
  const form = bracket && FORM_OPENING.test(text);
  // A replace with a function costs a call into the runtime even when nothing matches: most keys need no tidying.
  SPACED_KEY.lastIndex = 0;
  const keys = form ? FORM_KEY : BRACKET_KEY;
  keys.lastIndex = 0;
  // A spaced key has a space in it, a bracketed one its bracket: most texts have neither to scan for.
  const spaced = (spacedKeyBefore(text, ':') || spacedKeyBefore(text, '=')) && SPACED_KEY.test(text);
  if (!spaced && !(bracket && keys.test(text))) return text;
  return (
    text
      .replace(SPACED_KEY, (_m, line: string, lead: string, key: string, trail: string) => {
        const word = key.replace(/ /g, '');
        return line + lead + word + ' '.repeat(key.length - word.length + trail.length);
      })
      // 【聯絡人】：余秘書: a colon typed after the bracket stays after the key ( 联络人 :).
      .replace(
        keys,
        form
          ? (_m, key: string, colon: string) => (colon ? ` ${unspaced(key)} ${colon}` : ` ${unspaced(key)}:`)
          : (_m, line: string, key: string, colon: string) => (colon ? `${line} ${unspaced(key)} ${colon}` : `${line} ${unspaced(key)}:`),
      )
  );
}

/** Clause delimiters by character code (folded text): a table, as this runs per character. */
const DELIMITER = codeTable(',;。!?\n、|…~.');
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Whether the character at `at` ends a clause: Chinese and ASCII punctuation, line
 * breaks, but not a comma or full stop inside a number (1,500, 0.57).
 */
export function isDelimiterAt(text: string, at: number): boolean {
  const code = codeAt(text, at);
  if (!inTable(DELIMITER, code)) return false; // also past either end
  if (code === 44 /* , */ || code === 46 /* . */) return !(isDigit(codeAt(text, at - 1)) && isDigit(codeAt(text, at + 1)));
  return true;
}

/** Whether `text[from, to)` crosses a clause boundary. */
export function crossesClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDelimiterAt(text, i)) return true;
  return false;
}

/**
 * Clauses are only ever looked into near a word, so the search stops after `reach`
 * characters: a 10,000-character message without punctuation stays linear to parse.
 */
const CLAUSE_REACH = 64;

/** 這次, 本次, 此次, 這回: the report turns from what the investor did before to this project. */
export const THIS_TIME = /这次|本次|此次|这回/;

/** Where the clause holding `at` starts, looking back at most `reach` characters. */
export function clauseStart(text: string, at: number, reach = CLAUSE_REACH): number {
  const stop = Math.max(0, at - reach);
  let i = at;
  while (i > stop && !isDelimiterAt(text, i - 1)) i--;
  return i;
}

/** Where the clause holding `at` ends (exclusive), looking ahead at most `reach` characters. */
export function clauseEnd(text: string, at: number, reach = CLAUSE_REACH): number {
  const stop = Math.min(text.length, at + reach);
  let i = at;
  while (i < stop && !isDelimiterAt(text, i)) i++;
  return i;
}

export const isCjk = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/** The top-level alternatives of a pattern's source. */
function alternativesOf(words: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const c = words[i];
    if (c === '\\') {
      current += c + words[++i];
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    if (c === '|' && depth === 0 && !inClass) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

const HAN = /^[\u4e00-\u9fff]/;
const QUANTIFIER = /[?*+{]/;
/** The characters an alternative opening with a class may start with, or null when it may start with any. */
function classStarts(alternative: string): string | null {
  const cls = /^\[([\u4e00-\u9fff]+)\]/.exec(alternative);
  return cls ? cls[1] : null;
}

/**
 * 簽約|簽訂|簽署… as 簽(?:約|訂|署…): the alternatives that open with the same character, under one, so the engine tries that
 * character once at each position instead of once per word. The words match as before: an alternative is moved up to
 * the first of its character only past alternatives that cannot start where it does.
 */
function byFirstCharacter(words: string): string {
  const buckets: { first: string | null; rests: string[] }[] = [];
  for (const alternative of alternativesOf(words)) {
    const first = HAN.test(alternative) && !QUANTIFIER.test(alternative[1] ?? '') ? alternative[0] : null;
    let target: { first: string | null; rests: string[] } | undefined;
    if (first !== null) {
      for (let i = buckets.length - 1; i >= 0; i--) {
        const bucket = buckets[i];
        if (bucket.first === first) {
          target = bucket;
          break;
        }
        if (bucket.first === null) {
          const starts = classStarts(bucket.rests[0]);
          if (starts === null || starts.includes(first)) break;
        }
      }
    }
    if (target) target.rests.push(alternative.slice(1));
    else buckets.push(first === null ? { first, rests: [alternative] } : { first, rests: [alternative.slice(1)] });
  }
  return buckets.map(({ first, rests }) => (first === null ? rests[0] : rests.length === 1 ? first + rests[0] : `${first}(?:${rests.join('|')})`)).join('|');
}

/**
 * One regex of word groups, `(group1)|(group2)|…`, so a match tells by its group which
 * list it came from; and a variant for text without English words, where the English
 * groups never match (keeping group numbers). No first-character lookahead in the pattern (a
 * lookahead class tested at every position was slower: readStage 0.74 and readActivity 0.76 of
 * the time without one); `nextGroupedWord` tries the pattern only at the characters its words
 * open with, read from the pattern itself (`opens`).
 *
 * The English groups are kept as empty groups in an optional that never matches, after the
 * Chinese group before them (`(…)(?:(?!)()())?`), not as alternatives of their own: an
 * alternative `((?!))` can start anywhere as far as V8's scan is concerned, so it stopped
 * skipping to the words' first characters (the Chinese stage and activity scans took 0.6 of
 * the time without it).
 */
export function groupedWords(groups: readonly { words: string; latin: boolean }[]): GroupedWords {
  // The Chinese words grouped by their first character (a third of the stage scan's time); the English ones as written.
  const sources = groups.map(({ words, latin }) => (latin ? words : byFirstCharacter(words)));
  const any = new RegExp(sources.map((words) => `(${words})`).join('|'), 'g');
  const alternatives: string[] = [];
  let leading = '';
  let opening: string | null = '';
  const openings: WordOpening = { alone: '', pairs: new Uint32Array(0x10000 / 32) };
  for (const [n, { latin }] of groups.entries()) {
    if (!latin) {
      alternatives.push(`${leading}(${sources[n]})`);
      leading = '';
      const first = openingCharacters(sources[n]);
      opening = opening === null || first === null ? null : opening + first;
      if (first !== null) addOpenings(sources[n], openings);
    } else if (alternatives.length > 0) alternatives[alternatives.length - 1] += '(?:(?!)())?';
    else leading += '(?:(?!)())?';
  }
  const cjk = new RegExp(alternatives.length > 0 ? alternatives.join('|') : '(?!)', 'g');
  if (opening === null) return { any, cjk, cjkAt: new RegExp(cjk.source, 'y'), opens: null, pairs: openings.pairs };
  // A character that opens a word whatever follows it is 1, one whose word needs a second of the pairs 0.
  const kinds = new Map<number, number>();
  for (let i = 0; i < opening.length; i++) kinds.set(opening.charCodeAt(i), 0);
  for (let i = 0; i < openings.alone.length; i++) kinds.set(openings.alone.charCodeAt(i), 1);
  return { any, cjk, cjkAt: new RegExp(cjk.source, 'y'), opens: codeMap(kinds, -1), pairs: openings.pairs };
}

/** Where the Chinese words of a groupedWords scan may open: characters that open one alone, and pairs of the first two characters of the rest. */
interface WordOpening {
  alone: string;
  /** A bit for each pair's pairIndex (a hash: a superset of the pairs). */
  pairs: Uint32Array;
}

/** `alternative` past the look-arounds it opens with, which take no character; null when one is not closed. */
function pastLookarounds(alternative: string): string | null {
  let rest = alternative;
  while (/^\(\?<?[=!]/.test(rest)) {
    const close = closingParenthesis(rest);
    if (close < 0) return null;
    rest = rest.slice(close + 1);
  }
  return rest;
}

/**
 * The characters a match of `source` (the rest of an alternative, after its first character) may open with, or null when
 * it may open with any: nothing is left (a word of one character), or its first token is optional or not a Chinese
 * character, a class of them or a group of such alternatives.
 */
function nextCharacters(source: string): string | null {
  const rest = pastLookarounds(source);
  if (rest === null || rest === '') return null;
  if (HAN.test(rest)) return QUANTIFIER.test(rest[1] ?? '') ? null : rest[0];
  if (rest.startsWith('[')) {
    const chars = classStarts(rest);
    return chars === null || QUANTIFIER.test(rest[chars.length + 2] ?? '') ? null : chars;
  }
  if (rest.startsWith('(?:')) {
    const close = closingParenthesis(rest);
    return close < 0 || QUANTIFIER.test(rest[close + 1] ?? '') ? null : openingCharacters(rest.slice(3, close));
  }
  return null;
}

/**
 * Adds to `into` where the alternatives of `words` (each opening with the characters openingCharacters reads) may open:
 * the pairs of a first character (or one of a class) and what may follow it, or the first characters alone when what
 * follows may be anything or cannot be told.
 */
function addOpenings(words: string, into: WordOpening): void {
  for (const alternative of alternativesOf(words)) {
    const rest = pastLookarounds(alternative) ?? '';
    let firsts: string | null = null;
    let after = '';
    if (HAN.test(rest) && !QUANTIFIER.test(rest[1] ?? '')) {
      firsts = rest[0];
      after = rest.slice(1);
    } else if (rest.startsWith('[')) {
      firsts = classStarts(rest);
      after = firsts === null || QUANTIFIER.test(rest[firsts.length + 2] ?? '') ? '' : rest.slice(firsts.length + 2);
    }
    const seconds = firsts === null ? null : nextCharacters(after);
    if (firsts === null || seconds === null) {
      into.alone += firsts ?? openingCharacters(alternative) ?? '';
      continue;
    }
    for (let f = 0; f < firsts.length; f++) {
      for (let n = 0; n < seconds.length; n++) {
        const index = pairIndex(firsts.charCodeAt(f), seconds.charCodeAt(n));
        into.pairs[index >>> 5] |= 1 << (index & 31);
      }
    }
  }
}

/** A groupedWords scan: `any` and `cjk` global, and what nextGroupedWord tries the Chinese words with. */
export interface GroupedWords {
  any: RegExp;
  cjk: RegExp;
  /** `cjk`, sticky. */
  cjkAt: RegExp;
  /**
   * The characters a Chinese word opens with, or null when one may open with any (an optional first character): 1 for one
   * that opens a word whatever follows it, 0 for one whose words need a second character of `pairs`; a small hashed map, as
   * a 64 KB table read once a character would leave the caches to the rest of the parse.
   */
  opens: CodeMap | null;
  /** The pairs of a word's first two characters (pairIndex bits), for the characters `opens` gives 0. */
  pairs: Uint32Array;
}

/**
 * The characters a match of an alternation's source may open with, or null when that cannot be told from its first
 * token: each alternative must open (after any look-around) with a Chinese character, a class of them or a group of such
 * alternatives, none of them optional.
 */
function openingCharacters(words: string): string | null {
  let chars = '';
  for (let alternative of alternativesOf(words)) {
    // (?<!負責)對接: a look-around takes no character, the token after it opens the match.
    while (/^\(\?<?[=!]/.test(alternative)) {
      const close = closingParenthesis(alternative);
      if (close < 0) return null;
      alternative = alternative.slice(close + 1);
    }
    let first: string | null = null;
    let rest = 0;
    if (HAN.test(alternative)) {
      first = alternative[0];
      rest = 1;
    } else if (alternative.startsWith('[')) {
      first = classStarts(alternative);
      rest = first === null ? 0 : first.length + 2;
    } else if (alternative.startsWith('(?:')) {
      const close = closingParenthesis(alternative);
      first = close < 0 ? null : openingCharacters(alternative.slice(3, close));
      rest = close + 1;
    }
    // 有?談, [的地]*…: an optional first token lets a match open with what follows it.
    if (first === null || QUANTIFIER.test(alternative[rest] ?? '')) return null;
    chars += first;
  }
  return chars;
}

/** Where the group opening `source` closes, or -1. */
function closingParenthesis(source: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The first word of `words` in `text` at `from` or after that opens before `to`, as a global scan from `from` finds it.
 * A text without English is tried, sticky, only where a Chinese word opens: a table look-up passes the other characters
 * faster than the regex's own scan of a long alternation of Chinese characters does.
 */
export function nextGroupedWord(words: GroupedWords, text: string, latin: boolean, from: number, to: number): RegExpExecArray | null {
  const { opens } = words;
  if (latin || opens === null) {
    const pattern = latin ? words.any : words.cjk;
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    return match !== null && match.index < to ? match : null;
  }
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    const kind = codeValue(opens, code);
    // 開 opens 開工, 開業…, not 開會: a character whose words need a second is tried only before one of theirs.
    if (kind < 0 || (kind === 0 && !inBits(words.pairs, pairIndex(code, codeAt(text, i + 1))))) continue;
    words.cjkAt.lastIndex = i;
    const match = words.cjkAt.exec(text);
    if (match) return match;
  }
  return null;
}
