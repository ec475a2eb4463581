import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest, openDatabase, type Db } from '../../src/db/database.ts';

export interface TestDatabase {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Empties every table and restarts ids, keeping the schema: call between tests. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A migrated database for one test file: in-memory PGlite by default, or a schema of its own
 * on the real server when DATABASE_URL is set, so test files can run side by side.
 * (A PGlite instance costs seconds and hundreds of MB to create: share one per file.)
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  let schema: string | undefined;
  if (url) {
    schema = `test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
  }
  const handle = await openDatabase(url ? { url, schema, poolSize: 5 } : { dataDir: 'memory' });
  await migrateToLatest(handle.db);
  const tables = (
    await sql<{ tablename: string }>`select tablename from pg_tables where schemaname = current_schema() and tablename not like 'kysely_%'`.execute(handle.db)
  ).rows.map((r) => r.tablename);
  return {
    db: handle.db,
    kind: handle.kind,
    async reset() {
      await sql.raw(`truncate ${tables.map((t) => `"${t}"`).join(', ')} restart identity cascade`).execute(handle.db);
    },
    async close() {
      await handle.close();
      if (url && schema) {
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`drop schema ${schema} cascade`);
        await admin.end();
      }
    },
  };
}
