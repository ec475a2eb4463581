import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration describes the schema as it was when it was written.
// Later changes go into new numbered files, never here.
//
// What the summaries need to answer in milliseconds on a million leads (bench/summary.ts):
//
// - leads.negotiating_at: the first time a lead reached negotiating or a later stage (the
//   funnel), and lead_history.chamber_id: the lead's chamber (funds per chamber), both kept
//   by triggers, whoever writes (the chat, the import, the demo);
// - report_daily: every figure per chamber and local day, kept by triggers on leads,
//   lead_history and events in the same transaction as the write, so a summary of any
//   period sums at most a row per chamber and day. Its days are dates in one time zone,
//   written in report_rollup_settings; src/reports/rollup.ts rebuilds it when the bot's
//   time zone is another (or on first use), and the triggers do nothing until then.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table leads add column negotiating_at timestamptz`.execute(db);
  await sql`alter table lead_history add column chamber_id integer`.execute(db);
  await sql`update lead_history h set chamber_id = l.chamber_id from leads l where l.id = h.lead_id`.execute(db);
  await sql`
    update leads l set negotiating_at = r.at
    from (select lead_id, min(at) as at from lead_history where to_stage in ('negotiating', 'signed', 'landed') group by lead_id) r
    where r.lead_id = l.id`.execute(db);
  await sql`
    update leads set negotiating_at = coalesce(signed_at, landed_at, reported_at)
    where negotiating_at is null and (stage in ('negotiating', 'signed', 'landed') or signed_at is not null or landed_at is not null)`.execute(db);

  await sql`
    create function lead_history_set_chamber() returns trigger language plpgsql as $$
    begin
      new.chamber_id := (select chamber_id from leads where id = new.lead_id);
      return new;
    end $$`.execute(db);
  await sql`
    create trigger lead_history_set_chamber before insert or update of lead_id on lead_history
    for each row execute function lead_history_set_chamber()`.execute(db);
  await sql`
    create function lead_history_mark_reach() returns trigger language plpgsql as $$
    begin
      update leads set negotiating_at = new.at where id = new.lead_id and (negotiating_at is null or negotiating_at > new.at);
      return null;
    end $$`.execute(db);
  await sql`
    create trigger lead_history_mark_reach after insert on lead_history
    for each row when (new.to_stage in ('negotiating', 'signed', 'landed')) execute function lead_history_mark_reach()`.execute(db);
  await sql`
    create function leads_move_history() returns trigger language plpgsql as $$
    begin
      update lead_history set chamber_id = new.chamber_id where lead_id = new.id;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger leads_move_history after update of chamber_id on leads
    for each row when (old.chamber_id is distinct from new.chamber_id) execute function leads_move_history()`.execute(db);

  await sql`
    create table report_rollup_settings (
      id boolean primary key default true check (id),
      time_zone text not null
    )`.execute(db);
  await sql`
    create table report_daily (
      day date not null,
      chamber_id integer not null,
      negotiations integer not null default 0,
      promotions integer not null default 0,
      visits integer not null default 0,
      invited int8 not null default 0,
      new_leads integer not null default 0,
      reached_negotiating integer not null default 0,
      reached_signed integer not null default 0,
      reached_landed integer not null default 0,
      dropped integer not null default 0,
      signed integer not null default 0,
      signed_investment int8 not null default 0,
      signed_jobs int8 not null default 0,
      signed_area numeric(16, 2) not null default 0,
      landed integer not null default 0,
      funds int8 not null default 0,
      primary key (day, chamber_id)
    )`.execute(db);

  await sql`
    create function report_bump(
      p_chamber integer, p_day date,
      p_negotiations integer default 0, p_promotions integer default 0, p_visits integer default 0, p_invited int8 default 0,
      p_new_leads integer default 0, p_reached_negotiating integer default 0, p_reached_signed integer default 0,
      p_reached_landed integer default 0, p_dropped integer default 0,
      p_signed integer default 0, p_investment int8 default 0, p_jobs int8 default 0, p_area numeric default 0,
      p_landed integer default 0, p_funds int8 default 0
    ) returns void language sql as $$
      insert into report_daily as d (day, chamber_id, negotiations, promotions, visits, invited, new_leads, reached_negotiating,
        reached_signed, reached_landed, dropped, signed, signed_investment, signed_jobs, signed_area, landed, funds)
      values (p_day, p_chamber, p_negotiations, p_promotions, p_visits, p_invited, p_new_leads, p_reached_negotiating,
        p_reached_signed, p_reached_landed, p_dropped, p_signed, p_investment, p_jobs, p_area, p_landed, p_funds)
      on conflict (day, chamber_id) do update set
        negotiations = d.negotiations + excluded.negotiations,
        promotions = d.promotions + excluded.promotions,
        visits = d.visits + excluded.visits,
        invited = d.invited + excluded.invited,
        new_leads = d.new_leads + excluded.new_leads,
        reached_negotiating = d.reached_negotiating + excluded.reached_negotiating,
        reached_signed = d.reached_signed + excluded.reached_signed,
        reached_landed = d.reached_landed + excluded.reached_landed,
        dropped = d.dropped + excluded.dropped,
        signed = d.signed + excluded.signed,
        signed_investment = d.signed_investment + excluded.signed_investment,
        signed_jobs = d.signed_jobs + excluded.signed_jobs,
        signed_area = d.signed_area + excluded.signed_area,
        landed = d.landed + excluded.landed,
        funds = d.funds + excluded.funds
    $$`.execute(db);

  // A lead's share of the figures: as a new lead (and the funnel) on the day it was reported,
  // as signed on the day it first signed and as landed on the day it first landed, unless it is dropped now.
  await sql`
    create function report_lead(r leads, sign integer, zone text) returns void language plpgsql as $$
    begin
      perform report_bump(r.chamber_id, (r.reported_at at time zone zone)::date,
        p_new_leads => sign,
        p_reached_negotiating => sign * (r.negotiating_at is not null)::int,
        p_reached_signed => sign * (r.signed_at is not null)::int,
        p_reached_landed => sign * (r.landed_at is not null)::int,
        p_dropped => sign * (r.stage = 'dropped')::int);
      if r.signed_at is not null and r.stage <> 'dropped' then
        perform report_bump(r.chamber_id, (r.signed_at at time zone zone)::date,
          p_signed => sign, p_investment => sign * coalesce(r.investment_yuan, 0),
          p_jobs => sign * coalesce(r.jobs, 0), p_area => sign * coalesce(r.area_mu, 0));
      end if;
      if r.landed_at is not null and r.stage <> 'dropped' then
        perform report_bump(r.chamber_id, (r.landed_at at time zone zone)::date, p_landed => sign);
      end if;
    end $$`.execute(db);
  await sql`
    create function report_leads_changed() returns trigger language plpgsql as $$
    declare zone text := (select time_zone from report_rollup_settings);
    begin
      if zone is null then return null; end if;
      if tg_op = 'UPDATE' and (old.chamber_id, old.reported_at, old.negotiating_at, old.signed_at, old.landed_at,
          old.stage = 'dropped', old.investment_yuan, old.jobs, old.area_mu)
        is not distinct from (new.chamber_id, new.reported_at, new.negotiating_at, new.signed_at, new.landed_at,
          new.stage = 'dropped', new.investment_yuan, new.jobs, new.area_mu) then
        return null;
      end if;
      if tg_op in ('UPDATE', 'DELETE') then perform report_lead(old, -1, zone); end if;
      if tg_op in ('UPDATE', 'INSERT') then perform report_lead(new, 1, zone); end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger report_leads_changed after insert or update or delete on leads for each row execute function report_leads_changed()`.execute(db);

  // Funds in place by their recorded increases, on the day each was recorded.
  await sql`
    create function report_history_changed() returns trigger language plpgsql as $$
    declare zone text := (select time_zone from report_rollup_settings);
    begin
      if zone is null then return null; end if;
      if tg_op in ('UPDATE', 'DELETE') and old.funds_delta_yuan <> 0 then
        perform report_bump(old.chamber_id, (old.at at time zone zone)::date, p_funds => -old.funds_delta_yuan);
      end if;
      if tg_op in ('UPDATE', 'INSERT') and new.funds_delta_yuan <> 0 then
        perform report_bump(new.chamber_id, (new.at at time zone zone)::date, p_funds => new.funds_delta_yuan);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger report_history_changed after insert or update or delete on lead_history for each row execute function report_history_changed()`.execute(
    db,
  );

  await sql`
    create function report_event(r events, sign integer) returns void language sql as $$
      select report_bump(r.chamber_id, r.held_on,
        p_negotiations => sign * (r.event_type = 'negotiation')::int,
        p_promotions => sign * (r.event_type = 'promotion')::int,
        p_visits => sign * (r.event_type = 'visit')::int,
        p_invited => sign * coalesce(r.invited_enterprises, 0))
    $$`.execute(db);
  await sql`
    create function report_events_changed() returns trigger language plpgsql as $$
    begin
      if not exists (select 1 from report_rollup_settings) then return null; end if;
      if tg_op in ('UPDATE', 'DELETE') then perform report_event(old, -1); end if;
      if tg_op in ('UPDATE', 'INSERT') then perform report_event(new, 1); end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger report_events_changed after insert or update or delete on events for each row execute function report_events_changed()`.execute(db);

  // Rebuilds the rollup for a time zone from the tables themselves, with writers held off meanwhile.
  await sql`
    create function report_rollup_rebuild(zone text) returns void language plpgsql as $$
    begin
      lock table leads, lead_history, events in share mode;
      lock table report_daily, report_rollup_settings in exclusive mode;
      delete from report_daily;
      insert into report_rollup_settings (id, time_zone) values (true, zone)
        on conflict (id) do update set time_zone = excluded.time_zone;
      insert into report_daily (day, chamber_id, negotiations, promotions, visits, invited, new_leads, reached_negotiating,
        reached_signed, reached_landed, dropped, signed, signed_investment, signed_jobs, signed_area, landed, funds)
      select day, chamber_id, sum(negotiations), sum(promotions), sum(visits), sum(invited), sum(new_leads),
        sum(reached_negotiating), sum(reached_signed), sum(reached_landed), sum(dropped), sum(signed),
        sum(signed_investment), sum(signed_jobs), sum(signed_area), sum(landed), sum(funds)
      from (
        select held_on as day, chamber_id, (event_type = 'negotiation')::int as negotiations, (event_type = 'promotion')::int as promotions,
          (event_type = 'visit')::int as visits, coalesce(invited_enterprises, 0)::int8 as invited, 0 as new_leads, 0 as reached_negotiating,
          0 as reached_signed, 0 as reached_landed, 0 as dropped, 0 as signed, 0::int8 as signed_investment, 0::int8 as signed_jobs,
          0::numeric as signed_area, 0 as landed, 0::int8 as funds
        from events
        union all
        select (reported_at at time zone zone)::date, chamber_id, 0, 0, 0, 0, 1, (negotiating_at is not null)::int,
          (signed_at is not null)::int, (landed_at is not null)::int, (stage = 'dropped')::int, 0, 0, 0, 0, 0, 0
        from leads
        union all
        select (signed_at at time zone zone)::date, chamber_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, coalesce(investment_yuan, 0),
          coalesce(jobs, 0), coalesce(area_mu, 0), 0, 0
        from leads where signed_at is not null and stage <> 'dropped'
        union all
        select (landed_at at time zone zone)::date, chamber_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
        from leads where landed_at is not null and stage <> 'dropped'
        union all
        select (at at time zone zone)::date, chamber_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, funds_delta_yuan
        from lead_history where funds_delta_yuan <> 0
      ) parts
      group by day, chamber_id;
    end $$`.execute(db);

  // For the export's listing and the reference queries (src/reports/summary.ts).
  await sql`create index leads_dropped_at on leads (dropped_at) where dropped_at is not null`.execute(db);
  await sql`create index lead_history_funds on lead_history (at) include (chamber_id, lead_id, funds_delta_yuan) where funds_delta_yuan <> 0`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists lead_history_funds`.execute(db);
  await sql`drop index if exists leads_dropped_at`.execute(db);
  await sql`drop trigger if exists report_events_changed on events`.execute(db);
  await sql`drop trigger if exists report_history_changed on lead_history`.execute(db);
  await sql`drop trigger if exists report_leads_changed on leads`.execute(db);
  await sql`drop trigger if exists leads_move_history on leads`.execute(db);
  await sql`drop trigger if exists lead_history_mark_reach on lead_history`.execute(db);
  await sql`drop trigger if exists lead_history_set_chamber on lead_history`.execute(db);
  for (const fn of [
    'report_rollup_rebuild(text)',
    'report_events_changed()',
    'report_event(events, integer)',
    'report_history_changed()',
    'report_leads_changed()',
    'report_lead(leads, integer, text)',
    'report_bump(integer, date, integer, integer, integer, int8, integer, integer, integer, integer, integer, integer, int8, int8, numeric, integer, int8)',
    'leads_move_history()',
    'lead_history_mark_reach()',
    'lead_history_set_chamber()',
  ]) {
    await sql.raw(`drop function if exists ${fn}`).execute(db);
  }
  await sql`drop table if exists report_daily`.execute(db);
  await sql`drop table if exists report_rollup_settings`.execute(db);
  await sql`alter table lead_history drop column chamber_id`.execute(db);
  await sql`alter table leads drop column negotiating_at`.execute(db);
}
