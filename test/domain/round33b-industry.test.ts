import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const industry = (text: string) => parseReport(text, { today }).industry;

describe('round 33b: industry — stage words, named sites, numbered crops, 製品', () => {
  it('reads no stage word as a trade in a terse line (線索, 待定)', () => {
    expect(industry('蒙自 跨境电商 3000万 新线索')).toBe('跨境电商');
    expect(industry('蒙自 跨境電商 3000萬 新線索')).toBe('跨境電商');
    // Near-miss: a trade that opens with the same character (線纜) is still a trade.
    expect(industry('蒙自 线缆 3000万 新线索')).toBe('线缆');
    expect(industry('蒙自 線纜 3000萬 新線索')).toBe('線纜');
  });

  it('reads a shopping complex and a sea ranch as written (商業綜合體, 海洋牧場)', () => {
    expect(industry('澳门的恒丰置业想在江北新区建商业综合体，投资6亿港币，还在谈')).toBe('商业综合体');
    expect(industry('澳門的恆豐置業想在江北新區建商業綜合體，投資6億港幣，還在談')).toBe('商業綜合體');
    expect(industry('霞浦那个海洋牧场项目签了，投资1.2亿')).toBe('海洋牧场');
    expect(industry('霞浦那個海洋牧場項目簽了，投資1.2億')).toBe('海洋牧場');
    // Near-miss: a ranch on land is no sea ranch; the firm's trade is read.
    expect(industry('内蒙古草原乳业的奶牛牧场项目签了，投资1.2亿')).not.toBe('海洋牧场');
  });

  it('reads a facility named by a numbered crop (三七, 三文魚)', () => {
    expect(industry('挪威 Nordfisk 三文鱼加工项目，投资8000万，落在连江，已开工')).toBe('三文鱼加工');
    expect(industry('挪威 Nordfisk 三文魚加工項目，投資8000萬，落在連江，已開工')).toBe('三文魚加工');
    expect(industry('砚山那个三七加工厂已经投产，投资六千万')).toBe('三七加工');
    expect(industry('硯山那個三七加工廠已經投產，投資六千萬')).toBe('三七加工');
    // Near-miss: a count of three before a facility is no crop.
    expect(industry('砚山那三个加工厂已经投产，投资六千万')).toBeNull();
  });

  it('reads a project’s X製品 where the firm is read apart (Lusitania Cork…軟木製品項目)', () => {
    expect(industry('项目签约：意大利Bella Lana公司与桐乡市签订羊毛制品项目协议，总投资2000万欧元。')).toBe('羊毛制品');
    expect(industry('項目簽約：意大利Bella Lana公司與桐鄉市簽訂羊毛製品項目協議，總投資2000萬歐元。')).toBe('羊毛製品');
  });
});
