import type { Server } from 'node:http';
import { join } from 'node:path';
import { createConsoleChat, type ConsoleChat } from './adapters/console/console-chat.ts';
import type { HttpRoute, PlatformAdapter } from './adapters/platform.ts';
import { enabledPlatforms } from './adapters/registry.ts';
import { loadDemoIfWanted, openApp, type App } from './app.ts';
import type { Config } from './config.ts';
import { tellSecretariesOfBlockedChat } from './core/blocked-chats.ts';
import { ping } from './db/database.ts';
import { EmbeddedDatabaseBusy } from './db/embedded-owner.ts';
import type { Language } from './domain/language.ts';
import { translate } from './i18n/index.ts';
import { jobContext, scheduledJobs } from './jobs/index.ts';
import { logReminderDelivery } from './jobs/reminders.ts';
import { Scheduler } from './jobs/scheduler.ts';
import { senderSettings } from './jobs/settings.ts';
import { createLogger, logDestination, textOf } from './logger.ts';
import { metricsRegistry } from './metrics.ts';
import { OutboxSender } from './outbox/sender.ts';
import { closeServer, createHttpServer, listen } from './server/http.ts';
import { shutdown } from './server/shutdown.ts';
import { createDashboardRoutes } from './web/routes.ts';

/**
 * The composition root: everything `chamber-bot start` runs, wired here and nowhere else. It
 * reads in order: database and core, adapters, outbox sender, scheduler, HTTP routes; then the
 * parts start, the HTTP server first (a webhook platform checks its URL as the adapter starts).
 * With no platform configured, the terminal chat stands in for the platforms.
 */

type Phase = 'starting' | 'running' | 'stopping';

/** Where the terminal chat reads and writes, and where start-up speaks: the process's own, or a test's. */
export interface Terminal {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** The bot, started. */
export interface Bot {
  app: App;
  /** The terminal chat when no platform is configured: runs until its input ends. */
  chat?: ConsoleChat;
  /**
   * Stops taking updates (polling stops, webhooks answer 503), lets the updates and sends in
   * flight finish, stops the scheduler, closes the database. False when that took longer than
   * SHUTDOWN_TIMEOUT_SECONDS (it says which step hung).
   */
  close(): Promise<boolean>;
}

/**
 * Starts the bot; null (after saying who has it) when another process owns the embedded
 * database. A start that fails on a platform (a refused token, a refused webhook, a port in use)
 * exits 1, so a supervisor starts the bot again: staying up half-started would look alive (the
 * HTTP server listens) while serving nobody.
 */
export async function startBot(config: Config, lang: Language, io: Terminal): Promise<Bot | null> {
  const terminal = enabledPlatforms(config).length === 0;
  const app = await openOwnedApp(config, lang, terminal, io);
  if (!app) return null;
  let server: Server | undefined;
  try {
    await loadDemoIfWanted(app, terminal);
    const chat = terminal ? terminalChat(app, lang, io) : undefined;
    const adapters = chat ? [chat.adapter] : await createAdapters(app);
    const sender = outboxSender(app, adapters);
    const scheduler = jobScheduler(app, adapters, sender);
    const routes = httpRoutes(app, adapters);
    let phase: Phase = 'starting';
    // Beside the terminal chat, the server is there for the dashboard's one-time links only.
    if (!terminal || app.config.PUBLIC_URL) {
      server = httpServer(app, routes, () => phase);
      const port = await listen(server, app.config.PORT);
      app.logger.info({ port, routes: routes.map((r) => r.path) }, 'http server listening');
    }
    for (const adapter of adapters) {
      await adapter.start();
      app.logger.info({ platform: adapter.platform }, 'platform started');
    }
    sender?.start();
    await scheduler?.start({ awaitCatchUp: false });
    app.logger.info({ scheduler: Boolean(scheduler), sender: sender?.platforms ?? [] }, 'background work started');
    phase = 'running';
    const listening = server;
    const close = () => {
      phase = 'stopping';
      return shutdown(
        [
          adapters.map((adapter) => ({ name: `${adapter.platform} adapter`, run: () => adapter.stop() })),
          [
            {
              name: 'scheduler and sends in flight',
              async run() {
                await scheduler?.stop();
                await sender?.stop();
              },
            },
          ],
          // Closed late, so that /readyz says `stopping` and webhooks get 503 meanwhile.
          ...(listening ? [[{ name: 'webhooks in flight', run: () => closeServer(listening) }]] : []),
          [{ name: 'database', run: () => app.close() }],
        ],
        app.config.SHUTDOWN_TIMEOUT_SECONDS * 1000,
        app.logger,
      );
    };
    return { app, chat, close };
  } catch (error) {
    // Adapters word their errors without secrets; the terminal chat's user reads it on the screen instead.
    if (!terminal) app.logger.fatal({ error: error instanceof Error ? textOf(error.message) : textOf(error) }, 'start failed: exiting');
    server?.close();
    await app.close().catch(() => undefined);
    if (terminal) throw error;
    process.exit(1);
  }
}

/** On SIGINT or SIGTERM: close, then exit 0 (1 when the stop ran out of time). A second signal exits at once. */
export function exitOnSignals(bot: Bot): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      bot.app.logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    bot.app.logger.info({ signal }, 'stopping: no new updates, finishing those in flight');
    const clean = await bot.close();
    if (clean) bot.app.logger.info('stopped');
    process.exit(clean ? 0 : 1);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/**
 * The database and the core, as the bot's: the only owner of an embedded database. Says at once
 * that it is starting (a first start prepares the database for seconds). Beside the terminal
 * chat, whose screen is the conversation, the logs go to a file.
 */
async function openOwnedApp(config: Config, lang: Language, terminal: boolean, io: Terminal): Promise<App | null> {
  if (!config.DATABASE_URL) io.stderr.write(`${translate(lang, 'embedded.starting')}\n`);
  // The process's stderr through pino's own destination, which writes synchronously before an exit.
  const stderr = io.stderr === process.stderr ? undefined : io.stderr;
  try {
    return await openApp(config, createLogger(config, logDestination(config, terminal, stderr)), { command: 'start', exclusive: true });
  } catch (error) {
    if (!(error instanceof EmbeddedDatabaseBusy)) throw error;
    const { pid, command } = error.owner;
    io.stderr.write(`${translate(lang, 'embedded.busy', { dir: config.DATA_DIR, pid, command })}\n`);
    return null;
  }
}

/** The demo member at the keyboard; the outbox pushes to the terminal's demo users as to a platform. */
function terminalChat(app: App, lang: Language, io: Terminal): ConsoleChat {
  return createConsoleChat({
    core: app.core,
    input: io.stdin,
    output: io.stdout,
    role: 'member',
    interactive: Boolean(io.stdin.isTTY),
    filesDir: join(app.config.DATA_DIR, 'files'),
    lang,
  });
}

/** The adapters the configuration asks for, from the registry. Each platform's SDK is loaded only when used. */
async function createAdapters(app: App): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  for (const platform of enabledPlatforms(app.config)) {
    if (platform.create) adapters.push(await platform.create(app));
  }
  return adapters;
}

