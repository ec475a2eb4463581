import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration describes the schema as it was when it was written.
// Later changes go into new numbered files, never here.

// A lead and its first history entry are written in one statement (one round trip for a
// Save). Within that statement the history's trigger cannot see the new lead yet: it keeps the
// chamber the writer gave, and still takes the lead's own whenever the lead is visible.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function lead_history_set_chamber() returns trigger language plpgsql as $$
    begin
      new.chamber_id := coalesce((select chamber_id from leads where id = new.lead_id), new.chamber_id);
      return new;
    end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function lead_history_set_chamber() returns trigger language plpgsql as $$
    begin
      new.chamber_id := (select chamber_id from leads where id = new.lead_id);
      return new;
    end $$`.execute(db);
}
