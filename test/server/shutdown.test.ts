import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/index.ts';
import { WEBHOOK_PATH } from '../../src/adapters/telegram/index.ts';
import { FakeBotApi } from '../adapters/telegram/fake-bot-api.ts';
import { SECRET, TgUser, TOKEN, WEBHOOK_URL } from '../adapters/telegram/harness.ts';
import { BotProcess } from './bot-process.ts';

const NOT_JOINED = translate('zh-CN', 'error.notJoined');
/** A bot process starts (its database created and migrated) in seconds alone, in a minute on a busy machine. */
const PROCESS_TIMEOUT = 180_000;

/** SIGTERM, then what /readyz answers once it stops saying ready (the signal takes a moment to arrive). */
async function terminate(bot: BotProcess): Promise<Response | 'refused'> {
  bot.child.kill('SIGTERM');
  for (;;) {
    const answer = await fetch(bot.url('/readyz')).catch(() => 'refused' as const);
    if (answer === 'refused' || answer.status !== 200) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('graceful shutdown of chamber-bot start (a child process against the fake Bot API)', () => {
  let api: FakeBotApi;
  let bot: BotProcess | undefined;
  beforeEach(async () => {
    api = await FakeBotApi.start(TOKEN);
  });
  afterEach(async () => {
    await bot?.cleanUp();
    bot = undefined;
    await api.close();
  });

  const telegram = () => ({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot, SHUTDOWN_TIMEOUT_SECONDS: '10' });

  it(
    'polling: an update in flight at SIGTERM is answered and confirmed, /readyz says stopping meanwhile, and the process exits 0',
    async () => {
      bot = await BotProcess.start(telegram());
      await bot.ready();
      const user = new TgUser(4242, '林');
      const update = user.says('你好');
      const reply = api.holdNext('sendMessage');
      api.queueUpdate(update);
      await reply.arrived; // the bot is sending its answer now

      // The HTTP server stays up while the poller finishes, so a load balancer or an operator sees why.
      const readiness = await terminate(bot);
      expect(readiness).not.toBe('refused');
      expect((readiness as Response).status).toBe(503);
      expect(await (readiness as Response).json()).toEqual({ ready: false, reason: 'stopping' });
      expect(bot.child.exitCode).toBeNull();

      reply.release();
      expect(await bot.exited).toBe(0);
      expect(api.chat(user.user.id).map((m) => m.text)).toEqual([NOT_JOINED]);
      // The offset was confirmed past the update: a restarted bot does not get it again.
      const offsets = api.callsOf('getUpdates').map((c) => c.payload.offset);
      expect(offsets.at(-1)).toBe(update.update_id + 1);
      expect(bot.stderr).toContain('"msg":"stopped"');
    },
    PROCESS_TIMEOUT,
  );

  it(
    'webhook: the update in flight is answered 200, one arriving after SIGTERM is not taken (Telegram sends it again), exit 0',
    async () => {
      bot = await BotProcess.start({ ...telegram(), TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_URL: WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET: SECRET });
      await bot.ready();
      const user = new TgUser(4343, '陳');
      const post = (body: unknown) =>
        fetch(bot!.url(WEBHOOK_PATH), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
          body: JSON.stringify(body),
        });
      const reply = api.holdNext('sendMessage');
      const first = post(user.says('你好'));
      await reply.arrived;

      await terminate(bot);
      // Not taken: 503 on a connection still open, or no connection at all; either way Telegram sends it again.
      const late = await post(user.says('还在吗')).then(
        (r) => r.status,
        () => 'refused',
      );
      expect([503, 'refused']).toContain(late);

      reply.release();
      expect((await first).status).toBe(200);
      expect(await bot.exited).toBe(0);
      expect(api.chat(user.user.id).map((m) => m.text)).toEqual([NOT_JOINED]);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'a reply that never finishes does not hold the stop: the process exits (code 1) once SHUTDOWN_TIMEOUT_SECONDS has passed',
    async () => {
      bot = await BotProcess.start({ ...telegram(), SHUTDOWN_TIMEOUT_SECONDS: '1' });
      await bot.ready();
      const reply = api.holdNext('sendMessage');
      api.queueUpdate(new TgUser(4444, '王').says('你好'));
      await reply.arrived;
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(1);
      expect(bot.stderr).toContain('shutdown took too long');
      reply.release();
    },
    PROCESS_TIMEOUT,
  );
});
