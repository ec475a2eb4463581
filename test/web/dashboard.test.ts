import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { insertLead } from '../../src/core/lead-records.ts';
import { removeMember } from '../../src/core/people.ts';
import { seedDemo, REPORT_FIGURES } from '../../src/core/demo-data.ts';
import type { Db } from '../../src/db/database.ts';
import { parsePeriod } from '../../src/domain/periods.ts';
import { maskPhone } from '../../src/domain/phone-mask.ts';
import { buildSummaryReport } from '../../src/summaries/report.ts';
import { closeServer, createHttpServer, listen } from '../../src/server/http.ts';
import { createDashboardRoutes } from '../../src/web/routes.ts';
import { createLoginToken, deleteExpiredLogins } from '../../src/web/sessions.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import { useTestDatabase } from '../support/database.ts';
import { fields } from '../summaries/fixtures.ts';
import { signInitData } from '../support/telegram-init-data.ts';

const BOT_TOKEN = '123456:TEST-token-for-the-dashboard';
const TIME_ZONE = 'Asia/Shanghai';
const test = useTestDatabase();
const clock = testClock();
let server: Server;
let base: string;

beforeAll(async () => {
  const publicDir = mkdtempSync(join(tmpdir(), 'dash-api-'));
  writeFileSync(join(publicDir, 'index.html'), '<!doctype html><title>看板</title>');
  writeFileSync(join(publicDir, 'app.js'), 'export {};');
  const logger = pino({ level: 'silent' });
  const routes = createDashboardRoutes({
    get db() {
      return test.db;
    },
    timezone: TIME_ZONE,
    logger,
    now: clock.now,
    publicUrl: 'http://127.0.0.1',
    telegramBotToken: BOT_TOKEN,
    publicDir,
  });
  server = createHttpServer(routes, logger, async () => true);
  // fetch keeps connections for reuse; a server closing them while idle (a slow demo seed) races
  // the next request into ECONNRESET. The test's server keeps them until it closes.
  server.keepAliveTimeout = 0;
  base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
});

afterAll(async () => {
  await closeServer(server);
});

beforeEach(() => {
  clock.set('2026-11-29T02:00:00Z');
});

/** A browser: keeps the session cookie it is given, as a real one would. */
class Browser {
  cookie: string | null = null;

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    const res = await fetch(`${base}${path}`, { ...init, headers, redirect: 'manual' });
    const set = res.headers.get('set-cookie');
    if (set) {
      const value = /^cb_session=([^;]*)/.exec(set)?.[1] ?? '';
      this.cookie = value ? `cb_session=${value}` : null;
    }
    return res;
  }

  // biome-ignore lint/suspicious/noExplicitAny: the API answers JSON of many shapes; each test reads the fields it checks
  async json(path: string): Promise<{ status: number; body: any }> {
    const res = await this.fetch(path);
    return { status: res.status, body: await res.json() };
  }
}

