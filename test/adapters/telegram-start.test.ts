import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { useTestDatabase } from '../support/database.ts';
import { testCore } from '../support/chat.ts';
import { FakeBotApi, type RawAnswer } from './telegram/fake-bot-api.ts';
import { eventually, LogCapture, TelegramHarness, TgUser, TOKEN, SECRET, WEBHOOK_URL } from './telegram/harness.ts';

/**
 * Issue 10, defect 4: whatever shape an error from the Bot API (or from whatever answers in its
 * place) takes, the adapter's warnings survive it and the bot starts; a start that fails for real
 * ends the process with a non-zero code, so a supervisor starts it again.
 */

const tdb = useTestDatabase();
let tg: TelegramHarness | undefined;

afterEach(async () => {
  await tg?.stop();
  tg = undefined;
});

/** Answers Telegram never gives but a proxy, a load balancer or a broken server may. */
const UNUSUAL_ANSWERS: Record<string, RawAnswer> = {
  'an error without a description': { status: 400, body: JSON.stringify({ ok: false, error_code: 400 }), contentType: 'application/json' },
  'an error without a code or a description': { status: 400, body: JSON.stringify({ ok: false }), contentType: 'application/json' },
  'an error whose parameters are null': {
    status: 400,
    body: JSON.stringify({ ok: false, error_code: 400, parameters: null }),
    contentType: 'application/json',
  },
  'an HTML page': { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
  'an empty body': { status: 500, body: '' },
  'a bare string': { status: 500, body: '"upstream gone"', contentType: 'application/json' },
};

describe('a start that meets an unusual error', () => {
  it.each(Object.entries(UNUSUAL_ANSWERS))('starts when the menu and deleteWebhook get %s, and answers', async (_shape, answer) => {
    const logs = new LogCapture();
    tg = await TelegramHarness.start({
      core: testCore(tdb.db).core,
      mode: 'polling',
      logs,
      beforeStart(api) {
        api.answerNextRaw('setMyCommands', answer, 3);
        api.answerNextRaw('deleteWebhook', answer);
      },
    });
    expect(logs.text).toMatch(/command menu \(default\) not set/);
    expect(logs.text).toMatch(/deleteWebhook failed/);
    tg.api.queueUpdate(new TgUser(8101, 'Nora').says('/start'));
    expect((await eventually(() => tg!.api.chat(8101)[0])).text).toMatch(/您好，Nora/);
  });

  it.each(Object.entries(UNUSUAL_ANSWERS))('reports a push that gets %s as failed, without throwing', async (_shape, answer) => {
    tg = await TelegramHarness.start({ core: testCore(tdb.db).core });
    tg.api.answerNextRaw('sendMessage', answer);
    const result = await tg.adapter.push('8102', { text: '本周项目' });
    expect(result).toMatchObject({ ok: false, reason: 'error' });
    expect(tg.logs.text).toMatch(/push failed/);
  });
});

/** A port nobody listens on, for the bot's HTTP server. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** `chamber-bot start` as an operator runs it; its exit code, or 'still running' when it did not exit in time. */
async function runStart(env: NodeJS.ProcessEnv, dataDir: string): Promise<{ code: number | 'still running'; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'never', LOG_LEVEL: 'info', PORT: String(await freePort()), ...env };
  delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], { env: childEnv, cwd: process.cwd(), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | 'still running'>((resolve) => {
    // Long enough for the embedded database to open on a busy machine; a silent process never exits.
    const timer = setTimeout(() => resolve('still running'), 120_000);
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode ?? -1);
    });
  });
  if (code === 'still running') child.kill('SIGKILL');
  return { code, stderr };
}

describe('a start that fails for real', () => {
  let api: FakeBotApi;
  let dataDir: string;
  beforeAll(async () => {
    api = await FakeBotApi.start(TOKEN);
    dataDir = mkdtempSync(join(tmpdir(), 'chamber-bot-start-'));
    // The embedded database is created once here (the slow part), so each start only opens it.
    expect((await runCli(dataDir, ['migrate'])).code).toBe(0);
  }, 180_000);
  afterAll(async () => {
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits 1 when Telegram refuses the token, saying why without the token', async () => {
    const wrongToken = '7000000001:AAWrongTokenForTests_refused-by-getMe';
    const { code, stderr } = await runStart({ TELEGRAM_BOT_TOKEN: wrongToken, TELEGRAM_MODE: 'polling', TELEGRAM_API_ROOT: api.apiRoot }, dataDir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/start failed/);
    expect(stderr).toMatch(/getMe failed: getMe 401: Unauthorized/);
    expect(stderr).not.toContain('AAWrongTokenForTests');
  }, 150_000);

  it('exits 1 when Telegram refuses the webhook', async () => {
    api.failNext('setWebhook', { error_code: 400, description: 'Bad Request: bad webhook: Failed to resolve host' });
    const { code, stderr } = await runStart(
      {
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_MODE: 'webhook',
        TELEGRAM_WEBHOOK_URL: WEBHOOK_URL,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        TELEGRAM_API_ROOT: api.apiRoot,
      },
      dataDir,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/setWebhook failed: setWebhook 400: Bad Request: bad webhook/);
  }, 150_000);
});
