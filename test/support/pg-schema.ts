import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../src/db/database.ts';

/**
 * A migrated schema of its own on the real PostgreSQL, for test files (so they can run side by
 * side) and for the tests and benchmarks that need several connections, processes or instances.
 */
export interface PgSchema {
  url: string;
  schema: string;
  /** A new handle on the schema (each instance of the bot has its own pool). */
  open(poolSize?: number): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

/**
 * Held while a schema is migrated or dropped. kysely's migrator lists the tables of every schema
 * (pg_get_serial_sequence by name), which fails when another test file drops its schema at that
 * moment: "schema test_… does not exist".
 */
const SCHEMA_CHANGE_LOCK = 74_210_511;

async function withSchemaLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [SCHEMA_CHANGE_LOCK]);
    return await work();
  } finally {
    await client.end();
  }
}

export async function createPgSchema(url: string, prefix = 'test'): Promise<PgSchema> {
  const schema = `${prefix}_${randomBytes(5).toString('hex')}`;
  const handles: DatabaseHandle[] = [];
  const open = async (poolSize = 5) => {
    const handle = await openDatabase({ url, schema, poolSize });
    handles.push(handle);
    return handle;
  };
  await withSchemaLock(url, async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    await migrateToLatest((await open(2)).db);
  });
  return {
    url,
    schema,
    open,
    async drop() {
      for (const h of handles.splice(0)) await h.close().catch(() => undefined);
      await withSchemaLock(url, async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`);
        await client.end();
      });
    },
  };
}
