import type { Server } from 'node:http';
import { join } from 'node:path';
import type { App } from '../app.ts';
import { createConsoleChat } from '../adapters/console/console-chat.ts';
import type { Lang } from '../i18n/index.ts';
import type { PlatformAdapter } from '../adapters/platform.ts';
import { hasLark, hasTelegram } from '../config.ts';
import { ping } from '../db/database.ts';
import { textOf } from '../logger.ts';
import { createHttpServer, listen } from './http.ts';
import { startBackground } from '../jobs/index.ts';

/** Builds the adapters the configuration asks for. Each platform's module is loaded only when used. */
export async function createAdapters(app: App): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  if (hasTelegram(app.config)) {
    const { createTelegramAdapter } = await import('../adapters/telegram/index.ts');
    adapters.push(await createTelegramAdapter(app));
  }
  if (hasLark(app.config)) {
    const { createLarkAdapter } = await import('../adapters/lark/index.ts');
    adapters.push(await createLarkAdapter(app));
  }
  return adapters;
}

/** Runs the bot on its platforms until SIGINT/SIGTERM: adapters, then the HTTP server if any webhook needs it. */
export async function startPlatforms(app: App): Promise<void> {
  let server: Server | undefined;
  let adapters: PlatformAdapter[];
  let background: Awaited<ReturnType<typeof startBackground>>;
  try {
    adapters = await createAdapters(app);
    const routes = adapters.flatMap((a) => a.routes);
    server = createHttpServer(routes, app.logger, async () => {
      await ping(app.database.db);
      return true;
    });
    const port = await listen(server, app.config.PORT);
    app.logger.info({ port, routes: routes.map((r) => r.path) }, 'http server listening');
    for (const adapter of adapters) {
      await adapter.start();
      app.logger.info({ platform: adapter.platform }, 'platform started');
    }
    // Scheduled jobs and the outbox sender (src/jobs, src/outbox): JOBS_ENABLED, SENDER_ENABLED.
    background = await startBackground(app, adapters);
  } catch (error) {
    return exitAfterFailedStart(app, error, server);
  }
  const stop = async (signal: string) => {
    app.logger.info({ signal }, 'stopping');
    await background.stop().catch(() => {});
    for (const adapter of adapters) await adapter.stop().catch(() => {});
    server?.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

/**
 * The one way out of a start that failed for real (a refused token, a refused webhook, a port in
 * use): exit 1, so a supervisor starts the bot again. Staying up half-started would look alive
 * (the HTTP server listens) while serving nobody. Adapters word their errors without secrets.
 */
async function exitAfterFailedStart(app: App, error: unknown, server: Server | undefined): Promise<never> {
  app.logger.fatal({ error: error instanceof Error ? textOf(error.message) : textOf(error) }, 'start failed: exiting');
  server?.close();
  await app.close().catch(() => undefined);
  process.exit(1);
}

/**
 * Runs the bot as a terminal chat until the input ends: the demo member at the keyboard, and, as
 * on a platform, the scheduler and the outbox sender, which pushes to the terminal's demo users.
 */
export async function runTerminal(app: App, options: { lang: Lang; interactive: boolean }): Promise<void> {
  const chat = createConsoleChat({
    core: app.core,
    input: process.stdin,
    output: process.stdout,
    role: 'member',
    interactive: options.interactive,
    filesDir: join(app.config.DATA_DIR, 'files'),
    lang: options.lang,
  });
  const background = await startBackground(app, [chat.adapter]);
  try {
    await chat.run();
  } finally {
    await background.stop();
  }
}
