/**
 * Scanning for a long alternation only where a match may open. A table look-up passes the positions no word starts
 * at faster than the regex's own scan does, so a hot pattern is tried, sticky, only at the characters its words open with.
 */

/**
 * Every code unit's bits, CODE_STRIDE words a unit: the first CUE_LANES words hold char-cues.ts's shared cue tables,
 * the rest the fold, the byte tables and the code tables (room for 320). The parser is cache-bound: a 64 KB byte table
 * for each of about a hundred sets (6.4 MB) cost a cache line per character per table; here one look-up of a character
 * brings in all its tables' bits, in the 64 bytes whose cue words the cue pass read at the start of the parse.
 */
export const CODE_STRIDE = 16;
const STRIDE_SHIFT = 4;
export const CUE_LANES = 4;
export const CODE_BITS = new Int32Array(0x10000 * CODE_STRIDE);
if (1 << STRIDE_SHIFT !== CODE_STRIDE) throw new Error("sticky-scan: STRIDE_SHIFT is not CODE_STRIDE's");
/**
 * After the cue words, a word of the fold (script.ts: the folded unit xor the unit, 0 for one that folds to itself) and
 * a word of four byte tables (codeBytes): the per-character passes over a text at the start of a parse (the fold, the
 * cue pass, company's features, the date openings) read the same line, and the readers' code tables after them.
 */
export const FOLD_LANE = 4;
const BYTE_LANE = 5;
const FIRST_TABLE_LANE = 6;
if (FOLD_LANE !== CUE_LANES) throw new Error('sticky-scan: the fold lane follows the cue lanes');
/** How many code tables and byte tables there may be in an array of CODE_BITS's layout. */
const TABLE_ROOM = (CODE_STRIDE - FIRST_TABLE_LANE) * 32;
const BYTE_ROOM = 4;

/**
 * An array of CODE_BITS's layout and how many of its tables are made: the parser's (CODE_BITS), or a test's scratch
 * room. A table is never freed, and vitest runs its files in one process (isolate: false), so a test that made tables
 * in CODE_BITS would take the parser's room for the rest of the run: tests make theirs in a `scratchRoom`.
 */
export interface CodeRoom {
  readonly bits: Int32Array;
  tables: number;
  bytes: number;
  /** The table of no code unit, made the first time one is asked for. */
  empty?: CodeTable;
}
const ROOM: CodeRoom = { bits: CODE_BITS, tables: 0, bytes: 0 };

/** An empty room of its own, of CODE_BITS's layout (4 MB): for tests. */
export function scratchRoom(): CodeRoom {
  return { bits: new Int32Array(CODE_BITS.length), tables: 0, bytes: 0 };
}

/** How many more code tables and byte tables `room` (the parser's unless given) has room for. */
export function roomLeft(room: CodeRoom = ROOM): { tables: number; bytes: number } {
  return { tables: TABLE_ROOM - room.tables, bytes: BYTE_ROOM - room.bytes };
}

/**
 * Refuses a code unit a table can't hold: U+0000 stands for a position past a text's end (`codeAt` gives 0, and
 * `NaN << 4` reads unit 0's run too), so a unit written for 0 would be read past the end of every text; a number that
 * is no code unit would write another unit's run, or nothing. Tables are written at module level only: no cost in a parse.
 */
function checkCode(code: number): void {
  if (!Number.isInteger(code) || code < 1 || code > 0xffff) throw new Error(`sticky-scan: ${code} is no code unit a table holds (1 to 0xFFFF)`);
}

/** The fold of `code` (script.ts writes it with setFoldedCode): what the unit reads as in a folded text. */
export function foldedCode(code: number): number {
  return code ^ CODE_BITS[(code << STRIDE_SHIFT) | FOLD_LANE];
}

/** Makes `code` (1 to 0xFFFF) read as `folded` in a folded text (foldedCode); `bits` is CODE_BITS unless a test's. */
export function setFoldedCode(code: number, folded: number, bits: Int32Array = CODE_BITS): void {
  checkCode(code);
  if (!Number.isInteger(folded) || folded < 1 || folded > 0xffff) throw new Error(`sticky-scan: ${folded} is no code unit to fold to`);
  bits[(code << STRIDE_SHIFT) | FOLD_LANE] = folded ^ code;
}

/** A byte for each code unit, 0 until set: one of four in a lane of CODE_BITS (`codeByte` reads it). */
export type CodeBytes = number & { readonly codeBytes: never };

/** A new table of a byte for each code unit, all 0; made at module level only (see CodeRoom). */
export function codeBytes(room: CodeRoom = ROOM): CodeBytes {
  if (room.bytes === BYTE_ROOM) throw new Error('sticky-scan: no room for another byte table; give CODE_BITS another byte lane');
  return (room.bytes++ * 8) as CodeBytes;
}

