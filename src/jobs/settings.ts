import type { Config } from '../config.ts';
import { DESCRIPTORS } from '../adapters/registry.ts';
import { limitsFrom, type PlatformLimits } from '../outbox/limits.ts';
import type { UnknownPolicy } from '../outbox/sender.ts';

/** What the jobs and the sender read from the configuration (src/config.ts, the jobs block). */
export interface JobSettings {
  schedules: Record<JobName, string>;
  catchUpMs: number;
  reminders: { newLeadDays: number; negotiatingDays: number; signedDays: number; snoozeDays: number };
  nudgeSilentDays: number;
  inboundRetentionHours: number;
  outboxRetentionDays: number;
}

export const JOB_NAMES = ['digest', 'reminders', 'nudge', 'summary', 'housekeeping'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export const DEFAULT_SETTINGS: JobSettings = {
  schedules: {
    digest: '7 9 * * 1',
    reminders: '37 8 * * *',
    nudge: '47 9 3 * *',
    summary: '17 9 1 * *',
    housekeeping: '43 3 * * *',
  },
  catchUpMs: 12 * 3600_000,
  reminders: { newLeadDays: 3, negotiatingDays: 14, signedDays: 30, snoozeDays: 7 },
  nudgeSilentDays: 60,
  inboundRetentionHours: 24 * 7,
  outboxRetentionDays: 90,
};

export function jobSettings(config: Config): JobSettings {
  return {
    schedules: {
      digest: config.DIGEST_SCHEDULE,
      reminders: config.REMINDERS_SCHEDULE,
      nudge: config.NUDGE_SCHEDULE,
      summary: config.SUMMARY_SCHEDULE,
      housekeeping: config.HOUSEKEEPING_SCHEDULE,
    },
    catchUpMs: config.JOBS_CATCH_UP_HOURS * 3600_000,
    reminders: {
      newLeadDays: config.REMINDER_NEW_LEAD_DAYS,
      negotiatingDays: config.REMINDER_NEGOTIATING_DAYS,
      signedDays: config.REMINDER_SIGNED_DAYS,
      snoozeDays: config.REMINDER_SNOOZE_DAYS,
    },
    nudgeSilentDays: config.NUDGE_SILENT_DAYS,
    inboundRetentionHours: config.INBOUND_RETENTION_HOURS,
    outboxRetentionDays: config.OUTBOX_RETENTION_DAYS,
  };
}

export interface SenderSettings {
  limits: Record<string, PlatformLimits>;
  maxAttempts: number;
  leaseMs: number;
  unknownPolicy: UnknownPolicy;
}

export function senderSettings(config: Config): SenderSettings {
  const margin = config.OUTBOX_RATE_MARGIN;
  return {
    limits: Object.fromEntries(
      DESCRIPTORS.filter((p) => p.configuredRate).map((p) => [p.name, limitsFrom({ ...p.rate, ...p.configuredRate?.(config) }, margin)]),
    ),
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    leaseMs: config.OUTBOX_LEASE_SECONDS * 1000,
    unknownPolicy: config.OUTBOX_UNKNOWN_POLICY,
  };
}
