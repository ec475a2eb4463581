import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.ts';
import { addDays, startOfLocalDay } from '../domain/calendar.ts';
import { figuresFromRollup } from './rollup.ts';
import { addFunnel, emptyFigures, emptyFunnel, sumFigures, type Figures, type Funnel } from './figures.ts';

/**
 * The summaries: every figure of docs/summaries.md, per chamber, for a period of local dates
 * (both ends included), ranked. Where each counting rule is computed, one place each:
 *
 * - negotiations, promotions, visits, invitedEnterprises: trigger report_event
 *   (migrations/0004_reports.ts), by event type and held_on;
 * - newLeads and the funnel, signedProjects, signedInvestmentYuan (億元 is only how
 *   domain/amounts.ts shows it), jobs, areaMu, landedProjects: trigger report_lead (0004), on
 *   the local days of reported_at, signed_at and landed_at, nothing signed or landed for a lead
 *   dropped now;
 * - fundsInPlaceYuan: trigger report_history_changed (0004), the funds_delta_yuan of
 *   lead_history on the day recorded (its chamber set by lead_history_set_chamber, 0007);
 * - onSiteSignings: rollup.ts, from events directly (not in the frozen rollup).
 *
 * The triggers keep report_daily; rollup.ts sums it. The members' ranking (ranking.ts) applies
 * the signed and funds rules per reporter from the tables, as no trigger keeps them per member.
 * The tests hold the rollup to the same rules written as plain queries
 * (test/summaries/reference-figures.ts).
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

/** Figures per chamber id for a window, for the chambers that have any (the others are all zero). */
export type FiguresSource = (db: Db, window: DateWindow, scope: Scope, timeZone: string, options?: FigureOptions) => Promise<Map<number, Figures>>;

export interface FigureOptions {
  /** Filled with each chamber's funnel, read with the figures. */
  funnels?: Map<number, Funnel>;
  /**
   * Where the figures come from: the daily rollup the triggers keep (rollup.ts), the one source
   * of the counting rules. The tests pass the reference queries (test/summaries/reference-figures.ts),
   * which count the same rules from the tables themselves, to check the rollup against them.
   */
  source?: FiguresSource;
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
  const figures = options.source ?? figuresFromRollup;
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
  const figures = options.source ?? figuresFromRollup;
  await figures(db, window, scope, timeZone, { funnels });
  return [...funnels].map(([chamberId, funnel]) => ({ chamberId, ...funnel }));
}

export function totalFunnel(rows: Funnel[]): Funnel {
  return rows.reduce((total, row) => addFunnel(total, row), emptyFunnel());
}
