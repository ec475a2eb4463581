import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql, type UpdateQueryBuilder } from 'kysely';
import type { Logger } from 'pino';
import type { PlatformAdapter, PushResult } from '../adapters/platform.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { OutboxRow, OutboxStatus } from '../db/rows.ts';
import type { Outbound } from '../core/messages.ts';
import { disableChat, type RefusingChat } from './blocked.ts';
import { moveChat } from './moved.ts';
import { limitsFor, type PlatformLimits } from './limits.ts';
import { idempotencyKeyOf, loadOutbound } from './payload.ts';
import { observeSend } from '../metrics.ts';

/**
 * The outbox sender. Any number of instances may run it against one PostgreSQL:
 *
 * - claim: a short transaction locks the platform's pacing row (so claims of one platform are
 *   serialised across instances), picks due rows with FOR UPDATE SKIP LOCKED, gives each an evenly
 *   spaced send time that respects the platform's overall and per-chat limits, and marks them
 *   `claimed`. No lock is held past the commit, never across a network call.
 * - send: a push that becomes several platform messages (PlatformAdapter.parts: text, chart,
 *   workbook) is delivered part by part: each part passes the gate (so the parts to one chat keep
 *   the chat's rate), is marked `sending`, pushed, and recorded (`parts_sent`) before the next; a
 *   retry starts at the first part not delivered. Lark gets the row's key (with the part's
 *   number after the first) as its idempotency key.
 * - finish: `sent` with the platform's message id; a 429 puts it back with `retry_after` honoured
 *   (and the whole platform paused that long, in this process from the moment the 429 is seen:
 *   no push starts after it, whatever gate it passed before); `moved` puts it back for the chat's new id, where
 *   the chat's binding and other rows go too; `blocked` / `not_found` fail it and disable the chat;
 *   other errors are retried with backoff up to `maxAttempts`, then `failed`.
 * - recover: rows whose claim lease ran out (their sender died) go back to `pending` when they were
 *   never sent (`claimed`) or the platform deduplicates (Lark, within its hour); a Telegram row that
 *   died in `sending` may or may not have arrived: it becomes `unknown` and is reported, not resent
 *   (unless unknownPolicy is 'resend'); `chamber-bot outbox retry-unknown` resends on purpose.
 */

export type UnknownPolicy = 'report' | 'resend';

export interface OutboxSenderOptions {
  db: Db;
  adapters: PlatformAdapter[];
  logger: Logger;
  /** Limits by platform; the published ones (limits.ts) otherwise. */
  limits?: Partial<Record<string, PlatformLimits>>;
  instanceId?: string;
  /** How long a claim may stay unfinished before another sender recovers it. */
  leaseMs?: number;
  /** A push that has not answered by then is treated as interrupted. */
  pushTimeoutMs?: number;
  /** Tries for ordinary errors before a row fails (429s do not count; see maxThrottled). */
  maxAttempts?: number;
  /** 429 answers a row may get before it fails. */
  maxThrottled?: number;
  /** How far ahead a claim schedules sends. */
  horizonMs?: number;
  /** How often an idle sender looks for new rows (wake() skips the wait). */
  idlePollMs?: number;
  recoverEveryMs?: number;
  maxInFlight?: number;
  unknownPolicy?: UnknownPolicy;
  /** Seconds to wait after a 429 that named none. */
  defaultRetryAfterSeconds?: number;
  /** Waits before the 2nd, 3rd, … try after an error (the last repeats). */
  backoffSeconds?: number[];
  /** Runs in the transaction that marks a row sent (the reminder log uses it). */
  afterSent?: (trx: Db, row: OutboxRow) => Promise<void>;
  /**
   * Runs in the transaction that turns off a chat refusing pushes for good: the core tells the
   * chamber's secretaries (the outbox writes no text of its own; main.ts wires it).
   */
  onBlocked?: (trx: Db, chat: RefusingChat) => Promise<void>;
}

export interface SenderStats {
  claimed: number;
  sent: number;
  failed: number;
  retried: number;
  throttled: number;
  recovered: number;
  unknown: number;
}

interface Claimed {
  row: OutboxRow;
  /** Milliseconds after the claim's database time. */
  sendAt: number;
}

