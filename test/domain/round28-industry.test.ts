import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 28: kinds of food and of material as trades of their own, crops opening with 大. Made-up sentences. */
const today = '2026-12-07';
const read = (text: string) => parseReport(text, { today });
const industry = (text: string) => read(text).industry;

describe('round 28: a kind of food is its own trade, not the 食品 it ends with', () => {
  it.each([
    ['宁夏回乡人马总拟在吴忠投资1.2亿元建清真食品出口加工厂，洽谈中', '清真食品'],
    ['寧夏回鄉人馬總擬在吳忠投資1.2億元建清真食品出口加工廠，洽談中', '清真食品'],
    ['本会在深圳举办怒江州绿色食品推介会，邀请企业30家', '绿色食品'],
    ['本會在深圳舉辦怒江州綠色食品推介會，邀請企業30家', '綠色食品'],
    ['拟在东营投资3亿元建设海洋食品精深加工项目，已签框架协议', '海洋食品'],
    ['擬在東營投資3億元建設海洋食品精深加工項目，已簽框架協議', '海洋食品'],
    ['台商拟投资5000万元建人参保健食品厂，在谈', '保健食品'],
    ['台商擬投資5000萬元建人參保健食品廠，在談', '保健食品'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it.each([
    // near-misses: food said alone stays food
    ['成都某食品企业拟在郫都投资8000万元，在谈', '食品'],
    ['成都某食品企業擬在郫都投資8000萬元，在談', '食品'],
    // a kind of the class made by a firm of the class: the owner's class, as round 27 left it
    ['金味食品擬投資2億元建設年產10萬噸休閒食品生產基地', '食品'],
  ])('%s → %s (near-miss)', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 28: a material named by what it is for or made of', () => {
  it.each([
    ['盂县那个耐火材料项目，投资2.8亿，已签约', '耐火材料'],
    ['盂縣那個耐火材料項目，投資2.8億，已簽約', '耐火材料'],
    ['项目：在宜宾建设负极材料生产线，投资6亿元', '负极材料'],
    ['項目：在宜賓建設負極材料生產線，投資6億元', '負極材料'],
    ['企业是天津恒瑞保温材料，投资2.2亿，已开工', '保温材料'],
    ['企業是天津恆瑞保溫材料，投資2.2億，已開工', '保溫材料'],
    ['有个老板在宁波做高分子材料，想去乐平设厂，投资一亿二', '高分子材料'],
    ['有個老闆在寧波做高分子材料，想去樂平設廠，投資一億二', '高分子材料'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it.each([
    // near-misses: a firm's 材料 with no kind before it names no trade; 新材料 is read as before
    ['宁波恒瑞材料拟在乐平投资1亿元，在谈', null],
    ['寧波恆瑞材料擬在樂平投資1億元，在談', null],
    ['宁德那个新材料项目已签约，投资5亿', '新材料'],
  ])('%s → %s (near-miss)', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it('how the project is owned (合資, 獨資) is not part of its name', () => {
    expect(read('德国客商在寿阳的耐火材料合资项目，外方出资1500万欧元。').project).toBe('耐火材料');
    expect(read('德國客商在壽陽的耐火材料合資項目，外方出資1500萬歐元。').project).toBe('耐火材料');
    // near-miss: a joint venture named by nothing else names no project
    expect(read('在寿阳的中德合资项目已签约，投资1亿。').project).toBeNull();
  });
});

describe('round 28: 大 opens a crop (大米, 大豆), not only a complement', () => {
  it.each([
    ['金穗米业这次计划追加投资8000万元，新上一条大米精加工生产线', '大米精加工'],
    ['金穗米業這次計劃追加投資8000萬元，新上一條大米精加工生產線', '大米精加工'],
    ['王总想在讷河投一个大豆深加工，规模五千万', '大豆深加工'],
    ['王總想在訥河投一個大豆深加工，規模五千萬', '大豆深加工'],
    ['美国一家公司拟投资2000万美元在绥化建大豆蛋白工厂，在谈', '大豆蛋白'],
    ['美國一家公司擬投資2000萬美元在綏化建大豆蛋白工廠，在談', '大豆蛋白'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it.each([
    // near-misses: 做大做強 and 大型 are no crop
    ['我们要把这个做大做强，投资3亿', null],
    ['我們要把這個做大做強，投資3億', null],
    ['一家大型企业拟投资3亿元，在谈', null],
  ])('%s → %s (near-miss)', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 28: an English trade in Chinese text has its Chinese trade', () => {
  it.each([
    ['定西那个 potato starch 项目还在谈，投资1亿', '马铃薯淀粉'],
    ['定西那個 potato starch 項目還在談，投資1億', '馬鈴薯澱粉'],
    ['Kazakh investor 的 ferroalloy plant 已经投产，投资5亿', '铁合金'],
    ['Kazakh investor 的 ferroalloy plant 已經投產，投資5億', '鐵合金'],
    ['温州那个 elderly care 项目，budget 1500万', '养老'],
    ['溫州那個 elderly care 項目，budget 1500萬', '養老'],
    ['Apex Battery Tech 跟玉溪还在谈，投资12亿', '电池'],
    ['Apex Battery Tech 跟玉溪還在談，投資12億', '電池'],
    ['琼海的 wellness resort 已经开工，投资2.6亿', '康养'],
    ['瓊海的 wellness resort 已經開工，投資2.6億', '康養'],
    ['遵义 data annotation center 已经签了，投资8000万', '数据标注'],
    ['額爾古納的 dairy farm project 已簽約，投資2.8億', '奶牛養殖'],
    // tea is kept in English by writers: the next trade said is read
    ['安溪的 Tea Valley Resort 项目，investor 是一家 hospitality group，投资4亿', '酒店'],
    // a resort with no trade named with it is tourism
    ['白山那个 spa resort 项目，CAPEX 3.5亿', '文旅'],
    ['白山那個 spa resort 項目，CAPEX 3.5億', '文旅'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it.each([
    // near-misses: a trade named with the resort wins over it, even after a firm called Resorts
    ['Snow Peak Resorts 想在亚布力搞个 ski resort 升级', '冰雪旅游'],
    ['Snow Peak Resorts 想在亞布力搞個 ski resort 升級', '冰雪旅遊'],
    // the longer phrase it opens keeps its own trade
    ['那个 EV battery recycling 的 lead，投资8000万', '电池回收'],
    ['那個 EV battery recycling 的 lead，投資8000萬', '電池回收'],
    // a report all in English keeps no Chinese trade
    ['Apex Battery Tech is negotiating a new plant in Yuxi.', null],
  ])('%s → %s (near-miss)', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 28: energy, chemical, logistics and farming lines named whole', () => {
  it.each([
    ['明天在天津开个榆林煤化工推介会，请了四十来家企业', '煤化工'],
    ['明天在天津開個榆林煤化工推介會，請了四十來家企業', '煤化工'],
    ['今天在鄂尔多斯召开能源化工项目洽谈会，与会企业二十七家', '能源化工'],
    ['有个台湾老板要到秀屿区搞海上风电配套，讲要投十个亿', '海上风电'],
    ['有個台灣老闆要到秀嶼區搞海上風電配套，講要投十個億', '海上風電'],
    ['仙游县签订抽水蓄能配套产业园项目合同，总投资20亿元', '抽水蓄能'],
    ['張掖高台 光熱發電 投12億 簽了', '光熱'],
    ['12月11日（周五）赴天津考察保税物流', '保税物流'],
    ['臨沂蘭山區電商直播基地，投資6000萬，已簽約', '電商直播'],
    ['新加坡的老乡想拿2000万新币回潍坊做有机农业，初步意向', '有机农业'],
    ['新加坡的老鄉想拿2000萬新幣回濰坊做有機農業，初步意向', '有機農業'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it.each([
    // near-misses: the shorter line said alone is read as before
    ['明天在天津开个化工推介会，请了四十来家企业', '化工'],
    ['那个风电配套项目，投资3亿，在谈', '风电'],
    ['那個風電配套項目，投資3億，在談', '風電'],
    ['杭州那个农业项目，投资5000万，在谈', '农业'],
  ])('%s → %s (near-miss)', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});
