import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApp, type App } from '../app.ts';
import { readTables, TableReadError, type Table } from '../ledger/table.ts';
import type { Config } from '../config.ts';
import { createLogger } from '../logger.ts';
import { translate, type MessageKey, type Params } from '../i18n/index.ts';
import type { Terminal } from '../main.ts';
import type { Language } from '../domain/language.ts';

export { UsageError } from './usage.ts';

/**
 * Where a command reads and writes: the process's own streams, environment and directory when
 * run from the binary; buffers when a test runs it in-process.
 */
export interface CliIo extends Terminal {
  env: NodeJS.ProcessEnv;
  /** What relative paths (files, DATA_DIR, `.env`) are relative to. */
  cwd: string;
}

/**
 * What every command is told besides its arguments: the language it speaks (--lang, zh-CN by
 * default), its name (told to whoever finds the database taken) and its io, whose env holds `.env` too.
 */
export interface CliContext {
  lang: Language;
  command: string;
  io: CliIo;
}

/** A command-line command: returns its exit code, or -1 to keep the process running. */
export type Handler = (args: string[], config: () => Config, cli: CliContext) => Promise<number>;

/** A message of the command line in its language. */
export function say(cli: CliContext, key: MessageKey, params?: Params): string {
  return translate(cli.lang, key, params);
}

/** A path as the person typed it, relative to the command's working directory. */
export function pathOf(cli: CliContext, file: string): string {
  return resolve(cli.io.cwd, file);
}

/**
 * Opens the app for one command, quieter than the bot (warnings and up, on the command's stderr),
 * and closes it after: the next command, in this process or another, can then own the database.
 */
export async function withApp<T>(cli: CliContext, config: Config, run: (app: App) => Promise<T>): Promise<T> {
  const logger = createLogger({ ...config, LOG_LEVEL: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL }, cli.io.stderr);
  const app = await openApp(config, logger, { command: cli.command, exclusive: false });
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

/** Reads the spreadsheet an import names; null (after saying why on stderr, naming the file) when it cannot be read. */
export async function readImportFile(file: string, cli: CliContext): Promise<Table[] | null> {
  if (!existsSync(pathOf(cli, file))) {
    cli.io.stderr.write(`${say(cli, 'cli.error.noFile', { file })}\n`);
    return null;
  }
  try {
    return await readTables(pathOf(cli, file));
  } catch (error) {
    if (!(error instanceof TableReadError)) throw error;
    cli.io.stderr.write(`${say(cli, 'cli.error.file', { file, reason: error.problem ? say(cli, error.problem.key, error.problem.params) : error.message })}\n`);
    return null;
  }
}
