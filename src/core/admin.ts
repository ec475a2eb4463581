import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Chamber } from '../db/schema.ts';
import type { Role } from '../domain/permissions.ts';
import { translate } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import { UserError } from './context.ts';
import { findChamber } from './names.ts';
import { createChamber, issueInvite } from './people.ts';

/** Administration from the command line: chambers and invite codes. */

export class AdminError extends Error {}

/** Runs a use case of the chat for the command line, whose refusals are sentences in its language. */
export async function asAdmin<T>(run: () => Promise<T>, lang: Language = 'en'): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UserError) throw new AdminError(translate(lang, error.key, error.params));
    throw error;
  }
}

export async function addChamber(
  db: Db,
  name: string,
  options: { level?: Chamber['level']; status?: Chamber['status']; lang?: Language } = {},
): Promise<Chamber> {
  return asAdmin(() => createChamber(db, name, options), options.lang);
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
      sql<number>`(select count(*)::int from members m where m.chamber_id = chambers.id and m.removed_at is null)`.as('members'),
      sql<number>`(select count(*)::int from leads l where l.chamber_id = chambers.id)`.as('leads'),
    ])
    .orderBy('level')
    .orderBy('id')
    .execute();
}

/**
 * The chamber a name given on the command line means, in either script, with or without 商會;
 * otherwise an AdminError in the command line's language.
 */
export async function chamberFromArgument(db: Db, name: string, lang: Language = 'zh-CN') {
  const lookup = await findChamber(db, name);
  if ('found' in lookup) return lookup.found;
  if ('ambiguous' in lookup) {
    throw new AdminError(translate(lang, 'cli.error.ambiguousChamber', { name, names: lookup.ambiguous.map((c) => c.name).join(', ') }));
  }
  throw new AdminError(translate(lang, 'cli.error.noChamber', { name }));
}

export interface InviteOptions {
  chamber?: string;
  role: Role;
  uses?: number;
  days?: number;
  now?: Date;
  lang?: Language;
}

export async function createInvite(db: Db, options: InviteOptions): Promise<{ code: string; expiresAt: Date }> {
  const lang = options.lang ?? 'en';
  const chamberId = options.chamber ? (await chamberFromArgument(db, options.chamber, lang)).id : null;
  if (chamberId === null && (options.role === 'member' || options.role === 'secretary')) {
    throw new AdminError(translate(lang, 'cli.error.inviteNeedsChamber', { role: options.role }));
  }
  return asAdmin(
    () => issueInvite(db, { chamberId, role: options.role, uses: options.uses ?? 1, days: options.days ?? 7, now: options.now ?? new Date() }),
    lang,
  );
}
