import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 24: what opens and frames a project's name. Made-up sentences, each in both scripts, and near-misses. */
const today = '2026-12-06';
const project = (text: string) => parseReport(text, { today }).project;

describe('round 24 project: the rest of a sum, a currency and the verb that builds open no name', () => {
  it.each([
    ['宏达集团计划在开发区投资二十个亿建冷链物流园，还在谈', '冷链物流园'],
    ['宏達集團計劃在開發區投資二十個億建冷鏈物流園，還在談', '冷鏈物流園'],
    ['台商林董说要在高新区投资新台币五亿盖晶圆测试厂，评估中', '晶圆测试厂'],
    ['台商林董說要在高新區投資新台幣五億蓋晶圓測試廠，評估中', '晶圓測試廠'],
    ['海辰集团在北海铁山港开建电子材料项目，总投资3.5亿', '电子材料'],
    ['海辰集團在北海鐵山港開建電子材料項目，總投資3.5億', '電子材料'],
    ['对接人是王总，项目是在眉县建猕猴桃冷链仓，投资8000万，在谈', '猕猴桃冷链仓'],
    ['對接人是王總，項目是在眉縣建獼猴桃冷鏈倉，投資8000萬，在談', '獼猴桃冷鏈倉'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });

  it.each([
    // A county's short name opens its products' names; a capacity's 萬 is no sum.
    ['普洱茶精制加工厂，1.1亿，已签约', '普洱茶精制加工厂'],
    ['普洱茶精製加工廠，1.1億，已簽約', '普洱茶精製加工廠'],
    ['新建年产5万吨冷库项目，投资1亿，在谈', '年产5万吨冷库'],
    ['新建年產5萬噸冷庫項目，投資1億，在談', '年產5萬噸冷庫'],
  ])('%s keeps %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 24 project: 的 after a place, 叫什麼 and a visit’s 看 open no name', () => {
  it.each([
    ['项目：鹏程建材在青石镇的商砼搅拌站，已动工，投资3000万', '商砼搅拌站'],
    ['項目：鵬程建材在青石鎮的商砼攪拌站，已動工，投資3000萬', '商砼攪拌站'],
    ['他们这次来是看锂电隔膜项目，意向投资5亿', '锂电隔膜'],
    ['他們這次來是看鋰電隔膜項目，意向投資5億', '鋰電隔膜'],
    ['台湾的陈董说要投资一个叫什么精密模具的项目，十个亿左右，初步意向', '精密模具'],
    ['台灣的陳董說要投資一個叫什麼精密模具的項目，十個億左右，初步意向', '精密模具'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 24 project: 新 before 項目 says a project is new', () => {
  it.each([
    ['华东生物有限公司疫苗产业园项目已签约，投资5亿。这次承诺新项目达产后年税收不低于2000万', '疫苗产业园'],
    ['華東生物有限公司疫苗產業園項目已簽約，投資5億。這次承諾新項目達產後年稅收不低於2000萬', '疫苗產業園'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 24 project: spoken frames (the matter of X, X的那個項目, 有個 X 的項目)', () => {
  it.each([
    ['那个洛阳的那个轴承配件嘞事儿，对方说先拿30亩地，总投资1.6亿', '轴承配件'],
    ['那個洛陽的那個軸承配件嘞事兒，對方說先拿30畝地，總投資1.6億', '軸承配件'],
    ['黑土优品那个杂粮加工的事儿，年前过来签，投资八千万', '杂粮加工'],
    ['黑土優品那個雜糧加工的事兒，年前過來簽，投資八千萬', '雜糧加工'],
    ['嗯那个冷链的那个项目啊 投资大概是 五千万 还在谈', '冷链'],
    ['嗯那個冷鏈的那個項目啊 投資大概是 五千萬 還在談', '冷鏈'],
    ['嗯 就是说 那边 有个 光伏支架 的项目 投资大概 两个亿 还在接触', '光伏支架'],
    ['嗯 就是說 那邊 有個 光伏支架 的項目 投資大概 兩個億 還在接觸', '光伏支架'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });

  it.each([
    // What was said, a sector after 有個, and a firm before 的那個項目 name no project.
    ['上周报的那个项目原本说投5000万，现在先投一期3000万', null],
    ['上週報的那個項目原本說投5000萬，現在先投一期3000萬', null],
    ['有个医疗的项目，豫康医药要在产业园搞个原料药生产线项目，投资1.6亿，还在谈', '原料药生产线'],
    ['有個醫療的項目，豫康醫藥要在產業園搞個原料藥生產線項目，投資1.6億，還在談', '原料藥生產線'],
    ['新宇科技的那个项目已经开工了，总投资十二亿', null],
    ['新宇科技的那個項目已經開工了，總投資十二億', null],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 24 project: a keyed name set right, and project 是 in mixed text', () => {
  it.each([
    ['更正：【项目名称】应为「年产5万吨饲料生产线」，不是3万吨。投资额2亿不变', '年产5万吨饲料生产线'],
    ['更正：【項目名稱】應為「年產5萬噸飼料生產線」，不是3萬噸。投資額2億不變', '年產5萬噸飼料生產線'],
    ['Horizon Pharma 对我们化工园 interested，project 是 API 中间体，budget RMB 300 million，early stage', 'API 中间体'],
    ['Horizon Pharma 對我們化工園 interested，project 是 API 中間體，budget RMB 300 million，early stage', 'API 中間體'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 24 project: places, people and premises are no project', () => {
  it.each([
    ['有人问肥东那个项目落地没？落了！投资3亿，做汽车座椅', '汽车座椅'],
    ['有人問肥東那個項目落地沒？落了！投資3億，做汽車座椅', '汽車座椅'],
    ['港商陈生项目总投资5000万港元，平远陶瓷深加工，已开工', '陶瓷深加工'],
    ['港商陳生項目總投資5000萬港元，平遠陶瓷深加工，已開工', '陶瓷深加工'],
    ['庐江那个做光伏支架的吴老板，人家意思是先租厂房，投资一千来万', '光伏支架'],
    ['廬江那個做光伏支架的吳老闆，人家意思是先租廠房，投資一千來萬', '光伏支架'],
    ['那个潮汕商会介绍的粤鲜水产呢他们想在港口那边建一个水产品冷库，投资五千万', '水产品冷库'],
    ['那個潮汕商會介紹的粵鮮水產呢他們想在港口那邊建一個水產品冷庫，投資五千萬', '水產品冷庫'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});
