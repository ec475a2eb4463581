import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Chamber } from '../db/schema.ts';
import type { Role } from '../domain/permissions.ts';
import { UserError } from './context.ts';
import { newInviteCode } from './features/membership.ts';
import { sameChamber, type ChamberRef, type MemberRef } from './names.ts';
import { jsonb } from '../db/json.ts';

/**
 * The organisation's records: chambers, people and invites. Shared by the chat and the
 * command line, which check who may do what before calling; every write here is one step of
 * the caller's transaction, and a refusal is a UserError naming what to fix.
 */

const MAX_NAME = 100;

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > MAX_NAME) throw new UserError('people.badName', { max: MAX_NAME });
  return trimmed;
}

/** A new chamber, refused when another spelling of its name exists already. */
export async function createChamber(db: Db, name: string, options: { level?: Chamber['level']; status?: Chamber['status'] } = {}): Promise<Chamber> {
  const trimmed = checkedName(name);
  const existing = await sameChamber(db, trimmed);
  if (existing) throw new UserError('chambers.exists', { name: trimmed, existing: existing.name });
  return db
    .insertInto('chambers')
    .values({ name: trimmed, level: options.level ?? 'city', status: options.status ?? 'active' })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Leads, events and history keep the chamber's id, so they follow the new name. */
export async function renameChamber(db: Db, chamber: ChamberRef, name: string): Promise<void> {
  const trimmed = checkedName(name);
  const existing = await sameChamber(db, trimmed);
  if (existing && existing.id !== chamber.id) throw new UserError('chambers.exists', { name: trimmed, existing: existing.name });
  await db.updateTable('chambers').set({ name: trimmed }).where('id', '=', chamber.id).execute();
}

export async function setChamberStatus(db: Db, chamber: ChamberRef, status: Chamber['status']): Promise<void> {
  await db.updateTable('chambers').set({ status }).where('id', '=', chamber.id).execute();
}

export interface MergeOutcome {
  leads: number;
  events: number;
  members: number;
  invites: number;
  groups: number;
}

/**
 * Moves everything of `from` into `into` and deletes `from`: a chamber created twice by mistake
 * becomes one. The figures follow by the rollup's triggers (leads, their history, events), so
 * every total is what it was.
 */
export async function mergeChambers(db: Db, from: ChamberRef, into: ChamberRef): Promise<MergeOutcome> {
  if (from.id === into.id) throw new UserError('chambers.mergeSame', { name: from.name });
  await db.selectFrom('chambers').select('id').where('id', 'in', [from.id, into.id]).forUpdate().execute();
  const move = async (table: 'leads' | 'events' | 'members' | 'invite_codes' | 'group_bindings' | 'push_blocks' | 'outbox' | 'lead_co_reporters') =>
    Number((await db.updateTable(table).set({ chamber_id: into.id }).where('chamber_id', '=', from.id).executeTakeFirst()).numUpdatedRows);
  const outcome: MergeOutcome = {
    leads: await move('leads'),
    events: await move('events'),
    members: await move('members'),
    invites: await move('invite_codes'),
    groups: await move('group_bindings'),
  };
  await move('push_blocks');
  await move('outbox');
  await move('lead_co_reporters');
  // A lead deleted by mistake is restored from its copy: the copy must name the kept chamber too.
  const movedRows = (column: 'history' | 'co_reporters') => sql`coalesce((
      select jsonb_agg(case when r->>'chamber_id' = ${String(from.id)} then jsonb_set(r, '{chamber_id}', to_jsonb(${into.id}::int)) else r end)
      from jsonb_array_elements(${sql.ref(column)}) r), '[]'::jsonb)`;
  await sql`
    update deleted_leads set chamber_id = ${into.id}, lead = jsonb_set(lead, '{chamber_id}', to_jsonb(${into.id}::int)),
      history = ${movedRows('history')}, co_reporters = ${movedRows('co_reporters')}
    where chamber_id = ${from.id}`.execute(db);
  // The industries the merged-away chamber's secretary set come after the ones kept.
  await sql`
    insert into chamber_industries (chamber_id, industry, position)
    select ${into.id}, industry, position + (select coalesce(max(position), 0) + 1 from chamber_industries where chamber_id = ${into.id})
    from chamber_industries where chamber_id = ${from.id}
    on conflict do nothing`.execute(db);
  await db.deleteFrom('chamber_industries').where('chamber_id', '=', from.id).execute();
  // Its rollup rows are all zero now that the triggers moved their figures.
  await sql`delete from report_daily where chamber_id = ${from.id}`.execute(db);
  await db.deleteFrom('chambers').where('id', '=', from.id).execute();
  return outcome;
}

export interface ChamberOverview extends ChamberRef {
  members: number;
  secretaries: string[];
}

export async function chamberOverview(db: Db): Promise<ChamberOverview[]> {
  const chambers = await db
    .selectFrom('chambers')
    .select(['id', 'name', 'level', 'status'])
    .select(sql<number>`(select count(*)::int from members m where m.chamber_id = chambers.id and m.removed_at is null)`.as('members'))
    .orderBy('level')
    .orderBy('id')
    .execute();
  const secretaries = await db
    .selectFrom('members')
    .select(['chamber_id', 'display_name'])
    .where('role', '=', 'secretary')
    .where('removed_at', 'is', null)
    .orderBy('id')
    .execute();
  return chambers.map((c) => ({
    ...c,
    secretaries: secretaries.filter((s) => s.chamber_id === c.id).map((s) => s.display_name),
  }));
}

/** Members and secretaries belong to a chamber; officials and admins keep theirs, if any. */
export async function setRole(db: Db, member: MemberRef, role: Role, chamber: ChamberRef | null): Promise<void> {
  const chamberId = chamber?.id ?? member.chamber_id;
  if ((role === 'member' || role === 'secretary') && chamberId === null) {
    throw new UserError('people.roleNeedsChamber', { name: member.display_name });
  }
  await db.updateTable('members').set({ role, chamber_id: chamberId }).where('id', '=', member.id).execute();
}

/**
 * The person can no longer use the bot (their identities and link codes go) until invited again.
 * The leads they reported keep them as first reporter; the leads they owned go back to no owner,
 * so the chamber's secretaries are reminded of them.
 */
export async function removeMember(db: Db, member: MemberRef, by: number | null, now: Date): Promise<{ released: number[] }> {
  await db.updateTable('members').set({ removed_at: now }).where('id', '=', member.id).execute();
  await db.deleteFrom('identities').where('member_id', '=', member.id).execute();
  await db.updateTable('invite_codes').set({ uses_left: 0 }).where('member_id', '=', member.id).execute();
  await db.updateTable('drafts').set({ status: 'cancelled' }).where('member_id', '=', member.id).where('status', '=', 'open').execute();
  await db
    .updateTable('outbox')
    .set({ status: 'failed', error: 'member removed' })
    .where('member_id', '=', member.id)
    .where('status', '=', 'pending')
    .execute();
  const released = await db.updateTable('leads').set({ owner_id: null, updated_at: now }).where('owner_id', '=', member.id).returning('id').execute();
  if (released.length > 0) {
    await db
      .insertInto('lead_history')
      .values(
        released.map((lead) => ({
          lead_id: lead.id,
          member_id: by,
          at: now,
          action: 'assigned' as const,
          changes: jsonb({ ownerId: null, owner: '—', removed: member.display_name }),
        })),
      )
      .execute();
  }
  return { released: released.map((lead) => lead.id) };
}

export interface MemberListing {
  id: number;
  display_name: string;
  role: Role;
  chamber: string | null;
  created_at: Date;
  platforms: string | null;
  last_report: Date | null;
  leads: number;
}

/** Current people of the chambers given (`all`: everyone, officials and admins too). */
export async function memberListing(db: Db, scope: 'all' | number[]): Promise<MemberListing[]> {
  if (scope !== 'all' && scope.length === 0) return [];
  return db
    .selectFrom('members as m')
    .leftJoin('chambers as c', 'c.id', 'm.chamber_id')
    .select(['m.id', 'm.display_name', 'm.role', 'c.name as chamber', 'm.created_at'])
    .select([
      sql<string | null>`(select string_agg(distinct i.platform, ', ') from identities i where i.member_id = m.id)`.as('platforms'),
      sql<Date | null>`greatest((select max(l.reported_at) from leads l where l.reporter_id = m.id), (select max(e.created_at) from events e where e.reporter_id = m.id))`.as(
        'last_report',
      ),
      sql<number>`(select count(*)::int from leads l where l.reporter_id = m.id)`.as('leads'),
    ])
    .where('m.removed_at', 'is', null)
    .$if(scope !== 'all', (q) => q.where('m.chamber_id', 'in', scope as number[]))
    .orderBy(sql`c.id nulls first`)
    .orderBy(sql`case m.role when 'admin' then 0 when 'official' then 1 when 'secretary' then 2 else 3 end`)
    .orderBy('m.id')
    .execute();
}

export interface IssuedInvite {
  code: string;
  expiresAt: Date;
}

export interface InviteRequest {
  chamberId: number | null;
  role: Role;
  uses: number;
  days: number;
  now: Date;
}

export const INVITE_LIMITS = { uses: 10_000, days: 365 } as const;

export async function issueInvite(db: Db, request: InviteRequest): Promise<IssuedInvite> {
  const { uses, days } = request;
  if (!Number.isInteger(uses) || uses < 1 || uses > INVITE_LIMITS.uses) throw new UserError('invites.badUses', { max: INVITE_LIMITS.uses });
  if (!(days > 0 && days <= INVITE_LIMITS.days)) throw new UserError('invites.badDays', { max: INVITE_LIMITS.days });
  if ((request.role === 'member' || request.role === 'secretary') && request.chamberId === null) {
    throw new UserError('invites.needsChamber');
  }
  const expiresAt = new Date(request.now.getTime() + days * 86_400_000);
  const code = newInviteCode();
  await db.insertInto('invite_codes').values({ code, chamber_id: request.chamberId, role: request.role, uses_left: uses, expires_at: expiresAt }).execute();
  return { code, expiresAt };
}

export interface ActiveInvite {
  code: string;
  role: Role;
  chamber_id: number | null;
  chamber: string | null;
  uses_left: number;
  expires_at: Date;
}

/** Invite codes still usable (link codes, which join a platform to one person, are not invites). */
export async function activeInvites(db: Db, scope: 'all' | number[], now: Date): Promise<ActiveInvite[]> {
  if (scope !== 'all' && scope.length === 0) return [];
  return db
    .selectFrom('invite_codes as i')
    .leftJoin('chambers as c', 'c.id', 'i.chamber_id')
    .select(['i.code', 'i.role', 'i.chamber_id', 'c.name as chamber', 'i.uses_left', 'i.expires_at'])
    .where('i.member_id', 'is', null)
    .where('i.uses_left', '>', 0)
    .where('i.expires_at', '>', now)
    .$if(scope !== 'all', (q) => q.where('i.chamber_id', 'in', scope as number[]))
    .orderBy('i.expires_at')
    .execute();
}
