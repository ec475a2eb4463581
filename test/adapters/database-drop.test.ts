import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Update } from 'grammy/types';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/index.ts';
import { createPgSchema, type PgSchema } from '../support/pg-schema.ts';
import { FakeBotApi } from './telegram/fake-bot-api.ts';
import { SECRET, TgUser, TOKEN } from './telegram/harness.ts';

/**
 * Issue 10, defect 3: PostgreSQL backends terminated mid-traffic (a failover, an operator's
 * pg_terminate_backend, an idle-session timeout). The bot runs in a child process on the fake
 * Bot API; the test kills that process's backends again and again while 150 people write to it.
 * A lost connection may cost the updates in flight, which come again (polling does not move past
 * them, the webhook answers non-2xx so Telegram redelivers); it must never take the process down,
 * lose an update, answer one twice or answer it with the apology for a bug.
 */

const DB_URL = process.env.DATABASE_URL;
const PEOPLE = 150;
const MIN_TERMINATIONS = 6;
/** Enough to hit clients idle, mid-query and between the queries of a transaction, many times over. */
const MAX_TERMINATIONS = 40;

function withApplicationName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('application_name', name);
  return parsed.toString();
}

describe.skipIf(!DB_URL)('backends terminated mid-traffic on PostgreSQL (needs DATABASE_URL)', () => {
  let schema: PgSchema;
  let api: FakeBotApi;
  let admin: pg.Client;
  let child: ChildProcess | undefined;
  let applicationName: string;

  beforeAll(async () => {
    schema = await createPgSchema(DB_URL!, 'drop');
    admin = new pg.Client({ connectionString: DB_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await schema?.drop();
  });
  beforeEach(async () => {
    api = await FakeBotApi.start(TOKEN);
    applicationName = `drop_${randomBytes(4).toString('hex')}`;
  });
  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    child = undefined;
    await api.close();
  });

  /** Starts the bot in its own process; resolves with the port it serves (webhook mode) once it runs. */
  async function startBot(mode: 'polling' | 'webhook'): Promise<number> {
    const script = fileURLToPath(new URL('./telegram/bot-child.ts', import.meta.url));
    const bot = spawn(process.execPath, ['--import', 'tsx', script], {
      env: {
        ...process.env,
        DATABASE_URL: withApplicationName(DB_URL!, applicationName),
        PG_SCHEMA: schema.schema,
        API_ROOT: api.apiRoot,
        TOKEN,
        SECRET,
        MODE: mode,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child = bot;
    return new Promise<number>((resolve, reject) => {
      bot.stdout!.once('data', (line: Buffer) => resolve(Number(/started (\d+)/.exec(String(line))?.[1])));
      bot.once('exit', (code) => reject(new Error(`the bot exited (${code}) before it started`)));
    });
  }

  const alive = () => child !== undefined && child.exitCode === null && child.signalCode === null;

  /** Terminates the bot's backends every few milliseconds while `traffic` runs (up to MAX_TERMINATIONS); returns how many. */
  async function underFire(traffic: Promise<unknown>): Promise<number> {
    let done = false;
    void traffic.finally(() => (done = true));
    let terminated = 0;
    while (!done && alive() && terminated < MAX_TERMINATIONS) {
      const { rows } = await admin.query<{ killed: boolean }>('select pg_terminate_backend(pid) as killed from pg_stat_activity where application_name = $1', [
        applicationName,
      ]);
      terminated += rows.filter((r) => r.killed).length;
      await new Promise((r) => setTimeout(r, 15));
    }
    await traffic;
    return terminated;
  }

  /** Until `check` passes, the bot dies, or a minute and a half passes. */
  async function until(check: () => boolean): Promise<void> {
    const deadline = Date.now() + 90_000;
    while (!check() && alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  }

  /** What each person got: one answer, the "join first" the core gives strangers. */
  function outcome(people: TgUser[]) {
    const perChat = new Map<number, string[]>();
    for (const call of api.callsOf('sendMessage').filter((c) => c.result)) {
      const chat = Number(call.payload.chat_id);
      perChat.set(chat, [...(perChat.get(chat) ?? []), String(call.payload.text)]);
    }
    return {
      unanswered: people.filter((p) => !perChat.has(p.user.id)).length,
      answeredTwice: [...perChat.values()].filter((texts) => texts.length > 1).length,
      // An update cut off by a lost connection is tried again, not recorded with an apology.
      apologies: [...perChat.values()].flat().filter((text) => text !== translate('zh-CN', 'error.notJoined')).length,
    };
  }

  const answeredChats = () =>
    new Set(
      api
        .callsOf('sendMessage')
        .filter((c) => c.result)
        .map((c) => Number(c.payload.chat_id)),
    ).size;

  it('polling: keeps the process alive and answers every update exactly once', async () => {
    await startBot('polling');
    const people = Array.from({ length: PEOPLE }, (_, i) => new TgUser(910_000 + i, `person${i}`));
    for (const person of people) api.queueUpdate(person.says('你好'));

    // Fire until half are answered (and at least a few backends went), then let the rest through.
    const terminated = await underFire(until(() => answeredChats() >= PEOPLE / 2));
    await until(() => answeredChats() >= PEOPLE);

    expect(alive()).toBe(true);
    expect(terminated).toBeGreaterThanOrEqual(MIN_TERMINATIONS);
    expect(outcome(people)).toEqual({ unanswered: 0, answeredTwice: 0, apologies: 0 });
  }, 120_000);

  it('webhook: answers non-2xx for what it could not handle, and handles each redelivery once', async () => {
    const port = await startBot('webhook');
    const people = Array.from({ length: PEOPLE }, (_, i) => new TgUser(920_000 + i, `person${i}`));
    let refusals = 0;
    /** Telegram's side: POST the update until it is acknowledged with a 2xx. */
    const deliver = async (update: Update): Promise<void> => {
      for (;;) {
        const status = await fetch(`http://127.0.0.1:${port}/telegram/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
          body: JSON.stringify(update),
        }).then(
          (r) => r.status,
          () => 0,
        );
        if (status >= 200 && status < 300) return;
        refusals += 1;
        if (!alive()) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    // Eight connections at a time, as Telegram opens several (max_connections).
    const queue = people.map((p) => p.says('你好'));
    const lanes = Array.from({ length: 8 }, async () => {
      for (let update = queue.shift(); update; update = queue.shift()) await deliver(update);
    });
    const terminated = await underFire(Promise.all(lanes));

    expect(alive()).toBe(true);
    expect(terminated).toBeGreaterThanOrEqual(MIN_TERMINATIONS);
    expect(refusals).toBeGreaterThan(0);
    expect(outcome(people)).toEqual({ unanswered: 0, answeredTwice: 0, apologies: 0 });
  }, 120_000);
});
