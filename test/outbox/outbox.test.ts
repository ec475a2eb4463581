import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../support/database.ts';
import { tellSecretariesOfBlockedChat } from '../../src/core/blocked-chats.ts';
import { enqueue, memberRecipients, outboxKey, type Recipient } from '../../src/outbox/queue.ts';
import { limitsFrom, type PlatformLimits } from '../../src/outbox/limits.ts';
import { OutboxSender, recoverStale, retryUnknown } from '../../src/outbox/sender.ts';
import { idempotencyKeyOf, loadOutbound, pushCost, storeOutbound } from '../../src/outbox/payload.ts';
import { chamber, member, silent } from '../jobs/helpers.ts';
import { FakePlatform, fakeAdapter, type FakeLimits } from './fake-platform.ts';

const t = useTestDatabase();

/** Fast limits for tests: 100/s overall, 10/s per chat, 5/s per group. */
const FAST: PlatformLimits = limitsFrom({ perSecond: 100, chatPerSecond: 10, groupPerMinute: 300, idempotencyWindowMs: 0 }, 0.9);
const FAST_FAKE: FakeLimits = {
  overall: [{ count: 100, windowMs: 1000 }],
  privateChat: [{ count: 10, windowMs: 1000 }],
  groupChat: [
    { count: 10, windowMs: 1000 },
    { count: 300, windowMs: 60_000 },
  ],
  idempotent: false,
};

function sender(adapters: ReturnType<typeof fakeAdapter>[], extra: Partial<ConstructorParameters<typeof OutboxSender>[0]> = {}) {
  return new OutboxSender({
    db: t.db,
    adapters,
    logger: silent,
    limits: Object.fromEntries(adapters.map((a) => [a.platform, FAST])),
    idlePollMs: 50,
    recoverEveryMs: 100,
    backoffSeconds: [0.1],
    ...extra,
  });
}

async function rows() {
  return t.db.selectFrom('outbox').selectAll().orderBy('id').execute();
}

function memberRecipient(id: number, chamberId: number | null, chatId: string, platform = 'test'): Recipient {
  return { kind: 'member', memberId: id, chamberId, platform, chatId };
}

describe('the outbox queue', () => {
  it('queues a (job, period, recipient) once, however often the job runs', async () => {
    const c = await chamber(t.db, '成都商會');
    const m = await member(t.db, { chamberId: c });
    const message = { job: 'digest', period: '2026-W49', recipient: memberRecipient(m.id, c, m.userId), outbound: { text: 'hi' } };
    const first = await t.db.transaction().execute((trx) => enqueue(trx, [message]));
    const second = await t.db.transaction().execute((trx) => enqueue(trx, [message, { ...message, period: '2026-W50' }]));
    expect(first.size).toBe(1);
    expect(second.size).toBe(1);
    expect((await rows()).map((r) => r.key)).toEqual([`digest:2026-W49:m${m.id}`, `digest:2026-W50:m${m.id}`]);
  });

  it('rolls back with the transaction that decided to send', async () => {
    const c = await chamber(t.db, '成都商會');
    const m = await member(t.db, { chamberId: c });
    await expect(
      t.db.transaction().execute(async (trx) => {
        await enqueue(trx, [{ job: 'digest', period: 'p', recipient: memberRecipient(m.id, c, m.userId), outbound: { text: 'x' } }]);
        throw new Error('the job failed after queueing');
      }),
    ).rejects.toThrow();
    expect(await rows()).toHaveLength(0);
  });

  it('reaches a member on their latest identity, skipping blocked chats and platforms without a sender', async () => {
    const c = await chamber(t.db, '成都商會');
    const m = await member(t.db, { chamberId: c, platform: 'telegram', userId: '111' });
    await t.db
      .insertInto('identities')
      .values({ platform: 'lark', platform_user_id: 'ou_abc', member_id: m.id, display_name: null, created_at: new Date(Date.now() + 1000) })
      .execute();
    const members = [{ id: m.id, chamber_id: c }];
    expect((await memberRecipients(t.db, members)).get(m.id)).toMatchObject({ platform: 'lark', chatId: 'ou_abc' });
    expect((await memberRecipients(t.db, members, ['telegram'])).get(m.id)).toMatchObject({ platform: 'telegram', chatId: '111' });
    await t.db
      .insertInto('push_blocks')
      .values({ platform: 'lark', chat_id: 'ou_abc', reason: 'member', member_id: m.id, chamber_id: c, detail: null })
      .execute();
    expect((await memberRecipients(t.db, members)).get(m.id)).toMatchObject({ platform: 'telegram' });
    expect((await memberRecipients(t.db, members, ['lark'])).has(m.id)).toBe(false);
  });

  it('keeps images and files, counts what a push costs, and fits Lark keys in 50 characters', () => {
    const outbound = { text: 'x'.repeat(5000), image: { png: new Uint8Array([1, 2, 3]) }, file: { name: 'a.xlsx', data: new Uint8Array([4, 5]), mime: 'm' } };
    const back = loadOutbound(JSON.parse(storeOutbound(outbound)));
    expect(Array.from(back.image!.png)).toEqual([1, 2, 3]);
    expect(Array.from(back.file!.data)).toEqual([4, 5]);
    expect(pushCost(outbound, 'telegram')).toBe(4);
    expect(pushCost(outbound, 'lark')).toBe(3);
    const long = outboxKey('digest', '2026-W49', { kind: 'group', chamberId: 1, platform: 'lark', chatId: `oc_${'a'.repeat(32)}` });
    expect(long.length).toBeGreaterThan(50);
    expect(idempotencyKeyOf(long).length).toBeLessThanOrEqual(50);
    expect(idempotencyKeyOf(long)).toBe(idempotencyKeyOf(long));
    expect(idempotencyKeyOf('digest:2026-W49:m12')).toBe('digest:2026-W49:m12');
  });
});