/** The byte of `code` in `bytes` (0 for 0 and NaN, a position past either end of a text); `bits` as the room's. */
export function codeByte(bytes: CodeBytes, code: number, bits: Int32Array = CODE_BITS): number {
  return (bits[(code << STRIDE_SHIFT) | BYTE_LANE] >>> bytes) & 0xff;
}

/** Sets the byte of `code` (1 to 0xFFFF) in `bytes` to `value` (0 to 255). */
export function setCodeByte(bytes: CodeBytes, code: number, value: number, room: CodeRoom = ROOM): void {
  checkCode(code);
  if (!Number.isInteger(value) || value < 0 || value > 0xff) throw new Error(`sticky-scan: ${value} is no byte`);
  const at = (code << STRIDE_SHIFT) | BYTE_LANE;
  room.bits[at] = (room.bits[at] & ~(0xff << bytes)) | (value << bytes);
}

/** Or's `value` (0 to 255) into the byte of `code` (1 to 0xFFFF) in `bytes`. */
export function orCodeByte(bytes: CodeBytes, code: number, value: number, room: CodeRoom = ROOM): void {
  checkCode(code);
  setCodeByte(bytes, code, codeByte(bytes, code, room.bits) | value, room);
}

/** A set of code units: its bit's number in a code unit's run of CODE_BITS (`inTable` reads it). */
export type CodeTable = number & { readonly codeTable: never };

/**
 * The code table of the code units of `chars` (not U+0000, which stands for a position past a text's end). Tables are
 * made at module level only, never in a parse or a test's body (see CodeRoom); every empty `chars` shares one table.
 */
export function codeTable(chars: string, room: CodeRoom = ROOM): CodeTable {
  if (chars === '' && room.empty !== undefined) return room.empty;
  if (room.tables === TABLE_ROOM) throw new Error('sticky-scan: no room for another code table; raise CODE_STRIDE');
  const table = (FIRST_TABLE_LANE * 32 + room.tables++) as CodeTable;
  const lane = table >>> 5;
  const bit = 1 << (table & 31);
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    if (code === 0) throw new Error('sticky-scan: U+0000 stands for no character and is in no code table');
    room.bits[(code << STRIDE_SHIFT) | lane] |= bit;
  }
  if (chars === '') room.empty = table;
  return table;
}

/** Whether code unit `code` is in `table` (false for 0 and NaN, a position past either end of a text); `bits` as the room's. */
export function inTable(table: CodeTable, code: number, bits: Int32Array = CODE_BITS): boolean {
  return (bits[(code << STRIDE_SHIFT) | (table >>> 5)] & (1 << (table & 31))) !== 0;
}

/** Whether bit `index` of `bits` is set: a set of small numbers (a pair table's hashes) in an eighth of a byte table. */
export function inBits(bits: Uint32Array, index: number): boolean {
  return (bits[index >>> 5] & (1 << (index & 31))) !== 0;
}

/** A bit at the pairIndex of each name's first two code units (every name of two or more): inBits reads it. */
export function pairBits(names: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(0x10000 / 32);
  for (const name of names) {
    const index = pairIndex(name.charCodeAt(0), name.charCodeAt(1));
    bits[index >>> 5] |= 1 << (index & 31);
  }
  return bits;
}

/**
 * The first match of sticky `pattern` in `text` at `from` or after, as a global scan from there finds it, trying the
 * regex only where `opens` says a match may start; null when there is none. A pattern with a branch that opens with
 * any character (any then 業: 桂潤糖業) passes what that branch's second character may be as `seconds`: the regex is
 * tried too where the next character is one of them.
 */
export function nextMatchAt(text: string, pattern: RegExp, opens: CodeTable, from: number, seconds?: CodeTable): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    if (!inTable(opens, text.charCodeAt(i)) && (seconds === undefined || !inTable(seconds, codeAt(text, i + 1)))) continue;
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (match) return match;
  }
  return null;
}

/** Two code units as one number: a set of them tells a character pair at a glance. */
export function codePair(first: number, second: number): number {
  return first * 0x10000 + second;
}

/** Where the pair of code units `first`, `second` falls in a pair table: a hash, so a table holds a superset of its pairs. */
export function pairIndex(first: number, second: number): number {
  return Math.imul((first << 16) | second, 0x9e3779b1) >>> 16;
}

/**
 * Where the words of an alternation may open, finer than their first characters (企業 and 產業 open no trade word, 商會
 * no facility): the pairs of their first two characters, and the characters that are a word alone or open one whose
 * second is not a plain character (場 and its look-behind, 美食街區?).
 */
