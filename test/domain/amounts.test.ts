import { describe, expect, it } from 'vitest';
import { formatYuan, parseAreaMu, parseChineseNumber, parseMoney } from '../../src/domain/amounts.ts';
import { scanQuantities } from '../../src/domain/quantities.ts';
import { foldText } from '../../src/domain/script.ts';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['一千零五十', 1050],
    ['兩千', 2000],
    ['两百', 200],
    ['三万五千', 35000],
    ['一亿二千万', 120_000_000],
    ['十二亿', 1_200_000_000],
    ['一萬億', 1_000_000_000_000],
    ['壹仟貳佰', 1200],
    ['贰亿伍仟万', 250_000_000],
    ['叁拾', 30],
    ['參拾陸', 36],
    ['〇', 0],
    ['二〇二六', 2026],
    ['二〇〇〇', 2000],
    ['三〇五', 305],
    ['三点五', 3.5],
    ['十二点三', 12.3],
    ['1,500', 1500],
    ['12,800,000', 12_800_000],
    ['１２００', 1200],
    ['0.57', 0.57],
    ['3千万', 30_000_000],
    ['1亿2000万', 120_000_000],
    ['1.2万', 12_000],
  ])('%s is %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '万', '亿元', 'abc', '十二个', '3,4', '1e5', '十二点三十分', '一点一点一'])('%j is not a number', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('parseMoney', () => {
  it.each([
    ['0.57億元', 57_000_000],
    ['0.08亿', 8_000_000],
    ['100.15億元', 10_015_000_000],
    ['435.9亿元', 43_590_000_000],
    ['12.8亿元', 1_280_000_000],
    ['投資一億二千萬元', 120_000_000],
    ['3千万', 30_000_000],
    ['5千萬元', 50_000_000],
    ['8百万元', 8_000_000],
    ['1,500萬元', 15_000_000],
    ['１２００万元', 12_000_000],
    ['1000余万元', 10_000_000],
    ['十多万元', 100_000],
    ['二十亿元', 2_000_000_000],
    ['兩億元', 200_000_000],
    ['三點五億元', 350_000_000],
    ['十二點三億元', 1_230_000_000],
    ['零点五亿', 50_000_000],
    ['二〇〇〇万元', 20_000_000],
    ['两三千万', 30_000_000],
    ['壹亿贰仟万元', 120_000_000],
    ['5000万元人民币', 50_000_000],
    ['人民币5亿元', 500_000_000],
    ['RMB 50 million', 50_000_000],
    ['CNY 1.2 billion', 1_200_000_000],
    ['RMB 2.5bn', 2_500_000_000],
    ['RMB500,000', 500_000],
    ['300 million yuan', 300_000_000],
    ['¥ 3000', 3000],
    ['600元', 600],
  ])('%s is %d yuan', (text, yuan) => {
    expect(parseMoney(text)).toBe(yuan);
  });

  it('keeps every decimal exact, with no floating-point drift', () => {
    for (let hundredths = 1; hundredths < 1000; hundredths++) {
      const text = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}億`;
      expect(parseMoney(text)).toBe(hundredths * 1_000_000);
    }
    expect(parseMoney('0.0057亿元')).toBe(570_000);
    expect(parseMoney('1.23456789亿')).toBe(123_456_789);
    expect(parseMoney('1.5元')).toBe(2); // yuan are whole: half rounds up
  });

  it.each([
    ['a foreign currency', '2000万美元'],
    ['dollars', 'USD 5 million'],
    ['a negative amount', '-5亿元'],
    ['a minus written in Chinese', '负3亿元'],
    ['more than 10萬億', '200000亿元'],
    ['far beyond a safe integer', '9999999999999999999999亿'],
    ['exponent notation', '1e308億'],
    ['no amount', '今天天气不错'],
  ])('is null for %s', (_why, text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it('takes exactly 10萬億 but not a yuan more', () => {
    expect(parseMoney('10万亿元')).toBe(10_000_000_000_000);
    expect(parseMoney('10000000000001元')).toBeNull();
  });
});

describe('parseAreaMu', () => {
  it.each([
    ['340畝', 340],
    ['20公顷', 300],
    ['1.2万平方米', 18],
    ['5000平方米', 7.5],
    ['8000㎡', 12],
    ['2平方公里', 3000],
    ['12 hectares', 180],
    ['30 mu', 30],
    ['1234平方米', 1.85],
  ])('%s is %d mu', (text, mu) => {
    expect(parseAreaMu(text)).toBe(mu);
  });
});

describe('formatYuan', () => {
  it.each([
    [10_015_000_000, 'zh-TW', '100.15億元'],
    [10_015_000_000, 'zh-CN', '100.15亿元'],
    [2_200_000_000, 'zh-CN', '22.00亿元'],
    [100_000_000, 'zh-TW', '1.00億元'],
    [99_999_999, 'zh-CN', '1.00亿元'],
    [57_000_000, 'zh-TW', '5700萬元'],
    [57_000_000, 'zh-CN', '5700万元'],
    [15_000, 'zh-CN', '1.5万元'],
    [12_345, 'zh-CN', '1.23万元'],
    [10_000, 'zh-TW', '1萬元'],
    [9_999, 'zh-CN', '9999元'],
    [0, 'zh-CN', '0元'],
    [10_015_000_000, 'en', 'CNY 10.02 bn'],
    [57_000_000, 'en', 'CNY 57 m'],
    [1_500_000, 'en', 'CNY 1.5 m'],
    [999_999_999, 'en', 'CNY 1 bn'],
    [12_000, 'en', 'CNY 12,000'],
  ] as const)('%d in %s is %s', (yuan, lang, shown) => {
    expect(formatYuan(yuan, lang)).toBe(shown);
  });
});

describe('folding and quantities', () => {
  it('keeps the text length so positions map back to the original', () => {
    const original = '東莞市鑫銳進出口貿易有限公司，投資１２億元😀';
    const folded = foldText(original);
    expect(folded.length).toBe(original.length);
    expect(folded).toBe('东莞市鑫锐进出口贸易有限公司,投资12亿元😀');
  });

  it('reads the unit after each number', () => {
    const units = scanQuantities(foldText('佔地340畝，解決就業4000多人，邀請企業45戶，RMB 50 million，20 hectares')).map((q) => q.unit);
    expect(units).toEqual(['mu', 'person', 'household', 'yuan', 'hectare']);
  });

  it('does not read digits glued to letters as numbers', () => {
    expect(scanQuantities(foldText('型号A3，面积m2，1e308'))).toHaveLength(1); // only the leading "1" of 1e308
  });
});
