import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import { parsePolicy, parseProject } from '../../src/catalog/fields.ts';
import { catalogImportReport, importCatalog } from '../../src/catalog/import.ts';
import { readTablesFrom } from '../../src/ledger/table.ts';

const t = useTestDatabase();

const TODAY = '2026-11-29';

describe('reading a project or a policy as typed', () => {
  it('reads key-value lines in traditional or simplified Chinese', () => {
    expect(
      parseProject(
        '名稱：電子信息產業園二期\n行業：電子\n地點：高新區\n擬引資：5億元\n用地：200畝\n優惠：前三年稅收全返\n聯繫人：張主任 13800138000\n有效期至：2027年6月30日',
        TODAY,
      ),
    ).toEqual({
      name: '電子信息產業園二期',
      industry: '電子',
      location: '高新區',
      investmentYuan: 500_000_000,
      land: '200畝',
      areaMu: 200,
      incentives: '前三年稅收全返',
      contact: '張主任',
      contactPhone: '13800138000',
      status: 'open',
      validUntil: '2027-06-30',
    });
    expect(parseProject('名称：冷链物流中心 行业：物流 投资：3.5亿 状态：已结束', TODAY)).toMatchObject({
      name: '冷链物流中心',
      industry: '物流',
      investmentYuan: 350_000_000,
      status: 'closed',
    });
  });

  it('reads prose when there are no keys', () => {
    expect(parseProject('冷鏈物流中心項目，總投資3億元，用地150畝，有效期至2027-03-31，聯繫電話13900000000', TODAY)).toMatchObject({
      name: '冷鏈物流中心項目',
      industry: '物流',
      investmentYuan: 300_000_000,
      areaMu: 150,
      validUntil: '2027-03-31',
      contactPhone: '13900000000',
    });
  });

  it('reads a policy, its validity as a range, and its industries', () => {
    expect(
      parsePolicy(
        '標題：關於支持異地商會招商引資的若干措施\n發布單位：市政府辦公室\n摘要：對引進重大項目的商會給予獎勵\n有效期：2026年1月1日至2028年12月31日\n適用行業：電子、物流\n鏈接：https://example.gov.cn/a.html',
        TODAY,
      ),
    ).toEqual({
      title: '關於支持異地商會招商引資的若干措施',
      issuer: '市政府辦公室',
      summary: '對引進重大項目的商會給予獎勵',
      link: 'https://example.gov.cn/a.html',
      validFrom: '2026-01-01',
      validTo: '2028-12-31',
      industries: ['電子', '物流'],
    });
    expect(parsePolicy('Title: Logistics subsidy\nIssued by: City Commerce Bureau\nValid until: 2027-12-31\nIndustries: logistics, food', TODAY)).toMatchObject(
      {
        title: 'Logistics subsidy',
        issuer: 'City Commerce Bureau',
        validTo: '2027-12-31',
        industries: ['logistics', 'food'],
      },
    );
  });
});

