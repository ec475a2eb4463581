import type { Db } from '../../src/db/database.ts';
import type { Lead } from '../../src/db/schema.ts';
import type { EventType, Stage } from '../../src/domain/report.ts';
import { changeStage, insertLead, type LeadFacts } from '../../src/core/lead-records.ts';
import { emptyDraftFields, type DraftFields } from '../../src/domain/draft-fields.ts';

/** Small builders for fixtures whose right answers are known: chambers, members, leads moved through stages, events. */

export async function addChamberRow(db: Db, name: string, status: 'active' | 'preparing' = 'active'): Promise<number> {
  const row = await db.insertInto('chambers').values({ name, level: 'city', status }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function addMember(db: Db, chamberId: number | null, name: string, role: 'member' | 'secretary' | 'official' = 'member'): Promise<number> {
  const row = await db.insertInto('members').values({ chamber_id: chamberId, role, display_name: name }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export function fields(overrides: Partial<DraftFields> = {}): DraftFields {
  return { ...emptyDraftFields(), ...overrides };
}

export interface LeadSpec {
  chamberId: number;
  reporterId?: number | null;
  ownerId?: number | null;
  /** An instant, e.g. '2018-03-01T02:00:00Z'. */
  reportedAt: string | Date;
  stage?: Stage;
  project?: string;
  investmentYuan?: number;
  fundsInPlaceYuan?: number;
  jobs?: number;
  areaMu?: number;
  contactPhone?: string;
}

export async function addLead(db: Db, spec: LeadSpec): Promise<Lead> {
  const stage = spec.stage ?? 'lead';
  return insertLead(db, {
    chamberId: spec.chamberId,
    reporterId: spec.reporterId ?? null,
    ownerId: spec.ownerId ?? null,
    fields: fields({
      stage: stage === 'dropped' ? null : stage,
      project: spec.project ?? `項目${Math.random().toString(36).slice(2, 7)}`,
      investmentYuan: spec.investmentYuan ?? null,
      fundsInPlaceYuan: spec.fundsInPlaceYuan ?? null,
      jobs: spec.jobs ?? null,
      areaMu: spec.areaMu ?? null,
      contactPhone: spec.contactPhone ?? null,
    }),
    stage,
    rawText: 'fixture',
    reportedAt: new Date(spec.reportedAt),
  });
}

/** Moves a lead (read afresh) to a stage at an instant, with facts such as funds in place. */
export async function moveLead(db: Db, id: number, to: Stage, at: string, facts: LeadFacts = {}, by: number | null = null): Promise<Lead> {
  const lead = await db.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return changeStage(db, lead, to, by, new Date(at), facts);
}

export async function addEvent(db: Db, chamberId: number, type: EventType, heldOn: string, invited: number | null = null): Promise<void> {
  await db
    .insertInto('events')
    .values({ chamber_id: chamberId, event_type: type, held_on: heldOn, invited_enterprises: invited, raw_text: 'fixture' })
    .execute();
}
