import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { hasLark, hasTelegram, type Config } from '../config.ts';
import { localDate, localDateTime } from '../domain/calendar.ts';
import { isLang, type Lang } from '../i18n/index.ts';
import { catalogImportReport, importCatalog, type CatalogKind } from '../catalog/import.ts';
import { JOBS, jobContext } from '../jobs/index.ts';
import { periodDates, periodOf } from '../jobs/periods.ts';
import { lastRuns, runPeriod } from '../jobs/runs.ts';
import { nextFire, previousFire } from '../jobs/scheduler.ts';
import { JOB_NAMES, jobSettings, type JobName } from '../jobs/settings.ts';
import { retryUnknown } from '../outbox/sender.ts';
import { reportCommands } from './report-commands.ts';
import { readImportFile, UsageError, withApp, type Handler } from './support.ts';

/**
 * chamber-bot jobs list | jobs run NAME [--period KEY] [--force]
 * chamber-bot outbox status | outbox retry-unknown [--id N …]
 * chamber-bot import projects|policies FILE [--skip-invalid] [--dry-run] (leads|events: the ledger import)
 */

export const JOBS_USAGE = `  chamber-bot jobs list                     schedules, next and last runs of the scheduled jobs
  chamber-bot jobs run NAME [--period KEY] [--force]
                                            run digest|reminders|nudge|summary|housekeeping now (once per period)
  chamber-bot outbox status                 pending, sent, failed, oldest pending, recent failures
  chamber-bot outbox retry-unknown [--id N]  send again messages whose delivery is unknown (may duplicate)
  chamber-bot import projects|policies FILE [--skip-invalid] [--dry-run] [--lang zh-CN|zh-TW|en]
`;

/** The platforms this installation pushes to, so a job run from the command line queues only for them. */
function pushPlatforms(config: Config): string[] | undefined {
  const platforms = [...(hasTelegram(config) ? ['telegram'] : []), ...(hasLark(config) ? ['lark'] : [])];
  return platforms.length ? platforms : undefined;
}

function outcomeText(outcome: unknown): string {
  if (!outcome || typeof outcome !== 'object') return '';
  return Object.entries(outcome as Record<string, unknown>)
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - [...text].length));

async function jobsCommand(args: string[], config: () => Config): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') {
    return withApp(config(), async (app) => {
      const tz = app.config.BOT_TIMEZONE;
      const settings = jobSettings(app.config);
      const runs = await lastRuns(app.database.db);
      process.stdout.write(`time zone ${tz}; catch-up window ${app.config.JOBS_CATCH_UP_HOURS} h\n`);
      process.stdout.write(`${pad('job', 14)}${pad('schedule', 16)}${pad('next run', 19)}last run\n`);
      for (const name of JOB_NAMES) {
        const schedule = settings.schedules[name];
        const next = nextFire(schedule, tz);
        const last = runs.get(name);
        const lastText = last
          ? `${last.period} ${last.status} (${last.trigger}, ${localDateTime(last.started_at, tz)}${last.attempts > 1 ? `, attempt ${last.attempts}` : ''}) ${last.status === 'failed' ? (last.error ?? '') : outcomeText(last.outcome)}`
          : 'never';
        process.stdout.write(`${pad(name, 14)}${pad(schedule, 16)}${pad(next ? localDateTime(next, tz) : '—', 19)}${lastText}\n`);
      }
      return 0;
    });
  }
  if (sub === 'run') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { period: { type: 'string' }, force: { type: 'boolean', default: false } },
    });
    const name = positionals[0] as JobName;
    if (!JOB_NAMES.includes(name) || positionals.length !== 1) throw new UsageError(`jobs run needs one of ${JOB_NAMES.join(', ')}`);
    const job = JOBS[name];
    return withApp(config(), async (app) => {
      const tz = app.config.BOT_TIMEZONE;
      const now = new Date();
      // Without --period: the period of the schedule's latest fire, or of now.
      const fire = previousFire(jobSettings(app.config).schedules[name], tz, now, 40 * 86_400_000) ?? now;
      const period = values.period ?? periodOf(job.period, fire, tz);
      const kind = job.period === 'previous-month' ? 'month' : job.period;
      if (!periodDates(kind, period)) throw new UsageError(`--period ${period} is not a ${kind} key (e.g. ${periodOf(job.period, now, tz)})`);
      const ctx = jobContext(app, pushPlatforms(app.config));
      const result = await runPeriod(ctx, job, period, { instance: `cli-${process.pid}`, trigger: 'manual', force: values.force });
      if (!result.ran) {
        process.stderr.write(`${name} ${period}: already run or running (see: chamber-bot jobs list); --force runs a finished period again, queueing only what is not queued yet\n`);
        return 1;
      }
      if (result.status === 'failed') {
        process.stderr.write(`${name} ${period}: failed: ${result.error}\n`);
        return 1;
      }
      process.stdout.write(`${name} ${period}: done ${outcomeText(result.outcome)}\n`);
      process.stderr.write('queued messages are sent by the running bot (its outbox sender)\n');
      return 0;
    });
  }
  throw new UsageError('jobs list | jobs run NAME [--period KEY] [--force]');
}

