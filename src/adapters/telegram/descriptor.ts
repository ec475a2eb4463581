import { z } from 'zod';
import { optional, rate } from '../../config-fields.ts';
import type { PlatformDescriptor } from '../descriptor.ts';
import type { PlatformAdapter } from '../platform.ts';
import { TELEGRAM } from './inbound.ts';

/** The variables it reads (.env.example documents each). */
const TELEGRAM_CONFIG = {
  TELEGRAM_BOT_TOKEN: optional,
  TELEGRAM_MODE: z.enum(['polling', 'webhook']).default('polling'),
  TELEGRAM_WEBHOOK_URL: optional,
  TELEGRAM_WEBHOOK_SECRET: optional,
  TELEGRAM_API_ROOT: optional,
  TELEGRAM_RATE_PER_SECOND: rate(30),
  TELEGRAM_CHAT_PER_SECOND: rate(1),
  TELEGRAM_GROUP_PER_MINUTE: rate(20),
};

/**
 * Telegram: about 30 messages per second overall, 1 per second to a chat, 20 per minute to a
 * group; no idempotency key, so a send interrupted mid-call is reported as unknown.
 */
export const telegramPlatform: PlatformDescriptor<typeof TELEGRAM_CONFIG> = {
  name: TELEGRAM,
  config: TELEGRAM_CONFIG,
  checkConfig(env, issue) {
    if (!env.TELEGRAM_BOT_TOKEN || env.TELEGRAM_MODE !== 'webhook') return;
    if (!env.TELEGRAM_WEBHOOK_URL) {
      issue('TELEGRAM_WEBHOOK_URL', 'is required when TELEGRAM_MODE=webhook: the public https URL ending in /telegram/webhook');
    }
    if (!env.TELEGRAM_WEBHOOK_SECRET) {
      issue('TELEGRAM_WEBHOOK_SECRET', 'is required when TELEGRAM_MODE=webhook');
    } else if (!/^[A-Za-z0-9_-]{1,256}$/.test(env.TELEGRAM_WEBHOOK_SECRET)) {
      issue('TELEGRAM_WEBHOOK_SECRET', 'may hold only A-Z, a-z, 0-9, _ and - (1 to 256 characters)');
    }
  },
  enabled: (env) => Boolean(env.TELEGRAM_BOT_TOKEN),
  rate: { perSecond: 30, chatPerSecond: 1, groupPerMinute: 20, idempotencyWindowMs: 0 },
  configuredRate: (env) => ({
    perSecond: env.TELEGRAM_RATE_PER_SECOND,
    chatPerSecond: env.TELEGRAM_CHAT_PER_SECOND,
    groupPerMinute: env.TELEGRAM_GROUP_PER_MINUTE,
  }),
  textLimit: 4096,
  async create(app): Promise<PlatformAdapter> {
    const { createTelegramAdapter } = await import('./index.ts');
    return createTelegramAdapter(app);
  },
};
