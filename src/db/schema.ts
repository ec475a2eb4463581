import type { ColumnType, Generated, Selectable } from 'kysely';
import type { EventType, Stage } from '../domain/report.ts';
import type { Role } from '../domain/permissions.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column, read back as 'YYYY-MM-DD' on both drivers (see db/database.ts). */
type DateOnly = ColumnType<string, string, string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;

export interface ChamberTable {
  id: Generated<number>;
  name: string;
  level: 'city' | 'county';
  status: 'active' | 'preparing';
  created_at: Timestamp;
  /** The name folded to one script, without a trailing 商會: kept by a trigger, unique (migration 0009). */
  name_key: ColumnType<string, never, never>;
}

export interface MemberTable {
  id: Generated<number>;
  chamber_id: number | null;
  role: Role;
  display_name: string;
  lang: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  /** Set when an admin or secretary removed the member (migration 0009): their identities are gone. */
  removed_at: NullableTimestamp;
}

export interface IdentityTable {
  platform: string;
  platform_user_id: string;
  member_id: number;
  display_name: string | null;
  lang: string | null;
  created_at: Timestamp;
}

export interface InviteCodeTable {
  code: string;
  chamber_id: number | null;
  role: Role;
  member_id: number | null;
  uses_left: number;
  expires_at: Timestamp;
  created_at: Timestamp;
}

export interface LeadTable {
  id: Generated<number>;
  chamber_id: number;
  reporter_id: number | null;
  owner_id: number | null;
  stage: Stage;
  investment_yuan: number | null;
  funds_in_place_yuan: number | null;
  tax_yuan: number | null;
  area_mu: number | null;
  jobs: number | null;
  company: string | null;
  project: string | null;
  contact: string | null;
  contact_phone: string | null;
  location: string | null;
  industry: string | null;
  raw_text: string;
  reported_at: Timestamp;
  updated_at: Timestamp;
  /** First time the lead reached negotiating or later; kept by a trigger (migration 0004). */
  negotiating_at: ColumnType<Date | null, never, never>;
  signed_at: Timestamp | null;
  landed_at: Timestamp | null;
  dropped_at: Timestamp | null;
  next_follow_up_on: DateOnly | null;
  last_follow_up_at: Timestamp | null;
  import_key: string | null;
  /** What duplicates are matched on (src/domain/duplicates.ts), written with the lead's names. */
  company_key: string | null;
  project_key: string | null;
  phone_key: string | null;
  /** The key rule the three keys were made by; an older or null one is made again at start. */
  keys_version: number | null;
}

export type LeadHistoryAction = 'reported' | 'edited' | 'stage' | 'follow_up' | 'assigned' | 'imported' | 'deleted' | 'restored' | 'merged';

export interface LeadHistoryTable {
  id: Generated<number>;
  lead_id: number;
  member_id: number | null;
  at: Timestamp;
  action: LeadHistoryAction;
  from_stage: Stage | null;
  to_stage: Stage | null;
  changes: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  note: string | null;
  funds_delta_yuan: ColumnType<number, number | undefined, number>;
  /** The lead's chamber, kept by a trigger (migration 0004) so funds can be summed per chamber. */
  chamber_id: ColumnType<number | null, never, never>;
}

/** A member whose report of a lead came after the first (a merged duplicate): named, not credited. */
export interface LeadCoReporterTable {
  lead_id: number;
  member_id: number;
  chamber_id: number | null;
  at: Timestamp;
}

/** A lead deleted by mistake: its rows as they were, to be put back by a restore. */
export interface DeletedLeadTable {
  lead_id: number;
  chamber_id: number;
  deleted_by: number | null;
  deleted_at: Timestamp;
  lead: Json<Record<string, unknown>>;
  history: Json<Record<string, unknown>[]>;
  follow_ups: Json<Record<string, unknown>[]>;
  reminder_events: Json<Record<string, unknown>[]>;
  co_reporters: Json<Record<string, unknown>[]>;
}

export interface FollowUpTable {
  id: Generated<number>;
  lead_id: number;
  member_id: number | null;
  note: string;
  next_on: DateOnly | null;
  at: Timestamp;
}

export interface EventTable {
  id: Generated<number>;
  chamber_id: number;
  reporter_id: number | null;
  event_type: EventType;
  held_on: DateOnly;
  location: string | null;
  invited_enterprises: number | null;
  signed_projects: number | null;
  investment_yuan: number | null;
  note: string | null;
  raw_text: string;
  created_at: Timestamp;
  import_key: string | null;
}

export interface DraftTable {
  id: Generated<number>;
  member_id: number;
  platform: string;
  chat_id: string;
  kind: 'lead' | 'event';
  fields: ColumnType<Record<string, unknown>, string, string>;
  raw_text: string;
  awaiting: 'edit' | 'title' | null;
  status: ColumnType<'open' | 'saved' | 'cancelled', 'open' | 'saved' | 'cancelled' | undefined>;
  saved_id: number | null;
  /** The id of the first draft made from the same message, when it held several reports. */
  batch_id: number | null;
  created_at: Timestamp;
}

export interface GroupBindingTable {
  platform: string;
  chat_id: string;
  chamber_id: number;
  title: string | null;
  bound_by: number | null;
  bound_at: Timestamp;
}

export interface InboundUpdateTable {
  platform: string;
  update_id: string;
  processed_at: Timestamp;
  replies: ColumnType<unknown, string, string>;
}

// ── the catalog, the outbox, the scheduler's claims and the reminder log (migration 0005) ──

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
  /** How many of the push's platform messages were delivered (migration 0008). */
  parts_sent: ColumnType<number, number | undefined, number>;
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

/** A platform event recorded before it was acknowledged, until it is processed (migration 0008). */
export interface InboundEventTable {
  platform: string;
  event_id: string;
  payload: Json<unknown>;
  received_at: Timestamp;
  lease_until: Timestamp;
  attempts: ColumnType<number, number | undefined, number>;
}

/** A one-time dashboard link (migration 0013): only the token's SHA-256 is kept. */
export interface DashboardLoginTokenTable {
  token_hash: string;
  member_id: number;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

/** A dashboard browser session (migration 0013): only the cookie's SHA-256 is kept. */
export interface DashboardSessionTable {
  session_hash: string;
  member_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface Database {
  chambers: ChamberTable;
  members: MemberTable;
  identities: IdentityTable;
  invite_codes: InviteCodeTable;
  leads: LeadTable;
  lead_history: LeadHistoryTable;
  deleted_leads: DeletedLeadTable;
  lead_co_reporters: LeadCoReporterTable;
  follow_ups: FollowUpTable;
  events: EventTable;
  drafts: DraftTable;
  group_bindings: GroupBindingTable;
  inbound_updates: InboundUpdateTable;
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
  inbound_events: InboundEventTable;
  dashboard_login_tokens: DashboardLoginTokenTable;
  dashboard_sessions: DashboardSessionTable;
}

export type Chamber = Selectable<ChamberTable>;
export type Member = Selectable<MemberTable>;
export type Lead = Selectable<LeadTable>;
export type LeadHistory = Selectable<LeadHistoryTable>;
export type ChamberEvent = Selectable<EventTable>;
export type Draft = Selectable<DraftTable>;