async function outboxCommand(args: string[], config: () => Config): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'status') {
    return withApp(config(), async (app) => {
      const db = app.database.db;
      const tz = app.config.BOT_TIMEZONE;
      const counts = await db
        .selectFrom('outbox')
        .select(['platform', 'status', sql<number>`count(*)::int`.as('count')])
        .groupBy(['platform', 'status'])
        .orderBy('platform')
        .orderBy('status')
        .execute();
      if (counts.length === 0) {
        process.stdout.write('outbox is empty\n');
        return 0;
      }
      const byPlatform = new Map<string, Record<string, number>>();
      for (const row of counts) byPlatform.set(row.platform, { ...(byPlatform.get(row.platform) ?? {}), [row.status]: row.count });
      const statuses = ['pending', 'claimed', 'sending', 'sent', 'failed', 'unknown'];
      process.stdout.write(`${pad('platform', 12)}${statuses.map((s) => pad(s, 10)).join('')}\n`);
      for (const [platform, c] of byPlatform) {
        process.stdout.write(`${pad(platform, 12)}${statuses.map((s) => pad(String(c[s] ?? 0), 10)).join('')}\n`);
      }
      const oldest = await db
        .selectFrom('outbox')
        .select(['id', 'key', 'created_at', 'not_before', 'attempts', 'error'])
        .where('status', '=', 'pending')
        .orderBy('created_at')
        .limit(1)
        .executeTakeFirst();
      if (oldest) {
        const minutes = Math.round((Date.now() - oldest.created_at.getTime()) / 60_000);
        process.stdout.write(
          `oldest pending: #${oldest.id} ${oldest.key}, queued ${localDateTime(oldest.created_at, tz)} (${minutes} min ago), next try ${localDateTime(oldest.not_before, tz)}, ${oldest.attempts} attempts${oldest.error ? `, last error: ${oldest.error}` : ''}\n`,
        );
      }
      const problems = await db
        .selectFrom('outbox')
        .select(['id', 'key', 'platform', 'status', 'error', 'attempts', 'throttled', 'claimed_at', 'created_at'])
        .where('status', 'in', ['failed', 'unknown'])
        .orderBy('id', 'desc')
        .limit(10)
        .execute();
      if (problems.length) process.stdout.write('recent failures:\n');
      for (const p of problems) {
        const at = localDateTime(p.claimed_at ?? p.created_at, tz);
        process.stdout.write(`  #${p.id} ${p.status} ${at} ${p.key} (${p.platform}, ${p.attempts} attempts, ${p.throttled} throttled): ${p.error ?? ''}\n`);
      }
      const unknown = byPlatform.size ? [...byPlatform.values()].reduce((n, c) => n + (c.unknown ?? 0), 0) : 0;
      if (unknown) process.stdout.write(`${unknown} unknown: a sender stopped mid-send; see docs/operations.md, then chamber-bot outbox retry-unknown\n`);
      return 0;
    });
  }
  if (sub === 'retry-unknown') {
    const { values } = parseArgs({ args: rest, options: { id: { type: 'string', multiple: true } } });
    const ids = (values.id ?? []).map(Number);
    if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) throw new UsageError('--id takes an outbox row number');
    return withApp(config(), async (app) => {
      const count = await retryUnknown(app.database.db, ids);
      process.stdout.write(`${count} message(s) queued again\n`);
      return 0;
    });
  }
  throw new UsageError('outbox status | outbox retry-unknown [--id N]');
}

async function importCommand(args: string[], config: () => Config): Promise<number> {
  const kind = args.find((a) => !a.startsWith('-'));
  if (kind !== 'projects' && kind !== 'policies') return reportCommands.import(args, config);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'skip-invalid': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
  });
  const file = positionals[1];
  if (!file || positionals.length > 2) throw new UsageError('import projects FILE | import policies FILE');
  const lang = (values.lang ?? 'zh-CN') as Lang;
  if (!isLang(lang)) throw new UsageError('--lang must be zh-CN, zh-TW or en');
  const tables = await readImportFile(file);
  if (!tables) return 1;
  return withApp(config(), async (app) => {
    const now = new Date();
    const result = await importCatalog(app.database.db, {
      kind: kind as CatalogKind,
      tables,
      fileName: basename(file),
      today: localDate(now, app.config.BOT_TIMEZONE),
      now,
      skipInvalid: values['skip-invalid'],
      dryRun: values['dry-run'],
    });
    const lines = catalogImportReport(result, basename(file), lang);
    const failed = result.fileErrors.length > 0 || (result.invalid > 0 && !values['skip-invalid']);
    (failed ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
    return failed ? 1 : 0;
  });
}

export const jobsCommands: Record<string, Handler> = {
  jobs: jobsCommand,
  outbox: outboxCommand,
  // Also answers import leads|events, by handing them to the ledger import.
  import: importCommand,
};
