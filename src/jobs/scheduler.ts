import { randomBytes } from 'node:crypto';
import cron, { type RunCoordinator, type ScheduledTask } from 'node-cron';
import { PgRunCoordinator } from './coordinator.ts';
import { periodOf } from './periods.ts';
import { runPeriod, type JobContext, type JobDefinition, type RunResult } from './runs.ts';
import type { JobTrigger } from '../db/rows.ts';

/**
 * Every instance runs a Scheduler: node-cron fires each job in BOT_TIMEZONE; the PostgreSQL
 * RunCoordinator elects one instance per fire; the job then claims its period in job_runs, so a
 * period runs once however many fires, restarts or instances touch it. On start, the latest fire of
 * each job within the catch-up window runs if its period was never run (every instance was down).
 */

export interface ScheduledJob {
  job: JobDefinition;
  /** A cron expression: five fields, or six with seconds (tests). */
  schedule: string;
}

export interface SchedulerOptions {
  ctx: JobContext;
  jobs: ScheduledJob[];
  instanceId?: string;
  coordinator?: RunCoordinator;
  /** How old a missed fire may be and still run at start (0: never catch up). */
  catchUpMs: number;
  /** node-cron's lease on a fire's row: a runner that died is replaced after this. */
  fireLeaseMs?: number;
  /** How late node-cron may run a fire before calling it missed (a busy event loop, a slow start). */
  missedToleranceMs?: number;
  /**
   * How often the catch-up runs again while the scheduler is up (default 5 minutes): it takes over a
   * period whose runner died (its lease past) and retries a failed one, within the catch-up window.
   */
  recheckMs?: number;
  /** Called with every run's result (logs, tests). */
  onRun?: (job: string, period: string, trigger: JobTrigger, result: RunResult) => void;
}

export const TASK_PREFIX = 'chamber-bot';

export class Scheduler {
  readonly instanceId: string;
  private readonly tasks: ScheduledTask[] = [];
  private readonly coordinator: RunCoordinator;
  private readonly running = new Set<Promise<unknown>>();
  private recheck: NodeJS.Timeout | undefined;

  constructor(private readonly options: SchedulerOptions) {
    this.instanceId = options.instanceId ?? `sched-${process.pid}-${randomBytes(3).toString('hex')}`;
    this.coordinator = options.coordinator ?? new PgRunCoordinator(options.ctx.db, this.instanceId);
  }

  /** The start-up catch-up, while it runs (start() does not wait for it when asked not to). */
  catchUpDone: Promise<unknown> = Promise.resolve();

  async start(options: { awaitCatchUp?: boolean } = {}): Promise<void> {
    const { ctx } = this.options;
    for (const { job, schedule } of this.options.jobs) {
      const task = cron.createTask(schedule, (context) => this.track(this.fire(job, context.date, 'schedule')), {
        name: `${TASK_PREFIX}:${job.name}`,
        timezone: ctx.timezone,
        distributed: true,
        runCoordinator: this.coordinator,
        distributedLease: this.options.fireLeaseMs ?? 15 * 60_000,
        noOverlap: true,
        missedExecutionTolerance: this.options.missedToleranceMs ?? 60_000,
        logger: {
          info: (message) => ctx.logger.debug({ job: job.name }, message),
          warn: (message) => ctx.logger.warn({ job: job.name }, message),
          error: (message, err) => ctx.logger.error({ job: job.name, err: err ?? message }, 'scheduler error'),
          debug: (message) => ctx.logger.debug({ job: job.name }, String(message)),
        },
      });
      // A fire node-cron could not run on time (event loop blocked, machine asleep): run its period now.
      task.on('execution:missed', (context) => {
        void this.track(this.fire(job, context.date, 'catch-up'));
      });
      await task.start();
      this.tasks.push(task);
    }
    this.catchUpDone = this.track(this.catchUp());
    const recheckMs = this.options.recheckMs ?? 5 * 60_000;
    if (recheckMs > 0 && this.options.catchUpMs > 0) {
      this.recheck = setInterval(() => void this.track(this.catchUp()).catch(() => undefined), recheckMs);
      this.recheck.unref();
    }
    if (options.awaitCatchUp !== false) await this.catchUpDone;
  }

  async stop(): Promise<void> {
    clearInterval(this.recheck);
    for (const task of this.tasks.splice(0)) await task.destroy();
    await Promise.allSettled([...this.running]);
  }

  /** Runs, once, the latest fire of each job that was missed within the catch-up window. */
  async catchUp(now = this.options.ctx.now()): Promise<Map<string, RunResult>> {
    const results = new Map<string, RunResult>();
    if (this.options.catchUpMs <= 0) return results;
    for (const { job, schedule } of this.options.jobs) {
      const fire = previousFire(schedule, this.options.ctx.timezone, now, this.options.catchUpMs);
      if (!fire) continue;
      results.set(job.name, await this.fire(job, fire, 'catch-up'));
    }
    return results;
  }

  /** The job's period for this fire, run once across instances and restarts. */
  async fire(job: JobDefinition, at: Date, trigger: JobTrigger): Promise<RunResult> {
    const period = periodOf(job.period, at, this.options.ctx.timezone);
    const result = await runPeriod(this.options.ctx, job, period, { instance: this.instanceId, trigger }).catch((error: unknown): RunResult => {
      this.options.ctx.logger.error({ err: error, job: job.name, period }, 'job could not start');
      return { ran: true, status: 'failed', error: error instanceof Error ? error.message : String(error) };
    });
    this.options.onRun?.(job.name, period, trigger, result);
    return result;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.running.add(promise);
    void promise.finally(() => this.running.delete(promise));
    return promise;
  }
}

/** Matchers for cron expressions, built once each (node-cron's own matching, zone included). */
const matchers = new Map<string, ScheduledTask>();

function matcher(schedule: string, timeZone: string): ScheduledTask {
  const id = `${timeZone} ${schedule}`;
  let task = matchers.get(id);
  if (!task) {
    task = cron.createTask(schedule, () => undefined, { timezone: timeZone });
    // Only its match() and getNextRuns() are used: it is never started, and leaves node-cron's registry.
    void task.destroy();
    matchers.set(id, task);
  }
  return task;
}

/** The latest instant at or before `now`, at most `windowMs` earlier, that the schedule fires at. */
export function previousFire(schedule: string, timeZone: string, now: Date, windowMs: number): Date | null {
  const withSeconds = schedule.trim().split(/\s+/).length === 6;
  const step = withSeconds ? 1000 : 60_000;
  const task = matcher(schedule, timeZone);
  const earliest = now.getTime() - windowMs;
  for (let t = Math.floor(now.getTime() / step) * step; t >= earliest; t -= step) {
    const candidate = new Date(t);
    if (task.match(candidate)) return candidate;
  }
  return null;
}

/** The next instant the schedule fires at, from now. */
export function nextFire(schedule: string, timeZone: string): Date | null {
  return matcher(schedule, timeZone).getNextRuns(1)[0] ?? null;
}
