import { afterAll, describe, expect, it } from 'vitest';
import { CharCues, sharedCueTables } from '../../src/domain/char-cues.ts';
import { parseReport } from '../../src/domain/report-parser.ts';
import { foldPairs, foldText } from '../../src/domain/script.ts';
import {
  CODE_BITS,
  CUE_LANES,
  codeByte,
  codeBytes,
  codeTable,
  FOLD_LANE,
  foldedCode,
  inTable,
  orCodeByte,
  roomLeft,
  scratchRoom,
  setCodeByte,
  setFoldedCode,
  wordOpens,
} from '../../src/domain/sticky-scan.ts';

const code = (char: string) => char.charCodeAt(0);

describe('round 29 review (speed): tables made in tests take none of the parser’s room', () => {
  const parserRoom = roomLeft();
  const parserBits = CODE_BITS.slice();
  afterAll(() => {
    expect(roomLeft()).toEqual(parserRoom);
  });

  it('makes a test’s tables in a scratch room, leaving CODE_BITS and its room as the parser left them', () => {
    // The parser's tables leave room (for another module's tables, or a fourth byte table).
    expect(parserRoom.tables).toBeGreaterThan(0);
    expect(parserRoom.bytes).toBeGreaterThanOrEqual(0);
    const room = scratchRoom();
    const places = codeTable('区縣ＡA', room);
    const kinds = codeBytes(room);
    setCodeByte(kinds, code('签'), 5, room);
    orCodeByte(kinds, code('簽'), 6, room);
    for (const char of '区縣ＡA') expect(inTable(places, code(char), room.bits)).toBe(true);
    expect(codeByte(kinds, code('签'), room.bits)).toBe(5);
    expect(codeByte(kinds, code('簽'), room.bits)).toBe(6);
    // Near-miss: the units beside them in the scratch room, and nothing of it in the parser's.
    expect(inTable(places, code('区') + 1, room.bits)).toBe(false);
    expect(codeByte(kinds, code('签') + 1, room.bits)).toBe(0);
    expect(roomLeft()).toEqual(parserRoom);
    expect(roomLeft(room)).toEqual({ tables: 319, bytes: 3 });
    let changed = 0;
    for (let i = 0; i < CODE_BITS.length; i++) if (CODE_BITS[i] !== parserBits[i]) changed++;
    expect(changed).toBe(0);
  });

  it('fills a scratch room as the parser’s would fill: 320 code tables and 4 byte tables, then refuses', () => {
    const room = scratchRoom();
    for (let n = 0; n < 320; n++) codeTable(String.fromCharCode(0x4e00 + n), room);
    expect(() => codeTable('区', room)).toThrow(/no room for another code table/);
    for (let n = 0; n < 4; n++) codeBytes(room);
    expect(() => codeBytes(room)).toThrow(/no room for another byte table/);
    expect(roomLeft(room)).toEqual({ tables: 0, bytes: 0 });
  });
});

describe('round 29 review (speed): the cue lanes are the parser’s cue tables’', () => {
  it('gives the four cue lanes to the first four cue tables, and a later one a table of its own', () => {
    const shared = sharedCueTables();
    expect(shared.map((cues) => cues.lane)).toEqual([0, 1, 2, 3]);
    expect(CUE_LANES).toBe(4);
    const own = new CharCues();
    expect(own.lane).toBe(-1);
  });

  it('reads every shared cue table’s cues without the fold, the byte or the code table bits', () => {
    // The fold beside the cues reads as the fold table itself for every unit: no cue or table bit in its lane.
    const { from, to } = foldPairs();
    const folds = new Map<number, number>();
    for (let i = 0; i < from.length; i++) folds.set(from.charCodeAt(i), to.charCodeAt(i));
    for (let unit = 1; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const folded = folds.get(unit) ?? unit;
      if (foldedCode(unit) !== folded) expect.fail(`unit ${unit.toString(16)} folds to ${foldedCode(unit).toString(16)}, not ${folded.toString(16)}`);
    }
    // A shared cue table reads its own lane: the cues a text holds are those of its characters, in both scripts.
    for (const cues of sharedCueTables()) {
      for (const text of ['已签约落户高新区，总投资三亿元', '已簽約落戶高新區，總投資三億元', 'ＡＢ１２']) {
        let held = 0;
        for (const char of text) held |= cues.of(char);
        expect(cues.of(text)).toBe(held);
      }
    }
  });
});

