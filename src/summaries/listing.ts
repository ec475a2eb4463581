import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { EventType, Stage } from '../domain/report.ts';
import { windowInstants, type DateWindow, type Scope } from './summary.ts';

/**
 * The leads and events behind a period's figures, for the workbook: every lead that counts
 * in any figure of the period (reported, signed, landed, dropped or given funds in it) and
 * every event held in it.
 */

export interface ListedLead {
  id: number;
  chamberId: number;
  chamber: string;
  project: string | null;
  company: string | null;
  stage: Stage;
  investmentYuan: number | null;
  fundsInPlaceYuan: number | null;
  areaMu: number | null;
  jobs: number | null;
  taxYuan: number | null;
  reportedAt: Date;
  negotiatingAt: Date | null;
  signedAt: Date | null;
  landedAt: Date | null;
  droppedAt: Date | null;
  contact: string | null;
  contactPhone: string | null;
  location: string | null;
  industry: string | null;
  owner: string | null;
  reporter: string | null;
  /** Every recorded change of funds in place, in order. */
  funds: { at: Date; deltaYuan: number }[];
}

export interface ListedEvent {
  id: number;
  chamberId: number;
  chamber: string;
  heldOn: string;
  eventType: EventType;
  location: string | null;
  invitedEnterprises: number | null;
  signedProjects: number | null;
  note: string | null;
}

interface LeadRow {
  id: number;
  chamber_id: number;
  chamber: string;
  project: string | null;
  company: string | null;
  stage: Stage;
  investment_yuan: number | null;
  funds_in_place_yuan: number | null;
  area_mu: number | null;
  jobs: number | null;
  tax_yuan: number | null;
  reported_at: Date | string;
  negotiating_at: Date | string | null;
  signed_at: Date | string | null;
  landed_at: Date | string | null;
  dropped_at: Date | string | null;
  contact: string | null;
  contact_phone: string | null;
  location: string | null;
  industry: string | null;
  owner: string | null;
  reporter: string | null;
}

const asDate = (value: Date | string | null): Date | null => (value === null ? null : value instanceof Date ? value : new Date(value));

export async function leadsOfPeriod(db: Db, window: DateWindow, scope: Scope, timeZone: string): Promise<ListedLead[]> {
  if (scope !== 'all' && scope.length === 0) return [];
  const { start, end } = windowInstants(window, timeZone);
  const inWindow = (column: string) => sql`(${sql.ref(column)} >= ${start} and ${sql.ref(column)} < ${end})`;
  const scoped = scope === 'all' ? sql`true` : sql`l.chamber_id in (${sql.join(scope)})`;
  // The leads behind any figure of the window, each kind found through its own index …
  const found = await sql<{ id: number }>`
    select id from leads where ${inWindow('reported_at')}
    union select id from leads where ${inWindow('signed_at')}
    union select id from leads where ${inWindow('landed_at')}
    union select id from leads where ${inWindow('dropped_at')}
    union select lead_id from lead_history where funds_delta_yuan <> 0 and ${inWindow('at')}`.execute(db);
  if (found.rows.length === 0) return [];
  const ids = found.rows.map((r) => r.id);
  // … then read once, with every recorded change of their funds in place.
  const result = await sql<LeadRow>`
    select l.id, l.chamber_id, c.name as chamber, l.project, l.company, l.stage, l.investment_yuan, l.funds_in_place_yuan,
      l.area_mu, l.jobs, l.tax_yuan, l.reported_at, l.negotiating_at, l.signed_at, l.landed_at, l.dropped_at, l.contact,
      l.contact_phone, l.location, l.industry, o.display_name as owner, r.display_name as reporter
    from leads l
    join chambers c on c.id = l.chamber_id
    left join members r on r.id = l.reporter_id
    left join members o on o.id = l.owner_id
    where l.id = any(${ids}::int[]) and ${scoped}
    order by l.reported_at, l.id`.execute(db);
  const funds = await sql<{ lead_id: number; at: Date | string; funds_delta_yuan: number }>`
    select lead_id, at, funds_delta_yuan from lead_history
    where funds_delta_yuan <> 0 and lead_id = any(${ids}::int[])
    order by at, id`.execute(db);
  const fundsOf = new Map<number, { at: Date; deltaYuan: number }[]>();
  for (const row of funds.rows) {
    let list = fundsOf.get(row.lead_id);
    if (!list) fundsOf.set(row.lead_id, (list = []));
    list.push({ at: asDate(row.at)!, deltaYuan: Number(row.funds_delta_yuan) });
  }
  return result.rows.map((row) => {
    return {
      id: row.id,
      chamberId: row.chamber_id,
      chamber: row.chamber,
      project: row.project,
      company: row.company,
      stage: row.stage,
      investmentYuan: row.investment_yuan,
      fundsInPlaceYuan: row.funds_in_place_yuan,
      areaMu: row.area_mu,
      jobs: row.jobs,
      taxYuan: row.tax_yuan,
      reportedAt: asDate(row.reported_at)!,
      negotiatingAt: asDate(row.negotiating_at),
      signedAt: asDate(row.signed_at),
      landedAt: asDate(row.landed_at),
      droppedAt: asDate(row.dropped_at),
      contact: row.contact,
      contactPhone: row.contact_phone,
      location: row.location,
      industry: row.industry,
      owner: row.owner,
      reporter: row.reporter,
      funds: fundsOf.get(row.id) ?? [],
    };
  });
}

export async function eventsOfPeriod(db: Db, window: DateWindow, scope: Scope): Promise<ListedEvent[]> {
  if (scope !== 'all' && scope.length === 0) return [];
  let query = db
    .selectFrom('events')
    .innerJoin('chambers', 'chambers.id', 'events.chamber_id')
    .select([
      'events.id',
      'events.chamber_id',
      'chambers.name as chamber',
      'events.held_on',
      'events.event_type',
      'events.location',
      'events.invited_enterprises',
      'events.signed_projects',
      'events.note',
      'events.raw_text',
    ])
    .where('events.held_on', '>=', window.from)
    .where('events.held_on', '<=', window.to);
  if (scope !== 'all') query = query.where('events.chamber_id', 'in', scope as number[]);
  const rows = await query.orderBy('events.held_on').orderBy('events.id').execute();
  return rows.map((row) => ({
    id: row.id,
    chamberId: row.chamber_id,
    chamber: row.chamber,
    heldOn: row.held_on,
    eventType: row.event_type,
    location: row.location,
    invitedEnterprises: row.invited_enterprises,
    signedProjects: row.signed_projects,
    note: row.note ?? row.raw_text.slice(0, 500),
  }));
}
