import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ChamberEvent, Lead } from '../db/schema.ts';
import { factsOfLead, fundsDelta, keysAfter, LEAD_COLUMNS, type LeadField } from './lead-records.ts';
import type { DraftFields } from '../domain/draft-fields.ts';
import { jsonb } from '../db/json.ts';
import { DUPLICATE_KEYS_VERSION, duplicateKeys } from '../domain/duplicates.ts';

/**
 * Corrections after Save: a lead's fields changed with their old and new values in its history,
 * an event's fields changed in place, and a lead made by mistake deleted and restored. Callers
 * authorise and validate first.
 */

export interface FieldChange<F extends string = string> {
  field: F;
  from: unknown;
  to: unknown;
}

/** The changes that really change something: the same value typed again is not an edit. */
function changesOf<F extends string>(current: Record<F, unknown>, wanted: Partial<Record<F, unknown>>): FieldChange<F>[] {
  return (Object.entries(wanted) as [F, unknown][])
    .filter(([field, to]) => to !== undefined && current[field] !== to)
    .map(([field, to]) => ({ field, from: current[field], to }));
}

const leadValues = (lead: Lead): Record<LeadField, unknown> =>
  Object.fromEntries(Object.entries(LEAD_COLUMNS).map(([field, column]) => [field, lead[column]])) as Record<LeadField, unknown>;

/** Applies the changes, with one history entry holding each field's new and previous value. */
export async function editLead(trx: Db, lead: Lead, wanted: Partial<Pick<DraftFields, LeadField>>, by: number, at: Date): Promise<FieldChange<LeadField>[]> {
  const changes = changesOf(leadValues(lead), wanted);
  if (changes.length === 0) return [];
  const set: Record<string, unknown> = { updated_at: at };
  for (const { field, to } of changes) set[LEAD_COLUMNS[field]] = to;
  Object.assign(set, keysAfter(lead, set));
  await trx.updateTable('leads').set(set).where('id', '=', lead.id).execute();
  const funds = changes.find((c) => c.field === 'fundsInPlaceYuan');
  await trx
    .insertInto('lead_history')
    .values({
      lead_id: lead.id,
      member_id: by,
      at,
      action: 'edited',
      changes: jsonb({
        ...Object.fromEntries(changes.map((c) => [c.field, c.to])),
        previous: Object.fromEntries(changes.map((c) => [c.field, c.from])),
      }),
      funds_delta_yuan: funds ? fundsDelta(lead, (funds.to as number | undefined) ?? 0) : 0,
    })
    .execute();
  return changes;
}

/** The events column of each field an event keeps. */
export const EVENT_COLUMNS = {
  eventType: 'event_type',
  date: 'held_on',
  location: 'location',
  invitedEnterprises: 'invited_enterprises',
  signedProjects: 'signed_projects',
  investmentYuan: 'investment_yuan',
} as const;
export type EventField = keyof typeof EVENT_COLUMNS;

export function eventValues(event: ChamberEvent): Record<EventField, unknown> {
  return Object.fromEntries(Object.entries(EVENT_COLUMNS).map(([field, column]) => [field, event[column]])) as Record<EventField, unknown>;
}

export async function editEvent(trx: Db, event: ChamberEvent, wanted: Partial<Pick<DraftFields, EventField>>): Promise<FieldChange<EventField>[]> {
  const changes = changesOf(eventValues(event), wanted);
  if (changes.length === 0) return [];
  const set: Record<string, unknown> = {};
  for (const { field, to } of changes) set[EVENT_COLUMNS[field]] = to;
  await trx.updateTable('events').set(set).where('id', '=', event.id).execute();
  return changes;
}

/**
 * Moves the lead and every row that hangs on it into deleted_leads: the figures, lists and
 * reminders all read the leads table, and its rollup triggers subtract the lead as it goes.
 */
export async function deleteLead(trx: Db, lead: Lead, by: number, at: Date): Promise<void> {
  await sql`
    insert into deleted_leads (lead_id, chamber_id, deleted_by, deleted_at, lead, history, follow_ups, reminder_events, co_reporters)
    select l.id, l.chamber_id, ${by}, ${at}, to_jsonb(l),
      coalesce((select jsonb_agg(to_jsonb(h) order by h.id) from lead_history h where h.lead_id = l.id), '[]'),
      coalesce((select jsonb_agg(to_jsonb(f) order by f.id) from follow_ups f where f.lead_id = l.id), '[]'),
      coalesce((select jsonb_agg(to_jsonb(r) order by r.id) from reminder_events r where r.lead_id = l.id), '[]'),
      coalesce((select jsonb_agg(to_jsonb(c)) from lead_co_reporters c where c.lead_id = l.id), '[]')
    from leads l where l.id = ${lead.id}`.execute(trx);
  for (const table of ['reminder_events', 'follow_ups', 'lead_history', 'lead_co_reporters'] as const) {
    await trx.deleteFrom(table).where('lead_id', '=', lead.id).execute();
  }
  await trx.deleteFrom('leads').where('id', '=', lead.id).execute();
}

export async function lockDeletedLead(trx: Db, id: number) {
  return trx.selectFrom('deleted_leads').selectAll().where('lead_id', '=', id).forUpdate().executeTakeFirst();
}

/** Puts the rows back as they were, then the deletion and the restore as two steps of the history. */
export async function restoreLead(trx: Db, id: number, by: number, at: Date): Promise<Lead | undefined> {
  const deleted = await lockDeletedLead(trx, id);
  if (!deleted) return undefined;
  await sql`insert into leads select * from jsonb_populate_record(null::leads, ${jsonb(deleted.lead)}::jsonb)`.execute(trx);
  await sql`insert into lead_history select * from jsonb_populate_recordset(null::lead_history, ${jsonb(deleted.history)}::jsonb)`.execute(trx);
  await sql`insert into follow_ups select * from jsonb_populate_recordset(null::follow_ups, ${jsonb(deleted.follow_ups)}::jsonb)`.execute(trx);
  await sql`insert into reminder_events select * from jsonb_populate_recordset(null::reminder_events, ${jsonb(deleted.reminder_events)}::jsonb)`.execute(trx);
  await sql`insert into lead_co_reporters select * from jsonb_populate_recordset(null::lead_co_reporters, ${jsonb(deleted.co_reporters)}::jsonb)`.execute(trx);
  await trx
    .insertInto('lead_history')
    .values([
      { lead_id: id, member_id: deleted.deleted_by, at: deleted.deleted_at, action: 'deleted' },
      { lead_id: id, member_id: by, at, action: 'restored' },
    ])
    .execute();
  await trx.deleteFrom('deleted_leads').where('lead_id', '=', id).execute();
  const lead = await trx.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirst();
  // Deleted under an older key rule (or before leads had keys): keyed now, so it is found again.
  if (!lead || lead.keys_version === DUPLICATE_KEYS_VERSION) return lead;
  return trx
    .updateTable('leads')
    .set(duplicateKeys(factsOfLead(lead)))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}