const BACKOFF_SECONDS = [5, 30, 120, 600, 1800];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

export class OutboxSender {
  readonly instanceId: string;
  readonly stats: SenderStats = { claimed: 0, sent: 0, failed: 0, retried: 0, throttled: 0, recovered: 0, unknown: 0 };
  private readonly adapters: Map<string, PlatformAdapter>;
  private readonly limits = new Map<string, PlatformLimits>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly loops: Promise<void>[] = [];
  private running = false;
  private wakers: (() => void)[] = [];
  private lastRecover = 0;
  /** After a 429, by platform: until when (performance.now) no push of this process may start. */
  private readonly pausedUntil = new Map<string, number>();
  /** The last row scheduled for each chat (platform and chat id), until it is done. */
  private readonly chatQueues = new Map<string, Promise<void>>();
  private readonly o: Required<Omit<OutboxSenderOptions, 'limits' | 'afterSent' | 'onBlocked' | 'instanceId'>> &
    Pick<OutboxSenderOptions, 'afterSent' | 'onBlocked'>;

  constructor(options: OutboxSenderOptions) {
    this.instanceId = options.instanceId ?? `sender-${process.pid}-${randomBytes(3).toString('hex')}`;
    this.adapters = new Map(options.adapters.map((a) => [a.platform, a]));
    for (const platform of this.adapters.keys()) {
      this.limits.set(platform, options.limits?.[platform] ?? limitsFor(platform));
    }
    this.o = {
      db: options.db,
      adapters: options.adapters,
      logger: options.logger,
      leaseMs: options.leaseMs ?? 60_000,
      // Pushes do not wait out 429s inside the adapters (Lark's at most 10 s): a minute is generous.
      pushTimeoutMs: options.pushTimeoutMs ?? 60_000,
      maxAttempts: options.maxAttempts ?? 5,
      maxThrottled: options.maxThrottled ?? 50,
      horizonMs: options.horizonMs ?? 250,
      idlePollMs: options.idlePollMs ?? 1000,
      recoverEveryMs: options.recoverEveryMs ?? 10_000,
      maxInFlight: options.maxInFlight ?? 64,
      unknownPolicy: options.unknownPolicy ?? 'report',
      defaultRetryAfterSeconds: options.defaultRetryAfterSeconds ?? 5,
      backoffSeconds: options.backoffSeconds ?? BACKOFF_SECONDS,
      afterSent: options.afterSent,
      onBlocked: options.onBlocked,
    };
  }

  get platforms(): string[] {
    return [...this.adapters.keys()];
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    for (const platform of this.adapters.keys()) this.loops.push(this.loop(platform));
  }

  /** Stops claiming, then waits for sends in flight to finish (so a clean stop leaves nothing unknown). */
  async stop(timeoutMs = 30_000): Promise<void> {
    this.running = false;
    this.wake();
    await Promise.race([Promise.allSettled([...this.loops, ...this.inFlight]), sleep(timeoutMs)]);
    this.loops.length = 0;
  }

  /** Looks for new rows now (jobs call it after queueing). */
  wake(): void {
    const wakers = this.wakers;
    this.wakers = [];
    for (const wake of wakers) wake();
  }

