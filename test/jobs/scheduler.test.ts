import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';
import { createPgSchema, type PgSchema } from '../support/pg-schema.ts';
import { PgRunCoordinator } from '../../src/jobs/coordinator.ts';
import { claimPeriod, runPeriod, type JobDefinition } from '../../src/jobs/runs.ts';
import { Scheduler } from '../../src/jobs/scheduler.ts';
import { digestJob } from '../../src/jobs/digest.ts';
import { isoWeekKey, isoWeekMonday } from '../../src/jobs/periods.ts';
import { addDays, localDate, startOfLocalDay } from '../../src/domain/calendar.ts';
import { useTestDatabase } from '../support/database.ts';
import { bindGroup, chamber, jobCtx, member } from './helpers.ts';

const t = useTestDatabase();

/** A job that only counts its runs. */
function countingJob(name = 'digest'): JobDefinition & { runs: string[] } {
  const runs: string[] = [];
  return {
    name: name as JobDefinition['name'],
    period: 'day',
    runs,
    async run(_ctx, period) {
      runs.push(period);
      return { period };
    },
  };
}

describe('the run coordinator (node-cron RunCoordinator on PostgreSQL)', () => {
  it('elects exactly one instance per fire', async () => {
    const coordinators = ['a', 'b', 'c'].map((id) => new PgRunCoordinator(t.db, id));
    const key = 'chamber-bot:digest:2026-11-30T01:07:00.000Z';
    const answers = await Promise.all(coordinators.map((c) => c.shouldRun(key, 60_000)));
    expect(answers.filter(Boolean)).toHaveLength(1);
    const winner = coordinators[answers.indexOf(true)];
    await winner.onComplete(key);
    expect(await Promise.all(coordinators.map((c) => c.shouldRun(key, 60_000)))).toEqual([false, false, false]);
  });

  it('lets another instance take a fire whose runner died before finishing', async () => {
    const a = new PgRunCoordinator(t.db, 'a');
    const b = new PgRunCoordinator(t.db, 'b');
    const key = 'chamber-bot:reminders:2026-11-30T00:37:00.000Z';
    expect(await a.shouldRun(key, 1)).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(await b.shouldRun(key, 60_000)).toBe(true);
    await a.onComplete(key); // too late: not a's any more
    expect(await t.db.selectFrom('job_fires').selectAll().executeTakeFirstOrThrow()).toMatchObject({ instance: 'b', completed_at: null });
  });
});

describe('periods run once', () => {
  it('a period claimed and done is not run again; --force runs it again', async () => {
    const job = countingJob();
    const ctx = jobCtx(t.db, () => new Date());
    expect(await runPeriod(ctx, job, '2026-11-30', { instance: 'a', trigger: 'schedule' })).toMatchObject({ ran: true, status: 'done' });
    expect(await runPeriod(ctx, job, '2026-11-30', { instance: 'b', trigger: 'catch-up' })).toEqual({ ran: false, reason: 'claimed' });
    expect(await runPeriod(ctx, job, '2026-11-30', { instance: 'c', trigger: 'manual', force: true })).toMatchObject({ ran: true });
    expect(job.runs).toEqual(['2026-11-30', '2026-11-30']);
  });

  it('a failed period is retried (three times automatically), a running one only after its lease', async () => {
    let fail = true;
    const job: JobDefinition = {
      name: 'reminders',
      period: 'day',
      async run() {
        if (fail) throw new Error('database hiccup');
        return {};
      },
    };
    const ctx = jobCtx(t.db, () => new Date());
    expect(await runPeriod(ctx, job, 'p', { instance: 'a', trigger: 'schedule' })).toMatchObject({ status: 'failed', error: 'database hiccup' });
    fail = false;
    expect(await runPeriod(ctx, job, 'p', { instance: 'a', trigger: 'catch-up' })).toMatchObject({ status: 'done' });
    expect(await claimPeriod(t.db, 'other', 'q', { instance: 'a', trigger: 'schedule' })).not.toBeNull();
    expect(await claimPeriod(t.db, 'other', 'q', { instance: 'b', trigger: 'schedule' })).toBeNull();
    await t.db.updateTable('job_runs').set({ lease_until: sql<Date>`now() - interval '1 second'` }).where('job', '=', 'other').execute();
    expect(await claimPeriod(t.db, 'other', 'q', { instance: 'b', trigger: 'catch-up' })).toMatchObject({ instance: 'b', attempts: 2 });
  });
});

