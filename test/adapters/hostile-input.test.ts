import { request } from 'node:http';
import { PassThrough } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { testClock, testCore } from '../support/chat.ts';
import { addChamber, createInvite } from '../../src/core/admin.ts';
import { seedDemo } from '../../src/core/demo-data.ts';
import type { Role } from '../../src/domain/permissions.ts';
import { translate } from '../../src/i18n/index.ts';
import { runConsoleChat } from '../../src/adapters/console/console-chat.ts';
import { webhookRoute } from '../../src/adapters/telegram/webhook.ts';
import { createHttpServer, listen } from '../../src/server/http.ts';
import type { ShownMessage } from './telegram/fake-bot-api.ts';
import { LogCapture, SECRET, TelegramHarness, TgUser, TOKEN } from './telegram/harness.ts';

/**
 * Issue 10, the rest of defect 9: what hostile or broken clients send. Through the real Telegram
 * adapter (real grammY, fake Bot API over HTTP, the real HTTP server) and the real database.
 */

const tdb = useTestDatabase();
const clock = testClock();
let tg: TelegramHarness | undefined;
let server: Server | undefined;

afterEach(async () => {
  await tg?.stop();
  tg = undefined;
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

const APOLOGY = /出了问题/;
const LEAD_REPORT = '已签约：成都天府物流园项目，总投资12.8亿元，已到位资金3亿元，预计带动就业800人';

async function start(): Promise<TelegramHarness> {
  tg = await TelegramHarness.start({ core: testCore(tdb.db, clock).core });
  return tg;
}

async function joined(t: TelegramHarness, user: TgUser, role: Role): Promise<TgUser> {
  if (!(await tdb.db.selectFrom('chambers').select('id').where('name', '=', '成都商會').executeTakeFirst())) await addChamber(tdb.db, '成都商會');
  const { code } = await createInvite(tdb.db, { chamber: '成都商會', role, now: clock.now(), days: 30 });
  const { text } = await t.say(user, `/join ${code}`);
  expect(text).toMatch(/欢迎加入成都商会/);
  return user;
}

async function draftOf(t: TelegramHarness, user: TgUser, report: string): Promise<ShownMessage> {
  const { text, sent } = await t.say(user, report);
  expect(text).not.toMatch(APOLOGY);
  const draft = sent.find((m) => m.buttons.length > 0);
  expect(draft, `a draft with buttons, not: ${text}`).toBeDefined();
  return draft!;
}

describe('a NUL byte in a message', () => {
  it('is dropped: the report is read and saved, with what the user typed around it', async () => {
    const t = await start();
    const nul = await joined(t, new TgUser(7101, 'Nu\u0000ll'), 'member');
    const draft = await draftOf(t, nul, `已签约：成都天府\u0000物流园项目，总投资12.8亿元\u0000，预计带动就业800人`);
    const { status, sent, edited } = await t.deliver(nul.presses(draft, '保存'));
    expect(status).toBe(200);
    expect([...sent, ...edited].map((m) => m.text).join('\n')).not.toMatch(APOLOGY);
    const leads = await tdb.db.selectFrom('leads').select(['raw_text', 'investment_yuan']).execute();
    expect(leads).toHaveLength(1);
    expect(leads[0].raw_text).toContain('成都天府物流园项目');
    expect(leads[0].raw_text).not.toContain('\u0000');
    expect(leads[0].investment_yuan).toBe(1_280_000_000);
    const member = await tdb.db.selectFrom('members').select('display_name').executeTakeFirstOrThrow();
    expect(member.display_name).toBe('Null');
  });
});

describe('forged button data', () => {
  it('is answered "no longer valid" or "not found", never with the apology for a bug', async () => {
    const t = await start();
    const boss = await joined(t, new TgUser(7201, 'Boss'), 'secretary');
    const draft = await draftOf(t, boss, LEAD_REPORT);
    await t.deliver(boss.presses(draft, '保存'));
    const lead = await tdb.db.selectFrom('leads').select('id').executeTakeFirstOrThrow();

    const forged = [
      'l:show:abc',
      'l:show:99999999999',
      'l:show:-1',
      'l:show:1e3',
      `l:stage:${lead.id}:nonsense`,
      'l:stage:abc:signed',
      'd:save:99999999999',
      'd:save:abc',
      'd:edit:',
      'd:cancel:2147483648',
      'c:save:99999999999',
      'c:cancel:abc',
      'r:v:99999999999',
      'r:f:abc',
      `r:to:${lead.id}:abc`,
      `r:to:${lead.id}:99999999999`,
      'zz:top:1',
      'l',
      ':::',
    ];
    const stale = translate('zh-CN', 'error.staleButton');
    for (const data of forged) {
      const { status, sent, edited } = await t.deliver(boss.pressesData(draft, data));
      const answers = [...sent, ...edited].map((m) => m.text);
      expect(status, data).toBe(200);
      expect(answers.join('\n'), data).not.toMatch(APOLOGY);
      expect(answers.length, data).toBeGreaterThan(0);
      expect(
        answers.every((text) => text === stale || /找不到编号为/.test(text)),
        `${data}: ${answers.join(' | ')}`,
      ).toBe(true);
    }
    // The same ids typed in a command.
    const { text } = await t.say(boss, `/assign ${lead.id} #99999999999`);
    expect(text).not.toMatch(APOLOGY);
    expect(text).not.toBe('');
  });
});

describe('control characters in stored text, in the terminal chat', () => {
  it('are shown as symbols, not obeyed by the terminal', async () => {
    const filesDir = mkdtempSync(join(tmpdir(), 'chamber-bot-console-'));
    try {
      await seedDemo(tdb.db, 'Asia/Shanghai');
      // What a member typed on another platform, where an escape sequence is only text.
      const hostile = '成都\u001b[2J\u001b]0;pwned\u0007天府\r物流园\u009b31m项目';
      const lead = await tdb.db.updateTable('leads').set({ project: hostile }).where('id', '=', 1).returning('id').executeTakeFirstOrThrow();
      const { core } = testCore(tdb.db, clock);
      const input = new PassThrough();
      const output = new PassThrough();
      let shown = '';
      output.setEncoding('utf8').on('data', (chunk: string) => (shown += chunk));
      const chat = runConsoleChat({ core, input, output, role: 'official', interactive: false, filesDir });
      input.end(`/show ${lead.id}\n`);
      await chat;
      expect(shown).toContain('成都␛[2J␛]0;pwned␇天府␍物流园\\u009b31m项目');
      expect(shown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    } finally {
      rmSync(filesDir, { recursive: true, force: true });
    }
  });
});

describe('the Telegram webhook against strangers', () => {
  let now = 0;
  const handled: Update[] = [];

  async function serve(logs: LogCapture): Promise<number> {
    const route = webhookRoute({ secret: SECRET, logger: logs.logger, token: TOKEN, handle: async (u) => void handled.push(u), now: () => now });
    server = createHttpServer([route], logs.logger, async () => true);
    return listen(server, 0, '127.0.0.1');
  }

  /** Sends the headers and a first few bytes of a body announced as `length` bytes, then waits for an answer. */
  function postPartly(port: number, headers: Record<string, string>, length: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/telegram/webhook',
        headers: { 'content-type': 'application/json', 'content-length': String(length), ...headers },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.write('{"update_id": 1, "message": ');
    });
  }

  it('refuses a request without the secret before reading its body', async () => {
    const port = await serve(new LogCapture());
    // The body never comes: an answer proves the server did not wait for it.
    expect(await postPartly(port, { 'x-telegram-bot-api-secret-token': 'wrong' }, 1024 * 1024)).toBe(401);
    expect(await postPartly(port, {}, 1024 * 1024)).toBe(401);
    expect(handled).toEqual([]);
  });

  it('refuses a body too large for an update before reading it', async () => {
    const port = await serve(new LogCapture());
    expect(await postPartly(port, { 'x-telegram-bot-api-secret-token': SECRET }, 10 * 1024 * 1024)).toBe(413);
    expect(handled).toEqual([]);
  });

  it('logs refused requests at most once a minute, with how many were left out', async () => {
    const logs = new LogCapture();
    const port = await serve(logs);
    const post = (secret: string) =>
      fetch(`http://127.0.0.1:${port}/telegram/webhook`, { method: 'POST', headers: { 'x-telegram-bot-api-secret-token': secret }, body: '{}' }).then(
        (r) => r.status,
      );
    for (let i = 0; i < 50; i++) expect(await post(`guess-${i}`)).toBe(401);
    const refusals = () => logs.lines.filter((l) => l.includes('webhook request without the secret')).map((l) => JSON.parse(l) as { leftOut: number });
    expect(refusals()).toEqual([expect.objectContaining({ leftOut: 0 })]);
    now += 61_000;
    expect(await post('again')).toBe(401);
    expect(refusals()).toEqual([expect.objectContaining({ leftOut: 0 }), expect.objectContaining({ leftOut: 49 })]);
  });
});
