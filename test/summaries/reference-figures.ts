import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';
import { emptyFigures, type Figures, type Funnel } from '../../src/summaries/figures.ts';
import { inScope, windowInstants, type DateWindow, type FigureOptions, type Scope } from '../../src/summaries/summary.ts';

/**
 * The counting rules of docs/summaries.md said once more, in SQL over the tables themselves:
 * not a source of the figures (the rollup's triggers are, src/summaries/rollup.ts) but the
 * reference the tests hold the rollup to, through summarize's `source` option.
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
        group by chamber_id`
        .execute(db)
        .then(({ rows }) => {
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
        group by chamber_id`
        .execute(db)
        .then(({ rows }) => {
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
        group by chamber_id`
        .execute(db)
        .then(({ rows }) => {
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
        group by chamber_id`
        .execute(db)
        .then(({ rows }) => {
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
        group by chamber_id`
        .execute(db)
        .then(({ rows }) => {
          for (const row of rows) at(row.chamber_id).fundsInPlaceYuan = Number(row.funds);
        }),
    );
  }

  await Promise.all(queries);
  return result;
}
