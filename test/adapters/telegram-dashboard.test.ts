import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import pino from 'pino';
import { addChamber, createInvite } from '../../src/core/admin.ts';
import { closeServer, createHttpServer, listen } from '../../src/server/http.ts';
import { createDashboardRoutes } from '../../src/web/routes.ts';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { testClock, testCore } from '../support/chat.ts';
import { signInitData } from '../support/telegram-init-data.ts';
import { TelegramHarness, TgUser, TOKEN } from './telegram/harness.ts';

/**
 * /dashboard in Telegram, end to end: real grammY against the fake Bot API shows a Mini App
 * button, and the Telegram user who pressed it signs in to the dashboard with initData
 * signed by the same bot token.
 */

let tdb: TestDatabase;
let tg: TelegramHarness | undefined;
const clock = testClock();

beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(async () => {
  await tdb.close();
});
beforeEach(async () => {
  await tdb.reset();
});
afterEach(async () => {
  await tg?.stop();
  tg = undefined;
});

describe('/dashboard in Telegram', () => {
  it('answers with a Mini App button that signs the same Telegram user in', async () => {
    const { core, deps } = testCore(tdb.db, clock);
    deps.publicUrl = 'https://bot.example.com';
    tg = await TelegramHarness.start({ core });
    await addChamber(tdb.db, '成都商會');
    const { code } = await createInvite(tdb.db, { chamber: '成都商會', role: 'secretary', now: clock.now(), days: 30 });
    const user = new TgUser(4242, '李', '秘書長');
    await tg.say(user, `/join ${code}`);

    const { sent } = await tg.say(user, '/dashboard');
    const button = sent.at(-1)!.buttons.flat()[0] as unknown as { text: string; web_app?: { url: string } };
    expect(button.text).toBe('打开看板');
    expect(button.web_app?.url).toBe('https://bot.example.com/dashboard/');
    // The text holds the one-time link too: no preview may fetch (and so spend) it.
    const call = tg.api.callsOf('sendMessage').at(-1)!;
    expect(String(call.payload.text)).toContain('/dashboard/login?token=');
    expect(call.payload.link_preview_options).toEqual({ is_disabled: true });

    const logger = pino({ level: 'silent' });
    const server: Server = createHttpServer(
      createDashboardRoutes({ db: tdb.db, timezone: 'Asia/Shanghai', logger, now: clock.now, telegramBotToken: TOKEN }),
      logger,
      async () => true,
    );
    server.keepAliveTimeout = 0;
    try {
      const base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
      const initData = signInitData(
        { auth_date: String(Math.floor(clock.now().getTime() / 1000) - 60), user: JSON.stringify({ id: 4242, first_name: '李' }) },
        TOKEN,
      );
      const login = await fetch(`${base}/dashboard/api/telegram-login`, { method: 'POST', body: JSON.stringify({ initData }) });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
      const me = await (await fetch(`${base}/dashboard/api/me`, { headers: { cookie } })).json();
      expect(me.member).toMatchObject({ name: expect.stringContaining('李'), role: 'secretary', chamber: { name: '成都商会' } });
    } finally {
      await closeServer(server);
    }
  });
});
