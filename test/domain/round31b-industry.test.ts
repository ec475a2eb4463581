import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const industry = (text: string) => parseReport(text, { today }).industry;

describe('round 31b: industry — the finer product said with a class word', () => {
  it('reads a product head said right after the class (中間體, 敷料, 減速器, 基板, 膜)', () => {
    expect(industry('宜昌：武汉康达化工 医药中间体 投资1.8亿 在谈')).toBe('医药中间体');
    expect(industry('宜昌：武漢康達化工 醫藥中間體 投資1.8億 在談')).toBe('醫藥中間體');
    expect(industry('苏州某公司拟在开发区建设机器人减速器生产线，投资3亿元，已签约。')).toBe('机器人减速器');
    expect(industry('蘇州某公司擬在開發區建設機器人減速器生產線，投資3億元，已簽約。')).toBe('機器人減速器');
  });

  it('reads a kind said right before a short class (功率, 工業, LED)', () => {
    expect(industry('无锡芯联科技拟在新区投资6亿元建设功率半导体项目，正在洽谈。')).toBe('功率半导体');
    expect(industry('無錫芯聯科技擬在新區投資6億元建設功率半導體項目，正在洽談。')).toBe('功率半導體');
  });

  it('keeps the class when a qualifier makes a longer trade, the head repeats it, or the class is a raw material', () => {
    expect(industry('项目是广州恒达化学的精细化工中间体，投资1.5亿，在对接。')).not.toBe('化工中间体');
    expect(industry('德國某光學企業準備在常州投資1億元建眼鏡鏡片生產線，正在洽談。')).not.toBe('眼鏡鏡片');
    expect(industry('陇西 中药材饮片厂 六千万 还在谈')).not.toBe('中药材饮片');
  });

  it('finds the kind where the class stands again after the firm’s name', () => {
    expect(industry('厦门华晟照明科技有限公司拟在开发区投资2亿元建设LED照明生产基地，在谈。')).toBe('LED照明');
    expect(industry('廈門華晟照明科技有限公司擬在開發區投資2億元建設LED照明生產基地，在談。')).toBe('LED照明');
  });

  it('leaves a class of four alone after a kind, and 智慧 as praise (智慧冷鏈物流, 智慧物流園)', () => {
    expect(industry('杭州豫通物流拟在经开区投资2亿建设智慧物流园，在谈。')).toBe('物流');
    expect(industry('杭州某供應鏈公司擬在南湖區建設智慧冷鏈物流園，總投資2億元，洽談中。')).not.toBe('智慧冷鏈物流');
  });
});
