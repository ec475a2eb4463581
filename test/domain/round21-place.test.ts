import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 21 (sets BR-BU): a county-level place said alone, without 市/縣/區, in a frame that says the lead goes there. Made-up sentences. */
const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 21: a place settled in, after 落戶/落地/放在/選在/定在/→', () => {
  it.each([
    ['上周谈的那个包装材料项目，投资2个亿，落户安丘，还在等土地指标。', '安丘'],
    ['那個汽配項目，投資1.5億，最後落地高密，下月開工。', '高密'],
    ['鑫达机械的新厂打算放在江陵，先投八千万。', '江陵'],
    ['冷鏈倉儲項目選在臨朐，總投資3億。', '臨朐'],
    ['1、北京华泰（医药）→诸城，2亿，谈着呢', '诸城'],
    ['天津恒昌（鋼構）→壽光，1.2億，簽了', '壽光'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // not a place: a company's home town, a brand
    ['诸城的一家机械厂来我市考察，想投五千万建个配件厂。'],
    ['落户资金已经到位，青岛啤酒的经销商下周来谈。'],
  ])('%s reads no place', (text) => {
    expect(location(text)).toBeNull();
  });
});

describe('round 21: a place signed or talked with, after 跟/與/同', () => {
  it.each([
    ['前兒個鑫泰塑業跟咱昌樂簽了，年產兩萬噸，一個億。', '昌樂'],
    ['宏远食品跟诸城还没签，说是下个月，投资六千万。', '诸城'],
    ['華興電子同石首 MOU 簽咗，項目係電子元件廠，預計2億。', '石首'],
    ['博达新材与监利正在洽谈，拟投资3亿元建设生产线。', '监利'],
    ['韩国大成食品跟寿光谈了两轮，投资一千万美元。', '寿光'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a person's origin, a company's home: the talk is with someone, not the place
    ['跟安丘老乡吃了顿饭，他们厂想扩产，还没定在哪。'],
    ['跟青岛啤酒签了个供货合同，金额不大。'],
  ])('%s reads no place', (text) => {
    expect(location(text)).toBeNull();
  });
});

describe('round 21: a place come to, to invest, build or sign, after 來/到', () => {
  it.each([
    ['台北的宏昌纺织说要来吴江 投八千万，还在意向阶段。', '吴江'],
    ['廣州駿達電子有意來洪湖設個分廠，投資額還沒報。', '洪湖'],
    ['还没签，说好下个月到监利签，现在还在改合同。', '监利'],
    ['深圳的一家做電池的企業想來江陵投兩個億，還在看。', '江陵'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // come from a place, not to it
    ['从诸城来的客商说想投一个亿，地方还没定。'],
    ['本来高密那边想投，后来没了下文。'],
  ])('%s reads no place', (text) => {
    expect(location(text)).toBeNull();
  });
});

describe('round 21: a place after 在 and before 的 and the project', () => {
  it.each([
    ['鸿泰生物在洪湖的水产饲料项目，投资1.6亿，已经拿地了。', '洪湖'],
    ['天津匯通物流在昌邑的冷鏈項目投資調整為2.8億了。', '昌邑'],
    ['高雄大成水產在石首的冷鏈加工基地，總投資4.5億元。', '石首'],
    ['香港嘉运集团在青州的文旅小镇项目签约了，总投资15亿。', '青州'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a company there, and a project of before when the report turns to this time
    ['在诸城的一家机械公司想来我市投五千万。'],
    ['海德精工在蘇州的同類項目投資了10億，這次在我們經開'],
  ])('%s reads no place there', (text) => {
    const place = location(text);
    expect(place === null || !/诸城|蘇州/.test(place)).toBe(true);
  });
});

describe('round 21: a place that is a whole cell after another on its line', () => {
  it.each([
    ['纠正：用地是120亩不是210亩。北京泓图包装，昌乐，已签约。', '昌乐'],
    ['更正：項目年產2萬噸特種紙，高密，已投產', '高密'],
    ['数字更正：总投资还是3.2亿，天津鑫盛钢构，临朐。', '临朐'],
    ['宏達五金 | 壽光 | 9000萬 | 意向\n', '壽光'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a place opening its line (the company's home), places in a row, a place in brackets (a company's seat), a cut text
    ['山东商会报个线索。青岛，海润食品，想投一亿八。'],
    ['来自温州，宁波，台州的企业共15家参加。'],
    ['芯躍半導體（上海）有限公司下週來我市洽談，意向投資8.5億元。'],
    ['刚才金额打错了，是5000万元，揭阳'],
  ])('%s reads no place in the cell', (text) => {
    const place = location(text);
    expect(place === null || !/青岛|温州|上海|揭阳/.test(place)).toBe(true);
  });
});
