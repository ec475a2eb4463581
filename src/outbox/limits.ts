import { platformNamed } from '../adapters/registry.ts';

/**
 * How fast the sender may push to each platform. Limits are enforced as evenly spaced send
 * times (a GCRA without burst): a message may be sent `intervalMs` after the previous one of the
 * platform, and `chatIntervalMs` after the previous one to the same chat. Evenly spaced sends
 * never exceed a sliding-window limit, whichever window the platform measures.
 */
export interface PlatformLimits {
  /** Gap between two messages of the whole bot / app (the published rate, less the margin). */
  intervalMs: number;
  /**
   * How early a send may go against the evenly spaced schedule (GCRA burst tolerance), so that one
   * late timer does not delay every send after it; small enough that no window's count is exceeded.
   */
  toleranceMs: number;
  /** Gap between two messages to one private chat, and its burst tolerance. */
  privateChatIntervalMs: number;
  privateChatToleranceMs: number;
  /** Gap between two messages to one group chat, and its burst tolerance. */
  groupChatIntervalMs: number;
  groupChatToleranceMs: number;
  /**
   * How long the platform deduplicates a message by its idempotency key (Lark: `uuid`, one hour);
   * 0 when it has none (Telegram). A send interrupted by a crash is repeated with the same key
   * only within this window; otherwise it is reported as `unknown`.
   */
  idempotencyWindowMs: number;
}

/** Published limits, in messages per time unit. */
export interface RateSpec {
  perSecond: number;
  perMinute?: number;
  chatPerSecond: number;
  groupPerMinute?: number;
  idempotencyWindowMs: number;
}

/** A platform no descriptor names (tests' fakes): modest limits, no idempotency. */
export const DEFAULT_RATE: RateSpec = { perSecond: 10, chatPerSecond: 1, idempotencyWindowMs: 0 };

/**
 * Intervals from rates, sent at `margin` (e.g. 0.97) of the published rate so that network jitter
 * cannot push two sends into one window; `timeScale` > 1 speeds everything up (benchmarks, tests).
 */
export function limitsFrom(rate: RateSpec, margin = 1, timeScale = 1): PlatformLimits {
  const gap = (perSecond: number) => 1000 / perSecond / margin / timeScale;
  const window = (count: number, seconds: number) => ({ count, ms: (seconds * 1000) / timeScale });
  // Evenly spaced sends put at most floor((W + τ) / I) + 1 in a window W: keep that within its
  // count, with room left for the jitter between deciding to send and arriving.
  const tolerance = (interval: number, windows: { count: number; ms: number }[]) =>
    Math.max(0, 0.3 * Math.min(...windows.map((w) => w.count * interval - w.ms)));
  const overallWindows = [window(rate.perSecond, 1), ...(rate.perMinute ? [window(rate.perMinute, 60)] : [])];
  const overall = Math.max(gap(rate.perSecond), rate.perMinute ? gap(rate.perMinute / 60) : 0);
  const chatWindows = [window(rate.chatPerSecond, 1)];
  const groupWindows = [...chatWindows, ...(rate.groupPerMinute ? [window(rate.groupPerMinute, 60)] : [])];
  const chat = gap(rate.chatPerSecond);
  const group = Math.max(chat, rate.groupPerMinute ? gap(rate.groupPerMinute / 60) : 0);
  return {
    intervalMs: overall,
    toleranceMs: tolerance(overall, overallWindows),
    privateChatIntervalMs: chat,
    privateChatToleranceMs: tolerance(chat, chatWindows),
    groupChatIntervalMs: group,
    groupChatToleranceMs: tolerance(group, groupWindows),
    idempotencyWindowMs: rate.idempotencyWindowMs,
  };
}

/** Messages per second the limits allow overall. */
export function allowedRate(limits: PlatformLimits): number {
  return 1000 / limits.intervalMs;
}

export function limitsFor(platform: string, overrides: Partial<Record<string, Partial<RateSpec>>> = {}, margin = 1, timeScale = 1): PlatformLimits {
  const rate = { ...(platformNamed(platform)?.rate ?? DEFAULT_RATE), ...(overrides[platform] ?? {}) } as RateSpec;
  return limitsFrom(rate, margin, timeScale);
}
