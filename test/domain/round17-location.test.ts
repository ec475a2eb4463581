import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 17 (sets BA, BB, BC): the shapes of place the fresh text missed, each said in several registers. Made-up sentences. */
const today = '2026-12-05';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 17: Wu 勒海 and 勒浪 (at) before a hall or a park', () => {
  it.each([
    ['上個禮拜三勒海香格里拉大酒店開了個推介會，來了三十幾家', '香格里拉大酒店'],
    ['上个礼拜三勒海香格里拉大酒店开了个推介会，来了三十几家', '香格里拉大酒店'],
    ['阿拉商會搭寧波商會一道勒海錦江飯店搞了一場座談會', '錦江飯店'],
    ['伊拉想勒浪臨港產業園搞個廠，投資五千萬', '臨港產業園'],
    ['我伲老乡想勒浪滨江工业园投个项目 眼下还勒浪谈', '滨江工业园'],
    // near-miss: 勒浪 before a verb is "in the middle of", no place
    ['伊拉眼下正勒浪談，還呒沒定', null],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 17: a hall whose floor is the chamber’s or written 3/F', () => {
  it.each([
    ['琴日喺商會五樓開咗個推介會，嚟咗二十間', '商會五樓'],
    ['昨天在商会二楼开了个对接会，来了20家', '商会二楼'],
    ['下週三在商會8樓舉辦投資說明會', '商會8樓'],
    ['venue 係國際會議中心 5/F，已經有30間 register 咗', '國際會議中心 5/F'],
    ['venue 是会展中心 2/F，already 有 40 家报名', '会展中心 2/F'],
    ['在商会大楼 3/F 开会 大家准时', '商会大楼 3/F'],
    // near-miss: a floor said in another clause stays out
    ['在國際酒店開會，三樓有自助餐', '國際酒店'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 17: a town, then a verb that builds the park', () => {
  it.each([
    ['拟投资2亿在白沙镇建食品加工园，已签约', '白沙镇'],
    ['擬投資2億在白沙鎮建食品加工園，已簽約', '白沙鎮'],
    ['计划在龙泉镇设电商产业园，还在谈', '龙泉镇'],
    ['佢哋打算喺石龍鎮建個物流園，仲傾緊', '石龍鎮'],
    // near-miss: a trade inside the park's name (建材) keeps the town and its park
    ['在雙橋鎮建材產業園設廠，投資一億', '雙橋鎮建材產業園'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 17: a park, then the workers or the land it takes', () => {
  it.each([
    ['已经投产了在城东工业园用工三百人', '城东工业园'],
    ['已經投產了喺城東工業園用工三百人', '城東工業園'],
    ['想在南郊物流园要块地做仓库', '南郊物流园'],
    ['佢哋想喺濱江產業園要幅地起廠', '濱江產業園'],
    ['俺们想在城南工业园要个三十亩的地块', '城南工业园'],
    ['想在西城物流园要个五十亩的地做分拨中心', '西城物流园'],
    ['佢哋想喺南沙物流園要個三十畝嘅地', '南沙物流園'],
    ['投了两亿在那个经开区工业园用工大概四百五十人', '经开区工业园'],
    ['投咗兩億喺嗰個經開區工業園用工四百幾人', '經開區工業園'],
    // near-miss: 要求 is no land asked for
    ['在产业园要求企业先环评', null],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 17: a zone’s park said with 的', () => {
  it.each([
    ['项目落户高新区的食品产业园，投资三亿', '高新区的食品产业园'],
    ['項目落戶高新區的食品產業園，投資三億', '高新區的食品產業園'],
    ['他们说已经签了 在经开区的那个汽车产业园 投两个亿', '经开区的那个汽车产业园'],
    ['地点在临港新区的智能制造产业园', '临港新区的智能制造产业园'],
    ['地點係經開區嘅新材料產業園，投資八千萬', '經開區嘅新材料產業園'],
    // near-miss: the zone's firms are no park
    ['在高新区的企业有三十家参加', '高新区'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 17: a zone or park visited, with 走進 or 到', () => {
  it.each([
    ['主题：宁波外贸企业走进经开区\n时间：11月20日', '经开区'],
    ['主題：溫州鞋企走進高新區\n時間：11月20日', '高新區'],
    ['组织会员企业走进白沙镇，参观三家工厂', '白沙镇'],
    ['12月3日，浙江商会组织会员到经开区新材料产业园参观考察', '经开区新材料产业园'],
    ['12月3日，浙江商會組織會員到經開區新材料產業園參觀考察', '經開區新材料產業園'],
    ['==== 轉自商會群 ====\n主題：東莞電子企業家走進臨港新區\n行程：上午參觀臨港新區規劃館、智能製造產業園，下午座談', '臨港新區'],
    ['主题：东莞电子企业家走进临港新区\n行程：上午参观临港新区规划馆、智能制造产业园，下午座谈', '临港新区'],
    // near-miss: 走進 before no place
    ['大家走進了新時代，要有新作為', null],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 17: a hall by another word (黨校, 創新中心), with its floor after a key', () => {
  it.each([
    ['12月2日浙商座谈会在市委党校，来了25家', '市委党校'],
    ['培訓班喺區委黨校舉行，嚟咗四十人', '區委黨校'],
    ['Dec 10 下午在高新区创新中心有个 matchmaking session', '高新区创新中心'],
    ['對接會喺高新區創新中心搞，到場20間', '高新區創新中心'],
    ['路演 定在 Dec 15，地点 高新区创新中心 2F，confirmed 22 家', '高新区创新中心 2F'],
    // near-miss: a centre built is the project; the zone is the place
    ['在高新区建设创新中心，投资2亿', '高新区'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 17: a hall in brackets or between spaces after an event, a government as a cell', () => {
  it.each([
    ['• 12月9日 上海商会投资推介会（国际会展中心）', '国际会展中心'],
    ['• 12月9日 上海商會投資推介會（國際會展中心）', '國際會展中心'],
    ['周五 招商對接會（商會大樓5樓會議室）到場30家', '商會大樓5樓會議室'],
    ['下午 晋商推介会 香格里拉大酒店 来了30家', '香格里拉大酒店'],
    ['聽日 座談會 國際會議中心 到場20間', '國際會議中心'],
    ['12月5日上午：理事會暨推介會，臨港新區管委會，簽約1個', '臨港新區管委會'],
    ['12月5日上午：座谈会，经开区管委会，到会20家', '经开区管委会'],
    ['今天那个座谈会嗯我们跟招商局一起搞的在那个开元酒店来了二十家', '开元酒店'],
    ['琴日個座談會喺開元名都大酒店搞，嚟咗二十間', '開元名都大酒店'],
    // near-misses: a bracket that is no hall, a government that signs
    ['浙商座谈会（第三届）来了20家', null],
    ['與經開區管委會正式簽訂投資協議', '經開區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 17: a park or a car town in a row parted by dashes, commas or bars', () => {
  it.each([
    ['2. 山城冷鏈 — 西城物流園 — 1.2億 — 洽談中', '西城物流園'],
    ['2. 黔味食品 — 白沙镇 — 3000万 — 意向', '白沙镇'],
    ['3. 川渝火锅底料 – 食品产业园 – 在谈', '食品产业园'],
    ['项目：鑫达化工，汽车城，在谈', '汽车城'],
    ['項目：鑫達化工 — 大數據產業園 — 在談', '大數據產業園'],
    ['• 鑫達化工｜汽車城｜意向', '汽車城'],
    // near-miss: a company in the cell is no place
    ['2. 山城冷鏈 — 重慶山城冷鏈公司 — 洽談中', null],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 17: Cantonese 傾 (talk) after the party', () => {
  it.each([
    ['而家同臨港新區傾緊儲能項目，投資六億', '臨港新區'],
    ['而家同临港新区倾紧储能项目，投资六亿', '临港新区'],
    ['佢哋同高新區傾咗兩次，未簽', '高新區'],
    ['拓海新能源同經開區傾緊 pack 項目', '經開區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
