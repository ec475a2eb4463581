import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { daysBetween, localDate } from '../domain/calendar.ts';
import type { Stage } from '../domain/report.ts';
import { inReaderScript } from '../domain/names.ts';
import { isLang, translate, type MessageKey, type Params } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import type { Button } from '../core/messages.ts';
import { encode } from '../core/actions.ts';
import { leadTitle } from '../domain/lead-title.ts';
import { enqueue, memberRecipients, PRIORITY, type OutboxMessage } from '../outbox/queue.ts';
import type { JobContext, JobDefinition } from './runs.ts';
import type { OutboxRow } from '../db/rows.ts';
import { jsonb } from '../db/json.ts';

/**
 * Secretary reminders, every morning: per chamber, one message to its secretaries with the leads
 * that need them, each with buttons (已跟進, 延期, 轉交, 查看):
 * - stale: past their stage's deadline — a new lead with no owner or no follow-up after 3 days,
 *   negotiating with no follow-up for 14 days, signed with no progress for 30 days (configurable);
 * - due: a follow-up date that is today or past;
 * - to assign: new leads without an owner.
 * A lead whose next follow-up date is in the future (planned, or snoozed) is left alone until then.
 * A lead overdue twice its deadline goes, once, to the officials in the same morning's message.
 */

export type ReminderReason = 'stale' | 'due' | 'unassigned';

export interface ReminderItem {
  leadId: number;
  chamberId: number;
  title: string;
  stage: Stage;
  ownerName: string | null;
  reason: ReminderReason;
  /** stale: why ('noOwner' | 'noFollowUp' | 'silent'); due: the follow-up date. */
  detail: string;
  /** Days since the anchor (stale), or past the follow-up date (due). */
  days: number;
  /** The stage's deadline in days (stale). */
  deadline: number;
  /** The date the deadline counts from: an escalation is sent once per anchor. */
  anchor: string;
  escalate: boolean;
}

interface LeadRow {
  id: number;
  chamber_id: number;
  reporter_id: number | null;
  stage: Stage;
  project: string | null;
  company: string | null;
  owner_id: number | null;
  owner_name: string | null;
  reported_at: Date;
  last_follow_up_at: Date | null;
  next_follow_up_on: string | null;
  last_stage_at: Date | null;
  last_activity_at: Date | null;
}

/** What each active lead needs today, if anything: pure, so the rules are tested as a table. */
export function reminderItems(
  leads: LeadRow[],
  today: string,
  timeZone: string,
  rules: { newLeadDays: number; negotiatingDays: number; signedDays: number },
): ReminderItem[] {
  const items: ReminderItem[] = [];
  const latest = (...instants: (Date | null)[]) =>
    localDate(new Date(Math.max(...instants.filter((d): d is Date => d !== null).map((d) => d.getTime()))), timeZone);
  for (const lead of leads) {
    const base = {
      leadId: lead.id,
      chamberId: lead.chamber_id,
      title: leadTitle(lead),
      stage: lead.stage,
      ownerName: lead.owner_name,
      escalate: false,
    };
    if (lead.next_follow_up_on !== null) {
      if (lead.next_follow_up_on > today) continue; // planned or snoozed: not before that date
      items.push({
        ...base,
        reason: 'due',
        detail: lead.next_follow_up_on,
        days: daysBetween(lead.next_follow_up_on, today),
        deadline: 0,
        anchor: lead.next_follow_up_on,
      });
      continue;
    }
    let anchor: string;
    let deadline: number;
    let detail: string;
    if (lead.stage === 'lead') {
      if (lead.owner_id !== null && lead.last_follow_up_at !== null) continue;
      anchor = localDate(lead.reported_at, timeZone);
      deadline = rules.newLeadDays;
      detail = lead.owner_id === null ? 'noOwner' : 'noFollowUp';
    } else if (lead.stage === 'negotiating') {
      anchor = latest(lead.reported_at, lead.last_follow_up_at, lead.last_stage_at);
      deadline = rules.negotiatingDays;
      detail = 'noFollowUp';
    } else if (lead.stage === 'signed') {
      anchor = latest(lead.reported_at, lead.last_follow_up_at, lead.last_stage_at, lead.last_activity_at);
      deadline = rules.signedDays;
      detail = 'silent';
    } else {
      continue;
    }
    const days = daysBetween(anchor, today);
    if (days >= deadline) {
      items.push({ ...base, reason: 'stale', detail, days, deadline, anchor, escalate: days >= 2 * deadline });
    } else if (lead.stage === 'lead' && lead.owner_id === null) {
      items.push({ ...base, reason: 'unassigned', detail: 'noOwner', days, deadline, anchor });
    }
  }
  const order: Record<ReminderReason, number> = { stale: 0, due: 1, unassigned: 2 };
  return items.sort((a, b) => order[a.reason] - order[b.reason] || b.days - a.days || a.leadId - b.leadId);
}

