import type { Server } from 'node:http';
import * as lark from '@larksuiteoapi/node-sdk';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLarkAdapter, type LarkAdapter } from '../../src/adapters/lark/index.ts';
import { buildCard, buildPosts, neutralise } from '../../src/adapters/lark/cards.ts';
import { larkDomain } from '../../src/adapters/lark/sdk.ts';
import { messageUuid } from '../../src/adapters/lark/sender.ts';
import { addChamber, createInvite } from '../../src/core/admin.ts';
import type { Outbound } from '../../src/core/messages.ts';
import { DatabaseUnavailableError, type Core } from '../../src/core/conversation.ts';
import { loadConfig } from '../../src/config.ts';
import { createHttpServer, listen } from '../../src/server/http.ts';
import { testClock, testCore } from '../support/chat.ts';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { validateCallbackAnswer, validateCard } from './lark/card-rules.ts';
import { ALICE, ALICE_DM, APP_ID, APP_SECRET, BOB, BOB_DM, BOT_OPEN_ID, FakeOpenApi, type SentMessage } from './lark/fake-open-api.ts';
import { buttonsOf, textOf } from './lark/card-reading.ts';
import { cardActionEvent, chatEvent, FeishuSender, messageEvent, type ChatEventSpec, type MessageSpec } from './lark/feishu-events.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { groupAddresses } from '../../src/outbox/queue.ts';
import { silent } from '../jobs/helpers.ts';

const ENCRYPT_KEY = 'encrypt-key-7Yh3kL9pQ2';
const VERIFICATION_TOKEN = 'verify-token-Zx81nM5';
const GROUP = 'oc_group000000000000000000000000';
const REPORT = '项目：天府物流园，拟投资3亿元';

let database: TestDatabase;
const api = new FakeOpenApi();
let apiUrl: string;

beforeAll(async () => {
  [database, apiUrl] = await Promise.all([openTestDatabase(), api.start()]);
  api.users.set(ALICE, '王丽');
  api.users.set(BOB, '李博');
});
afterAll(async () => {
  await api.stop();
  await database?.close();
});

interface Harness {
  mode: 'webhook' | 'ws';
  adapter: LarkAdapter;
  feishu: FeishuSender;
  /** Every log line the adapter and the SDK wrote (pino, unscrubbed). */
  logs: string[];
  /** Waits asked for by rate limits, in ms. */
  sleeps: number[];
  clock: ReturnType<typeof testClock>;
  server: Server;
}

const running: Harness[] = [];
let consoleLines: string[] = [];

beforeEach(async () => {
  await database.reset();
  api.reset();
  consoleLines = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    });
  }
});

afterEach(async () => {
  for (const h of running.splice(0)) {
    await h.adapter.stop();
    await new Promise<void>((resolve) => h.server.close(() => resolve()));
  }
  vi.restoreAllMocks();
});

/** The bot with its own HTTP server on 127.0.0.1 and the real SDK talking to the fake Open API. */
interface BotOptions {
  ackBudgetMs?: number;
  eventLeaseMs?: number;
  /** Stands in for the core, e.g. a slow one or one whose database is down. */
  wrapCore?: (core: Core) => Core;
}

async function startBot(mode: 'webhook' | 'ws' = 'webhook', options: BotOptions = {}): Promise<Harness> {
  const clock = testClock();
  const config = loadConfig({
    LARK_APP_ID: APP_ID,
    LARK_APP_SECRET: APP_SECRET,
    LARK_MODE: mode,
    LARK_ENCRYPT_KEY: ENCRYPT_KEY,
    LARK_VERIFICATION_TOKEN: VERIFICATION_TOKEN,
    LARK_DOMAIN: apiUrl,
    LOG_LEVEL: 'debug',
  });
  const logs: string[] = [];
  // A raw pino, without the scrubber createLogger adds: the adapter itself must not log secrets.
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) });
  const { core: real, deps } = testCore(database.db, clock);
  const core = options.wrapCore ? options.wrapCore(real) : real;
  const sleeps: number[] = [];
  const adapter = await createLarkAdapter(
    { config, logger, core, deps },
    { ackBudgetMs: options.ackBudgetMs, eventLeaseMs: options.eventLeaseMs, sleep: async (ms) => void sleeps.push(ms) },
  );
  const server = createHttpServer(adapter.routes, logger, async () => true);
  const port = await listen(server, 0, '127.0.0.1');
  if (mode === 'webhook') await adapter.start();
  const feishu = new FeishuSender(`http://127.0.0.1:${port}/lark/events`, ENCRYPT_KEY, VERIFICATION_TOKEN, clock.now);
  const harness: Harness = { mode, adapter, feishu, logs, sleeps, clock, server };
  running.push(harness);
  return harness;
}

async function say(h: Harness, spec: Omit<MessageSpec, 'chatType' | 'chatId' | 'text'> & { chatId?: string; chatType?: 'p2p' | 'group'; text?: string }) {
  const chatType = spec.chatType ?? 'p2p';
  const chatId = spec.chatId ?? (spec.openId === ALICE ? ALICE_DM : BOB_DM);
  return deliver(h, messageEvent(h.feishu.header('im.message.receive_v1', spec.eventId), { text: '', ...spec, chatId, chatType }));
}

type ChatEventType = 'im.chat.member.bot.added_v1' | 'im.chat.member.bot.deleted_v1' | 'im.chat.disbanded_v1';

