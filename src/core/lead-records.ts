import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Lead, LeadHistoryAction } from '../db/schema.ts';
import type { Stage } from '../domain/report.ts';
import type { DraftFields } from '../domain/draft-fields.ts';
import { jsonb } from '../db/json.ts';
import { duplicateKeys, type DuplicateFacts, type DuplicateKeys } from '../domain/duplicates.ts';

/**
 * The writes that change a lead, each with its history entry in the same transaction, so a
 * lead's history is complete by construction. Callers authorise first.
 */

export interface NewLeadInput {
  /** An id reserved from the leads sequence beforehand (a draft's claim); otherwise the next one. */
  id?: number;
  chamberId: number;
  reporterId: number | null;
  ownerId?: number | null;
  fields: DraftFields;
  stage: Stage;
  rawText: string;
  reportedAt: Date;
  /** Stage dates for imported history; otherwise derived from the stage and reportedAt. */
  signedAt?: Date | null;
  landedAt?: Date | null;
  importKey?: string;
  action?: Extract<LeadHistoryAction, 'reported' | 'imported'>;
}

/** The names a lead is matched on as a duplicate. */
export const factsOfLead = (lead: Pick<Lead, 'company' | 'project' | 'contact_phone'>): DuplicateFacts => ({
  company: lead.company,
  project: lead.project,
  contactPhone: lead.contact_phone,
});

/**
 * The duplicate keys a change of names makes, as columns to set with it, or nothing when the
 * change leaves the company, project and phone as they were.
 */
export function keysAfter(lead: Lead, set: Record<string, unknown>): Partial<DuplicateKeys> {
  if (!('company' in set) && !('project' in set) && !('contact_phone' in set)) return {};
  const value = (column: 'company' | 'project' | 'contact_phone') => (column in set ? (set[column] as string | null) : lead[column]);
  return duplicateKeys({ company: value('company'), project: value('project'), contactPhone: value('contact_phone') });
}

const reaches = (stage: Stage, target: 'signed' | 'landed') => (target === 'signed' ? stage === 'signed' || stage === 'landed' : stage === 'landed');

/**
 * The lead and its first history entry, in one statement: a Save costs one round trip, and
 * the two exist together or not at all, even outside a transaction.
 */
export async function insertLead(trx: Db, input: NewLeadInput): Promise<Lead> {
  const { fields, stage, reportedAt } = input;
  return trx
    .with('lead', (db) =>
      db
        .insertInto('leads')
        .values({
          ...(input.id !== undefined ? { id: input.id } : {}),
          chamber_id: input.chamberId,
          reporter_id: input.reporterId,
          owner_id: input.ownerId ?? null,
          stage,
          investment_yuan: fields.investmentYuan,
          funds_in_place_yuan: fields.fundsInPlaceYuan,
          tax_yuan: fields.taxYuan,
          area_mu: fields.areaMu,
          jobs: fields.jobs,
          company: fields.company,
          project: fields.project,
          contact: fields.contact,
          contact_phone: fields.contactPhone,
          location: fields.location,
          industry: fields.industry,
          raw_text: input.rawText,
          reported_at: reportedAt,
          updated_at: reportedAt,
          signed_at: input.signedAt !== undefined ? input.signedAt : reaches(stage, 'signed') ? reportedAt : null,
          landed_at: input.landedAt !== undefined ? input.landedAt : reaches(stage, 'landed') ? reportedAt : null,
          dropped_at: stage === 'dropped' ? reportedAt : null,
          import_key: input.importKey ?? null,
          ...duplicateKeys(fields),
        })
        .returningAll(),
    )
    .with('history', (db) =>
      db
        .insertInto('lead_history')
        .columns(['lead_id', 'chamber_id', 'member_id', 'at', 'action', 'to_stage', 'changes', 'funds_delta_yuan'])
        .expression((eb) =>
          eb
            .selectFrom('lead')
            .select([
              'lead.id',
              'lead.chamber_id',
              sql<number | null>`${input.reporterId}::integer`.as('member_id'),
              sql<Date>`${reportedAt}::timestamptz`.as('at'),
              sql<string>`${input.action ?? 'reported'}::text`.as('action'),
              sql<string>`${stage}::text`.as('to_stage'),
              sql<string>`${jsonb(fields)}::jsonb`.as('changes'),
              sql<number>`${fields.fundsInPlaceYuan ?? 0}::bigint`.as('funds_delta_yuan'),
            ]),
        ),
    )
    .selectFrom('lead')
    .selectAll()
    .executeTakeFirstOrThrow();
}

