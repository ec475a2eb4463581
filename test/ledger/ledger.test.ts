import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { parsePeriod, type Period } from '../../src/domain/periods.ts';
import { money, area, count, parseDateCell, type CellContext } from '../../src/ledger/columns.ts';
import { importLedger, importReport, type ImportOptions } from '../../src/ledger/import.ts';
import { decodeText, parseCsv, readTablesFrom, TableReadError } from '../../src/ledger/table.ts';
import { translate } from '../../src/i18n/index.ts';
import { FULL_CONTACTS } from '../../src/domain/contact-view.ts';
import { exportWorkbook } from '../../src/summaries/export.ts';
import { buildSummaryReport } from '../../src/summaries/report.ts';
import { funnelByChamber, summarize } from '../../src/summaries/summary.ts';
import { addChamberRow, addEvent, addLead, addMember, moveLead } from '../summaries/fixtures.ts';

const TZ = 'Asia/Shanghai';
const TODAY = '2026-11-29';
const YI = 100_000_000;

const tdb = useTestDatabase();

const csv = (text: string) => readTablesFrom(new TextEncoder().encode(text), 'ledger.csv');
const importCsv = async (kind: 'leads' | 'events', text: string, options: Partial<ImportOptions> = {}) =>
  importLedger(tdb.db, { kind, tables: await csv(text), fileName: 'ledger.csv', today: TODAY, timeZone: TZ, ...options });