/**
 * The outbox sender for this instance's platforms (SENDER_ENABLED). Every instance may run one:
 * the database makes each outbox row go out once. The core tells secretaries of a chat that
 * refuses pushes; the jobs log reminders delivered.
 */
function outboxSender(app: App, adapters: PlatformAdapter[]): OutboxSender | null {
  if (!app.config.SENDER_ENABLED || adapters.length === 0) return null;
  const settings = senderSettings(app.config);
  return new OutboxSender({
    db: app.database.db,
    adapters,
    logger: app.logger.child({ component: 'outbox' }),
    limits: settings.limits,
    maxAttempts: settings.maxAttempts,
    leaseMs: settings.leaseMs,
    unknownPolicy: settings.unknownPolicy,
    afterSent: logReminderDelivery,
    onBlocked: tellSecretariesOfBlockedChat,
  });
}

/** The job scheduler (JOBS_ENABLED); the database makes each fire run once across instances. */
function jobScheduler(app: App, adapters: PlatformAdapter[], sender: OutboxSender | null): Scheduler | null {
  if (!app.config.JOBS_ENABLED) return null;
  const ctx = jobContext(
    app,
    adapters.map((a) => a.platform),
    () => sender?.wake(),
  );
  return new Scheduler({ ctx, jobs: scheduledJobs(ctx.settings), catchUpMs: ctx.settings.catchUpMs });
}

/** A readiness probe must answer even when the database hangs: past this, it is not ready. */
const READY_PING_MS = 2000;

/** The adapters' webhooks and the dashboard. */
function httpRoutes(app: App, adapters: PlatformAdapter[]): HttpRoute[] {
  return [
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
}

/** One server for the routes, /healthz, /readyz (ready once started, until it stops) and /metrics. */
function httpServer(app: App, routes: HttpRoute[], phase: () => Phase): Server {
  return createHttpServer(
    routes,
    app.logger,
    async () => {
      await ping(app.database.db);
      return true;
    },
    {
      stopping: () => phase() === 'stopping',
      async notReady() {
        if (phase() !== 'running') return phase();
        return (await databaseAnswers(app)) ? null : 'database unavailable';
      },
      metrics: { registry: metricsRegistry(app.database.db), token: app.config.METRICS_TOKEN },
    },
  );
}

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
