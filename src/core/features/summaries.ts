import { contactViewOf } from '../../domain/contact-view.ts';
import { can, visibleChambers } from '../../domain/permissions.ts';
import { inReaderScript } from '../../domain/names.ts';
import { parsePeriod, periodLabel, type Period } from '../../domain/periods.ts';
import { renderSummaryChart } from '../../summaries/chart.ts';
import { exportWorkbook } from '../../summaries/export.ts';
import { rank } from '../../summaries/ranking.ts';
import { buildSummaryReport } from '../../summaries/report.ts';
import type { Scope } from '../../summaries/summary.ts';
import { rankingText, summaryChartInput, summaryText } from '../../summaries/text.ts';
import type { Command, Feature, MemberCtx } from '../context.ts';
import type { Outbound } from '../messages.ts';
import { findChamber } from '../names.ts';

/**
 * The officials' figures: /summary (匯總), /export and /rank. Officials see every chamber and
 * the city total; a secretary sees their own chamber only; members are told whom to ask.
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Request {
  period: Period;
  scope: Scope;
}

type ChamberMatch = { id: number; name: string } | { ambiguous: string[] } | null;

async function matchChamber(ctx: MemberCtx, word: string): Promise<ChamberMatch> {
  const lookup = await findChamber(ctx.trx, word);
  if ('found' in lookup) return lookup.found;
  if ('ambiguous' in lookup) return { ambiguous: lookup.ambiguous.map((c) => c.name) };
  return null;
}

/** Reads "[period] [chamber]" in either order and decides what this reader may see. */
async function readRequest(ctx: MemberCtx, args: string): Promise<Request | Outbound[]> {
  const visible = visibleChambers(ctx.actor, 'summary.read');
  if (!can(ctx.actor, 'summary.read')) {
    return [{ text: ctx.t('summary.noChamber') }];
  }
  const whole = parsePeriod(args, ctx.today);
  let period: Period | null = 'period' in whole ? whole.period : null;
  let chamber: { id: number; name: string } | null = null;
  if (!period) {
    const words = args.split(/\s+/).filter(Boolean);
    // The chamber is one word, first or last; the rest is the period.
    for (const index of [...new Set([words.length - 1, 0])]) {
      const rest = words.filter((_, i) => i !== index).join(' ');
      const restPeriod = parsePeriod(rest, ctx.today);
      const match = await matchChamber(ctx, words[index]);
      if (match && 'ambiguous' in match) {
        return [
          {
            text: ctx.t('summary.ambiguousChamber', {
              name: words[index].slice(0, 40),
              names: match.ambiguous.map((name) => inReaderScript(name, ctx.lang)).join('、'),
            }),
          },
        ];
      }
      if (match && 'period' in restPeriod) {
        chamber = match;
        period = restPeriod.period;
        break;
      }
      const looksLikeChamber = rest !== '' || /商会|商會|筹备组|籌備組|chamber/i.test(words[index]);
      if (!match && 'period' in restPeriod && looksLikeChamber && !/^\d/.test(words[index])) {
        return [{ text: ctx.t('summary.unknownChamber', { name: words[index].slice(0, 40) }) }];
      }
    }
    if (!period) {
      const reversed = 'error' in whole && whole.error === 'reversed';
      return [{ text: ctx.t(reversed ? 'summary.reversedPeriod' : 'summary.badPeriod', { text: args.slice(0, 60) }) }];
    }
  }
  if (visible === 'all') return { period, scope: chamber ? [chamber.id] : 'all' };
  if (chamber && !visible.includes(chamber.id)) {
    const own = await ctx.trx.selectFrom('chambers').select('name').where('id', 'in', visible).executeTakeFirst();
    return [{ text: ctx.t('summary.otherChamber', { chamber: inReaderScript(own?.name ?? '', ctx.lang), other: inReaderScript(chamber.name, ctx.lang) }) }];
  }
  return { period, scope: visible };
}

const summary: Command = {
  name: 'summary',
  aliases: ['匯總', '汇总', '統計', '统计'],
  help: 'help.summary',
  visibleTo: ['member', 'secretary', 'official', 'admin'],
  async run(ctx, args) {
    const request = await readRequest(ctx, args);
    if (Array.isArray(request)) return request;
    const report = await buildSummaryReport(ctx.trx, request.period, request.scope, ctx.deps.timezone);
    const replies: Outbound[] = [{ text: summaryText(report, ctx.lang) }];
    try {
      const caption = ctx.t('summary.chartCaption', { period: periodLabel(report.period, ctx.lang) });
      replies.push({ text: caption, image: { png: await renderSummaryChart(summaryChartInput(report, ctx.lang)), caption } });
    } catch (error) {
      // The figures matter more than the picture: say them even when the chart cannot be drawn.
      ctx.deps.logger.error({ err: error }, 'summary chart failed');
    }
    return replies;
  },
};

const exportCommand: Command = {
  name: 'export',
  aliases: ['導出', '导出', '匯出'],
  help: 'help.export',
  visibleTo: ['member', 'secretary', 'official', 'admin'],
  async run(ctx, args) {
    const request = await readRequest(ctx, args);
    if (Array.isArray(request)) return request;
    const { actor, inbound } = ctx;
    const { data, leads, events } = await exportWorkbook(ctx.trx, request.period, request.scope, {
      lang: ctx.lang,
      timeZone: ctx.deps.timezone,
      now: ctx.now,
      // A file posted in a group is read by the whole group: the group's view, whoever asked.
      contactView: (chamberId) => contactViewOf(actor, inbound.chat.type, chamberId),
    });
    const period = periodLabel(request.period, ctx.lang);
    const name = `${ctx.t('export.fileName')}-${request.period.from}_${request.period.to}.xlsx`;
    return [
      {
        text: ctx.t('export.caption', { period, from: request.period.from, to: request.period.to, leads, events }),
        file: { name, data, mime: XLSX_MIME },
      },
    ];
  },
};

const rankCommand: Command = {
  name: 'rank',
  aliases: ['排行', '排行榜', '排名'],
  help: 'help.rank',
  visibleTo: ['member', 'secretary', 'official', 'admin'],
  async run(ctx, args) {
    const request = await readRequest(ctx, args);
    if (Array.isArray(request)) return request;
    const ranking = await rank(ctx.trx, request.period, request.scope, ctx.deps.timezone);
    return [{ text: rankingText(ranking, periodLabel(request.period, ctx.lang), ctx.lang) }];
  },
};

export const summaries: Feature = {
  commands: [summary, exportCommand, rankCommand],
};
