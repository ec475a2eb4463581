import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../../src/db/database.ts';
import { copyTemplate } from '../../src/db/embedded-template.ts';
import type { Database } from '../../src/db/schema.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, empty PGlite data directory (dumpDataDir tarball), or '' on PostgreSQL. */
    pgliteTemplate: string;
  }
}

/**
 * Prepares the migrated database once for the whole run: each test file then loads this dump
 * into its own in-memory PGlite (a fraction of a second) instead of paying seconds and ~800 MB.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.DATABASE_URL) {
    project.provide('pgliteTemplate', '');
    return () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'chamber-bot-template-'));
  // The build's migrated template when it matches the migrations (a third of initdb's time, half
  // its memory, and no migrations to run); else initdb and the migrations.
  const copied = copyTemplate(join(dir, 'pgdata'));
  const client = await PGlite.create(copied ? { dataDir: join(dir, 'pgdata') } : {});
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  await migrateToLatest(db);
  const dump = await client.dumpDataDir('none');
  await db.destroy();
  const file = join(dir, 'pgdata.tar');
  writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
