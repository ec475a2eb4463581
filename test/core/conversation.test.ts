import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import { coreFeatures } from '../../src/core/features/index.ts';
import type { Feature } from '../../src/core/context.ts';
import type { Core } from '../../src/core/conversation.ts';
import { addChamber } from '../../src/core/admin.ts';
import { enqueue, groupAddresses } from '../../src/outbox/queue.ts';

const text = ChatUser.text;

const tdb = useTestDatabase();
let core: Core;
let clock: ReturnType<typeof testClock>;

beforeEach(async () => {
  clock = testClock();
  core = testCore(tdb.db, clock).core;
});

const countLeads = async () =>
  (
    await tdb.db
      .selectFrom('leads')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe('joining', () => {
  it('greets a stranger, refuses bad codes and binds a good one to its chamber and role', async () => {
    const guest = new ChatUser(core, 'u1', '陳先生');
    expect(text(await guest.send('/start'))).toContain('/join');
    expect(text(await guest.send('天府物流园项目签约，总投资12亿'))).toContain('/join');
    expect(text(await guest.send('/join NOPE1234'))).toContain('NOPE1234');

    const secretary = await joinAs(core, tdb.db, 'secretary', { name: '李秘書長' });
    expect(text(await secretary.send('/join ANYTHING'))).toMatch(/已经加入了成都商会/);
    const member = await tdb.db.selectFrom('members').selectAll().where('display_name', '=', '李秘書長').executeTakeFirstOrThrow();
    expect(member.role).toBe('secretary');
  });

  it('does not accept an expired or used-up code', async () => {
    const first = await joinAs(core, tdb.db, 'member');
    expect(first).toBeDefined();
    const { createInvite } = await import('../../src/core/admin.ts');
    const { code } = await createInvite(tdb.db, { chamber: '成都商會', role: 'member', uses: 1, days: 1, now: clock.now() });
    expect(text(await new ChatUser(core, 'a', 'A').send(`/join ${code}`))).toMatch(/欢迎/);
    expect(text(await new ChatUser(core, 'b', 'B').send(`/join ${code}`))).toMatch(/无效/);
    const late = await createInvite(tdb.db, { chamber: '成都商會', role: 'member', days: 1, now: clock.now() });
    clock.advanceDays(2);
    expect(text(await new ChatUser(core, 'c', 'C').send(`/join ${late.code}`))).toMatch(/无效/);
  });

  it('welcomes a zh-CN reader to 成都商会 and a zh-TW reader to 成都商會, whatever the stored spelling', async () => {
    const { createInvite } = await import('../../src/core/admin.ts');
    await addChamber(tdb.db, '成都商會');
    const { code } = await createInvite(tdb.db, { chamber: '成都商會', role: 'member', uses: 2, days: 1, now: clock.now() });
    expect(text(await new ChatUser(core, 'cn', '張三').send(`/join ${code}`))).toMatch(/^欢迎加入成都商会！/);
    // A guest's language is their app's (Telegram's language_code zh-hant).
    const taiwanese = new ChatUser(core, 'tw', '陳小姐');
    const say = (words: string) => taiwanese.deliver({ text: words, user: { id: 'tw', name: '陳小姐', langHint: 'zh-hant' } });
    expect(text(await say(`/join ${code}`))).toMatch(/^歡迎加入成都商會！/);
    expect(text(await new ChatUser(core, 'cn', '張三').send('/join AGAIN'))).toMatch(/已经加入了成都商会/);
  });

  it('links a second platform to the same member with /link', async () => {
    const member = await joinAs(core, tdb.db, 'member', { name: '王磊' });
    const code = /：([A-Z0-9]{10})/.exec(text(await member.send('/link')))![1];
    const onLark = new ChatUser(core, 'ou_123', '王磊', { id: 'p2p', type: 'private' }, 'lark');
    expect(text(await onLark.send(`/join ${code}`))).toMatch(/已关联/);
    const identities = await tdb.db.selectFrom('identities').select('member_id').execute();
    expect(new Set(identities.map((i) => i.member_id)).size).toBe(1);
  });
});

describe('reporting a lead', () => {
  it('shows what it understood, writes nothing before Save, and saves once', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const draft = text(await member.send('已签约：成都天府物流园项目，总投资12.8亿元，已到位资金3亿元，预计带动就业800人'));
    expect(draft).toContain('12.80亿元');
    expect(draft).toContain('3.00亿元');
    expect(draft).toContain('签约');
    expect(draft).toContain('天府物流园');
    expect(member.lastButtons.map((b) => b.label).join()).toMatch(/保存.*修改.*取消/);
    expect(await countLeads()).toBe(0);

    const saved = await member.press('保存');
    expect(saved[0].edit).toBe(true);
    expect(saved[0].buttons ?? []).toHaveLength(0);
    expect(text(saved)).toMatch(/已保存为线索 #1/);
    const again = await member.press('保存');
    expect(text(again)).toMatch(/已经保存过了/);
    expect(await countLeads()).toBe(1);

    const lead = await tdb.db.selectFrom('leads').selectAll().executeTakeFirstOrThrow();
    expect(lead).toMatchObject({
      stage: 'signed',
      investment_yuan: 1_280_000_000,
      funds_in_place_yuan: 300_000_000,
      jobs: 800,
      project: '天府物流园',
    });
    expect(lead.signed_at).not.toBeNull();
    expect(lead.raw_text).toContain('已签约：成都天府物流园项目');
    const history = await tdb.db.selectFrom('lead_history').selectAll().execute();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'reported', funds_delta_yuan: 300_000_000 });
  });

  it('lets the reporter correct one field with Edit', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send('/lead 东莞商会带回电子元器件项目，投资额3千万元，用工200余人');
    await member.press('修改');
    expect(text(await member.send('投资 3億'))).toContain('3.00亿元');
    expect(text(await member.send('阶段 签约'))).toContain('签约');
    await member.press('保存');
    const lead = await tdb.db.selectFrom('leads').selectAll().executeTakeFirstOrThrow();
    expect(lead.investment_yuan).toBe(300_000_000);
  });

  it('tells the reporter when a correction cannot be read, and keeps the draft', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send('/lead 东莞商会带回电子元器件项目，投资额3千万元');
    await member.press('修改');
    expect(text(await member.send('投资 很多'))).toMatch(/「很多」不是有效的总投资/);
    expect(text(await member.send('颜色 红色'))).toMatch(/没看懂要改哪一项/);
    await member.press('保存');
    expect((await tdb.db.selectFrom('leads').select('investment_yuan').executeTakeFirstOrThrow()).investment_yuan).toBe(30_000_000);
  });

  it('asks for the title when neither project nor company is named', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const replies = await member.send('/lead 总投资约十二亿元，到位资金六亿元，已开工建设');
    expect(text(replies)).toMatch(/叫什么/);
    expect(await countLeads()).toBe(0);
    expect(text(await member.send('城北康养中心'))).toContain('城北康养中心');
    await member.press('保存');
    const lead = await tdb.db.selectFrom('leads').selectAll().executeTakeFirstOrThrow();
    expect(lead).toMatchObject({ project: '城北康养中心', stage: 'landed', investment_yuan: 1_200_000_000 });
  });

  it('cancels without writing', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send('某企业有意投资0.3亿建设分拣中心');
    expect(text(await member.press('取消'))).toMatch(/已取消/);
    expect(text(await member.press('保存'))).toMatch(/已经取消/);
    expect(await countLeads()).toBe(0);
  });

  it('answers chit-chat without a draft', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    expect(text(await member.send('今天天气不错，大家周末愉快'))).toMatch(/没有看出/);
    expect(await tdb.db.selectFrom('drafts').selectAll().execute()).toHaveLength(0);
  });

  it('records an event with its date, place and enterprises', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const draft = text(await member.send('昨天组织会员企业回乡考察，共28家企业参加'));
    expect(draft).toContain('2026-11-28');
    expect(draft).toContain('考察');
    await member.press('保存');
    const event = await tdb.db.selectFrom('events').selectAll().executeTakeFirstOrThrow();
    expect(event).toMatchObject({ event_type: 'visit', held_on: '2026-11-28', invited_enterprises: 28 });
    expect(text(await member.send('/events'))).toContain('2026-11-28');
  });
});

