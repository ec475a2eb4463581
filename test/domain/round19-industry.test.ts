import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 19: the trade members describe the investor or the project by, read as the industry. Made-up sentences. */
const today = '2026-12-06';
const industry = (text: string) => parseReport(text, { today }).industry;

describe('round 19: 做X的, 搞X的, 做X个 (Wu), 做X嘅 (Cantonese): the trade someone is in', () => {
  it.each([
    ['老乡介绍了一家做汽配的厂，想回来投资两个亿', '汽配'],
    ['王總是做預製菜的，想回老家投資八千萬', '預製菜'],
    ['伊拉屋里厢有只做汽配个厂，想回来投资', '汽配'],
    ['肇慶有間做陶瓷嘅廠話想返嚟投資，大概三億', '陶瓷'],
    ['他是搞医疗器械行业的，想回来投五六千万', '医疗器械'],
    ['溫州那個搞鞋材的陳老闆說要來看地，投資一個億', '鞋材'],
    ['嘉兴有个做光伏支架的企业在谈，投资两亿', '光伏'],
    ['泉州那邊六間做石材和陶瓷的廠來考察了', '石材和陶瓷'],
    ['我們在談一間做食品加工廠的港商，投資八千萬', '食品加工'],
    ['成都那个老板搞火锅底料这块的，想投一个亿', '火锅底料'],
    // near-misses: 做 as 'do well', 'be called', a bare business; a company named after 叫做
    ['这个项目我们一定要做好的，投资三个亿', null],
    ['有个叫做鸿芯科技的公司想来投资两亿', null],
    ['他是做生意的，想回来投资五千万', null],
    ['我们要把招商工作做大做强，今年引进项目二十个', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 19: a pointer (一家, 那个, 那只, 搞个) then the trade before 厂, 企业, 公司, 项目, 基地', () => {
  it.each([
    ['那只模具厂已经签约了，投资五千万', '模具'],
    ['上海那个生物医药项目还在谈，投资十亿', '生物医药'],
    ['一家气动元件企业有意向来投资，一个亿', '气动元件'],
    ['昆山那個精密軸承項目已經開工，投資兩億', '精密軸承'],
    ['對方想在經開區搞個火鍋底料生產基地，投資一億二', '火鍋底料'],
    ['台商想投一間鏡片鍍膜廠，大概三千萬', '鏡片鍍膜'],
    ['他们打算建一家家具厂，投资八千万', '家具'],
    ['嘉禾搿爿印染厂老早开工哉，投资一亿', '印染'],
    ['那个精密模具二期项目签了，投资三亿', '精密模具'],
    // near-misses: who owns it, its stage or size, a place, a park, a building, a group of firms
    ['一家上市企业有意向投资五个亿', null],
    ['那个在谈项目还没定，投资两亿', null],
    ['一家德国企业想来投资一个亿', null],
    ['那个冰雪小镇项目签约了，投资三亿', '冰雪旅游'],
    ['看了两个标准厂房，还在谈', null],
    ['商会带了十二家会员企业来考察', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 19: a place and 的, or a place alone, then the trade (南安的石材企業, 寧波汽配公司)', () => {
  it.each([
    ['福建南安的石材企業想來投資三億', '石材'],
    ['江西贛州的臍橙企業想來建冷庫，投資五千萬', '臍橙'],
    ['宁波汽配公司来谈了，投资一亿', '汽配'],
    ['一家深圳模具企業有意投資八千萬', '模具'],
    ['跨境電商公司想在我們這邊設倉，投資兩千萬', '跨境電商'],
    ['总投资三十五亿元的石化项目正在洽谈', '石化'],
    ['阜阳的颍州面业面粉加工项目已在经开区投产，总投资1.3亿元', '面粉加工'],
    ['南通的通海重工船舶配套項目已落地投產，投資3億', '船舶'],
    // near-misses: a company's name, which holds a trade word; a name after 的; a registered name
    // Round 22: the trade word that ends a company's name is its industry (深圳市华强电子有限公司 → 电子, 锦华纺织 → 纺织).
    ['深圳市华强电子有限公司投资5000万', '电子'],
    ['華遠集團來考察了，投資五個億', null],
    ['深圳的华为公司的项目签了，投资十亿', null],
    ['锦华纺织项目投了20亿，已经签约', '纺织'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 19: X產業, X行業 said of the project or the investor', () => {
  it.each([
    ['他是模具行業的，想回來投資一個億', '模具'],
    ['这个是新能源汽车产业的项目，投资十亿，已签约', '新能源汽车'],
    ['對方做的是光伏產業鏈項目，投資五億', '光伏'],
    ['该项目属于冷链物流产业，投资两亿', '冷链物流'],
    // near-misses: an industrial park, a meeting of the trade, a city's leading industries
    // Round 22: the trade of the project's facility is its industry (汽配产业园 → 汽配).
    ['汽配产业园项目已签约，到位资金8000万元', '汽配'],
    ['光伏行业协会来考察，带了十家企业', null],
    ['推动主导产业发展，今年签约项目二十个', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 19: an English industry said between commas', () => {
  it.each([
    ['Lead: 杭州 CloudMed (云医科技), medical devices industry, investment RMB 1.2 billion', 'medical devices'],
    ['Shenzhen Brightway, consumer electronics sector, plans CNY 300 million in the high-tech zone', 'consumer electronics'],
    ['Investment in the cold chain logistics industry, CNY 80 million, signed', 'cold chain logistics'],
    // near-miss: industry as a word of a name
    ['Acme Industry Co. plans CNY 50 million', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 19: a keyed industry still wins over a described one', () => {
  it('reads 行業： before 做X的', () => {
    expect(industry('行業：新能源\n一家做汽配的廠想投資兩億')).toBe('新能源');
  });
});
