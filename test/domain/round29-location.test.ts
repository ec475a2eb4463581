import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 29 (location): made-up sentences, each in both scripts, and near-misses the rules must not fire on. */
const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 29: a plan to set up in a place, said after where the investor is', () => {
  it.each([
    ['我们老乡刘总在东莞开了个鞋厂，说想回泊头弄个铸造厂，投资8000万', '泊头'],
    ['我們老鄉劉總在東莞開了個鞋廠，說想回泊頭弄個鑄造廠，投資8000萬', '泊頭'],
    ['前天在天津跟津禾塑业吃了顿饭，人家要在玛纳斯县弄个滴灌带生产线，总投资1.5亿', '玛纳斯县'],
    ['前天在天津跟津禾塑業吃了頓飯，人家要在瑪納斯縣弄個滴灌帶生產線，總投資1.5億', '瑪納斯縣'],
    ['宁波那边有个做模具的，想回葫芦岛兴城搞个模具厂，大概投三千万', '葫芦岛兴城'],
    ['寧波那邊有個做模具的，想回葫蘆島興城搞個模具廠，大概投三千萬', '葫蘆島興城'],
    // 放到 a place at its clause's end
    ['大阪一家电子企业在宁波的工厂要扩产，考虑放到弋阳，投资额约1.5亿', '弋阳'],
    ['大阪一家電子企業在寧波的工廠要擴產，考慮放到弋陽，投資額約1.5億', '弋陽'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a plan given up, or only a look round, leaves the place read first
    ['刘总在东莞开了个鞋厂，说不想回泊头弄厂了', '东莞'],
    ['劉總在東莞開了個鞋廠，說不想回泊頭弄廠了', '東莞'],
    ['昨天在深圳开了个推介会，有几家想回泊头看看', '深圳'],
    ['昨天在深圳開了個推介會，有幾家想回泊頭看看', '深圳'],
    // 起 with nothing set up after it is no verb of setting up (回晉中時一起聚聚)
    ['会员企业计划在榆次建设木材加工基地，也欢迎大家过年回晋中时一起聚聚', '榆次'],
    ['會員企業計劃在榆次建設木材加工基地，也歡迎大家過年回晉中時一起聚聚', '榆次'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 29: words before and after a place are not part of it', () => {
  it.each([
    // motion, speech, invitation before a known place
    ['今天台商协会一行12人来到大埔县考察，参观了茶叶基地', '大埔县'],
    ['今天台商協會一行12人來到大埔縣考察，參觀了茶葉基地', '大埔縣'],
    ['应鄱阳县人民政府邀请，商会拟于12月12日组织企业赴鄱阳县考察', '鄱阳县'],
    ['應鄱陽縣人民政府邀請，商會擬於12月12日組織企業赴鄱陽縣考察', '鄱陽縣'],
    ['更正：昨天考察不是去的陆川，是去的兴业县，参加企业9家', '兴业县'],
    ['更正：昨天考察不是去的陸川，是去的興業縣，參加企業9家', '興業縣'],
    // a filler or a pointer after it
    ['后天去长白山呃考察冰雪旅游项目，来了三十家企业', '长白山'],
    ['後天去長白山呃考察冰雪旅遊項目，來了三十家企業', '長白山'],
    // only, and a deed, after a known place or a base
    ['这次在辽阳芳烃基地只投8500万元，建一条助剂生产线', '辽阳芳烃基地'],
    ['這次在遼陽芳烴基地只投8500萬元，建一條助劑生產線', '遼陽芳烴基地'],
    ['Cornerstone Packaging 今天在扬州仪征签了正式合同，投资3.2亿', '扬州仪征'],
    ['Cornerstone Packaging 今天在揚州儀征簽了正式合同，投資3.2億', '揚州儀征'],
    // your city, our county: who, not where
    ['我司计划在贵市临港经济区投资建设可降解塑料项目，预计总投资4.2亿元', '临港经济区'],
    ['我司計劃在貴市臨港經濟區投資建設可降解塑料項目，預計總投資4.2億元', '臨港經濟區'],
    ['面粉加工项目签了，投1.5个亿，落在俺县高新区，占地120亩', '高新区'],
    ['麵粉加工項目簽了，投1.5個億，落在俺縣高新區，占地120畝', '高新區'],
    // 問 opens a county's short name
    ['有人问华亭那个煤化工项目是不是落地了，还没有', '华亭'],
    ['有人問華亭那個煤化工項目是不是落地了，還沒有', '華亭'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a place that opens with such a word stays whole
    ['项目落在回民区，投资3000万，已签约', '回民区'],
    ['項目落在回民區，投資3000萬，已簽約', '回民區'],
    ['下周组织企业去应城考察，已报名15家', '应城'],
    ['下週組織企業去應城考察，已報名15家', '應城'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 29: a park after 落戶 whose name opens with a known place; a form’s park key', () => {
  it.each([
    ['东莞市和兴五金有限公司五金配件项目已签约，投资8000万元，落户翠屏工业园。', '翠屏工业园'],
    ['東莞市和興五金有限公司五金配件項目已簽約，投資8000萬元，落戶翠屏工業園。', '翠屏工業園'],
    ['项目名称：特种玻璃深加工项目\n所在园区：新材料产业园\n项目阶段：洽谈中', '新材料产业园'],
    ['項目名稱：特種玻璃深加工項目\n所在園區：新材料產業園\n項目階段：洽談中', '新材料產業園'],
    ['项目名称：再生铝项目\n拟落户地：包头市土默特右旗新型工业园区\n用地：约260亩', '包头市土默特右旗新型工业园区'],
    ['項目名稱：再生鋁項目\n擬落戶地：包頭市土默特右旗新型工業園區\n用地：約260畝', '包頭市土默特右旗新型工業園區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a known place said alone after 落戶 stays the place
    ['东莞市和兴五金项目已签约，投资8000万元，落户翠屏。', '翠屏'],
    ['東莞市和興五金項目已簽約，投資8000萬元，落戶翠屏。', '翠屏'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 29: a place denied, then the place meant', () => {
  it.each([
    ['前面说的食品项目落地地点写错了，不是汉阳，是汉南。投资5000万不变。', '汉南'],
    ['前面說的食品項目落地地點寫錯了，不是漢陽，是漢南。投資5000萬不變。', '漢南'],
    ['纠正一下：鑫源电子不是在上犹落地，是在崇义，投资1.8亿没错，已经开工了。', '崇义'],
    ['糾正一下：鑫源電子不是在上猶落地，是在崇義，投資1.8億沒錯，已經開工了。', '崇義'],
    ['那个项目不是在祁县啊是在太谷区就是农谷那边，投资六千万', '太谷区'],
    ['那個項目不是在祁縣啊是在太谷區就是農谷那邊，投資六千萬', '太谷區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a park said next, in a clause of its own, is more exact than the county
    ['刚才说错了，那个项目不是落在肥东，是肥西，桃花工业园，投资2个亿', '桃花工业园'],
    ['剛才說錯了，那個項目不是落在肥東，是肥西，桃花工業園，投資2個億', '桃花工業園'],
    // what is denied is no place
    ['不是投资，是租赁，厂房在汉南', '汉南'],
    ['不是投資，是租賃，廠房在漢南', '漢南'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