describe('catching up a fire missed while every instance was down', () => {
  it('runs the latest missed fire once at start, within the window', async () => {
    const job = countingJob('reminders');
    // Daily 08:37 Shanghai; every instance was down then, and starts at 10:00.
    const now = new Date('2026-11-30T02:00:00Z');
    const make = (id: string) =>
      new Scheduler({ ctx: jobCtx(t.db, () => now), jobs: [{ job, schedule: '37 8 * * *' }], instanceId: id, catchUpMs: 6 * 3600_000 });
    const first = await make('a').catchUp(now);
    const second = await make('b').catchUp(now);
    expect(first.get('reminders')).toMatchObject({ ran: true, status: 'done' });
    expect(second.get('reminders')).toEqual({ ran: false, reason: 'claimed' });
    expect(job.runs).toEqual(['2026-11-30']);
    const run = await t.db.selectFrom('job_runs').selectAll().executeTakeFirstOrThrow();
    expect(run).toMatchObject({ job: 'reminders', period: '2026-11-30', trigger: 'catch-up', instance: 'a', status: 'done' });
  });

  it('another instance takes over a period whose runner died, once its lease has passed', async () => {
    const job = countingJob('reminders');
    const now = new Date('2026-11-30T02:00:00Z');
    // Instance a claimed this morning's period and died before finishing it.
    await claimPeriod(t.db, 'reminders', '2026-11-30', { instance: 'a', trigger: 'schedule' });
    const b = new Scheduler({ ctx: jobCtx(t.db, () => now), jobs: [{ job, schedule: '37 8 * * *' }], instanceId: 'b', catchUpMs: 6 * 3600_000 });
    expect((await b.catchUp(now)).get('reminders')).toEqual({ ran: false, reason: 'claimed' });
    await t.db.updateTable('job_runs').set({ lease_until: sql<Date>`now() - interval '1 second'` }).execute();
    expect((await b.catchUp(now)).get('reminders')).toMatchObject({ ran: true, status: 'done' });
    expect(await t.db.selectFrom('job_runs').select(['instance', 'attempts', 'status']).executeTakeFirstOrThrow()).toEqual({
      instance: 'b',
      attempts: 2,
      status: 'done',
    });
    expect(job.runs).toEqual(['2026-11-30']);
  });

  it('leaves a fire older than the window, and runs nothing twice when the scheduled fire comes after a catch-up', async () => {
    const job = countingJob('reminders');
    const late = new Date('2026-11-30T20:00:00Z'); // 04:00 the next day in Shanghai: 19.5 hours late
    const scheduler = new Scheduler({ ctx: jobCtx(t.db, () => late), jobs: [{ job, schedule: '37 8 * * *' }], instanceId: 'a', catchUpMs: 12 * 3600_000 });
    expect((await scheduler.catchUp(late)).size).toBe(0);
    const onTime = new Date('2026-12-01T02:00:00Z');
    await scheduler.catchUp(onTime);
    // node-cron then fires the same slot (say the clock was off): the period is taken.
    expect(await scheduler.fire(job, new Date('2026-12-01T00:37:00Z'), 'schedule')).toEqual({ ran: false, reason: 'claimed' });
    expect(job.runs).toEqual(['2026-12-01']);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('three scheduler instances on one PostgreSQL (needs DATABASE_URL)', () => {
  let pg: PgSchema | undefined;
  afterAll(async () => {
    await pg?.drop();
  });

  it('run one digest per recipient for one fire', { timeout: 30_000 }, async () => {
    pg = await createPgSchema(process.env.DATABASE_URL!, 'test_sched');
    const dbs: Db[] = [];
    for (let i = 0; i < 3; i++) dbs.push((await pg.open(3)).db);
    const db = dbs[0];
    // Something new last week, for the digest's members.
    const today = localDate(new Date(), 'Asia/Shanghai');
    const monday = isoWeekMonday(isoWeekKey(today))!;
    const lastWeek = startOfLocalDay(addDays(monday, -2), 'Asia/Shanghai');
    await db
      .insertInto('projects')
      .values({ name: '冷鏈物流中心', industry: '物流', raw_text: 'x', search_text: 'x', created_at: lastWeek, updated_at: lastWeek })
      .execute();
    const recipients: string[] = [];
    for (const name of ['成都商會', '上海商會', '浙江商會']) {
      const c = await chamber(db, name);
      await bindGroup(db, c, `g-${c}`);
      recipients.push(`g:test:g-${c}`);
      for (let i = 0; i < 20; i++) recipients.push(`m${(await member(db, { chamberId: c })).id}`);
    }
    const results: { instance: string; ran: boolean }[] = [];
    const schedulers = dbs.map(
      (db, i) =>
        new Scheduler({
          ctx: jobCtx(db, () => new Date(), { platforms: ['test'] }),
          // Every two seconds, so the test sees a fire soon; every fire of this week is the same period.
          jobs: [{ job: digestJob, schedule: '*/2 * * * * *' }],
          instanceId: `instance-${i}`,
          catchUpMs: 0,
          onRun: (_job, _period, _trigger, result) => results.push({ instance: `instance-${i}`, ran: result.ran }),
        }),
    );
    await Promise.all(schedulers.map((s) => s.start()));
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const done = await db.selectFrom('job_runs').select('status').where('job', '=', 'digest').executeTakeFirst();
      if (done?.status === 'done') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 2500)); // one more fire: it must find the period taken
    await Promise.all(schedulers.map((s) => s.stop()));

    const rows = await db.selectFrom('outbox').select(['recipient', 'job', 'period']).execute();
    expect(rows.map((r) => r.recipient).sort()).toEqual([...recipients].sort());
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set([isoWeekKey(today)]));
    const fires = await db.selectFrom('job_fires').selectAll().execute();
    expect(fires.length).toBeGreaterThanOrEqual(1);
    // Each fire was elected on one instance only: that instance alone called the job.
    expect(results.length).toBe(fires.length);
    expect(results.filter((r) => r.ran)).toHaveLength(1);
  });
});