/** The leads a reminder may be about: every chamber's, or one chamber's (a /todo). */
export async function activeLeads(db: Db, chamberId?: number): Promise<LeadRow[]> {
  const rows = await sql<LeadRow>`
    select l.id, l.chamber_id, l.reporter_id, l.stage, l.project, l.company, l.owner_id, o.display_name as owner_name,
      l.reported_at, l.last_follow_up_at, l.next_follow_up_on,
      (select max(h.at) from lead_history h where h.lead_id = l.id and h.action = 'stage') as last_stage_at,
      (select max(h.at) from lead_history h where h.lead_id = l.id) as last_activity_at
    from leads l left join members o on o.id = l.owner_id
    where l.stage in ('lead', 'negotiating', 'signed') ${chamberId === undefined ? sql`` : sql`and l.chamber_id = ${chamberId}`}
    order by l.chamber_id, l.id`.execute(db);
  return rows.rows;
}

/** Items with buttons in one message; the rest are counted. */
export const ITEMS_WITH_BUTTONS = 10;

function t(lang: Language, key: MessageKey, params?: Params): string {
  return translate(lang, key, params);
}

export function itemLine(lang: Language, item: ReminderItem, chamberName?: string): string {
  const head = `#${item.leadId} ${item.title}（${t(lang, `stage.${item.stage}`)}）`;
  let why: string;
  if (item.reason === 'due') {
    why = item.days === 0 ? t(lang, 'reminders.item.dueToday') : t(lang, 'reminders.item.overdue', { date: item.detail, days: item.days });
  } else if (item.reason === 'unassigned') {
    why = t(lang, 'reminders.item.unassigned', { days: item.days });
  } else {
    const key = item.detail === 'noOwner' ? 'reminders.item.noOwner' : item.detail === 'noFollowUp' ? 'reminders.item.noFollowUp' : 'reminders.item.silent';
    why = t(lang, key, { days: item.days, over: item.days - item.deadline });
  }
  const owner = item.ownerName ? ` · ${t(lang, 'field.owner')}：${item.ownerName}` : '';
  return `${chamberName ? `${inReaderScript(chamberName, lang)} ` : ''}${head}：${why}${owner}`;
}

export function itemButtons(lang: Language, item: ReminderItem, snoozeDays: number): Button[] {
  return [
    { label: `#${item.leadId} ${t(lang, 'reminders.button.followed')}`, action: encode({ type: 'reminder.followed', leadId: item.leadId }) },
    { label: t(lang, 'reminders.button.snooze', { days: snoozeDays }), action: encode({ type: 'reminder.snooze', leadId: item.leadId, days: snoozeDays }) },
    { label: t(lang, 'reminders.button.reassign'), action: encode({ type: 'reminder.pickOwner', leadId: item.leadId }) },
    { label: t(lang, 'reminders.button.view'), action: encode({ type: 'reminder.view', leadId: item.leadId }) },
  ];
}

export function secretaryMessage(lang: Language, chamberName: string, items: ReminderItem[], snoozeDays: number) {
  const shown = items.slice(0, ITEMS_WITH_BUTTONS);
  const lines = [t(lang, 'reminders.title', { chamber: inReaderScript(chamberName, lang), count: items.length }), ''];
  for (const item of shown) lines.push(`· ${itemLine(lang, item)}`);
  if (items.length > shown.length) lines.push('', t(lang, 'reminders.more', { count: items.length - shown.length }));
  lines.push('', t(lang, 'reminders.footer'));
  return { text: lines.join('\n'), buttons: shown.map((item) => itemButtons(lang, item, snoozeDays)) };
}

export const remindersJob: JobDefinition = {
  name: 'reminders',
  period: 'day',
  async run(ctx: JobContext, period: string) {
    const today = period;
    const rules = ctx.settings.reminders;
    const db = ctx.db;
    const items = reminderItems(await activeLeads(ctx.db), today, ctx.timezone, rules);
    const chambers = new Map((await db.selectFrom('chambers').select(['id', 'name']).execute()).map((c) => [c.id, c.name]));
    const byChamber = new Map<number, ReminderItem[]>();
    for (const item of items) byChamber.set(item.chamberId, [...(byChamber.get(item.chamberId) ?? []), item]);
    let messages = 0;
    for (const [chamberId, chamberItems] of byChamber) {
      messages += await ctx.db.transaction().execute(async (trx) => {
        const secretaries = await trx
          .selectFrom('members')
          .select(['id', 'chamber_id', 'lang'])
          .where('chamber_id', '=', chamberId)
          .where('role', '=', 'secretary')
          .execute();
        const recipients = await memberRecipients(trx, secretaries, ctx.platforms);
        const queue: OutboxMessage[] = [];
        for (const secretary of secretaries) {
          const recipient = recipients.get(secretary.id);
          if (!recipient) continue;
          const lang: Language = isLang(secretary.lang) ? secretary.lang : 'zh-CN';
          queue.push({
            job: 'reminders',
            period,
            recipient,
            outbound: secretaryMessage(lang, chambers.get(chamberId) ?? '', chamberItems, rules.snoozeDays),
            priority: PRIORITY.reminder,
            meta: { leadIds: chamberItems.slice(0, ITEMS_WITH_BUTTONS).map((i) => i.leadId) },
          });
        }
        const ids = await enqueue(trx, queue);
        const events = [...ids].flatMap(([key, outboxId]) => {
          const memberId = Number(/:m(\d+)$/.exec(key)?.[1]);
          return chamberItems.map((item) => ({
            event: 'queued' as const,
            period,
            lead_id: item.leadId,
            member_id: Number.isSafeInteger(memberId) ? memberId : null,
            outbox_id: outboxId,
            at: ctx.now(),
            detail: jsonb({ reason: item.reason, detail: item.detail, days: item.days }),
          }));
        });
        for (let i = 0; i < events.length; i += 500)
          await trx
            .insertInto('reminder_events')
            .values(events.slice(i, i + 500))
            .execute();
        return ids.size;
      });
    }
    const escalated = await escalate(
      ctx,
      period,
      items.filter((i) => i.escalate),
      chambers,
    );
    return { items: items.length, chambers: byChamber.size, messages, escalated };
  },
};

