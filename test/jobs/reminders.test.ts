import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import { reminderItems, remindersJob, logReminderDelivery } from '../../src/jobs/reminders.ts';
import { runPeriod } from '../../src/jobs/runs.ts';
import { loadOutbound } from '../../src/outbox/payload.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { limitsFrom } from '../../src/outbox/limits.ts';
import { changeStage, addFollowUp, assignOwner } from '../../src/core/lead-records.ts';
import { addLead } from '../summaries/fixtures.ts';
import type { Lead } from '../../src/db/schema.ts';
import { localDate } from '../../src/domain/calendar.ts';
import { jobCtx, silent } from './helpers.ts';
import { FakePlatform, fakeAdapter } from '../outbox/fake-platform.ts';

const t = useTestDatabase();

const SH = 'Asia/Shanghai';
const RULES = { newLeadDays: 3, negotiatingDays: 14, signedDays: 30 };
const day = (date: string, hour = 10) => new Date(`${date}T${String(hour - 8).padStart(2, '0')}:00:00Z`); // local hour in Shanghai

describe('what a lead needs (the rules as a table)', () => {
  const base = {
    id: 1,
    chamber_id: 1,
    project: '天府物流園',
    company: null,
    owner_id: 7 as number | null,
    owner_name: '張三' as string | null,
    reported_at: day('2026-11-01'),
    last_follow_up_at: null as Date | null,
    next_follow_up_on: null as string | null,
    last_stage_at: null as Date | null,
    last_activity_at: null as Date | null,
  };
  it.each([
    // new lead: no owner after 3 days → stale; before → to assign
    ['lead', { owner_id: null, owner_name: null, reported_at: day('2026-11-27') }, 'stale', 'noOwner', 3],
    ['lead', { owner_id: null, owner_name: null, reported_at: day('2026-11-28') }, 'unassigned', 'noOwner', 2],
    // new lead with an owner but no follow-up after 3 days
    ['lead', { reported_at: day('2026-11-26') }, 'stale', 'noFollowUp', 4],
    // new lead with owner and a follow-up: nothing
    ['lead', { reported_at: day('2026-11-01'), last_follow_up_at: day('2026-11-02') }, null, null, 0],
    // negotiating: 14 days since the last follow-up
    ['negotiating', { last_follow_up_at: day('2026-11-16'), last_stage_at: day('2026-11-05') }, 'stale', 'noFollowUp', 14],
    ['negotiating', { last_follow_up_at: day('2026-11-17'), last_stage_at: day('2026-11-05') }, null, null, 0],
    // signed: 30 days without any progress
    ['signed', { reported_at: day('2026-10-01'), last_stage_at: day('2026-10-31'), last_activity_at: day('2026-10-31') }, 'stale', 'silent', 30],
    ['signed', { reported_at: day('2026-10-01'), last_stage_at: day('2026-10-31'), last_activity_at: day('2026-11-10') }, null, null, 0],
    // a follow-up date: due today, overdue, or in the future (planned, or snoozed) — then nothing else counts
    ['negotiating', { next_follow_up_on: '2026-11-30', last_follow_up_at: day('2026-01-01') }, 'due', '2026-11-30', 0],
    ['negotiating', { next_follow_up_on: '2026-11-27' }, 'due', '2026-11-27', 3],
    ['lead', { owner_id: null, next_follow_up_on: '2026-12-07' }, null, null, 0],
  ] as const)('%s %j → %s', (stage, over, reason, detail, days) => {
    const items = reminderItems([{ ...base, stage, ...over } as never], '2026-11-30', SH, RULES);
    if (reason === null) {
      expect(items).toEqual([]);
      return;
    }
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ reason, detail, days });
  });

  it('escalates at twice the deadline, and counts days in the bot time zone', () => {
    const [item] = reminderItems([{ ...base, stage: 'negotiating', last_follow_up_at: day('2026-11-02') } as never], '2026-11-30', SH, RULES);
    expect(item).toMatchObject({ days: 28, escalate: true });
    // 23:30 on 16 November in Shanghai is 15:30 UTC: it counts from the 16th, not the 16th UTC's neighbour.
    const [late] = reminderItems([{ ...base, stage: 'negotiating', last_follow_up_at: new Date('2026-11-16T15:30:00Z') } as never], '2026-11-30', SH, RULES);
    expect(late).toMatchObject({ days: 14, anchor: '2026-11-16' });
  });
});