describe('the outbox sender', () => {
  async function queueFor(platform: string, n: number, job = 'digest') {
    const c = await chamber(t.db, '成都商會');
    const recipients: Recipient[] = [];
    for (let i = 0; i < n; i++) {
      const m = await member(t.db, { chamberId: c, platform, userId: `${platform}-${i}` });
      recipients.push(memberRecipient(m.id, c, m.userId, platform));
    }
    await t.db.transaction().execute((trx) =>
      enqueue(
        trx,
        recipients.map((recipient, i) => ({ job, period: 'p1', recipient, outbound: { text: `message ${i}` } })),
      ),
    );
    return { chamberId: c, recipients };
  }

  it('sends every row once, records the message id, and gives Lark the row key', async () => {
    const tg = new FakePlatform('test', FAST_FAKE);
    const lark = new FakePlatform('lark', { ...FAST_FAKE, idempotent: true });
    await queueFor('test', 5);
    await queueFor('lark', 5);
    const adapters = [fakeAdapter(tg), fakeAdapter(lark)];
    const s = sender(adapters);
    s.start();
    expect(await s.drain(10_000)).toBe(true);
    await s.stop();
    const all = await rows();
    expect(all.every((r) => r.status === 'sent' && r.message_id)).toBe(true);
    expect(tg.deliveries).toHaveLength(5);
    expect(lark.deliveries).toHaveLength(5);
    expect(adapters[1].calls.map((c) => c.key).sort()).toEqual(
      all
        .filter((r) => r.platform === 'lark')
        .map((r) => r.key)
        .sort(),
    );
    expect(tg.violations).toEqual([]);
  });

  it('paces sends: the platform limits hold and a group gets its messages spaced', async () => {
    const fake = new FakePlatform('test', FAST_FAKE);
    await queueFor('test', 60);
    const c = await chamber(t.db, '成都商會');
    const group: Recipient = { kind: 'group', chamberId: c, platform: 'test', chatId: 'g-1' };
    await t.db.transaction().execute((trx) =>
      enqueue(
        trx,
        [1, 2, 3].map((i) => ({ job: `notice${i}`, period: 'p', recipient: group, outbound: { text: `to the group ${i}` } })),
      ),
    );
    const s = sender([fakeAdapter(fake)]);
    s.start();
    expect(await s.drain(20_000)).toBe(true);
    await s.stop();
    expect(fake.deliveries).toHaveLength(63);
    expect(fake.violations).toEqual([]);
    const groupTimes = fake
      .perChat()
      .get('g-1')!
      .map((d) => d.at);
    // 300 a minute to a group: the sender plans 222 ms apart (90% of the rate). Timers run late on
    // a busy machine, and the gate then lets a late send catch up within its burst tolerance (the
    // GCRA's τ, still within every window), so what holds whatever the load is the gate's own
    // bound: three sends span at least two intervals less the tolerance. Paced, not a burst.
    expect(groupTimes).toHaveLength(3);
    expect(groupTimes[2] - groupTimes[0]).toBeGreaterThanOrEqual(2 * FAST.groupChatIntervalMs - FAST.groupChatToleranceMs);
    // Never above the platform's 100/s (how close to it the sender gets is bench/fanout.ts's figure).
    const privates = fake.deliveries.filter((d) => !d.chatId.startsWith('g')).map((d) => d.at);
    const rate = ((privates.length - 1) / (privates.at(-1)! - privates[0])) * 1000;
    expect(rate).toBeLessThanOrEqual(100);
  });

  it('retries plain errors with backoff and fails a row after maxAttempts', async () => {
    const fake = new FakePlatform('test', FAST_FAKE);
    const { recipients } = await queueFor('test', 2);
    fake.failing.set(recipients[0].chatId, 2);
    fake.failing.set(recipients[1].chatId, 99);
    const s = sender([fakeAdapter(fake)], { maxAttempts: 3 });
    s.start();
    expect(await s.drain(10_000)).toBe(true);
    await s.stop();
    const [a, b] = await rows();
    expect(a).toMatchObject({ status: 'sent', attempts: 3 });
    expect(b).toMatchObject({ status: 'failed', attempts: 3 });
    expect(b.error).toMatch(/500/);
  });

  it('honours retry_after: nothing is sent to the platform before it has passed, and nothing is lost', async () => {
    const fake = new FakePlatform('test', FAST_FAKE);
    await queueFor('test', 10);
    fake.stormUntil = fake.now() + 300;
    fake.stormRetryAfter = 0.5;
    const s = sender([fakeAdapter(fake)]);
    s.start();
    expect(await s.drain(10_000)).toBe(true);
    await s.stop();
    expect(fake.deliveries).toHaveLength(10);
    expect(fake.earlyRetries).toEqual([]);
    expect(s.stats.throttled).toBeGreaterThan(0);
    expect((await rows()).every((r) => r.status === 'sent')).toBe(true);
  });

  it('turns off a chat that blocked the bot, and tells the chamber secretary', async () => {
    const fake = new FakePlatform('test', FAST_FAKE);
    const c = await chamber(t.db, '成都商會');
    const secretary = await member(t.db, { chamberId: c, role: 'secretary', name: '秘書長' });
    const m = await member(t.db, { chamberId: c, name: '王五' });
    const r = memberRecipient(m.id, c, m.userId);
    await t.db.transaction().execute((trx) =>
      enqueue(trx, [
        { job: 'digest', period: 'p1', recipient: r, outbound: { text: 'one' } },
        { job: 'nudge', period: 'p1', recipient: r, outbound: { text: 'two' }, notBefore: new Date(Date.now() + 60_000) },
      ]),
    );
    fake.blocked.add(m.userId);
    const s = sender([fakeAdapter(fake)], { onBlocked: tellSecretariesOfBlockedChat });
    s.start();
    await s.drain(5000).catch(() => false);
    await s.stop();
    const all = await rows();
    expect(all.find((x) => x.job === 'digest')).toMatchObject({ status: 'failed' });
    expect(all.find((x) => x.job === 'nudge')).toMatchObject({ status: 'failed' });
    const notice = all.find((x) => x.job === 'blocked');
    expect(notice).toMatchObject({ member_id: secretary.id, status: 'sent' });
    expect(fake.perChat().get(secretary.userId)?.[0].text).toMatch(/王五/);
    const db = t.db;
    expect(await db.selectFrom('push_blocks').selectAll().execute()).toHaveLength(1);
    expect(await db.selectFrom('member_mutes').selectAll().execute()).toMatchObject([{ member_id: m.id, topic: 'digest', reason: 'blocked' }]);
    expect(await memberRecipients(t.db, [{ id: m.id, chamber_id: c }])).toHaveProperty('size', 0);
  });

  it('after a sender died: never-sent rows go back, Lark rows are resent with their key, Telegram rows become unknown', async () => {
    const c = await chamber(t.db, '成都商會');
    const make = async (platform: string, status: 'claimed' | 'sending', i: number) => {
      const m = await member(t.db, { chamberId: c, platform, userId: `${platform}-${status}-${i}` });
      await t.db
        .transaction()
        .execute((trx) => enqueue(trx, [{ job: 'digest', period: 'p', recipient: memberRecipient(m.id, c, m.userId, platform), outbound: { text: 't' } }]));
    };
    await make('telegram', 'claimed', 1);
    await make('telegram', 'sending', 2);
    await make('lark', 'sending', 3);
    const db = t.db;
    const all = await rows();
    await db
      .updateTable('outbox')
      .set({ status: 'claimed', claimed_by: 'dead', attempts: 1, claimed_at: sql<Date>`now()`, lease_until: sql<Date>`now() - interval '1 second'` })
      .where('id', '=', all[0].id)
      .execute();
    await db
      .updateTable('outbox')
      .set({ status: 'sending', claimed_by: 'dead', attempts: 1, claimed_at: sql<Date>`now()`, lease_until: sql<Date>`now() - interval '1 second'` })
      .where('id', 'in', [all[1].id, all[2].id])
      .execute();
    const limits = (p: string) => (p === 'lark' ? limitsFrom({ perSecond: 50, chatPerSecond: 5, idempotencyWindowMs: 3600_000 }) : FAST);
    expect(await recoverStale(t.db, limits, 'report')).toEqual({ requeued: 2, unknown: 1 });
    expect((await rows()).map((r) => [r.platform, r.status, r.attempts])).toEqual([
      ['telegram', 'pending', 0],
      ['telegram', 'unknown', 1],
      ['lark', 'pending', 1],
    ]);
    expect(await retryUnknown(t.db)).toBe(1);
    expect((await rows())[1].status).toBe('pending');
  });

  it('logs a delivery through the afterSent hook, in the transaction that marks the row sent', async () => {
    const fake = new FakePlatform('test', FAST_FAKE);
    await queueFor('test', 2);
    const seen: number[] = [];
    const s = sender([fakeAdapter(fake)], {
      afterSent: async (trx, row) => {
        const current = await trx.selectFrom('outbox').select('status').where('id', '=', row.id).executeTakeFirstOrThrow();
        expect(current.status).toBe('sent');
        seen.push(row.id);
      },
    });
    s.start();
    await s.drain(5000);
    await s.stop();
    expect(seen.sort()).toEqual((await rows()).map((r) => r.id));
  });
});