export interface WordOpens {
  /** A bit for each pair's pairIndex (inBits reads it). */
  pairs: Uint32Array;
  singles: CodeTable;
}

/** The WordOpens of `words`, each a branch of an alternation opening with a plain character (`room` as codeTable's). */
export function wordOpens(words: readonly string[], room: CodeRoom = ROOM): WordOpens {
  const pairs = new Uint32Array(0x10000 / 32);
  let singles = '';
  for (const word of words) {
    const plainSecond = word.length >= 2 && !'()[]{}|\\.?*+^$'.includes(word[1]) && (word.length === 2 || !'?*{'.includes(word[2]));
    if (plainSecond) {
      const index = pairIndex(word.charCodeAt(0), word.charCodeAt(1));
      pairs[index >>> 5] |= 1 << (index & 31);
    } else singles += word[0];
  }
  return { pairs, singles: codeTable(singles, room) };
}

/** The code units `\s` matches, for a table of a class that holds it. */
export const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * A set of code units in a small hashed table (a few hundred bytes, where codeTable's takes 64 KB). The parser is
 * cache-bound: a look-up per character of a text into a 64 KB table, by characters spread over the 20,000 of the CJK
 * block, touches a cache line a character, and after the rest of a parse has run most of those lines are gone from the
 * caches. A per-character scan asks a CodeSet instead (`inCodeSet`): one read, almost always of an empty slot.
 */
export interface CodeSet {
  readonly slots: Uint16Array;
  readonly shift: number;
  readonly mask: number;
}

/** Where `code`'s probe opens in a table of `32 - shift` bits. */
const slotOf = (code: number, shift: number) => Math.imul(code, 0x9e3779b1) >>> shift;

/** The CodeSet of the code units of `chars` (not U+0000, the empty slot's mark), a quarter full at most. */
export function codeSet(chars: string): CodeSet {
  let bits = 4;
  while (1 << bits < chars.length * 4) bits++;
  const slots = new Uint16Array(1 << bits);
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    if (code === 0) throw new Error('codeSet: U+0000 marks an empty slot');
    let slot = slotOf(code, shift);
    while (slots[slot] !== 0 && slots[slot] !== code) slot = (slot + 1) & mask;
    slots[slot] = code;
  }
  return { slots, shift, mask };
}

/** Whether `code` is in `set` (false for NaN, a position past either end of a text). */
export function inCodeSet(set: CodeSet, code: number): boolean {
  const { slots, shift, mask } = set;
  for (let slot = slotOf(code, shift); slots[slot] !== 0; slot = (slot + 1) & mask) if (slots[slot] === code) return true;
  return false;
}

/** A small number for each of a few code units, in a hashed table as a CodeSet's (`codeValue` reads it). */
export interface CodeMap extends CodeSet {
  readonly values: Int8Array;
  /** The value of every other code unit. */
  readonly missing: number;
}

/** The CodeMap of `values` (code unit to a number from -128 to 127), `missing` for the rest. */
export function codeMap(values: ReadonlyMap<number, number>, missing: number): CodeMap {
  const { slots, shift, mask } = codeSet(String.fromCharCode(...values.keys()));
  const table = new Int8Array(slots.length);
  for (const [code, value] of values) {
    let slot = slotOf(code, shift);
    while (slots[slot] !== code) slot = (slot + 1) & mask;
    table[slot] = value;
  }
  return { slots, shift, mask, values: table, missing };
}

/** The value of `code` in `map` (its `missing` for NaN, a position past either end of a text). */
export function codeValue(map: CodeMap, code: number): number {
  const { slots, shift, mask } = map;
  for (let slot = slotOf(code, shift); slots[slot] !== 0; slot = (slot + 1) & mask) if (slots[slot] === code) return map.values[slot];
  return map.missing;
}

/**
 * The code unit at `at` of `text`, 0 before its start or past its end (where `charCodeAt` gives NaN): no table or set
 * here holds 0, so a look-up answers as it would for NaN. A per-character scan reads past the end often (the character
 * after a word or a number); a NaN there turns V8's optimized code to float arithmetic, and scanQuantities ran about
 * three times as long.
 */
export function codeAt(text: string, at: number): number {
  return at >= 0 && at < text.length ? text.charCodeAt(at) : 0;
}

/** Whether `word` stands whole inside text[from, to): text.slice(from, to).includes(word), without the slice. */
export function wordWithin(text: string, word: string, from: number, to: number): boolean {
  const last = Math.min(to, text.length) - word.length;
  const first = word.charCodeAt(0);
  // Bounded: indexOf would search on to the text's end when the word is absent.
  for (let i = Math.max(0, from); i <= last; i++) if (text.charCodeAt(i) === first && text.startsWith(word, i)) return true;
  return false;
}