/** The bot added to a group, removed from it, or the group disbanded. */
async function chatChanges(h: Harness, type: ChatEventType, spec: ChatEventSpec, eventId?: string) {
  return deliver(h, chatEvent(h.feishu.header(type, eventId), spec));
}

/** An event as the harness's mode receives it, handled to the end (replies sent). */
async function deliver(h: Harness, event: unknown) {
  if (h.mode === 'ws') {
    // As WSClient.handleEventData does: the decrypted payload, no signature check.
    const body = await h.adapter.dispatcher.invoke(event, { needCheck: false });
    await h.adapter.idle();
    return { status: 200, body, nonce: '' };
  }
  const posted = await h.feishu.post(event);
  await h.adapter.idle();
  return posted;
}

async function press(h: Harness, card: SentMessage, label: string, openId: string, eventId?: string) {
  const button = buttonsOf(card.content).find((b) => b.label.includes(label));
  if (!button) throw new Error(`no button ${label} in ${JSON.stringify(card.content)}`);
  const posted = await h.feishu.post(
    cardActionEvent(h.feishu.header('card.action.trigger', eventId), { messageId: card.messageId, chatId: card.receiveId, openId, value: button.value }),
  );
  await h.adapter.idle();
  return posted;
}

async function join(h: Harness, openId: string, role: 'member' | 'secretary' = 'member') {
  const existing = await database.db.selectFrom('chambers').select('id').where('name', '=', '成都商會').executeTakeFirst();
  if (!existing) await addChamber(database.db, '成都商會');
  const { code } = await createInvite(database.db, { chamber: '成都商會', role, now: h.clock.now() });
  await say(h, { openId, text: `/join ${code}` });
  const dm = openId === ALICE ? ALICE_DM : BOB_DM;
  expect(textOf(api.messagesTo(dm).at(-1)!)).toMatch(/欢迎/);
}

