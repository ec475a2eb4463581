import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import type { Core } from '../../src/core/conversation.ts';
import { addChamber, createInvite } from '../../src/core/admin.ts';
import { DEMO_PLATFORM, REPORT_FIGURES, seedDemo } from '../../src/core/demo-data.ts';
import { parsePeriod, type Period } from '../../src/domain/periods.ts';
import { buildSummaryReport } from '../../src/summaries/report.ts';
import { figuresFromRollup } from '../../src/summaries/rollup.ts';
import { summarize } from '../../src/summaries/summary.ts';
import { figuresFromTables } from '../summaries/reference-figures.ts';
import { summaryChartInput } from '../../src/summaries/text.ts';
import { exportWorkbook } from '../../src/summaries/export.ts';
import { FULL_CONTACTS } from '../../src/domain/contact-view.ts';
import { rank } from '../../src/summaries/ranking.ts';
import { importLedger } from '../../src/ledger/import.ts';
import { readTablesFrom } from '../../src/ledger/table.ts';
import type { Role } from '../../src/domain/permissions.ts';

/**
 * Chambers and people run from the chat: names in either script, the admin's chambers and roles,
 * the secretaries' members and invites, each as the person typing would see it.
 */

const text = ChatUser.text;
const TZ = 'Asia/Shanghai';
const tdb = useTestDatabase();
let core: Core;
let clock: ReturnType<typeof testClock>;

beforeEach(() => {
  clock = testClock();
  core = testCore(tdb.db, clock).core;
});

const period = (words: string): Period => (parsePeriod(words, '2026-11-29') as { period: Period }).period;

/** The demo's people, as the terminal chat signs them in. */
const demo = (userId: string, name: string) => new ChatUser(core, userId, name, { id: `dm-${userId}`, type: 'private' }, DEMO_PLATFORM);

