import type { Db } from '../db/database.ts';
import { chamberKey, inReaderScript, personKey } from '../domain/names.ts';
import type { Role } from '../domain/permissions.ts';
import type { Ctx } from './context.ts';
import type { Outbound } from './messages.ts';

/**
 * The one place a chamber or a person is found by the name someone typed: either script, with
 * or without spaces, a chamber with or without its 商會. An exact match wins; otherwise a name
 * that contains what was typed, when only one does.
 */

export type Lookup<T> = { found: T } | { ambiguous: T[] } | { missing: true };

export interface ChamberRef {
  id: number;
  name: string;
  level: 'city' | 'county';
  status: 'active' | 'preparing';
}

export interface MemberRef {
  id: number;
  display_name: string;
  role: Role;
  chamber_id: number | null;
  chamber: string | null;
}

function pick<T>(all: T[], key: (item: T) => string, wanted: string, shortest: number, partialKey = key): Lookup<T> {
  if (!wanted) return { missing: true };
  const exact = all.filter((item) => key(item) === wanted);
  if (exact.length === 1) return { found: exact[0] };
  if (exact.length > 1) return { ambiguous: exact };
  const partial = wanted.length < shortest ? [] : all.filter((item) => partialKey(item).includes(wanted));
  if (partial.length === 1) return { found: partial[0] };
  if (partial.length > 1) return { ambiguous: partial };
  return { missing: true };
}

export async function findChamber(db: Db, typed: string): Promise<Lookup<ChamberRef>> {
  const chambers = await db.selectFrom('chambers').select(['id', 'name', 'level', 'status']).orderBy('id').execute();
  // One character (成) would match chambers too loosely; a surname (張) is how people name a colleague.
  // 商會 alone is in every chamber's name: it matches them all, and the answer lists them.
  const wanted = chamberKey(typed) || personKey(typed);
  return pick(
    chambers,
    (c) => chamberKey(c.name),
    wanted,
    2,
    (c) => personKey(c.name),
  );
}

/** The chamber whose name is another spelling of `name` (西安商會 for 西安商会), if any. */
export async function sameChamber(db: Db, name: string): Promise<ChamberRef | undefined> {
  const wanted = chamberKey(name);
  const chambers = await db.selectFrom('chambers').select(['id', 'name', 'level', 'status']).orderBy('id').execute();
  return chambers.find((c) => chamberKey(c.name) === wanted);
}

/**
 * A current (not removed) person by name or #id, among the chambers given (`all` includes
 * officials and admins, who belong to none).
 */
export async function findMember(db: Db, typed: string, scope: 'all' | number[]): Promise<Lookup<MemberRef>> {
  if (scope !== 'all' && scope.length === 0) return { missing: true };
  const word = typed.trim().replace(/^@/, '');
  const byId = /^#(\d{1,9})$/.exec(word);
  const members = await db
    .selectFrom('members')
    .leftJoin('chambers', 'chambers.id', 'members.chamber_id')
    .select(['members.id', 'members.display_name', 'members.role', 'members.chamber_id', 'chambers.name as chamber'])
    .where('members.removed_at', 'is', null)
    .$if(scope !== 'all', (q) => q.where('members.chamber_id', 'in', scope as number[]))
    .$if(byId !== null, (q) => q.where('members.id', '=', Number(byId![1])))
    .orderBy('members.id')
    .execute();
  if (byId) return members.length === 1 ? { found: members[0] } : { missing: true };
  return pick(members, (m) => personKey(m.display_name), personKey(word), 1);
}

/** What to say when a name found nothing, or more than one. */
export function lookupFailure<T extends { name?: string; display_name?: string }>(
  ctx: Ctx,
  lookup: Exclude<Lookup<T>, { found: T }>,
  typed: string,
  what: 'chamber' | 'member',
): Outbound[] {
  const name = typed.slice(0, 40);
  if ('missing' in lookup) return [{ text: ctx.t(what === 'chamber' ? 'people.unknownChamber' : 'people.unknownMember', { name }) }];
  const names = lookup.ambiguous.map((item) => inReaderScript(item.name ?? item.display_name ?? '', ctx.lang)).join('、');
  return [{ text: ctx.t('people.ambiguous', { name, names }) }];
}
