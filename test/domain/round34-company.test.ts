import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const company = (text: string) => parseReport(text, { today }).company;

describe('round 34: company', () => {
  it('reads the Latin name after where a firm is from and 的, not the product said after it', () => {
    expect(company('宁波的 Silver Tide Marine 今天和北仑港区 signed MOU for a 海工装备 base，投资约3亿')).toBe('Silver Tide Marine');
    expect(company('寧波的 Silver Tide Marine 今天和北侖港區 signed MOU for a 海工裝備 base，投資約3億')).toBe('Silver Tide Marine');
    // Near-miss: a person after 的 is not the firm; the one they speak for is.
    expect(company('新加坡的 Lim Boon Hock 先生代表 Straits Harvest，有意投资冷链物流，规模约3亿')).toBe('Straits Harvest');
    expect(company('新加坡的 Lim Boon Hock 先生代表 Straits Harvest，有意投資冷鏈物流，規模約3億')).toBe('Straits Harvest');
    // Near-miss: a hyphened word stays whole.
    expect(company('台湾的 Green Hills Bio-Tech 下周到三亚谈种业合作，budget 大概两亿')).toBe('Green Hills Bio-Tech');
    expect(company('台灣的 Green Hills Bio-Tech 下週到三亞談種業合作，budget 大概兩億')).toBe('Green Hills Bio-Tech');
  });

  it('reads a Latin name after a place in pinyin and Cantonese 嘅', () => {
    expect(company('Johor 嘅 Kenanga Palm Oil，total 3亿，已经 signed 了')).toBe('Kenanga Palm Oil');
    expect(company('Johor 嘅 Kenanga Palm Oil，total 3億，已經 signed 咗')).toBe('Kenanga Palm Oil');
    // Near-miss: one plain word after 嘅 is a person's name.
    expect(company('Kowloon 嘅 Tony 话佢哋想喺高新区投资两亿做冷链')).toBeNull();
    expect(company('Kowloon 嘅 Tony 話佢哋想喺高新區投資兩億做冷鏈')).toBeNull();
  });
});
