import type { Server } from 'node:http';
import { join } from 'node:path';
import type { App } from '../app.ts';
import { createConsoleChat } from '../adapters/console/console-chat.ts';
import type { Language } from '../domain/language.ts';
import type { PlatformAdapter } from '../adapters/platform.ts';
import { enabledPlatforms } from '../adapters/registry.ts';
import { ping } from '../db/database.ts';
import { textOf } from '../logger.ts';
import { metricsRegistry } from '../metrics.ts';
import { closeServer, createHttpServer, listen } from './http.ts';
import { shutdown } from './shutdown.ts';
import { startBackground } from '../jobs/index.ts';
import { createDashboardRoutes } from '../web/routes.ts';

/** Builds the adapters the configuration asks for. Each platform's SDK is loaded only when used. */
export async function createAdapters(app: App): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  for (const platform of enabledPlatforms(app.config)) {
    if (platform.create) adapters.push(await platform.create(app));
  }
  return adapters;
}

/** A readiness probe must answer even when the database hangs: past this, it is not ready. */
const READY_PING_MS = 2000;

async function databaseAnswers(app: App): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_PING_MS);
  });
  try {
    return await Promise.race([ping(app.database.db).then(() => true), late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs the bot on its platforms until SIGINT/SIGTERM: adapters, then the HTTP server if any webhook
 * needs it. On the signal it stops taking updates (polling stops, webhooks answer 503), lets the
 * updates and sends in flight finish, stops the scheduler and closes the database, then exits 0;
 * past SHUTDOWN_TIMEOUT_SECONDS it exits 1 anyway. A second signal exits at once.
 */
export async function startPlatforms(app: App): Promise<void> {
  let server: Server | undefined;
  let adapters: PlatformAdapter[];
  let background: Awaited<ReturnType<typeof startBackground>>;
  let phase: 'starting' | 'running' | 'stopping' = 'starting';
  try {
    adapters = await createAdapters(app);
    const routes = [
      ...adapters.flatMap((a) => a.routes),
      ...createDashboardRoutes({
        db: app.database.db,
        timezone: app.config.BOT_TIMEZONE,
        logger: app.logger,
        now: app.deps.now,
        publicUrl: app.config.PUBLIC_URL,
        telegramBotToken: app.config.TELEGRAM_BOT_TOKEN,
      }),
    ];
    server = createHttpServer(
      routes,
      app.logger,
      async () => {
        await ping(app.database.db);
        return true;
      },
      {
        stopping: () => phase === 'stopping',
        async notReady() {
          if (phase !== 'running') return phase;
          return (await databaseAnswers(app)) ? null : 'database unavailable';
        },
        metrics: { registry: metricsRegistry(app.database.db), token: app.config.METRICS_TOKEN },
      },
    );
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
  phase = 'running';
  const listening = server;

  const stop = async (signal: string) => {
    if (phase === 'stopping') {
      app.logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    phase = 'stopping';
    app.logger.info({ signal }, 'stopping: no new updates, finishing those in flight');
    const clean = await shutdown(
      [
        adapters.map((adapter) => ({ name: `${adapter.platform} adapter`, run: () => adapter.stop() })),
        [{ name: 'scheduler and sends in flight', run: () => background.stop() }],
        // Closed late, so that /readyz says `stopping` and webhooks get 503 meanwhile.
        [{ name: 'webhooks in flight', run: () => closeServer(listening) }],
        [{ name: 'database', run: () => app.close() }],
      ],
      app.config.SHUTDOWN_TIMEOUT_SECONDS * 1000,
      app.logger,
    );
    if (clean) app.logger.info('stopped');
    process.exit(clean ? 0 : 1);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
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
export async function runTerminal(
  app: App,
  options: { lang: Language; interactive: boolean; input: NodeJS.ReadableStream; output: NodeJS.WritableStream },
): Promise<void> {
  const chat = createConsoleChat({
    core: app.core,
    input: options.input,
    output: options.output,
    role: 'member',
    interactive: options.interactive,
    filesDir: join(app.config.DATA_DIR, 'files'),
    lang: options.lang,
  });
  const background = await startBackground(app, [chat.adapter]);
  // /dashboard answers the terminal with a one-time link: with PUBLIC_URL set, the page it
  // opens is served here too, as on a platform.
  const server = app.config.PUBLIC_URL ? await serveDashboardOnly(app) : undefined;
  try {
    await chat.run();
  } finally {
    if (server) await closeServer(server);
    await background.stop();
  }
}

async function serveDashboardOnly(app: App): Promise<Server> {
  const routes = createDashboardRoutes({
    db: app.database.db,
    timezone: app.config.BOT_TIMEZONE,
    logger: app.logger,
    now: app.deps.now,
    publicUrl: app.config.PUBLIC_URL,
  });
  const server = createHttpServer(routes, app.logger, async () => {
    await ping(app.database.db);
    return true;
  });
  const port = await listen(server, app.config.PORT);
  app.logger.info({ port }, 'dashboard served beside the terminal chat');
  return server;
}
