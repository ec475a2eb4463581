import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Chamber } from '../db/schema.ts';
import type { Role } from '../domain/permissions.ts';
import { newInviteCode } from './features/membership.ts';

/** Administration from the command line: chambers and invite codes. */

export class AdminError extends Error {}

export async function addChamber(
  db: Db,
  name: string,
  options: { level?: Chamber['level']; status?: Chamber['status'] } = {},
): Promise<Chamber> {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100) throw new AdminError('A chamber name must have 1 to 100 characters.');
  const existing = await db.selectFrom('chambers').select('id').where('name', '=', trimmed).executeTakeFirst();
  if (existing) throw new AdminError(`A chamber called ${trimmed} already exists.`);
  return db
    .insertInto('chambers')
    .values({ name: trimmed, level: options.level ?? 'city', status: options.status ?? 'active' })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface ChamberRow extends Chamber {
  members: number;
  leads: number;
}

export async function listChambers(db: Db): Promise<ChamberRow[]> {
  return db
    .selectFrom('chambers')
    .selectAll('chambers')
    .select([
      sql<number>`(select count(*)::int from members m where m.chamber_id = chambers.id)`.as('members'),
      sql<number>`(select count(*)::int from leads l where l.chamber_id = chambers.id)`.as('leads'),
    ])
    .orderBy('level')
    .orderBy('id')
    .execute();
}

export interface InviteOptions {
  chamber?: string;
  role: Role;
  uses?: number;
  days?: number;
  now?: Date;
}

export async function createInvite(db: Db, options: InviteOptions): Promise<{ code: string; expiresAt: Date }> {
  const needsChamber = options.role === 'member' || options.role === 'secretary';
  let chamberId: number | null = null;
  if (options.chamber) {
    const chamber = await db.selectFrom('chambers').select('id').where('name', '=', options.chamber).executeTakeFirst();
    if (!chamber) throw new AdminError(`There is no chamber called ${options.chamber}. See: chamber-bot chamber list`);
    chamberId = chamber.id;
  } else if (needsChamber) {
    throw new AdminError(`A ${options.role} belongs to a chamber: add --chamber NAME.`);
  }
  const uses = options.uses ?? 1;
  const days = options.days ?? 7;
  if (!Number.isInteger(uses) || uses < 1 || uses > 10_000) throw new AdminError('--uses must be a whole number from 1 to 10000.');
  if (!(days > 0 && days <= 365)) throw new AdminError('--days must be from 1 to 365.');
  const expiresAt = new Date((options.now ?? new Date()).getTime() + days * 86_400_000);
  const code = newInviteCode();
  await db
    .insertInto('invite_codes')
    .values({ code, chamber_id: chamberId, role: options.role, uses_left: uses, expires_at: expiresAt })
    .execute();
  return { code, expiresAt };
}
