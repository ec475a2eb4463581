import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration describes the schema as it was when it was written.
// Later changes go into new numbered files, never here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('chambers')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('level', 'text', (c) => c.notNull().defaultTo('city').check(sql`level in ('city', 'county')`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active', 'preparing')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('members')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('chamber_id', 'integer', (c) => c.references('chambers.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('member', 'secretary', 'official', 'admin')`))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull().defaultTo('zh-CN'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // A person may reach the bot from several platforms; each identity maps to one member.
  await db.schema
    .createTable('identities')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('platform_user_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('display_name', 'text')
    .addColumn('lang', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('identities_pk', ['platform', 'platform_user_id'])
    .execute();

  await db.schema
    .createTable('invite_codes')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('chamber_id', 'integer', (c) => c.references('chambers.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    // Set on a link code: joining with it adds a platform identity to this existing member.
    .addColumn('member_id', 'integer', (c) => c.references('members.id'))
    .addColumn('uses_left', 'integer', (c) => c.notNull().check(sql`uses_left >= 0`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('leads')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('chamber_id', 'integer', (c) => c.notNull().references('chambers.id'))
    .addColumn('reporter_id', 'integer', (c) => c.references('members.id'))
    .addColumn('owner_id', 'integer', (c) => c.references('members.id'))
    .addColumn('stage', 'text', (c) => c.notNull().check(sql`stage in ('lead', 'negotiating', 'signed', 'landed', 'dropped')`))
    .addColumn('investment_yuan', 'int8')
    .addColumn('funds_in_place_yuan', 'int8')
    .addColumn('tax_yuan', 'int8')
    .addColumn('area_mu', 'numeric(14, 2)')
    .addColumn('jobs', 'integer')
    .addColumn('company', 'text')
    .addColumn('project', 'text')
    .addColumn('contact', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('location', 'text')
    .addColumn('industry', 'text')
    .addColumn('raw_text', 'text', (c) => c.notNull())
    // Evidence of who brought the lead: never changed after the first report.
    .addColumn('reported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The first time the lead reached signed (or later) and landed; kept when it moves back or is dropped.
    .addColumn('signed_at', 'timestamptz')
    .addColumn('landed_at', 'timestamptz')
    .addColumn('dropped_at', 'timestamptz')
    .addColumn('next_follow_up_on', 'date')
    .addColumn('last_follow_up_at', 'timestamptz')
    .addColumn('import_key', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('leads_chamber_stage').on('leads').columns(['chamber_id', 'stage']).execute();
  await db.schema.createIndex('leads_reported_at').on('leads').column('reported_at').execute();
  await db.schema.createIndex('leads_signed_at').on('leads').column('signed_at').execute();
  await db.schema.createIndex('leads_landed_at').on('leads').column('landed_at').execute();

  await db.schema
    .createTable('lead_history')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('member_id', 'integer', (c) => c.references('members.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('reported', 'edited', 'stage', 'follow_up', 'assigned', 'imported')`))
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text')
    .addColumn('changes', 'jsonb')
    .addColumn('note', 'text')
    // Counting funds in place by their increase keeps money counted once however often it is updated.
    .addColumn('funds_delta_yuan', 'int8', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('lead_history_lead').on('lead_history').columns(['lead_id', 'at']).execute();
  await db.schema.createIndex('lead_history_at').on('lead_history').column('at').execute();

  await db.schema
    .createTable('follow_ups')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('member_id', 'integer', (c) => c.references('members.id'))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('next_on', 'date')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('chamber_id', 'integer', (c) => c.notNull().references('chambers.id'))
    .addColumn('reporter_id', 'integer', (c) => c.references('members.id'))
    .addColumn('event_type', 'text', (c) => c.notNull().check(sql`event_type in ('negotiation', 'promotion', 'visit', 'other')`))
    .addColumn('held_on', 'date', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('invited_enterprises', 'integer')
    .addColumn('signed_projects', 'integer')
    .addColumn('investment_yuan', 'int8')
    .addColumn('note', 'text')
    .addColumn('raw_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('import_key', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('events_held_on').on('events').columns(['held_on', 'chamber_id']).execute();

  // What a person typed and the bot understood, until it is saved or cancelled. Kept in
  // the database so that another instance can answer the next message or button.
  await db.schema
    .createTable('drafts')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('lead', 'event')`))
    .addColumn('fields', 'jsonb', (c) => c.notNull())
    .addColumn('raw_text', 'text', (c) => c.notNull())
    .addColumn('awaiting', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open', 'saved', 'cancelled')`))
    .addColumn('saved_id', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('drafts_open').on('drafts').columns(['platform', 'chat_id', 'member_id', 'status']).execute();

  await db.schema
    .createTable('group_bindings')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('chamber_id', 'integer', (c) => c.notNull().references('chambers.id'))
    .addColumn('title', 'text')
    .addColumn('bound_by', 'integer', (c) => c.references('members.id'))
    .addColumn('bound_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('group_bindings_pk', ['platform', 'chat_id'])
    .execute();

  // One row per platform update: written in the same transaction as its effects, so a
  // redelivered update changes nothing and gets the same answer.
  await db.schema
    .createTable('inbound_updates')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('update_id', 'text', (c) => c.notNull())
    .addColumn('processed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('replies', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('inbound_updates_pk', ['platform', 'update_id'])
    .execute();
  await db.schema.createIndex('inbound_updates_processed_at').on('inbound_updates').column('processed_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'inbound_updates',
    'group_bindings',
    'drafts',
    'events',
    'follow_ups',
    'lead_history',
    'leads',
    'invite_codes',
    'identities',
    'members',
    'chambers',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