  /** Resolves when nothing of this sender's platforms is pending or in flight (tests, benchmarks, the CLI). */
  async drain(timeoutMs = 60_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const { count } = await this.o.db
        .selectFrom('outbox')
        .select(sql<number>`count(*)::int`.as('count'))
        .where('platform', 'in', this.platforms)
        .where('status', 'in', ['pending', 'claimed', 'sending'])
        .executeTakeFirstOrThrow();
      if (count === 0 && this.inFlight.size === 0) return true;
      await sleep(50);
    }
    return false;
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, Math.max(0, ms));
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakers.push(done);
    });
  }

  private async loop(platform: string): Promise<void> {
    const limits = this.limits.get(platform)!;
    while (this.running) {
      try {
        if (performance.now() - this.lastRecover >= this.o.recoverEveryMs) {
          this.lastRecover = performance.now();
          await this.recover();
        }
        if (this.inFlight.size >= this.o.maxInFlight) {
          await Promise.race(this.inFlight);
          continue;
        }
        const claimedAt = performance.now();
        const batch = await this.claim(platform, limits);
        for (const item of batch.claimed) this.schedule(platform, item, claimedAt);
        if (!this.running) break;
        // Claim again when half the horizon of what was scheduled is left.
        const wait = batch.claimed.length > 0 ? batch.lastSendAt - this.o.horizonMs / 2 - (performance.now() - claimedAt) : batch.nextDueMs;
        if (wait > 0) await this.idle(Math.min(wait, this.o.idlePollMs));
      } catch (error) {
        this.o.logger.error({ err: error, platform }, 'outbox claim failed');
        await this.idle(2000);
      }
    }
  }

  /** Picks the rows this sender may send in the next horizon, with their send times. */
  private async claim(platform: string, limits: PlatformLimits): Promise<{ claimed: Claimed[]; lastSendAt: number; nextDueMs: number }> {
    const { horizonMs, leaseMs, idlePollMs } = this.o;
    return this.o.db.transaction().execute(async (trx) => {
      const db = trx;
      const now = (await sql<{ now: Date }>`select clock_timestamp() as now`.execute(trx)).rows[0].now.getTime();
      const horizon = now + horizonMs;
      await db
        .insertInto('outbox_limiters')
        .values({ platform, tat: new Date(now) })
        .onConflict((oc) => oc.column('platform').doNothing())
        .execute();
      const limiter = await db.selectFrom('outbox_limiters').selectAll().where('platform', '=', platform).forUpdate().executeTakeFirstOrThrow();
      let slot = Math.max(now, limiter.tat.getTime(), limiter.paused_until?.getTime() ?? 0);
      if (slot > horizon) return { claimed: [], lastSendAt: 0, nextDueMs: Math.min(slot - horizon, idlePollMs) };
      const slots = Math.floor((horizon - slot) / limits.intervalMs) + 1;
      const candidates = await sql<OutboxRow & { chat_tat: Date | null }>`
        select o.id, o.chat_id, o.chat_type, o.cost, o.not_before, p.tat as chat_tat
        from outbox o
        left join outbox_chat_pacing p on p.platform = o.platform and p.chat_id = o.chat_id
        where o.status = 'pending' and o.platform = ${platform} and o.not_before <= ${new Date(horizon)}
        order by o.priority, o.not_before, o.id
        limit ${slots + 20}
        for update of o skip locked`.execute(trx);
      if (candidates.rows.length === 0) {
        const next = await db
          .selectFrom('outbox')
          .select(sql<Date | null>`min(not_before)`.as('next'))
          .where('platform', '=', platform)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        const nextDue = next?.next ? new Date(next.next).getTime() - horizon : idlePollMs;
        return { claimed: [], lastSendAt: 0, nextDueMs: Math.max(10, Math.min(nextDue, idlePollMs)) };
      }
      const chatReady = new Map<string, number>();
      const chosen: { id: number; sendAt: number; chatId: string; chatTat: number }[] = [];
      const deferred: { id: number; notBefore: number }[] = [];
      for (const c of candidates.rows) {
        if (slot > horizon) break;
        const ready = chatReady.get(c.chat_id) ?? c.chat_tat?.getTime() ?? 0;
        if (ready > slot) {
          // The chat's own limit: this row waits for it, the platform's next slot goes to another chat.
          if (ready > horizon) deferred.push({ id: c.id, notBefore: ready });
          continue;
        }
        const sendAt = Math.max(slot, c.not_before.getTime());
        if (sendAt > horizon) continue;
        const cost = Math.max(1, c.cost);
        const chatGap = c.chat_type === 'group' ? limits.groupChatIntervalMs : limits.privateChatIntervalMs;
        chatReady.set(c.chat_id, sendAt + chatGap * cost);
        chosen.push({ id: c.id, sendAt, chatId: c.chat_id, chatTat: sendAt + chatGap * cost });
        slot = sendAt + limits.intervalMs * cost;
      }
      if (deferred.length > 0) {
        await sql`
          update outbox o set not_before = v.nb
          from (values ${sql.join(deferred.map((d) => sql`(${d.id}::int8, ${new Date(d.notBefore)}::timestamptz)`))}) as v(id, nb)
          where o.id = v.id`.execute(trx);
      }
      if (chosen.length === 0) return { claimed: [], lastSendAt: 0, nextDueMs: 20 };
      const updated = await sql<OutboxRow>`
        update outbox o set status = 'claimed', claimed_at = ${new Date(now)}, claimed_by = ${this.instanceId},
          send_at = v.send_at, lease_until = v.send_at + make_interval(secs => ${leaseMs / 1000}), attempts = o.attempts + 1
        from (values ${sql.join(chosen.map((c) => sql`(${c.id}::int8, ${new Date(c.sendAt)}::timestamptz)`))}) as v(id, send_at)
        where o.id = v.id
        returning o.*`.execute(trx);
      const lastByChat = new Map<string, number>();
      for (const c of chosen) lastByChat.set(c.chatId, Math.max(lastByChat.get(c.chatId) ?? 0, c.chatTat));
      await sql`
        insert into outbox_chat_pacing (platform, chat_id, tat)
        values ${sql.join([...lastByChat].map(([chatId, tat]) => sql`(${platform}, ${chatId}, ${new Date(tat)})`))}
        on conflict (platform, chat_id) do update set tat = greatest(outbox_chat_pacing.tat, excluded.tat)`.execute(trx);
      await db
        .updateTable('outbox_limiters')
        .set({ tat: new Date(slot) })
        .where('platform', '=', platform)
        .execute();
      const sendAtById = new Map(chosen.map((c) => [c.id, c.sendAt - now]));
      const claimed = updated.rows
        .map((row) => ({ row: { ...row, id: Number(row.id) }, sendAt: sendAtById.get(Number(row.id)) ?? 0 }))
        .sort((a, b) => a.sendAt - b.sendAt);
      this.stats.claimed += claimed.length;
      return { claimed, lastSendAt: claimed.at(-1)?.sendAt ?? 0, nextDueMs: 0 };
    });
  }

  private schedule(platform: string, item: Claimed, claimedAt: number): void {
    const sendAt = claimedAt + item.sendAt;
    // One row of a chat at a time: the parts of two pushes to one chat never interleave, even
    // when timers run late and the later row's time comes while the earlier is still sending.
    const chat = `${platform}\u0000${item.row.chat_id}`;
    const previous = this.chatQueues.get(chat);
    const task = Promise.all([previous, sleep(sendAt - performance.now())])
      .then(() => this.send(platform, item.row))
      .catch((error: unknown) => this.o.logger.error({ err: error, id: item.row.id }, 'outbox send failed'));
    this.chatQueues.set(chat, task);
    this.inFlight.add(task);
    void task.finally(() => {
      this.inFlight.delete(task);
      if (this.chatQueues.get(chat) === task) this.chatQueues.delete(chat);
    });
  }

  /**
   * The gate, just before the call, on the database clock and under the platform's pacing lock:
   * the claim planned the send times, but timers run late and instances drift, so the moment of
   * sending is checked against the last actual send of every instance (sent_tat, with the
   * limits' small burst tolerance), and the row is marked `sending` in the same statement.
   * Returns how long to wait, or what happened.
   */
  private async gate(row: OutboxRow): Promise<'sending' | 'paused' | 'gone' | { waitMs: number }> {
    const limits = this.limits.get(row.platform)!;
    const group = row.chat_type === 'group';
    const chatTolerance = group ? limits.groupChatToleranceMs : limits.privateChatToleranceMs;
    const lease = (this.o.pushTimeoutMs + Math.min(15_000, this.o.leaseMs)) / 1000;
    // A gate lets one platform message through: a push of several parts passes it once per part.
    const step = limits.intervalMs / 1000;
    const chatStep = (group ? limits.groupChatIntervalMs : limits.privateChatIntervalMs) / 1000;
    // One statement, so that as little time as possible passes between the decision and the call.
    // The platform's pacing row is locked for it: gates of every instance take turns.
    const result = await sql<{ verdict: 'go' | 'wait' | 'paused'; wait_ms: number | null; marked: number; released: number }>`
      with l as (
        select sent_tat, paused_until from outbox_limiters where platform = ${row.platform} for update
      ), t as (
        -- Read after the row lock is granted (a claim may hold it for a moment), not before.
        select clock_timestamp() as now, l.sent_tat, l.paused_until,
          (select c.sent_tat from outbox_chat_pacing c where c.platform = ${row.platform} and c.chat_id = ${row.chat_id}) as chat_sent
        from l
      ), d as (
        select now, sent_tat, paused_until, chat_sent,
          greatest(
            extract(epoch from (sent_tat - now)) * 1000 - ${limits.toleranceMs},
            extract(epoch from (chat_sent - now)) * 1000 - ${chatTolerance}
          )::float8 as wait_ms
        from t
      ), v as (
        select *, case when paused_until > now then 'paused' when wait_ms > 0 then 'wait' else 'go' end as verdict from d
      ), mine as (
        select o.id from outbox o
        where o.id = ${row.id} and o.status = 'claimed' and o.claimed_by = ${this.instanceId} and o.attempts = ${row.attempts}
      ), marked as (
        update outbox o set status = 'sending', lease_until = clock_timestamp() + make_interval(secs => ${lease})
        from v where v.verdict = 'go' and o.id in (select id from mine)
        returning o.id
      ), released as (
        update outbox o set status = 'pending', claimed_by = null, attempts = o.attempts - 1, not_before = v.paused_until
        from v where v.verdict = 'paused' and o.id in (select id from mine)
        returning o.id
      ), paced as (
        update outbox_limiters set sent_tat = greatest(coalesce(v.sent_tat, v.now), v.now) + make_interval(secs => ${step})
        from v where outbox_limiters.platform = ${row.platform} and exists (select 1 from marked)
        returning 1
      ), chat_paced as (
        insert into outbox_chat_pacing (platform, chat_id, tat, sent_tat)
        select ${row.platform}, ${row.chat_id}, v.now, greatest(coalesce(v.chat_sent, v.now), v.now) + make_interval(secs => ${chatStep})
        from v where exists (select 1 from marked)
        on conflict (platform, chat_id) do update set sent_tat = excluded.sent_tat
        returning 1
      )
      select v.verdict, v.wait_ms,
        (select count(*) from marked)::int as marked, (select count(*) from released)::int as released,
        (select count(*) from paced)::int + (select count(*) from chat_paced)::int as paced
      from v`.execute(this.o.db);
    const gate = result.rows[0];
    if (!gate) return 'gone';
    if (gate.verdict === 'wait') return { waitMs: Math.max(1, gate.wait_ms ?? 1) };
    if (gate.verdict === 'paused') return gate.released ? 'paused' : 'gone';
    return gate.marked ? 'sending' : 'gone';
  }

  /** Milliseconds this process still holds the platform paused after a 429 it saw (0: not paused). */
  private pausedFor(platform: string): number {
    return Math.max(0, (this.pausedUntil.get(platform) ?? 0) - performance.now());
  }

  private retryAfterSeconds(result: PushResult): number {
    return Math.max(0.1, (result.ok ? undefined : result.retryAfter) ?? this.o.defaultRetryAfterSeconds);
  }

  /** Delivers the parts of a row not delivered yet, one by one; see the top of this file. */
  private async send(platform: string, row: OutboxRow): Promise<void> {
    const adapter = this.adapters.get(platform)!;
    const outbound = loadOutbound(row.payload);
    const parts = adapter.parts?.(outbound) ?? [outbound];
    if (parts.length === 0) parts.push(outbound);
    for (let index = row.parts_sent; index < parts.length; index++) {
      if (!(await this.passGate(row))) return;
      const result = await this.push(adapter, row, parts[index], index, index === parts.length - 1);
      if (result === 'interrupted') return;
      if (!result.ok && result.reason === 'rate_limited') {
        // Before anything is awaited: no push of this process starts from now until it passes.
        const until = performance.now() + this.retryAfterSeconds(result) * 1000;
        this.pausedUntil.set(platform, Math.max(until, this.pausedUntil.get(platform) ?? 0));
      }
      if (!result.ok || index === parts.length - 1) {
        await this.finish(row, result, ['sending'], index + 1);
        return;
      }
      if (!(await this.partSent(row, index + 1, result.messageId))) return;
    }
    // Every part was delivered before (a row claimed again after recording its last part).
    await this.finish(row, { ok: true, messageId: row.message_id ?? '' }, ['claimed'], row.parts_sent);
  }

  /**
   * Waits at the gate until this part may go, and marks the row `sending`; false when the row is
   * no longer this sender's to send (the platform was paused: the row was handed back).
   */
  private async passGate(row: OutboxRow): Promise<boolean> {
    for (;;) {
      const paused = this.pausedFor(row.platform);
      if (paused > 0) return this.handBack(row, paused, ['claimed']);
      const gate = await this.gate(row);
      if (gate === 'paused' || gate === 'gone') return false;
      if (gate === 'sending') {
        // A 429 may have been seen while the gate's statement ran: it wins over the gate.
        const since = this.pausedFor(row.platform);
        return since > 0 ? this.handBack(row, since, ['sending']) : true;
      }
      await sleep(gate.waitMs);
    }
  }

  /** Puts a row this sender holds back in the queue, untouched, for when the pause has passed. */
  private async handBack(row: OutboxRow, waitMs: number, from: OutboxStatus[]): Promise<false> {
    await this.o.db
      .updateTable('outbox')
      .set({
        status: 'pending',
        claimed_by: null,
        attempts: row.attempts - 1,
        not_before: sql<Date>`clock_timestamp() + make_interval(secs => ${waitMs / 1000})`,
      })
      .where('id', '=', row.id)
      .where('claimed_by', '=', this.instanceId)
      .where('attempts', '=', row.attempts)
      .where('status', 'in', from)
      .execute();
    return false;
  }

  /** One part's push, bounded by pushTimeoutMs; `interrupted` when it did not answer in time (handled). */
  private async push(adapter: PlatformAdapter, row: OutboxRow, part: Outbound, index: number, last: boolean): Promise<PushResult | 'interrupted'> {
    const key = idempotencyKeyOf(index === 0 ? row.key : `${row.key}#${index}`);
    const observed = observeSend(row.platform);
    const push = adapter.push(row.chat_id, part, { idempotencyKey: key });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.o.pushTimeoutMs);
    });
    let result: PushResult | 'timeout';
    try {
      result = await Promise.race([push, timeout]);
    } catch (error) {
      result = { ok: false, reason: 'error', detail: error instanceof Error ? error.message : String(error) };
    } finally {
      clearTimeout(timer);
    }
    observed(result === 'timeout' ? 'timeout' : result.ok ? 'sent' : result.reason);
    if (result !== 'timeout') return result;
    await this.interrupted(row, 'push timed out');
    // If it answers later after all, a delivery or a refusal is the truth (a network error stays unknown).
    push
      .then((late) => {
        if (!late.ok && late.reason === 'error') return undefined;
        return late.ok && !last ? this.latePartSent(row, index + 1) : this.finish(row, late, ['unknown', 'pending'], index + 1);
      })
      .catch(() => undefined);
    return 'interrupted';
  }

  /** Records a delivered part (not the last) and hands the row back to its claim for the next. */
  private async partSent(row: OutboxRow, partsSent: number, messageId: string): Promise<boolean> {
    const done = await this.o.db
      .updateTable('outbox')
      .set({ status: 'claimed', parts_sent: partsSent, message_id: sql<string>`coalesce(message_id, ${messageId})`, error: null })
      .where('id', '=', row.id)
      .where('claimed_by', '=', this.instanceId)
      .where('attempts', '=', row.attempts)
      .where('status', '=', 'sending')
      .executeTakeFirst();
    return Number(done.numUpdatedRows) > 0;
  }

  /** A part that timed out arrived after all: the next try starts after it (and an unknown row may go on). */
  private async latePartSent(row: OutboxRow, partsSent: number): Promise<void> {
    await this.o.db
      .updateTable('outbox')
      .set({ status: 'pending', parts_sent: partsSent, error: null })
      .where('id', '=', row.id)
      .where('parts_sent', '=', partsSent - 1)
      .where('status', 'in', ['unknown', 'pending'])
      .execute();
  }

  /** The push did not answer in time: as after a crash, resend only where that is safe. */
  private async interrupted(row: OutboxRow, why: string): Promise<void> {
    const limits = this.limits.get(row.platform)!;
    const safe = limits.idempotencyWindowMs > 0 || this.o.unknownPolicy === 'resend';
    await this.o.db
      .updateTable('outbox')
      .set(
        safe
          ? { status: 'pending' as const, error: why, not_before: sql<Date>`clock_timestamp() + interval '5 seconds'` }
          : { status: 'unknown' as const, error: `${why}: it may or may not have been delivered` },
      )
      .where('id', '=', row.id)
      .where('status', '=', 'sending')
      .where('claimed_by', '=', this.instanceId)
      .execute();
    if (safe) this.stats.retried++;
    else this.stats.unknown++;
  }

  /** Records the outcome of a row's last push; `partsSent` is how many parts are delivered when it succeeded. */
  private async finish(row: OutboxRow, result: PushResult, from: OutboxStatus[], partsSent: number): Promise<void> {
    const maxAttempts = this.o.maxAttempts;
    await this.o.db.transaction().execute(async (trx) => {
      const db = trx;
      // Only the claim that sent it may finish it (a recovered row belongs to whoever claims it next).
      const mine = <O>(q: UpdateQueryBuilder<Database, 'outbox', 'outbox', O>) =>
        q.where('id', '=', row.id).where('claimed_by', '=', this.instanceId).where('attempts', '=', row.attempts).where('status', 'in', from);
      if (result.ok) {
        const done = await mine(
          db.updateTable('outbox').set({
            status: 'sent',
            sent_at: sql`clock_timestamp()`,
            // The first part's id: where the push begins.
            message_id: sql<string>`coalesce(message_id, ${result.messageId})`,
            parts_sent: partsSent,
            error: null,
          }),
        ).executeTakeFirst();
        if (Number(done.numUpdatedRows) > 0) {
          this.stats.sent++;
          if (this.o.afterSent) await this.o.afterSent(trx, row);
        }
        return;
      }
      const detail = `${result.reason}: ${result.detail}`.slice(0, 500);
      if (result.reason === 'rate_limited') {
        const seconds = this.retryAfterSeconds(result);
        const until = sql<Date>`clock_timestamp() + make_interval(secs => ${seconds})`;
        const giveUp = row.throttled + 1 >= this.o.maxThrottled;
        await mine(
          db.updateTable('outbox').set({
            status: giveUp ? 'failed' : 'pending',
            attempts: row.attempts - 1,
            throttled: row.throttled + 1,
            not_before: until,
            error: detail,
          }),
        ).execute();
        // The platform said to wait: nobody pushes to it (or this chat) before then.
        await db
          .updateTable('outbox_limiters')
          .set({ paused_until: until })
          .where('platform', '=', row.platform)
          .where((eb) => eb.or([eb('paused_until', 'is', null), eb('paused_until', '<', until)]))
          .execute();
        await sql`
          insert into outbox_chat_pacing (platform, chat_id, tat) values (${row.platform}, ${row.chat_id}, ${until})
          on conflict (platform, chat_id) do update set tat = greatest(outbox_chat_pacing.tat, excluded.tat)`.execute(trx);
        this.stats.throttled++;
        if (giveUp) this.stats.failed++;
        this.o.logger.warn({ platform: row.platform, id: row.id, retryAfter: seconds }, 'outbox: rate limited');
        return;
      }
      if (result.reason === 'moved' && result.movedTo) {
        // Back in the queue, then moved with everything else of the chat: sent to the new id next.
        const requeued = await mine(
          db.updateTable('outbox').set({ status: 'pending', claimed_by: null, not_before: sql<Date>`clock_timestamp()`, error: detail }),
        ).executeTakeFirst();
        if (Number(requeued.numUpdatedRows) > 0) {
          await moveChat(trx, row.platform, row.chat_id, result.movedTo);
          this.stats.retried++;
          this.o.logger.warn({ platform: row.platform, id: row.id }, 'outbox: the chat moved to a new id, sending there');
        }
        return;
      }
      if (result.reason === 'blocked' || result.reason === 'not_found') {
        const failed = await mine(db.updateTable('outbox').set({ status: 'failed', error: detail })).executeTakeFirst();
        if (Number(failed.numUpdatedRows) > 0) {
          this.stats.failed++;
          await disableChat(trx, row, detail);
          if (this.o.onBlocked) await this.o.onBlocked(trx, row);
          this.o.logger.warn({ platform: row.platform, id: row.id, reason: result.reason }, 'outbox: chat refused a push, disabled');
        }
        return;
      }
      if (row.attempts >= maxAttempts) {
        await mine(db.updateTable('outbox').set({ status: 'failed', error: detail })).execute();
        this.stats.failed++;
        this.o.logger.warn({ platform: row.platform, id: row.id, attempts: row.attempts }, 'outbox: giving up');
        return;
      }
      const steps = this.o.backoffSeconds;
      const backoff = steps[Math.min(row.attempts - 1, steps.length - 1)];
      await mine(
        db.updateTable('outbox').set({
          status: 'pending',
          not_before: sql<Date>`clock_timestamp() + make_interval(secs => ${backoff})`,
          error: detail,
        }),
      ).execute();
      this.stats.retried++;
    });
  }

  /** Takes back rows whose sender died: see the policy at the top of this file. */
  async recover(): Promise<{ requeued: number; unknown: number }> {
    const r = await recoverStale(this.o.db, (platform) => this.limits.get(platform) ?? limitsFor(platform), this.o.unknownPolicy);
    this.stats.recovered += r.requeued;
    this.stats.unknown += r.unknown;
    if (r.requeued || r.unknown) this.o.logger.warn(r, 'outbox: recovered rows of a stopped sender');
    return r;
  }
}

