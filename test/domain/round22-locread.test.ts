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
    // round 23: the city said right before its county is read with it
    ['就是那个呼和浩特和林格尔新区的那个物流项目嗯投资十来个亿', '呼和浩特和林格尔新区'],
    ['就是那個呼和浩特和林格爾新區的那個物流項目嗯投資十來個億', '呼和浩特和林格爾新區'],
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

describe('round 22: a district or county signed or talked with (跟/與 … 簽咯, 談的), a 縣 or 市 in its name', () => {
  it.each([
    ['跟大家汇报下，宏泰新材昨日跟沙市区签咯框架协议，投资3亿。', '沙市区'],
    ['跟大家匯報下，宏泰新材昨日跟沙市區簽咯框架協議，投資3億。', '沙市區'],
    ['这次跟峡山区谈的是第二个厂，投资五千万美元。', '峡山区'],
    ['這次跟峽山區談的是第二個廠，投資五千萬美元。', '峽山區'],
    ['深圳立达模具与赣县区签约，投资5亿元建设模具项目。', '赣县区'],
    ['深圳立達模具與贛縣區簽約，投資5億元建設模具項目。', '贛縣區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // talks about a place, not with it
    ['跟大家谈的是沙市区的情况，没有具体项目。'],
    ['跟大家談的是沙市區的情況，沒有具體項目。'],
  ])('%s reads no place', (text) => {
    expect(location(text)).toBeNull();
  });
});

describe('round 22: a county or city opening its clause as the party that signs', () => {
  it.each([
    ['【潍坊日报】近日，昌邑市与北京中科新材料有限公司签约氢能装备项目，总投资8亿元。', '昌邑市'],
    ['【濰坊日報】近日，昌邑市與北京中科新材料有限公司簽約氫能裝備項目，總投資8億元。', '昌邑市'],
    ['12月4日，吉安市永丰县与深圳禾信科技有限公司举行电池项目签约仪式。', '吉安市永丰县'],
    ['12月4日，吉安市永豐縣與深圳禾信科技有限公司舉行電池項目簽約儀式。', '吉安市永豐縣'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // the city and the firm meet, nothing is signed
    ['12月4日，昌邑市与北京中科新材料有限公司座谈交流。'],
    ['12月4日，昌邑市與北京中科新材料有限公司座談交流。'],
  ])('%s reads no signing party', (text) => {
    expect(location(text)).not.toBe('昌邑市');
  });
});

describe('round 22: a place after 在 and an adverb before what is set up there', () => {
  it.each([
    ['中鼎建材那个项目两个亿，在临朐已经拿了地了八十六亩。', '临朐'],
    ['中鼎建材那個項目兩個億，在臨朐已經拿了地了八十六畝。', '臨朐'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // someone who is there, no project set up
    ['王总在临朐已经三天了，明天回来。'],
    ['王總在臨朐已經三天了，明天回來。'],
  ])('%s reads no place', (text) => {
    expect(location(text)).toBeNull();
  });
});

describe("round 22: a place whose investment office's bulletin the message is", () => {
  it.each([
    ['【監利市招商動態】第23期\n12月1日上午，全市舉行重大項目集中開工儀式，總投資86億元。', '監利市'],
    ['【监利市招商动态】第23期\n12月1日上午，全市举行重大项目集中开工仪式，总投资86亿元。', '监利市'],
    ['老张转的\n松滋市招商引资周报（12月第1周）\n1.本周接待客商考察3批次；', '松滋市'],
    ['老張轉的\n松滋市招商引資週報（12月第1週）\n1.本週接待客商考察3批次；', '松滋市'],
    ['转：双城区招商引资工作通报（2026年第11期）\n一、总体情况。全区新签约项目27个。', '双城区'],
    ['轉：雙城區招商引資工作通報（2026年第11期）\n一、總體情況。全區新簽約項目27個。', '雙城區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a bank, and a chamber's bulletin (the chamber sits far from where the projects go)
    ['招商银行深圳分行今天来商会座谈，聊了聊贷款。'],
    ['招商銀行深圳分行今天來商會座談，聊了聊貸款。'],
    ['深圳市驻荆州商会招商动态：本周接待客商3批。'],
    ['深圳市駐荊州商會招商動態：本週接待客商3批。'],
  ])('%s reads no place', (text) => {
    expect(location(text)).toBeNull();
  });
});

describe('round 22: counties the lists lacked, named alone', () => {
  it.each([
    ['宜丰那个锂电材料项目，投资4亿，已经签约。', '宜丰'],
    ['宜豐那個鋰電材料項目，投資4億，已經簽約。', '宜豐'],
    ['德國客商在壽陽的耐火材料項目，外方出資1500萬歐元，昨天在北京簽的合同。', '壽陽'],
    ['德国客商在寿阳的耐火材料项目，外方出资1500万欧元，昨天在北京签的合同。', '寿阳'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
