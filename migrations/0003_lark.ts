import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration describes the schema as it was when it was written.
// Later changes go into new numbered files, never here.

// Nonces of signed Lark webhook requests already accepted, shared by every instance behind the
// load balancer so a captured request cannot be replayed to another one. A nonce is kept a
// little longer than the 5 minutes a request's timestamp may be off; expired rows are deleted.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('lark_webhook_nonces')
    .addColumn('nonce', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('lark_webhook_nonces_expires_at').on('lark_webhook_nonces').column('expires_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('lark_webhook_nonces').execute();
}
