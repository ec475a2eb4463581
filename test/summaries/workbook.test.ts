import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { seedDemo } from '../../src/core/demo-data.ts';
import { parsePeriod, type Period } from '../../src/domain/periods.ts';
import { FULL_CONTACTS, GROUP_CONTACTS } from '../../src/domain/contact-view.ts';
import { exportWorkbook } from '../../src/summaries/export.ts';
import { safeSheetName } from '../../src/summaries/workbook.ts';
import { addChamberRow, addLead, moveLead } from './fixtures.ts';

const TZ = 'Asia/Shanghai';

const tdb = useTestDatabase();

describe('sheet names', () => {
  it('are what Excel and WPS accept: at most 31 characters, none of []:*?/\\, unique, not History', () => {
    const taken = new Set<string>();
    const names = [
      safeSheetName('匯總', taken),
      safeSheetName('匯總', taken),
      safeSheetName('香港[特區]:商會/聯絡處?*\\', taken),
      safeSheetName('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五', taken),
      safeSheetName('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六', taken),
      safeSheetName('History', taken),
      safeSheetName("'引號'", taken),
      safeSheetName('   ', taken),
    ];
    expect(names).toEqual([
      '匯總',
      '匯總(2)',
      '香港_特區__商會_聯絡處___',
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一',
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八(2)',
      'History_',
      '引號',
      'Sheet_',
    ]);
    for (const name of names) {
      expect([...name].length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });
});

describe('the workbook', () => {
  it('reads back with the figures, formats, frozen headers and valid sheet names', async () => {
    await seedDemo(tdb.db, TZ);
    const odd = await addChamberRow(tdb.db, '香港[特別行政區]:招商聯絡處/籌備組?*很長很長很長很長很長的名字');
    const lead = await addLead(tdb.db, {
      chamberId: odd,
      reportedAt: '2018-03-01T02:00:00Z',
      stage: 'negotiating',
      investmentYuan: 57_000_000,
      project: '零點五七億項目',
    });
    await moveLead(tdb.db, lead.id, 'signed', '2018-04-01T02:00:00Z', { fundsInPlaceYuan: 12_345_678 });
    const period = (parsePeriod('2018上半年', '2026-11-29') as { period: Period }).period;
    const { data, leads, events } = await exportWorkbook(tdb.db, period, 'all', {
      lang: 'zh-TW',
      timeZone: TZ,
      now: new Date('2026-11-29T02:00:00Z'),
      contactView: () => FULL_CONTACTS,
    });
    expect(leads).toBe(28);
    expect(events).toBe(63);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(['匯總', '轉化漏斗']);
    expect(names.slice(-3)).toEqual(['招商線索', '活動', '商會名錄']);
    expect(names).toHaveLength(2 + 12 + 3);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      expect([...name].length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen' });
      expect((sheet.views[0] as { ySplit: number }).ySplit, sheet.name).toBeGreaterThan(0);
    }

    // The figures: a row per chamber, ranked, then the total; money in 億元 with two decimals.
    const summary = workbook.getWorksheet('匯總')!;
    expect(summary.getCell('A1').value).toBe('2018年上半年 匯總');
    const header = summary.getRow(3).values as unknown[];
    expect(header.slice(1, 5)).toEqual(['排名', '商會', '洽談(場)', '推介會(場)']);
    const column = (title: string) => header.indexOf(title);
    let totalRow: ExcelJS.Row | undefined;
    summary.eachRow((row) => {
      if (row.getCell(2).value === '全市合計') totalRow = row;
    });
    expect(totalRow!.getCell(column('洽談(場)')).value).toBe(33);
    expect(totalRow!.getCell(column('推介會(場)')).value).toBe(30);
    expect(totalRow!.getCell(column('邀請企業(戶)')).value).toBe(595);
    expect(totalRow!.getCell(column('簽約項目(個)')).value).toBe(20);
    expect(totalRow!.getCell(column('簽約投資(億元)')).value).toBeCloseTo(100.72, 10);
    expect(totalRow!.getCell(column('簽約投資(億元)')).numFmt).toBe('#,##0.00');
    expect(summary.getRow(4).getCell(1).value).toBe(1);

    // The leads: real dates, exact amounts, headers as the import reads them.
    const leadSheet = workbook.getWorksheet('招商線索')!;
    const leadHeader = leadSheet.getRow(1).values as unknown[];
    expect(leadHeader.slice(1, 8)).toEqual(['編號', '商會', '項目名稱', '投資方', '階段', '總投資(億元)', '到位資金(億元)']);
    let found: ExcelJS.Row | undefined;
    leadSheet.eachRow((row) => {
      if (row.getCell(leadHeader.indexOf('項目名稱')).value === '零點五七億項目') found = row;
    });
    expect(found!.getCell(leadHeader.indexOf('總投資(億元)')).value).toBe(0.57);
    expect(found!.getCell(leadHeader.indexOf('到位資金(億元)')).value).toBe(0.12345678);
    expect(found!.getCell(leadHeader.indexOf('階段')).value).toBe('簽約');
    const signedOn = found!.getCell(leadHeader.indexOf('簽約日期'));
    expect(signedOn.value).toEqual(new Date('2018-04-01T00:00:00Z'));
    expect(signedOn.numFmt).toBe('yyyy-mm-dd');
    expect(found!.getCell(leadHeader.indexOf('到位資金明細(億元)')).value).toBe('2018-04-01 0.12345678');

    const eventSheet = workbook.getWorksheet('活動')!;
    expect((eventSheet.getRow(1).values as unknown[]).slice(1)).toEqual(['編號', '商會', '日期', '類型', '地點', '邀請企業(戶)', '現場簽約(個)', '說明']);
    expect(eventSheet.getRow(2).getCell(3).value).toBeInstanceOf(Date);
  });

  it('is still a workbook when the period is empty', async () => {
    await addChamberRow(tdb.db, '成都商會');
    const period = (parsePeriod('2010', '2026-11-29') as { period: Period }).period;
    const { data, leads } = await exportWorkbook(tdb.db, period, 'all', { lang: 'en', timeZone: TZ, now: new Date(), contactView: () => GROUP_CONTACTS });
    expect(leads).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '转化漏斗', '成都商會', '招商线索', '活动', '商会名录']);
  });
});
