import type { Db } from '../db/database.ts';
import type { Lead } from '../db/schema.ts';
import { localDate } from '../domain/calendar.ts';
import { sql } from 'kysely';
import {
  companyKey,
  DUPLICATE_KEYS_VERSION,
  duplicateKeys,
  phoneKey,
  projectKey,
  type DuplicateFacts,
  type DuplicateKeys,
  type DuplicateReason,
} from '../domain/duplicates.ts';
import { inReaderScript } from '../domain/names.ts';
import { isLang, translate } from '../i18n/index.ts';
import { enqueue, memberRecipients, PRIORITY, type OutboxMessage } from '../outbox/queue.ts';
import type { MemberCtx } from './context.ts';
import type { DraftFields } from '../domain/draft-fields.ts';
import { leadTitle } from '../domain/lead-title.ts';
import { jsonb } from '../db/json.ts';
import { factsOfLead } from './lead-records.ts';

/**
 * Duplicates caught at capture, across chambers: a report is compared with the leads of every
 * chamber that are not dropped. Merging keeps the first report's lead (and its credit), adds
 * the new facts to its history, and names the second reporter as co-reporter.
 */

export interface DuplicateMatch {
  leadId: number;
  chamberId: number;
  chamberName: string;
  /** The first report's day, in the bot's time zone: all a member of another chamber learns. */
  reportedOn: string;
  reason: DuplicateReason;
}

/** At most this many keys of one kind go into one lookup (an imported file asks for many). */
const LOOKUP_CHUNK = 500;

const KEY_COLUMNS = ['company_key', 'project_key', 'phone_key'] as const;

/**
 * The live leads, of every chamber, that share a key with any of `wanted`: read through the
 * key indexes (migration 0014), so a report costs the same with ten leads or a million. The
 * three kinds of key are asked in one statement (a lead sharing two comes back twice, which the
 * index below ignores): a draft's lookup is one round trip, not three.
 */
async function leadsSharingKeys(trx: Db, wanted: DuplicateKeys[]) {
  const lists = KEY_COLUMNS.map((column) => ({ column, keys: [...new Set(wanted.map((k) => k[column]).filter((k): k is string => k !== null))] }));
  const longest = Math.max(...lists.map((l) => l.keys.length));
  const rows = [];
  for (let i = 0; i < longest; i += LOOKUP_CHUNK) {
    const lookups = lists
      .filter(({ keys }) => i < keys.length)
      .map(({ column, keys }) =>
        trx
          .selectFrom('leads')
          .innerJoin('chambers', 'chambers.id', 'leads.chamber_id')
          .select(['leads.id', 'leads.chamber_id', 'leads.company_key', 'leads.project_key', 'leads.phone_key', 'leads.reported_at', 'chambers.name'])
          .where(`leads.${column}`, 'in', keys.slice(i, i + LOOKUP_CHUNK))
          .where('leads.stage', '<>', 'dropped'),
      );
    rows.push(...(await lookups.reduce((all, lookup) => all.unionAll(lookup)).execute()));
  }
  return rows;
}

/**
 * The earliest live lead for each key that `wanted` holds: built once per draft or per
 * imported file. The keys fold scripts and strip legal forms and places (domain/duplicates.ts);
 * each lead carries its own, so only the leads that share one are read.
 */
export async function duplicateIndex(trx: Db, timezone: string, wanted: DuplicateFacts[]): Promise<(facts: DuplicateFacts) => DuplicateMatch | null> {
  const rows = (await leadsSharingKeys(trx, wanted.map(duplicateKeys))).sort((a, b) => a.reported_at.getTime() - b.reported_at.getTime() || a.id - b.id);
  const byKey = new Map<string, DuplicateMatch>();
  const remember = (key: string | null, reason: DuplicateReason, row: (typeof rows)[number]) => {
    if (key === null || byKey.has(`${reason}:${key}`)) return;
    byKey.set(`${reason}:${key}`, {
      leadId: row.id,
      chamberId: row.chamber_id,
      chamberName: row.name,
      reportedOn: localDate(row.reported_at, timezone),
      reason,
    });
  };
  for (const row of rows) {
    remember(row.phone_key, 'phone', row);
    remember(row.company_key, 'company', row);
    remember(row.project_key, 'project', row);
  }
  return (facts) => {
    const candidates = [
      byKey.get(`phone:${phoneKey(facts.contactPhone)}`),
      byKey.get(`company:${companyKey(facts.company)}`),
      byKey.get(`project:${projectKey(facts.project)}`),
    ].filter((m): m is DuplicateMatch => m !== undefined);
    // The earliest report of the investment is the one that keeps the credit.
    return candidates.sort((a, b) => a.reportedOn.localeCompare(b.reportedOn) || a.leadId - b.leadId)[0] ?? null;
  };
}

/** The earliest live lead that looks like the same investment as a draft, or null. */
export async function findDuplicate(trx: Db, facts: DuplicateFacts, timezone: string): Promise<DuplicateMatch | null> {
  if (!facts.company && !facts.project && !facts.contactPhone) return null;
  return (await duplicateIndex(trx, timezone, [facts]))(facts);
}