describe('working the pipeline', () => {
  async function reportLead(user: ChatUser, report: string): Promise<number> {
    await user.send(`/lead ${report}`);
    const saved = text(await user.press('保存'));
    return Number(/#(\d+)/.exec(saved)![1]);
  }

  it('moves a lead through its stages, keeping who and when', async () => {
    const member = await joinAs(core, tdb.db, 'member', { name: '張會員' });
    const id = await reportLead(member, '浙江商會對接寧波一家汽車零部件企業，擬投資3.5億元建設生產基地，目前正在洽談中');
    clock.advanceDays(10);
    expect(text(await member.send(`/stage ${id} 签约 到位资金1亿`))).toMatch(/洽谈 → 签约/);
    clock.advanceDays(10);
    await member.send(`/stage ${id} 签约 到位资金3亿`);
    const lead = await tdb.db.selectFrom('leads').selectAll().executeTakeFirstOrThrow();
    expect(lead.stage).toBe('signed');
    expect(lead.funds_in_place_yuan).toBe(300_000_000);
    const deltas = await tdb.db.selectFrom('lead_history').select('funds_delta_yuan').where('action', '=', 'stage').execute();
    expect(deltas.map((d) => d.funds_delta_yuan)).toEqual([100_000_000, 200_000_000]);
    expect(lead.signed_at!.toISOString()).toBe('2026-12-09T02:00:00.000Z');

    const shown = text(await member.send(`/show ${id}`));
    expect(shown).toContain('張會員 首次报告');
    expect(shown).toContain('阶段 洽谈 → 签约');
    expect(shown).toContain('2026-11-29 10:00');
  });

  it('changes the stage from the detail buttons, once', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const id = await reportLead(member, '项目：智能制造产业园 投资：15亿 阶段：洽谈');
    await member.send(`/show ${id}`);
    const pressed = await member.press('落地');
    expect(pressed[0].edit).toBe(true);
    expect(text(pressed)).toMatch(/洽谈 → 落地/);
    const lead = await tdb.db.selectFrom('leads').selectAll().executeTakeFirstOrThrow();
    expect(lead.stage).toBe('landed');
    expect(lead.signed_at).not.toBeNull();
    expect(lead.landed_at).not.toBeNull();
    expect(text(await member.deliver({ action: `l:stage:${id}:landed` }))).toMatch(/已经是「落地」/);
  });

  it('logs follow-ups with the next date and lets secretaries assign owners', async () => {
    const member = await joinAs(core, tdb.db, 'member', { name: '張會員' });
    const secretary = await joinAs(core, tdb.db, 'secretary', { name: '李秘書長' });
    const id = await reportLead(member, '天津商會會員企業計劃投資1,500萬元擴建倉儲中心，佔地30畝');
    expect(text(await member.send(`/follow ${id} 电话沟通 週五`))).toContain('2026-12-04');
    expect(text(await member.send(`/follow ${id} 已与企业视频会谈 12月5日`))).toContain('2026-12-05');
    expect(text(await member.send(`/assign ${id} 張會員`))).toMatch(/没有权限/);
    expect(text(await secretary.send(`/assign ${id} 張`))).toMatch(/負責人|负责人已指定为 張會員/);
    const lead = await tdb.db.selectFrom('leads').selectAll().executeTakeFirstOrThrow();
    expect(lead.next_follow_up_on).toBe('2026-12-05');
    const owner = await tdb.db.selectFrom('members').select('id').where('display_name', '=', '張會員').executeTakeFirstOrThrow();
    expect(lead.owner_id).toBe(owner.id);
    expect(text(await secretary.send(`/show ${id}`))).toMatch(/跟进：已与企业视频会谈/);
  });

  it('keeps chambers apart and shows phones only to those allowed', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const colleague = await joinAs(core, tdb.db, 'member');
    const secretary = await joinAs(core, tdb.db, 'secretary');
    const official = await joinAs(core, tdb.db, 'official');
    const outsider = await joinAs(core, tdb.db, 'secretary', { chamber: '貴陽商會' });
    const id = await reportLead(member, '项目：光伏组件 投资2亿 联系人 李娜 电话13800138000');

    expect(text(await colleague.send(`/show ${id}`))).toContain('*******8000');
    expect(text(await colleague.send(`/show ${id}`))).not.toContain('13800138000');
    expect(text(await secretary.send(`/show ${id}`))).toContain('13800138000');
    expect(text(await official.send(`/show ${id}`))).toContain('13800138000');
    expect(text(await outsider.send(`/show ${id}`))).toMatch(/找不到编号为/);
    expect(text(await outsider.send('/leads'))).toMatch(/没有符合条件/);
    expect(text(await outsider.send(`/stage ${id} 终止`))).toMatch(/找不到编号为/);
    expect(text(await colleague.send(`/stage ${id} 终止`))).toMatch(/没有权限/);
    expect(text(await official.send('/leads 成都商會'))).toContain('光伏组件');
    expect(text(await outsider.send('/leads 成都商會'))).toMatch(/没有权限/);

    const inGroup = text(await secretary.inGroup('g1').send(`/show ${id}`));
    expect(inGroup).toContain('*******8000');
    expect(inGroup).not.toContain('李娜');
  });
});

