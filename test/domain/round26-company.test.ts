import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-06';
const company = (text: string) => parseReport(text, { today }).company;

describe('round 26: company', () => {
  it('reads an investment firm after its place, when intent, a stake or a heading colon follows 投資', () => {
    expect(company('香港瑞信投资有意在高新区投资3000万美元建研发中心，在谈')).toBe('瑞信投资');
    expect(company('香港瑞信投資有意在高新區投資3000萬美元建研發中心，在談')).toBe('瑞信投資');
    expect(company('新加坡丰茂投资拟在经开区建冷链仓储，投资额2亿元')).toBe('丰茂投资');
    expect(company('新加坡豐茂投資擬在經開區建冷鏈倉儲，投資額2億元')).toBe('豐茂投資');
    expect(company('那家酒厂不是被收购，是上海的恒嘉投资入股，出资1.2亿，已签协议')).toBe('恒嘉投资');
    expect(company('那家酒廠不是被收購，是上海的恒嘉投資入股，出資1.2億，已簽協議')).toBe('恒嘉投資');
    expect(company('澳门永盛投资：总投资3亿元，在新区做酒店，已签约')).toBe('永盛投资');
    expect(company('澳門永盛投資：總投資3億元，在新區做酒店，已簽約')).toBe('永盛投資');
    // Near-misses: 投資 a verb before a sum or a building verb; a period, a level or a kind of investment names no firm.
    expect(company('香港瑞信投资3000万美元建研发中心，在谈')).toBeNull();
    expect(company('香港瑞信投資3000萬美元建研發中心，在談')).toBeNull();
    expect(company('深圳年度投资计划已下达，重点项目12个')).toBeNull();
    expect(company('深圳年度投資計劃已下達，重點項目12個')).toBeNull();
    expect(company('广东省级投资计划拟调整')).toBeNull();
    expect(company('項目情況如下，香港外資投資擬放寬')).toBeNull();
    // A colon after 投資 later in a line is a key (亩均投资：), not a heading.
    expect(company('要求：深圳亩均投资：300万元以上')).toBeNull();
  });

  it('reads a firm introduced and named (一家叫…), its name ending before the firm it names', () => {
    expect(company('朝阳一家叫山海之味的企业，昨天开工了，总投资1.2亿')).toBe('山海之味');
    expect(company('朝陽一家叫山海之味的企業，昨天開工了，總投資1.2億')).toBe('山海之味');
    expect(company('厂子已经盖好了，投资两亿，广州有家叫恒通精工，也想来')).toBe('恒通精工');
    expect(company('廠子已經蓋好了，投資兩億，廣州有家叫恒通精工，也想來')).toBe('恒通精工');
    expect(company('呃杭州那个叫云之谷的企业说想投个五千万吧还没定')).toBe('云之谷');
    expect(company('呃杭州那個叫雲之谷的企業說想投個五千萬吧還沒定')).toBe('雲之谷');
    // Near-misses: 大家叫 names a person, not a firm; 叫…個公司 (Wu's 的) still ends the name.
    expect(company('大家叫他老王，他想投个厂')).toBeNull();
    expect(company('大家叫他老王，他想投個廠')).toBeNull();
    expect(company('宁波一家叫海丰电子个公司，想来投资两亿')).toBe('海丰电子');
    expect(company('寧波一家叫海豐電子個公司，想來投資兩億')).toBe('海豐電子');
  });

  it('reads no firm from a figure put right in quotes, and goes on to the firm named after it', () => {
    expect(company('前面打错了：不是「三千万」，是「三千亩」。有机茶园，杭州绿野农业投的，总投资9000万')).toBe('绿野农业');
    expect(company('前面打錯了：不是「三千萬」，是「三千畝」。有機茶園，杭州綠野農業投的，總投資9000萬')).toBe('綠野農業');
    // Near-miss: a name put right by one sounding alike is still read.
    expect(company('说错了，不是「浙联轴承」，是「浙隆轴承」，投资一亿')).toBe('浙隆轴承');
    expect(company('說錯了，不是「浙聯軸承」，是「浙隆軸承」，投資一億')).toBe('浙隆軸承');
  });
});
