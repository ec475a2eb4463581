import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration describes the schema as it was when it was written.
// Later changes go into new numbered files, never here.

// A lead made by mistake is deleted by moving it, with its history, follow-ups and reminder
// records, into deleted_leads: every figure, list and reminder reads the leads table, so none
// of them can forget to leave it out, and the rollup triggers subtract it as they would any
// deleted row. Restoring puts the same rows back. The history gains the two steps, and a
// duplicate report merged into a lead ('merged'). A duplicate's reporter is the lead's
// co-reporter: the first reporter keeps the credit, the second is named beside them.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table lead_history drop constraint lead_history_action_check`.execute(db);
  await sql`
    alter table lead_history add constraint lead_history_action_check
    check (action in ('reported', 'edited', 'stage', 'follow_up', 'assigned', 'imported', 'deleted', 'restored', 'merged'))`.execute(db);
  await db.schema
    .createTable('lead_co_reporters')
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('chamber_id', 'integer', (c) => c.references('chambers.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('lead_co_reporters_pk', ['lead_id', 'member_id'])
    .execute();
  await db.schema
    .createTable('deleted_leads')
    .addColumn('lead_id', 'integer', (c) => c.primaryKey())
    .addColumn('chamber_id', 'integer', (c) => c.notNull().references('chambers.id'))
    .addColumn('deleted_by', 'integer', (c) => c.references('members.id'))
    .addColumn('deleted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('lead', 'jsonb', (c) => c.notNull())
    .addColumn('history', 'jsonb', (c) => c.notNull())
    .addColumn('follow_ups', 'jsonb', (c) => c.notNull())
    .addColumn('reminder_events', 'jsonb', (c) => c.notNull())
    .addColumn('co_reporters', 'jsonb', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('deleted_leads').execute();
  await db.schema.dropTable('lead_co_reporters').execute();
  await sql`alter table lead_history drop constraint lead_history_action_check`.execute(db);
  await sql`
    alter table lead_history add constraint lead_history_action_check
    check (action in ('reported', 'edited', 'stage', 'follow_up', 'assigned', 'imported'))`.execute(db);
}