describe('groups', () => {
  it('binds a group for a secretary, ignores chatter, answers commands', async () => {
    const secretary = await joinAs(core, tdb.db, 'secretary');
    const member = await joinAs(core, tdb.db, 'member');
    const group = { id: 'grp-1', type: 'group' as const };
    const chatter = new ChatUser(core, member.userId, member.name, group);
    expect(await chatter.deliver({ text: '大家好，明天见', addressed: false })).toEqual([]);
    expect(text(await member.inGroup('grp-1').send('/bindgroup'))).toMatch(/没有权限/);
    expect(text(await secretary.inGroup('grp-1').send('/bindgroup'))).toMatch(/已绑定到成都商会/);
    expect(text(await secretary.send('/bindgroup'))).toMatch(/群里发送/);
    expect(await tdb.db.selectFrom('group_bindings').selectAll().execute()).toHaveLength(1);
  });

  it('keeps the binding a moved group already has at its new id, and moves its waiting pushes there', async () => {
    const secretary = await joinAs(core, tdb.db, 'secretary');
    expect(text(await secretary.inGroup('old').send('/bindgroup'))).toMatch(/已绑定到成都商会/);
    const [address] = await groupAddresses(tdb.db);
    await tdb.db
      .transaction()
      .execute((trx) => enqueue(trx, [{ job: 'digest', period: '2026-W49', recipient: { kind: 'group', ...address }, outbound: { text: '周报' } }]));
    // The secretary bound the new group before the move was reported.
    await addChamber(tdb.db, '上海商會');
    const other = await joinAs(core, tdb.db, 'secretary', { chamber: '上海商會' });
    expect(text(await other.inGroup('new').send('/bindgroup'))).toMatch(/已绑定到上海商会/);

    const moved = { chatChange: { kind: 'moved', fromChatId: 'old', toChatId: 'new' } as const };
    expect(await secretary.inGroup('old').deliver(moved)).toEqual([]);
    expect(await secretary.inGroup('new').deliver(moved)).toEqual([]);
    expect((await groupAddresses(tdb.db)).map((g) => [g.chatId, g.chamberId])).toEqual([['new', address.chamberId + 1]]);
    expect(await tdb.db.selectFrom('outbox').select(['chat_id', 'status']).execute()).toEqual([{ chat_id: 'new', status: 'pending' }]);
  });
});

