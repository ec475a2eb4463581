/**
 * The dashboard's first view: what the page asks for when it opens (/api/me, the summary of
 * the month, the first page of leads), over HTTP against the real routes, on the demo data
 * (embedded PGlite, in memory) and at 1,000,000 leads (PostgreSQL, a schema of its own seeded
 * as bench/summary.ts seeds it, dropped afterwards).
 *
 *   DATABASE_URL=postgres://… npx tsx bench/dashboard.ts      (default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_LEADS=100000 for a smaller run; BENCH_SKIP_BIG=1 for the demo data only.
 *
 * Aims: the first view under 1 s on the demo data and under 2 s at 1,000,000 leads.
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import pino from 'pino';
import { seedDemo } from '../src/core/demo-data.ts';
import { migrateToLatest, openDatabase, type Db } from '../src/db/database.ts';
import { closeServer, createHttpServer, listen } from '../src/server/http.ts';
import { createDashboardRoutes } from '../src/web/routes.ts';
import { createLoginToken } from '../src/web/sessions.ts';
import { generate } from './summary.ts';

const URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const TIME_ZONE = 'Asia/Shanghai';

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

async function timeRuns(label: string, run: () => Promise<unknown>): Promise<void> {
  await run(); // warm up: plans, caches
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  const { median, p95 } = stats(samples);
  console.log(`${label.padEnd(52)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   peak RSS ${peakMb()} MB`);
}

/** Serves the dashboard on a loopback port and signs the official in, as the one-time link does. */
async function serve(db: Db, now: Date): Promise<{ server: Server; get(path: string): Promise<void> }> {
  const logger = pino({ level: 'silent' });
  const server = createHttpServer(createDashboardRoutes({ db, timezone: TIME_ZONE, logger, now: () => now }), logger, async () => true);
  const base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  const official = await db.selectFrom('members').select('id').where('role', '=', 'official').orderBy('id').executeTakeFirstOrThrow();
  const token = await createLoginToken(db, official.id, now);
  const login = await fetch(`${base}/dashboard/login?token=${token}`, { redirect: 'manual' });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  return {
    server,
    async get(path) {
      const res = await fetch(`${base}${path}`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    },
  };
}

async function firstView(label: string, db: Db, now: Date, period: string): Promise<void> {
  const { server, get } = await serve(db, now);
  const q = encodeURIComponent(period);
  try {
    await timeRuns(`${label}: /api/me`, () => get('/dashboard/api/me'));
    await timeRuns(`${label}: /api/summary?period=${period}`, () => get(`/dashboard/api/summary?period=${q}`));
    await timeRuns(`${label}: /api/leads (first page, ${period})`, () => get(`/dashboard/api/leads?period=${q}`));
    await timeRuns(`${label}: /api/leads (first page, all, by amount)`, () => get('/dashboard/api/leads?sort=amount'));
    await timeRuns(`${label}: first view (me + summary + leads, in parallel)`, () =>
      Promise.all([get('/dashboard/api/me'), get(`/dashboard/api/summary?period=${q}`), get(`/dashboard/api/leads?period=${q}`)]),
    );
  } finally {
    await closeServer(server);
  }
}

async function demo(): Promise<void> {
  const handle = await openDatabase({ dataDir: 'memory' });
  try {
    await migrateToLatest(handle.db);
    const now = new Date('2026-11-29T02:00:00Z');
    await seedDemo(handle.db, TIME_ZONE, now);
    await firstView('demo (PGlite)', handle.db, now, '2018上半年');
  } finally {
    await handle.close();
  }
}

async function million(): Promise<void> {
  const schema = `bench_dashboard_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const handle = await openDatabase({ url: URL, schema, poolSize: 4 });
  try {
    await migrateToLatest(handle.db);
    await generate(handle.db);
    await firstView('1M leads (PostgreSQL)', handle.db, new Date('2025-01-02T02:00:00Z'), '2020');
  } finally {
    await handle.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

await demo();
if (!process.env.BENCH_SKIP_BIG) await million();
