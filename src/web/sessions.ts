import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { Member } from '../db/schema.ts';

/**
 * Dashboard logins: one-time link tokens and browser sessions. The secrets go to the browser
 * only; the database keeps their SHA-256, so reading it (a backup, a replica) logs nobody in.
 */

export const LOGIN_TOKEN_MINUTES = 10;
export const SESSION_IDLE_HOURS = 12;
export const SESSION_MAX_DAYS = 7;

const HOUR = 3_600_000;

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A link's token for this member, usable once within LOGIN_TOKEN_MINUTES. */
export async function createLoginToken(db: Db, memberId: number, now: Date): Promise<string> {
  const token = newSecret();
  await db
    .insertInto('dashboard_login_tokens')
    .values({
      token_hash: hashSecret(token),
      member_id: memberId,
      created_at: now,
      expires_at: new Date(now.getTime() + LOGIN_TOKEN_MINUTES * 60_000),
    })
    .execute();
  return token;
}

export type Redeemed = { memberId: number } | { refused: 'unknown' | 'used' | 'expired' };

/** Spends a link's token: the update claims it, so two clicks at once cannot both log in. */
export async function redeemLoginToken(db: Db, token: string, now: Date): Promise<Redeemed> {
  const hash = hashSecret(token);
  const claimed = await db
    .updateTable('dashboard_login_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', hash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('member_id')
    .executeTakeFirst();
  if (claimed) return { memberId: claimed.member_id };
  const row = await db.selectFrom('dashboard_login_tokens').select(['used_at']).where('token_hash', '=', hash).executeTakeFirst();
  if (!row) return { refused: 'unknown' };
  return { refused: row.used_at ? 'used' : 'expired' };
}

/** A new session for the member; the returned secret is the cookie's value. */
export async function createSession(db: Db, memberId: number, now: Date): Promise<string> {
  const secret = newSecret();
  await db
    .insertInto('dashboard_sessions')
    .values({
      session_hash: hashSecret(secret),
      member_id: memberId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + SESSION_MAX_DAYS * 24 * HOUR),
    })
    .execute();
  return secret;
}

/**
 * The member behind a session cookie, read afresh on every request: a removed member, or a
 * session idle for SESSION_IDLE_HOURS or older than SESSION_MAX_DAYS, gives null.
 */
export async function resolveSession(db: Db, secret: string, now: Date): Promise<Member | null> {
  const hash = hashSecret(secret);
  const member = await db
    .selectFrom('dashboard_sessions as s')
    .innerJoin('members as m', 'm.id', 's.member_id')
    .selectAll('m')
    .where('s.session_hash', '=', hash)
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', new Date(now.getTime() - SESSION_IDLE_HOURS * HOUR))
    .where('m.removed_at', 'is', null)
    .executeTakeFirst();
  if (!member) return null;
  // Touched at most once a minute: reading a page makes several requests.
  await db
    .updateTable('dashboard_sessions')
    .set({ last_seen_at: now })
    .where('session_hash', '=', hash)
    .where('last_seen_at', '<', new Date(now.getTime() - 60_000))
    .execute();
  return member;
}

export async function endSession(db: Db, secret: string): Promise<void> {
  await db.deleteFrom('dashboard_sessions').where('session_hash', '=', hashSecret(secret)).execute();
}

/** Housekeeping: spent or expired tokens and sessions serve nobody. */
export async function deleteExpiredLogins(db: Db, now: Date): Promise<number> {
  const idleSince = new Date(now.getTime() - SESSION_IDLE_HOURS * HOUR);
  const tokens = await db.deleteFrom('dashboard_login_tokens').where('expires_at', '<', now).executeTakeFirst();
  const sessions = await db
    .deleteFrom('dashboard_sessions')
    .where((eb) => eb.or([eb('expires_at', '<', now), eb('last_seen_at', '<', idleSince)]))
    .executeTakeFirst();
  return Number(tokens.numDeletedRows) + Number(sessions.numDeletedRows);
}
