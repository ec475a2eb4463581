import { z } from 'zod';
import { validate as cronValidate } from 'node-cron';
import { PLATFORMS } from './adapters/registry.ts';
import { optional } from './config-fields.ts';

// ── Scheduled jobs and the outbox (src/jobs, src/outbox; see docs/operations.md) ──────────────
/** A five-field cron expression (minute hour day month weekday), read in BOT_TIMEZONE. */
const cronExpression = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) => value.trim().replace(/\s+/g, ' '))
    .refine((value) => value.split(' ').length === 5 && cronValidate(value), {
      message: 'is not a five-field cron expression (minute hour day-of-month month day-of-week), e.g. "7 9 * * 1"',
    });
const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback)
    .transform((value) => value === 'true' || value === '1' || value === 'yes');
const count = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const JOBS_CONFIG = {
  /** Run the scheduler on this instance (every instance may: each fire runs once across them). */
  JOBS_ENABLED: flag('true'),
  /** Run the outbox sender on this instance (several may, against one PostgreSQL). */
  SENDER_ENABLED: flag('true'),
  DIGEST_SCHEDULE: cronExpression('7 9 * * 1'),
  REMINDERS_SCHEDULE: cronExpression('37 8 * * *'),
  NUDGE_SCHEDULE: cronExpression('47 9 3 * *'),
  SUMMARY_SCHEDULE: cronExpression('17 9 1 * *'),
  HOUSEKEEPING_SCHEDULE: cronExpression('43 3 * * *'),
  /** A fire missed while every instance was down runs at the next start if it is at most this old. */
  JOBS_CATCH_UP_HOURS: count(12, 0, 24 * 7),
  REMINDER_NEW_LEAD_DAYS: count(3, 1, 365),
  REMINDER_NEGOTIATING_DAYS: count(14, 1, 365),
  REMINDER_SIGNED_DAYS: count(30, 1, 365),
  REMINDER_SNOOZE_DAYS: count(7, 1, 90),
  NUDGE_SILENT_DAYS: count(60, 7, 365),
  /** Lark redelivers events for up to 8 hours: remembered updates must outlive that. */
  INBOUND_RETENTION_HOURS: count(24 * 7, 8, 24 * 365),
  OUTBOX_RETENTION_DAYS: count(90, 1, 3650),
  OUTBOX_MAX_ATTEMPTS: count(5, 1, 20),
  OUTBOX_LEASE_SECONDS: count(60, 5, 3600),
  /** What to do with a Telegram push interrupted mid-call: report it as unknown, or send it again. */
  OUTBOX_UNKNOWN_POLICY: z.enum(['report', 'resend']).default('report'),
  /** Send at this fraction of each published rate, so network jitter cannot break a limit. */
  OUTBOX_RATE_MARGIN: z.coerce.number().min(0.5).max(1).default(0.97),
};
// ── end of scheduled jobs and the outbox ─────────────────────────────────────────────────────

// ── Each platform's own variables, declared by its descriptor (src/adapters/registry.ts) ──────
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type PlatformShape = UnionToIntersection<(typeof PLATFORMS)[number]['config']>;
const PLATFORM_CONFIG = Object.assign({}, ...PLATFORMS.map((p) => p.config)) as PlatformShape;

/**
 * Every setting the bot reads from its environment, validated once at start so a
 * typo fails loudly instead of half-starting a bot.
 */
const ConfigSchema = z
  .object({
    DATABASE_URL: optional,
    DATA_DIR: z.string().default('./data'),
    BOT_TIMEZONE: z
      .string()
      .default('Asia/Shanghai')
      .refine((zone) => isTimeZone(zone), { message: 'is not an IANA time zone, e.g. Asia/Shanghai' }),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Where logs go: a file, or `stderr`; empty: stderr, except DATA_DIR/bot.log beside the terminal chat. */
    LOG_FILE: optional,
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DEMO_DATA: z.enum(['auto', 'always', 'never']).default('auto'),
    /** When set, GET /metrics answers only to `Authorization: Bearer METRICS_TOKEN`. */
    METRICS_TOKEN: optional,
    /** On SIGTERM/SIGINT, how long updates and sends in flight may take before the process exits anyway. */
    SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().positive().max(600).default(10),
    /** The bot's public address (https://host[:port]): /dashboard links and the Telegram Mini App open it. */
    PUBLIC_URL: optional
      .transform((value) => value?.replace(/\/+$/, ''))
      .pipe(
        z
          .string()
          .regex(/^https?:\/\/[^/?#\s]+$/, { message: 'must be the bare origin, e.g. https://bot.example.com or https://bot.example.com:8443 (no path)' })
          .optional(),
      ),

    ...PLATFORM_CONFIG,
    ...JOBS_CONFIG,
  })
  .superRefine((env, ctx) => {
    for (const platform of PLATFORMS) {
      platform.checkConfig?.(env as never, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message }));
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

/** Every variable the bot reads (.env.example must document each one). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(ConfigSchema.shape);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