describe('the morning reminders', () => {
  async function world() {
    // The clock starts on Monday 30 November 2026, 08:37 in Shanghai.
    const clock = testClock('2026-11-30T00:37:00Z');
    const { core } = testCore(t.db, clock);
    const secretary = await joinAs(core, t.db, 'secretary', { name: '秘書長' });
    const zhang = await joinAs(core, t.db, 'member', { name: '張三' });
    const li = await joinAs(core, t.db, 'member', { name: '李四' });
    const official = await joinAs(core, t.db, 'official', { name: '王處長' });
    const ids = async (u: ChatUser) =>
      (await t.db.selectFrom('identities').select('member_id').where('platform_user_id', '=', u.userId).executeTakeFirstOrThrow()).member_id;
    const chamberId = (await t.db.selectFrom('chambers').select('id').executeTakeFirstOrThrow()).id;
    const m = { secretary: await ids(secretary), zhang: await ids(zhang), li: await ids(li), official: await ids(official) };
    // A negotiation nobody followed for 30 days (twice 14: escalated), a new lead with no owner, a follow-up due today.
    const silentLead = await addLead(t.db, { chamberId, reporterId: m.zhang, ownerId: m.zhang, project: '冷鏈物流園', reportedAt: day('2026-10-20') });
    await changeStage(t.db, silentLead, 'negotiating', m.zhang, day('2026-10-31'));
    const newLead = await addLead(t.db, { chamberId, reporterId: m.li, project: '光伏組件廠', reportedAt: day('2026-11-26') });
    const dueLead = await addLead(t.db, {
      chamberId,
      reporterId: m.li,
      ownerId: m.li,
      project: '食品加工園',
      stage: 'negotiating',
      reportedAt: day('2026-11-20'),
    });
    await addFollowUp(t.db, dueLead as Lead, m.li, '見面', '2026-11-30', day('2026-11-23'));
    const run = (date: string) => runPeriod(jobCtx(t.db, clock.now, { platforms: ['test'] }), remindersJob, date, { instance: 'test', trigger: 'manual' });
    return { clock, core, secretary, zhang, li, official, m, chamberId, silentLead, newLead, dueLead, run };
  }

  async function outbox(job: string) {
    const rows = await t.db.selectFrom('outbox').selectAll().where('job', '=', job).orderBy('id').execute();
    return rows.map((r) => ({ ...r, outbound: loadOutbound(r.payload) }));
  }

  it('sends the secretary one message with every lead that needs them, each with its buttons; officials get the escalations', async () => {
    const w = await world();
    expect(await w.run('2026-11-30')).toMatchObject({ ran: true, outcome: { items: 3, chambers: 1, messages: 1, escalated: 1 } });
    const [message] = await outbox('reminders');
    expect(message.member_id).toBe(w.m.secretary);
    const text = message.outbound.text;
    expect(text).toContain('3 条线索需要处理');
    expect(text).toMatch(/#\d+ 冷鏈物流園（洽谈）：30 天没有跟进（超期 16 天）/);
    expect(text).toMatch(/光伏組件廠（线索）：报告 4 天仍未指定负责人/);
    expect(text).toMatch(/食品加工園（洽谈）：今天应跟进/);
    const buttons = message.outbound.buttons!;
    expect(buttons).toHaveLength(3);
    expect(buttons[0].map((b) => b.label)).toEqual([`#${w.silentLead.id} 已跟进`, '延期7天', '转交', '查看']);
    expect(buttons[0].map((b) => b.action)).toEqual([`r:f:${w.silentLead.id}`, `r:s:${w.silentLead.id}:7`, `r:t:${w.silentLead.id}`, `r:v:${w.silentLead.id}`]);
    const [escalation] = await outbox('escalations');
    expect(escalation.member_id).toBe(w.m.official);
    expect(escalation.outbound.text).toMatch(/成都商会 #\d+ 冷鏈物流園/);
    // Queued items are logged for response times.
    const queued = await t.db.selectFrom('reminder_events').selectAll().where('event', '=', 'queued').execute();
    expect(queued).toHaveLength(3);
    expect(queued.every((e) => e.outbox_id === message.id && e.member_id === w.m.secretary)).toBe(true);

    // The next morning: the same leads, but the escalation was sent once.
    w.clock.set('2026-12-01T00:37:00Z');
    expect(await w.run('2026-12-01')).toMatchObject({ outcome: { escalated: 0 } });
    expect(await outbox('escalations')).toHaveLength(1);
    expect(await outbox('reminders')).toHaveLength(2);
  });

  it("names the chamber in each secretary's script: 成都商会 in zh-CN, 成都商會 in zh-TW (stored as 成都商會)", async () => {
    const w = await world();
    const taiwanese = await joinAs(w.core, t.db, 'secretary', { name: '陳秘書' });
    await taiwanese.send('/lang zh-TW');
    await w.run('2026-11-30');
    const texts = new Map((await outbox('reminders')).map((r) => [r.member_id, r.outbound.text]));
    const twId = (await t.db.selectFrom('identities').select('member_id').where('platform_user_id', '=', taiwanese.userId).executeTakeFirstOrThrow()).member_id;
    expect(texts.get(w.m.secretary)).toMatch(/^【今日跟进提醒】成都商会：3 条线索需要处理/);
    expect(texts.get(twId)).toMatch(/^【今日跟進提醒】成都商會：3 條線索需要處理/);
    // What is stored does not change.
    expect((await t.db.selectFrom('chambers').select('name').where('id', '=', w.chamberId).executeTakeFirstOrThrow()).name).toBe('成都商會');
  });

  it('snooze moves the deadline: the lead is left alone for 7 days, then due', async () => {
    const w = await world();
    await w.run('2026-11-30');
    const [message] = await outbox('reminders');
    const snooze = message.outbound.buttons!.flat().find((b) => b.action.startsWith(`r:s:${w.silentLead.id}`))!;
    const reply = ChatUser.text(await w.secretary.deliver({ action: snooze.action }));
    expect(reply).toContain('2026-12-07');
    const lead = await t.db.selectFrom('leads').selectAll().where('id', '=', w.silentLead.id).executeTakeFirstOrThrow();
    expect(lead.next_follow_up_on).toBe('2026-12-07');
    w.clock.set('2026-12-01T00:37:00Z');
    await w.run('2026-12-01');
    const second = (await outbox('reminders'))[1].outbound.text;
    expect(second).not.toContain('冷鏈物流園');
    w.clock.set('2026-12-07T00:37:00Z');
    await w.run('2026-12-07');
    expect((await outbox('reminders'))[2].outbound.text).toMatch(/冷鏈物流園（洽谈）：今天应跟进/);
    const events = await t.db.selectFrom('reminder_events').selectAll().where('event', '=', 'snoozed').execute();
    expect(events).toMatchObject([{ lead_id: w.silentLead.id, member_id: w.m.secretary }]);
  });

  it('reassign: the secretary picks the new owner, who is told through the outbox', async () => {
    const w = await world();
    await w.run('2026-11-30');
    const [message] = await outbox('reminders');
    const reassign = message.outbound.buttons!.flat().find((b) => b.action === `r:t:${w.silentLead.id}`)!;
    await w.secretary.deliver({ action: reassign.action });
    expect(w.secretary.lastButtons.map((b) => b.label)).toContain('李四');
    const reply = ChatUser.text(await w.secretary.press('李四'));
    expect(reply).toContain('已把');
    expect(reply).toContain('李四');
    const lead = await t.db.selectFrom('leads').selectAll().where('id', '=', w.silentLead.id).executeTakeFirstOrThrow();
    expect(lead.owner_id).toBe(w.m.li);
    const [notice] = await outbox('assigned');
    expect(notice.member_id).toBe(w.m.li);
    expect(notice.outbound.text).toContain('秘書長');
    expect(notice.outbound.text).toContain('冷鏈物流園');
    expect(notice.outbound.buttons!.flat().map((b) => b.action)).toContain(`l:show:${w.silentLead.id}`);
    // The new owner may now log a follow-up from that notice.
    const followed = ChatUser.text(await w.li.deliver({ action: `r:f:${w.silentLead.id}` }));
    expect(followed).toContain('已记录');
    expect(await t.db.selectFrom('follow_ups').selectAll().where('lead_id', '=', w.silentLead.id).execute()).toHaveLength(1);
    const events = await t.db
      .selectFrom('reminder_events')
      .select(['event', 'member_id'])
      .where('event', 'in', ['reassigned', 'followed'])
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { event: 'reassigned', member_id: w.m.secretary },
      { event: 'followed', member_id: w.m.li },
    ]);
  });

  it("已跟進 logs a follow-up and clears the lead; 查看 shows it; others cannot press a chamber's buttons", async () => {
    const w = await world();
    await w.run('2026-11-30');
    const followed = ChatUser.text(await w.secretary.deliver({ action: `r:f:${w.silentLead.id}` }));
    expect(followed).toContain('已记录');
    const shown = ChatUser.text(await w.secretary.deliver({ action: `r:v:${w.silentLead.id}` }));
    expect(shown).toContain('冷鏈物流園');
    // 李四 neither reported nor owns it: he may not mark it followed, nor reassign it.
    expect(ChatUser.text(await w.li.deliver({ action: `r:f:${w.silentLead.id}` }))).toMatch(/没有权限/);
    expect(ChatUser.text(await w.li.deliver({ action: `r:to:${w.silentLead.id}:${w.m.li}` }))).toMatch(/没有权限/);
    // Someone of another chamber sees nothing.
    const other = await joinAs(w.core, t.db, 'secretary', { chamber: '上海商會', name: '上海秘書長' });
    expect(ChatUser.text(await other.deliver({ action: `r:v:${w.silentLead.id}` }))).toMatch(/找不到/);
    w.clock.set('2026-12-01T00:37:00Z');
    await w.run('2026-12-01');
    expect((await outbox('reminders'))[1].outbound.text).not.toContain('冷鏈物流園');
  });

  it('logs each delivery when the sender sends a reminder (response time = press − delivery)', async () => {
    const w = await world();
    await w.run('2026-11-30');
    const fake = new FakePlatform('test', {
      overall: [{ count: 100, windowMs: 1000 }],
      privateChat: [{ count: 10, windowMs: 1000 }],
      groupChat: [{ count: 10, windowMs: 1000 }],
      idempotent: false,
    });
    const sender = new OutboxSender({
      db: t.db,
      adapters: [fakeAdapter(fake)],
      logger: silent,
      limits: { test: limitsFrom({ perSecond: 100, chatPerSecond: 10, idempotencyWindowMs: 0 }) },
      idlePollMs: 50,
      afterSent: logReminderDelivery,
    });
    sender.start();
    await sender.drain(5000);
    await sender.stop();
    const delivered = await t.db.selectFrom('reminder_events').selectAll().where('event', '=', 'delivered').execute();
    expect(delivered.map((e) => e.lead_id).sort()).toEqual([w.silentLead.id, w.newLead.id, w.dueLead.id].sort());
    expect(fake.deliveries.map((d) => d.chatId).sort()).toEqual([w.secretary.userId, w.official.userId].sort());
  });

  it('a lead assigned and followed leaves the list; the period key is the local date', async () => {
    const w = await world();
    await assignOwner(t.db, w.newLead as Lead, { id: w.m.li, display_name: '李四' }, w.m.secretary, day('2026-11-30', 8));
    await addFollowUp(t.db, w.newLead as Lead, w.m.li, '電話', null, day('2026-11-30', 8));
    // 00:30 on 1 December in Shanghai is still 30 November in UTC.
    w.clock.set('2026-11-30T16:30:00Z');
    expect(localDate(w.clock.now(), SH)).toBe('2026-12-01');
    await w.run(localDate(w.clock.now(), SH));
    const [message] = await outbox('reminders');
    expect(message.period).toBe('2026-12-01');
    expect(message.outbound.text).not.toContain('光伏組件廠');
  });
});
