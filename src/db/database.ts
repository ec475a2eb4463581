import { Kysely, Migrator, PostgresDialect, sql, type Dialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { migrations } from '../../migrations/index.ts';
import type { Database } from './schema.ts';
import { claimEmbedded } from './embedded-owner.ts';
import { serveEmbedded, SOCKET_PORT } from './embedded-server.ts';
import { GatedPGliteDialect, SessionGate } from './session-gate.ts';
import { copyTemplate } from './embedded-template.ts';

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
  /**
   * `memory` only: start from this dump of a data directory (PGlite's dumpDataDir) instead of
   * running initdb, which costs seconds and ~800 MB (the test suite loads one migrated dump per file).
   */
  loadDataDir?: Blob;
  /** pg only: run with this search_path (tests isolate themselves in a schema). */
  schema?: string;
  poolSize?: number;
  /**
   * Embedded on disk: what this process runs, named to anyone who finds the directory taken.
   * One process owns the directory and serves it to the others; `exclusive` refuses to be one of
   * those others (a second bot on the same directory).
   */
  owner?: { command: string; exclusive: boolean };
}

export interface DatabaseHandle {
  db: Db;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

interface OpenedDialect {
  dialect: Dialect;
  kind: 'postgres' | 'pglite';
  /** After kysely let go of the database: what else this process holds for it. */
  release?: () => void;
  /** Before kysely lets go: what must finish while the database is still open. */
  beforeClose?: () => Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const { dialect, kind, release, beforeClose } = options.url
    ? postgresDialect({ connectionString: options.url, max: options.poolSize ?? 10 }, options.schema)
    : await pgliteDialect(options);
  const db = new Kysely<Database>({ dialect });
  return {
    db,
    kind,
    async close() {
      await beforeClose?.();
      await db.destroy();
      release?.();
    },
  };
}

function postgresDialect(connection: pg.PoolConfig, schema?: string): OpenedDialect & { kind: 'postgres' } {
  const pool = new pg.Pool({
    ...connection,
    options: schema ? `-c search_path=${schema}` : undefined,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        (parsers as Record<number, (text: string) => unknown>)[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
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

async function pgliteDialect(options: DatabaseOptions): Promise<OpenedDialect> {
  const dataDir = options.dataDir ?? './data';
  if (dataDir === 'memory') {
    const client = await PGlite.create({ parsers, startParams: PGLITE_START_PARAMS, loadDataDir: options.loadDataDir });
    return { dialect: new PGliteDialect(client), kind: 'pglite' };
  }
  // The lock and the socket sit beside the database's own folder, in DATA_DIR.
  const home = dirname(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const { command, exclusive } = options.owner ?? { command: 'command', exclusive: false };
  const claimed = await claimEmbedded(home, command, exclusive);
  if ('socket' in claimed) {
    // PGlite has one session: one connection is all the owner would give us at a time anyway.
    return { ...postgresDialect({ host: dirname(claimed.socket), port: SOCKET_PORT, user: 'postgres', database: 'postgres', max: 1 }), kind: 'pglite' };
  }
  const { lock } = claimed;
  let client: PGlite | undefined;
  try {
    if (!existsSync(join(dataDir, 'PG_VERSION')) && !copyTemplate(dataDir)) await promisify(execFile)(process.execPath, [initScript, dataDir]);
    client = await PGlite.create({ dataDir, parsers, startParams: PGLITE_START_PARAMS });
    const gate = new SessionGate();
    const server = await serveEmbedded(client, gate, home);
    lock.announce(server.path);
    return {
      dialect: new GatedPGliteDialect(client, gate),
      kind: 'pglite',
      beforeClose: () => server.close(),
      release: () => lock.release(),
    };
  } catch (error) {
    await client?.close();
    lock.release();
    throw error;
  }
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
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    if (attempt >= INTROSPECTION_ATTEMPTS || !isCatalogRace(error)) throw error;
  }
}

const INTROSPECTION_ATTEMPTS = 3;

/**
 * Before it migrates, Kysely lists the tables of every schema (pg_get_serial_sequence per column);
 * a schema migrating beside ours at that moment (tests, benchmarks on one server) can make that
 * listing fail with a column or table that has just come or gone. Migrations run in one transaction,
 * so trying again is safe; a migration that is really wrong fails the same way each time.
 */
function isCatalogRace(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === '42703' || code === '42P01';
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
