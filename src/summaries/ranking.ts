import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { rankChambers, summarize, windowInstants, type DateWindow, type Scope, type Summary } from './summary.ts';

/**
 * Who brought the most in a period: chambers and members, by signed projects, signed
 * investment and funds in place. A lead's credit goes to its first reporter, never to
 * whoever changed it later, so good work is rewarded where it started.
 */

export interface RankedMember {
  memberId: number;
  name: string;
  chamberId: number | null;
  chamber: string | null;
  signedProjects: number;
  signedInvestmentYuan: number;
  fundsInPlaceYuan: number;
}

export interface RankedChamber {
  chamberId: number;
  chamber: string;
  signedProjects: number;
  signedInvestmentYuan: number;
  fundsInPlaceYuan: number;
}

export interface Ranking {
  from: string;
  to: string;
  chambers: RankedChamber[];
  members: RankedMember[];
}

function byContribution<T extends { signedInvestmentYuan: number; signedProjects: number; fundsInPlaceYuan: number }>(a: T, b: T) {
  return b.signedInvestmentYuan - a.signedInvestmentYuan || b.signedProjects - a.signedProjects || b.fundsInPlaceYuan - a.fundsInPlaceYuan;
}

/** The chambers that signed or brought funds in a period's summary, best first. */
export function rankedChambers(summary: Summary): RankedChamber[] {
  return rankChambers(summary.chambers)
    .filter((c) => c.signedProjects > 0 || c.fundsInPlaceYuan !== 0)
    .map(({ chamberId, chamber, signedProjects, signedInvestmentYuan, fundsInPlaceYuan }) => ({
      chamberId,
      chamber,
      signedProjects,
      signedInvestmentYuan,
      fundsInPlaceYuan,
    }));
}

export async function rank(db: Db, window: DateWindow, scope: Scope, timeZone: string, limit = 10): Promise<Ranking> {
  const chambers = rankedChambers(await summarize(db, window, scope, timeZone));

  const members = new Map<number, RankedMember>();
  if (scope === 'all' || scope.length > 0) {
    const { start, end } = windowInstants(window, timeZone);
    const scoped = scope === 'all' ? sql`true` : sql`l.chamber_id in (${sql.join(scope)})`;
    const signed = await sql<{ reporter_id: number; signed: number; investment: number }>`
      select l.reporter_id, count(*)::int as signed, coalesce(sum(l.investment_yuan), 0) as investment
      from leads l
      where l.reporter_id is not null and l.signed_at >= ${start} and l.signed_at < ${end} and l.stage <> 'dropped' and ${scoped}
      group by l.reporter_id`.execute(db);
    const funds = await sql<{ reporter_id: number; funds: number }>`
      select l.reporter_id, sum(h.funds_delta_yuan) as funds
      from lead_history h join leads l on l.id = h.lead_id
      where l.reporter_id is not null and h.funds_delta_yuan <> 0 and h.at >= ${start} and h.at < ${end} and ${scoped}
      group by l.reporter_id`.execute(db);
    const entry = (id: number) => {
      let member = members.get(id);
      if (!member) {
        member = { memberId: id, name: '', chamberId: null, chamber: null, signedProjects: 0, signedInvestmentYuan: 0, fundsInPlaceYuan: 0 };
        members.set(id, member);
      }
      return member;
    };
    for (const row of signed.rows) Object.assign(entry(row.reporter_id), { signedProjects: row.signed, signedInvestmentYuan: Number(row.investment) });
    for (const row of funds.rows) entry(row.reporter_id).fundsInPlaceYuan = Number(row.funds);
    if (members.size > 0) {
      const names = await db
        .selectFrom('members')
        .leftJoin('chambers', 'chambers.id', 'members.chamber_id')
        .select(['members.id', 'members.display_name', 'members.chamber_id', 'chambers.name as chamber'])
        .where('members.id', 'in', [...members.keys()])
        .execute();
      for (const row of names) Object.assign(entry(row.id), { name: row.display_name, chamberId: row.chamber_id, chamber: row.chamber });
    }
  }
  const rankedMembers = [...members.values()]
    .filter((m) => m.signedProjects > 0 || m.fundsInPlaceYuan > 0)
    .sort((a, b) => byContribution(a, b) || a.name.localeCompare(b.name, 'zh-Hans-CN'))
    .slice(0, limit);
  return { from: window.from, to: window.to, chambers, members: rankedMembers };
}
