import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { testClock, testCore } from '../support/chat.ts';
import { coreFeatures } from '../../src/core/features/index.ts';
import type { CoreDeps, Feature } from '../../src/core/context.ts';
import type { Core } from '../../src/core/conversation.ts';
import { addChamber, createInvite } from '../../src/core/admin.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import type { Role } from '../../src/domain/permissions.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createTelegramAdapter } from '../../src/adapters/telegram/index.ts';
import { addressing, inboundFromCallback, inboundFromMembership, inboundFromMessage, inboundFromMigration } from '../../src/adapters/telegram/inbound.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { enqueue, groupAddresses } from '../../src/outbox/queue.ts';
import { digestJob } from '../../src/jobs/digest.ts';
import { runPeriod } from '../../src/jobs/runs.ts';
import { jobCtx, silent } from '../jobs/helpers.ts';
import { MAX_MESSAGE_LENGTH, splitText } from '../../src/adapters/telegram/outbound.ts';
import { menuOf } from '../../src/adapters/telegram/command-menu.ts';
import { secretMatches } from '../../src/adapters/telegram/webhook.ts';
import { safeError } from '../../src/adapters/telegram/errors.ts';
import { BOT_INFO, type ShownMessage } from './telegram/fake-bot-api.ts';
import { basicGroupChat, eventually, groupChat, LogCapture, SECRET, TelegramHarness, TgUser, TOKEN, WEBHOOK_URL } from './telegram/harness.ts';

/**
 * The Telegram adapter end to end: real grammY against a fake Bot API on 127.0.0.1, the real
 * HTTP server, the real core on PGlite (or Postgres with DATABASE_URL). Assertions read what
 * the fake Bot API received, i.e. what the user would see.
 */

let tdb: TestDatabase;
let down: DatabaseHandle;
let core: Core;
let deps: CoreDeps;
let tg: TelegramHarness | undefined;
const clock = testClock();

/** A command whose handler has a bug. */
const faulty: Feature = {
  commands: [
    {
      name: 'boom',
      needsMember: false,
      async run() {
        throw new Error('kaput');
      },
    },
  ],
};

beforeAll(async () => {
  tdb = await openTestDatabase();
  // A database nobody listens for: every query fails to connect, as in an outage.
  down = await openDatabase({ url: 'postgres://nobody:nothing@127.0.0.1:1/none', poolSize: 1 });
});
afterAll(async () => {
  await down.close().catch(() => undefined);
  await tdb.close();
});
beforeEach(async () => {
  await tdb.reset();
  ({ core, deps } = testCore(tdb.db, clock, [...coreFeatures, faulty]));
});
afterEach(async () => {
  deps.db = tdb.db;
  await tg?.stop();
  tg = undefined;
});

async function start(options: Partial<Parameters<typeof TelegramHarness.start>[0]> = {}): Promise<TelegramHarness> {
  tg = await TelegramHarness.start({ core, ...options });
  return tg;
}

async function inviteCode(role: Role, chamber = '成都商會'): Promise<string> {
  if (!(await tdb.db.selectFrom('chambers').select('id').where('name', '=', chamber).executeTakeFirst())) await addChamber(tdb.db, chamber);
  return (await createInvite(tdb.db, { chamber, role, now: clock.now(), days: 30 })).code;
}

async function joined(t: TelegramHarness, user: TgUser, role: Role): Promise<TgUser> {
  const { text } = await t.say(user, `/join ${await inviteCode(role)}`);
  expect(text).toMatch(/欢迎加入成都商会/);
  return user;
}

const count = async (table: 'leads' | 'drafts' | 'inbound_updates' | 'group_bindings') =>
  Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(tdb.db)).rows[0].n);

const LEAD_REPORT = '已签约：成都天府物流园项目，总投资12.8亿元，已到位资金3亿元，预计带动就业800人';

/** Reports a lead in private and returns the draft message with its Save / Edit / Cancel buttons. */
async function draftOf(t: TelegramHarness, user: TgUser, report = LEAD_REPORT): Promise<ShownMessage> {
  const { sent } = await t.say(user, report);
  const draft = sent.find((m) => m.buttons.length > 0);
  expect(draft, 'a draft with buttons').toBeDefined();
  return draft!;
}

