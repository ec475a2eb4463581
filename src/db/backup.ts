import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * Backups of either database, as files an operator keeps:
 * - the embedded PGlite: its own dump of the data directory (a gzipped tarball, dumpDataDir),
 *   restored with loadDataDir into an empty directory;
 * - a PostgreSQL server: pg_dump's custom format, restored by pg_restore in one transaction
 *   (a restore that fails writes nothing). The server's own tools know every object and type.
 */

/** A backup or restore that cannot go ahead; the message says what to do. */
export class BackupError extends Error {}

const GZIP = Buffer.from([0x1f, 0x8b]);
const PG_CUSTOM = Buffer.from('PGDMP');

function kindOf(file: string): 'pglite' | 'postgres' | 'unknown' {
  const head = readFileSync(file).subarray(0, 5);
  if (head.subarray(0, 2).equals(GZIP)) return 'pglite';
  if (head.equals(PG_CUSTOM)) return 'postgres';
  return 'unknown';
}

function readableBackup(file: string, expected: 'pglite' | 'postgres'): void {
  if (!existsSync(file)) throw new BackupError(`${file}: no such file`);
  const kind = kindOf(file);
  if (kind === expected) return;
  if (kind === 'unknown') throw new BackupError(`${file} is not a chamber-bot backup (neither a PGlite tarball nor a pg_dump custom-format file)`);
  throw new BackupError(
    kind === 'pglite'
      ? `${file} is a backup of the embedded database; unset DATABASE_URL to restore it into DATA_DIR`
      : `${file} is a backup of a PostgreSQL server; set DATABASE_URL to the (empty) database to restore it into`,
  );
}

// ── the embedded database ──────────────────────────────────────────────────────────────────

export async function backupPglite(dataDir: string, file: string): Promise<number> {
  if (!existsSync(dataDir) || readdirSync(dataDir).length === 0) throw new BackupError(`${dataDir} holds no database to back up`);
  const client = await PGlite.create({ dataDir });
  try {
    const dump = await client.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    writeFileSync(file, bytes, { mode: 0o600 });
    return bytes.length;
  } finally {
    await client.close();
  }
}

/**
 * Loads a tarball into `dataDir`, which must be empty; with `force`, a database already there is
 * moved aside (returned), never deleted.
 */
export async function restorePglite(dataDir: string, file: string, force: boolean, now = new Date()): Promise<{ keptAside?: string }> {
  readableBackup(file, 'pglite');
  let keptAside: string | undefined;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!force) {
      throw new BackupError(
        `${dataDir} already holds a database: restore will not overwrite it. Stop the bot, then run again with --force (the current database is kept aside, not deleted)`,
      );
    }
    keptAside = `${dataDir}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dataDir, keptAside);
  }
  mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(file)]) });
  await client.query('select 1');
  await client.close();
  return { keptAside };
}

// ── a PostgreSQL server ────────────────────────────────────────────────────────────────────

/** pg_dump and pg_restore get the password in their environment: a command line is visible to every local user. */
function clientEnv(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

async function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await promisify(execFile)(tool, args, { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const err = error as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') {
      throw new BackupError(
        `${tool} is not installed: install the PostgreSQL client tools of the server's version (Debian: apt-get install postgresql-client)`,
      );
    }
    throw new BackupError(`${tool} failed: ${(err.stderr ?? err.message).trim()}`);
  }
}

export async function backupPostgres(url: string, file: string): Promise<void> {
  const { dbname, env } = clientEnv(url);
  await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${dbname}`], env);
}

async function tablesIn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/** Restores into the database of `url`, which must hold no tables unless `force` (its objects are then replaced). */
export async function restorePostgres(url: string, file: string, force: boolean): Promise<void> {
  readableBackup(file, 'postgres');
  if (!force && (await tablesIn(url)) > 0) {
    throw new BackupError(
      'the database of DATABASE_URL already holds tables: restore will not overwrite them. Restore into a new, empty database, or run again with --force to replace them',
    );
  }
  const { dbname, env } = clientEnv(url);
  const args = ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${dbname}`];
  if (force) args.push('--clean', '--if-exists');
  await runTool('pg_restore', [...args, file], env);
}
