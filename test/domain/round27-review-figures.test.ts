import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 27 review: one project's 合計, another party's later sum, a tally's later clause, and a linear tally. Made-up sentences. */
const yuan = (text: string) => parseReport(text, { today: '2026-12-06' }).investmentYuan;

describe('round 27 review: one project’s 合計 or 累計 is its own sum', () => {
  it('keeps it when a later sentence names other money', () => {
    expect(yuan('王总的厂合计投资3亿，其中设备1亿。土地款3000万')).toBe(300_000_000);
    expect(yuan('王總的廠合計投資3億，其中設備1億。土地款3000萬')).toBe(300_000_000);
    expect(yuan('厂区累计投资2亿元，其中设备8000万。流动资金500万')).toBe(200_000_000);
    expect(yuan('廠區累計投資2億元，其中設備8000萬。流動資金500萬')).toBe(200_000_000);
    expect(yuan('王总今年签约的厂合计投资3亿，其中设备1亿。土地款3000万')).toBe(300_000_000);
    expect(yuan('王總今年簽約的廠合計投資3億，其中設備1億。土地款3000萬')).toBe(300_000_000);
  });
  it('still passes over a tally of many projects or of a county', () => {
    expect(yuan('这个月商会推动的项目总共有5个，累计协议投资19亿。华远食品的冷链项目，投资1.4亿。')).toBe(140_000_000);
    expect(yuan('這個月商會推動的項目總共有5個，累計協議投資19億。華遠食品的冷鏈項目，投資1.4億。')).toBe(140_000_000);
    expect(yuan('全县累计投资8亿。我们对接的张总项目投资1.5亿。')).toBe(150_000_000);
    expect(yuan('全縣累計投資8億。我們對接的張總項目投資1.5億。')).toBe(150_000_000);
    // 引進…項目…合計: the projects brought in, tallied.
    expect(yuan('宣城去年引进长三角项目投资额合计超过300亿。今天广德又签一个：精密部件公司，投资2.5亿元。')).toBe(250_000_000);
    expect(yuan('宣城去年引進長三角項目投資額合計超過300億。今天廣德又簽一個：精密部件公司，投資2.5億元。')).toBe(250_000_000);
  });
});

describe('round 27 review: a later sum replaces the first only when it revises it', () => {
  it('keeps the first when the later sum is another’s, elsewhere, or merely heard', () => {
    expect(yuan('投资5亿，后来听说对方在苏州投了3亿')).toBe(500_000_000);
    expect(yuan('投資5億，後來聽說對方在蘇州投了3億')).toBe(500_000_000);
    expect(yuan('投资5亿（后来才知道是到2亿')).toBe(500_000_000);
    expect(yuan('投資5億（後來才知道是到2億')).toBe(500_000_000);
  });
  it('takes the later sum when it revises the first (變成, 改成, 調整為, 只投)', () => {
    expect(yuan('投资5亿，后来变成3亿')).toBe(300_000_000);
    expect(yuan('投資5億，後來變成3億')).toBe(300_000_000);
    expect(yuan('投资5亿，后来对方说改成3亿')).toBe(300_000_000);
    expect(yuan('投資5億，後來對方說改成3億')).toBe(300_000_000);
    expect(yuan('项目合计投资3亿，后来调整为2亿')).toBe(200_000_000);
    expect(yuan('項目合計投資3億，後來調整為2億')).toBe(200_000_000);
    expect(yuan('原来说投资5亿，后来说只投3亿')).toBe(300_000_000);
    expect(yuan('原來說投資5億，後來說只投3億')).toBe(300_000_000);
  });
});

describe('round 27 review: the lead’s own sum in a later clause of the tally’s sentence', () => {
  it('wins over the tally, as it does in a later sentence', () => {
    expect(yuan('1-11月招商引资总额120亿，张总项目投资1.5亿')).toBe(150_000_000);
    expect(yuan('1-11月招商引資總額120億，張總項目投資1.5億')).toBe(150_000_000);
    expect(yuan('1-11月招商引资总额120亿。张总项目投资1.5亿')).toBe(150_000_000);
    expect(yuan('全縣累計投資8億，張總項目投資1.5億')).toBe(150_000_000);
  });
  it('gives way to no share of the tally (其中) and keeps a tally said alone', () => {
    expect(yuan('今年全市共签约项目86个，总金额523亿，其中工业项目300亿')).toBe(52_300_000_000);
    expect(yuan('今年全市共簽約項目86個，總金額523億，其中工業項目300億')).toBe(52_300_000_000);
    expect(yuan('昨天推介会现场签约重大项目两个，总投资25.6亿。')).toBe(2_560_000_000);
    expect(yuan('昨天推介會現場簽約重大項目兩個，總投資25.6億。')).toBe(2_560_000_000);
  });
});
