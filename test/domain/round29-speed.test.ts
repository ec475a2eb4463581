import { afterAll, describe, expect, it } from 'vitest';
import { sharedCueTables } from '../../src/domain/char-cues.ts';
import { parseReport } from '../../src/domain/report-parser.ts';
import { foldText } from '../../src/domain/script.ts';
import {
  CUE_LANES,
  codeAt,
  codeByte,
  codeBytes,
  codeTable,
  foldedCode,
  inBits,
  inTable as inCodeBits,
  orCodeByte,
  pairIndex,
  roomLeft,
  scratchRoom,
  setCodeByte,
  type CodeTable,
  wordOpens,
} from '../../src/domain/sticky-scan.ts';

const codes = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

// Tables are never freed and vitest runs the files in one process (isolate: false): this file makes its tables in a
// room of its own, with CODE_BITS's layout, and takes none of the parser's.
const room = scratchRoom();
const inTable = (table: CodeTable, code: number) => inCodeBits(table, code, room.bits);

describe('round 29 speed: code tables as bits of one shared array', () => {
  const parserRoom = roomLeft();
  afterAll(() => {
    expect(roomLeft()).toEqual(parserRoom);
  });

  it('holds its own characters and no other table’s, in either script', () => {
    const simplified = codeTable('区县镇', room);
    const traditional = codeTable('區縣鎮', room);
    for (const code of codes('区县镇')) {
      expect(inTable(simplified, code)).toBe(true);
      expect(inTable(traditional, code)).toBe(false);
    }
    for (const code of codes('區縣鎮')) {
      expect(inTable(traditional, code)).toBe(true);
      expect(inTable(simplified, code)).toBe(false);
    }
    // A traditional text reads the simplified table once folded, as the readers read it.
    expect(codes(foldText('高新區')).some((code) => inTable(simplified, code))).toBe(true);
    // Near-miss: a character beside one held (adjacent codes share a word of the array).
    expect(inTable(simplified, '区'.charCodeAt(0) + 1)).toBe(false);
    expect(inTable(simplified, '区'.charCodeAt(0) - 1)).toBe(false);
  });

  it('answers at the edge codes: 0 and past a text’s end never, 0xFFFF when held', () => {
    const last = codeTable('\uffff', room);
    expect(inTable(last, 0xffff)).toBe(true);
    expect(inTable(last, 0xfffe)).toBe(false);
    expect(inTable(last, 0)).toBe(false);
    const spaces = codeTable(' \u3000', room);
    expect(inTable(spaces, 0)).toBe(false);
    expect(inTable(spaces, Number.NaN)).toBe(false);
    expect(inTable(spaces, codeAt('ab', 5))).toBe(false);
    expect(inTable(spaces, 'ab'.charCodeAt(5))).toBe(false);
    expect(inTable(spaces, 0x3000)).toBe(true);
    expect(() => codeTable('a\u0000', room)).toThrow(/U\+0000/);
  });

  it('holds both code units of a character beyond the BMP, each alone', () => {
    const far = codeTable('𠀀', room); // U+20000: D840 DC00
    expect(inTable(far, 0xd840)).toBe(true);
    expect(inTable(far, 0xdc00)).toBe(true);
    expect(inTable(far, 0xd841)).toBe(false);
    expect(inTable(far, 0xdc01)).toBe(false);
    // Near-miss: another astral character that shares neither unit.
    expect(codes('𡀁').some((code) => inTable(far, code))).toBe(false);
  });

  it('keeps every bit of a word apart: 40 tables of one character each', () => {
    const chars = Array.from({ length: 40 }, (_, n) => String.fromCharCode(0x4e00 + n));
    const tables = chars.map((char) => codeTable(char, room));
    tables.forEach((table, n) => {
      chars.forEach((char, m) => {
        expect(inTable(table, char.charCodeAt(0))).toBe(n === m);
      });
    });
    // Each table in its own bit, including a word's sign bit.
    expect(new Set(tables).size).toBe(40);
  });

  it('shares the array with the cue tables without their bits meeting', () => {
    // The parser's cue tables (or a test's made before the parser loaded) hold the four cue lanes, in order.
    expect(sharedCueTables().map((cues) => cues.lane)).toEqual(Array.from({ length: CUE_LANES }, (_, n) => n));
    // Tables over every code unit, in bits of every table lane: no bit in a cue lane.
    const full = scratchRoom();
    const every = String.fromCharCode(...Array.from({ length: 0xffff }, (_, n) => n + 1));
    for (let n = 0; n < 320; n++) codeTable(n % 32 === 0 || n % 32 === 31 ? every : '谈', full);
    for (let code = 0; code < 0x10000; code++)
      for (let lane = 0; lane < CUE_LANES; lane++) if (full.bits[code * 16 + lane] !== 0) expect.fail(`cue lane ${lane} of ${code}`);
    expect(full.bits['签'.charCodeAt(0) * 16 + 15]).toBe((1 << 31) | 1);
    expect(full.bits['谈'.charCodeAt(0) * 16 + 15]).toBe(-1);
  });

  it('keeps the pairs of a word opening as bits', () => {
    const opens = wordOpens(['产业园', '园区', '场'], room);
    const pair = (a: string, b: string) => pairIndex(a.charCodeAt(0), b.charCodeAt(0));
    expect(inBits(opens.pairs, pair('产', '业'))).toBe(true);
    expect(inBits(opens.pairs, pair('园', '区'))).toBe(true);
    expect(inBits(opens.pairs, pair('區', '園'))).toBe(false);
    expect(inTable(opens.singles, '场'.charCodeAt(0))).toBe(true);
    expect(inTable(opens.singles, '产'.charCodeAt(0))).toBe(false);
    expect(inBits(opens.pairs, 0)).toBe(false);
    expect(inBits(opens.pairs, 0xffff)).toBe(false);
  });

  it('reads the fold beside the tables, in either script and width', () => {
    expect(String.fromCharCode(...codes('高新區簽約').map(foldedCode))).toBe('高新区签约');
    expect(String.fromCharCode(...codes('高新区签约').map(foldedCode))).toBe('高新区签约');
    expect(foldText('ＡＢ１２，：')).toBe('ab12,:');
    expect(foldedCode(0)).toBe(0);
    expect(foldedCode(0xffff)).toBe(0xffff);
    // A surrogate pair folds to itself, unit by unit.
    expect(foldText('𠀀區')).toBe('𠀀区');
  });

  it('keeps four byte tables apart in one word, each code unit its own byte', () => {
    const bytes = scratchRoom();
    const all = [codeBytes(bytes), codeBytes(bytes), codeBytes(bytes), codeBytes(bytes)];
    const read = (table: (typeof all)[number], code: number) => codeByte(table, code, bytes.bits);
    const [kinds, ...others] = all;
    expect(read(kinds, '一'.charCodeAt(0))).toBe(0);
    setCodeByte(kinds, '一'.charCodeAt(0), 0xff, bytes);
    orCodeByte(kinds, '二'.charCodeAt(0), 2, bytes);
    orCodeByte(kinds, '二'.charCodeAt(0), 4, bytes);
    expect(read(kinds, '一'.charCodeAt(0))).toBe(0xff);
    expect(read(kinds, '二'.charCodeAt(0))).toBe(6);
    setCodeByte(kinds, '一'.charCodeAt(0), 3, bytes);
    expect(read(kinds, '一'.charCodeAt(0))).toBe(3);
    // Each of the other three its own byte of the same word, the sign byte included.
    others.forEach((table, n) => {
      setCodeByte(table, '一'.charCodeAt(0), 0x80 + n, bytes);
    });
    expect(read(kinds, '一'.charCodeAt(0))).toBe(3);
    others.forEach((table, n) => {
      expect(read(table, '一'.charCodeAt(0))).toBe(0x80 + n);
    });
    // Near-misses: the codes beside them, the edge codes, past a text's end, and the fold of the same units.
    expect(read(kinds, '一'.charCodeAt(0) + 1)).toBe(0);
    expect(read(kinds, 0)).toBe(0);
    expect(read(kinds, 0xffff)).toBe(0);
    expect(read(kinds, '一'.charCodeAt(5))).toBe(0);
    setCodeByte(kinds, 0xffff, 9, bytes);
    expect(read(kinds, 0xffff)).toBe(9);
    expect(bytes.bits[0xffff * 16 + 4]).toBe(0);
    expect(() => codeBytes(bytes)).toThrow(/no room/);
  });

  it('parses the same (a lead in both scripts)', () => {
    for (const text of [
      '湖南商会对接的长沙新材料产业园项目已签约落户高新区，总投资三亿元',
      '湖南商會對接的長沙新材料產業園項目已簽約落戶高新區，總投資三億元',
    ]) {
      const read = parseReport(text, { today: '2026-11-29' });
      expect(read.kind).toBe('lead');
      expect(read.investmentYuan).toBe(300_000_000);
    }
  });
});