async function leadCount(): Promise<number> {
  const row = await database.db
    .selectFrom('leads')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('Lark webhook: requests as Feishu sends them', () => {
  it('answers the URL verification challenge', async () => {
    const h = await startBot();
    const posted = await h.feishu.challenge('challenge-8f2b');
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual({ challenge: 'challenge-8f2b' });
  });

  it('takes a private report through a card to a saved lead, the card updated in place', async () => {
    const h = await startBot();
    await join(h, ALICE);
    const posted = await say(h, { openId: ALICE, text: REPORT });
    expect(posted.status).toBe(200);

    const card = api.messagesTo(ALICE_DM).at(-1)!;
    expect(card.msgType).toBe('interactive');
    expect(card.receiveIdType).toBe('chat_id');
    expect(card.content.schema).toBe('2.0');
    expect(validateCard(card.content)).toEqual([]);
    expect(textOf(card)).toContain('天府物流园');
    expect(buttonsOf(card.content).map((b) => b.value.action)).toEqual(['d:save:1', 'd:edit:1', 'd:cancel:1']);
    expect(buttonsOf(card.content)[0].value.chat).toBe('private');
    expect(card.uuid).toMatch(/^[0-9a-f]{32}$/);

    const answer = await press(h, card, '保存', ALICE);
    expect(answer.status).toBe(200);
    expect(validateCallbackAnswer(answer.body)).toEqual([]);
    expect(answer.body.card.type).toBe('raw');
    expect(textOf({ content: answer.body.card.data })).toMatch(/已保存为线索 #1/);
    expect(buttonsOf(answer.body.card.data)).toEqual([]);
    expect(await leadCount()).toBe(1);
    // The card was answered in the callback: nothing patched, nothing more sent.
    expect(api.patches).toEqual([]);
    expect(api.messagesTo(ALICE_DM).at(-1)).toBe(card);
    // The user's name came from the contact API.
    const member = await database.db.selectFrom('members').select('display_name').executeTakeFirstOrThrow();
    expect(member.display_name).toBe('王丽');
  });

  it('reads rich-text (post) messages too', async () => {
    const h = await startBot();
    await join(h, ALICE);
    await say(h, { openId: ALICE, text: REPORT, messageType: 'post' });
    const card = api.messagesTo(ALICE_DM).at(-1)!;
    expect(card.msgType).toBe('interactive');
    expect(textOf(card)).toContain('天府物流园');
  });

  it('answers in a group only when @mentioned, without the @ in what the core reads', async () => {
    const h = await startBot();
    await join(h, ALICE);
    const before = api.messages.length;
    await say(h, { openId: ALICE, chatId: GROUP, chatType: 'group', text: REPORT });
    expect(api.messages.length).toBe(before);

    await say(h, {
      openId: ALICE,
      chatId: GROUP,
      chatType: 'group',
      text: `@_user_1 ${REPORT} @_user_2`,
      mentions: [
        { key: '@_user_1', openId: BOT_OPEN_ID, name: '商会助手' },
        { key: '@_user_2', openId: BOB, name: '李博' },
      ],
    });
    const card = api.messagesTo(GROUP).at(-1)!;
    expect(card.msgType).toBe('interactive');
    expect(buttonsOf(card.content)[0].value).toEqual({ action: 'd:save:1', chat: 'group' });
    const draft = await database.db.selectFrom('drafts').select('raw_text').executeTakeFirstOrThrow();
    expect(draft.raw_text).toBe(`${REPORT} @李博`);

    // Someone else mentioned, not the bot: not addressed.
    const count = api.messages.length;
    await say(h, {
      openId: ALICE,
      chatId: GROUP,
      chatType: 'group',
      text: `@_user_1 ${REPORT}`,
      mentions: [{ key: '@_user_1', openId: BOB, name: '李博' }],
    });
    expect(api.messages.length).toBe(count);
  });

  it('refuses a bad signature, a stale timestamp and a replayed nonce', async () => {
    const h = await startBot();
    await join(h, ALICE);
    const event = () => messageEvent(h.feishu.header('im.message.receive_v1'), { chatId: ALICE_DM, chatType: 'p2p', openId: ALICE, text: REPORT });
    const sent = api.messages.length;

    expect((await h.feishu.post(event(), { signature: 'f'.repeat(64) })).status).toBe(401);
    expect((await h.feishu.post(event(), { unsigned: true })).status).toBe(401);
    const now = Math.floor(h.clock.now().getTime() / 1000);
    expect((await h.feishu.post(event(), { timestamp: now - 301 })).status).toBe(401);
    expect((await h.feishu.post(event(), { timestamp: now + 301 })).status).toBe(401);
    await h.adapter.idle();
    expect(api.messages.length).toBe(sent);

    const first = await h.feishu.post(event(), { nonce: 'nonce-once' });
    expect(first.status).toBe(200);
    await h.adapter.idle();
    expect(api.messages.length).toBe(sent + 1);
    // The same request again, byte for byte signed afresh with the same nonce: a replay.
    expect((await h.feishu.post(event(), { nonce: 'nonce-once' })).status).toBe(401);
    await h.adapter.idle();
    expect(api.messages.length).toBe(sent + 1);
  });

  it('refuses a request replayed to another instance: the nonces are shared in the database', async () => {
    const a = await startBot();
    const b = await startBot();
    await join(a, ALICE);
    const event = messageEvent(a.feishu.header('im.message.receive_v1'), { chatId: ALICE_DM, chatType: 'p2p', openId: ALICE, text: REPORT });
    expect((await a.feishu.post(event, { nonce: 'nonce-shared' })).status).toBe(200);
    expect((await b.feishu.post(event, { nonce: 'nonce-shared' })).status).toBe(401);
    const { rows } = await sql<{ nonce: string }>`select nonce from lark_webhook_nonces`.execute(database.db);
    expect(rows.map((r) => r.nonce)).toContain('nonce-shared');
  });

  it('refuses requests that are not encrypted with the key or carry the wrong token', async () => {
    const h = await startBot();
    const url = h.feishu.url;
    const otherKey = new FeishuSender(url, 'another-encrypt-key', VERIFICATION_TOKEN, h.clock.now);
    expect((await otherKey.challenge('x')).status).toBe(401);
    const event = messageEvent(h.feishu.header('im.message.receive_v1'), { chatId: ALICE_DM, chatType: 'p2p', openId: ALICE, text: 'hi' });
    expect((await otherKey.post(event)).status).toBe(401);
    // Unsigned, an event is refused exactly like a body that does not decrypt.
    expect((await h.feishu.post(event, { unsigned: true })).status).toBe(401);
    const wrongToken = new FeishuSender(url, ENCRYPT_KEY, 'not-the-token', h.clock.now);
    expect((await wrongToken.challenge('x')).status).toBe(401);
    expect(
      (await wrongToken.post(messageEvent(wrongToken.header('im.message.receive_v1'), { chatId: ALICE_DM, chatType: 'p2p', openId: ALICE, text: 'hi' })))
        .status,
    ).toBe(401);
    expect(api.messages).toEqual([]);
  });

  it('answers 500 while the database is down, so Feishu delivers the event again', async () => {
    let down = false;
    const h = await startBot('webhook', {
      wrapCore: (core) => ({
        ...core,
        handle: async (inbound) => {
          if (down) throw new DatabaseUnavailableError(new Error('connect ECONNREFUSED'));
          return core.handle(inbound);
        },
      }),
    });
    await join(h, ALICE);
    down = true;
    const first = await say(h, { openId: ALICE, text: REPORT, eventId: 'ev-outage' });
    expect(first.status).toBe(500);
    down = false;
    const again = await say(h, { openId: ALICE, text: REPORT, eventId: 'ev-outage' });
    expect(again.status).toBe(200);
    expect(api.messagesTo(ALICE_DM).at(-1)!.msgType).toBe('interactive');
  });

  it('handles an event delivered twice once: one draft, one answer, then one lead', async () => {
    const h = await startBot();
    await join(h, ALICE);
    const sent = api.messages.length;
    await say(h, { openId: ALICE, text: REPORT, eventId: 'ev-twice' });
    await say(h, { openId: ALICE, text: REPORT, eventId: 'ev-twice' });
    expect(api.messages.length).toBe(sent + 1);
    const drafts = await database.db.selectFrom('drafts').selectAll().execute();
    expect(drafts).toHaveLength(1);
    await press(h, api.messagesTo(ALICE_DM).at(-1)!, '保存', ALICE);
    expect(await leadCount()).toBe(1);
  });

  it('saves once when the Save button is pressed twice: the second press answers that it was saved', async () => {
    const h = await startBot();
    await join(h, ALICE);
    await say(h, { openId: ALICE, text: REPORT });
    const card = api.messagesTo(ALICE_DM).at(-1)!;
    const sent = api.messages.length;
    const [a, b] = await Promise.all([press(h, card, '保存', ALICE, 'ev-click-1'), press(h, card, '保存', ALICE, 'ev-click-2')]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const answers = [a.body, b.body].map((body) => textOf({ content: body.card.data })).sort();
    expect(answers[0]).toMatch(/已保存为线索 #1/);
    expect(answers[1]).toMatch(/已经保存过了（#1）/);
    expect(await leadCount()).toBe(1);
    expect(api.messages.length).toBe(sent);
    // Pressed again much later (an old card left open): still one lead.
    const late = await press(h, card, '保存', ALICE, 'ev-click-3');
    expect(textOf({ content: late.body.card.data })).toMatch(/已经保存过了（#1）/);
    expect(await leadCount()).toBe(1);
  });

  it('handles each press of the same button (洽谈 → 签约 → 洽谈), and a callback Feishu delivers again once', async () => {
    const h = await startBot();
    await join(h, ALICE);
    await say(h, { openId: ALICE, text: REPORT });
    await press(h, api.messagesTo(ALICE_DM).at(-1)!, '保存', ALICE);
    await say(h, { openId: ALICE, text: '/show 1' });
    const card = api.messagesTo(ALICE_DM).at(-1)!;
    const stage = async () => (await database.db.selectFrom('leads').select('stage').executeTakeFirstOrThrow()).stage;
    const changes = async () =>
      (await database.db.selectFrom('lead_history').select('to_stage').where('to_stage', 'is not', null).orderBy('id').execute()).map((r) => r.to_stage);
    await press(h, card, '洽谈', ALICE, 'ev-stage-1');
    expect(await stage()).toBe('negotiating');
    await press(h, card, '签约', ALICE, 'ev-stage-2');
    expect(await stage()).toBe('signed');
    // The same button of the same card as the first press, pressed anew: a new event.
    const again = await press(h, card, '洽谈', ALICE, 'ev-stage-3');
    expect(textOf({ content: again.body.card.data })).toMatch(/洽谈/);
    expect(await stage()).toBe('negotiating');
    const history = await changes();
    expect(history.slice(-3)).toEqual(['negotiating', 'signed', 'negotiating']);
    // Feishu delivers the last callback again (same event id, a new request): nothing happens twice.
    const redelivered = await press(h, card, '洽谈', ALICE, 'ev-stage-3');
    expect(redelivered.status).toBe(200);
    expect(redelivered.body).toEqual({});
    expect(await changes()).toEqual(history);
  });

  it('lets another member press only what is theirs: the answer goes to the chat, the card stays', async () => {
    const h = await startBot();
    await join(h, ALICE);
    await join(h, BOB);
    await say(h, {
      openId: ALICE,
      chatId: GROUP,
      chatType: 'group',
      text: `@_user_1 ${REPORT}`,
      mentions: [{ key: '@_user_1', openId: BOT_OPEN_ID, name: '商会助手' }],
    });
    const card = api.messagesTo(GROUP).at(-1)!;
    const answer = await press(h, card, '保存', BOB);
    expect(answer.body).toEqual({});
    expect(textOf(api.messagesTo(GROUP).at(-1)!)).toMatch(/其他人的报告/);
    expect(await leadCount()).toBe(0);
  });

  it('waits out a 429 for x-ogw-ratelimit-reset seconds and sends once, with the same uuid', async () => {
    const h = await startBot();
    await join(h, ALICE);
    api.failNext({
      route: 'POST /open-apis/im/v1/messages',
      status: 429,
      body: { code: 99991400, msg: 'request trigger frequency limit' },
      headers: { 'x-ogw-ratelimit-limit': '5', 'x-ogw-ratelimit-reset': '2' },
    });
    const before = api.callsTo('POST /open-apis/im/v1/messages').length;
    await say(h, { openId: ALICE, text: REPORT });
    const creates = api.callsTo('POST /open-apis/im/v1/messages').slice(before);
    expect(creates).toHaveLength(2);
    const uuids = creates.map((c) => (c.body as { uuid: string }).uuid);
    expect(uuids[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(uuids[1]).toBe(uuids[0]);
    expect(h.sleeps).toEqual([2000]);
    expect(api.messagesTo(ALICE_DM).at(-1)!.msgType).toBe('interactive');
    expect(api.messagesTo(ALICE_DM).filter((m) => m.msgType === 'interactive')).toHaveLength(1);
  });

  it('reports a push refused with code 99991400 (in a 400 answer) at once: the outbox pauses Lark, the push does not sleep', async () => {
    const h = await startBot();
    api.failNext({
      route: 'POST /open-apis/im/v1/messages',
      status: 400,
      body: { code: 99991400, msg: 'request trigger frequency limit' },
      headers: { 'x-ogw-ratelimit-reset': '1' },
    });
    const result = await h.adapter.push(GROUP, { text: '本周招商项目' }, { idempotencyKey: 'outbox-1' });
    expect(result).toMatchObject({ ok: false, reason: 'rate_limited', retryAfter: 1 });
    expect(h.sleeps).toEqual([]);
    expect(api.callsTo('POST /open-apis/im/v1/messages')).toHaveLength(1);
  });

  it('leaves a long rate-limit wait of a push to the outbox', async () => {
    const h = await startBot();
    api.failNext({
      route: 'POST /open-apis/im/v1/messages',
      status: 429,
      body: { code: 99991400, msg: 'request trigger frequency limit' },
      headers: { 'x-ogw-ratelimit-reset': '30' },
    });
    expect(await h.adapter.push(GROUP, { text: '周报' }, { idempotencyKey: 'week-48' })).toMatchObject({ ok: false, reason: 'rate_limited', retryAfter: 30 });
    expect(h.sleeps).toEqual([]);
    // The outbox tries again later: same uuid, one message.
    expect(await h.adapter.push(GROUP, { text: '周报' }, { idempotencyKey: 'week-48' })).toMatchObject({ ok: true });
    const uuids = api.callsTo('POST /open-apis/im/v1/messages').map((c) => (c.body as { uuid: string }).uuid);
    expect(uuids).toHaveLength(2);
    expect(uuids[1]).toBe(uuids[0]);
    expect(api.messagesTo(GROUP)).toHaveLength(1);
  });

  it('neutralises <at user_id="all"> and other markup the bot echoes', async () => {
    const h = await startBot();
    await join(h, ALICE);
    await say(h, { openId: ALICE, text: '项目：<at user_id="all">全体</at>物流园 投资3亿' });
    const card = api.messagesTo(ALICE_DM).at(-1)!;
    expect(card.msgType).toBe('interactive');
    expect(JSON.stringify(card.content)).not.toMatch(/<at|<\/at/);
    expect(textOf(card)).toContain('＜at user_id="all">全体＜/at>物流园');
    expect(validateCard(card.content)).toEqual([]);
    const answer = await press(h, card, '保存', ALICE);
    expect(JSON.stringify(answer.body)).not.toMatch(/<at|<\/at/);

    await say(h, { openId: ALICE, text: '/x<at user_id="all"></at>' });
    const post = api.messagesTo(ALICE_DM).at(-1)!;
    expect(post.msgType).toBe('post');
    expect(JSON.stringify(post.content)).not.toMatch(/<at/);
    expect(textOf(post)).toContain('/x＜at');
  });
});

describe('Lark: the chats the bot lives in', () => {
  const OTHER_GROUP = 'oc_group111111111111111111111111';
  const atBot = (text: string) => ({ text: `@_user_1 ${text}`, mentions: [{ key: '@_user_1', openId: BOT_OPEN_ID, name: '商会助手' }] });

  async function bind(h: Harness, chatId: string) {
    await say(h, { openId: ALICE, chatId, chatType: 'group', ...atBot('/bindgroup') });
    expect(textOf(api.messagesTo(chatId).at(-1)!)).toMatch(/已绑定到成都商会/);
  }

  /** Sends what the outbox holds through the adapter's push, as the running bot does. */
  async function sendQueued(h: Harness) {
    const sender = new OutboxSender({ db: database.db, adapters: [h.adapter], logger: silent, idlePollMs: 20 });
    sender.start();
    expect(await sender.drain(10_000)).toBe(true);
    await sender.stop();
  }

  it('answers an image, a voice message or a sticker in a private chat with a hint, once, and nothing in a group', async () => {
    const h = await startBot();
    await say(h, { openId: ALICE, messageType: 'image', eventId: 'ev-image' });
    await say(h, { openId: ALICE, messageType: 'image', eventId: 'ev-image' });
    expect(api.messagesTo(ALICE_DM).map(textOf)).toEqual([expect.stringMatching(/^我只能读懂文字/)]);
    await join(h, BOB);
    for (const messageType of ['audio', 'sticker', 'file'] as const) await say(h, { openId: BOB, messageType });
    expect(api.messagesTo(BOB_DM).slice(-3).map(textOf)).toEqual(Array(3).fill(expect.stringMatching(/^我只能读懂文字/)));

    for (const messageType of ['image', 'sticker', 'media'] as const) {
      expect((await say(h, { openId: BOB, chatId: GROUP, chatType: 'group', messageType })).status).toBe(200);
    }
    expect(api.messagesTo(GROUP)).toEqual([]);
  });

  it('tells a group it joins how to bind it, once, in either mode, and says nothing to a bound one', async () => {
    const h = await startBot();
    const added = { chatId: GROUP, operatorOpenId: BOB };
    await chatChanges(h, 'im.chat.member.bot.added_v1', added, 'ev-added');
    await chatChanges(h, 'im.chat.member.bot.added_v1', added, 'ev-added');
    expect(api.messagesTo(GROUP).map(textOf)).toEqual([expect.stringMatching(/秘书长.*@我.*\/bindgroup/)]);

    const ws = await startBot('ws');
    await chatChanges(ws, 'im.chat.member.bot.added_v1', { chatId: OTHER_GROUP, operatorOpenId: BOB });
    expect(api.messagesTo(OTHER_GROUP)).toHaveLength(1);

    await join(h, ALICE, 'secretary');
    await bind(h, GROUP);
    const sent = api.messages.length;
    await chatChanges(h, 'im.chat.member.bot.added_v1', added);
    expect(api.messages.length).toBe(sent);
  });

  it('turns a bound group off when the bot is removed or the group disbanded, and tells the secretary', async () => {
    const h = await startBot();
    await join(h, ALICE, 'secretary');
    await bind(h, GROUP);
    await bind(h, OTHER_GROUP);
    const removed = { chatId: GROUP, operatorOpenId: BOB, name: '成都商会招商群' };
    await chatChanges(h, 'im.chat.member.bot.deleted_v1', removed, 'ev-removed');
    await chatChanges(h, 'im.chat.member.bot.deleted_v1', removed, 'ev-removed');
    await chatChanges(h, 'im.chat.disbanded_v1', { chatId: OTHER_GROUP, operatorOpenId: BOB, name: '成都商会活动群' });
    expect(await groupAddresses(database.db, { platforms: ['lark'] })).toEqual([]);

    await sendQueued(h);
    const told = api.messagesTo(ALICE).map(textOf);
    expect(told).toHaveLength(2);
    expect(told).toEqual(
      expect.arrayContaining([expect.stringMatching(/群「成都商会招商群」（lark）.*已停止/), expect.stringMatching(/群「成都商会活动群」（lark）.*已停止/)]),
    );

    await chatChanges(h, 'im.chat.member.bot.added_v1', { chatId: GROUP, operatorOpenId: BOB });
    expect(textOf(api.messagesTo(GROUP).at(-1)!)).toMatch(/已绑定到成都商会.*\/unmute digest/);
  });
});

describe('Lark long connection (ws mode)', () => {
  it('feeds the same dispatcher: messages answered, card presses answered with the new card', async () => {
    const h = await startBot('ws');
    expect(h.adapter.routes).toEqual([]);
    await addChamber(database.db, '成都商會');
    const { code } = await createInvite(database.db, { chamber: '成都商會', role: 'member', now: h.clock.now() });
    // As WSClient.handleEventData does: the decrypted payload, no signature check.
    const deliver = async (payload: unknown) => {
      const result = await h.adapter.dispatcher.invoke(payload, { needCheck: false });
      await h.adapter.idle();
      return result;
    };
    const join = messageEvent(h.feishu.header('im.message.receive_v1'), { chatId: ALICE_DM, chatType: 'p2p', openId: ALICE, text: `/join ${code}` });
    expect(await deliver(join)).toBeUndefined();
    expect(textOf(api.messagesTo(ALICE_DM).at(-1)!)).toMatch(/欢迎/);

    await deliver(messageEvent(h.feishu.header('im.message.receive_v1'), { chatId: ALICE_DM, chatType: 'p2p', openId: ALICE, text: REPORT }));
    const card = api.messagesTo(ALICE_DM).at(-1)!;
    const value = buttonsOf(card.content)[0].value;
    const answer = await deliver(
      cardActionEvent(h.feishu.header('card.action.trigger'), { messageId: card.messageId, chatId: ALICE_DM, openId: ALICE, value }),
    );
    expect(validateCallbackAnswer(answer)).toEqual([]);
    expect(textOf({ content: (answer as any).card.data })).toMatch(/已保存为线索 #1/);
    expect(await leadCount()).toBe(1);
  });

  it('answers a slow press with nothing first and patches the card when the answer comes', async () => {
    // Every update takes longer than the budget (a busy database): acknowledged first, finished after.
    const h = await startBot('ws', {
      ackBudgetMs: 20,
      wrapCore: (core) => ({
        ...core,
        handle: async (inbound) => {
          await new Promise((r) => setTimeout(r, 60));
          return core.handle(inbound);
        },
      }),
    });
    await join(h, ALICE);
    await say(h, { openId: ALICE, text: REPORT });
    const card = api.messagesTo(ALICE_DM).at(-1)!;
    const answer = await h.adapter.dispatcher.invoke(
      cardActionEvent(h.feishu.header('card.action.trigger'), {
        messageId: card.messageId,
        chatId: ALICE_DM,
        openId: ALICE,
        value: buttonsOf(card.content)[0].value,
      }),
      { needCheck: false },
    );
    expect(answer).toEqual({});
    await h.adapter.idle();
    expect(api.patches).toHaveLength(1);
    expect(api.patches[0].messageId).toBe(card.messageId);
    expect(validateCard(api.patches[0].content)).toEqual([]);
    expect(textOf(api.patches[0])).toMatch(/已保存为线索 #1/);
  });
});

describe('Lark: an acknowledged event survives the process that took it', () => {
  const journaled = async () => database.db.selectFrom('inbound_events').select('event_id').execute();
  const drafts = async () => (await database.db.selectFrom('drafts').select('id').execute()).length;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /**
   * A process whose every update outlasts the acknowledgement budget, and which dies while
   * handling one: `crash` rejects what the core was doing, as a killed process never finishes it.
   */
  async function dyingBot(mode: 'webhook' | 'ws', coreFirst = false) {
    let dead = false;
    const unfinished: (() => void)[] = [];
    const h = await startBot(mode, {
      ackBudgetMs: 30,
      eventLeaseMs: 50,
      wrapCore: (core) => ({
        ...core,
        handle: async (inbound) => {
          // A dead process handles nothing more (its own resume timer included).
          if (dead) throw new Error('process killed');
          // With coreFirst, the core records the update and its replies; the process dies before sending them.
          if (coreFirst) await core.handle(inbound);
          if (dead) throw new Error('process killed');
          return new Promise((_, reject) => {
            unfinished.push(() => reject(new Error('process killed')));
          });
        },
      }),
    });
    const crash = async () => {
      dead = true;
      for (const kill of unfinished.splice(0)) kill();
      await h.adapter.stop();
    };
    return { h, crash };
  }

  /** Feishu's delivery of an event to a process, answered before the process handled it. */
  async function deliverUnfinished(h: Harness, event: unknown) {
    if (h.mode === 'ws') return { status: 200, body: await h.adapter.dispatcher.invoke(event, { needCheck: false }) };
    return h.feishu.post(event);
  }

  const cases: [string, 'webhook' | 'ws', boolean][] = [
    ['webhook: answered 200 after the budget, the process dies before the core ran', 'webhook', false],
    ['long connection: acknowledged after the budget, the process dies before the core ran', 'ws', false],
    ['webhook: the core saved the draft, the process dies before the card was sent', 'webhook', true],
  ];
  for (const [name, mode, coreFirst] of cases) {
    it(`${name}: the next process handles it and answers once`, async () => {
      const healthy = await startBot();
      await join(healthy, ALICE);
      const before = api.messagesTo(ALICE_DM).length;

      const dying = await dyingBot(mode, coreFirst);
      const event = messageEvent(dying.h.feishu.header('im.message.receive_v1', 'ev-crash'), {
        chatId: ALICE_DM,
        chatType: 'p2p',
        openId: ALICE,
        text: REPORT,
      });
      const acknowledged = await deliverUnfinished(dying.h, event);
      expect(acknowledged.status).toBe(200);
      await dying.crash();
      expect(api.messagesTo(ALICE_DM)).toHaveLength(before);
      expect(await journaled()).toEqual([{ event_id: 'ev-crash' }]);

      // The next process starts once the dead one's lease has passed.
      await pause(80);
      const next = await startBot('webhook');
      await next.adapter.idle();
      const answered = api.messagesTo(ALICE_DM).slice(before);
      expect(answered.map((m) => m.msgType)).toEqual(['interactive']);
      expect(textOf(answered[0])).toMatch(/天府物流园/);
      expect(await drafts()).toBe(1);
      expect(await journaled()).toEqual([]);

      // Feishu delivers the event again (it may, for up to 8 hours): still one draft, one answer.
      const again = await say(next, { openId: ALICE, text: REPORT, eventId: 'ev-crash' });
      expect(again.status).toBe(200);
      expect(api.messagesTo(ALICE_DM).slice(before)).toHaveLength(1);
      expect(await drafts()).toBe(1);
      expect(await journaled()).toEqual([]);
    });
  }
});

describe('Lark push', () => {
  it('sends with a uuid from the idempotency key: a retried push posts once', async () => {
    const h = await startBot();
    const outbound: Outbound = { text: '本周招商项目：天府物流园', buttons: [[{ label: '查看', action: 'l:show:1' }]] };
    const first = await h.adapter.push(GROUP, outbound, { idempotencyKey: 'digest:2026-W48:1' });
    const again = await h.adapter.push(GROUP, outbound, { idempotencyKey: 'digest:2026-W48:1' });
    expect(first.ok && again.ok && first.messageId === again.messageId).toBe(true);
    expect(api.messagesTo(GROUP)).toHaveLength(1);
    const creates = api.callsTo('POST /open-apis/im/v1/messages');
    expect(creates.map((c) => (c.body as any).uuid)).toEqual([
      messageUuid(GROUP, 'digest:2026-W48:1', 'card'),
      messageUuid(GROUP, 'digest:2026-W48:1', 'card'),
    ]);
    expect(buttonsOf(api.messagesTo(GROUP)[0].content)[0].value).toEqual({ action: 'l:show:1', chat: 'group' });
    // A user id is a private chat.
    await h.adapter.push(ALICE, { text: '提醒' }, { idempotencyKey: 'r1' });
    expect(api.messagesTo(ALICE)[0].receiveIdType).toBe('open_id');
  });

  it('uploads images and files and sends them', async () => {
    const h = await startBot();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const result = await h.adapter.push(
      GROUP,
      {
        text: '十一月汇总',
        image: { png, caption: '各商会线索数' },
        file: { name: '汇总.xlsx', data: new Uint8Array([1, 2, 3]), mime: 'application/vnd.ms-excel' },
      },
      { idempotencyKey: 'summary-11' },
    );
    expect(result.ok).toBe(true);
    expect(api.uploads.map((u) => u.kind)).toEqual(['image', 'file']);
    expect(api.messagesTo(GROUP).map((m) => m.msgType)).toEqual(['post', 'image', 'post', 'file']);
    expect(api.messagesTo(GROUP)[1].content).toEqual({ image_key: api.uploads[0].key });
    expect(api.messagesTo(GROUP)[3].content).toEqual({ file_key: api.uploads[1].key });
    const fileCall = api.callsTo('POST /open-apis/im/v1/files')[0];
    expect(fileCall.rawBody.toString('utf8')).toContain('name="file_type"');
  });

  it('tells the outbox when the bot is out of the chat or the chat is gone', async () => {
    const h = await startBot();
    api.failNext({ route: 'POST /open-apis/im/v1/messages', status: 400, body: { code: 230002, msg: 'The bot can not be outside the group.' } });
    expect(await h.adapter.push(GROUP, { text: '周报' }, { idempotencyKey: 'k1' })).toMatchObject({
      ok: false,
      reason: 'blocked',
      detail: expect.stringContaining('230002'),
    });
    api.failNext({ route: 'POST /open-apis/im/v1/messages', status: 400, body: { code: 230045, msg: 'The chat not exist.' } });
    expect(await h.adapter.push(GROUP, { text: '周报' }, { idempotencyKey: 'k2' })).toMatchObject({ ok: false, reason: 'not_found' });
    api.failNext({ route: 'POST /open-apis/im/v1/messages', status: 400, body: { code: 230099, msg: 'Failed to create card content' } });
    expect(await h.adapter.push(GROUP, { text: '周报' }, { idempotencyKey: 'k3' })).toMatchObject({
      ok: false,
      reason: 'error',
      detail: 'lark code 230099: Failed to create card content',
    });
    const failures = h.logs.map((l) => JSON.parse(l)).filter((l) => l.msg === 'lark push failed');
    expect(failures.map((f) => f.error.code)).toEqual([230002, 230045, 230099]);
  });
});

describe('Lark secrets stay out of logs', () => {
  it('never writes the app secret, the encrypt key or a tenant token, even when calls fail', async () => {
    const h = await startBot();
    await join(h, ALICE);
    api.failNext({ route: 'POST /open-apis/im/v1/messages', status: 500, body: { code: 1, msg: 'internal error' } });
    await say(h, { openId: ALICE, text: REPORT });
    api.failNext({ route: 'POST /open-apis/im/v1/messages', status: 400, body: { code: 230002, msg: 'bot not in chat' } });
    await h.adapter.push(GROUP, { text: '周报' }, { idempotencyKey: 'k' });
    // An expired token: the SDK logs the failed call, the adapter renews the token once.
    const tokens = [...api.tokens];
    api.tokens.length = 0;
    await h.adapter.push(GROUP, { text: '周报' }, { idempotencyKey: 'k-renew' });
    api.tokens.push(...tokens);
    expect(api.callsTo('POST /open-apis/auth/v3/tenant_access_token/internal').length).toBe(2);
    // The token endpoint failing: the SDK logs the failed request, whose body holds the app secret.
    api.tokens.length = 0;
    api.failNext({ route: 'POST /open-apis/auth/v3/tenant_access_token/internal', status: 500, body: { code: 1, msg: 'busy' } });
    expect(await h.adapter.push(GROUP, { text: '周报' }, { idempotencyKey: 'k-token-down' })).toMatchObject({ ok: false, reason: 'error' });
    api.tokens.push(...tokens);
    await h.feishu.post({ nonsense: true }, { signature: 'bad' });

    const written = [...h.logs, ...consoleLines].join('\n');
    expect(h.logs.length).toBeGreaterThan(0);
    expect(written).toMatch(/lark reply not sent/);
    for (const secret of [APP_SECRET, ENCRYPT_KEY, VERIFICATION_TOKEN, ...api.tokens]) {
      expect(written).not.toContain(secret);
    }
    expect(written).not.toMatch(/Bearer t-/);
    // Nor what users typed.
    expect(written).not.toContain('天府物流园');
  });
});

describe('Lark cards and text', () => {
  const samples: Outbound[] = [
    {
      text: '我理解的招商线索如下，请确认：\n项目：天府物流园',
      buttons: [
        [
          { label: '✅ 保存', action: 'd:save:1' },
          { label: '✏️ 修改', action: 'd:edit:1' },
        ],
      ],
    },
    { text: '线索 #3', buttons: [[{ label: '洽谈', action: 'l:stage:3:negotiating' }], [{ label: '签约', action: 'l:stage:3:signed' }]] },
    { text: '已保存为线索 #1。' },
    { text: '', buttons: [[{ label: 'OK', action: 'x' }]] },
    { text: 'x'.repeat(20_000), buttons: [[{ label: 'OK', action: 'x' }]] },
  ];

  it('builds cards that follow the card JSON 2.0 rules', () => {
    for (const sample of samples) {
      for (const chat of ['private', 'group', undefined] as const) {
        const card = buildCard(sample, chat);
        expect(validateCard(card), JSON.stringify(card).slice(0, 200)).toEqual([]);
      }
    }
  });

  it('has a validator that catches what 2.0 does not allow', () => {
    const card = buildCard(samples[0], 'private') as any;
    const broken = structuredClone(card);
    broken.body.elements[1].columns[0].elements[0].value = { action: 'd:save:1' };
    expect(validateCard(broken)).toEqual([expect.stringMatching(/\.value: unknown property/)]);
    expect(validateCard({ ...card, elements: [] })).toEqual(['$.elements: unknown property']);
    expect(validateCard({ ...card, body: { elements: [{ tag: 'action', actions: [] }] } })[0]).toMatch(/not supported by card JSON 2.0/);
    expect(validateCard({ ...card, schema: '1.0' })[0]).toMatch(/\$\.schema/);
    expect(validateCard({ ...card, body: { elements: [{ tag: 'div', text: { tag: 'plain_text', content: 'a', colour: 'red' } }] } })).toEqual([
      '$.body.elements[0].text.colour: unknown property',
    ]);
  });

  it('neutralises tags however they are written, and leaves other text alone', () => {
    expect(neutralise('<at user_id="all"></at>')).toBe('＜at user_id="all">＜/at>');
    expect(neutralise('<at id=all></at> < b> &lt;at id=all&gt; &#60;b>')).toBe('＜at id=all>＜/at> ＜ b> ＆lt;at id=all&gt; ＆#60;b>');
    expect(neutralise('投资 < 3亿，1<2，a <= b')).toBe('投资 < 3亿，1<2，a <= b');
    const posts = buildPosts('第一行\n<at user_id="all"></at>');
    expect(posts).toEqual([{ zh_cn: { title: '', content: [[{ tag: 'text', text: '第一行' }], [{ tag: 'text', text: '＜at user_id="all">＜/at>' }]] } }]);
    expect(buildPosts('a'.repeat(20_000)).length).toBe(3);
  });

  it('maps LARK_DOMAIN to the SDK domain', () => {
    expect(larkDomain('feishu')).toBe(lark.Domain.Feishu);
    expect(larkDomain('lark')).toBe(lark.Domain.Lark);
    expect(larkDomain('https://open.example.cn/')).toBe('https://open.example.cn');
    expect(() => larkDomain('open.feishu')).toThrow(/LARK_DOMAIN/);
  });
});
