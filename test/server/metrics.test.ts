import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { enqueue } from '../../src/outbox/queue.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { limitsFrom } from '../../src/outbox/limits.ts';
import { housekeepingJob } from '../../src/jobs/housekeeping.ts';
import { runPeriod } from '../../src/jobs/runs.ts';
import { metricsRegistry } from '../../src/metrics.ts';
import { createHttpServer, listen } from '../../src/server/http.ts';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, testClock, testCore } from '../support/chat.ts';
import { chamber, jobCtx, member, silent } from '../jobs/helpers.ts';
import { FakePlatform, fakeAdapter } from '../outbox/fake-platform.ts';

const t = useTestDatabase();
// A platform name of this file's own, so counts from other tests in the process cannot mix in.
const PLATFORM = 'metrics-test';
const TOKEN = 'scrape-token-0123';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function serve(ready: () => Promise<string | null> = async () => null): Promise<string> {
  server = createHttpServer([], silent, async () => true, {
    notReady: ready,
    stopping: () => false,
    metrics: { registry: metricsRegistry(t.db), token: TOKEN },
  });
  return `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
}

async function scrape(base: string): Promise<string> {
  const answer = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toContain('text/plain');
  return answer.text();
}

/** The value of one sample in Prometheus text, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = match[2].split(',');
    if (wanted.every((w) => have.includes(w))) return Number(match[3]);
  }
  return 0;
}

describe('GET /metrics', () => {
  it('answers only with the token when METRICS_TOKEN is set', async () => {
    const base = await serve();
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect(await scrape(base)).toContain('# TYPE chamber_updates_total counter');
  });

  it('counts updates by outcome and times the replies', async () => {
    const base = await serve();
    const { core } = testCore(t.db, testClock());
    const stranger = new ChatUser(core, 'u-1', '林', { id: 'dm-1', type: 'private' }, PLATFORM);
    await stranger.deliver({ text: '你好', updateId: 'same-update' });
    await stranger.deliver({ text: '你好', updateId: 'same-update' }); // a redelivery
    const text = await scrape(base);
    expect(sample(text, 'chamber_updates_total', { platform: PLATFORM, outcome: 'handled' })).toBe(1);
    expect(sample(text, 'chamber_updates_total', { platform: PLATFORM, outcome: 'duplicate' })).toBe(1);
    expect(sample(text, 'chamber_reply_seconds_count', { platform: PLATFORM })).toBe(2);
  });

  it('shows the outbox depth from the database, the sends, their time and the 429s', async () => {
    const base = await serve();
    const c = await chamber(t.db, '成都商會');
    const members = [await member(t.db, { chamberId: c }), await member(t.db, { chamberId: c }), await member(t.db, { chamberId: c })];
    await t.db.transaction().execute((trx) =>
      enqueue(
        trx,
        members.map((m) => ({
          job: 'digest',
          period: '2026-W49',
          recipient: { kind: 'member' as const, memberId: m.id, chamberId: c, platform: PLATFORM, chatId: m.userId },
          outbound: { text: '本週摘要' },
        })),
      ),
    );
    expect(sample(await scrape(base), 'chamber_outbox_rows', { state: 'pending', platform: PLATFORM })).toBe(3);

    const fake = new FakePlatform(PLATFORM, {
      overall: [{ count: 100, windowMs: 1000 }],
      privateChat: [{ count: 10, windowMs: 1000 }],
      groupChat: [{ count: 10, windowMs: 1000 }],
      idempotent: false,
    });
    const adapter = fakeAdapter(fake);
    let refused = 0;
    const sender = new OutboxSender({
      db: t.db,
      // The platform answers the first push with 429.
      adapters: [
        {
          ...adapter,
          push: async (...args) => (refused++ === 0 ? { ok: false, reason: 'rate_limited', retryAfter: 0.2, detail: '429' } : adapter.push(...args)),
        },
      ],
      logger: silent,
      limits: { [PLATFORM]: limitsFrom({ perSecond: 100, chatPerSecond: 10, groupPerMinute: 300, idempotencyWindowMs: 0 }, 0.9) },
      idlePollMs: 50,
    });
    sender.start();
    expect(await sender.drain(20_000)).toBe(true);
    await sender.stop();

    const text = await scrape(base);
    expect(fake.deliveries).toHaveLength(3);
    expect(sample(text, 'chamber_outbox_rows', { state: 'pending', platform: PLATFORM })).toBe(0);
    expect(sample(text, 'chamber_outbox_sends_total', { platform: PLATFORM, result: 'sent' })).toBe(3);
    expect(sample(text, 'chamber_rate_limited_total', { platform: PLATFORM })).toBe(1);
    expect(sample(text, 'chamber_outbox_send_seconds_count', { platform: PLATFORM })).toBe(4);
    expect(text).toMatch(/^chamber_database_up 1$/m);
  });

  it('counts job runs by job and status', async () => {
    const base = await serve();
    // The registry is the process's: other test files in this worker may have run jobs already.
    const runs = (text: string, status: string) => sample(text, 'chamber_job_runs_total', { job: 'housekeeping', status });
    const before = await scrape(base);
    const ctx = jobCtx(t.db, () => new Date('2026-11-29T02:00:00Z'));
    await runPeriod(ctx, housekeepingJob, '2026-11-29', { instance: 'metrics', trigger: 'manual' });
    const broken = { ...housekeepingJob, run: async () => Promise.reject(new Error('disk full')) };
    await runPeriod(ctx, broken, '2026-11-30', { instance: 'metrics', trigger: 'manual' });
    const after = await scrape(base);
    expect(runs(after, 'done') - runs(before, 'done')).toBe(1);
    expect(runs(after, 'failed') - runs(before, 'failed')).toBe(1);
  });
});

describe('GET /readyz', () => {
  it('is 200 when ready and 503 with the reason otherwise', async () => {
    let reason: string | null = 'starting';
    const base = await serve(async () => reason);
    const first = await fetch(`${base}/readyz`);
    expect(first.status).toBe(503);
    expect(await first.json()).toEqual({ ready: false, reason: 'starting' });
    reason = null;
    const second = await fetch(`${base}/readyz`);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ ready: true });
  });
});
