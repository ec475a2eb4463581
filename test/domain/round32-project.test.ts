import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const project = (text: string) => parseReport(text, { today }).project;

describe('round 32: a country said before the company opening a project goes with the company', () => {
  it('reads what is built after the country, the company and the place', () => {
    expect(project('荷兰范德堡纺织南通无纺布工厂项目已签约，总投资1.2亿元。')).toBe('无纺布工厂');
    expect(project('荷蘭范德堡紡織南通無紡布工廠項目已簽約，總投資1.2億元。')).toBe('無紡布工廠');
  });

  it('keeps the name when what is left is only where or a clause', () => {
    expect(project('荷兰范德堡纺织海门项目，总投资3亿元，已签约。')).not.toBe('海门');
    expect(project('荷蘭范德堡紡織海門項目，總投資3億元，已簽約。')).not.toBe('海門');
    // A country that names what is sold stays (no company between them).
    expect(project('想在口岸搞个越南红木家具加工，投资大概5000万。')).toBe('越南红木家具加工');
  });
});

describe('round 32: a terse row that has said where names the firm with its home', () => {
  it('reads the product, not the firm opening with another place', () => {
    expect(project('桐梓 竹笋加工 重庆山珍 8000万 已签')).toBe('竹笋加工');
    expect(project('桐梓 竹筍加工 重慶山珍 8000萬 已簽')).toBe('竹筍加工');
    expect(project('潮南  针织内衣  福建锦程针织  在谈  2亿')).toBe('针织内衣');
  });

  it('still reads the second name when the first is the firm', () => {
    expect(project('桐梓 重庆山珍 竹笋加工 8000万 已签')).toBe('竹笋加工');
  });
});

describe('round 32: 就是 before a name is a pause of speech', () => {
  it('drops it', () => {
    expect(project('他们想在高新区搞一个那个就是碳化硅衬底的项目，投资大概三亿，还在谈')).toBe('碳化硅衬底');
    expect(project('他們想在高新區搞一個那個就是碳化矽襯底的項目，投資大概三億，還在談')).toBe('碳化矽襯底');
  });

  it('leaves a name that 就是 only follows', () => {
    expect(project('他们想在高新区搞一个碳化硅衬底的项目，就是那个，投资大概三亿，还在谈')).toBe('碳化硅衬底');
  });
});

describe('round 32: English words after 項目 that tell how it stands or who invests are no name', () => {
  it('reads the name said before 項目', () => {
    expect(project('更新：Brightline Foods 的 cold room 项目 already 动工，总投资 RMB 80M')).toBe('cold room');
    expect(project('更新：Brightline Foods 的 cold room 項目 already 動工，總投資 RMB 80M')).toBe('cold room');
    expect(project('襄阳 的 cable tray 项目：investor Northgate Metals，capex RMB 60 million')).toBe('cable tray');
  });

  it('keeps a name given after 項目', () => {
    expect(project('Brightline Foods 的项目：cold room hub，已签约')).toBe('cold room hub');
  });
});

describe('round 32: English words before project, after a place or "the"', () => {
  it('reads them as the name', () => {
    expect(project('宜昌 高新区 battery separator project，investor: Kestrel Energy，total capex RMB 1.1bn')).toBe('battery separator');
    expect(project('LOI signed with 宜昌高新区 for the battery separator project, total investment RMB 500 million.')).toBe('battery separator');
  });

  it('reads no name from a clause', () => {
    expect(project('宜昌 高新区 in talks on a project，capex RMB 50 million')).toBeNull();
  });
});
