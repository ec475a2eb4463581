import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-06';
const investment = (text: string) => {
  const { investmentYuan, investmentForeign } = parseReport(text, { today });
  return { investmentYuan, investmentForeign };
};

describe('round 23: the yuan a foreign sum is said to come to is recorded beside it', () => {
  it.each([
    ['投资1500万美元（约合人民币1.07亿元）建设生产线，已签约。', 107_000_000, { currency: 'USD', amount: 15_000_000 }],
    ['投資1500萬美元（約合人民幣1.07億元）建設生產線，已簽約。', 107_000_000, { currency: 'USD', amount: 15_000_000 }],
    ['拟投资1200万欧元，约合人民币9300万，在谈。', 93_000_000, { currency: 'EUR', amount: 12_000_000 }],
    ['擬投資1200萬歐元，約合人民幣9300萬，在談。', 93_000_000, { currency: 'EUR', amount: 12_000_000 }],
    ['首尔客商投资200亿韩元，相当于人民币1.05亿，意向阶段。', 105_000_000, { currency: 'KRW', amount: 20_000_000_000 }],
    ['首爾客商投資200億韓元，相當於人民幣1.05億，意向階段。', 105_000_000, { currency: 'KRW', amount: 20_000_000_000 }],
    ['They will invest USD 20 million (≈ RMB 140 million) in a warehouse.', 140_000_000, { currency: 'USD', amount: 20_000_000 }],
    // the conversion said a clause later, in the same sentence
    ['台商打算以新台币6亿元在鹰潭建厂，约合人民币1.35亿元，洽谈中。', 135_000_000, { currency: 'TWD', amount: 600_000_000 }],
    ['台商打算以新台幣6億元在鷹潭建廠，約合人民幣1.35億元，洽談中。', 135_000_000, { currency: 'TWD', amount: 600_000_000 }],
    ['马尼拉的侨商投5亿比索，在五华建厂，折合人民币大概6300万。', 63_000_000, { currency: 'PHP', amount: 500_000_000 }],
  ])('%s', (text, yuan, foreign) => {
    expect(investment(text)).toEqual({ investmentYuan: yuan, investmentForeign: foreign });
  });

  it.each([
    // a second sum, not a conversion
    ['投资5000万美元，另有3亿元配套资金，在谈。', { currency: 'USD', amount: 50_000_000 }],
    ['投資5000萬美元，另有3億元配套資金，在談。', { currency: 'USD', amount: 50_000_000 }],
    // a conversion in another sentence is about something else
    ['投资5000万美元建厂。约合人民币的部分另算，3亿元是地方配套。', { currency: 'USD', amount: 50_000_000 }],
    // a figure far from any exchange rate is not the sum converted (a message cut short)
    ['投资5000万美元（约合人民币3', { currency: 'USD', amount: 50_000_000 }],
  ])('%s keeps the foreign sum alone', (text, foreign) => {
    expect(investment(text)).toEqual({ investmentYuan: null, investmentForeign: foreign });
  });
});

describe('round 23: a sum in a currency of the investors abroad is never yuan', () => {
  it.each([
    ['马尼拉的侨商投5亿比索建厂，在谈。', { currency: 'PHP', amount: 500_000_000 }],
    ['馬尼拉的僑商投5億比索建廠，在談。', { currency: 'PHP', amount: 500_000_000 }],
    ['仰光客商拟投资300亿缅元建木材加工厂，意向阶段。', { currency: 'MMK', amount: 30_000_000_000 }],
    ['萬象的客商擬投資500億基普建倉儲中心，意向階段。', { currency: 'LAK', amount: 50_000_000_000 }],
    ['金边华商投资400亿瑞尔建服装厂，在谈。', { currency: 'KHR', amount: 40_000_000_000 }],
    ['塔什干合作方投资1000亿苏姆建物流园，在谈。', { currency: 'UZS', amount: 100_000_000_000 }],
    ['迪拜客商投資2億沙特里亞爾建冷庫，在談。', { currency: 'SAR', amount: 200_000_000 }],
    ['圣保罗侨商投5000万雷亚尔做咖啡加工，在谈。', { currency: 'BRL', amount: 50_000_000 }],
    ['墨西哥客商投資10億墨西哥比索建汽配廠，在談。', { currency: 'MXN', amount: 1_000_000_000 }],
  ])('%s', (text, foreign) => {
    expect(investment(text)).toEqual({ investmentYuan: null, investmentForeign: foreign });
  });
});