describe('languages and help', () => {
  it('switches language and lists what the role may do', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const secretary = await joinAs(core, tdb.db, 'secretary');
    expect(text(await member.send('/help'))).not.toContain('/assign');
    expect(text(await secretary.send('/help'))).toContain('/assign');
    expect(text(await member.send('/lang en'))).toBe('Language set to English.');
    expect(text(await member.send('/help'))).toContain('report an investment lead');
    expect(text(await member.send('/lang zh-TW'))).toContain('繁體中文');
    expect(text(await member.send('/nosuch'))).toContain('沒有「/nosuch」這個命令');
    expect(text(await member.send('/lang fr'))).toContain('/lang zh-CN');
  });
});

describe('bad input', () => {
  it('refuses text over 4,000 characters without writing anything', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    expect(text(await member.send(`投资3亿${'很'.repeat(4001)}`))).toMatch(/太长.*4000/);
    expect(await tdb.db.selectFrom('drafts').selectAll().execute()).toHaveLength(0);
  });

  it('keeps SQL and HTML as typed and never crashes on absurd numbers', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const sqlish = "项目：'); drop table leads; -- 投资3亿";
    await member.send(`/lead ${sqlish}`);
    await member.press('保存');
    await member.send('/lead 投资2亿');
    const html = '<b>康养</b><script>x</script>';
    expect(text(await member.send(html))).toContain(`项目：${html}`);
    await member.press('保存');
    for (const [absurd, figure] of [
      ['投资1e308亿 项目：甲', '1e308亿'],
      ['投资-5亿 项目：乙', '-5亿'],
      ['投资999999999999999999亿 项目：丙', '999999999999999999亿'],
    ]) {
      const replies = await member.send(`/lead ${absurd}`);
      expect(text(replies)).toContain(`注意：「${figure}」看不懂或不合理，没有记录`);
      await member.press('保存');
    }
    const leads = await tdb.db.selectFrom('leads').select(['raw_text', 'investment_yuan']).orderBy('id').execute();
    expect(leads[0].raw_text).toBe(sqlish);
    expect(await tdb.db.selectFrom('leads').select('project').where('project', '=', html).execute()).toHaveLength(1);
    for (const lead of leads.slice(1)) expect(lead.investment_yuan === null || lead.investment_yuan <= 1e13).toBe(true);
  });

  it('answers ids of leads one may not see like ids that do not exist', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    expect(text(await member.send('/show 999'))).toMatch(/找不到编号为 999/);
    expect(text(await member.send('/show abc'))).toMatch(/请给出线索编号/);
  });
});

