import { describe, expect, it } from 'vitest';
import { catalogImportReport, importCatalog } from '../../src/catalog/import.ts';
import { importLedger, importReport } from '../../src/ledger/import.ts';
import { readTablesFrom } from '../../src/ledger/table.ts';
import { useTestDatabase } from '../support/database.ts';

const t = useTestDatabase();
const TODAY = '2026-11-29';
const csv = (lines: string[]) => readTablesFrom(new TextEncoder().encode(lines.join('\n')), 'ledger.csv');

describe('import --dry-run reports what would be imported and writes nothing', () => {
  it('counts the events and the chambers a ledger would add', async () => {
    const tables = await csv(['商會,日期,類型,邀請企業(戶)', '成都商會,2019-03-03,推介會,40', '重慶商會,2019-04-01,洽談,3']);
    const options = { kind: 'events' as const, tables, fileName: 'ledger.csv', today: TODAY, timeZone: 'Asia/Shanghai', createChambers: true };
    const dry = await importLedger(t.db, { ...options, dryRun: true });
    expect(dry).toMatchObject({ rows: 2, imported: 2, committed: false, createdChambers: ['成都商會', '重慶商會'] });
    expect(importReport(dry, 'ledger.csv', 'zh-CN')[0]).toContain('新导入 2 条');
    expect(await t.db.selectFrom('events').selectAll().execute()).toHaveLength(0);
    expect(await t.db.selectFrom('chambers').selectAll().execute()).toHaveLength(0);

    const real = await importLedger(t.db, options);
    expect(real).toMatchObject({ imported: 2, committed: true });
    // Once imported, a dry run of the same file would add nothing.
    expect(await importLedger(t.db, { ...options, dryRun: true })).toMatchObject({ imported: 0, existing: 2, createdChambers: [] });
  });

  it('counts the projects that would be added and updated', async () => {
    const rows = (status: string) => csv(['編號,項目名稱,行業,擬引資(億元),狀態', 'P-1,電子信息產業園二期,電子,5,招商中', `P-2,冷鏈物流中心,物流,3,${status}`]);
    const options = { kind: 'projects' as const, fileName: 'p.csv', today: TODAY, now: new Date('2026-11-20T00:00:00Z') };
    expect(await importCatalog(t.db, { ...options, tables: await rows('招商中'), dryRun: true })).toMatchObject({ inserted: 2, committed: false });
    expect(await t.db.selectFrom('projects').selectAll().execute()).toHaveLength(0);
    await importCatalog(t.db, { ...options, tables: await rows('招商中') });
    const dry = await importCatalog(t.db, { ...options, tables: await rows('已結束'), dryRun: true });
    expect(dry).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    expect(catalogImportReport(dry, 'p.csv', 'zh-CN')).toEqual(['招商项目：共 2 行，新增 0 个，更新 1 个，未变 1 个，有错 0 行。']);
    const saved = await t.db.selectFrom('projects').select('status').orderBy('id').execute();
    expect(saved.map((p) => p.status)).toEqual(['open', 'open']);
  });
});
