import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleChat } from '../../../src/adapters/console/console-chat.ts';
import { seedDemo } from '../../../src/core/demo-data.ts';
import { useTestDatabase } from '../../support/database.ts';
import { testClock, testCore } from '../../support/chat.ts';

/** Several reports in one message in the terminal chat: buttons are numbered choices. */

const database = useTestDatabase();
let filesDir: string;
beforeAll(() => {
  filesDir = mkdtempSync(join(tmpdir(), 'chamber-bot-console-batches-'));
});
afterAll(() => rmSync(filesDir, { recursive: true, force: true }));

describe('the terminal chat with a weekly paste', () => {
  it('shows one numbered draft per report, and typing the number of save all records them all once', async () => {
    await seedDemo(database.db, 'Asia/Shanghai');
    const count = async (table: 'leads' | 'events') => (await database.db.selectFrom(table).select('id').execute()).length;
    const [leadsBefore, eventsBefore] = [await count('leads'), await count('events')];
    const input = new PassThrough();
    const output = new PassThrough();
    let screen = '';
    output.setEncoding('utf8').on('data', (chunk: string) => (screen += chunk));
    const { core } = testCore(database.db, testClock());
    const chat = createConsoleChat({ core, input, output, role: 'member', interactive: false, filesDir });
    const running = chat.run();
    // A script's lines are messages of their own unless they end with a backslash.
    input.write('本周：\\\n(1)温州鞋业项目已开工，投资3000万元\\\n(2)东莞电子项目洽谈中，投资1亿元\\\n(3)11月20日组织企业赴深圳考察，邀请企业12家\n');
    input.write('1\n1\n');
    input.end();
    await running;
    expect(screen).toMatch(/这条消息里有 3 条上报/);
    expect(screen).toMatch(/\[1\] ✅ 全部保存（3条）\s+\[2\] ✏️ 改第1条/);
    expect(screen).toMatch(/已保存 3 条/);
    expect(screen).toMatch(/已经保存过了/);
    expect(await count('leads')).toBe(leadsBefore + 2);
    expect(await count('events')).toBe(eventsBefore + 1);
  }, 60_000);
});
