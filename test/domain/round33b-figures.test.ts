import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const investment = (text: string) => parseReport(text, { today }).investmentYuan;

describe('round 33b: figures', () => {
  it('keeps a spoken tail after 億 or 萬 the place down before any word', () => {
    expect(investment('那个做陶瓷的宏达，话要喺枫溪投两亿六起仓库，仲喺度倾')).toBe(260_000_000);
    expect(investment('那個做陶瓷的宏達，話要喺楓溪投兩億六起倉庫，仲喺度傾')).toBe(260_000_000);
    // Near-miss: a digit that counts something of its own stays out of the sum.
    expect(investment('宏达陶瓷想在枫溪投两亿，六家企业陪同考察，还在谈')).toBe(200_000_000);
    expect(investment('宏达陶瓷想在枫溪投两亿六家企业陪同考察，还在谈')).not.toBe(200_000_006);
  });

  it('reads the yuan given in brackets after a foreign sum', () => {
    expect(investment('德国海默机械拟在高新区投资2000万欧元（约1.56亿元）建齿轮厂，在谈')).toBe(156_000_000);
    expect(investment('德國海默機械擬在高新區投資2000萬歐元（約1.56億元）建齒輪廠，在談')).toBe(156_000_000);
    // Near-miss: a sum in yuan after a bare comma may be a second sum.
    expect(investment('德国海默机械拟在高新区投资2000万欧元，约1.56亿元的设备明年进场，在谈')).toBeNull();
  });

  it('reads a conversion said by 折 or 換算下來', () => {
    expect(investment('澳洲那家奶粉厂想在开发区投1000万澳元，折人民币四千七百万左右，在谈')).toBe(47_000_000);
    expect(investment('澳洲那家奶粉廠想在開發區投1000萬澳元，折人民幣四千七百萬左右，在談')).toBe(47_000_000);
    expect(investment('澳洲那家奶粉厂想投 1000万澳元 在开发区建厂，换算下来大概 4700 万人民币，在谈')).toBe(47_000_000);
    expect(investment('澳洲那家奶粉廠想投 1000萬澳元 在開發區建廠，換算下來大概 4700 萬人民幣，在談')).toBe(47_000_000);
    // Near-miss: a foreign sum with no conversion stays foreign only.
    expect(investment('澳洲那家奶粉厂想在开发区投1000万澳元，人民币的数还没给，在谈')).toBeNull();
  });

  it('reads no investment from the price of land', () => {
    expect(investment('那个茶叶加工厂还在谈，老板嫌地价高，每亩要三十几万，想再去别处看看')).toBeNull();
    expect(investment('那個茶葉加工廠還在談，老闆嫌地價高，每畝要三十幾萬，想再去別處看看')).toBeNull();
    expect(investment('茶叶加工项目，土地出让金2600万已经交了，总投资还在算')).toBeNull();
    expect(investment('茶葉加工項目，土地出讓金2600萬已經交了，總投資還在算')).toBeNull();
    // Near-miss: a sum said as the investment beside the price of land stays.
    expect(investment('茶叶加工项目地价每亩30万，总投资2.6亿，还在谈')).toBe(260_000_000);
  });
});
