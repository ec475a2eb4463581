import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const investment = (text: string) => parseReport(text, { today }).investmentYuan;
const invited = (text: string) => parseReport(text, { today }).invitedEnterprises;

describe('round 33: figures', () => {
  it('reads a spoken tail before a hedge or a slip owned as the place down', () => {
    expect(investment('宁波那个做储能的海瑞电子想在经开区投三亿五大概要六十亩地，还在谈')).toBe(350_000_000);
    expect(investment('寧波那個做儲能的海瑞電子想在經開區投三億五大概要六十畝地，還在談')).toBe(350_000_000);
    // Near-miss: the tail before a unit of its own is no place down.
    expect(investment('宁波海瑞电子想在经开区投三亿，五家企业陪同考察，还在谈')).toBe(300_000_000);
  });

  it('reads a bare sum followed by the money put in as the investment', () => {
    expect(investment('老乡话佢想去钦州做榴莲冷链，八千五投落去，批地还未知，仲在倾')).toBeNull();
    expect(investment('老乡话佢想去钦州做榴莲冷链，一亿三投落去，批地还未知，仲在倾')).toBe(130_000_000);
    expect(investment('老鄉話佢想去欽州做榴槤冷鏈，一億三投落去，批地還未知，仲在傾')).toBe(130_000_000);
    expect(investment('许昌那个日本精工的厂子投产了，两点四个亿砸进去，六十亩地')).toBe(240_000_000);
    expect(investment('許昌那個日本精工的廠子投產了，兩點四個億砸進去，六十畝地')).toBe(240_000_000);
    // Near-miss: a sum followed by 投產 is not money put in.
    expect(investment('许昌那个日本精工的厂子两点四个亿投产的那条线今年满负荷')).not.toBe(240_000_000);
  });

  it('reads the right sum after one denied, quoted or in Cantonese', () => {
    expect(investment('语音转文字有误：海瑞电子的储能项目不是「三亿」，是「三点四亿」，在谈')).toBe(340_000_000);
    expect(investment('語音轉文字有誤：海瑞電子的儲能項目不是「三億」，是「三點四億」，在談')).toBe(340_000_000);
    expect(investment('头先讲错咗 唔系五千万 系五千六百万 嗰个海瑞电子储能项目 听日签')).toBe(56_000_000);
    expect(investment('頭先講錯咗 唔係五千萬 係五千六百萬 嗰個海瑞電子儲能項目 聽日簽')).toBe(56_000_000);
    // Near-miss: a sum after 系 with no denial before it is not a correction.
    expect(investment('海瑞电子储能项目 系五千六百万 听日签')).not.toBe(50_000_000);
  });

  it('keeps a count said with Cantonese 係 before the one denied', () => {
    expect(invited('更正：上週三嘅推介會唔係喺順德開，係喺南海開；出席企業係15家唔係51家，冇簽約。')).toBe(15);
    expect(invited('更正：上周三的推介会不是在顺德开，是在南海开；出席企业是15家不是51家，没签约。')).toBe(15);
    // Near-miss: a count denied before the right one gives the right one.
    expect(invited('更正：上周三的推介会出席企业不是51家，是15家，没签约。')).toBe(15);
  });
  it('reads the right sum after a denied one said with whose word or what it was of', () => {
    expect(investment('别乱传了，海瑞电子储能项目投资额不是群里说的8个亿，是4个亿，还在洽谈')).toBe(400_000_000);
    expect(investment('別亂傳了，海瑞電子儲能項目投資額不是群裡說的8個億，是4個億，還在洽談')).toBe(400_000_000);
    expect(investment('更正：海瑞电子储能项目总投资不是一期的6000万，整个项目是1.8亿，在谈')).toBe(180_000_000);
    expect(investment('更正：海瑞電子儲能項目總投資不是一期的6000萬，整個項目是1.8億，在談')).toBe(180_000_000);
    expect(investment('撤回上条：海瑞电子不是要投3亿，是3000万，下周来签')).toBe(30_000_000);
    // Near-miss: a sum said after 不是 with no right one after it is not replaced.
    expect(investment('海瑞电子储能项目投资4个亿，不是群里说的那家，还在洽谈')).toBe(400_000_000);
  });
  it('reads the sum of the phases said before 合計 as the investment', () => {
    const foreign = (text: string) => parseReport(text, { today }).investmentForeign;
    expect(foreign('德国施密特泵业在常州的工厂，一期投资600万欧元、二期再投400万欧元，合计1000万欧元，已签约')).toEqual({
      currency: 'EUR',
      amount: 10_000_000,
    });
    expect(foreign('德國施密特泵業在常州的工廠，一期投資600萬歐元、二期再投400萬歐元，合計1000萬歐元，已簽約')).toEqual({
      currency: 'EUR',
      amount: 10_000_000,
    });
    // Near-miss: a bulletin's 合計 over several projects, with no phase before it, is no project's sum.
    expect(investment('本月全县签约项目5个，合计12亿元。其中海瑞电子储能项目投资3亿元，已签约')).toBe(300_000_000);
  });
});
