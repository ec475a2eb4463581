import { randomBytes } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { migrations } from '../../migrations/index.ts';

/**
 * A schema of its own on the real PostgreSQL (DATABASE_URL), for the tests and the benchmark that
 * need several connections, processes or instances at once. Migrated with the migration tables in
 * that schema: kysely's Migrator otherwise takes another schema's kysely_migration table for its own.
 */
export interface PgSchema {
  url: string;
  schema: string;
  /** A new handle on the schema (each instance of the bot has its own pool). */
  open(poolSize?: number): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

export async function createPgSchema(url: string, prefix = 'test'): Promise<PgSchema> {
  const schema = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handles: DatabaseHandle[] = [];
  const open = async (poolSize = 5) => {
    const handle = await openDatabase({ url, schema, poolSize });
    handles.push(handle);
    return handle;
  };
  const first = await open(2);
  const { error } = await new Migrator({ db: first.db, provider: { getMigrations: async () => migrations }, migrationTableSchema: schema }).migrateToLatest();
  if (error) throw error;
  await sql`select 1`.execute(first.db);
  return {
    url,
    schema,
    open,
    async drop() {
      for (const h of handles.splice(0)) await h.close().catch(() => undefined);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}
