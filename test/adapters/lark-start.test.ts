import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLarkAdapter } from '../../src/adapters/lark/index.ts';
import { loadConfig } from '../../src/config.ts';
import { testClock, testCore } from '../support/chat.ts';
import { useTestDatabase } from '../support/database.ts';
import { APP_ID, APP_SECRET, FakeOpenApi, type ScriptedFailure } from './lark/fake-open-api.ts';

/**
 * Issue 10, defect 4 on Lark: a start whose credentials Lark refuses fails (and so the process
 * exits 1, see startBot in src/main.ts); an odd answer from Lark, or from what stands in front of it, does not.
 */

const tdb = useTestDatabase();
const api = new FakeOpenApi();
let apiUrl: string;

beforeAll(async () => {
  apiUrl = await api.start();
});
afterAll(async () => {
  await api.stop();
});
beforeEach(() => api.reset());

async function adapterWith(appSecret: string) {
  const logs: string[] = [];
  const config = loadConfig({
    LARK_APP_ID: APP_ID,
    LARK_APP_SECRET: appSecret,
    LARK_MODE: 'webhook',
    LARK_ENCRYPT_KEY: 'encrypt-key-7Yh3kL9pQ2',
    LARK_DOMAIN: apiUrl,
  });
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) });
  const { core, deps } = testCore(tdb.db, testClock());
  return { adapter: await createLarkAdapter({ config, logger, core, deps }, { sleep: async () => undefined }), logs };
}

const BOT_INFO = 'GET /open-apis/bot/v3/info';

describe('starting on Lark', () => {
  it('fails when Lark refuses the app secret, naming the setting and not the secret', async () => {
    const wrongSecret = 'wrong-app-secret-000000000';
    const { adapter } = await adapterWith(wrongSecret);
    const failure = await adapter.start().then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failure?.message).toMatch(/lark refused the app's credentials \(LARK_APP_ID, LARK_APP_SECRET\)/);
    expect(failure?.message).not.toContain(wrongSecret);
  });

  const odd: Record<string, ScriptedFailure['body']> = {
    'an HTML page': '<html><body>502 Bad Gateway</body></html>',
    'an empty body': '',
    'JSON without a code': { msg: 'upstream gone' } as ScriptedFailure['body'],
  };
  it.each(Object.entries(odd))('starts when bot/v3/info answers %s, and says it does not know itself', async (_shape, body) => {
    api.failNext({ route: BOT_INFO, status: 502, body });
    const { adapter, logs } = await adapterWith(APP_SECRET);
    await expect(adapter.start()).resolves.toBeUndefined();
    expect(logs.join('')).toMatch(/lark bot identity unknown/);
    expect(api.callsTo(BOT_INFO).length).toBeGreaterThanOrEqual(1);
  });
});
