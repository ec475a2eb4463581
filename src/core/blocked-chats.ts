import type { Db } from '../db/database.ts';
import type { Language } from '../domain/language.ts';
import { isLang, translate } from '../i18n/index.ts';
import type { RefusingChat } from '../outbox/blocked.ts';
import { enqueue, memberRecipients, PRIORITY, type OutboxMessage } from '../outbox/queue.ts';

/**
 * A chat of a chamber will not take pushes any more (see outbox/blocked.ts): its secretaries hear
 * whose it is and how to resume, through the outbox, in the transaction that turned the chat off.
 * A secretary who blocked the bot is not told of it.
 */
export async function tellSecretariesOfBlockedChat(trx: Db, row: RefusingChat): Promise<void> {
  if (row.chamber_id === null) return;
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
