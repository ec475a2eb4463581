import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Outbound } from '../core/messages.ts';
import { pushCost, storeOutbound } from './payload.ts';
import { jsonb } from '../db/json.ts';

/**
 * The outbox: every message nobody asked for (digests, reminders, notices) is a row, written in the
 * transaction that decided to send it. Its key (job, period, recipient) is unique, so a job that
 * runs again for the same period queues nothing twice.
 */

/** Who a push goes to: a member (in their private chat on one platform) or a chamber's bound group. */
export type Recipient =
  | { kind: 'member'; memberId: number; chamberId: number | null; platform: string; chatId: string }
  | { kind: 'group'; chamberId: number; platform: string; chatId: string };

export function recipientKey(recipient: Recipient): string {
  return recipient.kind === 'member' ? `m${recipient.memberId}` : `g:${recipient.platform}:${recipient.chatId}`;
}

export function outboxKey(job: string, period: string, recipient: Recipient): string {
  return `${job}:${period}:${recipientKey(recipient)}`;
}

export interface OutboxMessage {
  /** digest, reminders, nudge, summary, blocked, reassign, … */
  job: string;
  /** The job's period (2026-W49, 2026-11-30) or any key that makes the message unique for this recipient. */
  period: string;
  recipient: Recipient;
  outbound: Outbound;
  /** Lower goes first: 10 for notices a person is waiting on, 50 for digests. */
  priority?: number;
  meta?: Record<string, unknown>;
  notBefore?: Date;
}

export const PRIORITY = { notice: 10, reminder: 20, summary: 30, digest: 50, nudge: 60 } as const;

/** Queues messages; those whose key is already in the outbox are skipped. Returns the new rows' ids by key. */
export async function enqueue(trx: Db, messages: OutboxMessage[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const db = trx;
  for (let start = 0; start < messages.length; start += 500) {
    const chunk = messages.slice(start, start + 500);
    const rows = await db
      .insertInto('outbox')
      .values(
        chunk.map((m) => ({
          job: m.job,
          period: m.period,
          recipient: recipientKey(m.recipient),
          key: outboxKey(m.job, m.period, m.recipient),
          platform: m.recipient.platform,
          chat_id: m.recipient.chatId,
          chat_type: m.recipient.kind === 'member' ? ('private' as const) : ('group' as const),
          member_id: m.recipient.kind === 'member' ? m.recipient.memberId : null,
          chamber_id: m.recipient.chamberId,
          payload: storeOutbound(m.outbound),
          cost: pushCost(m.outbound, m.recipient.platform),
          priority: m.priority ?? PRIORITY.digest,
          meta: m.meta ? jsonb(m.meta) : null,
          ...(m.notBefore ? { not_before: m.notBefore } : {}),
        })),
      )
      .onConflict((oc) => oc.columns(['job', 'period', 'recipient']).doNothing())
      .returning(['id', 'key'])
      .execute();
    for (const row of rows) ids.set(row.key, Number(row.id));
  }
  return ids;
}

export interface ChatAddressOf {
  platform: string;
  chatId: string;
}

/** The chat (platform and id, as column references) has not refused a push. */
function notBlocked(platform: string, chatId: string) {
  return sql<boolean>`not exists (select 1 from push_blocks b where b.platform = ${sql.ref(platform)} and b.chat_id = ${sql.ref(chatId)})`;
}

/**
 * Where each member is reached privately: their most recently linked identity on a platform the bot
 * pushes to, skipping chats that refused a push. A private chat's id is the user's id on Telegram
 * and Lark (open_id) alike, so the identity is the address.
 */
export async function memberAddresses(trx: Db, memberIds: number[], platforms?: readonly string[]): Promise<Map<number, ChatAddressOf>> {
  const out = new Map<number, ChatAddressOf>();
  if (memberIds.length === 0 || platforms?.length === 0) return out;
  let query = trx
    .selectFrom('identities as i')
    .select(['i.member_id', 'i.platform', 'i.platform_user_id'])
    .distinctOn('i.member_id')
    .where('i.member_id', 'in', memberIds)
    .where(notBlocked('i.platform', 'i.platform_user_id'))
    .orderBy('i.member_id')
    .orderBy('i.created_at', 'desc');
  if (platforms) query = query.where('i.platform', 'in', [...platforms]);
  for (const row of await query.execute()) out.set(row.member_id, { platform: row.platform, chatId: row.platform_user_id });
  return out;
}

export interface GroupAddress extends ChatAddressOf {
  chamberId: number;
  title: string | null;
  boundBy: number | null;
}

/** The chamber groups bound with /bindgroup that still accept pushes. */
export async function groupAddresses(trx: Db, options: { chamberIds?: number[]; platforms?: readonly string[] } = {}): Promise<GroupAddress[]> {
  if (options.chamberIds?.length === 0 || options.platforms?.length === 0) return [];
  let query = trx
    .selectFrom('group_bindings as g')
    .select(['g.platform', 'g.chat_id', 'g.chamber_id', 'g.title', 'g.bound_by'])
    .where(notBlocked('g.platform', 'g.chat_id'))
    .orderBy('g.chamber_id')
    .orderBy('g.platform')
    .orderBy('g.chat_id');
  if (options.chamberIds) query = query.where('g.chamber_id', 'in', options.chamberIds);
  if (options.platforms) query = query.where('g.platform', 'in', [...options.platforms]);
  const rows = await query.execute();
  return rows.map((r) => ({ platform: r.platform, chatId: r.chat_id, chamberId: r.chamber_id, title: r.title, boundBy: r.bound_by }));
}

/** A member as a recipient, or null when they cannot be reached on any pushing platform. */
export async function memberRecipients(
  trx: Db,
  members: { id: number; chamber_id: number | null }[],
  platforms?: readonly string[],
): Promise<Map<number, Recipient>> {
  const addresses = await memberAddresses(
    trx,
    members.map((m) => m.id),
    platforms,
  );
  const out = new Map<number, Recipient>();
  for (const member of members) {
    const address = addresses.get(member.id);
    if (address) out.set(member.id, { kind: 'member', memberId: member.id, chamberId: member.chamber_id, ...address });
  }
  return out;
}
