import type { App } from '../app.ts';
import { digestJob } from './digest.ts';
import { housekeepingJob } from './housekeeping.ts';
import { summaryJob } from './monthly-summary.ts';
import { nudgeJob } from './nudge.ts';
import { remindersJob } from './reminders.ts';
import type { JobContext, JobDefinition } from './runs.ts';
import type { ScheduledJob } from './scheduler.ts';
import { JOB_NAMES, jobSettings, type JobName, type JobSettings } from './settings.ts';

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
