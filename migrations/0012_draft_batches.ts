import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration describes the schema as it was when it was written.
// Later changes go into new numbered files, never here.

// Several reports in one message become one draft each, saved together by one tap: the drafts
// of one message share a batch (the id of its first draft), which "save all" looks up.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('drafts').addColumn('batch_id', 'integer').execute();
  await sql`create index drafts_batch on drafts (batch_id) where batch_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('drafts_batch').execute();
  await db.schema.alterTable('drafts').dropColumn('batch_id').execute();
}
