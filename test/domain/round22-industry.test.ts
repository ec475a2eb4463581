import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 22: the trade a report makes plain besides 行業 and 做X的. Made-up sentences. */
const today = '2026-12-06';
const industry = (text: string) => parseReport(text, { today }).industry;

describe('round 22: the trade word that ends the company name', () => {
  it.each([
    ['永順達五金有限公司擬投資3億元，已簽約', '五金'],
    ['永顺达五金有限公司拟投资3亿元，已签约', '五金'],
    ['安捷包装有限公司计划投资2亿元，在谈', '包装'],
    ['童趣玩具的老闆來考察了，想投五千萬', '玩具'],
    ['沈阳蓝天环保科技有限公司拟投资8000万元', '环保'],
    ['瀋陽藍天環保科技有限公司擬投資8000萬元', '環保'],
    // near-misses: a name with no trade, a group, a chamber, sectors a bulletin lists
    ['康達集團來考察了，投資五億', null],
    ['华为公司来了，投资十亿', null],
    ['泉州石材商會下週組織企業來考察', null],
    ['政策涵盖新能源、新材料、生物医药等产业，欢迎投资', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe("round 22: the trade of the project's facility", () => {
  it.each([
    ['港商计划投资3亿建设冷链物流园，已签约', '冷链物流'],
    ['港商計劃投資3億建設冷鏈物流園，已簽約', '冷鏈物流'],
    ['擬投資5億元建設光伏組件生產線，在談', '光伏'],
    ['拟投资5亿元建设光伏组件生产线，在谈', '光伏'],
    ['拟投资2亿元建设石材加工基地，已签约', '石材'],
    // near-misses: biomass is not 生物; a bare building
    ['投资约2亿元的生物质发电项目已签约', '生物质发电'],
    ['拟建标准厂房，投资一亿', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 22: 做X / 做個X工廠 / counted firms of a trade, anywhere in the report', () => {
  it.each([
    ['日本客商合資做汽車線束，投資30億日元', '汽車線束'],
    ['日本客商合资做汽车线束，投资30亿日元', '汽车线束'],
    ['台商在遵義簽約，投資1.5億，做電子元器件', '電子元器件'],
    ['陈总想做个海鲜预制菜工厂，地要30亩', '海鲜预制菜'],
    ['陳總想做個海鮮預製菜工廠，地要30畝', '海鮮預製菜'],
    ['商会组织14家纺织服装企业来考察', '纺织服装'],
    ['商會組織14家紡織服裝企業來考察', '紡織服裝'],
    ['一個做機器人的老闆想來投資', '機器人'],
    ['他们是做汽车零部件的，投资两亿六', '汽车零部件'],
    ['一家家纺企业想来投资', '家纺'],
    // near-misses: 做 as 'do' before a stop; a home town; a product in sales figures
    ['我们做了大量工作，投资三亿的项目签了', null],
    ['要做好服务，投资两亿', null],
    ['他们在做准备，投资一亿', null],
    ['為家鄉做貢獻。投資兩億', null],
    ['他老家是汽配之乡瑞安，投资一亿', null],
    ['该公司去年光伏组件销售额20亿，今年想来投资', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 22: English trade words beside a company or project', () => {
  it.each([
    ['Apex Textile Co., Ltd. plans to invest RMB 200 million in the high-tech zone', 'Textile'],
    ['Lead: a toy maker from Shantou plans to invest RMB 50 million, negotiating', 'toy'],
    ['有个 PCB factory 想来投资 5000万，还在谈', 'PCB'],
    ['德國 Kessler Hardware 公司計劃投資 2000萬歐元', '五金'],
    ['Project: Hilltop Data Center, investment CNY 2.1 billion', 'Data Center'],
    // The Chinese trade word when the report gives one.
    ['Bright Logistics 在建冷链物流园，投资三亿', '冷链物流'],
    // near-misses: a nationality, a committee of the chamber
    ['a German company plans to invest EUR 5 million', null],
    ["The chamber's textile committee met on Monday", null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});
