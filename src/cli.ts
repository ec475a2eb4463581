import { existsSync } from 'node:fs';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { AdminError } from './core/admin.ts';
import { coreCommands } from './cli/core-commands.ts';
import { reportCommands } from './cli/report-commands.ts';
import { jobsCommands, JOBS_USAGE } from './cli/jobs-commands.ts';
import { backupCommands, BACKUP_USAGE } from './cli/backup-commands.ts';
import { UsageError, type Handler } from './cli/support.ts';

const USAGE = `chamber-bot — investment leads and events for out-of-town chambers of commerce

Usage:
  chamber-bot start                         run the bot (terminal chat when no platform is configured)
  chamber-bot chat --as ROLE                chat on stdin/stdout as a demo user (member|secretary|official|admin)
  chamber-bot parse [--today YYYY-MM-DD] TEXT
  chamber-bot parse --jsonl [--today …]     read {"id","text"} lines on stdin, print fields per line
  chamber-bot migrate                       apply database migrations
  chamber-bot seed --demo                   load the demo chambers, users, leads and events
  chamber-bot chamber add NAME [--level city|county] [--status active|preparing]
  chamber-bot chamber list
  chamber-bot invite --role ROLE [--chamber NAME] [--uses N] [--days N]
  chamber-bot summary [--from YYYY-MM-DD --to YYYY-MM-DD] [--chamber NAME] [--json | --xlsx FILE | --png FILE] [--lang zh-CN|zh-TW|en]
  chamber-bot import leads|events FILE [--skip-invalid] [--create-chambers] [--dry-run] [--lang zh-CN|zh-TW|en]
${JOBS_USAGE}${BACKUP_USAGE}`;

const commands: Record<string, Handler> = { ...coreCommands, ...reportCommands, ...jobsCommands, ...backupCommands };

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name ? 0 : 1;
  }
  const handler = commands[name];
  if (!handler) {
    process.stderr.write(`unknown command: ${name}\n\n${USAGE}`);
    return 2;
  }
  // Variables already in the environment win over the file.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: Config | undefined;
  return handler(args, () => (config ??= loadConfig()));
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof AdminError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
    } else if (error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      process.stderr.write(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
