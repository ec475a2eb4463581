import type { App } from '../app.ts';
import type { PlatformAdapter } from '../adapters/platform.ts';
import { tellSecretariesOfBlockedChat } from '../core/blocked-chats.ts';
import { OutboxSender } from '../outbox/sender.ts';
import { digestJob } from './digest.ts';
import { housekeepingJob } from './housekeeping.ts';
import { summaryJob } from './monthly-summary.ts';
import { nudgeJob } from './nudge.ts';
import { logReminderDelivery, remindersJob } from './reminders.ts';
import type { JobContext, JobDefinition } from './runs.ts';
import { Scheduler, type ScheduledJob } from './scheduler.ts';
import { JOB_NAMES, jobSettings, senderSettings, type JobName, type JobSettings } from './settings.ts';

/** Every scheduled job by name. */
export const JOBS: Record<JobName, JobDefinition> = {
  digest: digestJob,
  reminders: remindersJob,
  nudge: nudgeJob,
  summary: summaryJob,
  housekeeping: housekeepingJob,
};

export function scheduledJobs(settings: JobSettings): ScheduledJob[] {
  return JOB_NAMES.map((name) => ({ job: JOBS[name], schedule: settings.schedules[name] }));
}

export function jobContext(app: App, platforms?: readonly string[], wake?: () => void): JobContext {
  return {
    db: app.database.db,
    timezone: app.config.BOT_TIMEZONE,
    logger: app.logger.child({ component: 'jobs' }),
    now: app.deps.now,
    settings: jobSettings(app.config),
    platforms,
    wake,
  };
}

export interface Background {
  scheduler: Scheduler | null;
  sender: OutboxSender | null;
  /** Stops the schedules, then lets sends in flight finish. */
  stop(): Promise<void>;
}

/**
 * The work an instance does besides answering: the outbox sender for its platforms and the job
 * scheduler (SENDER_ENABLED, JOBS_ENABLED). Every instance may run both: the database makes each
 * fire run once and each outbox row go out once.
 */
export async function startBackground(app: App, adapters: PlatformAdapter[]): Promise<Background> {
  const settings = senderSettings(app.config);
  const sender =
    app.config.SENDER_ENABLED && adapters.length > 0
      ? new OutboxSender({
          db: app.database.db,
          adapters,
          logger: app.logger.child({ component: 'outbox' }),
          limits: settings.limits,
          maxAttempts: settings.maxAttempts,
          leaseMs: settings.leaseMs,
          unknownPolicy: settings.unknownPolicy,
          afterSent: logReminderDelivery,
          onBlocked: tellSecretariesOfBlockedChat,
        })
      : null;
  sender?.start();
  let scheduler: Scheduler | null = null;
  if (app.config.JOBS_ENABLED) {
    const ctx = jobContext(
      app,
      adapters.map((a) => a.platform),
      () => sender?.wake(),
    );
    scheduler = new Scheduler({ ctx, jobs: scheduledJobs(ctx.settings), catchUpMs: ctx.settings.catchUpMs });
    await scheduler.start({ awaitCatchUp: false });
  }
  app.logger.info({ scheduler: Boolean(scheduler), sender: sender?.platforms ?? [] }, 'background work started');
  return {
    scheduler,
    sender,
    async stop() {
      await scheduler?.stop();
      await sender?.stop();
    },
  };
}
