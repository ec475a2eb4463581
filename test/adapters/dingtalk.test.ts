import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDingTalkAdapter, type DingTalkAdapter } from '../../src/adapters/dingtalk/index.ts';
import { addChamber, createInvite } from '../../src/core/admin.ts';
import { DatabaseUnavailableError, type Core } from '../../src/core/conversation.ts';
import { loadConfig } from '../../src/config.ts';
import { digestJob } from '../../src/jobs/digest.ts';
import { runPeriod } from '../../src/jobs/runs.ts';
import { enqueue } from '../../src/outbox/queue.ts';
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
    DINGTALK_OAPI_URL: dingtalk.url,
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
    // The link after a name: a link that is the whole value reads as its text alone (项目：[保存](…) is 保存).
    await say(h, { from: ALICE, text: '项目：智能工厂[保存](dtmd://dingtalkclient/sendMessage?content=x) *园*，拟投资3亿元' });
    const card = dingtalk.sentTo(ALICE).at(-1)!;
    expect(card.msgKey).toBe('sampleActionCard3');
    expect(card.msgParam.text).not.toMatch(/\]\(|:\/\/|\*/);
    expect(card.msgParam.text).toContain('［保存］（');
  });

  it('survives a frame that is not JSON on the stream, and goes on answering on the same connection', async () => {
    const h = await startBot();
    const opened = dingtalk.connections.length;
    dingtalk.sendGarbage('<html>502 Bad Gateway</html>');
    await join(h, ALICE);
    expect(dingtalk.connections.length).toBe(opened);
    expect(h.logs.map((line) => JSON.parse(line).msg)).toContain('dingtalk stream: unreadable frame ignored');
  });

  it('answers a picture with a hint instead of losing it silently', async () => {
    const h = await startBot();
    await say(h, { from: BOB, msgtype: 'picture' });
    expect(textOf(dingtalk.sentTo(BOB).at(-1)!)).toMatch(/^我只能读懂文字/);
  });

  it('reconnects when the stream drops, and goes on answering, writing to our log and never to the console', async () => {
    // Watched, not muted: the SDK's console.info/warn calls would still print, and fail this test.
    const consoleCalls = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    try {
      const h = await startBot();
      const opened = dingtalk.connections.length;
      dingtalk.dropStream();
      await dingtalk.waitForStreams(1);
      expect(dingtalk.connections.length).toBe(opened + 1);
      await join(h, BOB);
      await h.adapter.stop();
      running.splice(running.indexOf(h), 1);
      expect(consoleCalls.flatMap((spy) => spy.mock.calls)).toEqual([]);
      const messages = h.logs.map((line) => JSON.parse(line).msg);
      expect(messages).toContain('dingtalk stream dropped, reconnecting');
      expect(messages.filter((m) => m === 'dingtalk stream connected')).toHaveLength(2);
    } finally {
      for (const spy of consoleCalls) spy.mockRestore();
    }
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

describe('DingTalk charts and workbooks', () => {
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];

  /** The upload a picture or file message names, checked to be what the bot uploaded. */
  function uploadOf(m: SentRobotMessage) {
    const mediaId = m.msgKey === 'sampleImageMsg' ? m.msgParam.photoURL : m.msgParam.mediaId;
    const upload = dingtalk.uploads.find((u) => u.mediaId === mediaId);
    if (!upload) throw new Error(`no upload ${mediaId}`);
    return upload;
  }

  async function savedLead(h: Harness, staffId: string) {
    await say(h, { from: staffId, text: REPORT });
    await say(h, { from: staffId, text: pressed(dingtalk.sentTo(staffId).at(-1)!, '保存') });
    expect(await leadCount()).toBe(1);
  }

  it("sends a member's /summary chart to the private chat and /export's workbook to the group", async () => {
    const h = await startBot();
    await join(h, ALICE, 'secretary');
    await savedLead(h, ALICE);
    await say(h, { from: ALICE, group: GROUP, text: '/bindgroup' });

    const before = dingtalk.sentTo(ALICE).length;
    await say(h, { from: ALICE, text: '/summary' });
    const answer = dingtalk.sentTo(ALICE).slice(before);
    expect(answer.map((m) => m.msgKey)).toEqual(['sampleText', 'sampleText', 'sampleImageMsg']);
    const chart = uploadOf(answer[2]);
    expect(chart).toMatchObject({ type: 'image', mime: 'image/png', name: 'chart.png' });
    expect([...chart.bytes.subarray(0, 4)]).toEqual(PNG_MAGIC);

    await say(h, { from: ALICE, group: GROUP, text: '/export' });
    const [caption, file] = dingtalk.sentTo(GROUP).slice(-2);
    expect(textOf(caption)).toMatch(/线索 1/);
    expect(file.msgKey).toBe('sampleFile');
    expect(file.msgParam.fileName).toMatch(/\.xlsx$/);
    expect(file.msgParam.fileType).toBe('xlsx');
    const workbook = uploadOf(file);
    expect(workbook).toMatchObject({ type: 'file', mime: XLSX, name: file.msgParam.fileName });
    // An .xlsx is a zip: it starts with PK.
    expect(workbook.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('pushes a chart and a workbook to a private chat and a group; a throttled picture is sent again alone, the text once', async () => {
    const h = await startBot();
    await join(h, ALICE, 'secretary');
    await say(h, { from: ALICE, group: GROUP, text: '/bindgroup' });
    const member = await database.db.selectFrom('members').select(['id', 'chamber_id']).executeTakeFirstOrThrow();
    const chamberId = member.chamber_id!;
    const png = new Uint8Array([...PNG_MAGIC, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const outbound = {
      text: '十一月汇总',
      image: { png, caption: '各商会线索数' },
      file: { name: '招商线索-2026-11-01_2026-11-30.xlsx', data: new Uint8Array([0x50, 0x4b, 3, 4]), mime: XLSX },
    };
    await enqueue(database.db, [
      { job: 'summary', period: '2026-11', outbound, recipient: { kind: 'member', memberId: member.id, chamberId, platform: 'dingtalk', chatId: ALICE } },
      { job: 'summary', period: '2026-11', outbound, recipient: { kind: 'group', chamberId, platform: 'dingtalk', chatId: GROUP } },
    ]);
    dingtalk.failNext({
      route: 'send',
      msgKey: 'sampleImageMsg',
      status: 429,
      body: { code: 'Throttling.Api', message: 'too many' },
      headers: { 'retry-after': '1' },
    });

    const before = new Map([ALICE, GROUP].map((chat) => [chat, dingtalk.sentTo(chat).length]));
    const sender = new OutboxSender({ db: database.db, adapters: [h.adapter], logger: silent, idlePollMs: 20 });
    sender.start();
    expect(await sender.drain(20_000)).toBe(true);
    await sender.stop();

    expect(dingtalk.pendingFailures).toBe(0);
    for (const chat of [ALICE, GROUP]) {
      const pushed = dingtalk.sentTo(chat).slice(before.get(chat));
      expect(pushed.map((m) => m.msgKey)).toEqual(['sampleText', 'sampleImageMsg', 'sampleText', 'sampleFile']);
      expect(pushed.map(textOf).filter((t) => t === '十一月汇总')).toHaveLength(1);
      expect([...uploadOf(pushed[1]).bytes]).toEqual([...png]);
      expect(pushed[3].msgParam).toMatchObject({ fileName: outbound.file.name, fileType: 'xlsx' });
      expect([...uploadOf(pushed[3]).bytes]).toEqual([...outbound.file.data]);
    }
    const rows = await database.db.selectFrom('outbox').select(['chat_id', 'status', 'parts_sent']).where('job', '=', 'summary').orderBy('chat_id').execute();
    expect(rows).toEqual([
      { chat_id: GROUP, status: 'sent', parts_sent: 4 },
      { chat_id: ALICE, status: 'sent', parts_sent: 4 },
    ]);
  });

  it('reports each way an upload or a file send fails, sends nothing half-made, and keeps the token out of the logs', async () => {
    const h = await startBot();
    const chart = { text: '', image: { png: new Uint8Array([...PNG_MAGIC, 1]) } };
    const workbook = { text: '', file: { name: '汇总.xlsx', data: new Uint8Array([0x50, 0x4b]), mime: XLSX } };

    dingtalk.failNext({ route: '/media/upload', status: 200, body: { errcode: 40004, errmsg: '不合法的媒体文件类型' } });
    expect(await h.adapter.push(GROUP, chart)).toMatchObject({ ok: false, reason: 'error', detail: expect.stringContaining('errcode 40004') });
    dingtalk.failNext({ route: '/media/upload', status: 200, body: { errcode: 0, errmsg: 'ok' } });
    expect(await h.adapter.push(GROUP, chart)).toMatchObject({ ok: false, reason: 'error', detail: expect.stringContaining('without a media_id') });
    dingtalk.failNext({ route: '/media/upload', status: 502, body: '<html><body>Bad Gateway</body></html>' });
    expect(await h.adapter.push(GROUP, chart)).toMatchObject({ ok: false, reason: 'error', detail: expect.stringContaining('HTTP 502') });
    dingtalk.failNext({ route: '/media/upload', status: 429, body: '', headers: { 'retry-after': '3' } });
    expect(await h.adapter.push(GROUP, chart)).toMatchObject({ ok: false, reason: 'rate_limited', retryAfter: 3 });
    dingtalk.failNext({ route: '/media/upload', status: 200, body: { errcode: 90018, errmsg: '当前企业调用该接口的QPS超过限制' } });
    expect(await h.adapter.push(GROUP, chart)).toMatchObject({ ok: false, reason: 'rate_limited' });
    dingtalk.failNext({ route: 'send', msgKey: 'sampleFile', status: 400, body: { code: 'invalidParameter.fileType', message: 'file type not supported' } });
    expect(await h.adapter.push(GROUP, workbook)).toMatchObject({ ok: false, reason: 'error', detail: expect.stringContaining('invalidParameter.fileType') });
    expect(dingtalk.sent).toEqual([]);

    // A token the older API no longer takes is fetched again once, and the picture goes.
    const tokens = dingtalk.tokens.length;
    dingtalk.failNext({ route: '/media/upload', status: 200, body: { errcode: 40014, errmsg: '不合法的access_token' } });
    expect(await h.adapter.push(GROUP, chart)).toMatchObject({ ok: true });
    expect(dingtalk.tokens.length).toBe(tokens + 1);
    expect(dingtalk.sentTo(GROUP).map((m) => m.msgKey)).toEqual(['sampleImageMsg']);
    for (const secret of [...dingtalk.tokens, CLIENT_SECRET]) expect(h.logs.join('\n')).not.toContain(secret);
  });
});

describe('DingTalk group events', () => {
  const installed = (eventId: string, robotCode = ROBOT_CODE) => ({
    coolAppCode: 'COOLAPP-1-fake',
    operateTime: String(Date.now()),
    openConversationCorpId: 'dingfakecorp',
    robotCode,
    openConversationId: GROUP,
    operator: ALICE,
    eventId,
  });

  async function event(h: Harness, type: string, eventId: string, data: Record<string, unknown>): Promise<unknown> {
    const ack = await dingtalk.deliverEvent(type, eventId, data);
    await h.adapter.idle();
    return ack;
  }

  it('greets a group that adds the robot once, stops the digest when removed, and says how to resume when added back', async () => {
    const h = await startBot();
    await join(h, ALICE, 'secretary');
    expect(await event(h, 'im_cool_app_install', 'ev-add-1', installed('ev-add-1'))).toEqual({ status: 'SUCCESS' });
    expect(dingtalk.sentTo(GROUP).map(textOf)).toEqual([expect.stringContaining('/bindgroup')]);
    // Delivered again: acknowledged, answered once.
    expect(await event(h, 'im_cool_app_install', 'ev-add-1', installed('ev-add-1'))).toEqual({ status: 'SUCCESS' });
    expect(dingtalk.sentTo(GROUP)).toHaveLength(1);

    await say(h, { from: ALICE, group: GROUP, text: '/bindgroup' });
    expect(await event(h, 'im_cool_app_uninstall', 'ev-remove-1', installed('ev-remove-1'))).toEqual({ status: 'SUCCESS' });
    const blocks = await database.db.selectFrom('push_blocks').select(['platform', 'chat_id', 'reason']).execute();
    expect(blocks).toEqual([{ platform: 'dingtalk', chat_id: GROUP, reason: 'group' }]);

    const before = dingtalk.sentTo(GROUP).length;
    await event(h, 'im_cool_app_install', 'ev-add-2', installed('ev-add-2'));
    expect(dingtalk.sentTo(GROUP).slice(before).map(textOf)).toEqual([expect.stringContaining('/unmute digest')]);
  });

  it("acknowledges another robot's install and events the bot does not read, doing nothing", async () => {
    const h = await startBot();
    expect(await event(h, 'im_cool_app_install', 'ev-other', installed('ev-other', 'dingotherrobot'))).toEqual({ status: 'SUCCESS' });
    expect(await event(h, 'user_add_org', 'ev-org', { userId: ['someone'] })).toEqual({ status: 'SUCCESS' });
    expect(dingtalk.sent).toEqual([]);
  });

  it('asks DingTalk to deliver an event again when the database is down', async () => {
    const h = await startBot((core) => ({
      ...core,
      handle: async (inbound) => {
        if (inbound.chatChange) throw new DatabaseUnavailableError(new Error('connection refused'));
        return core.handle(inbound);
      },
    }));
    expect(await event(h, 'im_cool_app_install', 'ev-outage', installed('ev-outage'))).toEqual({ status: 'LATER' });
    expect(dingtalk.sent).toEqual([]);
  });
});
