import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { BackupError, backupPglite, backupPostgres, restorePglite, restorePostgres } from '../db/backup.ts';
import { UsageError, type Handler } from './support.ts';

export const BACKUP_USAGE = `  chamber-bot backup FILE                   write the database to FILE (PGlite tarball, or pg_dump with DATABASE_URL)
  chamber-bot restore FILE [--force]        load FILE into an empty database (--force: replace the one there)
`;

/** Runs one backup step; a BackupError is the operator's to fix: printed, exit code 2. */
async function reported(run: () => Promise<string>): Promise<number> {
  try {
    process.stdout.write(`${await run()}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

function fileOf(command: string, positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError(`${command} needs one FILE`);
  return positionals[0];
}

/**
 * These open the database directly, not through the app (no migrations: a backup is taken as the
 * database is, and a restored one is migrated by the next start).
 */
export const backupCommands: Record<string, Handler> = {
  async backup(args, config) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    const file = fileOf('backup', positionals);
    const cfg = config();
    return reported(async () => {
      if (cfg.DATABASE_URL) {
        await backupPostgres(cfg.DATABASE_URL, file);
        return `backup of the PostgreSQL database written to ${file} (pg_dump custom format)`;
      }
      const bytes = await backupPglite(join(cfg.DATA_DIR, 'pglite'), file);
      return `backup of the embedded database written to ${file} (${bytes} bytes)`;
    });
  },

  async restore(args, config) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
    const file = fileOf('restore', positionals);
    const cfg = config();
    return reported(async () => {
      if (cfg.DATABASE_URL) {
        await restorePostgres(cfg.DATABASE_URL, file, values.force);
        return `restored ${file} into the PostgreSQL database`;
      }
      const dataDir = join(cfg.DATA_DIR, 'pglite');
      const { keptAside } = await restorePglite(dataDir, file, values.force);
      return `restored ${file} into ${dataDir}${keptAside ? `; the database that was there is kept in ${keptAside}` : ''}`;
    });
  },
};