describe('delivery', () => {
  it('handles a redelivered update once, even twenty at a time', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send('/lead 项目：冷链仓库 投资6000万');
    const save = member.lastButtons.find((b) => b.label.includes('保存'))!;
    const inbound = {
      platform: 'test',
      updateId: 'same-update',
      chat: member.chat,
      user: { id: member.userId, name: member.name },
      action: save.action,
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => core.handle(inbound)));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(results.filter((r) => r.duplicate).every((r) => r.replies.length === 0)).toBe(true);
    expect(await countLeads()).toBe(1);
  });

  it('answers a handler bug with an apology and a reference, and does not run it twice', async () => {
    const broken: Feature = {
      commands: [
        {
          name: 'boom',
          async run() {
            throw new Error('kaput');
          },
        },
      ],
    };
    const { core: buggy } = testCore(tdb.db, clock, [...coreFeatures, broken]);
    const member = await joinAs(buggy, tdb.db, 'member');
    const inbound = { platform: 'test', updateId: 'bug-1', chat: member.chat, user: { id: member.userId, name: member.name }, text: '/boom' };
    const first = await buggy.handle(inbound);
    expect(text(first.replies)).toMatch(/出了问题.*编号 [0-9a-f]{8}/);
    expect((await buggy.handle(inbound)).duplicate).toBe(true);
  });
});
