import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration describes the schema as it was when it was written.
// Later changes go into new numbered files, never here.

// outbox.parts_sent: a push that becomes several platform messages (text, chart, workbook) keeps
// how many of them have been delivered, so a retry after a 429 or an error on a later part sends
// only the rest, never the parts already delivered.
//
// inbound_events: platform events (Lark's) recorded before they are acknowledged and deleted once
// processed, so an event the platform considers delivered survives a crash of the process that
// took it; rows whose lease has passed are processed again (at start, and periodically).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('outbox')
    .addColumn('parts_sent', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('inbound_events')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('lease_until', 'timestamptz', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('inbound_events_pk', ['platform', 'event_id'])
    .execute();
  await db.schema.createIndex('inbound_events_lease_until').on('inbound_events').columns(['platform', 'lease_until']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('inbound_events').execute();
  await db.schema.alterTable('outbox').dropColumn('parts_sent').execute();
}