describe('starting', () => {
  it('identifies itself, registers the command menu in three languages and the webhook', async () => {
    const t = await start();
    expect(t.api.callsOf('getMe')).toHaveLength(1);
    const menus = t.api.callsOf('setMyCommands').map((c) => c.payload);
    expect(menus.map((m) => m.language_code)).toEqual([undefined, 'zh', 'en']);
    const [zh, , en] = menus.map((m) => m.commands as { command: string; description: string }[]);
    expect(zh).toContainEqual({ command: 'join', description: '加入商会' });
    expect(zh).toContainEqual({ command: 'bindgroup', description: expect.stringMatching(/^在群里发送/) });
    expect(en).toContainEqual({ command: 'join', description: 'join your chamber' });
    for (const { command, description } of [...zh, ...en]) {
      expect(command).toMatch(/^[a-z0-9_]{1,32}$/);
      expect(description.length).toBeGreaterThan(0);
      expect(description).not.toContain(' — ');
    }
    expect(zh.map((c) => c.command)).not.toContain('boom'); // no help key, no menu entry
    expect(t.api.callsOf('setWebhook').map((c) => c.payload)).toEqual([
      { url: WEBHOOK_URL, secret_token: SECRET, allowed_updates: ['message', 'callback_query', 'my_chat_member'] },
    ]);
    expect(t.api.callsOf('deleteWebhook')).toHaveLength(0);
    expect(t.adapter.routes.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /telegram/webhook']);
  });

  it('refuses webhook mode without a URL and a secret', () => {
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_SECRET: SECRET })).toThrow(/TELEGRAM_WEBHOOK_URL/);
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_URL: 'https://bot.example/telegram/webhook' })).toThrow(
      /TELEGRAM_WEBHOOK_SECRET/,
    );
  });
});

