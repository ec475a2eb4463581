import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 24 (location): made-up sentences, each in both scripts, and near-misses the rules must not fire on. */
const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 24: a zone or town a city or county names after itself is one place with it', () => {
  it.each([
    ['宁德的电池配件项目签了，投资三亿，在福安开发区建厂。', '福安开发区'],
    ['寧德的電池配件項目簽了，投資三億，在福安開發區建廠。', '福安開發區'],
    ['那个宁德东侨新区的冷链物流园，对方有兴趣，想投三个亿', '宁德东侨新区'],
    ['那個寧德東僑新區的冷鏈物流園，對方有興趣，想投三個億', '寧德東僑新區'],
    ['日照那边在谈一个项目，投资五亿，地点考虑日照临港', '日照临港'],
    ['日照那邊在談一個項目，投資五億，地點考慮日照臨港', '日照臨港'],
    ['更正：项目地点在梅县区松口镇，投资八千万。', '梅县区松口镇'],
    ['更正：項目地點在梅縣區松口鎮，投資八千萬。', '梅縣區松口鎮'],
    // a later mention where something is set up says the place more closely
    ['王总上周来益阳考察，拟投资一亿在益阳高新区建设电机厂，目前在谈。', '益阳高新区'],
    ['王總上週來益陽考察，擬投資一億在益陽高新區建設電機廠，目前在談。', '益陽高新區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a park is as often the project itself: its city is the place
    ['赣州市南康区家具产业园项目已于本周投产，总投资一亿。', '赣州市南康区'],
    ['贛州市南康區家具產業園項目已於本週投產，總投資一億。', '贛州市南康區'],
    // the zone said of itself at a later mention, no lead set up in it
    ['上周陪客商去益阳考察，益阳高新区去年引进了五十个项目，没签东西。', '益阳'],
    ['上週陪客商去益陽考察，益陽高新區去年引進了五十個項目，沒簽東西。', '益陽'],
    // a visit's words are no zone's name
    ['组织会员企业到益阳考察工业园区，共有十家企业参加', '益阳'],
    ['組織會員企業到益陽考察工業園區，共有十家企業參加', '益陽'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 24: a park said right after its zone, without 的', () => {
  it.each([
    ['无锡澄江电子的封测项目，投资五亿，落户意向是高新区机器人产业园，目前初步接触。', '高新区机器人产业园'],
    ['無錫澄江電子的封測項目，投資五億，落戶意向是高新區機器人產業園，目前初步接觸。', '高新區機器人產業園'],
    ['Update：Nordic Robotics 的 project 已经 signed，落在高新区AI产业园，招两百人', '高新区AI产业园'],
    ['Update：Nordic Robotics 的 project 已經 signed，落在高新區AI產業園，招兩百人', '高新區AI產業園'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a visit to a park inside a zone reads the zone (round 13)
    ['商会组织十家企业赴经开区考察机器人产业园。', '经开区'],
    ['商會組織十家企業赴經開區考察機器人產業園。', '經開區'],
    // a town's name is no park's name that runs into a verb (在楓林鎮建石材加工園)
    ['华石石材拟投资1.5亿在枫林镇建石材加工园，已签约。', '枫林镇'],
    ['華石石材擬投資1.5億在楓林鎮建石材加工園，已簽約。', '楓林鎮'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 24: where people met gives way to where the project is set up', () => {
  it.each([
    ['今天在东莞跟华信电子谈了一个多小时，他们想在赣县投资两亿做电子元件厂，还在谈。', '赣县'],
    ['今天在東莞跟華信電子談了一個多小時，他們想在贛縣投資兩億做電子元件廠，還在談。', '贛縣'],
    ['今天上午在杭州签约了一个项目，就是那个浙通物流在我们鄄城投资三亿搞物流园。', '鄄城'],
    ['今天上午在杭州簽約了一個項目，就是那個浙通物流在我們鄄城投資三億搞物流園。', '鄄城'],
    ['刚跟上海那边通了电话，项目是在瑞金建食品厂，投资一亿，还在谈。', '瑞金'],
    ['剛跟上海那邊通了電話，項目是在瑞金建食品廠，投資一億，還在談。', '瑞金'],
    ['Meeting recap：和 Nordic Foods 在上海 office 见面，他们 plan 在赣州经开区 set up 一个仓库。', '赣州经开区'],
    ['Meeting recap：和 Nordic Foods 在上海 office 見面，他們 plan 在贛州經開區 set up 一個倉庫。', '贛州經開區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // no meeting: the place where it is set up was already the place
    ['在东莞签约的电子项目投资两亿，已开工。', '东莞'],
    ['在東莞簽約的電子項目投資兩億，已開工。', '東莞'],
    // the next piece of news in the message is another lead's plan
    ['1、在东莞跟华信电子谈了一下午；2、鸿运物流想在赣县投资两亿建仓库。', '东莞'],
    ['1、在東莞跟華信電子談了一下午；2、鴻運物流想在贛縣投資兩億建倉庫。', '東莞'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
