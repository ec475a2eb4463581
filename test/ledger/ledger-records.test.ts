import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { importLedger, importReport, type ImportOptions } from '../../src/ledger/import.ts';
import { readTablesFrom } from '../../src/ledger/table.ts';
import { addChamber } from '../../src/core/admin.ts';
import { insertLead } from '../../src/core/lead-records.ts';
import type { DraftFields } from '../../src/domain/draft-fields.ts';

const TZ = 'Asia/Shanghai';
const tdb = useTestDatabase();

const HEADER = '商會,項目名稱,投資方,階段,總投資(億元),首報日期,簽約日期,落地日期,聯繫人,電話';
const importCsv = async (text: string, options: Partial<ImportOptions> = {}) =>
  importLedger(tdb.db, {
    kind: 'leads',
    tables: await readTablesFrom(new TextEncoder().encode(text), 'ledger.csv'),
    fileName: 'ledger.csv',
    today: '2026-11-29',
    timeZone: TZ,
    ...options,
  });

describe('a leads ledger that leaves out what it says otherwise', () => {
  it('takes the landing date as the signing date of a landed row without one, and says so for that row', async () => {
    await addChamber(tdb.db, '成都商會');
    const result = await importCsv(
      [
        HEADER,
        '成都商會,冷鏈物流園,四川冷鏈有限公司,落地,3,2018-01-10,,2018-05-20,王總,028-85551234',
        '成都商會,光伏組件廠,,簽約,2,2018-02-01,2018-03-01,,,',
      ].join('\n'),
    );
    expect(result).toMatchObject({ imported: 2, invalid: 0, committed: true });
    const lines = importReport(result, 'ledger.csv', 'zh-CN');
    expect(lines).toContain('第 2 行「簽約日期」：没有签约日期：按「落地日期」2018-05-20 记为签约日期');
    expect(lines.filter((l) => l.includes('签约日期'))).toHaveLength(1);

    const landed = await tdb.db.selectFrom('leads').selectAll().where('project', '=', '冷鏈物流園').executeTakeFirstOrThrow();
    expect(landed.signed_at?.toISOString()).toBe('2018-05-19T16:00:00.000Z');
    expect(landed.contact_phone).toBe('028-85551234');
    const history = await tdb.db
      .selectFrom('lead_history')
      .select(['action', 'from_stage', 'to_stage', 'at'])
      .where('lead_id', '=', landed.id)
      .orderBy('id')
      .execute();
    expect(history.map((h) => [h.action, h.from_stage, h.to_stage])).toEqual([
      ['imported', null, 'landed'],
      ['stage', 'lead', 'signed'],
      ['stage', 'signed', 'landed'],
    ]);
  });

  it('still refuses a signed row without any date to sign it by', async () => {
    await addChamber(tdb.db, '成都商會');
    const result = await importCsv([HEADER, '成都商會,冷鏈物流園,,簽約,3,2018-01-10,,,,'].join('\n'));
    expect(result).toMatchObject({ imported: 0, invalid: 1, committed: false });
  });

  it('lists the rows that look like a lead already recorded in any chamber, and imports them all the same', async () => {
    await addChamber(tdb.db, '成都商會');
    const chongqing = await addChamber(tdb.db, '重慶商會');
    const fields = { project: '冷鏈物流園', company: null, contactPhone: '13912345678' } as DraftFields;
    const first = await insertLead(tdb.db, {
      chamberId: chongqing.id,
      reporterId: null,
      fields,
      stage: 'lead',
      rawText: 'x',
      reportedAt: new Date('2026-11-20T02:00:00Z'),
    });
    const result = await importCsv([HEADER, '成都商會,成都冷链物流园项目,,洽談,3,2026-11-25,,,,', '成都商會,火鍋底料廠,,洽談,1,2026-11-25,,,,'].join('\n'));
    expect(result).toMatchObject({ imported: 2, committed: true });
    expect(importReport(result, 'ledger.csv', 'zh-CN')).toContain(
      `第 2 行「項目名稱」：可能与 #${first.id} 重复（重慶商會 2026-11-20 首报），已照常导入，请核对`,
    );
    expect(importReport(result, 'ledger.csv', 'zh-CN').join('\n')).not.toContain('第 3 行');
  });
});

describe('import projects|policies given a ledger', () => {
  it('refuses a leads or events ledger, naming the columns a catalog file has, and publishes nothing', async () => {
    const { catalogImportReport, importCatalog } = await import('../../src/catalog/import.ts');
    const leads = await readTablesFrom(new TextEncoder().encode([HEADER, '成都商會,冷鏈物流園,,洽談,3,2018-01-10,,,王總,13912345678'].join('\n')), 'leads.csv');
    const result = await importCatalog(tdb.db, { kind: 'projects', tables: leads, fileName: 'leads.csv', today: '2026-11-29', now: new Date() });
    expect(result.committed).toBe(false);
    const report = catalogImportReport(result, 'leads.csv', 'zh-CN').join('\n');
    expect(report).toContain('这是线索台账，不是 projects 表');
    expect(report).toContain('import leads');
    expect(report).toMatch(/应有这些列：.*項目名稱/);
    expect(await tdb.db.selectFrom('projects').select('id').execute()).toEqual([]);

    const events = await readTablesFrom(new TextEncoder().encode('商會,日期,類型,地點,邀請企業(家)\n成都商會,2018-03-01,推介會,成都,30\n'), 'events.csv');
    const policies = await importCatalog(tdb.db, { kind: 'policies', tables: events, fileName: 'events.csv', today: '2026-11-29', now: new Date() });
    expect(catalogImportReport(policies, 'events.csv', 'zh-CN').join('\n')).toContain('这是活动台账，不是 policies 表');
  });
});
