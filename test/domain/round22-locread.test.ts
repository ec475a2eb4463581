import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 22 (issue 13, locread): frames that find a place, and where a place read begins and ends. Made-up sentences. */
const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 22: a deed or pointer after a place ends what 在 opened', () => {
  it.each([
    ['宏达电子想在江陵县租厂房做线路板，投资两千来万。', '江陵县'],
    ['宏達電子想在江陵縣租廠房做線路板，投資兩千來萬。', '江陵縣'],
    ['韩国大成食品拟在安丘追加投资，金额五百万美元。', '安丘'],
    ['韓國大成食品擬在安丘追加投資，金額五百萬美元。', '安丘'],
    ['上海金禾物流已在寿光市完成工商注册，总投资2亿元。', '寿光市'],
    ['上海金禾物流已在壽光市完成工商註冊，總投資2億元。', '壽光市'],
    ['那个电池项目在洪湖签了投资三个亿', '洪湖'],
    ['我在兰州这边啊今天下午开了个座谈会', '兰州'],
    ['我在蘭州這邊啊今天下午開了個座談會', '蘭州'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a park's or hall's own name goes on past its place (在經開區完成 is cut at the zone, not inside its name)
    ['北京恒信已在临港新区完成工商注册，投资1亿元。', '临港新区'],
    ['北京恆信已在臨港新區完成工商註冊，投資1億元。', '臨港新區'],
  ])('%s keeps %s whole', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 22: a place read from inside a known name starts where the name does', () => {
  it.each([
    ['就是那个呼和浩特和林格尔新区的那个物流项目嗯投资十来个亿', '和林格尔新区'],
    ['就是那個呼和浩特和林格爾新區的那個物流項目嗯投資十來個億', '和林格爾新區'],
    ['于都县鞋服加工，投资5000万，联系人是王先生。', '于都县'],
    ['于都縣鞋服加工，投資5000萬，聯繫人是王先生。', '于都縣'],
    ['上周带深圳三家企业去了托克托工业园考察。', '托克托工业园'],
    ['上週帶深圳三家企業去了托克托工業園考察。', '托克托工業園'],
    ['12月3日，商会在阿拉木图举行经贸洽谈会。', '阿拉木图'],
    ['12月3日，商會在阿拉木圖舉行經貿洽談會。', '阿拉木圖'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // 和平 is a district too, but 平遥 is the place the read opens with
    ['顺便说一下和平遥那个民宿项目，投资三个亿。', '平遥'],
    ['順便說一下和平遙那個民宿項目，投資三個億。', '平遙'],
  ])('%s stays %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
