import { describe, expect, it } from 'vitest';
import { CharCues } from '../../src/domain/char-cues.ts';

describe('CharCues', () => {
  it('tells which cues a text holds, a character of any cue counting for each cue it stands in', () => {
    const cues = new CharCues();
    const signed = cues.cue('签');
    const talks = cues.cue('谈签');
    const place = cues.cue('区县');
    expect(cues.of('已签约')).toBe(signed | talks);
    expect(cues.of('在洽谈中')).toBe(talks);
    expect(cues.of('高新区')).toBe(place);
    expect(cues.of('no cue here')).toBe(0);
    expect(cues.holds('落户高新区', signed | place)).toBe(true);
    expect(cues.holds('落户高新区', signed | talks)).toBe(false);
  });

  it('reads each text afresh, and a cue made after a text was read is seen in it', () => {
    const cues = new CharCues();
    const signed = cues.cue('签');
    expect(cues.holds('已签约', signed)).toBe(true);
    expect(cues.holds('在谈', signed)).toBe(false);
    const talks = cues.cue('谈');
    expect(cues.holds('在谈', talks)).toBe(true);
  });

  it('has 32 cues and says so when asked for another', () => {
    const cues = new CharCues();
    const bits = Array.from({ length: 32 }, (_, n) => cues.cue(String.fromCharCode(0x4e00 + n)));
    expect(new Set(bits).size).toBe(32);
    expect(cues.holds(String.fromCharCode(0x4e00 + 31), bits[31])).toBe(true);
    expect(() => cues.cue('甲')).toThrow(/no bit left/);
  });
});