describe('publishing and browsing in the chat', () => {
  async function world() {
    const clock = testClock();
    const { core } = testCore(t.db, clock);
    const official = await joinAs(core, t.db, 'official', { name: '投促局' });
    const secretary = await joinAs(core, t.db, 'secretary', { name: '秘書長' });
    const member = await joinAs(core, t.db, 'member', { name: '張三' });
    return { clock, core, official, secretary, member };
  }

  it("an official publishes a project with Save; members find it, their chamber's industries first", async () => {
    const { official, secretary, member } = await world();
    const draft = ChatUser.text(await official.send('/project add 名稱：電子信息產業園二期 行業：電子 擬引資：5億元 地點：高新區'));
    expect(draft).toContain('请确认要发布的招商项目');
    expect(draft).toContain('拟引资：5.00亿元');
    expect(ChatUser.text(await official.press('保存'))).toMatch(/已发布招商项目 #1/);
    await official.send('/project add 名稱：冷鏈物流中心 行業：物流 擬引資：3億');
    await official.press('保存');
    await official.send('/project add 名稱：不要的項目');
    expect(ChatUser.text(await official.press('取消'))).toContain('已取消');
    expect(await t.db.selectFrom('projects').select('name').orderBy('id').execute()).toEqual([{ name: '電子信息產業園二期' }, { name: '冷鏈物流中心' }]);

    // Latest first, until the chamber names its industries.
    let list = ChatUser.text(await member.send('/projects'));
    expect(list.indexOf('冷鏈物流中心')).toBeLessThan(list.indexOf('電子信息產業園'));
    expect(ChatUser.text(await secretary.send('/industries 电子 食品'))).toContain('电子、食品');
    list = ChatUser.text(await member.send('/projects'));
    expect(list.indexOf('電子信息產業園')).toBeLessThan(list.indexOf('冷鏈物流中心'));
    // Searching in simplified finds what was written in traditional.
    const found = ChatUser.text(await member.send('/projects 冷链'));
    expect(found).toContain('冷鏈物流中心');
    expect(found).not.toContain('電子信息產業園');
    expect(ChatUser.text(await member.send('/project 1'))).toContain('地点：高新區');
    // Closed projects leave the list.
    expect(ChatUser.text(await official.send('/project close 2'))).toContain('已关闭');
    expect(ChatUser.text(await member.send('/projects'))).not.toContain('冷鏈物流中心');
  });

  it('only officials publish; only a secretary sets the industries; a project needs a name', async () => {
    const { official, secretary, member } = await world();
    expect(ChatUser.text(await member.send('/project add 名稱：X'))).toMatch(/没有权限/);
    expect(ChatUser.text(await secretary.send('/policy add 標題：X'))).toMatch(/没有权限/);
    expect(ChatUser.text(await member.send('/industries 物流'))).toMatch(/没有权限/);
    expect(ChatUser.text(await member.send('/industries'))).toContain('还没有设置');
    expect(ChatUser.text(await official.send('/policy add 發布單位：市政府'))).toContain('还缺少：标题');
    expect(ChatUser.text(await official.press('保存'))).toContain('还缺少：标题');
    expect(await t.db.selectFrom('policies').selectAll().execute()).toHaveLength(0);
    // Someone else cannot press an official's Save.
    await official.send('/policy add 標題：物流補貼 摘要：運費補貼30%');
    const save = official.lastButtons.find((b) => b.label.includes('保存'))!;
    expect(ChatUser.text(await member.deliver({ action: save.action }))).toContain('只有报告人');
  });

  it('publishes a policy and lists it by keyword', async () => {
    const { official, member } = await world();
    await official.send('/policy add 標題：物流補貼辦法\n發布單位：市商務局\n摘要：運費補貼30%\n有效期：2026-01-01至2027-12-31\n適用行業：物流');
    expect(ChatUser.text(await official.press('保存'))).toMatch(/已发布优惠政策 #1/);
    expect(ChatUser.text(await member.send('/policies 物流'))).toContain('物流補貼辦法');
    expect(ChatUser.text(await member.send('/policies 電子'))).toContain('没有与「電子」相关');
    expect(ChatUser.text(await member.send('/policy 1'))).toContain('市商務局');
  });
});

describe('importing projects and policies from a workbook', () => {
  async function xlsx(rows: (string | number | Date | null)[][]): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('招商項目');
    for (const row of rows) sheet.addRow(row);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('validates every row, writes nothing when one is wrong, and says which cell is', async () => {
    const data = await xlsx([
      ['編號', '項目名稱', '行業', '擬引資(億元)', '用地', '狀態', '有效期至'],
      ['P-1', '電子信息產業園二期', '電子', 5, '200畝', '招商中', new Date(Date.UTC(2027, 5, 30))],
      ['P-2', '冷鏈物流中心', '物流', 'abc', '150', '招商中', null],
      ['P-3', '', '食品', 1, null, '也許', '2027-13-01'],
    ]);
    const tables = await readTablesFrom(data, 'projects.xlsx');
    const result = await importCatalog(t.db, { kind: 'projects', tables, fileName: 'projects.xlsx', today: TODAY, now: new Date() });
    expect(result).toMatchObject({ rows: 3, invalid: 2, committed: false, inserted: 0 });
    const report = catalogImportReport(result, 'projects.xlsx', 'zh-CN').join('\n');
    expect(report).toContain('第 3 行「擬引資(億元)」：「abc」不是数字');
    expect(report).toContain('第 4 行「項目名稱」：不能为空');
    expect(report).toContain('第 4 行「狀態」：看不懂状态「也許」');
    expect(report).toContain('第 4 行「有效期至」');
    expect(await t.db.selectFrom('projects').selectAll().execute()).toHaveLength(0);
  });

  it('imports valid rows, then updates only what changed when the file comes again', async () => {
    const rows = [
      ['編號', '項目名稱', '行業', '擬引資(億元)', '用地', '狀態', '有效期至'],
      ['P-1', '電子信息產業園二期', '電子', 0.57, '200畝', '招商中', '2027-06-30'],
      ['P-2', '冷鏈物流中心', '物流', 3, '150', '招商中', null],
    ];
    const first = await importCatalog(t.db, {
      kind: 'projects',
      tables: await readTablesFrom(await xlsx(rows), 'p.xlsx'),
      fileName: 'p.xlsx',
      today: TODAY,
      now: new Date('2026-11-20T00:00:00Z'),
    });
    expect(first).toMatchObject({ inserted: 2, committed: true });
    const saved = await t.db.selectFrom('projects').selectAll().orderBy('id').execute();
    expect(saved[0]).toMatchObject({
      name: '電子信息產業園二期',
      investment_yuan: 57_000_000,
      area_mu: 200,
      valid_until: '2027-06-30',
      status: 'open',
      import_key: 'projects:key:p-1',
    });
    expect(saved[1]).toMatchObject({ area_mu: 150 });
    rows[2][5] = '已結束';
    const second = await importCatalog(t.db, {
      kind: 'projects',
      tables: await readTablesFrom(await xlsx(rows), 'p.xlsx'),
      fileName: 'p.xlsx',
      today: TODAY,
      now: new Date('2026-11-27T00:00:00Z'),
    });
    expect(second).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    const again = await t.db.selectFrom('projects').selectAll().orderBy('id').execute();
    expect(again[0].updated_at.toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(again[1]).toMatchObject({ status: 'closed' });
    expect(again[1].updated_at.toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });

  it('imports policies from CSV (GB18030 or UTF-8) and checks dates and links', async () => {
    const csv = [
      '政策名稱,發布單位,摘要,生效日期,截止日期,適用行業,鏈接',
      '物流補貼辦法,市商務局,運費補貼30%,2026-01-01,2027-12-31,物流、食品,https://gov.example/1',
      '人才新政,市人社局,安家補貼,2027-01-01,2026-01-01,,ftp://x',
    ].join('\n');
    const tables = await readTablesFrom(new TextEncoder().encode(csv), 'policies.csv');
    const result = await importCatalog(t.db, { kind: 'policies', tables, fileName: 'policies.csv', today: TODAY, now: new Date(), skipInvalid: true });
    expect(result).toMatchObject({ rows: 2, inserted: 1, invalid: 1, committed: true });
    const report = catalogImportReport(result, 'policies.csv', 'zh-CN').join('\n');
    expect(report).toContain('第 3 行「鏈接」');
    const [policy] = await t.db.selectFrom('policies').selectAll().execute();
    expect(policy).toMatchObject({ title: '物流補貼辦法', industries: ['物流', '食品'], valid_from: '2026-01-01', valid_to: '2027-12-31' });
  });
});