/** The officials' message: leads overdue twice their deadline, across chambers, each with a view button. */
export function escalationMessage(lang: Language, items: ReminderItem[], chambers: Map<number, string>) {
  const lines = [t(lang, 'reminders.escalation.title', { count: items.length }), ''];
  for (const item of items) lines.push(`· ${itemLine(lang, item, chambers.get(item.chamberId))}`);
  lines.push('', t(lang, 'reminders.escalation.footer'));
  return {
    text: lines.join('\n'),
    buttons: items
      .slice(0, ITEMS_WITH_BUTTONS)
      .map((item) => [{ label: `#${item.leadId} ${t(lang, 'reminders.button.view')}`, action: encode({ type: 'lead.show', leadId: item.leadId }) }]),
  };
}

/** Leads overdue twice their deadline, not yet escalated for this deadline: one message to each official. */
async function escalate(ctx: JobContext, period: string, candidates: ReminderItem[], chambers: Map<number, string>): Promise<number> {
  if (candidates.length === 0) return 0;
  return ctx.db.transaction().execute(async (trx) => {
    const db = trx;
    const done = await db
      .selectFrom('reminder_events')
      .select(['lead_id', sql<string>`detail->>'anchor'`.as('anchor')])
      .where('event', '=', 'escalated')
      .where(
        'lead_id',
        'in',
        candidates.map((c) => c.leadId),
      )
      .execute();
    const seen = new Set(done.map((d) => `${d.lead_id}:${d.anchor}`));
    // A rerun of the same morning finds its own events: those items are queued again under the same key (a no-op).
    const sameMorning = await db.selectFrom('reminder_events').select('lead_id').where('event', '=', 'escalated').where('period', '=', period).execute();
    const ours = new Set(sameMorning.map((r) => r.lead_id));
    const fresh = candidates.filter((c) => !seen.has(`${c.leadId}:${c.anchor}`) || ours.has(c.leadId));
    if (fresh.length === 0) return 0;
    const officials = await db.selectFrom('members').select(['id', 'chamber_id', 'lang']).where('role', '=', 'official').execute();
    const recipients = await memberRecipients(trx, officials, ctx.platforms);
    const queue: OutboxMessage[] = [];
    for (const official of officials) {
      const recipient = recipients.get(official.id);
      if (!recipient) continue;
      const lang: Language = isLang(official.lang) ? official.lang : 'zh-CN';
      queue.push({ job: 'escalations', period, recipient, outbound: escalationMessage(lang, fresh, chambers), priority: PRIORITY.reminder });
    }
    await enqueue(trx, queue);
    const newOnes = fresh.filter((c) => !ours.has(c.leadId));
    if (newOnes.length) {
      await db
        .insertInto('reminder_events')
        .values(
          newOnes.map((item) => ({
            event: 'escalated' as const,
            period,
            lead_id: item.leadId,
            at: ctx.now(),
            detail: jsonb({ anchor: item.anchor, days: item.days, deadline: item.deadline }),
          })),
        )
        .execute();
    }
    return fresh.length;
  });
}

/** The sender's afterSent hook: a reminder's delivery time, beside its items (response times). */
export async function logReminderDelivery(trx: Db, row: OutboxRow): Promise<void> {
  if (row.job !== 'reminders') return;
  const leadIds = (row.meta as { leadIds?: number[] } | null)?.leadIds ?? [];
  if (leadIds.length === 0) return;
  await trx
    .insertInto('reminder_events')
    .values(
      leadIds.map((leadId) => ({
        event: 'delivered' as const,
        period: row.period,
        lead_id: leadId,
        member_id: row.member_id,
        outbox_id: row.id,
        at: sql<Date>`clock_timestamp()`,
      })),
    )
    .execute();
}
