import { basename } from 'node:path';
import { openApp, type App } from '../app.ts';
import { readTables, TableReadError, type Table } from '../reports/ledger/table.ts';
import type { Config } from '../config.ts';
import { createLogger } from '../logger.ts';
import { EmbeddedDatabaseBusy } from '../db/embedded-owner.ts';
import { translate } from '../i18n/index.ts';

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/** A command-line command: returns its exit code, or -1 to keep the process running. */
export type Handler = (args: string[], config: () => Config) => Promise<number>;

/** Opens the app for one command, quieter than the bot (warnings and up), and closes it after. */
export async function withApp<T>(config: Config, run: (app: App) => Promise<T>): Promise<T> {
  const app = await openApp(config, createLogger({ ...config, LOG_LEVEL: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL }));
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

/**
 * Opens the app for the bot: the only owner of an embedded database. Says at once that it is
 * starting (a first start prepares the database for seconds), and null (after saying who has
 * the directory and what to do) when another process owns it.
 */
export async function openOwnedApp(config: Config): Promise<App | null> {
  if (!config.DATABASE_URL) process.stderr.write(`${translate('zh-CN', 'embedded.starting')}\n`);
  try {
    return await openApp(config, undefined, { command: 'start', exclusive: true });
  } catch (error) {
    if (!(error instanceof EmbeddedDatabaseBusy)) throw error;
    const { pid, command } = error.owner;
    process.stderr.write(`${translate('zh-CN', 'embedded.busy', { dir: config.DATA_DIR, pid, command })}\n`);
    return null;
  }
}

/** Reads the spreadsheet an import names; null (after saying why on stderr) when it cannot be read. */
export async function readImportFile(file: string): Promise<Table[] | null> {
  try {
    return await readTables(file);
  } catch (error) {
    if (!(error instanceof TableReadError)) throw error;
    process.stderr.write(`${basename(file)}: ${error.message}\n`);
    return null;
  }
}
