import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 27: a firm named by a broad class gives way to what its project makes. Made-up sentences. */
const today = '2026-12-07';
const industry = (text: string) => parseReport(text, { today }).industry;

describe('round 27: the project’s product, not the owner’s broad class', () => {
  it.each([
    ['杭州丸山食品有限公司拟投资8000万元建设魔芋深加工项目，洽谈中', '魔芋深加工'],
    ['杭州丸山食品有限公司擬投資8000萬元建設魔芋深加工項目，洽談中', '魔芋深加工'],
    ['成都绿能农业拟投资1.5亿元建设年产10万吨有机肥项目，已签约', '有机肥'],
    ['成都綠能農業擬投資1.5億元建設年產10萬噸有機肥項目，已簽約', '有機肥'],
    ['宁波乐丰电器拟投资2亿元建设小家电产业园，意向', '小家电'],
    ['寧波樂豐電器擬投資2億元建設小家電產業園，意向', '小家電'],
    ['对接成都天味食品，有意在兰考投资1亿元建火锅底料厂', '火锅底料'],
    ['對接成都天味食品，有意在蘭考投資1億元建火鍋底料廠', '火鍋底料'],
    // the owner's brand before the product is the owner's
    ['关于盛华光伏项目：计划投资4.2亿元。联系人：盛华能源 周总', '光伏'],
    // a step said before the plant is not the product
    ['广东美信电器有限公司的小家电生产项目已建成投产，总投资3.5亿元', '小家电'],
    ['廣東美信電器有限公司的小家電生產項目已建成投產，總投資3.5億元', '小家電'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it.each([
    // near-misses: a narrower line is kept (writers keep 紡織, 電子, 玩具)
    ['宏发纺织拟投资1亿元建设高端面料研发中心', '纺织'],
    ['宏發紡織擬投資1億元建設高端面料研發中心', '紡織'],
    ['金鹰玩具拟投资5000万元建设智能玩具生产基地', '玩具'],
    // a kind of the class itself (休閒食品 of a 食品 firm) says no more than the class
    ['金味食品拟投资2亿元建设年产10万吨休闲食品生产基地', '食品'],
    ['金味食品擬投資2億元建設年產10萬噸休閒食品生產基地', '食品'],
    // where the plant is built, not what it makes (Cantonese 起廠: build a plant)
    ['佢哋恒昌食品想喺上海金山起廠，投資大約1.8億', '食品'],
    // sorting moves goods; the owner's class says more
    ['杭州的绿禾农业投资一点二个亿搞那个蔬菜分拣加工中心', '农业'],
    // what the project makes of a line (產業化), not a product
    ['徽岳藥業擬在高新區投資4.5億元建設創新藥產業化項目', '藥業'],
  ])('near-miss: %s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});
