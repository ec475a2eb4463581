import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { sql } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { migrateToLatest, openDatabase, type Db } from '../../src/db/database.ts';
import { createPgSchema } from './pg-schema.ts';

export interface TestDatabase {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Empties every table and restarts ids, keeping the schema: call between tests. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

let template: Blob | undefined;

/** The dump the global setup migrated once for the run (test/support/global-setup.ts). */
function migratedTemplate(): Blob | undefined {
  const file = inject('pgliteTemplate');
  if (!file) return undefined;
  template ??= new Blob([readFileSync(file)]);
  return template;
}

/** A bare PGlite in memory, from the run's migrated dump when there is one: initdb costs seconds and ~800 MB. */
export function newPglite(): Promise<PGlite> {
  return PGlite.create({ loadDataDir: migratedTemplate() });
}

/**
 * A migrated database for one test file: in-memory PGlite by default, or a schema of its own
 * on the real server when DATABASE_URL is set, so test files can run side by side.
 * (A PGlite instance costs seconds and hundreds of MB to create: share one per file.)
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  const schema = url ? await createPgSchema(url) : undefined;
  const handle = schema ? await schema.open() : await openDatabase({ dataDir: 'memory', loadDataDir: migratedTemplate() });
  // A no-op on the run's template; migrates when a file runs without the global setup.
  if (!schema) await migrateToLatest(handle.db);
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
      if (schema) await schema.drop();
      else await handle.close();
    },
  };
}

/**
 * The usual shape of a test file's database: opened before its tests, emptied before each,
 * closed after. The returned object reads through to the open database.
 */
export function useTestDatabase(): TestDatabase {
  let current: TestDatabase | undefined;
  const open = () => {
    if (!current) throw new Error('the test database is opened in beforeAll');
    return current;
  };
  beforeAll(async () => {
    current = await openTestDatabase();
  });
  afterAll(async () => {
    await current?.close();
  });
  beforeEach(async () => {
    await open().reset();
  });
  return {
    get db() {
      return open().db;
    },
    get kind() {
      return open().kind;
    },
    reset: () => open().reset(),
    close: () => open().close(),
  };
}
