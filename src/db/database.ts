import { Kysely, Migrator, PostgresDialect, sql, type Dialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { migrations } from '../../migrations/index.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

/** int8 money stays exact up to 2^53 yuan; beyond that reading it as a number would lie. */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 value ${text} is beyond exact range`);
  return value;
}

// Both drivers read int8 and numeric as numbers and dates as 'YYYY-MM-DD' strings, so the
// code above them never learns which one it talks to (pg would otherwise give strings
// for int8 and local-time Date objects for dates).
const parsers = {
  [INT8]: parseInt8,
  [NUMERIC]: (text: string) => Number(text),
  [DATE]: (text: string) => text,
};

export interface DatabaseOptions {
  /** postgres://… ; when absent the embedded PGlite is used. */
  url?: string;
  /** Where PGlite keeps its files; `memory` keeps them in memory only. */
  dataDir?: string | 'memory';
  /** pg only: run with this search_path (tests isolate themselves in a schema). */
  schema?: string;
  poolSize?: number;
}

export interface DatabaseHandle {
  db: Db;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const { dialect, kind } = options.url ? postgresDialect(options) : await pgliteDialect(options);
  const db = new Kysely<Database>({ dialect });
  return { db, kind, close: () => db.destroy() };
}

function postgresDialect(options: DatabaseOptions): { dialect: Dialect; kind: 'postgres' } {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        (parsers as Record<number, (text: string) => unknown>)[oid] ??
        pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // A client losing its server (a failover, pg_terminate_backend) must not take the process down.
  // pg emits 'error' on the client itself; the pool listens only while the client is idle, so a
  // checked-out client needs its own listener. The query in flight fails with the error, the
  // update is delivered again, and the pool drops the client (no longer queryable) on release.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return { dialect: new PostgresDialect({ pool }), kind: 'postgres' };
}

/**
 * PGlite's defaults suit a browser tab; an always-on bot wants a small resident size:
 * 8 MB of shared buffers instead of 128 MB is plenty for a city's chambers (the OS caches the files).
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=8MB'];

const initScript = fileURLToPath(new URL('./pglite-init.mjs', import.meta.url));

async function pgliteDialect(options: DatabaseOptions): Promise<{ dialect: Dialect; kind: 'pglite' }> {
  const dataDir = options.dataDir ?? './data';
  if (dataDir !== 'memory') {
    mkdirSync(dataDir, { recursive: true });
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await promisify(execFile)(process.execPath, [initScript, dataDir]);
  }
  const client = await PGlite.create({
    dataDir: dataDir === 'memory' ? undefined : dataDir,
    parsers,
    startParams: PGLITE_START_PARAMS,
  });
  return { dialect: new PGliteDialect(client), kind: 'pglite' };
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one: name ours,
  // so that a database shared by several schemas (tests, benchmarks) migrates each on its own.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: rows[0].schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** True when the error means the database cannot be reached, not that a statement was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const err = error as { code?: string; message?: string } | undefined;
  if (!err) return false;
  if (typeof err.code === 'string') {
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'].includes(err.code)) return true;
    // SQLSTATE classes 08 (connection exception), 53 (insufficient resources), 57P (operator intervention).
    if (/^(08|53|57P)/.test(err.code)) return true;
  }
  // A client that lost its connection refuses every later statement (a transaction's rollback included).
  return /Connection terminated|connection timeout|not queryable|PGLite not initialized|PGlite is closed/i.test(err.message ?? '');
}

export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
