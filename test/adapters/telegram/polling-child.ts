/**
 * One bot instance polling the fake Bot API, as a separate process, for the database-drop test:
 * the test terminates this process's PostgreSQL backends and watches whether it survives.
 * Environment: DATABASE_URL (naming an application_name the test can find), PG_SCHEMA, API_ROOT, TOKEN.
 */
import pino from 'pino';
import { loadConfig } from '../../../src/config.ts';
import { createCore } from '../../../src/core/conversation.ts';
import { coreFeatures } from '../../../src/core/features/index.ts';
import { openDatabase } from '../../../src/db/database.ts';
import { createTelegramAdapter } from '../../../src/adapters/telegram/index.ts';

const env = process.env;
const handle = await openDatabase({ url: env.DATABASE_URL, schema: env.PG_SCHEMA, poolSize: 4 });
const logger = pino({ level: 'silent' });
const core = createCore({ db: handle.db, timezone: 'Asia/Shanghai', logger, now: () => new Date() }, coreFeatures);
const config = loadConfig({ TELEGRAM_BOT_TOKEN: env.TOKEN, TELEGRAM_MODE: 'polling', TELEGRAM_API_ROOT: env.API_ROOT });
const adapter = await createTelegramAdapter(
  { config, logger, core },
  { retry: { maxRetryAttempts: 2, maxDelaySeconds: 5 }, polling: { timeoutSeconds: 1, backoffMs: 20, maxBackoffMs: 200 } },
);
await adapter.start();
process.stdout.write('started\n');
process.on('SIGTERM', () => {
  void adapter.stop().then(() => handle.close()).then(() => process.exit(0));
});