describe('round 29 review (speed): only code units 1 to 0xFFFF are written', () => {
  it('refuses 0, NaN and numbers that are no code unit in the byte tables, the fold and the cues', () => {
    const room = scratchRoom();
    const kinds = codeBytes(room);
    for (const bad of [0, Number.NaN, -1, 1.5, 0x10000, 0x10000041, 0x10000000]) {
      expect(() => setCodeByte(kinds, bad, 1, room)).toThrow(/no code unit/);
      expect(() => orCodeByte(kinds, bad, 1, room)).toThrow(/no code unit/);
      expect(() => setFoldedCode(bad, 0x41, room.bits)).toThrow(/no code unit/);
    }
    expect(() => setCodeByte(kinds, code('签'), 0x100, room)).toThrow(/no byte/);
    expect(() => setFoldedCode(code('區'), 0, room.bits)).toThrow(/no code unit/);
    expect(() => new CharCues().cue('签\u0000')).toThrow(/U\+0000/);
    // Nothing written for unit 0: a read past a text's end stays 0.
    expect(room.bits.every((word) => word === 0)).toBe(true);
    // Near-misses: the edge units and both scripts and widths are written.
    for (const char of ['\u0001', '\uffff', '签', '簽', 'A', 'Ａ']) {
      setCodeByte(kinds, code(char), 3, room);
      orCodeByte(kinds, code(char), 4, room);
      expect(codeByte(kinds, code(char), room.bits)).toBe(7);
    }
    expect(codeByte(kinds, 0, room.bits)).toBe(0);
  });

  it('writes the fold in the fold lane alone, read back by foldedCode’s arithmetic', () => {
    const room = scratchRoom();
    setFoldedCode(code('區'), code('区'), room.bits);
    setFoldedCode(code('Ａ'), code('a'), room.bits);
    expect(room.bits[code('區') * 16 + FOLD_LANE] ^ code('區')).toBe(code('区'));
    expect(room.bits[code('Ａ') * 16 + FOLD_LANE] ^ code('Ａ')).toBe(code('a'));
    expect(room.bits.reduce((n, word) => n + (word !== 0 ? 1 : 0), 0)).toBe(2);
    // The parser's fold, written the same way, in both scripts and widths; near-miss: a unit that folds to itself.
    expect(foldText('高新區ＡＢ１２')).toBe('高新区ab12');
    expect(foldedCode(code('区'))).toBe(code('区'));
  });
});

describe('round 29 review (speed): an empty set of units takes no table of its own', () => {
  it('shares one empty table among empty code tables and word openings without singles', () => {
    const room = scratchRoom();
    const empty = codeTable('', room);
    expect(codeTable('', room)).toBe(empty);
    const pairsOnly = wordOpens(['产业园', '產業園'], room);
    const morePairs = wordOpens(['园区', '園區'], room);
    expect(pairsOnly.singles).toBe(empty);
    expect(morePairs.singles).toBe(empty);
    expect(roomLeft(room).tables).toBe(319);
    for (const char of '产產园園\uffff') expect(inTable(empty, code(char), room.bits)).toBe(false);
    // Near-miss: a word opening that is a word alone (場, 场) has a table of its own.
    const singles = wordOpens(['场', '場'], room);
    expect(singles.singles).not.toBe(empty);
    expect(inTable(singles.singles, code('场'), room.bits)).toBe(true);
    expect(inTable(singles.singles, code('場'), room.bits)).toBe(true);
    expect(roomLeft(room).tables).toBe(318);
  });

  it('parses the same (a lead in both scripts)', () => {
    for (const text of ['浙江商会对接的新材料产业园项目已签约，总投资三亿元', '浙江商會對接的新材料產業園項目已簽約，總投資三億元']) {
      const read = parseReport(text, { today: '2026-11-29' });
      expect(read.kind).toBe('lead');
      expect(read.investmentYuan).toBe(300_000_000);
    }
  });
});
