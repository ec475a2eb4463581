import { describe, expect, it } from 'vitest';
import { parseFieldEdit } from '../../src/domain/field-edit.ts';
import { parseReport } from '../../src/domain/report-parser.ts';
import { findPhone, phoneOnly } from '../../src/domain/phone.ts';

describe('contact phones', () => {
  it.each([
    ['13912345678', '13912345678'],
    ['+86 139 1234 5678', '13912345678'],
    ['028-85551234', '028-85551234'],
    ['(028)85551234', '028-85551234'],
    ['02885551234', '028-85551234'],
    ['0755-8888 1234 轉 806', '0755-88881234-806'],
    ['0755-88881234转806', '0755-88881234-806'],
    ['+86 28 8555 1234', '028-85551234'],
  ])('reads %s as %s', (written, stored) => {
    expect(phoneOnly(written)).toBe(stored);
  });

  it('does not take dates, amounts or short numbers for phones', () => {
    for (const text of ['2026-11-20', '0.57億', '投資3500萬元', '12345678']) expect(findPhone(text)).toBeNull();
  });

  it('are read from a report, landline or mobile', () => {
    expect(parseReport('冷鏈物流園項目投資3億，聯繫人周總，電話028-85551234', { today: '2026-11-29' }).contactPhone).toBe('028-85551234');
    expect(parseReport('冷鏈物流園項目投資3億，聯繫人周總 0755-8888 1234 轉 806', { today: '2026-11-29' }).contactPhone).toBe('0755-88881234-806');
  });

  it('are accepted as a correction, alone or with the contact name', () => {
    const fields = ['contact', 'contactPhone'] as const;
    expect(parseFieldEdit('電話 028-85551234', { today: '2026-11-29', fields })).toEqual({ changes: { contactPhone: '028-85551234' } });
    expect(parseFieldEdit('联系人 周总 0755-8888 1234 转 806', { today: '2026-11-29', fields })).toEqual({
      changes: { contact: '周总', contactPhone: '0755-88881234-806' },
    });
    expect(parseFieldEdit('phone tomorrow', { today: '2026-11-29', fields })).toEqual({ invalid: 'tomorrow', field: 'contactPhone' });
  });
});
