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

describe('round 27: where nothing else names the trade, the sector of a meeting, a visit or a park', () => {
  it.each([
    ['下个月在西安办一个莆田鞋服产业推介会，邀请了六十来家企业', '鞋服'],
    ['下個月在西安辦一個莆田鞋服產業推介會，邀請了六十來家企業', '鞋服'],
    ['12月3日，商会组织15家会员企业赴兰西县考察亚麻产业', '亚麻'],
    ['12月3日，商會組織15家會員企業赴蘭西縣考察亞麻產業', '亞麻'],
    ['是仙游榜头的，红木家具产业园，投资2个亿，在谈', '红木家具'],
    ['是仙遊榜頭的，紅木家具產業園，投資2個億，在談', '紅木家具'],
    // one character is said with its 产业
    ['12月20日在上海举办六安茶产业推介会，拟邀50家企业', '茶产业'],
    ['12月20日在上海舉辦六安茶產業推介會，擬邀50家企業', '茶產業'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it.each([
    // near-misses: a bulletin's list of sectors is no one lead's; a place's zone names none
    ['围绕肉羊屠宰加工、番茄制品等产业进行了交流，12家会员企业参加', null],
    ['圍繞肉羊屠宰加工、番茄製品等產業進行了交流，12家會員企業參加', null],
    ['项目总投资两亿，今年十月份已经开工了，地点是滑县产业集聚区', null],
  ])('near-miss: %s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 27: an English broad class in the firm’s name gives way to what its project makes', () => {
  it.each([
    ['Update：ABC Foods 在漯河的 instant noodles 项目已经签了，投资 RMB 80 million', 'instant noodles'],
    ['Update：ABC Foods 在漯河的 instant noodles 項目已經簽了，投資 RMB 80 million', 'instant noodles'],
    ['Brunner Medical 擬投資3億元建設高端注射器生產基地，洽談中', '注射器'],
    ['Brunner Medical 拟投资3亿元建设高端注射器生产基地，洽谈中', '注射器'],
    ['Samarkand Agro 想在张掖建 seed processing center，investment RMB 60 million', 'seed processing'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it.each([
    // near-misses: a narrower English trade is kept; a firm with no project keeps its class (round 29: in Chinese, as writers give it)
    ['Update：Sunrise Hardware 在漯河的 smart lock 项目已经签了，投资 RMB 80 million', '五金'],
    ['Oasis Foods 有意在眉山投资，金额未定，还在谈', '食品'],
    // a central kitchen cooks what the class says; a capitalised project is a name or a place
    ['Hunan 的 Furong Foods 跟我们还 in talks，想搞一个 central kitchen，budget 在 5000万左右', '食品'],
    ['Singapore 的 Marina Foods 今天参观了北海 Tieshan Port，还在谈', '食品'],
    ['Oasis Foods 有意在眉山投資，金額未定，還在談', '食品'],
  ])('near-miss: %s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 27: biomass is burnt for power, and writers name the power', () => {
  it.each([
    ['项目名称：生物质发电，投资主体：广州绿源能源有限公司，投资金额：4.2亿元', '生物质发电'],
    ['項目名稱：生物質發電，投資主體：廣州綠源能源有限公司，投資金額：4.2億元', '生物質發電'],
    ['台商吴董与蕉岭县签订生物质能源项目合同，投资2.8亿元', '生物质能源'],
    ['台商吳董與蕉嶺縣簽訂生物質能源項目合同，投資2.8億元', '生物質能源'],
    // near-miss: biomass pellets are no power
    ['四平梨树：玉米秸秆生物质颗粒，5000万，意向', '生物质'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 27: China and a neighbour trading opens no trade', () => {
  it.each([
    ['北京华油能源拟在满洲里建设中俄能源仓储项目', '能源仓储'],
    ['北京華油能源擬在滿洲里建設中俄能源倉儲項目', '能源倉儲'],
    // near-miss: a firm that is not of a broad class keeps its trade
    ['北京华运物流拟在满洲里建设中俄能源仓储项目', '物流'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});