async function chamberId(db: Db, name: string): Promise<number> {
  return (await db.selectFrom('chambers').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

async function memberIdOf(db: Db, user: ChatUser): Promise<number> {
  const row = await db.selectFrom('identities').select('member_id').where('platform_user_id', '=', user.userId).executeTakeFirstOrThrow();
  return row.member_id;
}

/** Signs in through the chat: /dashboard, then the link of its button. */
async function signIn(user: ChatUser): Promise<Browser> {
  const replies = await user.send('/dashboard');
  const url = replies[0].buttons?.[0]?.[0]?.link?.url;
  if (!url) throw new Error(`no link in ${ChatUser.text(replies)}`);
  const browser = new Browser();
  const res = await browser.fetch(new URL(url).pathname + new URL(url).search);
  expect(res.status).toBe(303);
  return browser;
}

async function setUp() {
  const { core, deps } = testCore(test.db, clock);
  deps.publicUrl = 'http://127.0.0.1';
  const official = await joinAs(core, test.db, 'official', { name: '王科長' });
  const chengduSecretary = await joinAs(core, test.db, 'secretary', { chamber: '成都商會', name: '李秘書長' });
  const chongqingSecretary = await joinAs(core, test.db, 'secretary', { chamber: '重慶商會', name: '趙秘書長' });
  const member = await joinAs(core, test.db, 'member', { chamber: '成都商會', name: '張會員' });
  const chengdu = await chamberId(test.db, '成都商會');
  const chongqing = await chamberId(test.db, '重慶商會');
  const reporter = await memberIdOf(test.db, member);
  const lead = await insertLead(test.db, {
    chamberId: chengdu,
    reporterId: reporter,
    fields: fields({ project: '冷鏈物流中心', company: '蜀道物流', investmentYuan: 1_280_000_000, contact: '陳經理', contactPhone: '13812345678' }),
    stage: 'negotiating',
    rawText: '冷鏈物流中心',
    reportedAt: new Date('2026-11-20T03:00:00Z'),
  });
  await insertLead(test.db, {
    chamberId: chongqing,
    reporterId: await memberIdOf(test.db, chongqingSecretary),
    fields: fields({ project: '火鍋底料廠', investmentYuan: 50_000_000 }),
    stage: 'lead',
    rawText: '火鍋底料廠',
    reportedAt: new Date('2026-11-21T03:00:00Z'),
  });
  return { core, official, chengduSecretary, chongqingSecretary, member, chengdu, chongqing, lead };
}

describe('the /dashboard command', () => {
  it('says how to set PUBLIC_URL when it is missing, and refuses to post a link in a group', async () => {
    const { core } = testCore(test.db, clock);
    const official = await joinAs(core, test.db, 'official');
    expect(ChatUser.text(await official.send('/dashboard'))).toContain('PUBLIC_URL');
    const { core: configured, deps } = testCore(test.db, clock);
    deps.publicUrl = 'https://bot.example.com';
    const user = new ChatUser(configured, official.userId, official.name);
    const replies = await user.send('看板');
    expect(replies[0].buttons?.[0]?.[0]?.link).toMatchObject({ miniAppUrl: 'https://bot.example.com/dashboard/' });
    expect(replies[0].text).toMatch(/https:\/\/bot\.example\.com\/dashboard\/login\?token=[\w-]{40,}/);
    const inGroup = await user.inGroup('group-1').send('/dashboard');
    expect(ChatUser.text(inGroup)).toMatch(/私聊/);
    expect(inGroup[0].buttons).toBeUndefined();
  });
});

describe('the one-time link', () => {
  it('signs in once, sets an HttpOnly cookie limited to /dashboard, and is refused the second time', async () => {
    const { official } = await setUp();
    const replies = await official.send('/dashboard');
    const url = new URL(replies[0].buttons![0][0].link!.url);
    const browser = new Browser();
    const first = await browser.fetch(url.pathname + url.search);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/dashboard/');
    expect(first.headers.get('set-cookie')).toMatch(/^cb_session=[\w-]{40,}; Path=\/dashboard; HttpOnly; SameSite=Lax/);
    expect((await browser.json('/dashboard/api/me')).body.member).toMatchObject({ name: '王科長', role: 'official', chamber: null });
    const again = await new Browser().fetch(url.pathname + url.search);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('/dashboard');
    // The token is kept hashed: the database never holds what the link carries.
    const stored = await test.db.selectFrom('dashboard_login_tokens').select('token_hash').execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(url.searchParams.get('token'));
  });

  it('expires after ten minutes, and an unknown token is refused', async () => {
    const { official } = await setUp();
    const replies = await official.send('/dashboard');
    const url = new URL(replies[0].buttons![0][0].link!.url);
    clock.set('2026-11-29T02:10:30Z');
    const late = await new Browser().fetch(url.pathname + url.search);
    expect(late.status).toBe(410);
    expect(await late.text()).toMatch(/过期|過期|expired/);
    expect((await new Browser().fetch('/dashboard/login?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
  });
});

describe('Telegram Mini App login', () => {
  async function telegramMember() {
    const { official } = await setUp();
    const memberId = await memberIdOf(test.db, official);
    await test.db
      .insertInto('identities')
      .values({ platform: 'telegram', platform_user_id: '777001', member_id: memberId, display_name: null, lang: null })
      .execute();
  }
  const post = (browser: Browser, initData: unknown) =>
    browser.fetch('/dashboard/api/telegram-login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ initData }) });
  const authDate = (iso: string) => String(Math.floor(Date.parse(iso) / 1000));

  it('signs in with initData signed by the bot token', async () => {
    await telegramMember();
    const browser = new Browser();
    const initData = signInitData(
      { auth_date: authDate('2026-11-29T01:00:00Z'), query_id: 'AAE', user: JSON.stringify({ id: 777001, first_name: '王', language_code: 'zh-hans' }) },
      BOT_TOKEN,
    );
    const res = await post(browser, initData);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect((await browser.json('/dashboard/api/me')).body.member.name).toBe('王科長');
  });

  it('refuses forged, stale and strangers’ initData', async () => {
    await telegramMember();
    const user = JSON.stringify({ id: 777001, first_name: '王' });
    const good = signInitData({ auth_date: authDate('2026-11-29T01:00:00Z'), user }, BOT_TOKEN);
    const forged = good.replace('777001', '777002');
    const otherBot = signInitData({ auth_date: authDate('2026-11-29T01:00:00Z'), user }, '999:another-bot');
    const stale = signInitData({ auth_date: authDate('2026-11-28T01:59:00Z'), user }, BOT_TOKEN);
    const stranger = signInitData({ auth_date: authDate('2026-11-29T01:00:00Z'), user: JSON.stringify({ id: 5 }) }, BOT_TOKEN);
    for (const [initData, words] of [
      [forged, /校验|校驗|verify/],
      [otherBot, /校验|校驗|verify/],
      [stale, /一天|a day/],
      [stranger, /会员|會員|member/],
      ['', /校验|校驗|verify/],
      [42, /校验|校驗|verify/],
    ] as const) {
      const browser = new Browser();
      const res = await post(browser, initData);
      expect(res.status).toBe(401);
      expect((await res.json()).error).toMatch(words);
      expect(browser.cookie).toBeNull();
    }
  });
});

describe('the data API', () => {
  const endpoints = (lead: number, chamber: number) => [
    '/dashboard/api/me',
    `/dashboard/api/summary?period=本月&chamber=${chamber}`,
    `/dashboard/api/leads?chamber=${chamber}`,
    `/dashboard/api/leads/${lead}`,
    `/dashboard/api/events?chamber=${chamber}`,
    `/dashboard/export.xlsx?chamber=${chamber}`,
  ];

  it('refuses every endpoint without a session, and another chamber’s secretary', async () => {
    const { chongqingSecretary, chengdu, lead } = await setUp();
    for (const path of endpoints(lead.id, chengdu)) {
      const res = await new Browser().fetch(path);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://web.telegram.org");
      expect((await res.json()).error).toContain('/dashboard');
    }
    const other = await signIn(chongqingSecretary);
    for (const path of endpoints(lead.id, chengdu).slice(1)) {
      const res = await other.fetch(path);
      expect([403, 404], path).toContain(res.status);
      expect((await res.json()).error).toBeTruthy();
    }
    // Their own chamber's list leaves Chengdu's lead out.
    const own = await other.json('/dashboard/api/leads');
    expect(own.body.rows.map((r: { title: string }) => r.title)).toEqual(['火鍋底料廠']);
  });

  it('shows a member what the chat would: their chamber’s leads with phones masked, and its totals only', async () => {
    const { member, official, chengdu, chongqing, lead } = await setUp();
    const browser = await signIn(member);
    const me = await browser.json('/dashboard/api/me');
    expect(me.body.chambers).toEqual([{ id: chengdu, name: '成都商会' }]);
    const list = await browser.json('/dashboard/api/leads');
    expect(list.body.total).toBe(1);
    expect(list.body.rows[0]).toMatchObject({ ref: `#${lead.id}`, title: '冷鏈物流中心', stage: 'negotiating', investmentYuan: 1_280_000_000 });
    const detail = await browser.json(`/dashboard/api/leads/${lead.id}`);
    expect(detail.body.lead.contactPhone).toBe(maskPhone('13812345678'));
    expect(detail.body.lead.contactPhone).not.toContain('1234');
    expect(detail.body.history[0]).toMatchObject({ action: 'reported', by: '張會員' });
    const summary = await browser.json('/dashboard/api/summary');
    expect(summary.status).toBe(200);
    expect(summary.body.byChamber.map((row: { chamber: { id: number } }) => row.chamber.id)).toEqual([chengdu]);
    expect((await browser.json(`/dashboard/api/summary?chamber=${chongqing}`)).status).toBe(403);
    // The chat agrees, and shows the same mask in /show.
    expect(ChatUser.text(await member.send(`/show ${lead.id}`))).toContain(detail.body.lead.contactPhone);
    const officialBrowser = await signIn(official);
    expect((await officialBrowser.json(`/dashboard/api/leads/${lead.id}`)).body.lead.contactPhone).toBe('13812345678');
  });

  it('stops a session at logout and when the member is removed', async () => {
    const { official, chengduSecretary } = await setUp();
    const browser = await signIn(official);
    const out = await browser.fetch('/dashboard/logout', { method: 'POST' });
    expect(out.status).toBe(303);
    expect(browser.cookie).toBeNull();
    const stolen = new Browser();
    const secretary = await signIn(chengduSecretary);
    stolen.cookie = secretary.cookie;
    expect((await secretary.json('/dashboard/api/me')).status).toBe(200);
    const row = await test.db.selectFrom('members').selectAll().where('display_name', '=', '李秘書長').executeTakeFirstOrThrow();
    await removeMember(test.db, { ...row, chamber: '成都商會' }, null, clock.now());
    expect((await secretary.json('/dashboard/api/me')).status).toBe(401);
    expect((await stolen.json('/dashboard/api/leads')).status).toBe(401);
  });

  it('ends a session after 12 idle hours', async () => {
    const { official } = await setUp();
    const browser = await signIn(official);
    clock.set('2026-11-29T13:00:00Z');
    expect((await browser.json('/dashboard/api/me')).status).toBe(200);
    clock.set('2026-11-30T01:30:00Z');
    expect((await browser.json('/dashboard/api/me')).status).toBe(401);
    // Housekeeping then deletes it, with the spent link.
    expect(await deleteExpiredLogins(test.db, clock.now())).toBe(2);
    expect(await test.db.selectFrom('dashboard_sessions').select('member_id').execute()).toEqual([]);
  });

  it('pages, filters and sorts the leads', async () => {
    const { official, chengdu } = await setUp();
    const browser = await signIn(official);
    const all = await browser.json('/dashboard/api/leads?sort=amount&order=asc');
    expect(all.body.rows.map((r: { investmentYuan: number }) => r.investmentYuan)).toEqual([50_000_000, 1_280_000_000]);
    expect((await browser.json('/dashboard/api/leads?limit=1&offset=1')).body).toMatchObject({ total: 2, rows: [{ title: '冷鏈物流中心' }] });
    expect((await browser.json(`/dashboard/api/leads?chamber=${chengdu}&stage=negotiating&q=冷鏈`)).body.total).toBe(1);
    expect((await browser.json('/dashboard/api/leads?stage=signed')).body.total).toBe(0);
    const bad = await browser.json('/dashboard/api/leads?limit=500');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('limit');
    expect((await browser.json('/dashboard/api/summary?period=明年春天')).body.error).toContain('明年春天');
  });
});

describe('on the demo data', () => {
  it('gives the figures of 2018 上半年 the chat’s summary gives', async () => {
    await seedDemo(test.db, TIME_ZONE, clock.now());
    const official = await test.db.selectFrom('members').select('id').where('role', '=', 'official').executeTakeFirstOrThrow();
    const token = await createLoginToken(test.db, official.id, clock.now());
    const browser = new Browser();
    expect((await browser.fetch(`/dashboard/login?token=${token}`)).status).toBe(303);
    const me = await browser.json('/dashboard/api/me');
    expect(me.body.periods.map((p: { key: string }) => p.key)).toContain('2018上半年');
    expect(me.body.chambers.length).toBeGreaterThan(10);
    const { status, body } = await browser.json(`/dashboard/api/summary?period=${encodeURIComponent('2018上半年')}`);
    expect(status).toBe(200);
    const expected = REPORT_FIGURES['2018H1'];
    expect(body.figures).toMatchObject({
      negotiations: expected.negotiations,
      promotionEvents: expected.promotions,
      invitedEnterprises: expected.invitedEnterprises,
      signedProjects: expected.signedProjects,
      investmentYuan: expected.signedInvestmentYuan,
    });
    const period = parsePeriod('2018上半年', '2026-11-29');
    if (!('period' in period)) throw new Error('period');
    const chat = await buildSummaryReport(test.db, period.period, 'all', TIME_ZONE);
    expect(body.figures.fundsInPlaceYuan).toBe(chat.current.total.fundsInPlaceYuan);
    expect(body.previous.signedProjects).toBe(chat.before.total.signedProjects);
    expect(body.funnel.lead).toBe(chat.funnel.reported);
    expect(body.byChamber.length).toBe(chat.current.chambers.length);
    expect(body.trend.map((m: { month: string }) => m.month)).toEqual([
      '2017-07',
      '2017-08',
      '2017-09',
      '2017-10',
      '2017-11',
      '2017-12',
      '2018-01',
      '2018-02',
      '2018-03',
      '2018-04',
      '2018-05',
      '2018-06',
    ]);
    const trendSigned = body.trend.slice(6).reduce((n: number, m: { figures: { signedProjects: number } }) => n + m.figures.signedProjects, 0);
    expect(trendSigned).toBe(expected.signedProjects);
    expect(body.ranking[0]).toMatchObject({ rank: 1 });
    const chatText = ChatUser.text(
      await new ChatUser(testCore(test.db, clock).core, 'demo-official', '王科長', undefined, 'console').send('/summary 2018上半年'),
    );
    expect(chatText).toContain('100.15');
    const workbook = await browser.fetch(`/dashboard/export.xlsx?period=${encodeURIComponent('2018上半年')}`);
    expect(workbook.status).toBe(200);
    expect(workbook.headers.get('content-type')).toContain('spreadsheetml');
    expect(
      Buffer.from(await workbook.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });
});
