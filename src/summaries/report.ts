import type { Db } from '../db/database.ts';
import { previousPeriod, yearBefore, type Period } from '../domain/periods.ts';
import type { Funnel } from './figures.ts';
import { summarize, totalFunnel, type FigureOptions, type Scope, type Summary } from './summary.ts';

/**
 * Everything /summary and /export show for a period: the figures, the same figures for the
 * previous period (環比) and for a year before (同比), and the funnel.
 */
export interface SummaryReport {
  period: Period;
  previous: Period;
  yearAgo: Period;
  /** For a year, the previous period is the year before: the two comparisons are one. */
  sameComparison: boolean;
  /** True when every chamber is in scope: the total is the city's. */
  city: boolean;
  current: Summary;
  /** The previous period (環比). */
  before: Summary;
  /** The same period a year before (同比). */
  lastYear: Summary;
  funnel: Funnel;
  chamberFunnels: Map<number, Funnel>;
}

export async function buildSummaryReport(
  db: Db,
  period: Period,
  scope: Scope,
  timeZone: string,
  options: Pick<FigureOptions, 'source'> = {},
): Promise<SummaryReport> {
  const previous = previousPeriod(period);
  const yearAgo = yearBefore(period);
  const sameComparison = previous.from === yearAgo.from && previous.to === yearAgo.to;
  const chamberFunnels = new Map<number, Funnel>();
  const [current, before, lastYear] = await Promise.all([
    summarize(db, period, scope, timeZone, { ...options, funnels: chamberFunnels }),
    summarize(db, previous, scope, timeZone, options),
    sameComparison ? null : summarize(db, yearAgo, scope, timeZone, options),
  ]);
  return {
    period,
    previous,
    yearAgo,
    sameComparison,
    city: scope === 'all',
    current,
    before,
    lastYear: lastYear ?? before,
    funnel: totalFunnel([...chamberFunnels.values()]),
    chamberFunnels,
  };
}
