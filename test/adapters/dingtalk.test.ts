import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDingTalkAdapter, type DingTalkAdapter } from '../../src/adapters/dingtalk/index.ts';
import { addChamber, createInvite } from '../../src/core/admin.ts';
import { DatabaseUnavailableError, type Core } from '../../src/core/conversation.ts';
import { loadConfig } from '../../src/config.ts';
import { digestJob } from '../../src/jobs/digest.ts';
import { runPeriod } from '../../src/jobs/runs.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { testClock, testCore } from '../support/chat.ts';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { jobCtx, silent } from '../jobs/helpers.ts';
import { CLIENT_ID, CLIENT_SECRET, FakeDingTalk, ROBOT_CODE, type SentRobotMessage } from './dingtalk/fake-dingtalk.ts';

const ALICE = 'staff-alice-001';
const BOB = 'staff-bob-002';
const GROUP = 'cidGroupChengdu0000000000==';
const REPORT = '项目：天府物流园，拟投资3亿元';

let database: TestDatabase;
const dingtalk = new FakeDingTalk();

beforeAll(async () => {
  [database] = await Promise.all([openTestDatabase(), dingtalk.start()]);
});
afterAll(async () => {
  await dingtalk.stop();
  await database?.close();
});

interface Harness {
  adapter: DingTalkAdapter;
  logs: string[];
  clock: ReturnType<typeof testClock>;
}
const running: Harness[] = [];

beforeEach(async () => {
  await database.reset();
  dingtalk.reset();
});
afterEach(async () => {
  for (const h of running.splice(0)) await h.adapter.stop();
  dingtalk.dropStream();
});

/** The bot with the real dingtalk-stream SDK connected to the fake DingTalk. */
async function startBot(wrapCore: (core: Core) => Core = (core) => core): Promise<Harness> {
  const clock = testClock();
  const config = loadConfig({
    DINGTALK_CLIENT_ID: CLIENT_ID,
    DINGTALK_CLIENT_SECRET: CLIENT_SECRET,
    DINGTALK_ROBOT_CODE: ROBOT_CODE,
    DINGTALK_API_URL: dingtalk.url,
  });
  const logs: string[] = [];
  // A raw pino, without the scrubber createLogger adds: the adapter itself must not log secrets.
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) });
  const { core } = testCore(database.db, clock);
  const adapter = await createDingTalkAdapter({ config, logger, core: wrapCore(core) }, { sleep: async () => {} });
  const streams = dingtalk.openStreams;
  await adapter.start();
  await dingtalk.waitForStreams(streams + 1);
  const h = { adapter, logs, clock };
  running.push(h);
  return h;
}

let nextMsg = 1;
interface Say {
  from: string;
  text?: string;
  group?: string;
  msgId?: string;
  robotCode?: string;
  msgtype?: string;
}

/** A robot message as DingTalk sends it. */
function robotMessage(spec: Say): Record<string, unknown> {
  return {
    msgId: spec.msgId ?? `msg${nextMsg++}`,
    msgtype: spec.msgtype ?? 'text',
    text: { content: spec.text ?? '' },
    conversationType: spec.group ? '2' : '1',
    conversationId: spec.group ?? `cidPrivate-${spec.from}`,
    ...(spec.group ? { conversationTitle: '成都商会招商群', isInAtList: true } : {}),
    senderStaffId: spec.from,
    senderId: `$:LWCP_v1:$${spec.from}`,
    senderNick: spec.from === ALICE ? '王丽' : '李博',
    robotCode: spec.robotCode ?? ROBOT_CODE,
    chatbotUserId: '$:LWCP_v1:$robot',
    createAt: Date.now(),
    sessionWebhook: 'https://oapi.dingtalk.com/robot/sendBySession?session=x',
    sessionWebhookExpiredTime: Date.now() + 3600_000,
  };
}

/** A robot message as DingTalk delivers it, handled to the end (replies sent); resolves with the ack. */
async function say(h: Harness, spec: Say): Promise<unknown> {
  const ack = await dingtalk.deliver(robotMessage(spec));
  await h.adapter.idle();
  return ack;
}

const textOf = (m: SentRobotMessage) => m.msgParam.content ?? m.msgParam.text ?? '';

/** The button of a robot message whose label holds `label`, as the text it makes DingTalk send. */
function pressed(m: SentRobotMessage, label: string): string {
  const p = m.msgParam;
  const index = Object.entries(p).find(([k, v]) => /^(actionTitle\d|singleTitle)$/.test(k) && v.includes(label))?.[0];
  const url = index === 'singleTitle' ? p.singleURL : index ? p[`actionURL${index.slice(-1)}`] : undefined;
  if (!url) throw new Error(`no button ${label} in ${JSON.stringify(p)}`);
  expect(url).toMatch(/^dtmd:\/\/dingtalkclient\/sendMessage\?content=/);
  return decodeURIComponent(url.slice(url.indexOf('content=') + 'content='.length));
}

