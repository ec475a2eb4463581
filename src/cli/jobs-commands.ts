import { sql } from 'kysely';
import { enabledPlatforms } from '../adapters/registry.ts';
import type { Config } from '../config.ts';
import { localDateTime } from '../domain/calendar.ts';
import { JOBS, jobContext } from '../jobs/index.ts';
import { periodDates, periodOf } from '../jobs/periods.ts';
import { lastRuns, runPeriod } from '../jobs/runs.ts';
import { nextFire, previousFire } from '../jobs/scheduler.ts';
import { JOB_NAMES, jobSettings, type JobName } from '../jobs/settings.ts';
import { retryUnknown } from '../outbox/sender.ts';
import { oneOf, subcommand } from './core-commands.ts';
import { parseCommand } from './usage.ts';
import { say, UsageError, withApp, type CliContext, type Handler } from './support.ts';

/** chamber-bot jobs list | jobs run …, outbox status | outbox retry-unknown, and import projects|policies. */

/** The platforms this installation pushes to, so a job run from the command line queues only for them. */
function pushPlatforms(config: Config): string[] | undefined {
  const platforms = enabledPlatforms(config).map((p) => p.name);
  return platforms.length ? platforms : undefined;
}

function outcomeText(outcome: unknown): string {
  if (!outcome || typeof outcome !== 'object') return '';
  return Object.entries(outcome as Record<string, unknown>)
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
}

/** Columns a text takes in a terminal: Chinese characters take two. */
const columns = (text: string) =>
  [...text].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - columns(text)));

async function jobsCommand(args: string[], config: () => Config, cli: CliContext): Promise<number> {
  const sub = subcommand(cli, 'jobs', args, ['list', 'run']);
  const rest = args.slice(1);
  if (sub === 'list') {
    parseCommand('jobs list', rest, cli.lang);
    return withApp(cli, config(), async (app) => {
      const tz = app.config.BOT_TIMEZONE;
      const settings = jobSettings(app.config);
      const runs = await lastRuns(app.database.db);
      cli.io.stdout.write(`${say(cli, 'cli.jobs.zone', { timezone: tz, hours: app.config.JOBS_CATCH_UP_HOURS })}\n`);
      const [job, schedule, next, last] = say(cli, 'cli.jobs.head').split('|');
      cli.io.stdout.write(`${pad(job, 14)}${pad(schedule, 16)}${pad(next, 19)}${last}\n`);
      for (const name of JOB_NAMES) {
        const schedule = settings.schedules[name];
        const next = nextFire(schedule, tz);
        const last = runs.get(name);
        const lastText = last
          ? `${last.period} ${last.status} (${last.trigger}, ${localDateTime(last.started_at, tz)}${last.attempts > 1 ? `, ${say(cli, 'cli.jobs.attempt', { attempts: last.attempts })}` : ''}) ${last.status === 'failed' ? (last.error ?? '') : outcomeText(last.outcome)}`
          : say(cli, 'cli.jobs.never');
        cli.io.stdout.write(`${pad(name, 14)}${pad(schedule, 16)}${pad(next ? localDateTime(next, tz) : '—', 19)}${lastText}\n`);
      }
      return 0;
    });
  }
  {
    const { values, positionals } = parseCommand('jobs run', rest, cli.lang);
    const name: JobName = oneOf(cli, 'jobs run', 'NAME', positionals[0], JOB_NAMES);
    const job = JOBS[name];
    return withApp(cli, config(), async (app) => {
      const tz = app.config.BOT_TIMEZONE;
      const now = new Date();
      // Without --period: the period of the schedule's latest fire, or of now.
      const fire = previousFire(jobSettings(app.config).schedules[name], tz, now, 40 * 86_400_000) ?? now;
      const period = (values.period as string | undefined) ?? periodOf(job.period, fire, tz);
      const kind = job.period === 'previous-month' ? 'month' : job.period;
      if (!periodDates(kind, period)) throw new UsageError(say(cli, 'cli.error.period', { period, kind, example: periodOf(job.period, now, tz) }), 'jobs run');
      const ctx = jobContext(app, pushPlatforms(app.config));
      const result = await runPeriod(ctx, job, period, { instance: `cli-${process.pid}`, trigger: 'manual', force: Boolean(values.force) });
      if (!result.ran) {
        cli.io.stderr.write(`${say(cli, 'cli.jobs.already', { job: name, period })}\n`);
        return 1;
      }
      if (result.status === 'failed') {
        cli.io.stderr.write(`${say(cli, 'cli.jobs.failed', { job: name, period, error: result.error ?? '' })}\n`);
        return 1;
      }
      cli.io.stdout.write(`${say(cli, 'cli.jobs.done', { job: name, period, outcome: outcomeText(result.outcome) })}\n`);
      cli.io.stderr.write(`${say(cli, 'cli.jobs.queued')}\n`);
      return 0;
    });
  }
}

