import { z } from 'zod';

const optional = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.string())
  .optional()
  .transform((value) => (value === '' ? undefined : value));

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
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DEMO_DATA: z.enum(['auto', 'always', 'never']).default('auto'),

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
  })
  .superRefine((env, ctx) => {
    if (env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_MODE === 'webhook') {
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
