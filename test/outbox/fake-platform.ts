import { createServer, type Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { PlatformAdapter, PushOptions, PushResult } from '../../src/adapters/platform.ts';
import type { Outbound } from '../../src/core/messages.ts';

/**
 * A chat platform's send API, faked: it enforces rate limits the way the real ones do (sliding
 * windows overall, per chat, per group), answers 429 with retry_after when they are broken,
 * deduplicates by idempotency key when the platform has one (Lark's uuid), and records every
 * delivery, so tests and the benchmark can count duplicates, losses and the achieved rate.
 */

export interface Window {
  count: number;
  windowMs: number;
}

export interface FakeLimits {
  overall: Window[];
  privateChat: Window[];
  groupChat: Window[];
  /** Deduplicate by idempotency key (Lark). */
  idempotent: boolean;
}

/** The published limits, with windows shortened by `timeScale` (a scale of 4 runs four times faster). */
export function fakeLimitsFor(platform: 'telegram' | 'lark', timeScale = 1): FakeLimits {
  const w = (count: number, ms: number): Window => ({ count, windowMs: ms / timeScale });
  return platform === 'telegram'
    ? { overall: [w(30, 1000)], privateChat: [w(1, 1000)], groupChat: [w(1, 1000), w(20, 60_000)], idempotent: false }
    : { overall: [w(50, 1000), w(1000, 60_000)], privateChat: [w(5, 1000)], groupChat: [w(5, 1000)], idempotent: true };
}

export interface Delivery {
  chatId: string;
  text: string;
  key: string | undefined;
  at: number;
  messageId: string;
}

export class FakePlatform {
  readonly deliveries: Delivery[] = [];
  /** Requests refused because they broke a limit (the sender should make none). */
  readonly violations: { chatId: string; at: number; rule: string }[] = [];
  /**
   * Requests that arrived before a retry_after this platform had announced had passed, and after
   * `retryGraceMs` from the 429 (requests already on their way when it was answered do not count).
   */
  readonly earlyRetries: { chatId: string; at: number }[] = [];
  retryGraceMs = 50;
  /** Requests answered by the key of an earlier delivery (idempotent platforms only). */
  deduplicated = 0;
  requests = 0;
  blocked = new Set<string>();
  notFound = new Set<string>();
  /** Chats that fail with a plain error this many more times. */
  failing = new Map<string, number>();
  /** While now < stormUntil every request gets 429 with this retry_after (seconds). */
  stormUntil = 0;
  stormRetryAfter = 1;
  latencyMs = 0;
  /** When each request arrived, refused or not: what a platform counts against its windows. */
  readonly requestTimes: number[] = [];
  /**
   * Rude, like a platform under load: a request is refused with 429 at random (`random() <
   * probability`), with the retry_after `retryAfter()` gives, or none at all (undefined).
   */
  randomTooMany?: { probability: number; retryAfter: () => number | undefined; random: () => number };
  /** Every 429 answered: when it was answered (after the latency), and the retry_after it named (seconds), if any. */
  readonly tooManyAnswers: { at: number; retryAfter?: number }[] = [];
  /** Tolerance for timer granularity when checking windows. */
  toleranceMs = 1;
  private readonly accepted: { at: number; chatId: string }[] = [];
  private readonly byKey = new Map<string, string>();
  private retryAfterUntil = 0;
  private lastTooMany = -Infinity;
  private nextId = 1;
  private readonly started = performance.now();

  constructor(
    readonly platform: string,
    readonly limits: FakeLimits,
  ) {}

  now(): number {
    return performance.now() - this.started;
  }

  async send(chatId: string, outbound: Outbound, key: string | undefined, chatType: 'private' | 'group'): Promise<PushResult> {
    const at = this.now();
    this.requests++;
    this.requestTimes.push(at);
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    if (at < this.retryAfterUntil - this.toleranceMs && at > this.lastTooMany + this.retryGraceMs) this.earlyRetries.push({ chatId, at });
    if (this.limits.idempotent && key && this.byKey.has(key)) {
      this.deduplicated++;
      return { ok: true, messageId: this.byKey.get(key)! };
    }
    if (this.blocked.has(chatId)) return { ok: false, reason: 'blocked', detail: '403: Forbidden: bot was blocked by the user' };
    if (this.notFound.has(chatId)) return { ok: false, reason: 'not_found', detail: '400: chat not found' };
    const fails = this.failing.get(chatId) ?? 0;
    if (fails > 0) {
      this.failing.set(chatId, fails - 1);
      return { ok: false, reason: 'error', detail: '500: Internal Server Error' };
    }
    if (at < this.stormUntil) return this.tooMany(chatId, at, 'storm', this.stormRetryAfter);
    const rude = this.randomTooMany;
    if (rude && rude.random() < rude.probability) return this.tooMany(chatId, at, 'storm', rude.retryAfter());
    const rule = this.broken(chatId, chatType, at);
    if (rule) return this.tooMany(chatId, at, rule.name, rule.retryAfterMs / 1000);
    this.accepted.push({ at, chatId });
    const messageId = String(this.nextId++);
    if (key) this.byKey.set(key, messageId);
    this.deliveries.push({ chatId, text: outbound.text, key, at, messageId });
    return { ok: true, messageId };
  }

  /** A 429; without a retry_after the client picks its own wait, which is not checked. */
  private tooMany(chatId: string, at: number, rule: string, retryAfter: number | undefined): PushResult {
    if (rule !== 'storm') this.violations.push({ chatId, at, rule });
    this.tooManyAnswers.push({ at: this.now(), retryAfter });
    if (retryAfter === undefined) return { ok: false, reason: 'rate_limited', detail: '429: Too Many Requests' };
    this.retryAfterUntil = Math.max(this.retryAfterUntil, at + retryAfter * 1000);
    this.lastTooMany = at;
    return { ok: false, reason: 'rate_limited', retryAfter, detail: `429: Too Many Requests: retry after ${retryAfter}` };
  }

  /** The most requests (refused ones too) that arrived within any `windowMs`, wherever it starts. */
  busiestWindow(windowMs: number): number {
    const times = [...this.requestTimes].sort((a, b) => a - b);
    let most = 0;
    for (let first = 0, last = 0; last < times.length; last++) {
      while (times[last] - times[first] >= windowMs) first++;
      most = Math.max(most, last - first + 1);
    }
    return most;
  }

  /** The first sliding window this request would overflow. */
  private broken(chatId: string, chatType: 'private' | 'group', at: number): { name: string; retryAfterMs: number } | null {
    const check = (windows: Window[], name: string, filter: (e: { chatId: string }) => boolean) => {
      for (const w of windows) {
        const from = at - w.windowMs + this.toleranceMs;
        let n = 0;
        let oldest = Infinity;
        for (let i = this.accepted.length - 1; i >= 0 && this.accepted[i].at > from - w.windowMs; i--) {
          const e = this.accepted[i];
          if (e.at > from && filter(e)) {
            n++;
            oldest = Math.min(oldest, e.at);
          }
        }
        if (n >= w.count) return { name: `${name} ${w.count}/${w.windowMs}ms`, retryAfterMs: Math.max(1, oldest + w.windowMs - at) };
      }
      return null;
    };
    return (
      check(this.limits.overall, 'overall', () => true) ??
      check(chatType === 'group' ? this.limits.groupChat : this.limits.privateChat, chatType, (e) => e.chatId === chatId)
    );
  }

  /** Deliveries per chat. */
  perChat(): Map<string, Delivery[]> {
    const out = new Map<string, Delivery[]>();
    for (const d of this.deliveries) out.set(d.chatId, [...(out.get(d.chatId) ?? []), d]);
    return out;
  }

  /** Messages per second between the first and last delivery. */
  achievedRate(): number {
    if (this.deliveries.length < 2) return 0;
    const span = this.deliveries.at(-1)!.at - this.deliveries[0].at;
    return ((this.deliveries.length - 1) / span) * 1000;
  }
}

/** Group chats are told apart by id, as the adapters do (Telegram: negative ids; tests: a "g" prefix). */
export function chatTypeOf(chatId: string): 'private' | 'group' {
  return chatId.startsWith('-') || chatId.startsWith('g') || chatId.startsWith('oc_') ? 'group' : 'private';
}

/** An adapter that pushes straight into a FakePlatform, in process. */
export function fakeAdapter(fake: FakePlatform): PlatformAdapter & { calls: { chatId: string; key?: string }[] } {
  const calls: { chatId: string; key?: string }[] = [];
  return {
    platform: fake.platform,
    routes: [],
    calls,
    async start() {},
    async stop() {},
    async push(chatId: string, outbound: Outbound, options?: PushOptions) {
      calls.push({ chatId, key: options?.idempotencyKey });
      return fake.send(chatId, outbound, options?.idempotencyKey, chatTypeOf(chatId));
    },
  };
}

/** The fake platforms behind one loopback HTTP server (a child process pushes to it). */
export async function serveFakes(fakes: FakePlatform[]): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const byName = new Map(fakes.map((f) => [f.platform, f]));
  const server = createServer((req, res) => {
    // A sender killed mid-request leaves its sockets behind: what it sent still counts.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const fake = byName.get((req.url ?? '').split('/')[1] ?? '');
      if (!fake) {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { chatId: string; text: string; key?: string };
      fake.send(body.chatId, { text: body.text }, body.key, chatTypeOf(body.chatId)).then((result) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(result));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An adapter that pushes to a fake platform over HTTP (used by the child sender process and the benchmark). */
export function httpAdapter(platform: string, url: string): PlatformAdapter {
  return {
    platform,
    routes: [],
    async start() {},
    async stop() {},
    async push(chatId: string, outbound: Outbound, options?: PushOptions): Promise<PushResult> {
      try {
        const response = await fetch(`${url}/${platform}/send`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ chatId, text: outbound.text, key: options?.idempotencyKey }),
        });
        return (await response.json()) as PushResult;
      } catch (error) {
        return { ok: false, reason: 'error', detail: (error as Error).message };
      }
    },
  };
}
