/**
 * The fault suite: the real code against fake platforms and a throwaway PostgreSQL database, under
 * the faults an operator meets. Prints one table; reports what the code does today, whatever it is.
 *
 *   npx tsx bench/faults.ts [--only kill,backend,outage,duplicates,texts] [--texts 10000]
 *   DATABASE_URL=postgres://… (default postgres://postgres@127.0.0.1:5432/test): the server on which
 *   a database `faults_<random>` is created, and dropped at the end.
 *
 * - kill: kill -9 ×10 of a sender process during a 1,000-recipient fan-out (half Telegram, half
 *   Lark) with random 429s and 5xx; then a sender runs it to the end. Lost, duplicates per platform,
 *   Telegram rows in doubt (`unknown`).
 * - backend: `chamber-bot start` (polling, against the fake Bot API) while every backend of its
 *   database is terminated ×10 mid-traffic. Process alive, updates unanswered.
 * - outage: the same bot, its database behind a TCP proxy of this script that drops every
 *   connection and blackholes new ones for 10 s mid-traffic (the shared server is never stopped).
 * - duplicates: the same Telegram update ×20 and the same Lark event ×5 at once, through the real
 *   webhook routes: drafts, leads and answers.
 * - texts: 10,000 random and hostile texts and forged buttons through the core: crashes (thrown),
 *   internal errors (answered with a reference), half-written records.
 *
 * Exit code 0 when every figure meant to be 0 is 0, 1 otherwise.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { parseArgs } from 'node:util';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import type { Chat } from 'grammy/types';
import { migrateToLatest, openDatabase, type Db } from '../src/db/database.ts';
import { createCore } from '../src/core/conversation.ts';
import { coreFeatures } from '../src/core/features/index.ts';
import type { CoreDeps } from '../src/core/context.ts';
import { loadConfig } from '../src/config.ts';
import { enqueue } from '../src/outbox/queue.ts';
import { createTelegramAdapter, WEBHOOK_PATH } from '../src/adapters/telegram/index.ts';
import { createLarkAdapter } from '../src/adapters/lark/index.ts';
import { createHttpServer, listen } from '../src/server/http.ts';
import { FakePlatform, fakeLimitsFor, serveFakes } from '../test/outbox/fake-platform.ts';
import { FakeBotApi } from '../test/adapters/telegram/fake-bot-api.ts';
import { SECRET, TgUser, TOKEN, WEBHOOK_URL } from '../test/adapters/telegram/harness.ts';
import { APP_ID, APP_SECRET, FakeOpenApi } from '../test/adapters/lark/fake-open-api.ts';
import { FeishuSender, messageEvent } from '../test/adapters/lark/feishu-events.ts';
import { BotProcess } from '../test/server/bot-process.ts';
import { pgUrl } from './support.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'kill,backend,outage,duplicates,texts' },
    texts: { type: 'string', default: '10000' },
  },
});
const ONLY = new Set(values.only.split(','));
const TEXTS = Number(values.texts);
const silent = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const log = (line: string) => process.stderr.write(`faults: ${line}\n`);

/** One row of the printed table: a figure, what it should be, and what it was. */
interface Row {
  scenario: string;
  figure: string;
  value: number | string;
  /** The value it must have; undefined for figures reported, not judged (e.g. `unknown`). */
  want?: number | string;
}
const rows: Row[] = [];
const row = (scenario: string, figure: string, value: number | string, want?: number | string) => rows.push({ scenario, figure, value, want });

// A small seeded generator, so a run can be repeated (FAULTS_SEED).
let seed = Number(process.env.FAULTS_SEED ?? Date.now() % 2 ** 31);
const firstSeed = seed;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

// ── the throwaway database ────────────────────────────────────────────────────────────────────

