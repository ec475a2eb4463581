import { existsSync } from 'node:fs';
import { openApp, type App } from '../app.ts';
import { readTables, TableReadError, type Table } from '../ledger/table.ts';
import type { Config } from '../config.ts';
import { createLogger } from '../logger.ts';
import { translate, type MessageKey, type Params } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';

export { UsageError } from './usage.ts';

/** What every command is told besides its arguments: the language it speaks (--lang, zh-CN by default). */
export interface CliContext {
  lang: Language;
}

/** A command-line command: returns its exit code, or -1 to keep the process running. */
export type Handler = (args: string[], config: () => Config, cli: CliContext) => Promise<number>;

/** A message of the command line in its language. */
export function say(cli: CliContext, key: MessageKey, params?: Params): string {
  return translate(cli.lang, key, params);
}

/** Opens the app for one command, quieter than the bot (warnings and up), and closes it after. */
export async function withApp<T>(config: Config, run: (app: App) => Promise<T>): Promise<T> {
  const app = await openApp(config, createLogger({ ...config, LOG_LEVEL: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL }));
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

/** Reads the spreadsheet an import names; null (after saying why on stderr, naming the file) when it cannot be read. */
export async function readImportFile(file: string, cli: CliContext): Promise<Table[] | null> {
  if (!existsSync(file)) {
    process.stderr.write(`${say(cli, 'cli.error.noFile', { file })}\n`);
    return null;
  }
  try {
    return await readTables(file);
  } catch (error) {
    if (!(error instanceof TableReadError)) throw error;
    process.stderr.write(
      `${say(cli, 'cli.error.file', { file, reason: error.problem ? say(cli, error.problem.key, error.problem.params) : error.message })}\n`,
    );
    return null;
  }
}
