/**
 * The weekly digest's fan-out at the source report's size: 2,185 members and 25 chamber groups
 * (2,210 messages), built by the real digest job and sent by the real outbox sender to fake
 * Telegram and Lark APIs that enforce the published limits (Telegram 30/s overall, 1/s per chat,
 * 20/min per group; Lark 50/s and 1,000/min per app, 5/s per chat) and answer 429 when broken.
 *
 *   npx tsx bench/fanout.ts [--scale 2] [--instances 1] [--lark-share 0.4] [--http]
 *   DATABASE_URL=postgres://… (default postgres://postgres@127.0.0.1:5432/test), in a schema of its own, dropped after.
 *
 * --scale N shortens every limit window N times (a run at full rate takes about a minute: Lark's
 * 1,000/min paces ~900 messages at 16.7/s); figures are reported against the scaled limits.
 * Prints: time to build all digests, achieved vs allowed rate per platform, 429s, duplicates,
 * losses, end-to-end time, peak RSS. Exits 1 when anything was lost or sent twice.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { digestJob } from '../src/jobs/digest.ts';
import { isoWeekKey, isoWeekMonday } from '../src/jobs/periods.ts';
import { runPeriod } from '../src/jobs/runs.ts';
import { DEFAULT_SETTINGS } from '../src/jobs/settings.ts';
import { addDays, localDate, startOfLocalDay } from '../src/domain/calendar.ts';
import { allowedRate, limitsFor } from '../src/outbox/limits.ts';
import { OutboxSender } from '../src/outbox/sender.ts';
import type { PlatformAdapter } from '../src/adapters/platform.ts';
import { FakePlatform, fakeAdapter, fakeLimitsFor, httpAdapter, serveFakes } from '../test/outbox/fake-platform.ts';
import { createPgSchema } from '../test/support/pg-schema.ts';
import { peakRssMb, pgUrl } from './support.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '2' },
    instances: { type: 'string', default: '1' },
    'lark-share': { type: 'string', default: '0.4' },
    http: { type: 'boolean', default: false },
  },
});
const SCALE = Number(values.scale);
const INSTANCES = Number(values.instances);
const LARK_SHARE = Number(values['lark-share']);
const MEMBERS = 2185;
const TIME_ZONE = 'Asia/Shanghai';
// The source report's chambers: 11 city-level (three of them preparing) and 14 county-level.
const CITY = [
  '成都商會',
  '北京企業商會',
  '貴陽商會',
  '昆明商會',
  '上海商會',
  '浙江商會',
  '東莞商會',
  '天津商會',
  '重慶商會籌備組',
  '廣東商會籌備組',
  '深圳商會籌備組',
];
const CHAMBERS = [...CITY, ...Array.from({ length: 14 }, (_, i) => `區縣商會${i + 1}`)];

let rssPeak = 0;
const sampler = setInterval(() => {
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
}, 50);

const pg = await createPgSchema(pgUrl(), 'bench_fanout');
const server = values.http ? await serveFakes([]) : null;
try {
  const handle = await pg.open(8);
  const db = handle.db;
  // Chambers, members (Telegram or Lark), a bound group per chamber, and last week's catalog.
  const ids: number[] = [];
  for (const name of CHAMBERS) {
    ids.push(
      (
        await db
          .insertInto('chambers')
          .values({ name, level: CITY.includes(name) ? 'city' : 'county', status: name.includes('籌備') ? 'preparing' : 'active' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  }
  const members = Array.from({ length: MEMBERS }, (_, i) => ({
    chamber_id: ids[i % ids.length],
    role: (i < ids.length ? 'secretary' : 'member') as 'member' | 'secretary',
    display_name: `會員${i + 1}`,
    lang: i % 10 === 0 ? 'zh-TW' : 'zh-CN',
  }));
  const memberIds: number[] = [];
  for (let i = 0; i < members.length; i += 500) {
    memberIds.push(
      ...(
        await db
          .insertInto('members')
          .values(members.slice(i, i + 500))
          .returning('id')
          .execute()
      ).map((r) => r.id),
    );
  }
  const larkMembers = Math.round(MEMBERS * LARK_SHARE);
  const identities = memberIds.map((id, i) =>
    i < larkMembers
      ? { platform: 'lark', platform_user_id: `ou_${String(id).padStart(8, '0')}`, member_id: id, display_name: null }
      : { platform: 'telegram', platform_user_id: String(100_000_000 + id), member_id: id, display_name: null },
  );
  for (let i = 0; i < identities.length; i += 500)
    await db
      .insertInto('identities')
      .values(identities.slice(i, i + 500))
      .execute();
  await db
    .insertInto('group_bindings')
    .values(
      ids.map((chamberId, i) =>
        i % 2 === 0
          ? { platform: 'telegram', chat_id: String(-1_000_000_000 - chamberId), chamber_id: chamberId, title: CHAMBERS[i], bound_by: null }
          : { platform: 'lark', chat_id: `oc_${String(chamberId).padStart(32, '0')}`, chamber_id: chamberId, title: CHAMBERS[i], bound_by: null },
      ),
    )
    .execute();
  const now = new Date();
  const monday = isoWeekMonday(isoWeekKey(localDate(now, TIME_ZONE)))!;
  const lastWeek = startOfLocalDay(addDays(monday, -3), TIME_ZONE);
  const industries = ['電子', '物流', '食品', '新能源', '醫藥', '文旅'];
  await db
    .insertInto('projects')
    .values(
      industries.map((industry, i) => ({
        name: `${industry}產業園項目${i + 1}`,
        industry,
        investment_yuan: (i + 1) * 100_000_000,
        raw_text: 'bench',
        search_text: industry,
        created_at: lastWeek,
        updated_at: lastWeek,
      })),
    )
    .execute();
  await db
    .insertInto('policies')
    .values({
      title: '關於支持異地商會招商引資的若干措施',
      industries: ['物流'],
      raw_text: 'bench',
      search_text: 'x',
      created_at: lastWeek,
      updated_at: lastWeek,
    })
    .execute();
  await db
    .insertInto('chamber_industries')
    .values(ids.map((chamber_id, i) => ({ chamber_id, industry: industries[i % industries.length], position: 0 })))
    .execute();

  // Build every digest (the job decides and queues, one transaction per chamber).
  const period = isoWeekKey(localDate(now, TIME_ZONE));
  const logger = pino({ level: 'silent' });
  const built = performance.now();
  const run = await runPeriod(
    { db, timezone: TIME_ZONE, logger, now: () => now, settings: DEFAULT_SETTINGS, platforms: ['telegram', 'lark'] },
    digestJob,
    period,
    { instance: 'bench', trigger: 'manual' },
  );
  const buildMs = performance.now() - built;
  const queued = await db.selectFrom('outbox').select(['platform', 'chat_id']).execute();
  if (!run.ran || run.status !== 'done' || queued.length !== MEMBERS + ids.length)
    throw new Error(`digest queued ${queued.length} messages: ${JSON.stringify(run)}`);

  // Send through fake platforms that enforce the (scaled) limits.
  const telegram = new FakePlatform('telegram', fakeLimitsFor('telegram', SCALE));
  const lark = new FakePlatform('lark', fakeLimitsFor('lark', SCALE));
  const served = server ? await serveFakes([telegram, lark]) : null;
  const adapters = (): PlatformAdapter[] =>
    served ? [httpAdapter('telegram', served.url), httpAdapter('lark', served.url)] : [fakeAdapter(telegram), fakeAdapter(lark)];
  const limits = { telegram: limitsFor('telegram', {}, 0.97, SCALE), lark: limitsFor('lark', {}, 0.97, SCALE) };
  const senders: OutboxSender[] = [];
  for (let i = 0; i < INSTANCES; i++) {
    senders.push(
      new OutboxSender({ db: i === 0 ? db : (await pg.open(4)).db, adapters: adapters(), logger, limits, instanceId: `bench-${i}`, idlePollMs: 100 }),
    );
  }
  const sendStart = performance.now();
  for (const s of senders) s.start();
  const drained = await senders[0].drain(30 * 60_000);
  const sendMs = performance.now() - sendStart;
  await Promise.all(senders.map((s) => s.stop()));
  await served?.close();

  const expected = new Map(queued.map((q) => [`${q.platform}:${q.chat_id}`, 0]));
  for (const [fake, platform] of [
    [telegram, 'telegram'],
    [lark, 'lark'],
  ] as const) {
    for (const d of fake.deliveries) expected.set(`${platform}:${d.chatId}`, (expected.get(`${platform}:${d.chatId}`) ?? 0) + 1);
  }
  const duplicates = [...expected.values()].filter((n) => n > 1).length;
  const lost = [...expected.values()].filter((n) => n === 0).length;
  const statuses = await db.selectFrom('outbox').select('status').execute();
  const notSent = statuses.filter((s) => s.status !== 'sent').length;

  const line = (label: string, value: string) => console.log(`fanout: ${label.padEnd(34)} ${value}`);
  console.log(
    `fanout: ${MEMBERS} members + ${ids.length} chamber groups = ${queued.length} messages; ${larkMembers} members on Lark, ${MEMBERS - larkMembers} on Telegram; ${INSTANCES} sender instance(s); ${values.http ? 'loopback HTTP' : 'in-process'} fake APIs`,
  );
  if (SCALE !== 1)
    console.log(
      `fanout: limit windows scaled down ×${SCALE} (rates ×${SCALE}) to keep the run short; a full-rate run takes about ${Math.round((sendMs * SCALE) / 1000)} s`,
    );
  line('digests built and queued', `${(buildMs / 1000).toFixed(2)} s (${run.outcome && JSON.stringify(run.outcome)})`);
  for (const [fake, platform] of [
    [telegram, 'telegram'],
    [lark, 'lark'],
  ] as const) {
    const allowed = allowedRate(limitsFor(platform, {}, 1, SCALE));
    const achieved = fake.achievedRate();
    line(
      `${platform} achieved / allowed rate`,
      `${achieved.toFixed(1)} / ${allowed.toFixed(1)} msg/s = ${((achieved / allowed) * 100).toFixed(1)}% (${fake.deliveries.length} delivered, ${fake.violations.length} limit 429s, ${fake.deduplicated} deduplicated)`,
    );
  }
  line('duplicates', String(duplicates));
  line('lost', String(lost + (drained ? 0 : notSent)));
  line('rows not sent', String(notSent));
  line('send time (first claim to last)', `${(sendMs / 1000).toFixed(1)} s`);
  line('peak RSS', `${Math.max(Math.round(rssPeak / 1024 / 1024), 0)} MB (maxRSS ${peakRssMb()} MB)`);
  process.exitCode = duplicates || lost || notSent ? 1 : 0;
} finally {
  clearInterval(sampler);
  await server?.close();
  await pg.drop();
}
