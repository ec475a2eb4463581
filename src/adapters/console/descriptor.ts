import { DEMO_PLATFORM } from '../../core/demo-data.ts';
import type { PlatformDescriptor } from '../descriptor.ts';

/**
 * The terminal chat (`chamber-bot chat`), started by its own command rather than by
 * configuration. It has no limit of its own: a morning's pushes appear at once, readably spaced.
 */
const CONSOLE_CONFIG = {};

export const consolePlatform: PlatformDescriptor<typeof CONSOLE_CONFIG> = {
  name: DEMO_PLATFORM,
  config: CONSOLE_CONFIG,
  enabled: () => false,
  rate: { perSecond: 50, chatPerSecond: 20, idempotencyWindowMs: 0 },
  textLimit: 30_000,
};
