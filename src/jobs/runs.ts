import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Db } from '../db/database.ts';
import type { PeriodKind } from './periods.ts';
import type { JobName, JobSettings } from './settings.ts';
import type { JobRun, JobTrigger } from '../db/rows.ts';
import { countJobRun } from '../metrics.ts';
import { jsonb } from '../db/json.ts';

/** What a job needs to run: the database, the clock, the zone, and where pushes can go. */
export interface JobContext {
  db: Db;
  timezone: string;
  logger: Logger;
  now: () => Date;
  settings: JobSettings;
  /** Platforms the bot pushes to (those with an adapter); all when absent. */
  platforms?: readonly string[];
  /** Called after a job queued messages, so an in-process sender looks at once. */
  wake?: () => void;
}

export interface JobDefinition {
  name: JobName;
  /** How a fire's instant becomes its period key. */
  period: PeriodKind;
  /** Runs the job for one period; returns what it did (stored as the run's outcome). */
  run(ctx: JobContext, period: string): Promise<Record<string, unknown>>;
}

/** Automatic (schedule, catch-up) attempts of one period before it is left failed for an operator. */
const MAX_AUTOMATIC_ATTEMPTS = 3;
const LEASE_MS = 10 * 60_000;

/**
 * Claims (job, period): inserts its row, or takes over one that failed (fewer than three times) or
 * whose runner stopped (lease past). `force` also reruns a finished period. Null: not this time.
 */
export async function claimPeriod(
  db: Db,
  job: string,
  period: string,
  options: { instance: string; trigger: JobTrigger; force?: boolean },
): Promise<JobRun | null> {
  const force = Boolean(options.force);
  const retryFailed = force || options.trigger === 'manual';
  const row = await db
    .insertInto('job_runs')
    .values({
      job,
      period,
      status: 'running',
      trigger: options.trigger,
      instance: options.instance,
      started_at: sql`clock_timestamp()`,
      lease_until: sql`clock_timestamp() + make_interval(secs => ${LEASE_MS / 1000})`,
    })
    .onConflict((oc) =>
      oc
        .columns(['job', 'period'])
        .doUpdateSet({
          status: 'running',
          trigger: sql`excluded.trigger`,
          instance: sql`excluded.instance`,
          started_at: sql`excluded.started_at`,
          lease_until: sql`excluded.lease_until`,
          attempts: sql`job_runs.attempts + 1`,
          finished_at: null,
          error: null,
        })
        .where((eb) =>
          eb.or([
            eb.and([eb('job_runs.status', '=', 'failed'), retryFailed ? eb.lit(true) : eb('job_runs.attempts', '<', MAX_AUTOMATIC_ATTEMPTS)]),
            eb.and([eb('job_runs.status', '=', 'running'), eb('job_runs.lease_until', '<', sql<Date>`clock_timestamp()`)]),
            force ? eb('job_runs.status', '=', 'done') : eb.lit(false),
          ]),
        ),
    )
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function finishPeriod(
  db: Db,
  job: string,
  period: string,
  instance: string,
  result: { status: 'done' | 'failed'; outcome?: Record<string, unknown>; error?: string },
): Promise<void> {
  await db
    .updateTable('job_runs')
    .set({
      status: result.status,
      finished_at: sql`clock_timestamp()`,
      outcome: result.outcome ? jsonb(result.outcome) : null,
      error: result.error?.slice(0, 1000) ?? null,
    })
    .where('job', '=', job)
    .where('period', '=', period)
    .where('instance', '=', instance)
    .execute();
}

export type RunResult =
  | { ran: true; status: 'done'; outcome: Record<string, unknown> }
  | { ran: true; status: 'failed'; error: string }
  | { ran: false; reason: 'claimed' };

/**
 * Runs one period of a job once: claim, run (its lease renewed while it runs), record the outcome.
 * Messages a job queues carry (job, period, recipient) keys, so a run taken over after a crash
 * queues only what its predecessor had not.
 */
export async function runPeriod(
  ctx: JobContext,
  job: JobDefinition,
  period: string,
  options: { instance: string; trigger: JobTrigger; force?: boolean },
): Promise<RunResult> {
  const claimed = await claimPeriod(ctx.db, job.name, period, options);
  if (!claimed) return { ran: false, reason: 'claimed' };
  const log = ctx.logger.child({ job: job.name, period, trigger: options.trigger });
  log.info('job started');
  const renew = setInterval(() => {
    ctx.db
      .updateTable('job_runs')
      .set({ lease_until: sql`clock_timestamp() + make_interval(secs => ${LEASE_MS / 1000})` })
      .where('job', '=', job.name)
      .where('period', '=', period)
      .where('instance', '=', options.instance)
      .execute()
      .catch((error: unknown) => log.warn({ err: error }, 'job lease renewal failed'));
  }, LEASE_MS / 3);
  renew.unref();
  try {
    const outcome = await job.run(ctx, period);
    await finishPeriod(ctx.db, job.name, period, options.instance, { status: 'done', outcome });
    log.info({ outcome }, 'job done');
    countJobRun(job.name, 'done');
    ctx.wake?.();
    return { ran: true, status: 'done', outcome };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error({ err: error }, 'job failed');
    countJobRun(job.name, 'failed');
    await finishPeriod(ctx.db, job.name, period, options.instance, { status: 'failed', error: message }).catch(() => undefined);
    ctx.wake?.();
    return { ran: true, status: 'failed', error: message };
  } finally {
    clearInterval(renew);
  }
}

/** The latest run of each job, for `chamber-bot jobs list`. */
export async function lastRuns(db: Db): Promise<Map<string, JobRun>> {
  const rows = await db.selectFrom('job_runs').selectAll().distinctOn('job').orderBy('job').orderBy('started_at', 'desc').execute();
  return new Map(rows.map((r) => [r.job, r]));
}
