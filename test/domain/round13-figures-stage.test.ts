import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 13 (stage, kind, figures and contacts). Every sentence here is made up; none is copied from a
// development set.
const today = '2026-11-29';
const parse = (text: string) => parseReport(text, { today });

describe('round 13: spoken figures run on into the next key', () => {
  it('reads 兩億六 before 用地, 到位, 年納稅 and a dialect particle as the next place down', () => {
    expect(parse('他們那個輪胎廠已經簽了總投資三億四用地九十畝').investmentYuan).toBe(340_000_000);
    expect(parse('他们那个轮胎厂已经投产了总投资一亿六到位资金八千万').investmentYuan).toBe(160_000_000);
    expect(parse('那個罐頭廠已經開工了投資兩億八年納稅預計兩千萬').investmentYuan).toBe(280_000_000);
    expect(parse('上个礼拜跟园区签了约，投资四亿五嘞，搞个物流园').investmentYuan).toBe(450_000_000);
  });
});

describe('round 13: a sum put right in more words', () => {
  it('takes the figure after a slip owned by how it was made (看錯了, 筆誤, 少打了個萬字)', () => {
    expect(parse('鼎盛機械投資6千萬……哦不對，我看錯了，是1.6億。').investmentYuan).toBe(160_000_000);
    expect(parse('鼎盛机械在园区投2亿美元建厂，我听错了，是2亿元人民币。').investmentYuan).toBe(200_000_000);
    expect(parse('上面寫的「投資5千億」是筆誤，應該是5千萬。').investmentYuan).toBe(50_000_000);
    expect(parse('鼎盛机械投资6000元，已经开工。\n少打了个万字，是6000万。').investmentYuan).toBe(60_000_000);
  });

  it('takes the figure after 哦不, 不對不對 with a check said between, and 核實是', () => {
    expect(parse('鼎盛機械 投資額5000萬，哦不，應該是4500萬。').investmentYuan).toBe(45_000_000);
    expect(parse('鼎盛机械投资2亿——不对不对，刚查了协议，是2.4亿，已经签了。').investmentYuan).toBe(240_000_000);
    expect(parse('鼎盛機械投資原來報的1.2億，後來跟老闆核實是1.5億。').investmentYuan).toBe(150_000_000);
    expect(parse('investment 2 bn RMB？不对不对，是 2 亿。').investmentYuan).toBe(200_000_000);
  });

  it('takes the figure a sum was raised to (提到了) or put right after an arrow (→修正為)', () => {
    expect(parse('企業把投資額從原來報的3億提到了3.4億，還在磨。').investmentYuan).toBe(340_000_000);
    expect(parse('鼎盛机械：投资6亿→修正为5.5亿；已签约。').investmentYuan).toBe(550_000_000);
  });

  it('takes the figure denied and then said again in speech (三億不是三點五億嗯三點五億)', () => {
    expect(parse('那個倉庫項目投資兩億不是兩點八億嗯兩點八億已經開工了').investmentYuan).toBe(280_000_000);
    expect(parse('那个仓库项目投资两亿不是两点八亿 嗯 两点八亿 已经开工了').investmentYuan).toBe(280_000_000);
    expect(parse('那個倉庫項目投資兩億，不是兩點八億。').investmentYuan).toBe(200_000_000);
  });
});

describe('round 13: a currency named before its sum', () => {
  it('reads every currency named in Chinese before the sum as foreign (投資澳門元8000萬, 泰銖5億)', () => {
    expect(parse('濠江餐飲擬投資澳門元6000萬開設中央廚房。')).toMatchObject({
      investmentYuan: null,
      investmentForeign: { currency: 'MOP', amount: 60_000_000 },
    });
    expect(parse('濠江餐饮拟投资泰铢5亿开设中央厨房。')).toMatchObject({ investmentYuan: null, investmentForeign: { currency: 'THB', amount: 500_000_000 } });
  });

  it('reads 林吉特, 韓幣 and 日圓 as currencies', () => {
    expect(parse('金盾手套在臨港工業區投資2.5億林吉特，已經開工。').investmentForeign).toEqual({ currency: 'MYR', amount: 250_000_000 });
    expect(parse('金盾手套在临港工业区投资300亿韩币，已经开工。').investmentForeign).toEqual({ currency: 'KRW', amount: 30_000_000_000 });
    expect(parse('金盾手套在臨港工業區投資20億日圓，已經開工。').investmentForeign).toEqual({ currency: 'JPY', amount: 2_000_000_000 });
  });
});
