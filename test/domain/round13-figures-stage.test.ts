import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 13 (stage, kind, figures and contacts). Every sentence here is made up; none is copied from a
// development set.
const today = '2026-11-29';
const parse = (text: string) => parseReport(text, { today });

describe('round 13: spoken figures run on into the next key', () => {
  it('reads 兩億六 before 用地, 到位, 年納稅 and a dialect particle as the next place down', () => {
    expect(parse('他們那個輪胎廠已經簽了總投資三億四用地九十畝').investmentYuan).toBe(340_000_000);
    expect(parse('他们那个轮胎厂已经投产了总投资一亿六到位资金八千万').investmentYuan).toBe(160_000_000);
    expect(parse('那個罐頭廠已經開工了投資兩億八年納稅預計兩千萬').investmentYuan).toBe(280_000_000);
    expect(parse('上个礼拜跟园区签了约，投资四亿五嘞，搞个物流园').investmentYuan).toBe(450_000_000);
  });
});
