import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 25: the class of trade writers give for a project, over its owner's name and over the words it is said in. Made-up sentences. */
const today = '2026-12-06';
const industry = (text: string) => parseReport(text, { today }).industry;

describe('round 25: a vehicle and one of its parts is the parts trade', () => {
  it.each([
    ['宁波华翔汽配拟在经开区投资2亿元建设汽车座椅骨架项目，已签约', '汽车零部件'],
    ['寧波華翔汽配擬在經開區投資2億元建設汽車座椅骨架項目，已簽約', '汽車零部件'],
    ['那个新能源汽车电驱壳体项目投资三个亿，还在谈', '汽车零部件'],
    ['那個新能源汽車電驅殼體項目投資三個億，還在談', '汽車零部件'],
    ['郎溪 汽车橡胶件 8000万 洽谈中', '汽车零部件'],
    // near-misses: the vehicle's own trades, a test centre, a meeting, a known part trade kept as said
    ['拟投资3亿元建设汽车检测认证中心，目前已签约', '汽车'],
    ['下周在重庆开智能网联汽车招商会，请了一百家企业', '汽车'],
    ['日本客商山田先生投资30亿日元，合资做汽车线束，已经对接了两轮', '汽车线束'],
    ['那个新能源汽车项目投资二十亿，在谈', '新能源汽车'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 25: a trade however processed, its parts and its works are the trade', () => {
  it.each([
    ['梅州那个茶叶深加工项目昨天签约了，八千万', '茶叶'],
    ['梅州那個茶葉深加工項目昨天簽約了，八千萬', '茶葉'],
    ['之前报的安溪湖头那个光伏组件项目，企业说不来了', '光伏'],
    ['他在幫白城一個風電配套項目牽線，初步規模3個億', '風電'],
    ['广州穗港冷链在秦安县投资建设的果蔬冷链仓储中心已投入运营', '冷链物流'],
    ['廣州穗港冷鏈在秦安縣投資建設的果蔬冷鏈倉儲中心已投入運營', '冷鏈物流'],
    // near-misses: plain processing of a known trade is kept (水產加工); cold storage alone is kept as said
    ['北海那个水产加工今天签了约，总投资八千万', '水产加工'],
    ['浙江鲜丰冷链计划总投资3.3亿元，建设冷链仓储基地，选址平度经开区', '冷链仓储'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 25: skiing, ice and snow', () => {
  it.each([
    ['亚布力那个滑雪场改造，投资方还没吐口，估摸着八千万', '冰雪旅游'],
    ['亞布力那個滑雪場改造，投資方還沒吐口，估摸著八千萬', '冰雪旅遊'],
    ['敦化那個冰雪小鎮，上禮拜簽了框架協議，總投資十二個億', '冰雪旅遊'],
    // near-miss: a known trade made for skiers is that trade
    ['深圳冰峰户外用品拟投资1.5亿元建设滑雪服装生产基地', '滑雪服装'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 25: English trades in a Chinese report, given in Chinese', () => {
  it.each([
    ['揭阳的 Sunrise Hardware 的 deal 已 closed，总投资 9500 万元', '五金'],
    ['揭陽的 Golden Thread Textile 已經 register 了公司，investment 1.2億人民幣', '紡織'],
    ['英國的酒商Thames Wine Group計劃在賀蘭縣投資800萬英鎊建酒莊', '葡萄酒'],
    ['Arctic Cold Chain Ltd.想在黑河自贸区做一个hub，投资2亿', '冷链物流'],
    ['MOU已签 with DHL，项目在郑州航空港，投资RMB 75 million，做cold chain warehouse', '冷链'],
    ['他們對晉江的food processing有興趣，想投5000萬美元', '食品加工'],
    ['Putian秀屿 — wind power blade factory，RMB 900 million，MOU signed', '风电'],
    ['上海一家做SaaS的startup想在莆田高新区设研发中心，budget RMB 75 million', '软件'],
    // near-misses: a report all in English keeps its trade in English; an energy firm is not read as energy
    ['Apex Textile Co. plans to invest RMB 50 million in the zone, still negotiating.', 'Textile'],
    ['Lao Green Energy 要在磨憨 build 一个 solar panel assembly plant，RMB 150 million', '光伏'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});
