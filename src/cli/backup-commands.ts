import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BackupError, backupPglite, backupPostgres, restorePglite, restorePostgres } from '../db/backup.ts';
import { takeLock } from '../db/embedded-lock.ts';
import { parseCommand } from './usage.ts';
import { pathOf, say, type CliContext, type Handler } from './support.ts';

/** Runs one backup step; a BackupError is the operator's to fix: printed, exit code 2. */
async function reported(cli: CliContext, run: () => Promise<string>): Promise<number> {
  try {
    cli.io.stdout.write(`${await run()}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    cli.io.stderr.write(`${error.message}\n`);
    return 2;
  }
}

/**
 * Runs `step` on the embedded database as its only user. A copy taken beside a running bot
 * could miss what the bot holds in memory, and a restore under it would be overwritten when it
 * exits: while another process owns DATA_DIR, say who and change nothing.
 */
async function owningEmbedded(dataDir: string, command: string, cli: CliContext, step: () => Promise<string>): Promise<number> {
  mkdirSync(dataDir, { recursive: true });
  const taken = takeLock(dataDir, command, true);
  if ('owner' in taken) {
    cli.io.stderr.write(`${say(cli, 'cli.backup.busy', { dir: dataDir, pid: taken.owner.pid, command: taken.owner.command })}\n`);
    return 2;
  }
  try {
    return await reported(cli, step);
  } finally {
    taken.lock.release();
  }
}

/**
 * These open the database directly, not through the app (no migrations: a backup is taken as the
 * database is, and a restored one is migrated by the next start).
 */
export const backupCommands: Record<string, Handler> = {
  async backup(args, config, cli) {
    const [file] = parseCommand('backup', args, cli.lang).positionals;
    const cfg = config();
    if (cfg.DATABASE_URL) {
      const url = cfg.DATABASE_URL;
      return reported(cli, async () => {
        await backupPostgres(url, pathOf(cli, file));
        return say(cli, 'cli.backup.postgres', { file });
      });
    }
    return owningEmbedded(cfg.DATA_DIR, 'backup', cli, async () => {
      const bytes = await backupPglite(join(cfg.DATA_DIR, 'pglite'), pathOf(cli, file));
      return say(cli, 'cli.backup.embedded', { file, bytes });
    });
  },

  async restore(args, config, cli) {
    const { values, positionals } = parseCommand('restore', args, cli.lang);
    const [file] = positionals;
    const force = Boolean(values.force);
    const cfg = config();
    if (cfg.DATABASE_URL) {
      const url = cfg.DATABASE_URL;
      return reported(cli, async () => {
        await restorePostgres(url, pathOf(cli, file), force);
        return say(cli, 'cli.restore.postgres', { file });
      });
    }
    return owningEmbedded(cfg.DATA_DIR, 'restore', cli, async () => {
      const dataDir = join(cfg.DATA_DIR, 'pglite');
      const { keptAside } = await restorePglite(dataDir, pathOf(cli, file), force);
      return say(cli, keptAside ? 'cli.restore.embeddedAside' : 'cli.restore.embedded', { file, dir: dataDir, aside: keptAside ?? '' });
    });
  },
};
