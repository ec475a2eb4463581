import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Review of round 28 (location): made-up sentences, each in both scripts, and near-misses the fixed rules must still read. */
const today = '2026-12-07';
const location = (text: string) => parseReport(text, { today }).location;

describe("review of round 28: the chamber's office only when no other place is said (A4, A5)", () => {
  it.each([
    // the lead's place said beside a meeting at the chamber
    ['在商会开会的时候王总说想在荣昌投资5亿建厂', '荣昌'],
    ['在商會開會的時候王總說想在榮昌投資5億建廠', '榮昌'],
    ['上午在商会开了个会，华鑫铝业有意在临港投资3亿', '临港'],
    ['上午在商會開了個會，華鑫鋁業有意在臨港投資3億', '臨港'],
    // 開發, 開放, 整理, 辦事處, a notice's 請在: no event held there
    ['在商会开发的平台上发布了项目', null],
    ['在商會開發的平台上發佈了項目', null],
    ['明天在商会整理材料', null],
    ['明天在商會整理材料', null],
    ['请在商会开会时带上材料', null],
    ['請在商會開會時帶上材料', null],
    ['在商会开发区分会举办推介会', '商会开发区'],
    ['在商會開發區分會舉辦推介會', '商會開發區'],
    // near-miss: an event at the chamber, nothing else said
    ['上午在商会开了个座谈会，来了12家企业', '商会'],
    ['上午在商會開了個座談會，來了12家企業', '商會'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('review of round 28: what is said before 的 and a hall ends as a place does (A6)', () => {
  it.each([
    ['在福田区入住的香格里拉酒店签约，投资5亿', '福田区'],
    ['在福田區入住的香格里拉酒店簽約，投資5億', '福田區'],
    ['在南山区的时候去腾讯大厦拜访', '南山区'],
    ['在南山區的時候去騰訊大廈拜訪', '南山區'],
    // near-miss
    ['明晚七点在海淀区中关村的友谊宾馆搞个招商晚宴', '海淀区中关村的友谊宾馆'],
    ['明晚七點在海淀區中關村的友誼賓館搞個招商晚宴', '海淀區中關村的友誼賓館'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('review of round 28: one rule for a deed after a place, not cutting a road named with 建 (A7, A12)', () => {
  it.each([
    ['在南京建业路举办推介会', '南京建业路'],
    ['在南京建業路舉辦推介會', '南京建業路'],
    ['在南京建康路举办推介会', '南京建康路'],
    ['在南京建康路舉辦推介會', '南京建康路'],
    // near-misses: a deed after a place ends it
    ['多哈的投资方愿意出5000万，在荣昌建畜牧产业园，已经签了框架协议', '荣昌'],
    ['多哈的投資方願意出5000萬，在榮昌建畜牧產業園，已經簽了框架協議', '榮昌'],
    ['香港港龙实业投资2亿在铜仁碧江区建文旅综合体 上个月开工了', '铜仁碧江区'],
    ['香港港龍實業投資2億在銅仁碧江區建文旅綜合體 上個月開工了', '銅仁碧江區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('review of round 28: a planned zone, not denied, set up there, nor given up (A8)', () => {
  it.each([
    ['在温州办厂的徐总说，不想在丽水经开区再搞分厂', '温州'],
    ['在溫州辦廠的徐總說，不想在麗水經開區再搞分廠', '溫州'],
    ['徐总在温州办厂，以后要在丽水经开区上市', '温州'],
    ['徐總在溫州辦廠，以後要在麗水經開區上市', '溫州'],
    ['在温州办厂的徐总说，想在丽水经开区开个会', '温州'],
    ['在溫州辦廠的徐總說，想在麗水經開區開個會', '溫州'],
    ['王总在温州签约，要回丽水经开区开会', '温州'],
    ['王總在溫州簽約，要回麗水經開區開會', '溫州'],
    ['在温州办厂的徐总说，原本想在丽水经开区建厂，现在改到金华', '金华'],
    ['在溫州辦廠的徐總說，原本想在麗水經開區建廠，現在改到金華', '金華'],
    // near-misses: a facility opened, a project started there
    ['在温州办厂的徐总说，想在丽水经开区开个分厂', '丽水经开区'],
    ['在溫州辦廠的徐總說，想在麗水經開區開個分廠', '麗水經開區'],
    ['在温州办厂的徐总说，想在丽水经开区上马新项目', '丽水经开区'],
    ['在溫州辦廠的徐總說，想在麗水經開區上馬新項目', '麗水經開區'],
    ['那个成都过来的王老板，在杭州搞汽配的，说要去桐城开个刹车片厂，投八千万', '桐城'],
    ['那個成都過來的王老闆，在杭州搞汽配的，說要去桐城開個剎車片廠，投八千萬', '桐城'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('review of round 28: 再 or 又 opens no place (what chamberVenue now yields to)', () => {
  it.each([
    ['这次来主要是看看安丘的大姜出口加工 投资规模他们说回去再算 ', '安丘'],
    ['這次來主要是看看安丘的大薑出口加工 投資規模他們說回去再算 ', '安丘'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
