/**
 * How fast the officials' figures are on a city's worth of data and more: 1,000,000 leads
 * (with their history) and 200,000 events across 25 chambers over ten years, in a schema of
 * its own on PostgreSQL, dropped afterwards.
 *
 *   DATABASE_URL=postgres://… npx tsx bench/summary.ts      (default postgres://postgres@127.0.0.1:5432/test)
 *
 * Prints, each with the process's peak RSS so far: a plain count(*) of leads and of events
 * (the floor any query over these tables stands on), the /summary figures for one year
 * (that year, the previous one and the funnel: what the chat answer needs), the whole
 * /summary command through the core (text and chart), and the Excel export of 10,000 leads.
 * Aims: /summary p95 < 100 ms, export of 10,000 leads < 3 s.
 */
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { migrateToLatest, openDatabase, type Db } from '../src/db/database.ts';
import { createCore } from '../src/core/conversation.ts';
import { coreFeatures } from '../src/core/features/index.ts';
import { parsePeriod, rangePeriod } from '../src/domain/periods.ts';
import { FULL_CONTACTS } from '../src/domain/contact-view.ts';
import { exportWorkbook } from '../src/summaries/export.ts';
import { buildSummaryReport } from '../src/summaries/report.ts';

const URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const LEADS = Number(process.env.BENCH_LEADS ?? 1_000_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);
const CHAMBERS = 25;
const MEMBERS_PER_CHAMBER = 40;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const TIME_ZONE = 'Asia/Shanghai';

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

async function timeRuns(label: string, run: () => Promise<unknown>, runs = RUNS): Promise<void> {
  await run(); // warm up: plans, caches, the font
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  const { median, p95 } = stats(samples);
  console.log(`${label.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   peak RSS ${peakMb()} MB`);
}

