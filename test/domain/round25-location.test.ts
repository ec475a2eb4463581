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
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