export async function lockLead(trx: Db, id: number): Promise<Lead | undefined> {
  return trx.selectFrom('leads').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The amounts and facts that may come along with a stage change ("簽約 到位資金3億"). */
export type LeadFacts = Partial<Pick<DraftFields, 'investmentYuan' | 'fundsInPlaceYuan' | 'taxYuan' | 'areaMu' | 'jobs'>>;

/** The leads column that holds each field a lead keeps (the stage has its own writes). */
export const LEAD_COLUMNS = {
  investmentYuan: 'investment_yuan',
  fundsInPlaceYuan: 'funds_in_place_yuan',
  taxYuan: 'tax_yuan',
  areaMu: 'area_mu',
  jobs: 'jobs',
  company: 'company',
  project: 'project',
  contact: 'contact',
  contactPhone: 'contact_phone',
  location: 'location',
  industry: 'industry',
} as const;
export type LeadField = keyof typeof LEAD_COLUMNS;

export async function changeStage(
  trx: Db,
  lead: Lead,
  to: Stage,
  by: number | null,
  at: Date,
  facts: LeadFacts = {},
  note: string | null = null,
): Promise<Lead> {
  const changes = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== null && v !== undefined));
  const set: Record<string, unknown> = { stage: to, updated_at: at };
  for (const [field, value] of Object.entries(changes)) set[LEAD_COLUMNS[field as keyof LeadFacts]] = value;
  Object.assign(set, keysAfter(lead, set));
  // The first time a lead reaches a stage is what the summaries count; going back keeps it.
  if (reaches(to, 'signed') && lead.signed_at === null) set.signed_at = at;
  if (reaches(to, 'landed') && lead.landed_at === null) set.landed_at = at;
  set.dropped_at = to === 'dropped' ? (lead.dropped_at ?? at) : null;
  const updated = await trx.updateTable('leads').set(set).where('id', '=', lead.id).returningAll().executeTakeFirstOrThrow();
  await trx
    .insertInto('lead_history')
    .values({
      lead_id: lead.id,
      member_id: by,
      at,
      action: 'stage',
      from_stage: lead.stage,
      to_stage: to,
      changes: Object.keys(changes).length ? jsonb(changes) : null,
      note,
      funds_delta_yuan: fundsDelta(lead, changes.fundsInPlaceYuan as number | undefined),
    })
    .execute();
  return updated;
}

/** Funds in place are counted by their increase, so updating the figure twice counts the money once. */
export function fundsDelta(lead: Lead, newFunds: number | undefined): number {
  if (newFunds === undefined) return 0;
  return newFunds - (lead.funds_in_place_yuan ?? 0);
}

export async function addFollowUp(trx: Db, lead: Lead, by: number, note: string, nextOn: string | null, at: Date): Promise<void> {
  await trx.insertInto('follow_ups').values({ lead_id: lead.id, member_id: by, note, next_on: nextOn, at }).execute();
  await trx.updateTable('leads').set({ last_follow_up_at: at, next_follow_up_on: nextOn, updated_at: at }).where('id', '=', lead.id).execute();
  await trx
    .insertInto('lead_history')
    .values({ lead_id: lead.id, member_id: by, at, action: 'follow_up', note, changes: nextOn ? jsonb({ nextOn }) : null })
    .execute();
}

export async function assignOwner(trx: Db, lead: Lead, owner: { id: number; display_name: string }, by: number, at: Date): Promise<void> {
  await trx.updateTable('leads').set({ owner_id: owner.id, updated_at: at }).where('id', '=', lead.id).execute();
  await trx
    .insertInto('lead_history')
    .values({
      lead_id: lead.id,
      member_id: by,
      at,
      action: 'assigned',
      changes: jsonb({ ownerId: owner.id, owner: owner.display_name }),
    })
    .execute();
}
