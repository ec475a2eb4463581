import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 29: equipment families, wineries, the central kitchen, metals and a metal's 業 as a class. Made-up sentences. */
const today = '2026-12-07';
const read = (text: string) => parseReport(text, { today });
const industry = (text: string) => read(text).industry;

describe('round 29: equipment named by the field it serves is a trade', () => {
  it.each([
    ['盘锦那个石油装备的项目，投资3亿，在谈', '石油装备'],
    ['盤錦那個石油裝備的項目，投資3億，在談', '石油裝備'],
    ['舟山那个海工装备的项目今天签了，总投资六个亿', '海工装备'],
    ['舟山那個海工裝備的項目今天簽了，總投資六個億', '海工裝備'],
    ['项目名称：冰雪装备制造，投资方：哈尔滨雪原体育用品有限公司，拟投资6500万元', '冰雪装备'],
    ['項目名稱：冰雪裝備製造，投資方：哈爾濱雪原體育用品有限公司，擬投資6500萬元', '冰雪裝備'],
    // a firm named by its equipment, with nothing else named: the equipment
    ['苏州的恒创智能装备昨天已经签了，投资2亿', '智能装备'],
    ['蘇州的恒創智能裝備昨天已經簽了，投資2億', '智能裝備'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it.each([
    // near-misses: what an equipment firm's project makes is the trade (機器人), as for any broad class
    ['深圳市恒创智能装备有限公司拟投资5亿元建设工业机器人生产基地', '机器人'],
    ['深圳市恒創智能裝備有限公司擬投資5億元建設工業機器人生產基地', '機器人'],
    // a field's trade before its equipment named whole stays (海上風電)
    ['拟投资1亿元参与海上风电装备产业园，签了MOU', '海上风电'],
    ['擬投資1億元參與海上風電裝備產業園，簽了MOU', '海上風電'],
  ])('%s → %s (near-miss)', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 29: a winery makes wine; a central kitchen is a trade', () => {
  it.each([
    ['昌黎那个葡萄酒庄的项目，投资一个多亿，先签了意向书', '葡萄酒'],
    ['昌黎那個葡萄酒莊的項目，投資一個多億，先簽了意向書', '葡萄酒'],
    ['客人想在贺兰县弄个酒庄，投个六千万，还没定', '葡萄酒'],
    ['客人想在賀蘭縣弄個酒莊，投個六千萬，還沒定', '葡萄酒'],
    // a food firm's central kitchen: the project's product, by round 27's convention
    ['佛山的顺味食品这次准备在经开区投资2亿建中央厨房，还在谈', '中央厨房'],
    ['佛山的順味食品這次準備在經開區投資2億建中央廚房，還在談', '中央廚房'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it.each([
    // near-misses: another fruit's winery keeps its fruit; a product before the kitchen it is made in stays the trade
    ['有个老板想投两千万做预制菜中央厨房，还在了解', '预制菜'],
    ['有個老闆想投兩千萬做預製菜中央廚房，還在了解', '預製菜'],
    ['伊春蓝莓酒庄，北京一家叫林果的企业，昨天开工了', '蓝莓酒庄'],
    ['伊春藍莓酒莊，北京一家叫林果的企業，昨天開工了', '藍莓酒莊'],
  ])('%s → %s (near-miss)', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe("round 29: metals said alone, recycled metals, a metal's 業 as a class, 茶業 as 茶葉", () => {
  it.each([
    ['钦州那个镍项目是不是30亿？是35亿，还在谈', '镍'],
    ['欽州那個鎳項目是不是30億？是35億，還在談', '鎳'],
    ['项目名称：年产10万吨再生铝项目，投资单位：佛山市恒兴铝业有限公司，投资3.5亿元', '再生铝'],
    ['項目名稱：年產10萬噸再生鋁項目，投資單位：佛山市恒興鋁業有限公司，投資3.5億元', '再生鋁'],
    ['宏達塑業擬在海倫投資5000萬元建農膜廠，初步接觸', '農膜'],
    ['哈萨克斯坦草原铜业集团拟投资1.5亿美元在白银建设铜冶炼配套项目', '铜冶炼'],
    ['哈薩克斯坦草原銅業集團擬投資1.5億美元在白銀建設銅冶煉配套項目', '銅冶煉'],
    ['宏达塑业拟在海伦投资5000万元建农膜厂，初步接触', '农膜'],
    ['普宁茶业 新洲 2000万 刚接触', '茶叶'],
    ['普寧茶業 新洲 2000萬 剛接觸', '茶葉'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it.each([
    // near-misses: 再 alone is no trade's; 紙業 stays a trade; a metal's firm whose project is in another row keeps its class
    ['那个项目还要再谈一下，投资3亿', null],
    ['那個項目還要再談一下，投資3億', null],
    ['印尼金帆纸业有限公司在城东工业园投资2.2亿元建设的生活用纸生产线已正式投产', '纸业'],
    ['印尼金帆紙業有限公司在城東工業園投資2.2億元建設的生活用紙生產線已正式投產', '紙業'],
    ['上杭：深圳铭泰铜业追加投资3亿，已签\n永定：土楼文旅项目，投资1.5亿，在谈', '铜业'],
    ['上杭：深圳銘泰銅業追加投資3億，已簽\n永定：土樓文旅項目，投資1.5億，在談', '銅業'],
  ])('%s → %s (near-miss)', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 29: a farm named by the animal it raises, fruit sorted, a kind of liquor', () => {
  it.each([
    ['上个月去看的那个琼海的养猪场，人家说还要考虑', '养猪'],
    ['上個月去看的那個瓊海的養豬場，人家說還要考慮', '養豬'],
    ['某屠宰企业计划投资4500万元在城南新建生猪屠宰场', '生猪屠宰'],
    ['某屠宰企業計劃投資4500萬元在城南新建生豬屠宰場', '生豬屠宰'],
    ['A：静宁那个苹果分选中心是不是已经开工了？B：还没开工，合同上周刚签', '苹果'],
    ['A：靜寧那個蘋果分選中心是不是已經開工了？B：還沒開工，合同上週剛簽', '蘋果'],
    ['今天那个仁怀的酱香酒推荐会在上海开完了，来了四十几家酒商', '酱香酒'],
    ['今天那個仁懷的醬香酒推薦會在上海開完了，來了四十幾家酒商', '醬香酒'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it.each([
    // near-misses: a square, a market or a field is no farm
    ['下周在人民广场搞个推介会，邀请企业20家', null],
    ['下週在人民廣場搞個推介會，邀請企業20家', null],
  ])('%s → %s (near-miss)', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});
