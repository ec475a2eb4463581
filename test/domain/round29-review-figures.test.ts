import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';

describe('round 29 review: a sum before 對賭 is a wager, not the investment', () => {
  it.each(['签了三千万对赌协议', '簽了三千萬對賭協議'])('%s reads no investment', (text) => {
    expect(parseReport(text, { today }).investmentYuan).toBeNull();
  });

  it.each(['投资三千万对我们很重要', '投資三千萬對我們很重要'])('near-miss: %s still reads 30,000,000', (text) => {
    expect(parseReport(text, { today }).investmentYuan).toBe(30_000_000);
  });
});