async function join(h: Harness, staffId: string, role: 'member' | 'secretary' = 'member') {
  const existing = await database.db.selectFrom('chambers').select('id').where('name', '=', '成都商會').executeTakeFirst();
  if (!existing) await addChamber(database.db, '成都商會');
  const { code } = await createInvite(database.db, { chamber: '成都商會', role, now: h.clock.now() });
  await say(h, { from: staffId, text: `/join ${code}` });
  expect(textOf(dingtalk.sentTo(staffId).at(-1)!)).toMatch(/欢迎/);
}

async function leadCount(): Promise<number> {
  const row = await database.db
    .selectFrom('leads')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('DingTalk through the real Stream SDK', () => {
  it('connects through the gateway for robot messages, and a member joins, reports and taps Save', async () => {
    const h = await startBot();
    expect(dingtalk.connections.at(-1)!.subscriptions).toContainEqual({ type: 'CALLBACK', topic: '/v1.0/im/bot/messages/get' });
    await join(h, ALICE);
    expect(await say(h, { from: ALICE, text: REPORT })).not.toBe('no ack');

    const card = dingtalk.sentTo(ALICE).at(-1)!;
    expect(card.msgKey).toBe('sampleActionCard3');
    expect(card.msgParam.text).toContain('天府物流园');
    expect([card.msgParam.actionTitle1, card.msgParam.actionTitle2, card.msgParam.actionTitle3]).toEqual([
      expect.stringContaining('保存'),
      expect.stringContaining('修改'),
      expect.stringContaining('取消'),
    ]);
    expect(await leadCount()).toBe(0);

    await say(h, { from: ALICE, text: pressed(card, '保存') });
    expect(textOf(dingtalk.sentTo(ALICE).at(-1)!)).toMatch(/已保存为线索 #1/);
    expect(await leadCount()).toBe(1);
    const member = await database.db.selectFrom('members').select('display_name').executeTakeFirstOrThrow();
    expect(member.display_name).toBe('王丽');
    // The token went in a header, never into the logs.
    expect(dingtalk.tokens.length).toBeGreaterThan(0);
    for (const secret of [...dingtalk.tokens, CLIENT_SECRET]) expect(h.logs.join('\n')).not.toContain(secret);
  });

  it('answers a message DingTalk delivers twice once, and acknowledges both', async () => {
    const h = await startBot();
    await join(h, ALICE);
    const before = dingtalk.sentTo(ALICE).length;
    expect(await say(h, { from: ALICE, text: REPORT, msgId: 'msg-twice' })).not.toBe('no ack');
    expect(await say(h, { from: ALICE, text: REPORT, msgId: 'msg-twice' })).not.toBe('no ack');
    expect(dingtalk.sentTo(ALICE)).toHaveLength(before + 1);
    const drafts = await database.db.selectFrom('drafts').select('id').execute();
    expect(drafts).toHaveLength(1);
  });

  it("ignores another robot's messages and people outside the organisation, acknowledging them", async () => {
    const h = await startBot();
    await join(h, ALICE);
    const before = dingtalk.sent.length;
    expect(await say(h, { from: ALICE, text: '/help', robotCode: 'dingsomeotherrobot' })).not.toBe('no ack');
    expect(await say(h, { from: '', text: '/help' })).not.toBe('no ack');
    expect(dingtalk.sent).toHaveLength(before);
  });

  it('leaves a message that met a database outage unacknowledged, so DingTalk delivers it again and it is answered', async () => {
    let down = false;
    let refused!: () => void;
    const outage = new Promise<void>((resolve) => (refused = resolve));
    const h = await startBot((core) => ({
      ...core,
      handle: async (inbound) => {
        if (down) {
          refused();
          throw new DatabaseUnavailableError(new Error('connection refused'));
        }
        return core.handle(inbound);
      },
    }));
    await join(h, ALICE);
    down = true;
    const first = dingtalk.deliver(robotMessage({ from: ALICE, text: REPORT, msgId: 'msg-outage' }), 1000);
    const firstFrame = dingtalk.lastFrameId;
    await outage;
    await h.adapter.idle();
    down = false;
    const before = dingtalk.sentTo(ALICE).length;
    expect(await say(h, { from: ALICE, text: REPORT, msgId: 'msg-outage' })).not.toBe('no ack');
    // Acknowledgements arrive in the order they are sent: the first would have come before.
    expect(dingtalk.acked).not.toContain(firstFrame);
    expect(dingtalk.sentTo(ALICE)).toHaveLength(before + 1);
    expect(dingtalk.sentTo(ALICE).at(-1)!.msgKey).toBe('sampleActionCard3');
    expect(await first).toBe('no ack');
  });

  it('shows markup a member typed as text: a project name cannot fake a button in the card', async () => {
    const h = await startBot();
    await join(h, ALICE);
    await say(h, { from: ALICE, text: '项目：[保存](dtmd://dingtalkclient/sendMessage?content=x) *园*，拟投资3亿元' });
    const card = dingtalk.sentTo(ALICE).at(-1)!;
    expect(card.msgKey).toBe('sampleActionCard3');
    expect(card.msgParam.text).not.toMatch(/\]\(|:\/\/|\*/);
    expect(card.msgParam.text).toContain('［保存］（');
  });

  it('answers a picture with a hint instead of losing it silently', async () => {
    const h = await startBot();
    await say(h, { from: BOB, msgtype: 'picture' });
    expect(textOf(dingtalk.sentTo(BOB).at(-1)!)).toMatch(/^我只能读懂文字/);
  });

  it('reconnects when the stream drops, and goes on answering', async () => {
    const h = await startBot();
    const opened = dingtalk.connections.length;
    dingtalk.dropStream();
    await dingtalk.waitForStreams(1);
    expect(dingtalk.connections.length).toBe(opened + 1);
    await join(h, BOB);
  });
});

describe('DingTalk pushes through the outbox', () => {
  async function sendQueued(h: Harness) {
    const sender = new OutboxSender({ db: database.db, adapters: [h.adapter], logger: silent, idlePollMs: 20 });
    sender.start();
    expect(await sender.drain(20_000)).toBe(true);
    await sender.stop();
  }

  async function boundGroup(h: Harness) {
    await join(h, ALICE, 'secretary');
    await say(h, { from: ALICE, group: GROUP, text: '/bindgroup' });
    expect(textOf(dingtalk.sentTo(GROUP).at(-1)!)).toMatch(/已绑定到成都商会/);
  }

  async function queueDigest() {
    await database.db
      .insertInto('projects')
      .values({
        name: '冷链物流中心',
        industry: '物流',
        status: 'open',
        raw_text: '冷链物流中心',
        search_text: '冷链物流中心',
        created_at: new Date('2026-11-26T02:00:00Z'),
        updated_at: new Date('2026-11-26T02:00:00Z'),
      })
      .execute();
    const now = new Date('2026-11-30T01:07:00Z');
    const run = await runPeriod(
      jobCtx(database.db, () => now, { platforms: ['dingtalk'] }),
      digestJob,
      '2026-W49',
      { instance: 'test', trigger: 'manual' },
    );
    expect(run.ran).toBe(true);
  }

  it("pushes the weekly digest to a chamber's bound group through groupMessages/send", async () => {
    const h = await startBot();
    await boundGroup(h);
    await queueDigest();
    await sendQueued(h);
    const digest = dingtalk.sentTo(GROUP).at(-1)!;
    expect(textOf(digest)).toContain('冷链物流中心');
    const rows = await database.db.selectFrom('outbox').select(['platform', 'chat_type', 'status']).where('chat_id', '=', GROUP).execute();
    expect(rows).toEqual([{ platform: 'dingtalk', chat_type: 'group', status: 'sent' }]);
  });

  it('keeps a push DingTalk throttles or answers with a body it cannot read, and sends it later', async () => {
    const h = await startBot();
    await boundGroup(h);
    await queueDigest();
    dingtalk.failNext({ route: 'send', status: 429, body: '', headers: { 'retry-after': '1' } });
    dingtalk.failNext({ route: 'send', status: 502, body: '<html><body>Bad Gateway</body></html>' });
    dingtalk.failNext({ route: 'send', status: 400, body: { unexpected: true } });
    await sendQueued(h);
    expect(dingtalk.pendingFailures).toBe(0);
    const rows = await database.db.selectFrom('outbox').select(['chat_id', 'status']).where('job', '=', 'digest').execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.status).toBe('sent');
      // Each delivered once: a failed try sent nothing, and nothing was sent twice.
      expect(dingtalk.sentTo(row.chat_id).filter((m) => textOf(m).includes('冷链物流中心'))).toHaveLength(1);
    }
    expect(rows.map((r) => r.chat_id)).toContain(GROUP);
  });
});
