import { basename } from 'node:path';
import { localDate } from '../domain/calendar.ts';
import { catalogImportReport, importCatalog } from '../catalog/import.ts';
import { importLedger, importReport } from '../ledger/import.ts';
import { oneOf } from './core-commands.ts';
import { parseCommand } from './usage.ts';
import { readImportFile, say, withApp, type Handler } from './support.ts';

/** chamber-bot import leads|events|projects|policies FILE [--skip-invalid] [--create-chambers] [--dry-run]. */

const KINDS = ['leads', 'events', 'projects', 'policies'] as const;

export const importCommands: Record<string, Handler> = {
  async import(args, config, cli) {
    const { values, positionals } = parseCommand('import', args, cli.lang);
    const kind = oneOf(cli, 'import', 'leads|events|projects|policies', positionals[0], KINDS);
    const file = positionals[1];
    const skipInvalid = Boolean(values['skip-invalid']);
    const dryRun = Boolean(values['dry-run']);
    const tables = await readImportFile(file, cli);
    if (!tables) return 1;
    return withApp(cli, config(), async (app) => {
      const now = new Date();
      const today = localDate(now, app.config.BOT_TIMEZONE);
      const fileName = basename(file);
      const common = { tables, fileName, today, skipInvalid, dryRun };
      let lines: string[];
      let result: { fileErrors: unknown[]; invalid: number };
      if (kind === 'leads' || kind === 'events') {
        const createChambers = values['create-chambers'] ? true : 'auto';
        const ledger = await importLedger(app.database.db, { ...common, kind, timeZone: app.config.BOT_TIMEZONE, createChambers });
        [result, lines] = [ledger, importReport(ledger, fileName, cli.lang)];
      } else {
        const catalog = await importCatalog(app.database.db, { ...common, kind, now });
        [result, lines] = [catalog, catalogImportReport(catalog, fileName, cli.lang)];
      }
      const failed = result.fileErrors.length > 0 || (result.invalid > 0 && !skipInvalid);
      if (dryRun && result.fileErrors.length === 0) lines.push(say(cli, 'cli.import.dryRun'));
      (failed ? cli.io.stderr : cli.io.stdout).write(`${lines.join('\n')}\n`);
      return failed ? 1 : 0;
    });
  },
};
