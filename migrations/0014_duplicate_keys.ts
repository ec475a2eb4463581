import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration describes the schema as it was when it was written.
// Later changes go into new numbered files, never here.

// The keys a lead is matched on at capture (company, project, phone, folded and stripped by
// src/domain/duplicates.ts), kept beside the lead so that a report looks up its duplicates by
// index instead of reading every live lead. The keys are the application's to compute: rows
// written before this migration (or with an older key rule) carry a null or older
// keys_version, and the application fills them in when it opens the database.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('leads')
    .addColumn('company_key', 'text')
    .addColumn('project_key', 'text')
    .addColumn('phone_key', 'text')
    .addColumn('keys_version', 'smallint')
    .execute();
  for (const key of ['company_key', 'project_key', 'phone_key']) {
    await sql`create index ${sql.raw(`leads_${key}`)} on leads (${sql.ref(key)}) where ${sql.ref(key)} is not null and stage <> 'dropped'`.execute(db);
  }
  await sql`create index leads_keys_version on leads (keys_version)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['leads_company_key', 'leads_project_key', 'leads_phone_key', 'leads_keys_version']) {
    await sql`drop index if exists ${sql.raw(index)}`.execute(db);
  }
  await db.schema.alterTable('leads').dropColumn('company_key').dropColumn('project_key').dropColumn('phone_key').dropColumn('keys_version').execute();
}
