import type { Db } from '../db/database.ts';
import type { OutboxRow } from '../db/rows.ts';

/** A chat that will not take pushes any more: whose it is, as an outbox row to it says. */
export type RefusingChat = Pick<OutboxRow, 'platform' | 'chat_id' | 'chat_type' | 'member_id' | 'chamber_id'>;

/**
 * A chat refused a push for good (the member blocked the bot, the bot was removed from the group,
 * the chat is gone), or the platform said so first: stop pushing to it, turn off that member's
 * digest or that group's and drop what is still queued for it. Telling the chamber's secretaries
 * is the caller's (core/blocked-chats.ts, handed to the sender as its `onBlocked`): the outbox
 * writes no user-facing text. `/unmute digest` undoes it (see core/features/reminders.ts).
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
