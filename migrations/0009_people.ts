import { sql, type Kysely } from 'kysely';
import { foldPairs } from '../src/domain/script.ts';

// Frozen in time: this migration describes the schema as it was when it was written.
// Later changes go into new numbered files, never here.

// Chambers are unique by their folded name: 西安商会 and 西安商會 (or 西安) are one chamber.
// The key is kept by the database itself, so every writer (the chat, the CLI, imports, tests)
// gets it; its folding table is OpenCC's, as the bot folds reports, taken when this migration
// ran (a later change of the table would come with a migration of its own).
//
// A database that already holds two spellings of one chamber keeps both (the later one's key
// carries its id) until an admin merges them.
//
// Members get removed_at: a removed member keeps their row (the leads they brought keep their
// credit) but loses their platform identities, so they can use the bot again only when invited.
export async function up(db: Kysely<any>): Promise<void> {
  const { from, to } = foldPairs();
  const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
  await sql`
    create function chamber_name_key(name text) returns text language sql immutable as $$
      select regexp_replace(regexp_replace(translate(name, ${sql.raw(literal(from))}, ${sql.raw(literal(to))}), '\\s+', '', 'g'), '商会$', '')
    $$`.execute(db);
  await sql`alter table chambers add column name_key text`.execute(db);
  await sql`
    update chambers c set name_key = chamber_name_key(c.name) ||
      case when exists (select 1 from chambers e where e.id < c.id and chamber_name_key(e.name) = chamber_name_key(c.name))
        then '#' || c.id else '' end`.execute(db);
  await sql`alter table chambers alter column name_key set not null`.execute(db);
  await sql`create unique index chambers_folded_name on chambers (name_key)`.execute(db);
  await sql`
    create function chambers_set_name_key() returns trigger language plpgsql as $$
    begin
      new.name_key := chamber_name_key(new.name);
      return new;
    end $$`.execute(db);
  await sql`
    create trigger chambers_set_name_key before insert or update of name on chambers
    for each row execute function chambers_set_name_key()`.execute(db);

  await sql`alter table members add column removed_at timestamptz`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table members drop column removed_at`.execute(db);
  await sql`drop trigger chambers_set_name_key on chambers`.execute(db);
  await sql`drop function chambers_set_name_key()`.execute(db);
  await sql`drop index chambers_folded_name`.execute(db);
  await sql`alter table chambers drop column name_key`.execute(db);
  await sql`drop function chamber_name_key(text)`.execute(db);
}
