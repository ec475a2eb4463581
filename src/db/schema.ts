import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { EventType, Stage } from '../domain/report.ts';
import type { Role } from '../domain/permissions.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column, read back as 'YYYY-MM-DD' on both drivers (see db/database.ts). */
type DateOnly = ColumnType<string, string, string>;

export interface ChamberTable {
  id: Generated<number>;
  name: string;
  level: 'city' | 'county';
  status: 'active' | 'preparing';
  created_at: Timestamp;
}

export interface MemberTable {
  id: Generated<number>;
  chamber_id: number | null;
  role: Role;
  display_name: string;
  lang: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
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
}

export type LeadHistoryAction = 'reported' | 'edited' | 'stage' | 'follow_up' | 'assigned' | 'imported';

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

export interface Database {
  chambers: ChamberTable;
  members: MemberTable;
  identities: IdentityTable;
  invite_codes: InviteCodeTable;
  leads: LeadTable;
  lead_history: LeadHistoryTable;
  follow_ups: FollowUpTable;
  events: EventTable;
  drafts: DraftTable;
  group_bindings: GroupBindingTable;
  inbound_updates: InboundUpdateTable;
}

export type Chamber = Selectable<ChamberTable>;
export type Member = Selectable<MemberTable>;
export type Lead = Selectable<LeadTable>;
export type NewLead = Insertable<LeadTable>;
export type LeadUpdate = Updateable<LeadTable>;
export type LeadHistory = Selectable<LeadHistoryTable>;
export type ChamberEvent = Selectable<EventTable>;
export type Draft = Selectable<DraftTable>;
