/**
 * `npm run build` (and so `npm ci`): writes the embedded database template, an empty database
 * with every migration applied (see embedded-template.ts).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { migrateToLatest } from './database.ts';
import { migrationNames, TEMPLATE_DIR, TEMPLATE_MIGRATIONS_FILE } from './embedded-template.ts';
import type { Database } from './schema.ts';

rmSync(TEMPLATE_MIGRATIONS_FILE, { force: true });
rmSync(TEMPLATE_DIR, { recursive: true, force: true });
const db = new Kysely<Database>({ dialect: new PGliteDialect(await PGlite.create({ dataDir: TEMPLATE_DIR })) });
await migrateToLatest(db);
await db.destroy();
writeFileSync(TEMPLATE_MIGRATIONS_FILE, JSON.stringify(migrationNames()));