/** Leads keyed again per statement when the database is opened. */
const REFRESH_BATCH = 1000;

/**
 * Keys the leads that have none yet, or keys made by an older rule: rows written before
 * migration 0014, restored from an older backup, or by an older release beside this one.
 * Returns how many leads were keyed.
 */
export async function refreshDuplicateKeys(db: Db): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db
      .selectFrom('leads')
      .select(['id', 'company', 'project', 'contact_phone'])
      .where((eb) => eb.or([eb('keys_version', 'is', null), eb('keys_version', '<>', DUPLICATE_KEYS_VERSION)]))
      .orderBy('id')
      .limit(REFRESH_BATCH)
      .execute();
    if (rows.length === 0) return done;
    const keyed = rows.map((row) => ({ id: row.id, ...duplicateKeys(factsOfLead(row)) }));
    await sql`
      update leads set company_key = k.company_key, project_key = k.project_key, phone_key = k.phone_key, keys_version = k.keys_version
      from jsonb_to_recordset(${jsonb(keyed)}::jsonb) as k(id integer, company_key text, project_key text, phone_key text, keys_version smallint)
      where leads.id = k.id`.execute(db);
    done += rows.length;
  }
}

/** The facts of the second report, in the first one's history; no figure changes. */
export async function recordMerge(
  trx: Db,
  lead: Lead,
  fields: DraftFields,
  merged: { by: number; at: Date; chamberName: string; fromLeadId?: number },
): Promise<void> {
  const facts = Object.fromEntries(Object.entries(fields).filter(([key, value]) => value !== null && value !== undefined && key !== 'stage'));
  await trx
    .insertInto('lead_history')
    .values({
      lead_id: lead.id,
      member_id: merged.by,
      at: merged.at,
      action: 'merged',
      changes: jsonb({ ...facts, chamber: merged.chamberName, ...(merged.fromLeadId ? { fromLeadId: merged.fromLeadId } : {}) }),
    })
    .execute();
}

/** The second reporter is named beside the first; the first keeps the credit. */
export async function addCoReporter(trx: Db, lead: Lead, member: { id: number; chamber_id: number | null }, at: Date): Promise<void> {
  if (member.id === lead.reporter_id) return;
  await trx
    .insertInto('lead_co_reporters')
    .values({ lead_id: lead.id, member_id: member.id, chamber_id: member.chamber_id, at })
    .onConflict((oc) => oc.columns(['lead_id', 'member_id']).doNothing())
    .execute();
}

/** "共同报告人：李四（重慶商會）" for /show. */
export async function coReporterLine(ctx: MemberCtx, leadId: number): Promise<string | null> {
  const rows = await ctx.trx
    .selectFrom('lead_co_reporters')
    .innerJoin('members', 'members.id', 'lead_co_reporters.member_id')
    .leftJoin('chambers', 'chambers.id', 'lead_co_reporters.chamber_id')
    .select(['members.display_name', 'chambers.name'])
    .where('lead_co_reporters.lead_id', '=', leadId)
    .orderBy('lead_co_reporters.at')
    .execute();
  if (rows.length === 0) return null;
  return ctx.t('records.dup.coReporters', {
    names: rows.map((r) => (r.name ? `${r.display_name}（${inReaderScript(r.name, ctx.lang)}）` : r.display_name)).join('、'),
  });
}

/**
 * The secretaries of both chambers hear of the merge through the outbox. The reporter's
 * chamber, when it is another, learns the first chamber's name and date, never the lead.
 */
export async function tellSecretaries(
  ctx: MemberCtx,
  lead: Lead,
  match: Pick<DuplicateMatch, 'chamberName' | 'reportedOn'>,
  reporter: { name: string; chamberId: number; chamberName: string },
): Promise<void> {
  const secretaries = await ctx.trx
    .selectFrom('members')
    .select(['id', 'chamber_id', 'lang'])
    .where('role', '=', 'secretary')
    .where('chamber_id', 'in', [...new Set([lead.chamber_id, reporter.chamberId])])
    .execute();
  const recipients = await memberRecipients(ctx.trx, secretaries);
  const messages: OutboxMessage[] = [];
  for (const secretary of secretaries) {
    const recipient = recipients.get(secretary.id);
    if (!recipient) continue;
    const lang = isLang(secretary.lang) ? secretary.lang : 'zh-CN';
    const text =
      secretary.chamber_id === lead.chamber_id
        ? translate(lang, 'records.dup.toFirstChamber', {
            id: lead.id,
            title: leadTitle(lead),
            reporter: reporter.name,
            chamber: inReaderScript(reporter.chamberName, lang),
          })
        : translate(lang, 'records.dup.toSecondChamber', { reporter: reporter.name, chamber: inReaderScript(match.chamberName, lang), date: match.reportedOn });
    messages.push({
      job: 'duplicate',
      period: `${lead.id}:${ctx.inbound.platform}:${ctx.inbound.updateId}`.slice(0, 200),
      recipient,
      priority: PRIORITY.notice,
      outbound: { text },
    });
  }
  await enqueue(ctx.trx, messages);
}
