import { describe, expect, it } from 'vitest';
import { readNumeral } from '../../src/domain/numerals.ts';
import { parseReport } from '../../src/domain/report-parser.ts';
import { foldText } from '../../src/domain/script.ts';

/** The review of round 28: weekdays of events, a company's own tax, a clock time's minutes. Made-up sentences. */
const read = (text: string, today: string) => parseReport(text, { today });
const SUNDAY = '2026-12-06';
const MONDAY = '2026-12-07';

describe('round 28 review: a bare weekday past this week', () => {
  it('is yesterday when it was yesterday, event or not', () => {
    expect(read('周六带队去海口考察，参观三家企业，洽谈合作', SUNDAY).date).toBe('2026-12-05');
    expect(read('週六帶隊去海口考察，參觀三家企業，洽談合作', SUNDAY).date).toBe('2026-12-05');
    expect(read('周二去海口考察，王总一起', '2026-12-09').date).toBe('2026-12-08');
    expect(read('週二去海口考察，王總一起', '2026-12-09').date).toBe('2026-12-08');
  });
  it('stays this week’s when the sentence tells what came of it', () => {
    expect(read('周五会长带队去宁波考察，走访5家会员企业，达成初步合作意向', SUNDAY).date).toBe('2026-12-04');
    expect(read('週五會長帶隊去寧波考察，走訪5家會員企業，達成初步合作意向', SUNDAY).date).toBe('2026-12-04');
    expect(read('周二在三亚开推介会，邀请40家企业，签约3个项目', SUNDAY).date).toBe('2026-12-01');
    expect(read('週二在三亞開推介會，邀請40家企業，簽約3個項目', SUNDAY).date).toBe('2026-12-01');
  });
  it('is the next one when what comes of it is planned (near-misses)', () => {
    expect(read('周五会长带队去宁波考察，要走访5家会员企业', SUNDAY).date).toBe('2026-12-11');
    expect(read('週五會長帶隊去寧波考察，要走訪5家會員企業', SUNDAY).date).toBe('2026-12-11');
    expect(read('周二去海口考察，计划参观三家企业', SUNDAY).date).toBe('2026-12-08');
    expect(read('週二去海口考察，計劃參觀三家企業', SUNDAY).date).toBe('2026-12-08');
    expect(read('周二去海口考察，谈完了', SUNDAY).date).toBe('2026-12-01');
    expect(read('週二去海口考察，談完了', SUNDAY).date).toBe('2026-12-01');
  });
  it('is the next one when its 完 is a sequence to come (談完就簽)', () => {
    expect(read('周二去海口考察，谈完就签', SUNDAY).date).toBe('2026-12-08');
    expect(read('週二去海口考察，談完就簽', SUNDAY).date).toBe('2026-12-08');
  });
});

describe('round 28 review: a weekday with its calendar day in brackets', () => {
  it('is the day written with 月 whatever the weekday', () => {
    expect(read('周三（12月10日）在会展中心举办推介会', MONDAY).date).toBe('2026-12-10');
    expect(read('週三（12月10日）在會展中心舉辦推介會', MONDAY).date).toBe('2026-12-10');
    expect(read('下周三（12月10日）在会展中心举办推介会', MONDAY).date).toBe('2026-12-10');
    expect(read('下週三（12月10日）在會展中心舉辦推介會', MONDAY).date).toBe('2026-12-10');
  });
  it('keeps the weekday when a month/day written with a slash falls on another (near-miss)', () => {
    expect(read('周三（12/10）在会展中心举办推介会', MONDAY).date).toBe('2026-12-09');
    expect(read('週三（12/10）在會展中心舉辦推介會', MONDAY).date).toBe('2026-12-09');
    expect(read('周四（12/10）在会展中心举办推介会', MONDAY).date).toBe('2026-12-10');
    expect(read('週四（12/10）在會展中心舉辦推介會', MONDAY).date).toBe('2026-12-10');
  });
});

describe('round 28 review: what says the accounts are a project’s is a whole word', () => {
  it('leaves the company’s own tax out beside 可口可樂 or 將近', () => {
    expect(read('泰隆阀门是可口可乐供应商，年产值12亿，年纳税8000万，阀门行业前十', MONDAY).taxYuan).toBeNull();
    expect(read('泰隆閥門是可口可樂供應商，年產值12億，年納稅8000萬，閥門行業前十', MONDAY).taxYuan).toBeNull();
    expect(read('泰隆阀门员工将近千人，年产值12亿，年纳税8000万，阀门行业前十', MONDAY).taxYuan).toBeNull();
    expect(read('泰隆閥門員工將近千人，年產值12億，年納稅8000萬，閥門行業前十', MONDAY).taxYuan).toBeNull();
  });
  it('keeps a tax to come (near-misses)', () => {
    expect(read('泰隆阀门将实现年产值12亿，年纳税8000万，阀门行业前十', MONDAY).taxYuan).toBe(80_000_000);
    expect(read('泰隆閥門將實現年產值12億，年納稅8000萬，閥門行業前十', MONDAY).taxYuan).toBe(80_000_000);
    expect(read('可实现年产值5亿元，年纳税2000万元，解决就业300人', MONDAY).taxYuan).toBe(20_000_000);
    expect(read('可實現年產值5億元，年納稅2000萬元，解決就業300人', MONDAY).taxYuan).toBe(20_000_000);
  });
});

describe('round 28 review: a decimal after a lone 十', () => {
  const value = (text: string) => {
    const numeral = readNumeral(foldText(text), 0);
    return numeral && Number(numeral.scaled) / 10 ** numeral.decimals;
  };
  it('is not read before the minutes of a clock time', () => {
    expect(value('十点五分开会')).toBe(10);
    expect(value('十點五分開會')).toBe(10);
    expect(value('十二点五分开会')).toBe(12);
    expect(value('十二點五分開會')).toBe(12);
  });
  it('is read before a unit or a place (near-misses)', () => {
    expect(value('十点五个亿')).toBe(1_050_000_000);
    expect(value('十點五個億')).toBe(1_050_000_000);
    expect(read('占地十点五亩，投资两亿', MONDAY).areaMu).toBe(10.5);
    expect(read('佔地十點五畝，投資兩億', MONDAY).areaMu).toBe(10.5);
  });
});
