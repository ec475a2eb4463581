import { describe, expect, it } from 'vitest';
import { isOnlyPlace } from '../../src/domain/place-names.ts';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const parse = (text: string) => parseReport(text, { today });

describe('round 31b: the rest', () => {
  it('reads 地点 with no colon when a place of China follows it directly, up to the clause end', () => {
    expect(parse('宁波汽配项目已签约，投资3亿元。地点鄞州。').location).toBe('鄞州');
    expect(parse('寧波汽配項目已簽約，投資3億元。地點鄞州。').location).toBe('鄞州');
    // Near-misses: no place after the key is no value (the prose reader keeps its own reading).
    expect(parse('宁波汽配项目已签约，投资3亿元。地点还没定。').location).toBe('宁波');
    expect(parse('寧波汽配項目已簽約，投資3億元。地點問題再商量。').location).toBe('寧波');
  });

  it("knows full country names as places (沙特阿拉伯, 蒙古國), not 蒙古 alone, 內蒙古's tail", () => {
    expect(isOnlyPlace('沙特阿拉伯')).toBe(true);
    expect(isOnlyPlace('蒙古国')).toBe(true);
    expect(isOnlyPlace('阿拉伯联合酋长国')).toBe(true);
    expect(isOnlyPlace('蒙古')).toBe(false);
    expect(parse('沙特阿拉伯红海能源公司在钦州投资5亿元，已签约。').company).toBe('红海能源');
    expect(parse('蒙古國草原乳業想在二連浩特投資2億元。').company).toBe('草原乳業');
    expect(parse('內蒙古伊泰化工在鄂爾多斯投資3億元。').company).toBe('伊泰化工');
  });

  it('reads a firm visiting on its day, with no sum, plan or talks, as the visit (an event)', () => {
    const simplified = parse('日本佐藤精机公司12月15日到昆山考察，商会刘秘书长陪同。');
    expect([simplified.kind, simplified.eventType, simplified.company]).toEqual(['event', 'visit', '佐藤精机']);
    const traditional = parse('日本佐藤精機公司12月15日到昆山考察，商會劉秘書長陪同。');
    expect([traditional.kind, traditional.eventType]).toEqual(['event', 'visit']);
    // Near-misses: a plan or a sum of the visitor's makes the lead.
    expect(parse('日本佐藤精机公司12月15日到昆山考察，想建一个工厂。').kind).toBe('lead');
    expect(parse('日本佐藤精機公司12月15日到昆山考察，投資2億元。').kind).toBe('lead');
  });

  it('reads the home county gone back to after 老家 or 家鄉, over the city where the investor works', () => {
    expect(parse('有位李总，在广州做灯具的，想回老家兴宁投3000万建个厂。').location).toBe('兴宁');
    expect(parse('有位李總，在廣州做燈具的，想回老家興寧投3000萬建個廠。').location).toBe('興寧');
    expect(parse('有位李总，在广州做灯具的，想回家乡兴宁建个厂，投3000万。').location).toBe('兴宁');
    // Near-miss: a home said with no plan to go back and set up there leaves the place read.
    expect(parse('有位李总，在广州做灯具的，老家兴宁，投3000万。').location).toBe('广州');
  });
});
