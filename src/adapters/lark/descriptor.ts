import { z } from 'zod';
import { optional, rate } from '../../config-fields.ts';
import type { PlatformDescriptor } from '../descriptor.ts';
import type { PlatformAdapter } from '../platform.ts';
import { LARK } from './inbound.ts';

/** The variables it reads (.env.example documents each). */
const LARK_CONFIG = {
  LARK_APP_ID: optional,
  LARK_APP_SECRET: optional,
  LARK_MODE: z.enum(['ws', 'webhook']).default('ws'),
  LARK_ENCRYPT_KEY: optional,
  LARK_VERIFICATION_TOKEN: optional,
  LARK_DOMAIN: z.string().default('feishu'),
  LARK_RATE_PER_SECOND: rate(50),
  LARK_RATE_PER_MINUTE: rate(1000),
  LARK_CHAT_PER_SECOND: rate(5),
};

/**
 * Lark (Feishu): 50 messages per second and 1,000 per minute per app, 5 per second to one chat;
 * a message's `uuid` deduplicates it for one hour. Texts are far longer than anyone sends.
 */
export const larkPlatform: PlatformDescriptor<typeof LARK_CONFIG> = {
  name: LARK,
  config: LARK_CONFIG,
  checkConfig(env, issue) {
    if (Boolean(env.LARK_APP_ID) !== Boolean(env.LARK_APP_SECRET)) {
      issue('LARK_APP_SECRET', 'LARK_APP_ID and LARK_APP_SECRET must be set together');
    }
    if (env.LARK_APP_ID && env.LARK_MODE === 'webhook' && !env.LARK_ENCRYPT_KEY) {
      issue('LARK_ENCRYPT_KEY', 'is required when LARK_MODE=webhook: without it requests cannot be verified');
    }
  },
  enabled: (env) => Boolean(env.LARK_APP_ID && env.LARK_APP_SECRET),
  rate: { perSecond: 50, perMinute: 1000, chatPerSecond: 5, idempotencyWindowMs: 3600_000 },
  configuredRate: (env) => ({
    perSecond: env.LARK_RATE_PER_SECOND,
    perMinute: env.LARK_RATE_PER_MINUTE,
    chatPerSecond: env.LARK_CHAT_PER_SECOND,
  }),
  textLimit: 30_000,
  async create(app): Promise<PlatformAdapter> {
    const { createLarkAdapter } = await import('./index.ts');
    return createLarkAdapter(app);
  },
};
