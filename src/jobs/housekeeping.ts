import { sql } from 'kysely';
import type { JobContext, JobDefinition } from './runs.ts';
import { deleteExpiredLogins } from '../web/sessions.ts';
import { expireDrafts } from '../core/confirm-flow.ts';

/**
 * Daily housekeeping:
 * - invite codes past their expiry are deleted (a code no one can use is only a risk);
 * - inbound_updates (the redelivery guard) older than INBOUND_RETENTION_HOURS are deleted — Lark
 *   redelivers an event for up to 8 hours, Telegram far less, so the minimum is 8 and the default 7 days;
 * - outbox rows sent or failed more than OUTBOX_RETENTION_DAYS ago are deleted, and rows still
 *   pending after 7 days (a platform no instance sends to any more) are failed as expired;
 * - the sender's per-chat pacing and old fire claims are cleared, and drafts abandoned past their
 *   flow's wait (the catalog's, after a week) are cancelled;
 * - expired dashboard login links and sessions are deleted.
 */
export const housekeepingJob: JobDefinition = {
  name: 'housekeeping',
  period: 'day',
  async run(ctx: JobContext) {
    const db = ctx.db;
    const now = ctx.now();
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000);
    const count = (result: { numDeletedRows?: bigint; numUpdatedRows?: bigint }) => Number(result.numDeletedRows ?? result.numUpdatedRows ?? 0n);

    const invites = count(await db.deleteFrom('invite_codes').where('expires_at', '<', now).executeTakeFirst());
    const inbound = count(await db.deleteFrom('inbound_updates').where('processed_at', '<', hoursAgo(ctx.settings.inboundRetentionHours)).executeTakeFirst());
    const outbox = count(
      await db
        .deleteFrom('outbox')
        .where('status', 'in', ['sent', 'failed'])
        .where('created_at', '<', hoursAgo(ctx.settings.outboxRetentionDays * 24))
        .executeTakeFirst(),
    );
    const expired = count(
      await db
        .updateTable('outbox')
        .set({ status: 'failed', error: 'expired: still pending after 7 days (no sender for this platform?)' })
        .where('status', '=', 'pending')
        .where('created_at', '<', hoursAgo(7 * 24))
        .executeTakeFirst(),
    );
    const pacing = count(
      await db
        .deleteFrom('outbox_chat_pacing')
        .where('tat', '<', hoursAgo(24))
        .where((eb) => eb.or([eb('sent_tat', 'is', null), eb('sent_tat', '<', hoursAgo(24))]))
        .executeTakeFirst(),
    );
    const fires = count(
      await db
        .deleteFrom('job_fires')
        .where('claimed_at', '<', hoursAgo(24 * 90))
        .executeTakeFirst(),
    );
    const drafts = await expireDrafts(db, now);
    const dashboardLogins = await deleteExpiredLogins(db, now);
    // Keep the planner's statistics fresh on the tables this job just thinned.
    await sql`analyze outbox`.execute(ctx.db).catch(() => undefined);
    return { invites, inbound, outbox, expired, pacing, fires, drafts, dashboardLogins };
  },
};
