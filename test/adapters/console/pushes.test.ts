import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleChat, type ConsoleChat } from '../../../src/adapters/console/console-chat.ts';
import { seedDemo } from '../../../src/core/demo-data.ts';
import { remindersJob } from '../../../src/jobs/reminders.ts';
import { enqueue, PRIORITY } from '../../../src/outbox/queue.ts';
import { OutboxSender } from '../../../src/outbox/sender.ts';
import { useTestDatabase } from '../../support/database.ts';
import { testClock, testCore } from '../../support/chat.ts';
import { jobCtx, silent } from '../../jobs/helpers.ts';

/** The terminal chat as a person sees it: what they type goes in, everything written comes back. */
class Terminal {
  readonly input = new PassThrough();
  readonly output = new PassThrough();
  text = '';
  constructor() {
    this.output.setEncoding('utf8').on('data', (chunk: string) => (this.text += chunk));
  }
  type(line: string) {
    this.input.write(`${line}\n`);
  }
  /** Waits until the screen shows `what` after position `from` and returns what came after `from`. */
  async shows(what: string | RegExp, from = 0): Promise<string> {
    for (let i = 0; i < 400; i++) {
      const shown = this.text.slice(from);
      if (typeof what === 'string' ? shown.includes(what) : what.test(shown)) return shown;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`the terminal never showed ${what}; it shows:\n${this.text.slice(from)}`);
  }
}

const database = useTestDatabase();
let filesDir: string;
beforeAll(() => {
  filesDir = mkdtempSync(join(tmpdir(), 'chamber-bot-console-'));
});
afterAll(() => rmSync(filesDir, { recursive: true, force: true }));

async function consoleWithSender(terminal: Terminal, clock = testClock()): Promise<{ chat: ConsoleChat; sender: OutboxSender; running: Promise<void> }> {
  const { core } = testCore(database.db, clock);
  const chat = createConsoleChat({ core, input: terminal.input, output: terminal.output, role: 'member', interactive: false, filesDir });
  const sender = new OutboxSender({ db: database.db, adapters: [chat.adapter], logger: silent, idlePollMs: 20 });
  sender.start();
  return { chat, sender, running: chat.run() };
}

async function consoleRows(): Promise<Record<string, number>> {
  const rows = await database.db.selectFrom('outbox').select(['status']).where('platform', '=', 'console').execute();
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.status] = (counts[row.status] ?? 0) + 1;
  return counts;
}

describe('the terminal chat shows what the bot pushes', () => {
  it('keeps the morning reminder for the demo secretary until /as secretary, and its buttons work by number', async () => {
    const clock = testClock();
    await seedDemo(database.db, 'Asia/Shanghai', clock.now());
    const outcome = await remindersJob.run(jobCtx(database.db, clock.now), '2026-11-29');
    expect(outcome).toMatchObject({ messages: expect.any(Number) });
    expect((outcome as { messages: number }).messages).toBeGreaterThan(0);

    const terminal = new Terminal();
    const { sender, running } = await consoleWithSender(terminal, clock);
    expect(await sender.drain(20_000)).toBe(true);
    // Sent to the terminal, while the member is at the keyboard: nothing of the secretary's shows yet.
    expect(await consoleRows()).not.toHaveProperty('pending');
    expect(terminal.text).not.toContain('今日跟进提醒');

    terminal.type('/as secretary');
    const screen = await terminal.shows(/\[1\] #\d+ 已跟进/);
    expect(screen).toContain('→ 李秘書長 (secretary)');
    expect(screen).toMatch(/您不在时，有 1 条消息发给了 李秘書長：\n【今日跟进提醒】成都商会：\d+ 条线索需要处理/);
    const leadId = /\[1\] #(\d+) 已跟进/.exec(screen)![1];

    const followedBefore = await database.db.selectFrom('follow_ups').select('lead_id').where('lead_id', '=', Number(leadId)).execute();
    const before = terminal.text.length;
    terminal.type('1');
    const answer = await terminal.shows('已记录', before);
    expect(answer).toContain(`已记录 #${leadId}`);
    const followUps = await database.db.selectFrom('follow_ups').select('lead_id').where('lead_id', '=', Number(leadId)).execute();
    expect(followUps).toHaveLength(followedBefore.length + 1);
    expect(await consoleRows()).toEqual({ sent: expect.any(Number) });

    terminal.input.end();
    await running;
    await sender.stop();
  }, 60_000);

  it('shows a push to the user at the keyboard as it is sent, and at the end what nobody switched to', async () => {
    await seedDemo(database.db, 'Asia/Shanghai');
    const members = await database.db
      .selectFrom('identities')
      .select(['member_id', 'platform_user_id'])
      .where('platform', '=', 'console')
      .where('platform_user_id', 'in', ['demo-member', 'demo-official'])
      .execute();
    const push = (userId: string, text: string) => {
      const member = members.find((m) => m.platform_user_id === userId)!;
      return database.db.transaction().execute((trx) =>
        enqueue(trx, [
          {
            job: 'reassign',
            period: text,
            recipient: { kind: 'member', memberId: member.member_id, chamberId: null, platform: 'console', chatId: userId },
            outbound: { text },
            priority: PRIORITY.notice,
          },
        ]),
      );
    };
    const terminal = new Terminal();
    const { sender, running } = await consoleWithSender(terminal);
    terminal.type('/help');
    await terminal.shows('/lead');
    await push('demo-member', '线索 #7 已转交给您跟进');
    expect(await terminal.shows('── 推送给 張會員 ──\n线索 #7 已转交给您跟进')).toBeTruthy();
    await push('demo-official', '本月汇总已生成');
    expect(await sender.drain(20_000)).toBe(true);
    expect(terminal.text).not.toContain('本月汇总已生成');
    terminal.input.end();
    await running;
    expect(terminal.text).toContain('您不在时，有 1 条消息发给了 王科長：\n本月汇总已生成');
    await sender.stop();
  }, 60_000);
});

describe('the terminal chat at the keyboard', () => {
  it('answers a report pasted over three lines once, with one draft', async () => {
    await seedDemo(database.db, 'Asia/Shanghai');
    const terminal = new Terminal();
    const { core } = testCore(database.db);
    const chat = createConsoleChat({ core, input: terminal.input, output: terminal.output, role: 'member', interactive: true, filesDir });
    const running = chat.run();
    terminal.input.write('成都天府物流园项目已签约\n总投资12.8亿元\n预计带动就业800人\n');
    const screen = await terminal.shows('[3] ✖️ 取消');
    terminal.input.end();
    await running;
    expect(screen.match(/\[1\] ✅ 保存/g)).toHaveLength(1);
    expect(screen).toContain('总投资：12.80亿元\n就业：800 人');
  }, 60_000);
});
