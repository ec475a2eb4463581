import { describe, expect, it } from 'vitest';
import { maskPhone, maskPhonesInText } from '../../src/domain/phone-mask.ts';

const digitsShown = (masked: string) => masked.replace(/[^\d]/g, '');

describe('maskPhone: every phone shape keeps at most its last four digits', () => {
  it.each([
    ['13800138000', '*******8000'],
    ['139-1234-5678', '***-****-5678'],
    ['+86 138 0013 8000', '+** *** **** 8000'],
    ['028-85551234', '***-****1234'],
    ['(028) 8555 1234', '(***) **** 1234'],
    ['0755-8888 1234 轉 806', '****-**** 1234 轉 ***'],
    ['0755-88881234转806', '****-****1234转***'],
    ['87654321', '****4321'],
    ['8765432', '****432'],
    ['8555-1234', '****-1234'],
    ['+1 415 555 0100', '+* *** *** 0100'],
    ['12345', '*****'],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
    expect(digitsShown(masked).length).toBeLessThanOrEqual(4);
  });
});

describe('maskPhonesInText: phone numbers in free text', () => {
  it.each([
    ['已與王總通話，電話13800138000，下週再約', '已與王總通話，電話*******8000，下週再約'],
    ['座机 028-85551234 转 806，找李娜', '座机 ***-****1234 转 ***，找李娜'],
    ['Tel: +86 138 0013 8000.', 'Tel: +** *** **** 8000.'],
    ['辦公室 87654321 或 8765432', '辦公室 ****4321 或 ****432'],
    ['聯繫 0755-8888 1234 轉806 再談', '聯繫 ****-**** 1234 轉*** 再談'],
  ])('%s', (note, masked) => {
    expect(maskPhonesInText(note)).toBe(masked);
  });

  it.each([
    '總投資12.8億元，到位資金3億',
    '2026-11-20 簽約，2026/11/20 開工，20261120 投產',
    '投資50000000元，帶動就業12000人，邀請企業120家',
    '2025-2026 兩年規劃，佔地1200畝',
    '合同號 HT-20261120001，訂單 A12345678',
    '10:30 在 3 號會議室',
  ])('leaves amounts, dates, counts and identifiers alone: %s', (note) => {
    expect(maskPhonesInText(note)).toBe(note);
  });
});
