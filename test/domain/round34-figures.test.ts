import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const invited = (text: string) => parseReport(text, { today }).invitedEnterprises;

describe('round 34: figures', () => {
  it('reads the count a correction gives, not the one it denies', () => {
    expect(invited('在杭州开的那个座谈会企业数报错了，不是24家，是27家')).toBe(27);
    expect(invited('在杭州開的那個座談會企業數報錯了，不是24家，是27家')).toBe(27);
    expect(invited('上周在深圳开的推介会企业数更正：唔系12家，系14家')).toBe(14);
    expect(invited('上週喺深圳開嘅推介會企業數更正：唔係12家，係14家')).toBe(14);
    expect(invited('昨晚的推介会来了三十几家企业？不对，是35家，签了2个项目')).toBe(35);
    expect(invited('昨晚的推介會來了三十幾家企業？不對，是35家，簽了2個項目')).toBe(35);
    // Near-misses: a count asked about and then confirmed, and a count said with 是 before the one it is not.
    expect(invited('昨晚的推介会来了三十几家企业？对，签了2个项目')).toBe(30);
    expect(invited('昨晚的推介會來了三十幾家企業？對，簽了2個項目')).toBe(30);
    expect(invited('座谈会企业数是24家不是27家')).toBe(24);
    expect(invited('座談會企業數是24家不是27家')).toBe(24);
  });
});
