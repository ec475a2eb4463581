/**
 * One bot instance on the fake Bot API, as a separate process, for the database-drop test: the
 * test terminates this process's PostgreSQL backends and watches whether it survives. It polls, or
 * with MODE=webhook serves the webhook on a port of its own, which it prints: `started PORT`.
 * Environment: DATABASE_URL (naming an application_name the test can find), PG_SCHEMA, API_ROOT,
 * TOKEN, MODE, SECRET.
 */
import pino from 'pino';
import { loadConfig } from '../../../src/config.ts';
import { createCore } from '../../../src/core/conversation.ts';
import { coreFeatures } from '../../../src/core/features/index.ts';
import { openDatabase } from '../../../src/db/database.ts';
import { createTelegramAdapter } from '../../../src/adapters/telegram/index.ts';
import { createHttpServer, listen } from '../../../src/server/http.ts';

const env = process.env;
const handle = await openDatabase({ url: env.DATABASE_URL, schema: env.PG_SCHEMA, poolSize: 4 });
const logger = pino({ level: 'silent' });
const core = createCore({ db: handle.db, timezone: 'Asia/Shanghai', logger, now: () => new Date() }, coreFeatures);
const mode = env.MODE === 'webhook' ? 'webhook' : 'polling';
const config = loadConfig({
  TELEGRAM_BOT_TOKEN: env.TOKEN,
  TELEGRAM_MODE: mode,
  TELEGRAM_API_ROOT: env.API_ROOT,
  TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/webhook',
  TELEGRAM_WEBHOOK_SECRET: env.SECRET,
});
const adapter = await createTelegramAdapter(
  { config, logger, core },
  { retry: { maxRetryAttempts: 2, maxDelaySeconds: 5 }, polling: { timeoutSeconds: 1, backoffMs: 20, maxBackoffMs: 200 } },
);
const server = createHttpServer(adapter.routes, logger, async () => true);
const port = await listen(server, 0, '127.0.0.1');
await adapter.start();
process.stdout.write(`started ${port}\n`);
process.on('SIGTERM', () => {
  void adapter
    .stop()
    .then(() => handle.close())
    .then(() => process.exit(0));
});
