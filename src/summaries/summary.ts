import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.ts';
import { addDays, startOfLocalDay } from '../domain/calendar.ts';
import { figuresFromRollup } from './rollup.ts';
import {
  addFunnel,
  emptyFigures,
  emptyFunnel,
  sumFigures,
  type Figures,
  type Funnel,
} from './figures.ts';

/**
 * The summary queries: every figure of docs/summaries.md, per chamber, for a period of
 * local dates (both ends included). Each figure is one aggregate over an indexed range
 * (migrations/0004_reports.ts), so a year of a million leads stays well under 100 ms.
 */

/** Local dates, both ends included. */
export interface DateWindow {
  from: string;
  to: string;
}

/** Which chambers: all of them, or these ids (possibly none). */
export type Scope = 'all' | readonly number[];

export interface ChamberFigures extends Figures {
  chamberId: number;
  chamber: string;
}

export interface Summary {
  from: string;
  to: string;
  total: Figures;
  /** Every chamber in scope, ranked (see rankChambers), including those with nothing to show. */
  chambers: ChamberFigures[];
}

export interface ChamberFunnel extends Funnel {
  chamberId: number;
}

/** The instants a window of local dates starts and ends (end excluded) in a time zone. */
export function windowInstants(window: DateWindow, timeZone: string): { start: Date; end: Date } {
  return { start: startOfLocalDay(window.from, timeZone), end: startOfLocalDay(addDays(window.to, 1), timeZone) };
}

export function inScope(column: RawBuilder<unknown>, scope: Scope): RawBuilder<unknown> {
  return scope === 'all' ? sql`true` : sql`${column} in (${sql.join(scope)})`;
}

export interface ChamberInfo {
  id: number;
  name: string;
  level: 'city' | 'county';
  status: 'active' | 'preparing';
}

export async function chambersIn(db: Db, scope: Scope): Promise<ChamberInfo[]> {
  if (scope !== 'all' && scope.length === 0) return [];
  let query = db.selectFrom('chambers').select(['id', 'name', 'level', 'status']);
  if (scope !== 'all') query = query.where('id', 'in', scope as number[]);
  return query.orderBy('id').execute();
}

export interface FigureOptions {
  /** Filled with each chamber's funnel, read with the figures. */
  funnels?: Map<number, Funnel>;
  /**
   * Where the figures come from: the daily rollup (the default, kept by triggers: see
   * rollup.ts), or the tables themselves, by the queries below, which say the counting rules
   * in SQL and against which the rollup is tested.
   */
  source?: 'rollup' | 'tables';
}

/**
 * Figures per chamber id, for the chambers that have any (the others are all zero), counted
 * from the tables themselves: the reference for every rule of docs/summaries.md.
 */
