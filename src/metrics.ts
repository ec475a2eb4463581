import { sql } from 'kysely';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db } from './db/database.ts';

/**
 * What operators watch (GET /metrics, Prometheus text format). The counters live in one registry
 * of the process, counted where the events happen (the core's update handler, the outbox sender,
 * the job runner); the outbox depth is read from the database at each scrape, so it is the same
 * whichever instance is asked. No label carries a person, a chat or a text: only platforms,
 * outcomes, states and job names.
 */
const events = new Registry();

/** What became of an update: answered, a redelivery, refused with a message, a bug, or not handled. */
export type UpdateOutcome = 'handled' | 'duplicate' | 'rejected' | 'error' | 'unavailable';

const updates = new Counter({
  name: 'chamber_updates_total',
  help: 'Updates (messages, button presses) through the core, by platform and outcome',
  labelNames: ['platform', 'outcome'] as const,
  registers: [events],
});

const replyLatency = new Histogram({
  name: 'chamber_reply_seconds',
  help: 'Time the core took to decide the replies to one update (database work included, the platform call not)',
  labelNames: ['platform'] as const,
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [events],
});

const sends = new Counter({
  name: 'chamber_outbox_sends_total',
  help: 'Outbox pushes by platform and result (sent, rate_limited, blocked, not_found, moved, error, timeout)',
  labelNames: ['platform', 'result'] as const,
  registers: [events],
});

const sendLatency = new Histogram({
  name: 'chamber_outbox_send_seconds',
  help: 'Time one outbox push took at the platform',
  labelNames: ['platform'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  registers: [events],
});

const rateLimited = new Counter({
  name: 'chamber_rate_limited_total',
  help: 'Pushes the platform answered with 429 (too many requests)',
  labelNames: ['platform'] as const,
  registers: [events],
});

const jobRuns = new Counter({
  name: 'chamber_job_runs_total',
  help: 'Job periods run by this instance, by job and status (done, failed)',
  labelNames: ['job', 'status'] as const,
  registers: [events],
});

/** Starts timing an update; the returned function records how it ended. */
export function observeUpdate(platform: string): (outcome: UpdateOutcome) => void {
  const end = replyLatency.startTimer({ platform });
  return (outcome) => {
    updates.inc({ platform, outcome });
    // An update not handled (database down) has no reply to time.
    if (outcome !== 'unavailable') end();
  };
}

/** Starts timing a push; the returned function records its result. */
export function observeSend(platform: string): (result: string) => void {
  const end = sendLatency.startTimer({ platform });
  return (result) => {
    end();
    sends.inc({ platform, result });
    if (result === 'rate_limited') rateLimited.inc({ platform });
  };
}

export function countJobRun(job: string, status: 'done' | 'failed'): void {
  jobRuns.inc({ job, status });
}

/** The outbox states that still need something: sent and failed rows are history. */
const OPEN_STATES = ['pending', 'claimed', 'sending', 'unknown'] as const;

/**
 * The registry served at /metrics: the process's counters, Node's own (memory, event loop), and
 * gauges read from `db` at each scrape. A scrape while the database is down still answers, with
 * chamber_database_up 0 and no outbox figures (an alert on absent data would be noise).
 */
export function metricsRegistry(db: Db): Registry {
  const perScrape = new Registry();
  collectDefaultMetrics({ register: perScrape });
  const databaseUp = new Gauge({ name: 'chamber_database_up', help: '1 when the database answered the last scrape', registers: [perScrape] });
  const oldestPending = new Gauge({
    name: 'chamber_outbox_oldest_pending_seconds',
    help: 'How long the most overdue pending outbox row has waited past its due time, by platform',
    labelNames: ['platform'] as const,
    registers: [perScrape],
  });
  new Gauge({
    name: 'chamber_outbox_rows',
    help: 'Outbox rows not finished yet, by state (pending, claimed, sending, unknown) and platform',
    labelNames: ['state', 'platform'] as const,
    registers: [perScrape],
    async collect() {
      this.reset();
      oldestPending.reset();
      try {
        const rows = await db
          .selectFrom('outbox')
          .select(['status', 'platform', sql<number>`count(*)::int`.as('rows')])
          .select(
            sql<number | null>`extract(epoch from clock_timestamp() - min(not_before) filter (where not_before <= clock_timestamp()))::float8`.as('oldest'),
          )
          .where('status', 'in', [...OPEN_STATES])
          .groupBy(['status', 'platform'])
          .execute();
        for (const row of rows) {
          this.set({ state: row.status, platform: row.platform }, row.rows);
          if (row.status === 'pending') oldestPending.set({ platform: row.platform }, row.oldest ?? 0);
        }
        databaseUp.set(1);
      } catch {
        databaseUp.set(0);
      }
    },
  });
  return Registry.merge([events, perScrape]);
}
