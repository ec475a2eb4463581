/**
 * `npm run build` (and so `npm ci`): writes the embedded database template, an empty database
 * with every migration applied (see embedded-template.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { migrateToLatest } from './database.ts';
import { migrationNames, TEMPLATE_FILE, TEMPLATE_MIGRATIONS_FILE } from './embedded-template.ts';
import type { Database } from './schema.ts';

const pglite = await PGlite.create();
const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
await migrateToLatest(db);
const tarball = await pglite.dumpDataDir('gzip');
mkdirSync(dirname(TEMPLATE_FILE), { recursive: true });
writeFileSync(TEMPLATE_FILE, Buffer.from(await tarball.arrayBuffer()));
writeFileSync(TEMPLATE_MIGRATIONS_FILE, JSON.stringify(migrationNames()));
await db.destroy();
