import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { runCli } from '../support/cli.ts';

/** Each step is a command-line process opening its database: seconds each on a busy machine. */
const CLI_STEPS_TIMEOUT = 300_000;

/** Rows in every table of the database: what a restore must bring back, table by table. */
async function rowCounts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = current_schema() order by tablename`.execute(handle.db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    counts[name] = (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)}`.execute(handle.db)).rows[0].n;
  }
  await handle.close();
  return counts;
}

/** What an operator compares after a restore: the summary figures and the chambers with their counts. */
async function figures(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<{ summary: unknown; chambers: string }> {
  const summary = await runCli(dataDir, ['summary', '--from', '2020-01-01', '--to', '2030-12-31', '--json'], '', env);
  const chambers = await runCli(dataDir, ['chamber', 'list'], '', env);
  expect(summary.code, summary.stderr).toBe(0);
  return { summary: JSON.parse(summary.stdout), chambers: chambers.stdout };
}

describe('chamber-bot backup and restore, embedded database', () => {
  const root = mkdtempSync(join(tmpdir(), 'chamber-backup-'));
  const source = join(root, 'source');
  const fresh = join(root, 'fresh');
  const file = join(root, 'chamber.tgz');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(
    'round trip: the demo data backed up and restored into a fresh DATA_DIR gives the same figures and rows; a second restore needs --force',
    async () => {
      expect((await runCli(source, ['seed', '--demo'])).code).toBe(0);
      const backup = await runCli(source, ['backup', file]);
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stdout).toContain(file);

      const restore = await runCli(fresh, ['restore', file]);
      expect(restore.code, restore.stderr).toBe(0);

      // Rows first: the summary fills its rollup table on first use, in each database.
      const sourceRows = await rowCounts(await openDatabase({ dataDir: join(source, 'pglite') }));
      expect(sourceRows.leads).toBeGreaterThan(0);
      expect(await rowCounts(await openDatabase({ dataDir: join(fresh, 'pglite') }))).toEqual(sourceRows);
      const before = await figures(source);
      expect(before.chambers).toContain('成都商會');
      expect(await figures(fresh)).toEqual(before);

      // Again into the same DATA_DIR: refused unless --force, which keeps the old database aside.
      const refused = await runCli(fresh, ['restore', file]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('already holds a database');
      expect(refused.stderr).toContain('--force');

      const forced = await runCli(fresh, ['restore', '--force', file]);
      expect(forced.code, forced.stderr).toBe(0);
      const aside = readdirSync(fresh).filter((name) => name.startsWith('pglite.before-restore-'));
      expect(aside).toHaveLength(1);
      expect(existsSync(join(fresh, aside[0], 'PG_VERSION'))).toBe(true);
    },
    CLI_STEPS_TIMEOUT,
  );

  it(
    'says what is wrong with a missing file or one that is not a backup',
    async () => {
      const missing = await runCli(join(root, 'other'), ['restore', join(root, 'nope.tgz')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('no such file');
      const notBackup = await runCli(join(root, 'other'), ['restore', 'package.json']);
      expect(notBackup.code).toBe(2);
      expect(notBackup.stderr).toContain('is not a chamber-bot backup');
      expect(existsSync(join(root, 'other', 'pglite'))).toBe(false);
    },
    CLI_STEPS_TIMEOUT,
  );
});

const url = process.env.DATABASE_URL;

describe.runIf(url)('chamber-bot backup and restore, PostgreSQL server (pg_dump / pg_restore)', () => {
  const root = mkdtempSync(join(tmpdir(), 'chamber-backup-pg-'));
  const file = join(root, 'chamber.dump');
  const names = [`backup_src_${randomBytes(4).toString('hex')}`, `backup_dst_${randomBytes(4).toString('hex')}`];
  const urlOf = (name: string) => {
    const u = new URL(url!);
    u.pathname = `/${name}`;
    return u.toString();
  };
  async function admin(statement: string) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement);
    await client.end();
  }
  beforeAll(async () => {
    for (const name of names) await admin(`create database ${name}`);
  });
  afterAll(async () => {
    for (const name of names) await admin(`drop database if exists ${name} with (force)`);
    rmSync(root, { recursive: true, force: true });
  }, CLI_STEPS_TIMEOUT);

  it(
    'round trip into an empty database gives the same figures and rows; a second restore is refused without --force',
    async () => {
      const [source, target] = names.map((name) => ({ DATABASE_URL: urlOf(name) }));
      expect((await runCli(root, ['seed', '--demo'], '', source)).code).toBe(0);
      const backup = await runCli(root, ['backup', file], '', source);
      expect(backup.code, backup.stderr).toBe(0);
      const restore = await runCli(root, ['restore', file], '', target);
      expect(restore.code, restore.stderr).toBe(0);

      // Rows first: the summary fills its rollup table on first use, in each database.
      const sourceRows = await rowCounts(await openDatabase({ url: source.DATABASE_URL }));
      expect(sourceRows.leads).toBeGreaterThan(0);
      expect(await rowCounts(await openDatabase({ url: target.DATABASE_URL }))).toEqual(sourceRows);
      const before = await figures(root, source);
      expect(await figures(root, target)).toEqual(before);

      const again = await runCli(root, ['restore', file], '', target);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('already holds tables');
      const forced = await runCli(root, ['restore', '--force', file], '', target);
      expect(forced.code, forced.stderr).toBe(0);
      expect(await rowCounts(await openDatabase({ url: target.DATABASE_URL }))).toEqual(sourceRows);
    },
    CLI_STEPS_TIMEOUT,
  );
});