describe('a private chat', () => {
  it('joins with a code, reports a lead in free text, and saves it once however often Save is pressed', async () => {
    const t = await start();
    const alice = new TgUser(1001, '王', '小明');
    expect((await t.say(alice, '/start')).text).toMatch(/您好，王 小明！.*\/join/s);
    await joined(t, alice, 'member');

    const draft = await draftOf(t, alice);
    expect(draft.text).toContain('天府物流园');
    expect(draft.text).toContain('12.80亿元');
    expect(draft.buttons.flat().map((b) => b.text)).toEqual(['✅ 保存', '✏️ 修改', '✖️ 取消']);
    expect(draft.buttons.flat().every((b) => b.callback_data.length <= 64)).toBe(true);
    expect(await count('leads')).toBe(0);

    const save = alice.presses(draft, '保存');
    const saved = await t.deliver(save);
    expect(saved.status).toBe(200);
    expect(saved.sent).toHaveLength(0);
    expect(saved.edited).toHaveLength(1);
    expect(saved.edited[0].messageId).toBe(draft.messageId);
    expect(saved.edited[0].text).toMatch(/已保存为线索 #1/);
    expect(saved.edited[0].buttons).toEqual([]); // the keyboard is gone
    expect(t.api.callsOf('answerCallbackQuery').map((c) => c.payload.callback_query_id)).toEqual([save.callback_query!.id]);

    // A second press of the same (stale) button, e.g. from another device that still shows it.
    const again = await t.deliver(alice.pressesData(draft, save.callback_query!.data!));
    expect(again.edited[0].text).toMatch(/已经保存过了/);
    expect(await count('leads')).toBe(1);
  });

  it('moves a lead with /stage and with the buttons under it', async () => {
    const t = await start();
    const bob = await joined(t, new TgUser(1002, 'Bob'), 'member');
    await t.deliver(bob.presses(await draftOf(t, bob, '/lead 项目：冷链仓库 投资6000万'), '保存'));

    expect((await t.say(bob, '/stage 1 洽谈')).text).toMatch(/线索 #1：线索 → 洽谈/);
    const { sent } = await t.say(bob, '/show 1');
    const detail = sent.at(-1)!;
    expect(detail.buttons.flat().map((b) => b.text)).toEqual(['签约', '落地', '终止']);

    const pressed = await t.deliver(bob.presses(detail, '签约'));
    expect(pressed.edited).toHaveLength(1);
    expect(pressed.edited[0].text).toMatch(/洽谈 → 签约/);
    expect(pressed.edited[0].buttons.flat().map((b) => b.text)).toEqual(['洽谈', '落地', '终止']);
    const lead = await tdb.db.selectFrom('leads').select('stage').executeTakeFirstOrThrow();
    expect(lead.stage).toBe('signed');
  });

  it('sends plain text, so <b>, * and _ arrive as typed', async () => {
    const t = await start();
    const carol = new TgUser(1003, '<b>Carol</b>', '*_');
    expect((await t.say(carol, '/start')).text).toContain('<b>Carol</b> *_');
    expect((await t.say(carol, '/join <b>*_x')).text).toContain('「<b>*_x」');
    for (const call of t.api.callsOf('sendMessage')) expect(call.payload.parse_mode).toBeUndefined();
  });

  it('answers a handler bug with the apology and a reference, and the webhook with 200', async () => {
    const t = await start();
    const { status, sent } = await t.deliver(new TgUser(1004, 'Dan').says('/boom'));
    expect(status).toBe(200);
    expect(sent.map((m) => m.text).join()).toMatch(/出了问题.*编号 [0-9a-f]{8}/);
  });

  it('answers in English to an English Telegram', async () => {
    const t = await start();
    expect((await t.say(new TgUser(1005, 'Eve', undefined, 'en'), '/start')).text).toMatch(/^Hello, Eve!/);
  });
});

describe('a group', () => {
  const group = groupChat(-1001234567890, '成都商會群');

  it('is bound by its secretary, masks contacts, and hears only what is addressed to the bot', async () => {
    const t = await start();
    const secretary = await joined(t, new TgUser(2001, '李', '秘书长'), 'secretary');
    const member = await joined(t, new TgUser(2002, '张', '会员'), 'member');
    const before = t.api.calls.length;

    // Chatter between members, and commands for another bot: nothing is sent.
    expect((await t.deliver(member.says('大家好，明天见', group))).sent).toEqual([]);
    expect((await t.deliver(member.says('/help@OtherBot', group))).sent).toEqual([]);
    expect(t.api.calls.slice(before).filter((c) => c.method.startsWith('send'))).toEqual([]);

    expect((await t.say(member, '/bindgroup', group)).text).toMatch(/没有权限/);
    const bound = await t.deliver(secretary.says('/bindgroup@ChamberTestBot', group));
    expect(bound.sent.map((m) => m.text).join()).toMatch(/已绑定到成都商会/);
    const reply = t.api.callsOf('sendMessage').at(-1)!;
    expect(reply.payload.chat_id).toBe(group.id);
    expect(reply.payload.reply_parameters).toMatchObject({ message_id: expect.any(Number) });
    const binding = await tdb.db.selectFrom('group_bindings').selectAll().executeTakeFirstOrThrow();
    expect(binding).toMatchObject({ platform: 'telegram', chat_id: String(group.id), title: '成都商會群' });

    // A report addressed by @mention: the group sees the phone masked and no contact name.
    const report = '@ChamberTestBot 天府物流园项目正在洽谈，总投资3亿元，联系人王磊 13912345678';
    const { text, sent } = await t.say(member, report, group);
    expect(text).toContain('*******5678');
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('王磊');
    const draft = await tdb.db.selectFrom('drafts').select('raw_text').executeTakeFirstOrThrow();
    expect(draft.raw_text.startsWith('天府物流园')).toBe(true); // the mention was stripped

    // A reply to one of the bot's messages is addressed to it, too.
    expect((await t.deliver(member.says('/help', group, sent[0]))).sent).toHaveLength(1);
    const answered = await t.deliver(member.says('这个项目下周再跟进', group, sent[0]));
    expect(answered.sent.length).toBeGreaterThan(0);
  });
});

describe('the chats the bot lives in', () => {
  const group = groupChat(-1002000000001, '成都商會群');

  /** Sends what the outbox holds through the adapter's push, as the running bot does. */
  async function sendQueued(t: TelegramHarness): Promise<void> {
    const sender = new OutboxSender({ db: tdb.db, adapters: [t.adapter], logger: silent, idlePollMs: 20, backoffSeconds: [0.1] });
    sender.start();
    expect(await sender.drain(10_000)).toBe(true);
    await sender.stop();
  }

  async function bound(t: TelegramHarness, chat: Parameters<TgUser['says']>[1]): Promise<TgUser> {
    const secretary = await joined(t, new TgUser(8001, '李', '秘书长'), 'secretary');
    expect((await t.say(secretary, '/bindgroup', chat)).text).toMatch(/已绑定到成都商会/);
    return secretary;
  }

  it('reads a photo caption as a report, in private and when it addresses the bot in a group', async () => {
    const t = await start();
    const member = await joined(t, new TgUser(8101, '张', '会员'), 'member');
    const signing = await t.deliver(member.sendsAttachment('photo', member.dm, '今天与成都天府物流有限公司签约，总投资12.8亿元'));
    const draft = signing.sent.find((m) => m.buttons.length > 0)!;
    expect(draft.text).toContain('12.80亿元');
    expect(draft.buttons.flat().map((b) => b.text)).toEqual(['✅ 保存', '✏️ 修改', '✖️ 取消']);
    expect((await t.deliver(member.presses(draft, '保存'))).edited[0].text).toMatch(/已保存为线索 #1/);

    // In a group a caption is chatter unless it speaks to the bot.
    expect((await t.deliver(member.sendsAttachment('photo', group, '签约仪式现场'))).sent).toEqual([]);
    const addressed = await t.deliver(member.sendsAttachment('document', group, '@ChamberTestBot 冷链仓库项目洽谈中，投资6000万'));
    expect(addressed.sent.find((m) => m.buttons.length > 0)?.text).toContain('冷链仓库');
    expect(await count('drafts')).toBe(2);
  });

  it('answers what it cannot read with a hint in private, once, and says nothing in a group', async () => {
    const t = await start();
    const stranger = new TgUser(8201, 'Eve', undefined, 'en');
    const sticker = stranger.sendsAttachment('sticker');
    const first = await t.deliver(sticker);
    expect(first.sent.map((m) => m.text)).toEqual([expect.stringMatching(/^I can only read text/)]);
    expect((await t.deliver(sticker)).sent).toEqual([]);

    const member = await joined(t, new TgUser(8202, '王'), 'member');
    for (const kind of ['photo', 'voice', 'location'] as const) {
      expect((await t.deliver(member.sendsAttachment(kind))).sent.map((m) => m.text)).toEqual([expect.stringMatching(/^我只能读懂文字/)]);
    }
    const before = t.api.calls.length;
    for (const kind of ['sticker', 'photo', 'voice'] as const) {
      expect((await t.deliver(member.sendsAttachment(kind, group))).status).toBe(200);
    }
    expect(t.api.calls.slice(before).filter((c) => c.method.startsWith('send'))).toEqual([]);
  });

  it('tells a group it joins how to bind it, once, and not again when promoted or already bound', async () => {
    const t = await start();
    const admin = new TgUser(8301, '陈');
    const added = admin.changesBot(group, 'left', 'member');
    const hint = await t.deliver(added);
    expect(hint.sent).toHaveLength(1);
    expect(hint.sent[0]).toMatchObject({ chatId: group.id, text: expect.stringMatching(/秘书长.*\/bindgroup/) });
    expect((await t.deliver(added)).sent).toEqual([]);
    expect((await t.deliver(admin.changesBot(group, 'member', 'administrator'))).sent).toEqual([]);

    const other = groupChat(-1002000000002, '另一个群');
    await bound(t, other);
    expect((await t.deliver(admin.changesBot(other, 'left', 'administrator'))).sent).toEqual([]);
  });

  it('turns a bound group off when the bot is removed, tells the secretary, and asks for /unmute when added back', async () => {
    const t = await start();
    const secretary = await bound(t, group);
    const admin = new TgUser(8401, '陈');
    const removed = admin.changesBot(group, 'member', 'kicked');
    expect((await t.deliver(removed)).sent).toEqual([]);
    expect(await t.deliver(removed)).toMatchObject({ status: 200, sent: [] });
    expect(await groupAddresses(tdb.db, { platforms: ['telegram'] })).toEqual([]);

    await sendQueued(t);
    const told = t.api.chat(secretary.user.id);
    expect(told.at(-1)!.text).toMatch(/群「成都商會群」（telegram）.*已停止向该群推送周报/);
    expect(told.filter((m) => /已停止/.test(m.text))).toHaveLength(1);

    const back = await t.deliver(admin.changesBot(group, 'left', 'member'));
    expect(back.sent.map((m) => m.text)).toEqual([expect.stringMatching(/已绑定到成都商会.*\/unmute digest/)]);
    expect((await t.say(secretary, '/unmute digest', group)).text).toMatch(/已恢复本群的周报推送/);
    expect(await groupAddresses(tdb.db, { platforms: ['telegram'] })).toMatchObject([{ chatId: String(group.id) }]);
  });

  it('follows a group upgraded to a supergroup: binding, drafts and digests move, whichever report comes first', async () => {
    const t = await start();
    const old = basicGroupChat(-4000001, '成都商會群');
    const supergroup = groupChat(-1004000001, '成都商會群');
    const secretary = await bound(t, old);
    const member = await joined(t, new TgUser(8502, '张'), 'member');
    // A report without a name: the bot asks for one in the group and waits for the answer.
    const asked = await t.say(member, '@ChamberTestBot 已签约，总投资3亿元', old);
    expect(asked.text).toMatch(/项目名称/);

    const { inOld, inNew } = secretary.upgrades(old, supergroup);
    for (const update of [inNew, inOld, inNew, inOld]) expect((await t.deliver(update)).sent).toEqual([]);

    expect(await groupAddresses(tdb.db, { platforms: ['telegram'] })).toMatchObject([{ chatId: String(supergroup.id) }]);
    expect((await t.say(secretary, '/bindgroup', supergroup)).text).toMatch(/已经绑定到成都商会/);
    // The answer to the question, given in the supergroup, completes the draft.
    const { sent } = await t.say(member, '@ChamberTestBot 天府物流园', supergroup);
    const draft = sent.find((m) => m.buttons.length > 0)!;
    expect(draft.text).toContain('天府物流园');
    expect((await t.deliver(member.presses(draft, '保存', supergroup))).edited[0].text).toMatch(/已保存为线索 #1/);

    const ctx = jobCtx(tdb.db, () => new Date('2026-11-30T01:07:00Z'), { platforms: ['telegram'] });
    await runPeriod(ctx, digestJob, '2026-W49', { instance: 'test', trigger: 'manual' });
    await sendQueued(t);
    const digests = (chat: number) => t.api.chat(chat).filter((m) => m.text.startsWith('【招商周报】成都商会'));
    expect(digests(supergroup.id)).toHaveLength(1);
    expect(digests(old.id)).toEqual([]);
  });

  it('sends a push Telegram refuses with migrate_to_chat_id to the new supergroup, and moves the binding there', async () => {
    const t = await start();
    const old = basicGroupChat(-4000002, '成都商會群');
    await bound(t, old);
    const [address] = await groupAddresses(tdb.db, { platforms: ['telegram'] });
    await tdb.db
      .transaction()
      .execute((trx) => enqueue(trx, [{ job: 'digest', period: '2026-W49', recipient: { kind: 'group', ...address }, outbound: { text: '本周招商项目' } }]));
    t.api.failNext('sendMessage', {
      error_code: 400,
      description: 'Bad Request: group chat was upgraded to a supergroup chat',
      parameters: { migrate_to_chat_id: -1004000002 },
    });
    await sendQueued(t);
    expect(t.api.chat(-1004000002).map((m) => m.text)).toEqual(['本周招商项目']);
    expect(await tdb.db.selectFrom('outbox').select(['status', 'chat_id']).execute()).toEqual([{ status: 'sent', chat_id: '-1004000002' }]);
    expect(await groupAddresses(tdb.db, { platforms: ['telegram'] })).toMatchObject([{ chatId: '-1004000002', title: '成都商會群' }]);
  });
});

describe('delivery', () => {
  it('answers 401 to webhook calls without the right secret, and handles nothing', async () => {
    const t = await start();
    const calls = t.api.calls.length;
    const update = new TgUser(3001, 'Mallory').says('/start');
    for (const secret of [null, '', 'wrong', `${SECRET}x`, SECRET.slice(0, -1)]) {
      expect(await t.post(update, secret)).toBe(401);
    }
    expect(t.api.calls.length).toBe(calls);
    expect(await count('inbound_updates')).toBe(0);
    expect(await t.post(update)).toBe(200);
  });

  it('handles an update delivered twice, or twenty times at once, once', async () => {
    const t = await start();
    const frank = await joined(t, new TgUser(3002, 'Frank'), 'member');
    const report = frank.says(LEAD_REPORT);
    const first = await t.deliver(report);
    const second = await t.deliver(report);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.sent).toHaveLength(1);
    expect(second.sent).toHaveLength(0);
    expect(await count('drafts')).toBe(1);

    const save = frank.presses(first.sent[0], '保存');
    const before = t.api.calls.length;
    const statuses = await Promise.all(Array.from({ length: 20 }, () => t.post(save)));
    expect(statuses.every((s) => s === 200)).toBe(true);
    const calls = t.api.calls.slice(before);
    expect(calls.filter((c) => c.method === 'editMessageText')).toHaveLength(1);
    expect(calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(1);
    expect(calls.filter((c) => c.method === 'sendMessage')).toHaveLength(0);
    expect(await count('leads')).toBe(1);
  });

  it('answers 500 while the database is down, then handles the redelivered update', async () => {
    const t = await start();
    const grace = new TgUser(3003, 'Grace');
    const update = grace.says('/start');
    deps.db = down.db;
    expect(await t.post(update)).toBe(500);
    expect(t.api.callsOf('sendMessage')).toHaveLength(0);
    expect(t.logs.text).toMatch(/database unavailable/);

    deps.db = tdb.db;
    const retried = await t.deliver(update);
    expect(retried.status).toBe(200);
    expect(retried.sent.map((m) => m.text).join()).toMatch(/您好，Grace/);
  });

  it('waits out a 429 retry_after, then sends', async () => {
    const t = await start();
    t.api.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    const started = Date.now();
    const { status, sent } = await t.deliver(new TgUser(3004, 'Heidi').says('/start'));
    expect(status).toBe(200);
    expect(sent.map((m) => m.text).join()).toMatch(/您好，Heidi/);
    expect(t.api.callsOf('sendMessage')).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});

describe('push', () => {
  it('sends text with buttons, a chart and a file, and says which message it was', async () => {
    const t = await start();
    const result = await t.adapter.push('4001', { text: '本周招商项目', buttons: [[{ label: '查看', action: 'l:show:1' }]] });
    expect(result).toEqual({ ok: true, messageId: expect.stringMatching(/^\d+$/) });
    const [shown] = t.api.chat(4001);
    expect(shown).toMatchObject({ text: '本周招商项目', buttons: [[{ text: '查看', callback_data: 'l:show:1' }]] });
    expect(result.ok && result.messageId).toBe(String(shown.messageId));

    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const xlsx = new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]);
    await t.adapter.push('4001', { text: '', image: { png, caption: '签约金额' } });
    await t.adapter.push('4001', { text: '月报', file: { name: 'summary.xlsx', data: xlsx, mime: 'application/vnd.ms-excel' } });
    const photo = t.api.callsOf('sendPhoto')[0];
    expect(photo.payload.caption).toBe('签约金额');
    expect(photo.files).toMatchObject([{ field: 'photo', filename: 'chart.png' }]);
    expect([...photo.files[0].bytes]).toEqual([...png]);
    const doc = t.api.callsOf('sendDocument')[0];
    expect(doc.files).toMatchObject([{ field: 'document', filename: 'summary.xlsx' }]);
    expect([...doc.files[0].bytes]).toEqual([...xlsx]);
  });

  it('reports blocked users, unknown chats and rate limits to the outbox', async () => {
    const t = await start();
    t.api.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    expect(await t.adapter.push('4002', { text: 'hi' })).toMatchObject({ ok: false, reason: 'blocked' });
    t.api.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was kicked from the supergroup chat' });
    expect(await t.adapter.push('-1004002', { text: 'hi' })).toMatchObject({ ok: false, reason: 'blocked' });
    t.api.failNext('sendMessage', { error_code: 400, description: 'Bad Request: chat not found' });
    expect(await t.adapter.push('4003', { text: 'hi' })).toMatchObject({ ok: false, reason: 'not_found' });
    // A push hands a 429 straight back (the outbox pauses every sender): one call, no retry.
    t.api.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    const before = t.api.callsOf('sendMessage').length;
    expect(await t.adapter.push('4004', { text: 'hi' })).toMatchObject({ ok: false, reason: 'rate_limited', retryAfter: 1 });
    expect(t.api.callsOf('sendMessage')).toHaveLength(before + 1);
    t.api.failNext('sendMessage', {
      error_code: 400,
      description: 'Bad Request: group chat was upgraded to a supergroup chat',
      parameters: { migrate_to_chat_id: -1009999 },
    });
    expect(await t.adapter.push('-4007', { text: 'hi' })).toMatchObject({ ok: false, reason: 'moved', movedTo: '-1009999' });
    t.api.failNext('sendMessage', { error_code: 400, description: 'Bad Request: message text is empty' });
    expect(await t.adapter.push('4005', { text: 'hi' })).toMatchObject({ ok: false, reason: 'error', detail: expect.stringContaining('400') });
  });

  it('splits long text at 4,096 characters on line boundaries, buttons under the last part', async () => {
    const t = await start();
    const lines = Array.from({ length: 300 }, (_, i) => `${String(i).padStart(3, '0')} ${'线索'.repeat(18)}`);
    const text = lines.join('\n');
    await t.adapter.push('4006', { text, buttons: [[{ label: '更多', action: 'l:more' }]] });
    const parts = t.api.chat(4006);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(parts.map((p) => p.text).join('\n')).toBe(text);
    expect(parts.map((p) => p.buttons.length)).toEqual([...parts.slice(1).map(() => 0), 1]);
  });
});

describe('logs', () => {
  it('never carry the bot token, even from errors that quote the request URL', async () => {
    const logs = new LogCapture();
    const t = await start({ logs });
    t.api.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    await t.adapter.push('5001', { text: 'hi' });
    await t.post(new TgUser(5002, 'Ivan').says('/start'), 'wrong');
    deps.db = down.db;
    await t.post(new TgUser(5003, 'Judy').says('/start'));
    deps.db = tdb.db;

    // An API root nobody answers: grammY's HttpError wraps a fetch error that quotes the URL.
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:1' });
    const offline = await createTelegramAdapter({ config, logger: logs.logger, core });
    const failed = await offline.push('5004', { text: 'hi' });
    expect(failed).toMatchObject({ ok: false, reason: 'error' });
    expect(JSON.stringify(failed)).not.toContain(TOKEN);

    expect(logs.text).toMatch(/push failed/);
    expect(logs.text).toMatch(/webhook request without the secret/);
    expect(logs.text).toMatch(/database unavailable/);
    expect(logs.text).not.toContain(TOKEN);
    expect(logs.text).not.toContain(TOKEN.split(':')[1]);

    const quoted = new Error(`request to http://127.0.0.1:1/bot${TOKEN}/sendMessage failed, reason: connect ECONNREFUSED`);
    expect(JSON.stringify(safeError(quoted, TOKEN))).not.toContain(TOKEN);
  });

  it('the app logger scrubs the token from anything else', async () => {
    const lines: string[] = [];
    const logger = createLogger({ TELEGRAM_BOT_TOKEN: TOKEN }, { write: (line: string) => void lines.push(line) });
    logger.error({ url: `https://api.telegram.org/bot${TOKEN}/getMe` }, 'oops');
    expect(lines.join('')).not.toContain(TOKEN);
  });
});

describe('polling', () => {
  it('long-polls, answers, and moves the offset past handled updates', async () => {
    const t = await start({ mode: 'polling' });
    expect(t.adapter.routes).toEqual([]);
    expect(t.api.callsOf('deleteWebhook')).toHaveLength(1);
    expect(t.api.callsOf('setWebhook')).toHaveLength(0);

    const update = new TgUser(6001, 'Kim').says('/start');
    t.api.queueUpdate(update);
    const reply = await eventually(() => t.api.chat(6001)[0]);
    expect(reply.text).toMatch(/您好，Kim/);
    await eventually(() => t.api.callsOf('getUpdates').some((c) => c.payload.offset === update.update_id + 1));
    expect(t.api.chat(6001)).toHaveLength(1); // fetched once
  });

  it('does not move past an update while the database is down, and handles it when it is back', async () => {
    const t = await start({ mode: 'polling' });
    const leo = new TgUser(6002, 'Leo');
    const first = leo.says('/start');
    t.api.queueUpdate(first);
    await eventually(() => t.api.chat(6002).length === 1);

    deps.db = down.db;
    const second = leo.says('/help');
    t.api.queueUpdate(second);
    // The same update is fetched again and again, and the offset never passes it.
    await eventually(
      () =>
        t.api.callsOf('getUpdates').filter((c) => (c.result as { update_id: number }[] | undefined)?.some((u) => u.update_id === second.update_id)).length >= 3,
    );
    expect(t.api.callsOf('getUpdates').every((c) => c.payload.offset === undefined || Number(c.payload.offset) <= second.update_id)).toBe(true);
    expect(t.api.chat(6002)).toHaveLength(1);

    deps.db = tdb.db;
    await eventually(() => t.api.chat(6002).length === 2);
    expect(t.api.chat(6002)[1].text).toMatch(/加入商会/);
    await eventually(() => t.api.callsOf('getUpdates').some((c) => c.payload.offset === second.update_id + 1));
  });

  it('keeps going when the menu or deleteWebhook cannot be set', async () => {
    const logs = new LogCapture();
    const t = await start({
      mode: 'polling',
      logs,
      beforeStart(api) {
        api.failNext('setMyCommands', { error_code: 400, description: 'Bad Request: BOT_COMMAND_INVALID' }, 3);
        api.failNext('deleteWebhook', { error_code: 400, description: 'Bad Request: nope' });
      },
    });
    expect(logs.text).toMatch(/command menu \(default\) not set/);
    expect(logs.text).toMatch(/deleteWebhook failed/);
    t.api.queueUpdate(new TgUser(6003, 'Mia').says('/start'));
    expect((await eventually(() => t.api.chat(6003)[0])).text).toMatch(/您好，Mia/);
  });
});

describe('translating updates', () => {
  const me = BOT_INFO;
  const user = new TgUser(7001, 'Nina', 'Zhang', 'zh-hant');
  const group = groupChat(-1007001, '群');

  it('maps chats, users and addressing as the core expects', () => {
    const dm = inboundFromMessage(1, user.says('你好').message!, me)!;
    expect(dm).toEqual({
      platform: 'telegram',
      updateId: '1',
      chat: { id: '7001', type: 'private' },
      user: { id: '7001', name: 'Nina Zhang', langHint: 'zh-hant' },
      text: '你好',
    });
    const inGroup = (text: string) => inboundFromMessage(2, user.says(text, group).message!, me);
    expect(inGroup('大家好')).toMatchObject({ chat: { id: '-1007001', type: 'group', title: '群' }, addressed: false, text: '大家好' });
    expect(inGroup('/leads')).toMatchObject({ addressed: true, text: '/leads' });
    expect(inGroup('/stage@ChamberTestBot 12 签约')).toMatchObject({ addressed: true, text: '/stage 12 签约' });
    expect(inGroup('/stage@chambertestbot 12')).toMatchObject({ addressed: true, text: '/stage 12' });
    expect(inGroup('/stage@OtherBot 12 签约')).toBeNull();
    expect(inGroup('@ChamberTestBot 天府项目 投资3亿')).toMatchObject({ addressed: true, text: '天府项目 投资3亿' });
    expect(inGroup('请 @ChamberTestBot 看看')).toMatchObject({ addressed: true, text: '请 看看' });
    expect(inGroup('@ChamberTestBotFan 你好')).toMatchObject({ addressed: false });
    expect(addressing({ text: '好的', reply_to_message: { from: me } as never }, me)).toEqual({ text: '好的', addressed: true });
  });

  it('maps captions, what it cannot read, the bot joining or leaving, and a group upgrade', () => {
    expect(inboundFromMessage(3, user.sendsAttachment('photo', group, '@ChamberTestBot 签约 投资3亿').message!, me)).toMatchObject({
      addressed: true,
      text: '签约 投资3亿',
    });
    const sticker = inboundFromMessage(4, user.sendsAttachment('sticker').message!, me)!;
    expect(sticker).toMatchObject({ chat: { type: 'private' }, unreadable: true });
    expect(sticker).not.toHaveProperty('text');

    const membership = (from: Parameters<TgUser['changesBot']>[1], to: Parameters<TgUser['changesBot']>[2]) =>
      inboundFromMembership(5, user.changesBot(group, from, to).my_chat_member!)?.chatChange ?? null;
    expect(membership('left', 'member')).toEqual({ kind: 'botAdded' });
    expect(membership('left', 'administrator')).toEqual({ kind: 'botAdded' });
    expect(membership('administrator', 'kicked')).toEqual({ kind: 'botRemoved', reason: 'removed' });
    expect(membership('member', 'left')).toEqual({ kind: 'botRemoved', reason: 'removed' });
    expect(membership('member', 'administrator')).toBeNull();

    const { inOld, inNew } = user.upgrades(basicGroupChat(-55, '群'), groupChat(-10055, '群'));
    const move = { kind: 'moved', fromChatId: '-55', toChatId: '-10055' };
    expect(inboundFromMigration(6, inOld.message!)).toMatchObject({ chat: { id: '-55', type: 'group' }, chatChange: move });
    expect(inboundFromMigration(7, inNew.message!)).toMatchObject({ chat: { id: '-10055', type: 'group' }, chatChange: move });
  });

  it('maps button presses to actions in the chat of the message that carried them', () => {
    const shown: ShownMessage = { messageId: 5, chatId: group.id, text: 'x', buttons: [], kind: 'text' };
    const press = user.pressesData(shown, 'd:save:1', group);
    expect(inboundFromCallback(9, press.callback_query!)).toMatchObject({
      updateId: '9',
      chat: { id: '-1007001', type: 'group' },
      addressed: true,
      action: 'd:save:1',
    });
  });

  it('splits text on line boundaries, and inside a line only when it must', () => {
    expect(splitText('')).toEqual([]);
    expect(splitText('a\nb', 3)).toEqual(['a\nb']);
    expect(splitText('aa\nbb\ncc', 5)).toEqual(['aa\nbb', 'cc']);
    expect(splitText('abcdefgh', 3)).toEqual(['abc', 'def', 'gh']);
    expect(splitText('ab😀cd', 3)).toEqual(['ab', '😀c', 'd']); // never half an emoji
  });

  it('derives the menu from the help lines', () => {
    const menu = menuOf(
      coreFeatures.flatMap((f) => f.commands ?? []),
      'zh-CN',
    );
    expect(menu).toContainEqual({ command: 'stage', description: expect.stringMatching(/^更新阶段/) });
    expect(menu.every((c) => /^[a-z0-9_]{1,32}$/.test(c.command) && c.description.length <= 256)).toBe(true);
  });

  it('compares the webhook secret whatever its length', () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true);
    expect(secretMatches('x', SECRET)).toBe(false);
    expect(secretMatches(`${SECRET}${SECRET}`, SECRET)).toBe(false);
    expect(secretMatches(undefined, SECRET)).toBe(false);
    expect(secretMatches([SECRET], SECRET)).toBe(false);
    expect(secretMatches('', '')).toBe(false);
  });
});
