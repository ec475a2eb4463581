import { to as openccTo } from 'opencc-js/preset/t2cn';
import { foldedCode, setFoldedCode } from './sticky-scan.ts';

/**
 * Folds a report into one matching alphabet: traditional characters become simplified,
 * full-width digits, letters and punctuation become ASCII, ASCII letters become lower
 * case. Every UTF-16 unit maps to exactly one unit, so an index into the folded text is
 * the same index into the original: the parser matches on the folded text and copies
 * names (companies, people, places) out of the original, in the user's own script.
 *
 * We take OpenCC's character table (TSCharacters) from opencc-js but not its converter:
 * the converter segments phrases (TSPhrases), which can change the length of the text and
 * costs far more per message than a table look-up, and we only need characters to fold
 * alike, not idiomatic simplified text.
 */

const FOLD = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++) FOLD[code] = code;

function loadOpenccCharacters(): void {
  // to.cn is [[TSPhrases, TSCharacters]]: "傳 传|乾 干 乾|…", first candidate wins.
  for (const group of openccTo.cn ?? []) {
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        const space = entry.indexOf(' ');
        if (space !== 1) continue; // phrases and non-BMP characters would change lengths
        const target = entry.charCodeAt(2);
        // Keep the target single-unit as well; skip surrogates.
        if (target >= 0xd800 && target <= 0xdfff) continue;
        if (entry.length > 3 && entry[3] !== ' ') continue;
        FOLD[entry.charCodeAt(0)] = target;
      }
    }
  }
}
loadOpenccCharacters();

// Full-width ASCII (！ to ～) and the ideographic space.
for (let code = 0xff01; code <= 0xff5e; code++) FOLD[code] = code - 0xfee0;
FOLD[0x3000] = 0x20;
for (let code = 0x41; code <= 0x5a; code++) FOLD[code] = code + 0x20;
for (let code = 0xff21; code <= 0xff3a; code++) FOLD[code] = code - 0xfee0 + 0x20;
// Line and paragraph separators, tabs, no-break spaces read as plain white space.
FOLD[0x09] = 0x20;
FOLD[0x0d] = 0x0a;
FOLD[0xa0] = 0x20;
FOLD[0x2028] = 0x0a;
FOLD[0x2029] = 0x0a;
// Variant numerals and quotation marks people paste from documents.
FOLD['〇'.charCodeAt(0)] = '零'.charCodeAt(0);
FOLD['“'.charCodeAt(0)] = 0x22;
FOLD['”'.charCodeAt(0)] = 0x22;
FOLD['‘'.charCodeAt(0)] = 0x27;
FOLD['’'.charCodeAt(0)] = 0x27;
FOLD['【'.charCodeAt(0)] = 0x5b;
FOLD['】'.charCodeAt(0)] = 0x5d;
FOLD['〔'.charCodeAt(0)] = 0x5b;
FOLD['〕'.charCodeAt(0)] = 0x5d;
FOLD['—'.charCodeAt(0)] = 0x2d;
FOLD['–'.charCodeAt(0)] = 0x2d;
FOLD['－'.charCodeAt(0)] = 0x2d;

// The hot passes read the fold beside each unit's code tables (sticky-scan.ts), as the unit xor its fold; FOLD is
// foldPairs' alone.
for (let code = 1; code < 0x10000; code++) if (FOLD[code] !== code) setFoldedCode(code, FOLD[code]);

/** Whether `text` is written in traditional characters: any that folds to another. */
export function isTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff && foldedCode(code) !== code) return true;
  }
  return false;
}

const CHUNK = 4096;

/** The folded text, the same length as `text` (see the module comment). */
export function foldText(text: string): string {
  const length = text.length;
  if (length <= CHUNK) {
    const units = new Array<number>(length);
    for (let i = 0; i < length; i++) units[i] = foldedCode(text.charCodeAt(i));
    return String.fromCharCode.apply(null, units);
  }
  let out = '';
  for (let start = 0; start < length; start += CHUNK) {
    const end = Math.min(length, start + CHUNK);
    const units = new Array<number>(end - start);
    for (let i = start; i < end; i++) units[i - start] = foldedCode(text.charCodeAt(i));
    out += String.fromCharCode.apply(null, units);
  }
  return out;
}

/**
 * Every unit that folds to another, as two strings of equal length (from, to): for Postgres's
 * translate(), so the database folds names the way the bot does (see migration 0009).
 */
export function foldPairs(): { from: string; to: string } {
  let from = '';
  let to = '';
  for (let code = 0; code < 0x10000; code++) {
    if (FOLD[code] === code || (code >= 0xd800 && code <= 0xdfff)) continue;
    from += String.fromCharCode(code);
    to += String.fromCharCode(FOLD[code]);
  }
  return { from, to };
}
