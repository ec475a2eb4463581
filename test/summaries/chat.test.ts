import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import type { Core } from '../../src/core/conversation.ts';
import { seedDemo } from '../../src/core/demo-data.ts';
import { XLSX_MIME } from '../../src/core/features/summaries.ts';
import { addLead, moveLead } from './fixtures.ts';

const text = ChatUser.text;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const tdb = useTestDatabase();
let core: Core;

beforeEach(async () => {
  core = testCore(tdb.db, testClock()).core;
  await seedDemo(tdb.db, 'Asia/Shanghai');
});

describe('/summary', () => {
  it('gives an official the city total, every chamber ranked, the funnel, a bulletin and a chart', async () => {
    const official = await joinAs(core, tdb.db, 'official', { name: '王科長' });
    const replies = await official.send('/summary 2018上半年');
    const answer = replies[0].text;
    expect(answer).toContain('2018年上半年招商汇总（2018-01-01 至 2018-06-30）');
    expect(answer).toContain('全市合计 · 11个商会');
    expect(answer).toContain('洽谈 33 场 · 推介会 30 场');
    expect(answer).toContain('邀请企业 595 户');
    expect(answer).toContain('签约 19 个，投资 100.15亿元');
    expect(answer).toMatch(/环比 [−+]\d/);
    expect(answer).toMatch(/同比 [−+]\d/);
    expect(answer).toMatch(/\n1\. \S+商会：签约/);
    expect(answer).toContain('转化漏斗');
    expect(answer).toMatch(/线索 \d+ → 洽谈 \d+（[\d.]+%）→ 签约/);
    expect(answer).toContain('通报稿：');
    expect(answer).toContain('促成19个项目签约，签约投资合计100.15亿元');
    expect(answer).toContain('本期没有任何记录的商会：');
    const chart = replies[1].image!;
    expect([...chart.png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(chart.png.length).toBeGreaterThan(10_000);
    expect(chart.caption).toContain('2018年上半年');
  });

  it("answers to its aliases, in the reader's language", async () => {
    const official = await joinAs(core, tdb.db, 'official');
    expect(text(await official.send('汇总 2018H1'))).toContain('100.15亿元');
    expect(text(await official.send('統計 2018年上半年'))).toContain('100.15亿元');
    await official.send('/lang zh-TW');
    expect(text(await official.send('/匯總 2018上半年'))).toContain('簽約 19 個，投資 100.15億元');
    await official.send('/lang en');
    const english = text(await official.send('/summary 2018H1'));
    expect(english).toContain('Investment summary, H1 2018');
    expect(english).toContain('19 signed, CNY 10.02 bn');
    expect(english).toMatch(/In H1 2018, the city's chambers of commerce held 33 investment talks/);
  });

  it('reads this year so far by default, and says what periods it knows when it cannot read one', async () => {
    const official = await joinAs(core, tdb.db, 'official');
    expect(text(await official.send('/summary'))).toContain('（2026-01-01 至 2026-11-29）');
    const bad = text(await official.send('/summary 上上个月'));
    expect(bad).toContain('看不懂时段「上上个月」');
    expect(bad).toContain('2018上半年');
    expect(text(await official.send('/summary 2018-06-30..2018-01-01'))).toContain('结束日期早于开始日期');
  });

  it('lets an official look at one chamber, named in either script or in part', async () => {
    const official = await joinAs(core, tdb.db, 'official');
    const one = text(await official.send('/summary 2018上半年 成都商会'));
    expect(one).toContain('【成都商会】');
    expect(one).not.toContain('上海商会');
    expect(text(await official.send('/summary 成都 2018H1'))).toContain('【成都商会】');
    expect(text(await official.send('/summary 2018H1 火星商会'))).toContain('没有名为「火星商会」的商会');
    expect(text(await official.send('/summary 2018H1 商會'))).toContain('可能是');
  });

  it('shows a secretary their own chamber only, and refuses another by name', async () => {
    const secretary = await joinAs(core, tdb.db, 'secretary', { chamber: '成都商會' });
    const own = text(await secretary.send('/summary 2018上半年'));
    expect(own).toContain('【成都商会】');
    expect(own).not.toMatch(/上海商会|东莞商会|全市合计/);
    const refused = text(await secretary.send('/summary 2018上半年 上海商會'));
    expect(refused).toBe('您只能查看本商会（成都商会）的数据，不能查看「上海商会」。');
    expect(text(await secretary.send('/summary 2018上半年 成都商會'))).toContain('【成都商会】');
    expect(text(await secretary.send('/rank 2018H1 上海商會'))).toContain('您只能查看本商会');
    expect(text(await secretary.send('/export 2018H1 上海商會'))).toContain('您只能查看本商会');
  });

  it("shows a member their own chamber's totals, as a secretary sees them, and refuses another chamber", async () => {
    const member = await joinAs(core, tdb.db, 'member', { chamber: '成都商會' });
    const secretary = await joinAs(core, tdb.db, 'secretary', { chamber: '成都商會' });
    const own = text(await member.send('/summary 2018上半年'));
    expect(own).toContain('【成都商会】');
    expect(own).not.toMatch(/上海商会|东莞商会|全市合计/);
    expect(own).toBe(text(await secretary.send('/summary 2018上半年')));
    expect(text(await member.send('/summary 2018上半年 上海商會'))).toBe('您只能查看本商会（成都商会）的数据，不能查看「上海商会」。');
    for (const command of ['/rank 2018H1 上海商會', '/export 2018H1 上海商會']) {
      const replies = await member.send(command);
      expect(text(replies)).toContain('您只能查看本商会');
      expect(replies.some((r) => r.image || r.file)).toBe(false);
    }
    expect((await member.send('/export 2018H1')).some((r) => r.file)).toBe(true);
    expect(text(await member.send('/help'))).toContain('/summary');
  });
});

describe('/export', () => {
  it("sends the period's workbook: figures, funnel, chambers, leads and events", async () => {
    const official = await joinAs(core, tdb.db, 'official');
    const [reply] = await official.send('/export 2018上半年');
    expect(reply.text).toContain('线索 27 条、活动 63 场');
    expect(reply.file!.mime).toBe(XLSX_MIME);
    expect(reply.file!.name).toBe('招商台账-2018-01-01_2018-06-30.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(reply.file!.data) as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(['汇总', '转化漏斗']);
    expect(names).toContain('成都商会');
    expect(names.slice(-3)).toEqual(['招商线索', '活动', '商会名录']);
    expect(workbook.getWorksheet('招商线索')!.rowCount).toBe(28);
    expect(workbook.getWorksheet('活动')!.rowCount).toBe(64);
  });

  it('masks phone numbers for readers who may not see them', async () => {
    const chengdu = (await tdb.db.selectFrom('chambers').select('id').where('name', '=', '成都商會').executeTakeFirstOrThrow()).id;
    await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2018-03-01T02:00:00Z', contactPhone: '13912345678', project: '電話項目' });
    const phoneOf = async (user: ChatUser) => {
      const [reply] = await user.send('/export 2018-03');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(reply.file!.data) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('招商线索')!;
      const headers = sheet.getRow(1).values as unknown[];
      let phone: unknown;
      sheet.eachRow((row, n) => {
        if (n > 1 && row.getCell(headers.indexOf('项目名称')).value === '電話項目') phone = row.getCell(headers.indexOf('电话')).value;
      });
      return phone;
    };
    expect(await phoneOf(await joinAs(core, tdb.db, 'official'))).toBe('13912345678');
    expect(await phoneOf(await joinAs(core, tdb.db, 'secretary', { chamber: '成都商會' }))).toBe('13912345678');
    expect(await phoneOf(await joinAs(core, tdb.db, 'admin'))).toBe('*******5678');
  });
});

describe('/rank', () => {
  it('credits members who first reported the leads', async () => {
    const official = await joinAs(core, tdb.db, 'official');
    const ranking = text(await official.send('/rank 2018上半年'));
    expect(ranking).toContain('2018年上半年招商排行');
    expect(ranking).toMatch(/商会（按签约投资）：\n1\. 成都商会：签约 3 个，16\.48亿元/);
    // The demo credits each chamber's leads to a member of that chamber, as a real city would.
    expect(ranking).toContain('張會員（成都商会）：签约 3 个，16.48亿元');
    expect(ranking).toMatch(/\n2\. \S+會員（\S+商会）：签约/);
  });

  it('says so when nothing was signed', async () => {
    const official = await joinAs(core, tdb.db, 'official');
    expect(text(await official.send('/rank 2020'))).toContain('本期还没有签约项目或到位资金');
  });

  it("ranks a secretary's own members", async () => {
    const secretary = await joinAs(core, tdb.db, 'secretary', { chamber: '成都商會' });
    const chengdu = (await tdb.db.selectFrom('chambers').select('id').where('name', '=', '成都商會').executeTakeFirstOrThrow()).id;
    const me = (
      await tdb.db
        .selectFrom('members')
        .select('id')
        .where('role', '=', 'secretary')
        .where('chamber_id', '=', chengdu)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
    ).id;
    const lead = await addLead(tdb.db, {
      chamberId: chengdu,
      reporterId: me,
      reportedAt: '2026-03-01T02:00:00Z',
      stage: 'negotiating',
      investmentYuan: 300_000_000,
    });
    await moveLead(tdb.db, lead.id, 'signed', '2026-04-01T02:00:00Z');
    const ranking = text(await secretary.send('/rank'));
    expect(ranking).toContain('签约 1 个，3.00亿元');
    expect(ranking).not.toContain('上海商会');
  });
});