/**
 * Rows claimed by a sender whose lease ran out. `claimed` rows were never pushed: pending again.
 * `sending` rows may have arrived: pending again where the platform deduplicates by key within its
 * window (or when the policy is 'resend'), otherwise `unknown`.
 */
export async function recoverStale(
  db: Db,
  limitsOf: (platform: string) => PlatformLimits,
  policy: UnknownPolicy,
): Promise<{ requeued: number; unknown: number }> {
  const jdb = db;
  const never = await jdb
    .updateTable('outbox')
    .set({ status: 'pending', attempts: sql`greatest(attempts - 1, 0)`, claimed_by: null })
    .where('status', '=', 'claimed')
    .where('lease_until', '<', sql<Date>`clock_timestamp()`)
    .executeTakeFirst();
  let requeued = Number(never.numUpdatedRows);
  let unknown = 0;
  const stale = await jdb
    .selectFrom('outbox')
    .select(['platform'])
    .distinct()
    .where('status', '=', 'sending')
    .where('lease_until', '<', sql<Date>`clock_timestamp()`)
    .execute();
  for (const { platform } of stale) {
    const window = limitsOf(platform).idempotencyWindowMs;
    const base = jdb
      .updateTable('outbox')
      .where('platform', '=', platform)
      .where('status', '=', 'sending')
      .where('lease_until', '<', sql<Date>`clock_timestamp()`);
    if (window > 0 || policy === 'resend') {
      const again = await base
        .set({ status: 'pending', claimed_by: null, error: 'sender stopped while sending; sent again with the same key' })
        .where((eb) =>
          window > 0 && policy !== 'resend'
            ? eb('claimed_at', '>', sql<Date>`clock_timestamp() - make_interval(secs => ${window / 1000 - 300})`)
            : eb.lit(true),
        )
        .executeTakeFirst();
      requeued += Number(again.numUpdatedRows);
    }
    const lost = await jdb
      .updateTable('outbox')
      .set({ status: 'unknown', error: 'sender stopped while sending: it may or may not have been delivered' })
      .where('platform', '=', platform)
      .where('status', '=', 'sending')
      .where('lease_until', '<', sql<Date>`clock_timestamp()`)
      .executeTakeFirst();
    unknown += Number(lost.numUpdatedRows);
  }
  return { requeued, unknown };
}

/** Sends `unknown` rows again, on an operator's decision (a duplicate is possible; a loss is not). */
export async function retryUnknown(db: Db, ids?: number[]): Promise<number> {
  let query = db
    .updateTable('outbox')
    .set({ status: 'pending', not_before: sql<Date>`now()`, claimed_by: null, error: 'resent by operator after an unknown outcome' })
    .where('status', '=', 'unknown');
  if (ids?.length) query = query.where('id', 'in', ids);
  return Number((await query.executeTakeFirst()).numUpdatedRows);
}