describe('reading tables', () => {
  it('reads CSV with quotes, doubled quotes, line breaks in quotes, CRLF and a BOM', () => {
    const rows = parseCsv(decodeText(new TextEncoder().encode('\ufeff商會,說明\r\n成都商會,"推介會, ""冷鏈""\n第二行"\r\n')));
    expect(rows).toEqual([
      ['商會', '說明'],
      ['成都商會', '推介會, "冷鏈"\n第二行'],
    ]);
  });

  it('keeps rows of any length, blank rows in their place, stray quotes as written, and reads tab-separated files', () => {
    expect(parseCsv('商會,金額,備註\n成都商會\n\n重慶商會,5億,說 "好" 的\n')).toEqual([
      ['商會', '金額', '備註'],
      ['成都商會'],
      [null],
      ['重慶商會', '5億', '說 "好" 的'],
    ]);
    expect(parseCsv('商會\t金額\n成都商會\t1,200\n')).toEqual([
      ['商會', '金額'],
      ['成都商會', '1,200'],
    ]);
  });

  it('refuses a quote that is never closed, naming its row and column', async () => {
    const error = await csv('商會,說明\n成都商會,推介會\n重慶商會,"未閉合\n下一行\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TableReadError);
    expect((error as TableReadError).message).toMatch(/^CSV row 3, column 2:/);
    const { key, params } = (error as TableReadError).problem!;
    expect(translate('zh-CN', key, params)).toBe('CSV 第 3 行第 2 列的引号没有闭合，请检查该单元格的双引号');
  });

  it('reads the GB18030 that Chinese Excel saves CSV in', () => {
    const gbk = new Uint8Array([0xc9, 0xcc, 0xbb, 0xe1, 0x2c, 0x31, 0x0a]); // "商会,1\n" in GBK
    expect(parseCsv(decodeText(gbk))).toEqual([['商会', '1']]);
  });

  it('reads dates as Excel, people and serial numbers write them', () => {
    expect(parseDateCell(new Date('2018-03-05T00:00:00Z'))).toBe('2018-03-05');
    expect(parseDateCell(43164)).toBe('2018-03-05');
    for (const text of ['2018-03-05', '2018/3/5', '2018.3.5', '2018年3月5日', '20180305', '２０１８－０３－０５'])
      expect(parseDateCell(text), text).toBe('2018-03-05');
    expect(parseDateCell('2018-02-30')).toBeNull();
    expect(parseDateCell('下週')).toBeNull();
  });
});

describe('reading amounts exactly', () => {
  const yi: CellContext = { unit: 'yi', today: TODAY };
  const wan: CellContext = { unit: 'wan', today: TODAY };
  const yuan: CellContext = { unit: 'yuan', today: TODAY };
  it.each([
    [0.57, yi, 57_000_000],
    ['0.57', yi, 57_000_000],
    [100.15, yi, 10_015_000_000],
    [0.1 + 0.2, yi, 30_000_000],
    [1.23456789, yi, 123_456_789],
    ['5700萬', yi, 57_000_000],
    ['0.57億元', wan, 57_000_000],
    [5700, wan, 57_000_000],
    ['1,234.5', wan, 12_345_000],
    [57000000, yuan, 57_000_000],
    ['１２', yi, 1_200_000_000],
  ] as const)('%s in %o is %i yuan', (cell, context, expected) => {
    expect(money()(cell, context)).toEqual({ value: expected });
  });

  it('refuses what is not an amount', () => {
    expect(money()('-3', yi)).toEqual({ problem: { key: 'ledger.negative' } });
    expect(money()('很多', yi)).toMatchObject({ problem: { key: 'ledger.notNumber' } });
    expect(money()(200_000, yi)).toMatchObject({ problem: { key: 'ledger.tooLarge' } });
    expect(count()('12.5', yuan)).toMatchObject({ problem: { key: 'ledger.notInteger' } });
    expect(count()('4000人', yuan)).toEqual({ value: 4000 });
    expect(area()(20, { unit: 'hectare', today: TODAY })).toEqual({ value: 300 });
    expect(area()('1.2萬平方米', { unit: 'mu', today: TODAY })).toEqual({ value: 18 });
  });
});

const LEADS_HEADER =
  '商會,項目名稱,投資方,階段,總投資(億元),到位資金(億元),佔地(畝),就業(人),稅收(萬元),首報日期,簽約日期,落地日期,聯繫人,電話,地點,行業,負責人,報告人';

describe('importing leads', () => {
  beforeEach(async () => {
    await addChamberRow(tdb.db, '成都商會');
    await addChamberRow(tdb.db, '上海商會');
  });

  it('lists every bad cell by row and column, and imports nothing', async () => {
    const result = await importCsv(
      'leads',
      [
        LEADS_HEADER,
        '成都商會,冷鏈物流中心,,簽約,0.57,,120,300,,2018-01-05,2018-03-01,,王經理,13912345678,高新區,物流,,',
        '成都商會,皮具產業園,,洽談,很多,,,,,2018-02-01,,,,,,,,',
        '火星商會,數據中心,,線索,1,,,,,2018-02-01,,,,,,,,',
        '上海商會,康養中心,,簽約,2,,,,,2018-02-01,,,,,,,,',
        '上海商會,,,落地,2,,,,,2018-02-01,2018-01-01,2018-05-01,,abc,,,,',
        '成都商會,光伏組件,,開會,1,,,,,2099-01-01,,,,,,,,',
      ].join('\n'),
    );
    expect(result.committed).toBe(false);
    expect(result.imported).toBe(0);
    expect(result.invalid).toBe(5);
    const lines = importReport(result, 'ledger.csv', 'zh-TW');
    expect(lines[0]).toBe('招商線索：共 6 行，新匯入 0 條，已存在 0 條，有錯 5 行。');
    expect(lines).toContain('第 3 行「總投資(億元)」：「很多」不是數字');
    expect(lines).toContain('第 4 行「商會」：沒有名為「火星商會」的商會（先用 chamber add 添加，或加 --create-chambers）');
    expect(lines).toContain('第 5 行「簽約日期」：階段為「簽約」，請填寫簽約日期');
    expect(lines).toContain('第 6 行「電話」：「abc」不像電話號碼');
    expect(lines).toContain('第 7 行「階段」：看不懂階段「開會」（可用：線索、洽談、簽約、落地、終止）');
    expect(lines).toContain('第 7 行「首報日期」：2099-01-01 晚於今天');
    expect(lines.at(-1)).toContain('什麼也沒有匯入');
    expect(await tdb.db.selectFrom('leads').select('id').execute()).toHaveLength(0);

    const fixedRow6 = await importCsv('leads', [LEADS_HEADER, '上海商會,,,落地,2,,,,,2018-02-01,2018-01-01,2018-05-01,,,,,,'].join('\n'));
    expect(importReport(fixedRow6, 'ledger.csv', 'zh-CN').slice(1, 3)).toEqual([
      '第 2 行「項目名稱」：项目名称和投资方至少填一项',
      '第 2 行「簽約日期」：簽約日期（2018-01-01）早于首報日期（2018-02-01）',
    ]);
  });

  it('imports the good rows only when asked to skip the bad ones, and adds nothing the second time', async () => {
    const text = [
      LEADS_HEADER,
      '成都商會,冷鏈物流中心,蓉城冷鏈,簽約,0.57,0.2,120,300,50,2018-01-05,2018-03-01,,王經理,13912345678,高新區,物流,,',
      '成都商會,冷鏈物流中心,蓉城冷鏈,簽約,0.57,0.2,120,300,50,2018-01-05,2018-03-01,,王經理,13912345678,高新區,物流,,',
      '成都商會,皮具產業園,,洽談,很多,,,,,2018-02-01,,,,,,,,',
    ].join('\n');
    const first = await importCsv('leads', text, { skipInvalid: true });
    expect(first).toMatchObject({ rows: 3, imported: 2, invalid: 1, committed: true });
    const again = await importCsv('leads', text, { skipInvalid: true });
    expect(again).toMatchObject({ imported: 0, existing: 2 });
    const leads = await tdb.db.selectFrom('leads').selectAll().orderBy('id').execute();
    expect(leads).toHaveLength(2);
    expect(leads[0]).toMatchObject({
      stage: 'signed',
      investment_yuan: 57_000_000,
      funds_in_place_yuan: 20_000_000,
      tax_yuan: 500_000,
      area_mu: 120,
      jobs: 300,
      contact_phone: '13912345678',
    });
    const s = await summarize(tdb.db, { from: '2018-01-01', to: '2018-06-30' }, 'all', TZ);
    expect(s.total).toMatchObject({ newLeads: 2, signedProjects: 2, signedInvestmentYuan: 114_000_000, fundsInPlaceYuan: 40_000_000 });
  });

  it('reads simplified and English headers, and amounts in the unit a header names', async () => {
    await importCsv('leads', ['商会,项目名称,阶段,总投资(万元),首报日期,签约日期', '成都商会,数据中心,签约,5700,2018-01-05,2018-02-01'].join('\n'));
    await importCsv(
      'leads',
      ['chamber,project,stage,investmentYuan,reportedOn,signedOn', '上海商會,Data centre,signed,120000000,2018-01-05,2018-02-01'].join('\n'),
    );
    const leads = await tdb.db.selectFrom('leads').select(['project', 'investment_yuan', 'chamber_id']).orderBy('id').execute();
    expect(leads.map((l) => l.investment_yuan)).toEqual([57_000_000, 120_000_000]);
  });

  it('says which header names a unit it does not know', async () => {
    const result = await importCsv('leads', ['商會,項目名稱,總投資(美元),首報日期', '成都商會,X,1,2018-01-01'].join('\n'));
    expect(importReport(result, 'ledger.csv', 'zh-CN')).toEqual(['ledger.csv：表头「總投資(美元)」的单位「美元」看不懂（可用：亿元、万元、元）']);
    const missing = await importCsv('leads', ['項目名稱,首報日期', 'X,2018-01-01'].join('\n'));
    expect(importReport(missing, 'ledger.csv', 'zh-CN')).toEqual(['ledger.csv：找不到「商會」列（第一行应为表头）']);
  });

  it('credits a reporter named in the ledger who is a member of the chamber', async () => {
    const chengdu = (await tdb.db.selectFrom('chambers').select('id').where('name', '=', '成都商會').executeTakeFirstOrThrow()).id;
    const member = await addMember(tdb.db, chengdu, '張會員');
    await importCsv('leads', ['商會,項目名稱,首報日期,報告人', '成都商會,X,2018-01-01,张会员', '成都商會,Y,2018-01-01,路人甲'].join('\n'));
    const leads = await tdb.db.selectFrom('leads').select(['project', 'reporter_id']).orderBy('id').execute();
    expect(leads).toEqual([
      { project: 'X', reporter_id: member },
      { project: 'Y', reporter_id: null },
    ]);
  });
});

describe('importing events', () => {
  it('imports events, creating the chambers when the database has none, and not twice', async () => {
    const text = [
      '商會,日期,類型,地點,邀請企業(戶),現場簽約(個),說明',
      '成都商會,2018-03-03,推介會,成都,40,2,冷鏈推介',
      '上海商會,2018/4/4,洽談,上海,,,',
      '成都商會,2018-05-05,考察,,3,,',
    ].join('\n');
    const result = await importCsv('events', text);
    expect(result).toMatchObject({ imported: 3, createdChambers: ['成都商會', '上海商會'] });
    expect((await importCsv('events', text)).existing).toBe(3);
    const s = await summarize(tdb.db, { from: '2018-01-01', to: '2018-06-30' }, 'all', TZ);
    expect(s.total).toMatchObject({ negotiations: 1, promotions: 1, visits: 1, invitedEnterprises: 43 });
    const bad = await importCsv('events', ['商會,日期,類型', '成都商會,明天,開會'].join('\n'));
    expect(importReport(bad, 'x.csv', 'en')).toEqual([
      'events: 1 rows, 0 imported, 0 already there, 1 with errors.',
      'row 2, "日期": "明天" is not a date (write 2018-03-05)',
      'row 2, "類型": unknown event type "開會" (negotiation, promotion, visit, other)',
      '1 rows have errors, so nothing was imported. Fix them and import again, or pass --skip-invalid to import the good rows only.',
    ]);
  });
});

describe('export, then import into an empty database', () => {
  it('gives the same summary, funnel and funds, period by period', async () => {
    const chengdu = await addChamberRow(tdb.db, '成都商會');
    const shanghai = await addChamberRow(tdb.db, '上海商會');
    await addChamberRow(tdb.db, '重慶商會籌備組', 'preparing');
    const reporter = await addMember(tdb.db, chengdu, '張會員');
    // Funds raised twice, in different periods; a lead signed and later dropped; one that skipped to landed.
    const twice = await addLead(tdb.db, {
      chamberId: chengdu,
      reporterId: reporter,
      reportedAt: '2017-11-20T02:00:00Z',
      stage: 'negotiating',
      investmentYuan: 12 * YI,
      project: '冷鏈物流中心',
    });
    await moveLead(tdb.db, twice.id, 'signed', '2018-02-01T02:00:00Z', { fundsInPlaceYuan: 57_000_000 });
    await moveLead(tdb.db, twice.id, 'landed', '2018-08-01T02:00:00Z', { fundsInPlaceYuan: 3 * YI });
    const dropped = await addLead(tdb.db, {
      chamberId: shanghai,
      reportedAt: '2018-01-10T02:00:00Z',
      stage: 'negotiating',
      investmentYuan: 5 * YI,
      project: '康養中心',
    });
    await moveLead(tdb.db, dropped.id, 'signed', '2018-03-01T02:00:00Z');
    await moveLead(tdb.db, dropped.id, 'dropped', '2018-05-01T02:00:00Z');
    const jumper = await addLead(tdb.db, {
      chamberId: shanghai,
      reportedAt: '2018-04-01T02:00:00Z',
      investmentYuan: 123_456_789,
      jobs: 321,
      areaMu: 45.67,
      project: '數據中心',
    });
    await moveLead(tdb.db, jumper.id, 'landed', '2018-06-30T16:30:00Z');
    const quiet = await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2018-05-01T02:00:00Z', project: '意向項目' });
    await moveLead(tdb.db, quiet.id, 'negotiating', '2018-05-10T02:00:00Z');
    await moveLead(tdb.db, quiet.id, 'lead', '2018-05-20T02:00:00Z');
    await addEvent(tdb.db, chengdu, 'promotion', '2018-03-03', 40);
    await addEvent(tdb.db, shanghai, 'negotiation', '2018-07-01');
    await addEvent(tdb.db, shanghai, 'visit', '2017-12-31', 3);

    const year = (parsePeriod('2018', TODAY) as { period: Period }).period;
    const periods = ['2018', '2018H1', '2018H2', '2018Q1', '2018-08', '2017'].map((t) => (parsePeriod(t, TODAY) as { period: Period }).period);
    const before = await Promise.all(periods.map((p) => summarize(tdb.db, p, 'all', TZ)));
    const funnelBefore = await funnelByChamber(tdb.db, year, 'all', TZ);
    const wholeRange = (parsePeriod('2017-01-01..2018-12-31', TODAY) as { period: Period }).period;
    const { data } = await exportWorkbook(tdb.db, wholeRange, 'all', {
      lang: 'zh-TW',
      timeZone: TZ,
      now: new Date('2026-11-29T02:00:00Z'),
      contactView: () => FULL_CONTACTS,
    });

    await tdb.reset();
    const tables = await readTablesFrom(data, 'export.xlsx');
    const events = await importLedger(tdb.db, { kind: 'events', tables, fileName: 'export.xlsx', today: TODAY, timeZone: TZ });
    const leads = await importLedger(tdb.db, { kind: 'leads', tables, fileName: 'export.xlsx', today: TODAY, timeZone: TZ });
    expect(events).toMatchObject({ imported: 3, invalid: 0 });
    expect(leads).toMatchObject({ imported: 4, invalid: 0 });
    expect(events.createdChambers).toEqual(['成都商會', '上海商會', '重慶商會籌備組']);
    const chamber = await tdb.db.selectFrom('chambers').select(['name', 'status']).where('name', '=', '重慶商會籌備組').executeTakeFirstOrThrow();
    expect(chamber.status).toBe('preparing');

    const after = await Promise.all(periods.map((p) => summarize(tdb.db, p, 'all', TZ)));
    const strip = (s: (typeof before)[number]) => ({ ...s, chambers: s.chambers.map(({ chamberId: _id, ...rest }) => rest) });
    expect(after.map(strip)).toEqual(before.map(strip));
    const funnelAfter = await funnelByChamber(tdb.db, year, 'all', TZ);
    const funnelTotals = (rows: typeof funnelBefore) => rows.map(({ chamberId: _id, ...f }) => f).sort((x, y) => x.reported - y.reported);
    expect(funnelTotals(funnelAfter)).toEqual(funnelTotals(funnelBefore));
    expect(before[0].total).toMatchObject({ fundsInPlaceYuan: 3 * YI, signedProjects: 2, landedProjects: 2 });
    expect(before[4].total.fundsInPlaceYuan).toBe(243_000_000);

    // And the export of the imported data lists the same ledger again: importing it adds nothing.
    const again = await exportWorkbook(tdb.db, wholeRange, 'all', { lang: 'zh-CN', timeZone: TZ, now: new Date(), contactView: () => FULL_CONTACTS });
    const reimport = await importLedger(tdb.db, {
      kind: 'leads',
      tables: await readTablesFrom(again.data, 'x.xlsx'),
      fileName: 'x.xlsx',
      today: TODAY,
      timeZone: TZ,
    });
    expect(reimport).toMatchObject({ imported: 0, existing: 4 });
    const report = await buildSummaryReport(tdb.db, year, 'all', TZ);
    expect(report.current.total.signedInvestmentYuan).toBe(12 * YI + 123_456_789);
  });
});
