import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const industry = (text: string) => parseReport(text, { today }).industry;

describe('round 32b: industry — the product a project names', () => {
  it('reads what an optoelectronics firm’s project makes, not 光電', () => {
    expect(industry('苏州明川光电拟在宿迁投资2亿元建设红外热成像模组项目，洽谈中。')).toBe('红外热成像模组');
    expect(industry('蘇州明川光電擬在宿遷投資2億元建設紅外熱成像模組項目，洽談中。')).toBe('紅外熱成像模組');
    // No project said: the firm's line stays.
    expect(industry('苏州明川光电去年营收8亿，这次来宿迁看了看，还没谈项目。')).toBe('光电');
    // A part of two characters alone names no product.
    expect(industry('常州天和光電擬在高新區投資2億建設組件項目，在談。')).toBe('光電');
  });

  it('reads a broad class’s product of seven characters whole, not a processing nor the work done after it', () => {
    expect(industry('杭州绿康生物拟在衢州投资1亿元建设婴幼儿营养米粉生产线，已签约。')).toBe('婴幼儿营养米粉');
    expect(industry('杭州綠康生物擬在衢州投資1億元建設嬰幼兒營養米粉生產線，已簽約。')).toBe('嬰幼兒營養米粉');
    expect(industry('杭州绿康食品拟在衢州投资1亿元建设蓝莓果干深加工项目，已签约。')).toBe('食品');
    expect(industry('杭州綠康醫療擬在衢州投資1億元建設血壓計組裝生產項目，已簽約。')).toBe('醫療');
  });
});
