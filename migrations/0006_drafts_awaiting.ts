import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration describes the schema as it was when it was written.
// Later changes go into new numbered files, never here.

// Every message looks up the draft the bot is waiting on in its chat (a title, an edit). Saved
// and cancelled drafts pile up, one per report, and the first index made each lookup walk all
// of a member's old drafts in the chat: index only the few that await an answer.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index drafts_awaiting on drafts (member_id, platform, chat_id, id) where status = 'open' and awaiting is not null`.execute(db);
  await db.schema.dropIndex('drafts_open').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('drafts_open').on('drafts').columns(['platform', 'chat_id', 'member_id', 'status']).execute();
  await db.schema.dropIndex('drafts_awaiting').execute();
}
