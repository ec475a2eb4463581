import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration describes the schema as it was when it was written.
// Later changes go into new numbered files, never here.

// The dashboard's logins (src/web): one-time link tokens and browser sessions. Only SHA-256
// hashes of the secrets are kept, so a copy of the database opens nobody's session.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('dashboard_login_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('dashboard_login_tokens_expires_at').on('dashboard_login_tokens').column('expires_at').execute();
  await db.schema
    .createTable('dashboard_sessions')
    .addColumn('session_hash', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dashboard_sessions_member').on('dashboard_sessions').column('member_id').execute();
  // The leads table of the dashboard pages by date within the reader's chambers.
  await sql`create index leads_chamber_reported on leads (chamber_id, reported_at desc, id desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists leads_chamber_reported`.execute(db);
  await db.schema.dropTable('dashboard_sessions').execute();
  await db.schema.dropTable('dashboard_login_tokens').execute();
}
