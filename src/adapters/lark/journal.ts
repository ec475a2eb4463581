import * as lark from '@larksuiteoapi/node-sdk';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Db } from '../../db/database.ts';
import { safeApiError } from './sdk.ts';
import { jsonb } from '../../db/json.ts';

/**
 * Lark events are written down before they are acknowledged. Lark considers an event delivered
 * once the webhook answered 200 or the long connection acknowledged it — for a slow update that
 * happens before the update is handled (the 2-second budget), and a process dying then lost it.
 * Every event is recorded in `inbound_events` first and deleted once handled and answered; one
 * whose lease passes without that is handled again, at start and then periodically, by whichever
 * instance takes it. The core's record of update ids keeps a redelivered or resumed event from
 * acting twice.
 */

/** An event that failed this many times in a row is dropped (and logged): it would never pass. */
const MAX_ATTEMPTS = 10;

export interface JournaledEvent {
  eventId: string;
  payload: unknown;
  attempts: number;
}

/** The events of one platform recorded and not yet handled. */
export class EventJournal {
  constructor(
    private readonly db: Db,
    private readonly platform: string,
    /** How long a recorded event is left to the instance that took it. */
    readonly leaseMs: number,
  ) {}

  private leaseEnd() {
    return sql<Date>`clock_timestamp() + make_interval(secs => ${this.leaseMs / 1000})`;
  }

  /** Records an event (a redelivery of one still recorded changes nothing). */
  async record(eventId: string, payload: unknown): Promise<void> {
    await this.db
      .insertInto('inbound_events')
      .values({ platform: this.platform, event_id: eventId, payload: jsonb(payload), lease_until: this.leaseEnd() })
      .onConflict((oc) => oc.columns(['platform', 'event_id']).doNothing())
      .execute();
  }

  /** The event was handled and answered. */
  async done(eventId: string): Promise<void> {
    await this.db.deleteFrom('inbound_events').where('platform', '=', this.platform).where('event_id', '=', eventId).execute();
  }

  /** Takes the events whose lease has passed (whoever took them died or failed), leased anew, oldest first. */
  async takeStale(limit = 100): Promise<JournaledEvent[]> {
    const rows = await sql<{ event_id: string; payload: unknown; attempts: number }>`
      update inbound_events e set lease_until = ${this.leaseEnd()}, attempts = e.attempts + 1
      from (
        select event_id from inbound_events
        where platform = ${this.platform} and lease_until < clock_timestamp()
        order by received_at
        limit ${limit}
        for update skip locked
      ) as stale
      where e.platform = ${this.platform} and e.event_id = stale.event_id
      returning e.event_id, e.payload, e.attempts`.execute(this.db);
    return rows.rows.map((r) => ({
      eventId: r.event_id,
      payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
      attempts: r.attempts,
    }));
  }
}

/** The event id of a payload as the webhook or the long connection hands it over (schema 2.0; 1.0's uuid). */
export function eventIdOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as { header?: { event_id?: unknown }; event_id?: unknown; uuid?: unknown };
  const id = d.header?.event_id ?? d.event_id ?? d.uuid;
  return typeof id === 'string' && id ? id : undefined;
}

/**
 * The EventDispatcher both modes feed (the webhook route and the long connection's WSClient),
 * recording each event before its handler runs. A handler that finishes an event after
 * answering Lark (sending the replies, or all of it when late) takes it over and calls
 * `finished` at the end; any other event is done when the handler returns.
 */
export class JournaledDispatcher extends lark.EventDispatcher {
  journal?: EventJournal;
  private readonly takenOver = new Set<string>();
  private readonly resuming = new Set<string>();

  /** The handler of this event will call `finished` itself. */
  takeOver(eventId: string): void {
    if (eventId) this.takenOver.add(eventId);
  }

  async finished(eventId: string): Promise<void> {
    await this.journal?.done(eventId);
  }

  /** True while the event is handled again from the journal: nobody is waiting for its answer. */
  isResumed(eventId: string): boolean {
    return this.resuming.has(eventId);
  }

  override async invoke(data: unknown, params?: { needCheck?: boolean }): Promise<unknown> {
    const eventId = eventIdOf(data);
    const journal = this.journal;
    if (!journal || !eventId) return super.invoke(data, params);
    // Before anything else: once Lark has its answer, this row is what keeps the event.
    await journal.record(eventId, data);
    return this.handle(journal, eventId, data, params);
  }

  private async handle(journal: EventJournal, eventId: string, data: unknown, params?: { needCheck?: boolean }): Promise<unknown> {
    try {
      const answer = await super.invoke(data, params);
      if (!this.takenOver.delete(eventId)) await journal.done(eventId);
      return answer;
    } catch (error) {
      this.takenOver.delete(eventId);
      throw error;
    }
  }

  /** Handles the recorded events whose lease has passed again; returns how many it took. */
  async resumeStale(logger: Logger): Promise<number> {
    const journal = this.journal;
    if (!journal) return 0;
    const events = await journal.takeStale();
    for (const event of events) {
      if (event.attempts > MAX_ATTEMPTS) {
        logger.error({ eventId: event.eventId, attempts: event.attempts }, 'lark event dropped: it failed every time it was handled');
        await journal.done(event.eventId);
        continue;
      }
      logger.warn({ eventId: event.eventId, attempts: event.attempts }, 'lark event recorded but not handled: handling it now');
      this.resuming.add(event.eventId);
      try {
        await this.handle(journal, event.eventId, event.payload, { needCheck: false });
      } catch (error) {
        logger.warn({ eventId: event.eventId, error: safeApiError(error) }, 'lark event still not handled: trying again later');
      } finally {
        this.resuming.delete(event.eventId);
      }
    }
    return events.length;
  }
}
