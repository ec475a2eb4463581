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
});
