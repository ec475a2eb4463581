import pino from 'pino';
import type { Server } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLarkAdapter, type LarkAdapter } from '../../src/adapters/lark/index.ts';
import { addChamber, createInvite } from '../../src/core/admin.ts';
import { loadConfig } from '../../src/config.ts';
import { createHttpServer, listen } from '../../src/server/http.ts';
import { testClock, testCore } from '../support/chat.ts';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { validateCallbackAnswer, validateCard } from './lark/card-rules.ts';
import { buttonsOf, textOf } from './lark/card-reading.ts';
import { ALICE, ALICE_DM, APP_ID, APP_SECRET, BOB, BOB_DM, FakeOpenApi, type SentMessage } from './lark/fake-open-api.ts';
import { cardActionEvent, FeishuSender, messageEvent } from './lark/feishu-events.ts';

/** Several reports in one message through Feishu: the real Lark SDK against the fake Open API, the real core. */

const ENCRYPT_KEY = 'encrypt-key-batch-4Qw9';
const VERIFICATION_TOKEN = 'verify-token-batch-7Ls2';
const WEEKLY = '本周工作：①江门银湖电器的小家电生产基地签约，投资2.6亿；②肇庆一家建材企业在谈，拟投资1亿；③今天上午在江门开了推介会，来了30家企业。';

let database: TestDatabase;
const api = new FakeOpenApi();
let apiUrl: string;
let running: { adapter: LarkAdapter; server: Server } | undefined;

beforeAll(async () => {
  [database, apiUrl] = await Promise.all([openTestDatabase(), api.start()]);
  api.users.set(ALICE, '王丽');
  api.users.set(BOB, '李博');
});
afterAll(async () => {
  await api.stop();
  await database?.close();
});
beforeEach(async () => {
  await database.reset();
  api.reset();
});
afterEach(async () => {
  if (!running) return;
  await running.adapter.stop();
  await new Promise<void>((resolve) => running!.server.close(() => resolve()));
  running = undefined;
});

async function startBot() {
  const clock = testClock();
  const config = loadConfig({
    LARK_APP_ID: APP_ID,
    LARK_APP_SECRET: APP_SECRET,
    LARK_MODE: 'webhook',
    LARK_ENCRYPT_KEY: ENCRYPT_KEY,
    LARK_VERIFICATION_TOKEN: VERIFICATION_TOKEN,
    LARK_DOMAIN: apiUrl,
  });
  const logger = pino({ level: 'silent' });
  const { core, deps } = testCore(database.db, clock);
  const adapter = await createLarkAdapter({ config, logger, core, deps }, { sleep: async () => {} });
  const server = createHttpServer(adapter.routes, logger, async () => true);
  const port = await listen(server, 0, '127.0.0.1');
  await adapter.start();
  running = { adapter, server };
  const feishu = new FeishuSender(`http://127.0.0.1:${port}/lark/events`, ENCRYPT_KEY, VERIFICATION_TOKEN, clock.now);
  const post = async (event: unknown) => {
    const posted = await feishu.post(event);
    await adapter.idle();
    return posted;
  };
  const say = (openId: string, chatId: string, text: string) =>
    post(messageEvent(feishu.header('im.message.receive_v1'), { openId, chatId, chatType: 'p2p', text }));
  const press = (card: SentMessage, label: string, openId: string, eventId?: string) => {
    const button = buttonsOf(card.content).find((b) => b.label.includes(label));
    if (!button) throw new Error(`no button ${label}`);
    return post(
      cardActionEvent(feishu.header('card.action.trigger', eventId), { messageId: card.messageId, chatId: card.receiveId, openId, value: button.value }),
    );
  };
  const join = async (openId: string, chatId: string) => {
    if (!(await database.db.selectFrom('chambers').select('id').where('name', '=', '江門商會').executeTakeFirst())) await addChamber(database.db, '江門商會');
    const { code } = await createInvite(database.db, { chamber: '江門商會', role: 'member', now: clock.now() });
    await say(openId, chatId, `/join ${code}`);
  };
  return { say, press, join };
}

describe('several reports in one Feishu message', () => {
  it('becomes one valid card with save all; one press saves all, a press delivered twice and a second press save nothing more', async () => {
    const bot = await startBot();
    await bot.join(ALICE, ALICE_DM);
    await bot.say(ALICE, ALICE_DM, WEEKLY);
    const card = api.messagesTo(ALICE_DM).at(-1)!;
    expect(validateCard(card.content)).toEqual([]);
    expect(textOf(card.content)).toMatch(/3 条上报[\s\S]*小家电生产基地[\s\S]*肇庆建材项目（1亿）[\s\S]*推介会/);
    expect(buttonsOf(card.content).map((b) => b.label)).toEqual([
      '✅ 全部保存（3条）',
      '✏️ 改第1条',
      '✖️ 删第1条',
      '✏️ 改第2条',
      '✖️ 删第2条',
      '✏️ 改第3条',
      '✖️ 删第3条',
    ]);

    const answer = await bot.press(card, '全部保存', ALICE, 'ev-save-all');
    expect(validateCallbackAnswer(answer.body)).toEqual([]);
    expect(textOf(answer.body.card.data)).toMatch(/已保存 3 条/);
    const again = await bot.press(card, '全部保存', ALICE, 'ev-save-all');
    expect(again.status).toBe(200);
    const later = await bot.press(card, '全部保存', ALICE, 'ev-save-all-2');
    expect(textOf(later.body.card.data)).toMatch(/已经保存过了/);
    const leads = await database.db.selectFrom('leads').select(['project', 'stage', 'investment_yuan']).orderBy('id').execute();
    expect(leads).toEqual([
      { project: '小家电生产基地', stage: 'signed', investment_yuan: 260_000_000 },
      { project: '肇庆建材项目（1亿）', stage: 'negotiating', investment_yuan: 100_000_000 },
    ]);
    expect(await database.db.selectFrom('events').select('invited_enterprises').execute()).toEqual([{ invited_enterprises: 30 }]);
  });

  it('lets only the reporter save all', async () => {
    const bot = await startBot();
    await bot.join(ALICE, ALICE_DM);
    await bot.join(BOB, BOB_DM);
    await bot.say(ALICE, ALICE_DM, WEEKLY);
    const card = api.messagesTo(ALICE_DM).at(-1)!;
    await bot.press(card, '全部保存', BOB);
    expect(await database.db.selectFrom('leads').select('id').execute()).toEqual([]);
    expect(await database.db.selectFrom('drafts').select('status').where('status', '=', 'open').execute()).toHaveLength(3);
  });
});
