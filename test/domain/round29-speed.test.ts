import { describe, expect, it } from 'vitest';
import { CharCues } from '../../src/domain/char-cues.ts';
import { parseReport } from '../../src/domain/report-parser.ts';
import { foldText } from '../../src/domain/script.ts';
import {
  codeAt,
  codeByte,
  codeBytes,
  codeTable,
  foldedCode,
  inBits,
  inTable,
  orCodeByte,
  pairIndex,
  setCodeByte,
  wordOpens,
} from '../../src/domain/sticky-scan.ts';

const codes = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe('round 29 speed: code tables as bits of one shared array', () => {
  it('holds its own characters and no other table’s, in either script', () => {
    const simplified = codeTable('区县镇');
    const traditional = codeTable('區縣鎮');
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
    const last = codeTable('\uffff');
    expect(inTable(last, 0xffff)).toBe(true);
    expect(inTable(last, 0xfffe)).toBe(false);
    expect(inTable(last, 0)).toBe(false);
    const spaces = codeTable(' \u3000');
    expect(inTable(spaces, 0)).toBe(false);
    expect(inTable(spaces, Number.NaN)).toBe(false);
    expect(inTable(spaces, codeAt('ab', 5))).toBe(false);
    expect(inTable(spaces, 'ab'.charCodeAt(5))).toBe(false);
    expect(inTable(spaces, 0x3000)).toBe(true);
    expect(() => codeTable('a\u0000')).toThrow(/U\+0000/);
  });

  it('holds both code units of a character beyond the BMP, each alone', () => {
    const far = codeTable('𠀀'); // U+20000: D840 DC00
    expect(inTable(far, 0xd840)).toBe(true);
    expect(inTable(far, 0xdc00)).toBe(true);
    expect(inTable(far, 0xd841)).toBe(false);
    expect(inTable(far, 0xdc01)).toBe(false);
    // Near-miss: another astral character that shares neither unit.
    expect(codes('𡀁').some((code) => inTable(far, code))).toBe(false);
  });

  it('keeps every bit of a word apart: 40 tables of one character each', () => {
    const chars = Array.from({ length: 40 }, (_, n) => String.fromCharCode(0x4e00 + n));
    const tables = chars.map((char) => codeTable(char));
    tables.forEach((table, n) => {
      chars.forEach((char, m) => {
        expect(inTable(table, char.charCodeAt(0))).toBe(n === m);
      });
    });
    // Each table in its own bit, including a word's sign bit.
    expect(new Set(tables).size).toBe(40);
  });

  it('shares the array with the cue tables without their bits meeting', () => {
    const cues = new CharCues();
    const signed = cues.cue('签');
    const table = codeTable('谈');
    expect(cues.holds('在谈', signed)).toBe(false);
    expect(cues.holds('已签约', signed)).toBe(true);
    expect(inTable(table, '签'.charCodeAt(0))).toBe(false);
    expect(inTable(table, '谈'.charCodeAt(0))).toBe(true);
  });

  it('keeps the pairs of a word opening as bits', () => {
    const opens = wordOpens(['产业园', '园区', '场']);
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
    const kinds = codeBytes();
    expect(codeByte(kinds, '一'.charCodeAt(0))).toBe(0);
    setCodeByte(kinds, '一'.charCodeAt(0), 0xff);
    orCodeByte(kinds, '二'.charCodeAt(0), 2);
    orCodeByte(kinds, '二'.charCodeAt(0), 4);
    expect(codeByte(kinds, '一'.charCodeAt(0))).toBe(0xff);
    expect(codeByte(kinds, '二'.charCodeAt(0))).toBe(6);
    setCodeByte(kinds, '一'.charCodeAt(0), 3);
    expect(codeByte(kinds, '一'.charCodeAt(0))).toBe(3);
    // Near-misses: the codes beside them, the edge codes, past a text's end, and the fold of the same units.
    expect(codeByte(kinds, '一'.charCodeAt(0) + 1)).toBe(0);
    expect(codeByte(kinds, 0)).toBe(0);
    expect(codeByte(kinds, 0xffff)).toBe(0);
    expect(codeByte(kinds, '一'.charCodeAt(5))).toBe(0);
    expect(foldedCode('一'.charCodeAt(0))).toBe('一'.charCodeAt(0));
    setCodeByte(kinds, 0xffff, 9);
    expect(codeByte(kinds, 0xffff)).toBe(9);
    expect(foldedCode(0xffff)).toBe(0xffff);
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
