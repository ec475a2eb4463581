import type { ColumnType, Generated, Kysely, Selectable, Transaction } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

/**
 * The tables of migrations/0005_jobs.ts: the catalog, the outbox, the scheduler's claims and the
 * reminder log. Kept beside the code that owns them; `jobsDb` adds them to a handle's types.
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateOnly = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export interface ProjectTable {
  id: Generated<number>;
  name: string;
  industry: string | null;
  location: string | null;
  investment_yuan: number | null;
  land: string | null;
  area_mu: number | null;
  incentives: string | null;
  contact: string | null;
  contact_phone: string | null;
  status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
  valid_until: DateOnly | null;
  raw_text: string;
  search_text: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  import_key: string | null;
}

export interface PolicyTable {
  id: Generated<number>;
  title: string;
  issuer: string | null;
  summary: string | null;
  link: string | null;
  valid_from: DateOnly | null;
  valid_to: DateOnly | null;
  industries: ColumnType<string[], string[] | undefined, string[]>;
  raw_text: string;
  search_text: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  import_key: string | null;
}

export interface ChamberIndustryTable {
  chamber_id: number;
  industry: string;
  position: number;
}

export interface CatalogDraftTable {
  id: Generated<number>;
  member_id: number;
  kind: 'project' | 'policy';
  fields: Json<Record<string, unknown>>;
  raw_text: string;
  status: ColumnType<'open' | 'saved' | 'cancelled', 'open' | 'saved' | 'cancelled' | undefined>;
  saved_id: number | null;
  created_at: Timestamp;
}

export type MuteTopic = 'digest' | 'nudge';

export interface MemberMuteTable {
  member_id: number;
  topic: MuteTopic;
  reason: 'user' | 'blocked';
  muted_at: Timestamp;
}

export interface PushBlockTable {
  platform: string;
  chat_id: string;
  member_id: number | null;
  chamber_id: number | null;
  reason: string;
  detail: string | null;
  blocked_at: Timestamp;
}

export type OutboxStatus = 'pending' | 'claimed' | 'sending' | 'sent' | 'failed' | 'unknown';

export interface OutboxTable {
  id: Generated<number>;
  job: string;
  period: string;
  recipient: string;
  key: string;
  platform: string;
  chat_id: string;
  chat_type: 'private' | 'group';
  member_id: number | null;
  chamber_id: number | null;
  payload: Json<unknown>;
  cost: ColumnType<number, number | undefined, number>;
  priority: ColumnType<number, number | undefined, number>;
  meta: Json<Record<string, unknown> | null> | null;
  status: ColumnType<OutboxStatus, OutboxStatus | undefined, OutboxStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  throttled: ColumnType<number, number | undefined, number>;
  not_before: Timestamp;
  created_at: Timestamp;
  claimed_at: NullableTimestamp;
  claimed_by: string | null;
  send_at: NullableTimestamp;
  lease_until: NullableTimestamp;
  sent_at: NullableTimestamp;
  message_id: string | null;
  error: string | null;
}

export interface OutboxLimiterTable {
  platform: string;
  tat: Timestamp;
  sent_tat: NullableTimestamp;
  paused_until: NullableTimestamp;
}

export interface OutboxChatPacingTable {
  platform: string;
  chat_id: string;
  tat: Timestamp;
  sent_tat: NullableTimestamp;
}

export interface JobFireTable {
  key: string;
  instance: string;
  claimed_at: Timestamp;
  lease_until: Timestamp;
  completed_at: NullableTimestamp;
}

export type JobRunStatus = 'running' | 'done' | 'failed';
export type JobTrigger = 'schedule' | 'catch-up' | 'manual';

export interface JobRunTable {
  job: string;
  period: string;
  status: JobRunStatus;
  trigger: JobTrigger;
  instance: string;
  attempts: ColumnType<number, number | undefined, number>;
  started_at: Timestamp;
  lease_until: Timestamp;
  finished_at: NullableTimestamp;
  outcome: Json<Record<string, unknown> | null> | null;
  error: string | null;
}

export type ReminderEvent = 'queued' | 'delivered' | 'escalated' | 'followed' | 'snoozed' | 'reassigned' | 'shown';

export interface ReminderEventTable {
  id: Generated<number>;
  at: Timestamp;
  event: ReminderEvent;
  period: string | null;
  lead_id: number | null;
  member_id: number | null;
  outbox_id: number | null;
  detail: Json<Record<string, unknown> | null> | null;
}

export type JobsTables = {
  projects: ProjectTable;
  policies: PolicyTable;
  chamber_industries: ChamberIndustryTable;
  catalog_drafts: CatalogDraftTable;
  member_mutes: MemberMuteTable;
  push_blocks: PushBlockTable;
  outbox: OutboxTable;
  outbox_limiters: OutboxLimiterTable;
  outbox_chat_pacing: OutboxChatPacingTable;
  job_fires: JobFireTable;
  job_runs: JobRunTable;
  reminder_events: ReminderEventTable;
};

export type JobsDatabase = Database & JobsTables;
export type JobsDb = Kysely<JobsDatabase>;

/** The same handle (or transaction), typed to know the tables of migration 0005 as well. */
export function jobsDb(db: Db | Transaction<Database>): JobsDb {
  return db.withTables<JobsTables>();
}

export type Project = Selectable<ProjectTable>;
export type Policy = Selectable<PolicyTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type JobRun = Selectable<JobRunTable>;
