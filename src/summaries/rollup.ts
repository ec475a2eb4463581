import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { emptyFigures, type Figures, type Funnel } from './figures.ts';
import { inScope, type DateWindow, type FigureOptions, type Scope } from './summary.ts';

/**
 * The daily rollup (report_daily, migrations/0004_reports.ts): every figure per chamber and
 * local day, kept by triggers in the same transaction as each write to leads, lead_history
 * and events, so a summary of any period sums at most a row per chamber and day (a year of
 * 25 chambers: 9,125 rows) instead of every lead. Its days are dates in one time zone; when
 * the bot's is another, or the rollup was never built, it is rebuilt from the tables first.
 */

/** Makes the rollup's days those of `timeZone`, rebuilding it when they are not. */
export async function ensureRollup(db: Db, timeZone: string): Promise<void> {
  const { rows } = await sql<{ time_zone: string }>`select time_zone from report_rollup_settings`.execute(db);
  if (rows[0]?.time_zone === timeZone) return;
  await sql`select report_rollup_rebuild(${timeZone})`.execute(db);
}

interface RollupRow extends Funnel {
  chamber_id: number;
  negotiations: number;
  promotions: number;
  visits: number;
  invited: number;
  signed_projects: number;
  investment: number;
  jobs: number;
  area: number;
  landed_projects: number;
  funds: number;
}

export async function figuresFromRollup(
  db: Db,
  window: DateWindow,
  scope: Scope,
  timeZone: string,
  options: FigureOptions = {},
): Promise<Map<number, Figures>> {
  const result = new Map<number, Figures>();
  if (scope !== 'all' && scope.length === 0) return result;
  await ensureRollup(db, timeZone);
  const { rows } = await sql<RollupRow>`
    select chamber_id,
      sum(negotiations)::int as negotiations, sum(promotions)::int as promotions, sum(visits)::int as visits,
      sum(invited)::int8 as invited,
      sum(new_leads)::int as reported, sum(reached_negotiating)::int as negotiating, sum(reached_signed)::int as signed,
      sum(reached_landed)::int as landed, sum(dropped)::int as dropped,
      sum(signed)::int as signed_projects, sum(signed_investment)::int8 as investment, sum(signed_jobs)::int8 as jobs,
      sum(signed_area) as area, sum(landed)::int as landed_projects, sum(funds)::int8 as funds
    from report_daily
    where day between ${window.from}::date and ${window.to}::date and ${inScope(sql.ref('chamber_id'), scope)}
    group by chamber_id`.execute(db);
  for (const row of rows) {
    const figures: Figures = {
      ...emptyFigures(),
      negotiations: row.negotiations,
      promotions: row.promotions,
      visits: row.visits,
      invitedEnterprises: Number(row.invited),
      newLeads: row.reported,
      signedProjects: row.signed_projects,
      signedInvestmentYuan: Number(row.investment),
      fundsInPlaceYuan: Number(row.funds),
      landedProjects: row.landed_projects,
      jobs: Number(row.jobs),
      areaMu: Number(row.area),
    };
    result.set(row.chamber_id, figures);
    options.funnels?.set(row.chamber_id, {
      reported: row.reported,
      negotiating: row.negotiating,
      signed: row.signed,
      landed: row.landed,
      dropped: row.dropped,
    });
  }
  for (const row of await onSiteSignings(db, window, scope)) {
    const figures = result.get(row.chamber_id) ?? emptyFigures();
    figures.onSiteSignings = Number(row.on_site);
    result.set(row.chamber_id, figures);
  }
  return result;
}

/**
 * The projects signed on site at the period's events. Read from events themselves rather than
 * the rollup: a period holds a few hundred events at most (the events_held_on index covers the
 * range), and the rollup's triggers stay as migrations/0004_reports.ts froze them.
 */
async function onSiteSignings(db: Db, window: DateWindow, scope: Scope): Promise<{ chamber_id: number; on_site: number }[]> {
  const { rows } = await sql<{ chamber_id: number; on_site: number }>`
    select chamber_id, sum(signed_projects)::int8 as on_site
    from events
    where held_on between ${window.from}::date and ${window.to}::date and signed_projects > 0
      and ${inScope(sql.ref('chamber_id'), scope)}
    group by chamber_id`.execute(db);
  return rows;
}
