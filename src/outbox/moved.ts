import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** What is kept per chat and follows it to its new id. */
const CHAT_TABLES = ['group_bindings', 'push_blocks'] as const;
/** What waits in the chat and follows it too: pushes not sent yet, reports not saved yet. */
const WAITING = [
  { table: 'outbox', status: 'pending' },
  { table: 'drafts', status: 'open' },
] as const;

/**
 * A chat moved to a new id (a Telegram group upgraded to a supergroup): its binding to a chamber,
 * whether pushes to it are off, the pushes still waiting for it and the drafts open in it follow
 * it. Telegram reports a move from both sides, may deliver each report again, and a push to the
 * old id says so too: moving twice changes nothing. A binding the new id already has (a secretary
 * was quicker with /bindgroup) is kept.
 */
export async function moveChat(trx: Db, platform: string, fromChatId: string, toChatId: string): Promise<void> {
  for (const table of CHAT_TABLES) {
    await sql`
      update ${sql.table(table)} set chat_id = ${toChatId}
      where platform = ${platform} and chat_id = ${fromChatId}
        and not exists (select 1 from ${sql.table(table)} t where t.platform = ${platform} and t.chat_id = ${toChatId})`.execute(trx);
    await sql`delete from ${sql.table(table)} where platform = ${platform} and chat_id = ${fromChatId}`.execute(trx);
  }
  for (const { table, status } of WAITING) {
    await sql`
      update ${sql.table(table)} set chat_id = ${toChatId}
      where platform = ${platform} and chat_id = ${fromChatId} and status = ${status}`.execute(trx);
  }
}
