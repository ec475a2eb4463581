import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration describes the schema as it was when it was written.
// Later changes go into new numbered files, never here.
//
// Scheduled work: the city's catalog (projects, policies, chamber industries), the outbox and
// its sender's pacing state, the scheduler's fire and period claims, digest/nudge opt-outs,
// blocked chats, and the reminder log.
export async function up(db: Kysely<any>): Promise<void> {
  // 招商項目: what the city offers investors.
  await db.schema
    .createTable('projects')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('industry', 'text')
    .addColumn('location', 'text')
    .addColumn('investment_yuan', 'int8')
    .addColumn('land', 'text')
    .addColumn('area_mu', 'numeric(14, 2)')
    .addColumn('incentives', 'text')
    .addColumn('contact', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open', 'closed')`))
    .addColumn('valid_until', 'date')
    .addColumn('raw_text', 'text', (c) => c.notNull())
    // Folded (simplified, lower-case, half-width) name, industry, location and incentives: what searches match.
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('members.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('import_key', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('projects_updated_at').on('projects').column('updated_at').execute();

  // 優惠政策.
  await db.schema
    .createTable('policies')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text')
    .addColumn('summary', 'text')
    .addColumn('link', 'text')
    .addColumn('valid_from', 'date')
    .addColumn('valid_to', 'date')
    .addColumn('industries', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('raw_text', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('members.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('import_key', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('policies_updated_at').on('policies').column('updated_at').execute();

  // The industries a chamber's members work in, as its secretary set them: digests list matching projects first.
  await db.schema
    .createTable('chamber_industries')
    .addColumn('chamber_id', 'integer', (c) => c.notNull().references('chambers.id'))
    .addColumn('industry', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('chamber_industries_pk', ['chamber_id', 'industry'])
    .execute();

  // A project or policy an official typed, until Save or Cancel (like drafts, for the catalog).
  await db.schema
    .createTable('catalog_drafts')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('project', 'policy')`))
    .addColumn('fields', 'jsonb', (c) => c.notNull())
    .addColumn('raw_text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open', 'saved', 'cancelled')`))
    .addColumn('saved_id', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Opt-outs: /mute digest, /mute nudge; `blocked` when the member blocked the bot.
  await db.schema
    .createTable('member_mutes')
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('topic', 'text', (c) => c.notNull().check(sql`topic in ('digest', 'nudge')`))
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`reason in ('user', 'blocked')`))
    .addColumn('muted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('member_mutes_pk', ['member_id', 'topic'])
    .execute();

  // Chats that refused a push (bot blocked, removed from the group, chat gone): nothing is queued to them.
  await db.schema
    .createTable('push_blocks')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'integer', (c) => c.references('members.id'))
    .addColumn('chamber_id', 'integer', (c) => c.references('chambers.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('blocked_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('push_blocks_pk', ['platform', 'chat_id'])
    .execute();

  // One row per message nobody asked for, written in the transaction that decided to send it.
  // pending → claimed (a sender took it, with a send time) → sending (written just before the
  // platform call) → sent | failed; `unknown` when a sender died between call and answer on a
  // platform without idempotency keys (see docs/operations.md).
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('job', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    // job:period:recipient, also the idempotency key platforms that support one deduplicate on.
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('chat_type', 'text', (c) => c.notNull().check(sql`chat_type in ('private', 'group')`))
    .addColumn('member_id', 'integer', (c) => c.references('members.id'))
    .addColumn('chamber_id', 'integer', (c) => c.references('chambers.id'))
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    // Platform messages this row becomes (long text, image, file): what it costs against rate limits.
    .addColumn('cost', 'integer', (c) => c.notNull().defaultTo(1).check(sql`cost >= 1`))
    .addColumn('priority', 'smallint', (c) => c.notNull().defaultTo(50))
    .addColumn('meta', 'jsonb')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'claimed', 'sending', 'sent', 'failed', 'unknown')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('throttled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('not_before', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('claimed_at', 'timestamptz')
    .addColumn('claimed_by', 'text')
    .addColumn('send_at', 'timestamptz')
    .addColumn('lease_until', 'timestamptz')
    .addColumn('sent_at', 'timestamptz')
    .addColumn('message_id', 'text')
    .addColumn('error', 'text')
    .addUniqueConstraint('outbox_job_period_recipient', ['job', 'period', 'recipient'])
    .execute();
  await sql`create index outbox_pending on outbox (platform, priority, not_before, id) where status = 'pending'`.execute(db);
  await sql`create index outbox_in_flight on outbox (lease_until) where status in ('claimed', 'sending')`.execute(db);
  await db.schema.createIndex('outbox_status_created').on('outbox').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('outbox_chat').on('outbox').columns(['platform', 'chat_id']).execute();

  // Pacing shared by every sender: the theoretical arrival time of the next message (GCRA), per platform and per chat.
  await db.schema
    .createTable('outbox_limiters')
    .addColumn('platform', 'text', (c) => c.primaryKey())
    // Planned: the send time the next claimed row gets.
    .addColumn('tat', 'timestamptz', (c) => c.notNull())
    // Actual: the earliest moment the next call may go, checked just before each call.
    .addColumn('sent_tat', 'timestamptz')
    // A 429's retry_after: nobody calls the platform before then.
    .addColumn('paused_until', 'timestamptz')
    .execute();
  await db.schema
    .createTable('outbox_chat_pacing')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('tat', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_tat', 'timestamptz')
    .addPrimaryKeyConstraint('outbox_chat_pacing_pk', ['platform', 'chat_id'])
    .execute();

  // node-cron's RunCoordinator: one row per fire (task name + scheduled instant); the instance that inserts it runs it.
  await db.schema
    .createTable('job_fires')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('instance', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('lease_until', 'timestamptz', (c) => c.notNull())
    .addColumn('completed_at', 'timestamptz')
    .execute();

  // One row per job and period (2026-W49, 2026-11-30, 2026-11): a period runs to `done` once.
  await db.schema
    .createTable('job_runs')
    .addColumn('job', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('running', 'done', 'failed')`))
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('instance', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('lease_until', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addColumn('outcome', 'jsonb')
    .addColumn('error', 'text')
    .addPrimaryKeyConstraint('job_runs_pk', ['job', 'period'])
    .execute();
  await db.schema.createIndex('job_runs_started').on('job_runs').columns(['job', 'started_at']).execute();

  // Reminder items queued, delivered, escalated, and what secretaries did with them: response times.
  await db.schema
    .createTable('reminder_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('event', 'text', (c) => c.notNull().check(sql`event in ('queued', 'delivered', 'escalated', 'followed', 'snoozed', 'reassigned', 'shown')`))
    .addColumn('period', 'text')
    .addColumn('lead_id', 'integer', (c) => c.references('leads.id'))
    .addColumn('member_id', 'integer', (c) => c.references('members.id'))
    .addColumn('outbox_id', 'int8')
    .addColumn('detail', 'jsonb')
    .execute();
  await db.schema.createIndex('reminder_events_lead').on('reminder_events').columns(['lead_id', 'at']).execute();
  await db.schema.createIndex('reminder_events_event').on('reminder_events').columns(['event', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'reminder_events',
    'job_runs',
    'job_fires',
    'outbox_chat_pacing',
    'outbox_limiters',
    'outbox',
    'push_blocks',
    'member_mutes',
    'catalog_drafts',
    'chamber_industries',
    'policies',
    'projects',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