const serverUrl = pgUrl();
const dbName = `faults_${randomBytes(4).toString('hex')}`;
const dbUrl = (() => {
  const u = new URL(serverUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
async function onServer<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Members of one chamber, with identities on a platform, inserted directly. */
async function members(db: Db, chamberId: number, platform: string, userIds: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const userId of userIds) {
    const { id } = await db
      .insertInto('members')
      .values({ chamber_id: chamberId, role: 'member', display_name: `會員${userId}`, lang: 'zh-CN' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('identities').values({ platform, platform_user_id: userId, member_id: id, display_name: null }).execute();
    ids.push(id);
  }
  return ids;
}

async function newChamber(db: Db, name: string): Promise<number> {
  return (await db.insertInto('chambers').values({ name, level: 'city', status: 'active' }).returning('id').executeTakeFirstOrThrow()).id;
}

// ── kill -9 during a fan-out ──────────────────────────────────────────────────────────────────

function startSender(fakeUrl: string, instance: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/outbox/sender-child.ts'], {
    env: { ...process.env, DATABASE_URL: dbUrl, PG_SCHEMA: 'public', FAKE_URL: fakeUrl, TIME_SCALE: '4', LEASE_MS: '2000', INSTANCE: instance },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('started')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`sender exited with ${code} before starting`)));
  });
}

