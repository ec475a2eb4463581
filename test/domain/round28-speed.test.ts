import { describe, expect, it } from 'vitest';
import { CharCues } from '../../src/domain/char-cues.ts';
import { parseReport } from '../../src/domain/report-parser.ts';

describe('round 28 speed: cue tables read in one shared pass', () => {
  it('gives each table its own cues when several read the same text in turn, in either script', () => {
    const tables = Array.from({ length: 6 }, () => new CharCues());
    const signed = tables.map((t) => t.cue('签簽'));
    const place = tables.map((t, n) => t.cue(n % 2 ? '区' : '區'));
    for (const text of ['已签约落户高新区', '已簽約落戶高新區']) {
      tables.forEach((t, n) => {
        expect(t.holds(text, signed[n])).toBe(true);
        expect(t.of(text)).toBe(signed[n] | (text.includes(n % 2 ? '区' : '區') ? place[n] : 0));
      });
    }
    // Near-miss: a text holding neither cue, read by every table after the one that held both.
    tables.forEach((t, n) => {
      expect(t.holds('在洽谈中', signed[n] | place[n])).toBe(false);
    });
  });

  it('sees a cue made after a text was read, and the empty text holds none', () => {
    const early = new CharCues();
    const later = new CharCues();
    const talks = early.cue('谈');
    expect(early.holds('在谈', talks)).toBe(true);
    const signed = later.cue('签');
    expect(later.holds('在谈', signed)).toBe(false);
    const talked = later.cue('谈');
    expect(later.holds('在谈', talked)).toBe(true);
    expect(early.holds('在谈', talks)).toBe(true);
    expect(later.of('')).toBe(0);
    expect(early.of('')).toBe(0);
    // A table read, then given a cue: the empty text holds none (the table kept the last text's cues for it before).
    const kept = new CharCues();
    const talk = kept.cue('谈');
    expect(kept.holds('在谈', talk)).toBe(true);
    kept.cue('签');
    expect(kept.holds('', talk)).toBe(false);
  });

  it('parses the same as before (a lead in both scripts)', () => {
    for (const text of [
      '浙江商会引荐的新能源电池项目今天正式开工，总投资二十亿元，占地五百亩',
      '浙江商會引薦的新能源電池項目今天正式開工，總投資二十億元，佔地五百畝',
    ]) {
      const read = parseReport(text, { today: '2026-11-29' });
      expect(read.kind).toBe('lead');
      expect(read.investmentYuan).toBe(2_000_000_000);
      expect(read.areaMu).toBe(500);
    }
  });
});
