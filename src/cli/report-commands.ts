import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Db } from '../db/database.ts';
import { isValidDate, localDate } from '../domain/calendar.ts';
import { defaultPeriod, periodOfDates } from '../domain/periods.ts';
import { chamberFromArgument } from '../core/admin.ts';
import { isLang, type Lang } from '../i18n/index.ts';
import { renderSummaryChart } from '../reports/chart.ts';
import { pickFigures } from '../reports/figures.ts';
import { importLedger, importReport, type LedgerKind } from '../reports/ledger/import.ts';
import { FULL_CONTACTS } from '../domain/contact-view.ts';
import { exportWorkbook } from '../reports/export.ts';
import { buildSummaryReport } from '../reports/report.ts';
import { summarize, type Scope } from '../reports/summary.ts';
import { summaryChartInput, summaryText } from '../reports/text.ts';
import { readImportFile, UsageError, withApp, type Handler } from './support.ts';

/** chamber-bot summary … and chamber-bot import leads|events FILE. */

function langOption(value: string | undefined): Lang {
  const lang = value ?? 'zh-CN';
  if (!isLang(lang)) throw new UsageError('--lang must be zh-CN, zh-TW or en');
  return lang;
}

async function chamberScope(db: Db, name: string | undefined): Promise<Scope> {
  if (!name) return 'all';
  return [(await chamberFromArgument(db, name)).id];
}

export const reportCommands: Record<string, Handler> = {
  async summary(args, config) {
    const { values } = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        chamber: { type: 'string' },
        json: { type: 'boolean', default: false },
        xlsx: { type: 'string' },
        png: { type: 'string' },
        lang: { type: 'string' },
      },
    });
    const lang = langOption(values.lang);
    if ([values.json, values.xlsx, values.png].filter(Boolean).length > 1) throw new UsageError('give one of --json, --xlsx FILE, --png FILE');
    for (const [flag, value] of [['--from', values.from], ['--to', values.to]] as const) {
      if (value !== undefined && !isValidDate(value)) throw new UsageError(`${flag} must be a date YYYY-MM-DD`);
    }
    if ((values.from === undefined) !== (values.to === undefined)) throw new UsageError('give both --from and --to, or neither');
    if (values.from && values.to && values.to < values.from) throw new UsageError('--to is before --from');
    return withApp(config(), async (app) => {
      const db = app.database.db;
      const timeZone = app.config.BOT_TIMEZONE;
      const now = new Date();
      const period = values.from && values.to ? periodOfDates(values.from, values.to) : defaultPeriod(localDate(now, timeZone));
      const scope = await chamberScope(db, values.chamber);
      if (values.json) {
        const summary = await summarize(db, period, scope, timeZone);
        const json = {
          from: summary.from,
          to: summary.to,
          total: pickFigures(summary.total),
          chambers: summary.chambers.map((c) => ({ chamber: c.chamber, ...pickFigures(c) })),
        };
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return 0;
      }
      if (values.xlsx) {
        const { data, leads, events } = await exportWorkbook(db, period, scope, { lang, timeZone, now, contactView: () => FULL_CONTACTS });
        await writeFile(values.xlsx, data);
        process.stderr.write(`workbook written to ${values.xlsx}: ${leads} leads, ${events} events\n`);
        return 0;
      }
      const report = await buildSummaryReport(db, period, scope, timeZone);
      if (values.png) {
        await writeFile(values.png, await renderSummaryChart(summaryChartInput(report, lang)));
        process.stderr.write(`chart written to ${values.png}\n`);
        return 0;
      }
      process.stdout.write(`${summaryText(report, lang)}\n`);
      return 0;
    });
  },

  async import(args, config) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'skip-invalid': { type: 'boolean', default: false },
        'create-chambers': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        lang: { type: 'string' },
      },
    });
    const [kind, file] = positionals;
    if ((kind !== 'leads' && kind !== 'events') || !file || positionals.length > 2) {
      throw new UsageError('import leads FILE | import events FILE');
    }
    const lang = langOption(values.lang);
    const tables = await readImportFile(file);
    if (!tables) return 1;
    return withApp(config(), async (app) => {
      const timeZone = app.config.BOT_TIMEZONE;
      const result = await importLedger(app.database.db, {
        kind: kind as LedgerKind,
        tables,
        fileName: basename(file),
        today: localDate(new Date(), timeZone),
        timeZone,
        skipInvalid: values['skip-invalid'],
        createChambers: values['create-chambers'] ? true : 'auto',
        dryRun: values['dry-run'],
      });
      const lines = importReport(result, basename(file), lang);
      const failed = result.fileErrors.length > 0 || (result.invalid > 0 && !values['skip-invalid']);
      (failed ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
      return failed ? 1 : 0;
    });
  },
};