/** The million leads, their history and the events (also seeded by bench/dashboard.ts). */
export async function generate(db: Db): Promise<void> {
  const started = performance.now();
  // Bulk loading row by row through the triggers would take minutes: load with them off, then
  // derive what they keep (as migrations/0004_reports.ts does) and build the rollup in one go.
  for (const table of ['leads', 'lead_history', 'events']) await sql.raw(`alter table ${table} disable trigger user`).execute(db);
  await sql`select setseed(0.20180630)`.execute(db);
  await sql`insert into chambers (name, level, status)
    select '商會' || lpad(g::text, 2, '0'), case when g <= 11 then 'city' else 'county' end, 'active'
    from generate_series(1, ${CHAMBERS}) g`.execute(db);
  await sql`insert into members (chamber_id, role, display_name)
    select 1 + (g - 1) / ${MEMBERS_PER_CHAMBER}, 'member', '會員' || g
    from generate_series(1, ${CHAMBERS * MEMBERS_PER_CHAMBER}) g`.execute(db);
  // Leads over 2015–2024: 45% still leads, 25% negotiating, 15% signed, 10% landed, 5% dropped.
  await sql`
    insert into leads (chamber_id, reporter_id, stage, investment_yuan, funds_in_place_yuan, area_mu, jobs,
                       project, raw_text, reported_at, updated_at, signed_at, landed_at, dropped_at)
    select chamber_id, reporter_id, stage, investment, case when stage = 'landed' then investment / 10 * 4 end,
           area, jobs, '項目' || g, 'bench', reported, reported,
           case when stage in ('signed', 'landed') or (stage = 'dropped' and r2 < 0.3) then reported + signed_after end,
           case when stage = 'landed' then reported + signed_after + landed_after end,
           case when stage = 'dropped' then reported + signed_after + landed_after end
    from (
      select g,
        1 + g % ${CHAMBERS} as chamber_id,
        1 + (g % ${CHAMBERS}) * ${MEMBERS_PER_CHAMBER} + (g / ${CHAMBERS}) % ${MEMBERS_PER_CHAMBER} as reporter_id,
        case when r < 0.45 then 'lead' when r < 0.70 then 'negotiating' when r < 0.85 then 'signed' when r < 0.95 then 'landed' else 'dropped' end as stage,
        r2,
        (10 + floor(random() * 500))::int8 * 1000000 as investment,
        round((random() * 500)::numeric, 2) as area,
        (10 + floor(random() * 2000))::int as jobs,
        timestamptz '2015-01-01 00:00+08' + random() * interval '3650 days' as reported,
        random() * interval '120 days' as signed_after,
        random() * interval '200 days' as landed_after
      from (select g, random() as r, random() as r2 from generate_series(1, ${LEADS}) g) s
    ) x`.execute(db);
  // History: the report, each stage reached, and the funds when the lead landed.
  await sql`insert into lead_history (lead_id, member_id, at, action, to_stage, funds_delta_yuan)
    select id, reporter_id, reported_at, 'reported', case when stage = 'negotiating' then 'negotiating' else 'lead' end, 0 from leads`.execute(db);
  await sql`insert into lead_history (lead_id, member_id, at, action, from_stage, to_stage, funds_delta_yuan)
    select id, reporter_id, reported_at + (coalesce(signed_at, reported_at + interval '30 days') - reported_at) / 2, 'stage', 'lead', 'negotiating', 0
    from leads where stage in ('signed', 'landed') or (stage = 'dropped' and id % 2 = 0)`.execute(db);
  await sql`insert into lead_history (lead_id, member_id, at, action, from_stage, to_stage, funds_delta_yuan)
    select id, reporter_id, signed_at, 'stage', 'negotiating', 'signed', 0 from leads where signed_at is not null`.execute(db);
  await sql`insert into lead_history (lead_id, member_id, at, action, from_stage, to_stage, funds_delta_yuan)
    select id, reporter_id, landed_at, 'stage', 'signed', 'landed', funds_in_place_yuan from leads where landed_at is not null`.execute(db);
  await sql`insert into events (chamber_id, event_type, held_on, invited_enterprises, raw_text)
    select 1 + g % ${CHAMBERS},
      (array['negotiation', 'promotion', 'visit', 'other'])[1 + floor(random() * 4)::int],
      date '2015-01-01' + floor(random() * 3650)::int,
      case when random() < 0.5 then floor(random() * 60)::int end,
      'bench'
    from generate_series(1, ${EVENTS}) g`.execute(db);
  await sql`update lead_history h set chamber_id = l.chamber_id from leads l where l.id = h.lead_id`.execute(db);
  await sql`
    update leads l set negotiating_at = r.at
    from (select lead_id, min(at) as at from lead_history where to_stage in ('negotiating', 'signed', 'landed') group by lead_id) r
    where r.lead_id = l.id`.execute(db);
  for (const table of ['leads', 'lead_history', 'events']) await sql.raw(`alter table ${table} enable trigger user`).execute(db);
  // An official who asks, as a chat user would.
  const official = await db
    .insertInto('members')
    .values({ chamber_id: null, role: 'official', display_name: '王科長' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('identities').values({ platform: 'bench', platform_user_id: 'official', member_id: official.id }).execute();
  const counts = await sql<{ leads: number; history: number; events: number }>`
    select (select count(*) from leads)::int as leads, (select count(*) from lead_history)::int as history, (select count(*) from events)::int as events`.execute(
    db,
  );
  console.log(`generated ${JSON.stringify(counts.rows[0])} in ${((performance.now() - started) / 1000).toFixed(1)} s; peak RSS ${peakMb()} MB`);
  const vacuumed = performance.now();
  await sql`vacuum analyze`.execute(db);
  console.log(`vacuum analyze in ${((performance.now() - vacuumed) / 1000).toFixed(1)} s`);
  const rebuilt = performance.now();
  await sql`select report_rollup_rebuild(${TIME_ZONE})`.execute(db);
  const days = await sql<{ n: number }>`select count(*)::int as n from report_daily`.execute(db);
  console.log(`rollup built from the tables in ${((performance.now() - rebuilt) / 1000).toFixed(1)} s: ${days.rows[0].n} chamber-days`);
}

async function main(): Promise<void> {
  // BENCH_KEEP_SCHEMA=name keeps the generated data in that schema for the next run (and reuses it when there).
  const kept = process.env.BENCH_KEEP_SCHEMA;
  const schema = kept ?? `bench_summary_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: URL });
  await admin.connect();
  const exists = (await admin.query('select 1 from information_schema.schemata where schema_name = $1', [schema])).rowCount;
  if (!exists) await admin.query(`create schema ${schema}`);
  const handle = await openDatabase({ url: URL, schema, poolSize: 4 });
  try {
    await migrateToLatest(handle.db);
    const db = handle.db;
    console.log(`PostgreSQL ${(await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)).rows[0].v}, schema ${schema}`);
    if (!exists) await generate(db);
    else await sql`analyze`.execute(db);

    await timeRuns('plain count(*) of leads', () => sql`select count(*) from leads`.execute(db));
    await timeRuns('plain count(*) of events', () => sql`select count(*) from events`.execute(db));
    const year = parsePeriod('2020', '2025-01-01');
    if (!('period' in year)) throw new Error('period');
    await timeRuns('/summary 2020 figures (+環比/同比, funnel)', () => buildSummaryReport(db, year.period, 'all', TIME_ZONE));
    await timeRuns('/summary 2020, one chamber', () => buildSummaryReport(db, year.period, [7], TIME_ZONE));

    const core = createCore({ db, timezone: TIME_ZONE, logger: pino({ level: 'silent' }), now: () => new Date('2025-01-02T02:00:00Z') }, coreFeatures);
    let n = 0;
    await timeRuns('/summary 2020 through the core (text+chart)', async () => {
      const result = await core.handle({
        platform: 'bench',
        updateId: `${process.pid}-${Date.now()}-${n++}`,
        chat: { id: 'dm', type: 'private' },
        user: { id: 'official', name: '王科長' },
        text: '/summary 2020',
      });
      if (!result.replies[1]?.image) throw new Error(`no chart: ${result.replies[0]?.text}`);
    });

    // The export: a window holding a little over 10,000 leads (reported, signed, landed, dropped or funded in it).
    const window = rangePeriod('2020-03-01', '2020-03-27');
    await timeRuns(
      'export of one window to .xlsx',
      async () => {
        const out = await exportWorkbook(db, window, 'all', { lang: 'zh-CN', timeZone: TIME_ZONE, now: new Date(), contactView: () => FULL_CONTACTS });
        exported = out;
      },
      3,
    );
    console.log(
      `  (that window lists ${exported?.leads} leads and ${exported?.events} events; workbook ${Math.round((exported?.data.length ?? 0) / 1024)} KB)`,
    );
  } finally {
    await handle.close();
    if (!kept) await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

let exported: { data: Uint8Array; leads: number; events: number } | undefined;

// Run as a script only: bench/dashboard.ts imports generate() from here.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
