import { periodLabel, periodOfDates } from '../domain/periods.ts';
import { addDays } from '../domain/calendar.ts';
import { isLang, translate } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import type { Outbound } from '../core/messages.ts';
import { buildSummaryReport } from '../summaries/report.ts';
import { renderSummaryChart } from '../summaries/chart.ts';
import { FULL_CONTACTS } from '../domain/contact-view.ts';
import { exportWorkbook } from '../summaries/export.ts';
import { summaryChartInput, summaryText } from '../summaries/text.ts';
import { enqueue, memberRecipients, PRIORITY, type OutboxMessage } from '../outbox/queue.ts';
import { periodDates } from './periods.ts';
import type { JobContext, JobDefinition } from './runs.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The monthly summary (the 1st, 09:17): last month's figures for every chamber, with 環比 and 同比,
 * the chart and the workbook, as /summary and /export give them (src/summaries), to every official.
 * Period: the month summarised (a fire on 2026-12-01 covers 2026-11).
 */
export const summaryJob: JobDefinition = {
  name: 'summary',
  period: 'previous-month',
  async run(ctx: JobContext, period: string) {
    const dates = periodDates('previous-month', period);
    if (!dates) throw new Error(`summary: ${period} is not a month (e.g. 2026-11)`);
    const reportPeriod = periodOfDates(dates.start, addDays(dates.end, -1));
    const timeZone = ctx.timezone;
    const officials = await ctx.db.selectFrom('members').select(['id', 'chamber_id', 'lang']).where('role', '=', 'official').execute();
    const recipients = await memberRecipients(ctx.db, officials, ctx.platforms);
    if (recipients.size === 0) return { officials: officials.length, queued: 0 };
    // Built outside the queueing transaction: reading a month's figures and drawing is slow, and
    // queueing is idempotent by key.
    const report = await buildSummaryReport(ctx.db, reportPeriod, 'all', timeZone);
    let counts = { leads: 0, events: 0 };
    const byLang = new Map<Language, Outbound>();
    const outboundFor = async (lang: Language): Promise<Outbound> => {
      const cached = byLang.get(lang);
      if (cached) return cached;
      const label = periodLabel(reportPeriod, lang);
      const outbound: Outbound = { text: `${translate(lang, 'jobs.summary.intro', { period: label })}\n\n${summaryText(report, lang)}` };
      try {
        const caption = translate(lang, 'summary.chartCaption', { period: label });
        outbound.image = { png: await renderSummaryChart(summaryChartInput(report, lang)), caption };
      } catch (error) {
        ctx.logger.error({ err: error }, 'monthly summary: chart failed; sending without it');
      }
      // Sent to officials in private, who may see every chamber's contacts (domain/permissions: lead.readContact).
      const { data, leads, events } = await exportWorkbook(ctx.db, reportPeriod, 'all', { lang, timeZone, now: ctx.now(), contactView: () => FULL_CONTACTS });
      counts = { leads, events };
      outbound.file = { name: `${translate(lang, 'export.fileName')}-${reportPeriod.from}_${reportPeriod.to}.xlsx`, data, mime: XLSX_MIME };
      byLang.set(lang, outbound);
      return outbound;
    };
    const queue: OutboxMessage[] = [];
    for (const official of officials) {
      const recipient = recipients.get(official.id);
      if (!recipient) continue;
      queue.push({
        job: 'summary',
        period,
        recipient,
        outbound: await outboundFor(isLang(official.lang) ? official.lang : 'zh-CN'),
        priority: PRIORITY.summary,
      });
    }
    const queued = await ctx.db.transaction().execute((trx) => enqueue(trx, queue));
    return { officials: officials.length, queued: queued.size, ...counts };
  },
};
