import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 22 (sets BR-BW): figures said in speech, corrected, or in currencies not known before. Made-up sentences. */
const today = '2026-12-06';
const investment = (text: string) => {
  const { investmentYuan, investmentForeign } = parseReport(text, { today });
  return { investmentYuan, investmentForeign };
};
const yuan = (text: string) => parseReport(text, { today }).investmentYuan;

describe('round 22: spoken sums, 八千把萬, 個把億, 個半億', () => {
  it.each([
    ['那家做冷链的想在监利搞个仓库，投资五千把万，还在谈。', 50_000_000],
    ['那家做冷鏈的想在監利搞個倉庫，投資五千把萬，還在談。', 50_000_000],
    ['他们老板说在江陵投个把亿没问题，还在谈。', 100_000_000],
    ['他們老闆說在江陵投個把億沒問題，還在談。', 100_000_000],
    ['想在开发区投个半亿建厂，还在谈。', 50_000_000],
    ['想在開發區投半個億建廠，還在談。', 50_000_000],
  ])('%s → %d', (text, want) => {
    expect(yuan(text)).toBe(want);
  });

  it('一把手 is no sum', () => {
    expect(yuan('厂里来了个一把手，投资三千万，还在谈。')).toBe(30_000_000);
  });
});

describe('round 22: a rough figure, then the exact one', () => {
  it.each([
    ['宏达机械的项目签了，投资三个多亿 嗯 三点二个亿，在高新区。', 320_000_000],
    ['宏達機械的項目簽了，投資三個多億 嗯 三點二個億，在高新區。', 320_000_000],
    ['报一下 五千几万的那个 就是华信物流 仓储中心 嗯 具体是五千三百万 已经签了', 53_000_000],
    ['報一下 五千幾萬的那個 就是華信物流 倉儲中心 嗯 具體是五千三百萬 已經簽了', 53_000_000],
  ])('%s → %d', (text, want) => {
    expect(yuan(text)).toBe(want);
  });

  it('a figure of another digit after the pause is another figure', () => {
    expect(yuan('项目签了，投资三个多亿 嗯 两个亿是到位资金。')).toBe(300_000_000);
  });
});

describe('round 22: a slip owned, then the figure', () => {
  it.each([
    ['上周签的两点四个亿不对不对是两个亿在经开区', 200_000_000],
    ['上週簽的兩點四個億不對不對是兩個億在經開區', 200_000_000],
    ['你写的投资1.8亿，不对，协议上是1.08亿，已经签约。', 108_000_000],
    ['你寫的投資1.8億，不對，協議上是1.08億，已經簽約。', 108_000_000],
  ])('%s → %d', (text, want) => {
    expect(yuan(text)).toBe(want);
  });
});

describe('round 22: the currency said after the sum, and the yuan it comes to', () => {
  it.each([
    ['投资5000万是港币不是人民币，还在谈。', { investmentYuan: null, investmentForeign: { currency: 'HKD', amount: 50_000_000 } }],
    ['投資5000萬是港幣不是人民幣，還在談。', { investmentYuan: null, investmentForeign: { currency: 'HKD', amount: 50_000_000 } }],
    ['日本东洋精密投资额20亿日元，折合人民币约1亿元，已签约。', { investmentYuan: 100_000_000, investmentForeign: { currency: 'JPY', amount: 2_000_000_000 } }],
    ['日本東洋精密投資額20億日元，折合人民幣約1億元，已簽約。', { investmentYuan: 100_000_000, investmentForeign: { currency: 'JPY', amount: 2_000_000_000 } }],
  ])('%s', (text, want) => {
    expect(investment(text)).toEqual(want);
  });

  it.each([
    // 港資 is no currency
    ['投资5000万是港资企业的，还在谈。', { investmentYuan: 50_000_000, investmentForeign: null }],
  ])('%s stays', (text, want) => {
    expect(investment(text)).toEqual(want);
  });
});

describe('round 22: tenge, koruna, roubles and RM are never yuan', () => {
  it.each([
    ['阿拉木图的客商想在榆次投资30亿坚戈建仓库，在谈。', { currency: 'KZT', amount: 3_000_000_000 }],
    ['阿拉木圖的客商想在榆次投資30億堅戈建倉庫，在談。', { currency: 'KZT', amount: 3_000_000_000 }],
    ['捷克合作方投资2亿克朗建玻璃厂，已签约。', { currency: 'CZK', amount: 200_000_000 }],
    ['捷克合作方投資2億克朗建玻璃廠，已簽約。', { currency: 'CZK', amount: 200_000_000 }],
    ['瑞典客商投资5亿瑞典克朗建厂，在谈。', { currency: 'SEK', amount: 500_000_000 }],
    ['俄方投資10億盧布建木材廠，在談。', { currency: 'RUB', amount: 1_000_000_000 }],
    ['The Almaty partner plans to invest KZT 2 billion in a warehouse in Yuci.', { currency: 'KZT', amount: 2_000_000_000 }],
    ['Investment: 800 million roubles for a sawmill in Shouyang County.', { currency: 'RUB', amount: 800_000_000 }],
    ['怡保的客商准备投 RM 5000万 在合肥建厂，在谈。', { currency: 'MYR', amount: 50_000_000 }],
    ['不是4000万坚戈，是4亿坚戈。阿拉木图那个合资厂，还在谈。', { currency: 'KZT', amount: 400_000_000 }],
  ])('%s', (text, want) => {
    expect(investment(text)).toEqual({ investmentYuan: null, investmentForeign: want });
  });

  it('Rm before a room number is no sum', () => {
    expect(investment('投资5000万，办公地点在 Rm 1203，在谈。')).toEqual({ investmentYuan: 50_000_000, investmentForeign: null });
  });
});

const contact = (text: string) => parseReport(text, { today }).contact;

describe('round 22: a contact key in speech typed with spaces', () => {
  it.each([
    ['收到 天津 宏业 那个 冷库 项目 签了 三千八百万 在 寿光 联系人 是 他们 赵经理', '赵经理'],
    ['收到 天津 宏業 那個 冷庫 項目 簽了 三千八百萬 在 壽光 聯繫人 是 他們 趙經理', '趙經理'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });

  it('a key whose value is still open names no one', () => {
    expect(contact('项目 签了 联系人 是 还没定')).toBeNull();
  });
});

describe('round 22: whom to ask for, after the number or the office', () => {
  it.each([
    ['联系方式：010 - 6588 2391（办公室），找刘主任。北京凯盛文旅想在青州搞个演艺项目，刚接触。', '刘主任'],
    ['電話0536-8812345，找王經理。華泰想在青州搞個項目，剛接觸。', '王經理'],
    ['推介会报名请联系商会秘书处陈秀玲小姐，手机+60 12-345 6789。', '陈秀玲'],
    ['推介會報名請聯繫商會秘書處陳秀玲小姐，手機+60 12-345 6789。', '陳秀玲'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });

  it('找 with no number before it names no contact', () => {
    expect(contact('2026年12月，找刘主任也没用。')).toBeNull();
  });
});
