import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/index.ts';
import { createPgSchema, type PgSchema } from '../support/pg-schema.ts';
import { FakeBotApi } from './telegram/fake-bot-api.ts';
import { TgUser, TOKEN } from './telegram/harness.ts';

/**
 * Issue 10, defect 3: PostgreSQL backends terminated mid-traffic (a failover, an operator's
 * pg_terminate_backend, an idle-session timeout). The bot runs in a child process polling the fake
 * Bot API; the test kills that process's backends again and again while 150 people write to it.
 * A lost connection may cost the updates in flight, which polling fetches again; it must never
 * take the process down, lose an update or answer one twice.
 */

const DB_URL = process.env.DATABASE_URL;
const PEOPLE = 150;

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

  beforeAll(async () => {
    schema = await createPgSchema(DB_URL!, 'drop');
    api = await FakeBotApi.start(TOKEN);
    admin = new pg.Client({ connectionString: DB_URL });
    await admin.connect();
  });

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await admin?.end();
    await api?.close();
    await schema?.drop();
  });

  it('keeps the process alive and answers every update exactly once', async () => {
    const applicationName = `drop_${randomBytes(4).toString('hex')}`;
    const script = fileURLToPath(new URL('./telegram/polling-child.ts', import.meta.url));
    const bot = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, DATABASE_URL: withApplicationName(DB_URL!, applicationName), PG_SCHEMA: schema.schema, API_ROOT: api.apiRoot, TOKEN },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child = bot;
    await new Promise<void>((resolve, reject) => {
      bot.stdout!.once('data', () => resolve());
      bot.once('exit', (code) => reject(new Error(`the bot exited (${code}) before it started`)));
    });
    const alive = () => bot.exitCode === null && bot.signalCode === null;

    const people = Array.from({ length: PEOPLE }, (_, i) => new TgUser(910_000 + i, `person${i}`));
    for (const person of people) api.queueUpdate(person.says('你好'));

    const answered = () => new Set(api.callsOf('sendMessage').filter((c) => c.result).map((c) => Number(c.payload.chat_id))).size;
    let terminated = 0;
    const deadline = Date.now() + 90_000;
    while (alive() && answered() < PEOPLE && Date.now() < deadline) {
      // Half the traffic under fire, then let the rest through on the replaced connections.
      if (answered() < PEOPLE / 2 || terminated < 6) {
        const { rows } = await admin.query<{ killed: boolean }>(
          'select pg_terminate_backend(pid) as killed from pg_stat_activity where application_name = $1',
          [applicationName],
        );
        terminated += rows.filter((r) => r.killed).length;
      }
      await new Promise((r) => setTimeout(r, 15));
    }

    expect(alive()).toBe(true);
    expect(terminated).toBeGreaterThanOrEqual(6);
    const perChat = new Map<number, string[]>();
    for (const call of api.callsOf('sendMessage').filter((c) => c.result)) {
      const chat = Number(call.payload.chat_id);
      perChat.set(chat, [...(perChat.get(chat) ?? []), String(call.payload.text)]);
    }
    const unanswered = people.filter((p) => !perChat.has(p.user.id)).length;
    const answeredTwice = [...perChat.values()].filter((texts) => texts.length > 1).length;
    // An update cut off by a lost connection is tried again, not recorded as an apology.
    const apologies = [...perChat.values()].flat().filter((text) => text !== translate('zh-CN', 'error.notJoined')).length;
    expect({ unanswered, answeredTwice, apologies }).toEqual({ unanswered: 0, answeredTwice: 0, apologies: 0 });
  }, 120_000);
});