export async function figuresFromTables(
  db: Db,
  window: DateWindow,
  scope: Scope,
  timeZone: string,
  options: FigureOptions = {},
): Promise<Map<number, Figures>> {
  const result = new Map<number, Figures>();
  if (scope !== 'all' && scope.length === 0) return result;
  const { start, end } = windowInstants(window, timeZone);
  const at = (id: number) => {
    let figures = result.get(id);
    if (!figures) result.set(id, (figures = emptyFigures()));
    return figures;
  };
  const scoped = inScope(sql.ref('chamber_id'), scope);
  const queries: Promise<void>[] = [];

  {
    queries.push(
      sql<{ chamber_id: number; negotiations: number; promotions: number; visits: number; invited: number; on_site: number }>`
        select chamber_id,
          count(*) filter (where event_type = 'negotiation')::int as negotiations,
          count(*) filter (where event_type = 'promotion')::int as promotions,
          count(*) filter (where event_type = 'visit')::int as visits,
          coalesce(sum(invited_enterprises), 0)::int8 as invited,
          coalesce(sum(signed_projects), 0)::int8 as on_site
        from events
        where held_on between ${window.from}::date and ${window.to}::date and ${scoped}
        group by chamber_id`.execute(db).then(({ rows }) => {
        for (const row of rows) {
          Object.assign(at(row.chamber_id), {
            negotiations: row.negotiations,
            promotions: row.promotions,
            visits: row.visits,
            invitedEnterprises: Number(row.invited),
            onSiteSignings: Number(row.on_site),
          });
        }
      }),
    );
  }

  {
    // The funnel of the period's new leads comes from the same index-only scan.
    queries.push(
      sql<{ chamber_id: number } & Funnel>`
        select chamber_id,
          count(*)::int as reported,
          count(negotiating_at)::int as negotiating,
          count(signed_at)::int as signed,
          count(landed_at)::int as landed,
          count(*) filter (where stage = 'dropped')::int as dropped
        from leads
        where reported_at >= ${start} and reported_at < ${end} and ${scoped}
        group by chamber_id`.execute(db).then(({ rows }) => {
        for (const { chamber_id, ...funnel } of rows) {
          at(chamber_id).newLeads = funnel.reported;
          options.funnels?.set(chamber_id, funnel);
        }
      }),
    );
  }

  {
    // A lead that is dropped now counts in none of the signed or landed figures, whenever it was signed.
    queries.push(
      sql<{ chamber_id: number; signed: number; investment: number; jobs: number; area: number }>`
        select chamber_id,
          count(*)::int as signed,
          coalesce(sum(investment_yuan), 0) as investment,
          coalesce(sum(jobs), 0)::int8 as jobs,
          coalesce(sum(area_mu), 0) as area
        from leads
        where signed_at >= ${start} and signed_at < ${end} and stage <> 'dropped' and ${scoped}
        group by chamber_id`.execute(db).then(({ rows }) => {
        for (const row of rows) {
          Object.assign(at(row.chamber_id), {
            signedProjects: row.signed,
            signedInvestmentYuan: Number(row.investment),
            jobs: Number(row.jobs),
            areaMu: Number(row.area),
          });
        }
      }),
    );
  }

  {
    queries.push(
      sql<{ chamber_id: number; landed: number }>`
        select chamber_id, count(*)::int as landed
        from leads
        where landed_at >= ${start} and landed_at < ${end} and stage <> 'dropped' and ${scoped}
        group by chamber_id`.execute(db).then(({ rows }) => {
        for (const row of rows) at(row.chamber_id).landedProjects = row.landed;
      }),
    );
  }

  {
    // Funds in place by their recorded increases, so money is counted once however often it is updated.
    queries.push(
      sql<{ chamber_id: number; funds: number }>`
        select chamber_id, coalesce(sum(funds_delta_yuan), 0) as funds
        from lead_history
        where funds_delta_yuan <> 0 and at >= ${start} and at < ${end} and ${scoped}
        group by chamber_id`.execute(db).then(({ rows }) => {
        for (const row of rows) at(row.chamber_id).fundsInPlaceYuan = Number(row.funds);
      }),
    );
  }

  await Promise.all(queries);
  return result;
}

/** Chambers ranked by signed investment, then signed projects, then events held, then name. */
export function rankChambers<T extends ChamberFigures>(rows: T[]): T[] {
  const activity = (f: Figures) => f.negotiations + f.promotions + f.visits;
  return [...rows].sort(
    (a, b) =>
      b.signedInvestmentYuan - a.signedInvestmentYuan ||
      b.signedProjects - a.signedProjects ||
      b.fundsInPlaceYuan - a.fundsInPlaceYuan ||
      activity(b) - activity(a) ||
      b.newLeads - a.newLeads ||
      a.chamber.localeCompare(b.chamber, 'zh-Hans-CN'),
  );
}

/** The city total and a ranked row per chamber in scope. */
export async function summarize(db: Db, window: DateWindow, scope: Scope, timeZone: string, options: FigureOptions = {}): Promise<Summary> {
  const figures = options.source === 'tables' ? figuresFromTables : figuresFromRollup;
  const [chambers, byChamber] = await Promise.all([chambersIn(db, scope), figures(db, window, scope, timeZone, options)]);
  const rows = chambers.map((c) => ({ chamberId: c.id, chamber: c.name, ...(byChamber.get(c.id) ?? emptyFigures()) }));
  return { from: window.from, to: window.to, total: sumFigures(rows), chambers: rankChambers(rows) };
}

/**
 * The funnel of a period: the leads first reported in it, and how many of them have reached
 * negotiating (or a later stage), signed (or later) and landed by now; `dropped` says how
 * many of them are dropped now. A lead that skipped a stage has passed it.
 */
export async function funnelByChamber(
  db: Db,
  window: DateWindow,
  scope: Scope,
  timeZone: string,
  options: Pick<FigureOptions, 'source'> = {},
): Promise<ChamberFunnel[]> {
  const funnels = new Map<number, Funnel>();
  const figures = options.source === 'tables' ? figuresFromTables : figuresFromRollup;
  await figures(db, window, scope, timeZone, { funnels });
  return [...funnels].map(([chamberId, funnel]) => ({ chamberId, ...funnel }));
}

export function totalFunnel(rows: Funnel[]): Funnel {
  return rows.reduce((total, row) => addFunnel(total, row), emptyFunnel());
}
