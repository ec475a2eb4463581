import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-05';

describe('round 24: speed', () => {
  it('reads a text parsed again, in either script, as it read it the first time', () => {
    for (const text of ['昨天与深圳华为洽谈，拟投资5000万美元建研发中心', '昨天與深圳華為洽談，擬投資5000萬美元建研發中心']) {
      const first = parseReport(text, { today });
      expect(first.investmentForeign).toEqual({ currency: 'USD', amount: 50_000_000 });
      expect(parseReport(text, { today })).toEqual(first);
    }
  });

  it('gives every caller its own report to change', () => {
    const text = '與深圳華為洽談，擬投資5000萬美元';
    const first = parseReport(text, { today });
    first.company = '改過的';
    if (first.investmentForeign) first.investmentForeign.amount = 1;
    const again = parseReport(text, { today });
    expect(again.company).not.toBe('改過的');
    expect(again.investmentForeign?.amount).toBe(50_000_000);
  });

  it('reads the same text anew on another day', () => {
    expect(parseReport('昨天签约了，投资2亿', { today }).date).toBe('2026-12-04');
    expect(parseReport('昨天簽約了，投資2億', { today: '2026-12-10' }).date).toBe('2026-12-09');
    expect(parseReport('昨天签约了，投资2亿', { today: '2026-12-10' }).date).toBe('2026-12-09');
  });

  it('parses the pieces of a split message as it parses them alone', () => {
    const text = '1、华为投资2亿建研发中心，已签约\n2、比亚迪投资5亿建电池厂，在谈';
    const pieces = splitReports(text, { today });
    const inTurn = pieces.map((piece) => parseReport(piece, { today }));
    // Other texts parsed between: the pieces read alike after the recent texts have moved on.
    for (let n = 0; n < 20; n++) parseReport(`投资${n + 1}亿`, { today });
    expect(pieces.map((piece) => parseReport(piece, { today }))).toEqual(inTurn);
    expect(inTurn.map((report) => report.investmentYuan)).toEqual([200_000_000, 500_000_000]);
  });
});
