import { writeFile } from 'node:fs/promises';
import type { Db } from '../db/database.ts';
import { isValidDate, localDate } from '../domain/calendar.ts';
import { defaultPeriod, parsePeriod, periodOfDates } from '../domain/periods.ts';
import { chamberFromArgument } from '../core/admin.ts';
import { renderSummaryChart } from '../summaries/chart.ts';
import { pickFigures } from '../summaries/figures.ts';
import { FULL_CONTACTS } from '../domain/contact-view.ts';
import { exportWorkbook } from '../summaries/export.ts';
import { buildSummaryReport } from '../summaries/report.ts';
import { summarize, type Scope } from '../summaries/summary.ts';
import { summaryChartInput, summaryText } from '../summaries/text.ts';
import { parseCommand } from './usage.ts';
import { pathOf, say, UsageError, withApp, type CliContext, type Handler } from './support.ts';

/** chamber-bot summary. */

async function chamberScope(db: Db, name: string | undefined, cli: CliContext): Promise<Scope> {
  if (!name) return 'all';
  return [(await chamberFromArgument(db, name, cli.lang)).id];
}

/** A period written as in the chat (`summary 2018上半年`): how to give it here. */
function periodHint(cli: CliContext): (stray: string) => string | undefined {
  return (stray) => {
    const read = parsePeriod(stray, localDate(new Date(), cli.io.env.BOT_TIMEZONE || 'Asia/Shanghai'));
    return 'period' in read ? say(cli, 'cli.error.periodHint', { from: read.period.from, to: read.period.to }) : undefined;
  };
}

export const reportCommands: Record<string, Handler> = {
  async summary(args, config, cli) {
    const { values: raw } = parseCommand('summary', args, cli.lang, periodHint(cli));
    const values = raw as { from?: string; to?: string; chamber?: string; json?: boolean; xlsx?: string; png?: string };
    const lang = cli.lang;
    if ([values.json, values.xlsx, values.png].filter(Boolean).length > 1) throw new UsageError(say(cli, 'cli.error.oneOutput'), 'summary');
    for (const [option, value] of [
      ['--from', values.from],
      ['--to', values.to],
    ] as const) {
      if (value !== undefined && !isValidDate(value)) throw new UsageError(say(cli, 'cli.error.date', { option }), 'summary');
    }
    if ((values.from === undefined) !== (values.to === undefined)) throw new UsageError(say(cli, 'cli.error.bothDates'), 'summary');
    if (values.from && values.to && values.to < values.from) throw new UsageError(say(cli, 'cli.error.datesOrder'), 'summary');
    return withApp(cli, config(), async (app) => {
      const db = app.database.db;
      const timeZone = app.config.BOT_TIMEZONE;
      const now = new Date();
      const period = values.from && values.to ? periodOfDates(values.from, values.to) : defaultPeriod(localDate(now, timeZone));
      const scope = await chamberScope(db, values.chamber, cli);
      if (values.json) {
        const summary = await summarize(db, period, scope, timeZone);
        const json = {
          from: summary.from,
          to: summary.to,
          total: pickFigures(summary.total),
          chambers: summary.chambers.map((c) => ({ chamber: c.chamber, ...pickFigures(c) })),
        };
        cli.io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return 0;
      }
      if (values.xlsx) {
        const { data, leads, events } = await exportWorkbook(db, period, scope, { lang, timeZone, now, contactView: () => FULL_CONTACTS });
        await writeFile(pathOf(cli, values.xlsx), data);
        cli.io.stderr.write(`${say(cli, 'cli.summary.workbook', { file: values.xlsx, leads, events })}\n`);
        return 0;
      }
      const report = await buildSummaryReport(db, period, scope, timeZone);
      if (values.png) {
        await writeFile(pathOf(cli, values.png), await renderSummaryChart(summaryChartInput(report, lang)));
        cli.io.stderr.write(`${say(cli, 'cli.summary.chart', { file: values.png })}\n`);
        return 0;
      }
      cli.io.stdout.write(`${summaryText(report, lang)}\n`);
      return 0;
    });
  },
};
