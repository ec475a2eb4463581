import type { Db } from '../db/database.ts';
import { isLang, translate } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import type { OutboxRow } from '../db/rows.ts';
import { enqueue, memberRecipients, PRIORITY, type OutboxMessage } from './queue.ts';

/** A chat that will not take pushes any more: whose it is, as an outbox row to it says. */
export type RefusingChat = Pick<OutboxRow, 'platform' | 'chat_id' | 'chat_type' | 'member_id' | 'chamber_id'>;

/**
 * A chat refused a push for good (the member blocked the bot, the bot was removed from the group,
 * the chat is gone), or the platform said so first: stop pushing to it, turn off that member's
 * digest or that group's, drop what is still queued for it, and tell the chamber's secretaries
 * (through the outbox, in this same transaction). `/unmute digest` undoes it (see
 * core/features/reminders.ts).
 */
export async function disableChat(trx: Db, row: RefusingChat, detail: string): Promise<void> {
  const db = trx;
  await db
    .insertInto('push_blocks')
    .values({
      platform: row.platform,
      chat_id: row.chat_id,
      member_id: row.member_id,
      chamber_id: row.chamber_id,
      reason: row.chat_type === 'group' ? 'group' : 'member',
      detail: detail.slice(0, 500),
    })
    .onConflict((oc) => oc.columns(['platform', 'chat_id']).doNothing())
    .execute();
  if (row.member_id !== null) {
    await db
      .insertInto('member_mutes')
      .values({ member_id: row.member_id, topic: 'digest', reason: 'blocked' })
      .onConflict((oc) => oc.columns(['member_id', 'topic']).doNothing())
      .execute();
  }
  await db
    .updateTable('outbox')
    .set({ status: 'failed', error: `chat refused an earlier push: ${detail}`.slice(0, 500) })
    .where('platform', '=', row.platform)
    .where('chat_id', '=', row.chat_id)
    .where('status', '=', 'pending')
    .execute();
  if (row.chamber_id !== null) await tellSecretaries(trx, row);
}

async function tellSecretaries(trx: Db, row: RefusingChat): Promise<void> {
  const db = trx;
  const secretaries = await db
    .selectFrom('members')
    .select(['id', 'chamber_id', 'lang'])
    .where('chamber_id', '=', row.chamber_id)
    .where('role', '=', 'secretary')
    .execute();
  const others = secretaries.filter((s) => s.id !== row.member_id);
  if (others.length === 0) return;
  const recipients = await memberRecipients(trx, others);
  let who = '';
  if (row.member_id !== null) {
    const member = await db.selectFrom('members').select('display_name').where('id', '=', row.member_id).executeTakeFirst();
    who = member?.display_name ?? `#${row.member_id}`;
  } else {
    const group = await db
      .selectFrom('group_bindings')
      .select('title')
      .where('platform', '=', row.platform)
      .where('chat_id', '=', row.chat_id)
      .executeTakeFirst();
    who = group?.title ?? row.chat_id;
  }
  const today = new Date().toISOString().slice(0, 10);
  const messages: OutboxMessage[] = [];
  for (const secretary of others) {
    const recipient = recipients.get(secretary.id);
    if (!recipient) continue;
    const lang: Language = isLang(secretary.lang) ? secretary.lang : 'zh-CN';
    const key = row.member_id !== null ? 'jobs.blocked.member' : 'jobs.blocked.group';
    messages.push({
      job: 'blocked',
      period: `${row.platform}:${row.chat_id}:${today}`,
      recipient,
      outbound: { text: translate(lang, key, { name: who, platform: row.platform }) },
      priority: PRIORITY.notice,
    });
  }
  await enqueue(trx, messages);
}

/** Undoes disableChat for these chats: pushes to them resume. */
export async function enableChats(trx: Db, chats: { platform: string; chatId: string }[]): Promise<number> {
  let count = 0;
  for (const chat of chats) {
    const result = await trx.deleteFrom('push_blocks').where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).executeTakeFirst();
    count += Number(result.numDeletedRows);
  }
  return count;
}
