import { join } from 'node:path';
import type { Config } from './config.ts';
import { migrateToLatest, openDatabase, type DatabaseHandle, type DatabaseOptions } from './db/database.ts';
import { createCore, type Core } from './core/conversation.ts';
import { coreFeatures } from './core/features/index.ts';
import { isEmpty, seedDemo } from './core/demo-data.ts';
import { refreshDuplicateKeys } from './core/duplicates.ts';
import type { CoreDeps } from './core/context.ts';
import { createLogger, type Logger } from './logger.ts';
import { jobSettings } from './jobs/settings.ts';

/** What every entry point shares: configuration, logs, the migrated database and the core. */
export interface App {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  deps: CoreDeps;
  core: Core;
  close(): Promise<void>;
}

/**
 * `owner` matters on the embedded database only: which command this process runs (named to
 * whoever finds the directory taken), and whether it must be the directory's only owner (the bot).
 */
export async function openApp(
  config: Config,
  logger: Logger = createLogger(config),
  owner: DatabaseOptions['owner'] = { command: process.argv[2] ?? 'chamber-bot', exclusive: false },
): Promise<App> {
  // The database gets a folder of its own: DATA_DIR also keeps files the terminal chat receives.
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: join(config.DATA_DIR, 'pglite'), owner });
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length) logger.info({ applied }, 'migrations applied');
    const keyed = await refreshDuplicateKeys(database.db);
    if (keyed) logger.info({ leads: keyed }, 'duplicate keys made');
  } catch (error) {
    await database.close();
    throw error;
  }
  const deps: CoreDeps = {
    db: database.db,
    timezone: config.BOT_TIMEZONE,
    logger,
    now: () => new Date(),
    reminderRules: jobSettings(config).reminders,
    publicUrl: config.PUBLIC_URL,
  };
  const core = createCore(deps, coreFeatures);
  return { config, logger, database, deps, core, close: () => database.close() };
}

/** Demo data in an empty database: DEMO_DATA=always, or `auto` where someone tries the bot out (the terminal chat). */
export async function loadDemoIfWanted(app: App, tryingOut: boolean): Promise<void> {
  const { DEMO_DATA } = app.config;
  const wanted = DEMO_DATA === 'always' || (DEMO_DATA === 'auto' && tryingOut);
  if (wanted && (await isEmpty(app.database.db))) {
    const loaded = await seedDemo(app.database.db, app.config.BOT_TIMEZONE);
    app.logger.info(loaded, 'demo data loaded');
  }
}