async function outboxCommand(args: string[], config: () => Config, cli: CliContext): Promise<number> {
  const sub = subcommand(cli, 'outbox', args, ['status', 'retry-unknown']);
  const rest = args.slice(1);
  if (sub === 'status') {
    parseCommand('outbox status', rest, cli.lang);
    return withApp(cli, config(), async (app) => {
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
        cli.io.stdout.write(`${say(cli, 'cli.outbox.empty')}\n`);
        return 0;
      }
      const byPlatform = new Map<string, Record<string, number>>();
      for (const row of counts) byPlatform.set(row.platform, { ...(byPlatform.get(row.platform) ?? {}), [row.status]: row.count });
      const statuses = ['pending', 'claimed', 'sending', 'sent', 'failed', 'unknown'];
      cli.io.stdout.write(`${pad(say(cli, 'cli.outbox.platform'), 12)}${statuses.map((s) => pad(s, 10)).join('')}\n`);
      for (const [platform, c] of byPlatform) {
        cli.io.stdout.write(`${pad(platform, 12)}${statuses.map((s) => pad(String(c[s] ?? 0), 10)).join('')}\n`);
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
        const oldestLine = say(cli, 'cli.outbox.oldest', {
          id: oldest.id,
          key: oldest.key,
          queued: localDateTime(oldest.created_at, tz),
          minutes,
          next: localDateTime(oldest.not_before, tz),
          attempts: oldest.attempts,
        });
        cli.io.stdout.write(`${oldestLine}${oldest.error ? say(cli, 'cli.outbox.lastError', { error: oldest.error }) : ''}\n`);
      }
      const problems = await db
        .selectFrom('outbox')
        .select(['id', 'key', 'platform', 'status', 'error', 'attempts', 'throttled', 'claimed_at', 'created_at'])
        .where('status', 'in', ['failed', 'unknown'])
        .orderBy('id', 'desc')
        .limit(10)
        .execute();
      if (problems.length) cli.io.stdout.write(`${say(cli, 'cli.outbox.failures')}\n`);
      for (const p of problems) {
        const at = localDateTime(p.claimed_at ?? p.created_at, tz);
        const failure = {
          id: p.id,
          status: p.status,
          at,
          key: p.key,
          platform: p.platform,
          attempts: p.attempts,
          throttled: p.throttled,
          error: p.error ?? '',
        };
        cli.io.stdout.write(`${say(cli, 'cli.outbox.failure', failure)}\n`);
      }
      const unknown = byPlatform.size ? [...byPlatform.values()].reduce((n, c) => n + (c.unknown ?? 0), 0) : 0;
      if (unknown) cli.io.stdout.write(`${say(cli, 'cli.outbox.unknown', { count: unknown })}\n`);
      return 0;
    });
  }
  {
    const { values } = parseCommand('outbox retry-unknown', rest, cli.lang);
    const ids = ((values.id as string[] | undefined) ?? []).map(Number);
    if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) throw new UsageError(say(cli, 'cli.error.id'), 'outbox retry-unknown');
    return withApp(cli, config(), async (app) => {
      const count = await retryUnknown(app.database.db, ids);
      cli.io.stdout.write(`${say(cli, 'cli.outbox.requeued', { count })}\n`);
      return 0;
    });
  }
}

export const jobsCommands: Record<string, Handler> = {
  jobs: jobsCommand,
  outbox: outboxCommand,
};