async function killDuringFanOut(db: Db): Promise<void> {
  const scenario = 'kill -9 ×10, 1,000-recipient fan-out, random 429/5xx';
  const chamberId = await newChamber(db, '殺進程商會');
  const recipients = Array.from({ length: 1000 }, (_, i) =>
    i % 2 === 0 ? { platform: 'telegram', chatId: String(-1_000_000_000_000 - i) } : { platform: 'lark', chatId: `oc_${String(i).padStart(32, '0')}` },
  );
  await db.transaction().execute((trx) =>
    enqueue(
      trx,
      recipients.map((r) => ({
        job: 'digest',
        period: 'faults',
        recipient: { kind: 'group' as const, chamberId, ...r },
        outbound: { text: `摘要 ${r.chatId}` },
      })),
    ),
  );
  const telegram = new FakePlatform('telegram', fakeLimitsFor('telegram', 4));
  const lark = new FakePlatform('lark', fakeLimitsFor('lark', 4));
  // 5xx: one chat in twenty fails once or twice; 429: a storm of 300 ms every 1.5 s.
  for (const r of recipients) if (random() < 0.05) (r.platform === 'lark' ? lark : telegram).failing.set(r.chatId, 1 + Math.floor(random() * 2));
  const storms = setInterval(() => {
    const fake = random() < 0.5 ? telegram : lark;
    fake.stormUntil = fake.now() + 300;
    fake.stormRetryAfter = 0.3;
  }, 1500);
  const served = await serveFakes([telegram, lark]);
  try {
    for (let i = 0; i < 10; i++) {
      const child = await startSender(served.url, `kill-${i}`);
      await sleep(300 + random() * 700);
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    log('kill: 10 senders killed; a last one finishes the fan-out');
    clearInterval(storms);
    const last = await startSender(served.url, 'kill-final');
    const deadline = Date.now() + 5 * 60_000;
    for (;;) {
      const open = await db
        .selectFrom('outbox')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('status', 'in', ['pending', 'claimed', 'sending'])
        .executeTakeFirstOrThrow();
      if (open.n === 0 || Date.now() > deadline) break;
      // Retries after errors wait up to 10 minutes (backoff): brought forward, since what is
      // measured here is loss and duplication, not patience.
      await db.updateTable('outbox').set({ not_before: sql`now()` }).where('status', '=', 'pending').where('not_before', '>', sql<Date>`now()`).execute();
      await sleep(1000);
    }
    last.kill('SIGTERM');
    await new Promise((resolve) => last.once('exit', resolve));
  } finally {
    clearInterval(storms);
    await served.close();
  }
  const finalRows = await db.selectFrom('outbox').select(['platform', 'chat_id', 'status']).where('period', '=', 'faults').execute();
  const delivered = new Map<string, number>();
  for (const [fake, platform] of [
    [telegram, 'telegram'],
    [lark, 'lark'],
  ] as const) {
    for (const d of fake.deliveries) delivered.set(`${platform}:${d.chatId}`, (delivered.get(`${platform}:${d.chatId}`) ?? 0) + 1);
  }
  const count = (platform: string, test: (r: (typeof finalRows)[number], n: number) => boolean) =>
    finalRows.filter((r) => r.platform === platform && test(r, delivered.get(`${r.platform}:${r.chat_id}`) ?? 0)).length;
  const lost = count('telegram', (r, n) => n === 0 && r.status !== 'unknown') + count('lark', (_r, n) => n === 0);
  row(scenario, 'lost (never delivered, not reported unknown)', lost, 0);
  row(
    scenario,
    'Lark duplicates',
    count('lark', (_r, n) => n > 1),
    0,
  );
  row(
    scenario,
    'Telegram duplicates',
    count('telegram', (_r, n) => n > 1),
    0,
  );
  row(
    scenario,
    'Telegram in doubt (`unknown`)',
    `${count('telegram', (r) => r.status === 'unknown')} (of which delivered: ${count('telegram', (r, n) => r.status === 'unknown' && n > 0)})`,
  );
  row(scenario, 'rows still pending/claimed/sending', finalRows.filter((r) => ['pending', 'claimed', 'sending'].includes(r.status)).length, 0);
  row(scenario, 'Lark requests deduplicated by uuid', lark.deduplicated);
}

// ── the bot under database faults ─────────────────────────────────────────────────────────────

/** A TCP proxy in front of the PostgreSQL server that can drop every connection and blackhole new ones. */
class FlakyProxy {
  private readonly pairs = new Set<[Socket, Socket]>();
  private readonly held = new Set<Socket>();
  private down = false;
  private server!: Server;
  port = 0;

  async start(target: URL): Promise<void> {
    this.server = createServer((client) => {
      if (this.down) {
        // Blackholed: accepted, never answered (as a dead host behind a firewall).
        this.held.add(client);
        client.on('error', () => undefined);
        return;
      }
      const upstream = connect(Number(target.port || 5432), target.hostname);
      const pair: [Socket, Socket] = [client, upstream];
      this.pairs.add(pair);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        this.pairs.delete(pair);
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  /** Every open connection dropped, new ones blackholed, for `ms`. */
  async outage(ms: number): Promise<void> {
    this.down = true;
    for (const [client, upstream] of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
    await sleep(ms);
    this.down = false;
    for (const socket of this.held) socket.destroy();
    this.held.clear();
  }

  async close(): Promise<void> {
    for (const [client, upstream] of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    for (const socket of this.held) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/**
 * `users` people each send one message, one every `gapMs`, while `fault` runs; then waits for the
 * answers. Each person is not a member: the answer is the invitation to join, one per update.
 */
async function traffic(
  api: FakeBotApi,
  firstId: number,
  users: number,
  gapMs: number,
  fault: () => Promise<void>,
): Promise<{ unanswered: number; doubled: number }> {
  const people = Array.from({ length: users }, (_, i) => new TgUser(firstId + i, `客${i}`));
  const sending = (async () => {
    for (const person of people) {
      api.queueUpdate(person.says('你好，我想了解一下'));
      await sleep(gapMs);
    }
  })();
  await Promise.all([sending, fault()]);
  const deadline = Date.now() + 90_000;
  const answered = () => people.filter((p) => api.chat(p.user.id).length > 0).length;
  while (answered() < users && Date.now() < deadline) await sleep(500);
  return {
    unanswered: users - answered(),
    doubled: people.filter((p) => api.chat(p.user.id).length > 1).length,
  };
}

/** What the bot meets mid-traffic: its backends terminated ×10, or its database unreachable for 10 s. */
async function botUnderDatabaseFault(fault: 'backend' | 'outage'): Promise<void> {
  const scenario = fault === 'backend' ? 'backend terminations ×10 mid-traffic' : 'database unreachable 10 s mid-traffic (TCP proxy)';
  const proxy = new FlakyProxy();
  await proxy.start(new URL(serverUrl));
  const api = await FakeBotApi.start(TOKEN);
  const viaProxy = new URL(dbUrl);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  // A bot of its own for each fault, so that one fault's crash does not hide the other's figures.
  const bot = await BotProcess.start({
    DATABASE_URL: viaProxy.toString(),
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.apiRoot,
    LOG_LEVEL: 'warn',
    JOBS_ENABLED: 'false',
  });
  try {
    await bot.ready();
    const result =
      fault === 'backend'
        ? await traffic(api, 8_100_000, 150, 80, async () => {
            for (let i = 0; i < 10; i++) {
              await sleep(1000);
              await onServer((c) => c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [dbName]));
            }
          })
        : await traffic(api, 8_200_000, 150, 100, async () => {
            await sleep(3000);
            await proxy.outage(10_000);
          });
    row(scenario, 'process alive', bot.child.exitCode === null ? 'yes' : `no (exit ${bot.child.exitCode})`, 'yes');
    row(scenario, 'updates unanswered (of 150)', result.unanswered, 0);
    row(scenario, 'updates answered twice', result.doubled, 0);
  } finally {
    await bot.cleanUp();
    await api.close();
    await proxy.close();
  }
}

// ── the same update again and again ───────────────────────────────────────────────────────────

const REPORT = '廈門商會引薦的福建閩泰食品股份有限公司擬投資3.2億元建設中央廚房項目，佔地85畝，預計帶動就業600人';

async function duplicates(db: Db): Promise<void> {
  const scenario = 'the same update ×20, the same Lark event ×5';
  const deps: CoreDeps = { db, timezone: 'Asia/Shanghai', logger: silent, now: () => new Date() };
  const core = createCore(deps, coreFeatures);
  const chamberId = await newChamber(db, '重複投遞商會');
  const tgUser = new TgUser(9_100_001, '周');
  const larkOpenId = 'ou_faults00000000000000000000000001';
  const larkChat = 'oc_dm_faults000000000000000000000001';
  const [tgMember] = await members(db, chamberId, 'telegram', [String(tgUser.user.id)]);
  const [larkMember] = await members(db, chamberId, 'lark', [larkOpenId]);

  const api = await FakeBotApi.start(TOKEN);
  const openApi = new FakeOpenApi();
  const larkUrl = await openApi.start();
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.apiRoot,
    TELEGRAM_MODE: 'webhook',
    TELEGRAM_WEBHOOK_URL: WEBHOOK_URL,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    LARK_APP_ID: APP_ID,
    LARK_APP_SECRET: APP_SECRET,
    LARK_MODE: 'webhook',
    LARK_ENCRYPT_KEY: 'faults-encrypt-key-123',
    LARK_VERIFICATION_TOKEN: 'faults-verify-token',
    LARK_DOMAIN: larkUrl,
  });
  const telegram = await createTelegramAdapter({ config, logger: silent, core });
  const lark = await createLarkAdapter({ config, logger: silent, core, deps });
  const server = createHttpServer([...telegram.routes, ...lark.routes], silent, async () => true);
  const base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  const postTelegram = (update: unknown) =>
    fetch(`${base}${WEBHOOK_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(update),
    }).then(
      (r) => r.status,
      () => 0,
    );
  const settle = async (count: () => number) => {
    let last = -1;
    for (let i = 0; i < 40 && count() !== last; i++) {
      last = count();
      await sleep(500);
    }
  };
  const draftsOf = async (memberId: number) =>
    (await db.selectFrom('drafts').select(sql<number>`count(*)::int`.as('n')).where('member_id', '=', memberId).executeTakeFirstOrThrow()).n;
  const leadsOf = async (memberId: number) =>
    (await db.selectFrom('leads').select(sql<number>`count(*)::int`.as('n')).where('reporter_id', '=', memberId).executeTakeFirstOrThrow()).n;
  try {
    await telegram.start();
    await lark.start();
    // Telegram: one report delivered 20 times at once, then its Save button pressed, delivered 20 times.
    const report = tgUser.says(REPORT, tgUser.dm as Chat.PrivateChat);
    await Promise.all(Array.from({ length: 20 }, () => postTelegram(report)));
    await settle(() => api.chat(tgUser.user.id).length);
    const answers = api.chat(tgUser.user.id);
    row(scenario, 'Telegram report ×20: drafts', await draftsOf(tgMember), 1);
    row(scenario, 'Telegram report ×20: answers', answers.length, 1);
    const draft = answers.find((m) => m.buttons.flat().some((b) => b.callback_data.startsWith('d:save:')));
    if (draft) {
      const editsBefore = api.callsOf('editMessageText').length;
      const press = tgUser.pressesData(draft, draft.buttons.flat().find((b) => b.callback_data.startsWith('d:save:'))!.callback_data);
      await Promise.all(Array.from({ length: 20 }, () => postTelegram(press)));
      await settle(() => api.callsOf('editMessageText').length + api.callsOf('sendMessage').length);
      row(scenario, 'Telegram Save ×20: leads', await leadsOf(tgMember), 1);
      row(
        scenario,
        'Telegram Save ×20: answers (edits + messages)',
        api.callsOf('editMessageText').length - editsBefore + api.chat(tgUser.user.id).length - answers.length,
        1,
      );
    } else {
      row(scenario, 'Telegram Save ×20: the report got no Save button', 'not run', 1);
    }
    // Lark: one message event delivered 5 times at once.
    const feishu = new FeishuSender(`${base}/lark/events`, 'faults-encrypt-key-123', 'faults-verify-token', () => new Date());
    const event = messageEvent(feishu.header('im.message.receive_v1'), { chatId: larkChat, chatType: 'p2p', openId: larkOpenId, text: REPORT });
    await Promise.all(Array.from({ length: 5 }, () => feishu.post(event).catch(() => undefined)));
    await settle(() => openApi.messagesTo(larkChat).length);
    row(scenario, 'Lark event ×5: drafts', await draftsOf(larkMember), 1);
    row(scenario, 'Lark event ×5: answers', openApi.messagesTo(larkChat).length, 1);
  } finally {
    await telegram.stop();
    await lark.stop();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await api.close();
    await openApi.stop();
  }
}

// ── random and hostile texts ──────────────────────────────────────────────────────────────────

const HOSTILE = [
  "'; drop table leads; --",
  '" or 1=1 --',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, on purpose
  '${7*7} {{7*7}} %s%s%s%n',
  '../../../../etc/passwd',
  '\u0000',
  'abc\u0000def 投資1億',
  '\u001b[2J\u001b[31m紅字\u001b[0m',
  '\u202e反轉文字\u202c',
  '\ud800',
  '👨‍👩‍👧‍👦'.repeat(300),
  `${'9'.repeat(400)}億元`,
  '投資1e309億元',
  '投資-5億元 佔地-3畝 就業-100人',
  '投資NaN億 Infinity萬元',
  `/start ${'x'.repeat(5000)}`,
  `/join ${'\u0000'.repeat(10)}`,
  '/summary 9999-99-99 0000-00-00',
  '/show 99999999999999999999',
  '/lang klingon',
  '/export ../../x.xlsx',
  '\n'.repeat(2000),
  ' '.repeat(4001),
  '簽約'.repeat(2001),
];
const FORGED_ACTIONS = [
  'l:show:abc',
  'd:save:99999999999',
  'd:save:-1',
  'd:edit:1e99',
  'l:stage:1:landed',
  'x',
  ':::',
  'd:save:',
  'r:snooze:NaN',
  '\u0000:\u0000',
];

function randomText(): string {
  const kind = random();
  if (kind < 0.25) return pick(HOSTILE);
  if (kind < 0.55) {
    // Random code points across the planes, control characters and surrogates included.
    return Array.from({ length: 1 + Math.floor(random() * 200) }, () => {
      const r = random();
      const cp = r < 0.1 ? Math.floor(random() * 32) : r < 0.5 ? 0x4e00 + Math.floor(random() * 0x5000) : Math.floor(random() * 0x10ffff);
      return cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
    }).join('');
  }
  if (kind < 0.85) {
    // A report with its figures and words shuffled and cut.
    const words = REPORT.split(/(?<=[，。])/);
    const shuffled = words.sort(() => random() - 0.5).join('');
    return shuffled.slice(0, Math.floor(random() * shuffled.length) + 1) + pick(['', '已簽約', '洽談中', '落地', '取消', String(random() * 1e12)]);
  }
  return `/${pick(['start', 'help', 'lead', 'leads', 'show', 'summary', 'event', 'lang', 'join', 'link', 'mute', 'unmute', 'export', 'industries'])} ${pick(HOSTILE).slice(0, 200)}`;
}

async function hostileTexts(db: Db): Promise<void> {
  const scenario = `${TEXTS.toLocaleString('en')} random and hostile texts through the core`;
  let internalErrors = 0;
  const errorKinds = new Map<string, number>();
  // Counts the core's "update failed" lines (answered with an apology and a reference), by error.
  const logger = pino(
    { level: 'error' },
    new Writable({
      write(chunk, _encoding, done) {
        const line = JSON.parse(String(chunk)) as { msg?: string; err?: { message?: string } };
        if (line.msg === 'update failed') {
          internalErrors++;
          const kind = (line.err?.message ?? 'unknown')
            .replace(/\d+/g, 'N')
            .replace(/[\u0000-\u001f]/g, '?')
            .slice(0, 70);
          errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
        }
        done();
      },
    }),
  );
  const deps: CoreDeps = { db, timezone: 'Asia/Shanghai', logger, now: () => new Date() };
  const core = createCore(deps, coreFeatures);
  const chamberId = await newChamber(db, '模糊測試商會');
  const [memberId] = await members(db, chamberId, 'fuzz', ['fuzzer']);
  let crashes = 0;
  const crashKinds = new Map<string, number>();
  for (let i = 0; i < TEXTS; i++) {
    const pressSave = random() < 0.1;
    let action: string | undefined;
    if (pressSave) {
      const open = await db
        .selectFrom('drafts')
        .select('id')
        .where('member_id', '=', memberId)
        .where('status', '=', 'open')
        .orderBy('id', 'desc')
        .executeTakeFirst();
      action = open ? pick([`d:save:${open.id}`, `d:edit:${open.id}`, `d:cancel:${open.id}`]) : pick(FORGED_ACTIONS);
    } else if (random() < 0.05) {
      action = pick(FORGED_ACTIONS);
    }
    try {
      await core.handle({
        platform: 'fuzz',
        updateId: `fuzz-${i}`,
        chat: random() < 0.8 ? { id: 'dm-fuzzer', type: 'private' } : { id: 'g-fuzz', type: 'group' },
        user: { id: 'fuzzer', name: '測試' },
        addressed: true,
        ...(action !== undefined ? { action } : { text: randomText() }),
      });
    } catch (error) {
      crashes++;
      const name = error instanceof Error ? error.message.slice(0, 60) : String(error);
      crashKinds.set(name, (crashKinds.get(name) ?? 0) + 1);
    }
    if ((i + 1) % 2000 === 0) log(`texts: ${i + 1} of ${TEXTS}`);
  }
  const one = async (query: ReturnType<typeof sql<{ n: number }>>) => (await query.execute(db)).rows[0].n;
  const unrecorded = TEXTS - (await one(sql<{ n: number }>`select count(*)::int as n from inbound_updates where platform = 'fuzz'`));
  const leadsWithoutHistory = await one(
    sql<{ n: number }>`select count(*)::int as n from leads l where not exists (select 1 from lead_history h where h.lead_id = l.id)`,
  );
  const savedWithoutRecord = await one(sql<{ n: number }>`
    select count(*)::int as n from drafts d where d.status = 'saved'
      and not exists (select 1 from leads l where l.id = d.saved_id) and not exists (select 1 from events e where e.id = d.saved_id)`);
  const emptyRawText = await one(sql<{ n: number }>`
    select (select count(*) from leads where raw_text = '') + (select count(*) from events where raw_text = '') + (select count(*) from drafts where raw_text = '')::int as n`);
  row(scenario, 'crashes (handle threw)', crashes, 0);
  for (const [kind, n] of crashKinds) row(scenario, `  crash: ${kind}`, n);
  row(scenario, 'internal errors (answered with a reference)', internalErrors, 0);
  for (const [kind, n] of [...errorKinds].sort((a, b) => b[1] - a[1])) row(scenario, `  internal error: ${kind}`, n);
  row(scenario, 'updates not recorded', unrecorded, 0);
  row(scenario, 'half-written: leads without history', leadsWithoutHistory, 0);
  row(scenario, 'half-written: saved drafts without their record', savedWithoutRecord, 0);
  row(scenario, 'records without the raw text', Number(emptyRawText), 0);
  const made = await one(sql<{ n: number }>`select count(*)::int as n from drafts where member_id = ${memberId}`);
  row(
    scenario,
    'drafts made / leads / events',
    `${made} / ${await one(sql<{ n: number }>`select count(*)::int as n from leads where reporter_id = ${memberId}`)} / ${await one(sql<{ n: number }>`select count(*)::int as n from events where reporter_id = ${memberId}`)}`,
  );
}

// ── main ──────────────────────────────────────────────────────────────────────────────────────

async function scenario(name: string, label: string, run: () => Promise<void>): Promise<void> {
  if (!ONLY.has(name)) return;
  log(`${name}: running`);
  try {
    await run();
  } catch (error) {
    row(label, 'did not finish', error instanceof Error ? error.message.slice(0, 120) : String(error), 0);
  }
}

await onServer((c) => c.query(`create database ${dbName}`));
const handle = await openDatabase({ url: dbUrl, poolSize: 6 });
try {
  await migrateToLatest(handle.db);
  await scenario('kill', 'kill -9 ×10', () => killDuringFanOut(handle.db));
  await scenario('backend', 'backend terminations ×10', () => botUnderDatabaseFault('backend'));
  await scenario('outage', 'database unreachable 10 s', () => botUnderDatabaseFault('outage'));
  await scenario('duplicates', 'duplicates', () => duplicates(handle.db));
  await scenario('texts', 'hostile texts', () => hostileTexts(handle.db));
} finally {
  await handle.close();
  await onServer((c) => c.query(`drop database if exists ${dbName} with (force)`));
}

const failing = rows.filter((r) => r.want !== undefined && r.value !== r.want);
const width = Math.max(...rows.map((r) => r.figure.length));
console.log(`fault suite, ${new Date().toISOString()}, seed ${firstSeed}`);
console.log(`| scenario | figure | value | want |\n| --- | --- | ---: | ---: |`);
for (const r of rows)
  console.log(`| ${r.scenario} | ${r.figure.padEnd(width)} | ${r.value} | ${r.want ?? ''}${r.want !== undefined && r.value !== r.want ? ' ✗' : ''} |`);
console.log(failing.length ? `${failing.length} figure(s) not as they should be` : 'every judged figure as it should be');
process.exitCode = failing.length ? 1 : 0;
