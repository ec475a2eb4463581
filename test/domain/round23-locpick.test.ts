import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 23 (locpick): which of several places is where the project goes. Made-up sentences, each in both scripts. */
const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 23: a city and its county said together are read whole (the gazetteer)', () => {
  it.each([
    ['邵阳邵东的五金项目还在谈，投资一亿。', '邵阳邵东'],
    ['邵陽邵東的五金項目還在談，投資一億。', '邵陽邵東'],
    ['刚才那条衡阳耒阳的电子项目写错了，联系人不是张总，是章总。', '衡阳耒阳'],
    ['剛才那條衡陽耒陽的電子項目寫錯了，聯繫人不是張總，是章總。', '衡陽耒陽'],
    ['项目是赣州南康的家具产业园，在谈。', '赣州南康'],
    ['項目是贛州南康的家具產業園，在談。', '贛州南康'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a county's short name that opens a firm's name; two cities; a province before its city; a municipality's district
    ['泰安泰山玻纤的新生产线投了两个亿，已经投产。', null],
    ['泰安泰山玻纖的新生產線投了兩個億，已經投產。', null],
    ['合肥芜湖的企业都来了，一共二十家。', null],
    ['合肥蕪湖的企業都來了，一共二十家。', null],
    ['云南曲靖的那个硅材料项目签了，投资五个亿。', '云南曲靖'],
    ['雲南曲靖的那個硅材料項目簽了，投資五個億。', '雲南曲靖'],
    ['上海浦东的那个芯片项目签了，投资十个亿。', '上海浦东'],
    ['上海浦東的那個芯片項目簽了，投資十個億。', '上海浦東'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 23: a slip owned, then the place meant', () => {
  it.each([
    ['项目在九江 哦不 是在瑞昌的那个厂 已经投产了', '瑞昌'],
    ['項目在九江 哦不 是在瑞昌的那個廠 已經投產了', '瑞昌'],
    ['那家厂在醴陵不对在浏阳开的，投了五千万。', '浏阳'],
    ['那家廠在醴陵不對在瀏陽開的，投了五千萬。', '瀏陽'],
    ['上条说项目在临港物流园，应为空港物流园，其他不变。', '空港物流园'],
    ['上條說項目在臨港物流園，應為空港物流園，其他不變。', '空港物流園'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a slip about a firm's name: the city before the firm is not the place
    ['刚才说错了，是郴州的华达公司，投资两亿。'],
    ['剛才說錯了，是郴州的華達公司，投資兩億。'],
    ['不对，是宜春的那个明远公司，投资三千万。'],
    ['不對，是宜春的那個明遠公司，投資三千萬。'],
  ])('%s reads no place', (text) => {
    expect(location(text)).toBeNull();
  });
});

describe('round 23: a project, plant or event pointed at by its place', () => {
  it.each([
    ['湘潭的那个 solar panel 项目 已经 signed 了', '湘潭'],
    ['湘潭的那個 solar panel 項目 已經 signed 了', '湘潭'],
    ['吉首那家食品厂已经投产了，用工两百人。', '吉首'],
    ['吉首那家食品廠已經投產了，用工兩百人。', '吉首'],
    ['12月8日长沙招商座谈会的事，找秘书处小王。', '长沙'],
    ['12月8日長沙招商座談會的事，找秘書處小王。', '長沙'],
    ['驻长沙商会下周办个联谊会，欢迎大家参加。', '长沙'],
    ['駐長沙商會下週辦個聯誼會，歡迎大家參加。', '長沙'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a firm or a boss from a place; a chamber named after its members' home, not stationed there
    ['吉首那家公司的老板想过来看看。'],
    ['吉首那家公司的老闆想過來看看。'],
    ['醴陵那个陶瓷厂的老板说想过来看看，投资还没定。'],
    ['醴陵那個陶瓷廠的老闆說想過來看看，投資還沒定。'],
    ['温州商会的推介会来了五十家企业'],
    ['溫州商會的推介會來了五十家企業'],
    ['长沙商会下周办个联谊会，欢迎大家参加。'],
    ['長沙商會下週辦個聯誼會，歡迎大家參加。'],
  ])('%s reads no place', (text) => {
    expect(location(text)).toBeNull();
  });
});

describe('round 23: a park visited, talked with or chosen', () => {
  it.each([
    ['华丰化工还在跟化工园区磋商，投资两个亿。', '化工园区'],
    ['華豐化工還在跟化工園區磋商，投資兩個億。', '化工園區'],
    ['今天看了那个新材料产业园他们说很满意', '新材料产业园'],
    ['今天看了那個新材料產業園他們說很滿意', '新材料產業園'],
    ['明天带企业赴光电产业园实地考察，一共十家。', '光电产业园'],
    ['明天帶企業赴光電產業園實地考察，一共十家。', '光電產業園'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 23: where the investor is based gives way to where it plans to build', () => {
  it.each([
    ['老乡在佛山开厂，想回衡阳市祁东县投个食品厂，三千万左右。', '衡阳市祁东县'],
    ['老鄉在佛山開廠，想回衡陽市祁東縣投個食品廠，三千萬左右。', '衡陽市祁東縣'],
    ['湘潭那个老乡在东莞开厂，想回娄底投个五金厂。', '娄底'],
    ['湘潭那個老鄉在東莞開廠，想回婁底投個五金廠。', '婁底'],
    ['有位李总在曼谷做橡胶生意的，想在经开区弄个加工厂。', '经开区'],
    ['有位李總在曼谷做橡膠生意的，想在經開區弄個加工廠。', '經開區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // based there with no plan elsewhere: the place stays
    ['老乡在佛山开厂，下个月想扩产，投三千万。', '佛山'],
    ['老鄉在佛山開廠，下個月想擴產，投三千萬。', '佛山'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
