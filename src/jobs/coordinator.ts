import { sql } from 'kysely';
import type { RunCoordinator } from 'node-cron';
import type { Db } from '../db/database.ts';

/**
 * node-cron's RunCoordinator backed by PostgreSQL: every instance schedules every job, and at each
 * fire asks `shouldRun(key)` where key is the task's name and the scheduled instant
 * ("chamber-bot:digest:2026-11-30T01:07:00.000Z"). The first instance to insert the fire's row runs
 * it; the others are told no. A row whose runner died before completing (lease past) may be taken
 * over by an instance that asks later. Which period a fire covers, and that a period runs once even
 * when fires are missed or repeated, is the job_runs table's business (runs.ts).
 */
export class PgRunCoordinator implements RunCoordinator {
  constructor(
    private readonly db: Db,
    readonly instanceId: string,
  ) {}

  async shouldRun(key: string, ttlMs: number): Promise<boolean> {
    const row = await this.db
      .insertInto('job_fires')
      .values({ key, instance: this.instanceId, lease_until: sql`clock_timestamp() + make_interval(secs => ${ttlMs / 1000})` })
      .onConflict((oc) =>
        oc
          .column('key')
          .doUpdateSet({ instance: this.instanceId, claimed_at: sql`clock_timestamp()`, lease_until: sql`excluded.lease_until` })
          .where('job_fires.completed_at', 'is', null)
          .where('job_fires.lease_until', '<', sql<Date>`clock_timestamp()`),
      )
      .returning('instance')
      .executeTakeFirst();
    return row?.instance === this.instanceId;
  }

  async onComplete(key: string): Promise<void> {
    await this.db
      .updateTable('job_fires')
      .set({ completed_at: sql`clock_timestamp()` })
      .where('key', '=', key)
      .where('instance', '=', this.instanceId)
      .execute();
  }
}