async function chamberId(name: string): Promise<number> {
  return (await tdb.db.selectFrom('chambers').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

async function reportLead(user: ChatUser, report: string): Promise<number> {
  await user.send(report);
  const saved = text(await user.press('保存'));
  return Number(/#(\d+)/.exec(saved)![1]);
}

describe('names in either script', () => {
  it('finds chambers and members typed in simplified, stored in traditional, with or without 商會', async () => {
    const secretary = await joinAs(core, tdb.db, 'secretary', { name: '李秘書長' });
    const member = await joinAs(core, tdb.db, 'member', { name: '張會員' });
    const official = await joinAs(core, tdb.db, 'official', { name: '王科長' });
    const id = await reportLead(member, '天府物流园项目已签约，总投资12亿元');

    expect(text(await official.send('/leads 成都商会'))).toContain(`#${id}`);
    expect(text(await official.send('/leads 成都'))).toContain(`#${id}`);
    expect(text(await secretary.send(`/assign ${id} 张会员`))).toMatch(/張會員/);
    expect((await tdb.db.selectFrom('leads').select('owner_id').executeTakeFirstOrThrow()).owner_id).not.toBeNull();

    const { code } = await createInvite(tdb.db, { chamber: '成都商会', role: 'member', now: clock.now() });
    expect(text(await new ChatUser(core, 'new', '新人').send(`/join ${code}`))).toMatch(/欢迎加入成都商会/);
    expect(text(await official.send('/summary 2026上半年 成都商会'))).toMatch(/成都商会/);
    expect(text(await official.send('/summary 2026上半年 西安商会'))).toMatch(/西安商会/);
  });

  it('refuses a second spelling of a chamber, naming the one that exists, in the chat, the CLI and the database', async () => {
    const admin = await joinAs(core, tdb.db, 'admin', { name: '管理員' });
    expect(text(await admin.send('/chamber add 西安商會'))).toMatch(/已新增商会「西安商会」/);
    const refused = text(await admin.send('/chamber add 西安商会'));
    expect(refused).toContain('已经有商会「西安商會」');
    await expect(addChamber(tdb.db, '西安')).rejects.toThrow(/西安商會.*already exists/);
    // Even a writer that skips the check cannot make the second one.
    await expect(tdb.db.insertInto('chambers').values({ name: '西 安 商 会', level: 'city', status: 'active' }).execute()).rejects.toThrow();
    expect(await tdb.db.selectFrom('chambers').select('name').execute()).toEqual([{ name: '西安商會' }]);
  });

  it('imports a ledger naming a chamber in the other script or without 商會 into the chamber that exists', async () => {
    await addChamber(tdb.db, '成都商會');
    const csv = ['商会,日期,类型,邀请企业', '成都,2018-03-05,推介会,20', '成都商会,2018-03-06,洽谈,3'].join('\n');
    const tables = await readTablesFrom(new TextEncoder().encode(csv), 'ledger.csv');
    const result = await importLedger(tdb.db, { kind: 'events', tables, fileName: 'ledger.csv', today: '2026-11-29', timeZone: TZ, createChambers: true });
    expect(result).toMatchObject({ imported: 2, createdChambers: [] });
    expect(await tdb.db.selectFrom('chambers').select('name').execute()).toEqual([{ name: '成都商會' }]);
  });

  it('says which chambers a short name could mean', async () => {
    const official = await joinAs(core, tdb.db, 'official');
    await addChamber(tdb.db, '廣東商會籌備組');
    await addChamber(tdb.db, '廣東潮汕商會');
    expect(text(await official.send('/leads 广东'))).toMatch(/可以指：廣東商會籌備組、廣東潮汕商會|可以指：广东商会筹备组、广东潮汕商会/);
  });

  it('shows chamber names in the reader’s script: text, chart and workbook', async () => {
    await seedDemo(tdb.db, TZ);
    const zhCN = demo('demo-official', '王科長');
    const summary = text(await zhCN.send('/summary 2018上半年'));
    expect(summary).toContain('贵阳商会');
    expect(summary).not.toContain('貴陽商會');
    await zhCN.send('/lang zh-TW');
    expect(text(await zhCN.send('/summary 2018上半年'))).toContain('貴陽商會');

    const report = await buildSummaryReport(tdb.db, period('2018上半年'), 'all', TZ);
    expect(summaryChartInput(report, 'zh-CN').bars.map((b) => b.label)).toContain('东莞商会');
    expect(summaryChartInput(report, 'zh-TW').bars.map((b) => b.label)).toContain('東莞商會');
    const { data } = await exportWorkbook(tdb.db, period('2018上半年'), 'all', {
      lang: 'zh-CN',
      timeZone: TZ,
      now: clock.now(),
      contactView: () => FULL_CONTACTS,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    expect(cells).toContain('东莞商会');
    expect(cells).not.toContain('東莞商會');
  });
});

describe('the admin’s chambers', () => {
  it('lists, adds, renames and activates chambers; the history and figures follow a rename', async () => {
    const admin = await joinAs(core, tdb.db, 'admin', { name: '管理員' });
    await joinAs(core, tdb.db, 'secretary', { name: '李秘書長' });
    const member = await joinAs(core, tdb.db, 'member', { name: '張會員' });
    const id = await reportLead(member, '天府物流园项目已签约，总投资12亿元');

    expect(text(await admin.send('/chamber add 重庆商会筹备组 区县 筹备组'))).toMatch(/重庆商会筹备组.*区县 · 筹备组/);
    const listing = text(await admin.send('/chambers'));
    expect(listing).toMatch(/成都商会 · 市级 · 正式 · 成员 2 人 · 秘书长：李秘書長/);
    expect(listing).toMatch(/重庆商会筹备组 · 区县 · 筹备组 · 成员 0 人 · 秘书长：—/);

    expect(text(await admin.send('/chamber status 重庆 正式'))).toMatch(/状态已设为：正式/);
    expect(text(await admin.send('/chamber rename 成都商会 成都市商會'))).toMatch(/改名为「成都市商會」/);
    expect(text(await admin.send(`/show ${id}`))).toContain(`线索 #${id} · 成都市商会`);
    const summary = await summarize(tdb.db, { from: '2026-11-01', to: '2026-11-30' }, 'all', TZ);
    expect(summary.chambers.find((c) => c.chamber === '成都市商會')?.signedInvestmentYuan).toBe(1_200_000_000);
    expect(text(await admin.send('/chamber rename 成都市商會 重慶商會籌備組'))).toMatch(/已经有商会「重庆商会筹备组」/);
    expect(text(await admin.send('/chamber frobnicate'))).toMatch(/用法/);
  });

  it('merges two chambers: everything moves, every figure’s total is unchanged, the merged-away one is gone', async () => {
    await seedDemo(tdb.db, TZ);
    const admin = demo('demo-admin', '管理員');
    const from = await chamberId('東莞商會');
    const into = await chamberId('貴陽商會');
    await tdb.db.insertInto('chamber_industries').values({ chamber_id: from, industry: '電子', position: 1 }).execute();
    await createInvite(tdb.db, { chamber: '東莞商會', role: 'member', now: clock.now() });
    const windows = [
      { from: '2017-01-01', to: '2017-12-31' },
      { from: '2018-01-01', to: '2018-06-30' },
      { from: '2016-01-01', to: '2026-12-31' },
    ];
    const before = await Promise.all(windows.map((w) => summarize(tdb.db, w, 'all', TZ)));
    const counts = async (id: number) => ({
      leads: Number(
        (
          await tdb.db
            .selectFrom('leads')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('chamber_id', '=', id)
            .executeTakeFirstOrThrow()
        ).n,
      ),
      events: Number(
        (
          await tdb.db
            .selectFrom('events')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('chamber_id', '=', id)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });
    const [fromCounts, intoCounts] = [await counts(from), await counts(into)];
    expect(fromCounts.leads).toBeGreaterThan(0);

    const ask = text(await admin.send('/chamber merge 东莞 贵阳商会'));
    expect(ask).toMatch(new RegExp(`把「东莞商会」合并到「贵阳商会」？\\n线索 ${fromCounts.leads} 条、活动 ${fromCounts.events} 场`));
    expect((await counts(from)).leads).toBe(fromCounts.leads); // nothing moves before the button
    expect(text(await admin.press('合并'))).toMatch(/已把「东莞商会」合并到「贵阳商会」/);

    expect(await tdb.db.selectFrom('chambers').select('id').where('id', '=', from).executeTakeFirst()).toBeUndefined();
    expect(await counts(into)).toEqual({ leads: fromCounts.leads + intoCounts.leads, events: fromCounts.events + intoCounts.events });
    for (const [i, window] of windows.entries()) {
      for (const source of [figuresFromRollup, figuresFromTables]) {
        const after = await summarize(tdb.db, window, 'all', TZ, { source });
        expect(after.total).toEqual(before[i].total);
        const was = (name: string) => before[i].chambers.find((c) => c.chamber === name)!;
        const merged = after.chambers.find((c) => c.chamber === '貴陽商會')!;
        expect(merged.signedInvestmentYuan).toBe(was('貴陽商會').signedInvestmentYuan + was('東莞商會').signedInvestmentYuan);
        expect(merged.signedProjects).toBe(was('貴陽商會').signedProjects + was('東莞商會').signedProjects);
        expect(merged.fundsInPlaceYuan).toBe(was('貴陽商會').fundsInPlaceYuan + was('東莞商會').fundsInPlaceYuan);
        expect(after.chambers.some((c) => c.chamber === '東莞商會')).toBe(false);
      }
    }
    expect((await summarize(tdb.db, windows[1], 'all', TZ)).total).toMatchObject(REPORT_FIGURES['2018H1']);
    const history = await sql<{ n: number }>`select count(*)::int as n from lead_history where chamber_id = ${from}`.execute(tdb.db);
    expect(history.rows[0].n).toBe(0);
    expect(await tdb.db.selectFrom('invite_codes').select('chamber_id').where('chamber_id', '=', into).execute()).toHaveLength(1);
    expect(await tdb.db.selectFrom('chamber_industries').select('industry').where('chamber_id', '=', into).execute()).toEqual([{ industry: '電子' }]);
  });

  it('asks before a merge and changes nothing when cancelled or when the chamber is gone by the time of the press', async () => {
    const admin = await joinAs(core, tdb.db, 'admin');
    await addChamber(tdb.db, '西安商會');
    await addChamber(tdb.db, '長安商會');
    expect(text(await admin.send('/chamber merge 西安 西安商会'))).toMatch(/同一个商会/);
    await admin.send('/chamber merge 西安 长安');
    expect(text(await admin.press('取消'))).toMatch(/已取消/);
    const buttons = admin.lastButtons;
    expect(await tdb.db.selectFrom('chambers').select('name').orderBy('id').execute()).toHaveLength(2);
    await tdb.db.deleteFrom('chambers').where('name', '=', '西安商會').execute();
    admin.lastButtons = buttons;
    expect(text(await admin.press('合并'))).toMatch(/按钮已失效|过期|失效/);
  });
});

describe('roles and removal', () => {
  it('lets an admin change roles, in any chamber, and a secretary not at all', async () => {
    const admin = await joinAs(core, tdb.db, 'admin', { name: '管理員' });
    const secretary = await joinAs(core, tdb.db, 'secretary', { name: '李秘書長' });
    await joinAs(core, tdb.db, 'member', { name: '張會員' });
    await addChamber(tdb.db, '昆明商會');
    expect(text(await secretary.send('/role 张会员 秘书长'))).toMatch(/没有权限/);
    expect(text(await admin.send('/role 张会员 秘书长'))).toMatch(/張會員 现在是 秘书长（成都商会）/);
    expect(text(await admin.send('/role 张会员 会员 昆明商会'))).toMatch(/張會員 现在是 会员（昆明商会）/);
    const moved = await tdb.db.selectFrom('members').select(['role', 'chamber_id']).where('display_name', '=', '張會員').executeTakeFirstOrThrow();
    expect(moved).toEqual({ role: 'member', chamber_id: await chamberId('昆明商會') });
    expect(text(await admin.send('/role 管理員 会员'))).toMatch(/不能对自己操作/);
    expect(text(await admin.send('/role 王五 会员'))).toMatch(/没有找到成员「王五」/);
    expect(text(await admin.send('/role 张会员'))).toMatch(/用法/);
    const official = await joinAs(core, tdb.db, 'official', { name: '王科長' });
    expect(official).toBeDefined();
    expect(text(await admin.send('/role 王科长 秘书长'))).toMatch(/还不属于任何商会/);
  });

  it('removes a member: their leads keep their credit in /rank, the leads they owned go to the secretaries, and they are out until invited again', async () => {
    const secretary = await joinAs(core, tdb.db, 'secretary', { name: '李秘書長' });
    const member = await joinAs(core, tdb.db, 'member', { name: '張會員', userId: 'zhang' });
    const official = await joinAs(core, tdb.db, 'official', { name: '王科長' });
    const reported = await reportLead(member, '天府物流园项目已签约，总投资12亿元');
    const owned = await reportLead(secretary, '冷链仓库项目洽谈中，投资6000万');
    await secretary.send(`/assign ${owned} 张会员`);

    const ask = text(await secretary.send('/remove 张会员'));
    expect(ask).toMatch(/移除 張會員（会员 · 成都商会）？[\s\S]*负责的 1 条线索/);
    expect(text(await member.send('/leads'))).toContain(`#${reported}`); // nothing happens before the button
    expect(text(await secretary.press('移除'))).toMatch(/已移除 張會員。1 条线索交回秘书长指派/);

    expect(text(await member.send('/leads'))).toMatch(/\/join/);
    const lead = await tdb.db.selectFrom('leads').select(['id', 'reporter_id', 'owner_id']).orderBy('id').execute();
    const zhang = await tdb.db.selectFrom('members').select(['id', 'removed_at']).where('display_name', '=', '張會員').executeTakeFirstOrThrow();
    expect(zhang.removed_at).not.toBeNull();
    expect(lead.find((l) => l.id === reported)?.reporter_id).toBe(zhang.id);
    expect(lead.find((l) => l.id === owned)?.owner_id).toBeNull();
    expect(text(await official.send('/rank 本月'))).toMatch(/張會員/);
    const ranking = await rank(tdb.db, { from: '2026-11-01', to: '2026-11-30' }, 'all', TZ);
    expect(ranking.members.find((m) => m.name === '張會員')?.signedInvestmentYuan).toBe(1_200_000_000);
    expect(text(await secretary.send('/members'))).not.toContain('張會員');
    expect(text(await secretary.send(`/assign ${owned} 张会员`))).toMatch(/找不到|没有找到|張會員|张会员/);
    expect((await tdb.db.selectFrom('leads').select('owner_id').where('id', '=', owned).executeTakeFirstOrThrow()).owner_id).toBeNull();

    const invite = text(await secretary.send('/invite'));
    const code = /邀请码：([A-Z2-9]{8})/.exec(invite)![1];
    expect(text(await member.send(`/join ${code}`))).toMatch(/欢迎加入成都商会/);
  });

  it('lets a secretary remove only members of their own chamber, never a secretary, never another chamber', async () => {
    const secretary = await joinAs(core, tdb.db, 'secretary', { name: '李秘書長' });
    await joinAs(core, tdb.db, 'secretary', { name: '趙秘書長' });
    await joinAs(core, tdb.db, 'member', { name: '錢會員', chamber: '昆明商會' });
    expect(text(await secretary.send('/remove 赵秘书长'))).toMatch(/不能邀请或移除秘书长/);
    expect(text(await secretary.send('/remove 钱会员'))).toMatch(/没有找到成员「钱会员」/);
    expect(text(await secretary.send('/remove 李秘书长'))).toMatch(/不能对自己操作/);
    expect(text(await secretary.send('/invite 秘书长'))).toMatch(/不能邀请或移除秘书长/);
    expect(text(await secretary.send('/invite 会员 昆明商会'))).toMatch(/没有权限/);
    expect(text(await secretary.send('/members 昆明'))).toMatch(/没有权限/);
  });
});

describe('the secretaries’ members and invites', () => {
  it('lists members with role, platforms, joined, last report and leads, and invites with uses left and expiry in the bot’s time zone', async () => {
    const secretary = await joinAs(core, tdb.db, 'secretary', { name: '李秘書長' });
    const member = await joinAs(core, tdb.db, 'member', { name: '張會員' });
    await reportLead(member, '天府物流园项目已签约，总投资12亿元');
    const code = /：(\w{10})/.exec(text(await member.send('/link')))![1];
    await new ChatUser(core, 'ou_1', '張會員', { id: 'p2p', type: 'private' }, 'lark').send(`/join ${code}`);

    const members = text(await secretary.send('/members'));
    expect(members).toMatch(/#\d+ 張會員 · 会员 · 成都商会 · lark, test · \d{4}-\d{2}-\d{2} 加入 · 最近上报 2026-11-29 · 线索 1 条/);
    expect(members).toMatch(/李秘書長 · 秘书长/);

    const invite = text(await secretary.send('/invite 5次 3天'));
    expect(invite).toMatch(/会员 · 成都商会 · 可用 5 次 · 2026-12-02 10:00 到期/);
    const fresh = /邀请码：([A-Z2-9]{8})/.exec(invite)![1];
    const listed = text(await secretary.send('/invites'));
    expect(listed).toMatch(new RegExp(`${fresh} · 会员 · 成都商会 · 剩 5 次 · 2026-12-02 10:00 到期`));
    expect(listed).not.toContain(code); // a link code is not an invite
    expect(text(await secretary.send(`/revoke ${fresh.toLowerCase()}`))).toMatch(/已作废/);
    expect(text(await secretary.send(`/revoke ${fresh}`))).toMatch(/已经用完或过期/);
    expect(text(await new ChatUser(core, 'late', '遲到').send(`/join ${fresh}`))).toMatch(/无效/);
    expect(text(await secretary.send('/invites'))).toMatch(/没有有效的邀请码/);
    expect(text(await secretary.send('/invite 0次'))).toMatch(/使用次数要在 1 到 10000 之间/);

    const other = await createInvite(tdb.db, { chamber: '昆明商會', role: 'member', now: clock.now() }).catch(async () => {
      await addChamber(tdb.db, '昆明商會');
      return createInvite(tdb.db, { chamber: '昆明商會', role: 'member', now: clock.now() });
    });
    expect(text(await secretary.send(`/revoke ${other.code}`))).toMatch(/没有找到您能管理的邀请码/);
  });

  it('lets officials read every chamber’s members, but not invite or remove', async () => {
    await joinAs(core, tdb.db, 'member', { name: '張會員' });
    await joinAs(core, tdb.db, 'member', { name: '錢會員', chamber: '昆明商會' });
    const official = await joinAs(core, tdb.db, 'official', { name: '王科長' });
    const all = text(await official.send('/members'));
    expect(all).toMatch(/張會員[\s\S]*錢會員/);
    expect(text(await official.send('/members 昆明商会'))).not.toContain('張會員');
    expect(text(await official.send('/invite 会员 成都商会'))).toMatch(/不能邀请或移除会员|没有权限/);
    expect(text(await official.send('/remove 张会员'))).toMatch(/没有权限/);
  });
});

describe('the role matrix of the new commands', () => {
  // Each cell: the command, who sends it, whether it is done (its success answer) or refused.
  const SUCCESS: Record<string, RegExp> = {
    '/chambers': /商会（\d+ 个）/,
    '/chamber status 成都商会 正式': /状态已设为/,
    '/members': /成员（\d+ 人）/,
    '/invites': /有效的邀请码（\d+ 个）|没有有效的邀请码/,
    '/invite 会员 成都商会': /邀请码：[A-Z2-9]{8}/,
    '/revoke CODE': /已作废/,
    '/role 张会员 秘书长': /现在是 秘书长/,
    '/remove 张会员': /移除 張會員/,
  };
  const allowed: Record<string, Role[]> = {
    '/chambers': ['admin'],
    '/chamber status 成都商会 正式': ['admin'],
    '/members': ['secretary', 'official', 'admin'],
    '/invites': ['secretary', 'admin'],
    '/invite 会员 成都商会': ['secretary', 'admin'],
    '/revoke CODE': ['secretary', 'admin'],
    '/role 张会员 秘书长': ['admin'],
    '/remove 张会员': ['secretary', 'admin'],
  };
  const roles: Role[] = ['member', 'secretary', 'official', 'admin'];
  const cells = Object.keys(SUCCESS).flatMap((command) => roles.map((role) => [command, role, allowed[command].includes(role)] as const));

  it.each(cells)('%s by a %s → %s', async (command, role, done) => {
    await joinAs(core, tdb.db, 'member', { name: '張會員' });
    const actor = await joinAs(core, tdb.db, role, { name: `${role}者` });
    const { code } = await createInvite(tdb.db, { chamber: '成都商會', role: 'member', now: clock.now() });
    const reply = text(await actor.send(command.replace('CODE', code)));
    expect(SUCCESS[command].test(reply), reply).toBe(done);
  });

  it('lists the new commands in each role’s /help: the admin’s is not the official’s', async () => {
    const help = async (role: Role) => text(await (await joinAs(core, tdb.db, role)).send('/help'));
    const admin = await help('admin');
    for (const command of ['/chambers', '/chamber', '/role', '/remove', '/invite', '/invites', '/revoke', '/members']) expect(admin).toContain(command);
    expect(admin).not.toEqual(await help('official'));
    const secretary = await help('secretary');
    for (const command of ['/members', '/invite', '/invites', '/revoke', '/remove']) expect(secretary).toContain(command);
    expect(secretary).not.toContain('/chambers');
    expect(secretary).not.toContain('/role');
    expect(await help('member')).not.toContain('/members');
  });
});
