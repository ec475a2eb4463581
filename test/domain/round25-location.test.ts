import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 25 (location): made-up sentences, each in both scripts, and near-misses the rules must not fire on. */
const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 25: a park, land port or port zone a place names after itself, with no trade in its name', () => {
  it.each([
    ['宁波华达模具，曹县产业园，八千万，已签约', '曹县产业园'],
    ['寧波華達模具，曹縣產業園，八千萬，已簽約', '曹縣產業園'],
    ['问：那家云通物流跟天水国际陆港谈得怎么样了？答：还在谈，投资两亿。', '天水国际陆港'],
    ['問：那家雲通物流跟天水國際陸港談得怎麼樣了？答：還在談，投資兩億。', '天水國際陸港'],
    ['澳门联丰集团拟在成都国际港务区建分拨中心，投资三亿', '成都国际港务区'],
    ['澳門聯豐集團擬在成都國際港務區建分撥中心，投資三億', '成都國際港務區'],
    ['Sunrise Materials Co., Ltd. 考察了泰和工业园，对光伏那个project很interested', '泰和工业园'],
    ['Sunrise Materials Co., Ltd. 考察了泰和工業園，對光伏那個project很interested', '泰和工業園'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a park named for its trade is as often the project itself: its place is the place
    ['吉安市永丰县箱包产业园项目已投产，总投资一亿。', '吉安市永丰县'],
    ['吉安市永豐縣箱包產業園項目已投產，總投資一億。', '吉安市永豐縣'],
    // a park said after a visit's word, not right after the place
    ['组织会员企业到曹县考察产业园，共十家企业参加', '曹县'],
    ['組織會員企業到曹縣考察產業園，共十家企業參加', '曹縣'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 25: where the investor works gives way to where they mean to go back and build', () => {
  it.each([
    ['温州那个做鞋材的陈老板说要回瑞金搞个厂，投资八千万', '瑞金'],
    ['溫州那個做鞋材的陳老闆說要回瑞金搞個廠，投資八千萬', '瑞金'],
    ['李总在苏州搞模具的，话要去桐城开个分厂，投资六千万', '桐城'],
    ['李總在蘇州搞模具的，話要去桐城開個分廠，投資六千萬', '桐城'],
    ['佢喺深圳做蓝牙耳机，话要返信丰高新区起厂，投资三亿', '信丰高新区'],
    ['佢喺深圳做藍牙耳機，話要返信豐高新區起廠，投資三億', '信豐高新區'],
    ['他在杭州做智能锁，打算在无为高新区投一个亿，还没谈', '无为高新区'],
    ['他在杭州做智能鎖，打算在無為高新區投一個億，還沒談', '無為高新區'],
    ['黄总在成都做茶叶生意，这回想回龙门镇搞个茶庄，投资两亿', '龙门镇'],
    ['黃總在成都做茶葉生意，這回想回龍門鎮搞個茶莊，投資兩億', '龍門鎮'],
    // the town or zone the planned place names after itself goes with it
    ['郑总在兰州做建材生意，想回莆田笏石镇搞个仓库，投资三千万', '莆田笏石镇'],
    ['鄭總在蘭州做建材生意，想回莆田笏石鎮搞個倉庫，投資三千萬', '莆田笏石鎮'],
    ['林总在上海做冻品，准备在漳州台商投资区建冷库，投资一亿', '漳州台商投资区'],
    ['林總在上海做凍品，準備在漳州台商投資區建冷庫，投資一億', '漳州台商投資區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // the plan itself is no place the investor works at: the event said after it does not take its place
    ['Tianjin的Boreal Energy想去榆林搞绿氢，明天下午先在天津开个洽谈会', '榆林'],
    ['Tianjin的Boreal Energy想去榆林搞綠氫，明天下午先在天津開個洽談會', '榆林'],
    // no building verb after the second place: where they work stays
    ['陈老板在宁波做家具，说要回南康看看，还没定', '宁波'],
    ['陳老闆在寧波做傢俱，說要回南康看看，還沒定', '寧波'],
    ['郑总在兰州做建材生意，想回莆田笏石镇看看，还没定', '兰州'],
    ['鄭總在蘭州做建材生意，想回莆田笏石鎮看看，還沒定', '蘭州'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 25: a zone read by its kind alone starts where the name said before it does', () => {
  it.each([
    ['项目还是太湖经开区那个汽车内饰，投资一亿，还在谈', '太湖经开区'],
    ['項目還是太湖經開區那個汽車內飾，投資一億，還在談', '太湖經開區'],
    ['项目是无为高新区的特种电缆，投资两亿，还在谈。', '无为高新区'],
    ['項目是無為高新區的特種電纜，投資兩億，還在談。', '無為高新區'],
    ['宁波东晟电子与江西信丰高新技术产业园区签约，投资三亿', '江西信丰高新技术产业园区'],
    ['寧波東晟電子與江西信豐高新技術產業園區簽約，投資三億', '江西信豐高新技術產業園區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // Wu speech before the zone (擺辣 "placed at", 阿拉 "our") is no name of it
    ['金穗纺织额项目老早签脱了，摆辣经开区，一亿八千万', '经开区'],
    ['金穗紡織額項目老早簽脫了，擺辣經開區，一億八千萬', '經開區'],
    ['恒昌纺织碰过头了，伊拉想到阿拉经开区来造个印染厂，投资一个亿', '经开区'],
    ['恆昌紡織碰過頭了，伊拉想到阿拉經開區來造個印染廠，投資一個億', '經開區'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 25: a place taken off the front of a project named by its trade or facility is where it is', () => {
  it.each([
    ['北海冷链项目，对方说好元旦后签，投资六千万', '北海'],
    ['北海冷鏈項目，對方說好元旦後簽，投資六千萬', '北海'],
    ['防城港椰子加工厂已开工，投资一亿', '防城港'],
    ['防城港椰子加工廠已開工，投資一億', '防城港'],
    // the harbour the project reader left on the name is the place's
    ['钦州港燃油仓储在谈，投资四亿', '钦州港'],
    ['欽州港燃油倉儲在談，投資四億', '欽州港'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a brand after the place, a firm's name holding it, or a firm told by its trade: the firm's home, not the project's place
    ['宁波华美汽车内饰项目已签约，投资1.2亿元'],
    ['寧波華美汽車內飾項目已簽約，投資1.2億元'],
    ['温州鞋业项目，投资两亿，在谈'],
    ['溫州鞋業項目，投資兩億，在談'],
    ['苏州恒远纺机纺织机械项目，投资1.2亿，已签约'],
    ['蘇州恒遠紡機紡織機械項目，投資1.2億，已簽約'],
    ['太湖：宁波汽配企业　刹车片　1.5亿　意向'],
    ['太湖：寧波汽配企業　剎車片　1.5億　意向'],
  ])('%s reads no place', (text) => {
    expect(location(text)).toBeNull();
  });
});
