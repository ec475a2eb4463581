import { z } from 'zod';
import { validate as cronValidate } from 'node-cron';

const optional = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.string())
  .optional()
  .transform((value) => (value === '' ? undefined : value));

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
const rate = (fallback: number) => z.coerce.number().positive().max(100_000).default(fallback);

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
  TELEGRAM_RATE_PER_SECOND: rate(30),
  TELEGRAM_CHAT_PER_SECOND: rate(1),
  TELEGRAM_GROUP_PER_MINUTE: rate(20),
  LARK_RATE_PER_SECOND: rate(50),
  LARK_RATE_PER_MINUTE: rate(1000),
  LARK_CHAT_PER_SECOND: rate(5),
};
// ── end of scheduled jobs and the outbox ─────────────────────────────────────────────────────

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
    PUBLIC_URL: optional.transform((value) => value?.replace(/\/+$/, '')).pipe(
      z
        .string()
        .regex(/^https?:\/\/[^/?#\s]+$/, { message: 'must be the bare origin, e.g. https://bot.example.com or https://bot.example.com:8443 (no path)' })
        .optional(),
    ),

    TELEGRAM_BOT_TOKEN: optional,
    TELEGRAM_MODE: z.enum(['polling', 'webhook']).default('polling'),
    TELEGRAM_WEBHOOK_URL: optional,
    TELEGRAM_WEBHOOK_SECRET: optional,
    TELEGRAM_API_ROOT: optional,

    LARK_APP_ID: optional,
    LARK_APP_SECRET: optional,
    LARK_MODE: z.enum(['ws', 'webhook']).default('ws'),
    LARK_ENCRYPT_KEY: optional,
    LARK_VERIFICATION_TOKEN: optional,
    LARK_DOMAIN: z.string().default('feishu'),

    ...JOBS_CONFIG,
  })
  .superRefine((env, ctx) => {
    if (env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_MODE === 'webhook') {
      if (!env.TELEGRAM_WEBHOOK_URL) {
        ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_URL'], message: 'is required when TELEGRAM_MODE=webhook: the public https URL ending in /telegram/webhook' });
      }
      if (!env.TELEGRAM_WEBHOOK_SECRET) {
        ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'is required when TELEGRAM_MODE=webhook' });
      } else if (!/^[A-Za-z0-9_-]{1,256}$/.test(env.TELEGRAM_WEBHOOK_SECRET)) {
        ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'may hold only A-Z, a-z, 0-9, _ and - (1 to 256 characters)' });
      }
    }
    if (Boolean(env.LARK_APP_ID) !== Boolean(env.LARK_APP_SECRET)) {
      ctx.addIssue({ code: 'custom', path: ['LARK_APP_SECRET'], message: 'LARK_APP_ID and LARK_APP_SECRET must be set together' });
    }
    if (env.LARK_APP_ID && env.LARK_MODE === 'webhook' && !env.LARK_ENCRYPT_KEY) {
      ctx.addIssue({ code: 'custom', path: ['LARK_ENCRYPT_KEY'], message: 'is required when LARK_MODE=webhook: without it requests cannot be verified' });
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

export function hasTelegram(config: Config): boolean {
  return Boolean(config.TELEGRAM_BOT_TOKEN);
}

export function hasLark(config: Config): boolean {
  return Boolean(config.LARK_APP_ID && config.LARK_APP_SECRET);
}
