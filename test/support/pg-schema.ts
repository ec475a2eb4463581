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
  await migrateToLatest((await open(2)).db);
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
