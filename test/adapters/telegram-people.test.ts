import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { testClock, testCore } from '../support/chat.ts';
import type { Core } from '../../src/core/conversation.ts';
import { addChamber, createInvite } from '../../src/core/admin.ts';
import { summarize } from '../../src/summaries/summary.ts';
import type { Role } from '../../src/domain/permissions.ts';
import { TelegramHarness, TgUser } from './telegram/harness.ts';

/**
 * Chambers and people through Telegram end to end: real grammY against the fake Bot API, the
 * buttons of a merge and a removal pressed as Telegram delivers them.
 */

let tdb: TestDatabase;
let core: Core;
let tg: TelegramHarness | undefined;
const clock = testClock();

beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(async () => {
  await tdb.close();
});
beforeEach(async () => {
  await tdb.reset();
  core = testCore(tdb.db, clock).core;
  tg = await TelegramHarness.start({ core });
});
afterEach(async () => {
  await tg?.stop();
  tg = undefined;
});

async function joined(user: TgUser, role: Role, chamber: string | null = '成都商會'): Promise<TgUser> {
  if (chamber !== null && !(await tdb.db.selectFrom('chambers').select('id').where('name', '=', chamber).executeTakeFirst())) await addChamber(tdb.db, chamber);
  const { code } = await createInvite(tdb.db, { chamber: chamber ?? undefined, role, now: clock.now(), days: 30 });
  expect((await tg!.say(user, `/join ${code}`)).text).toMatch(/欢迎/);
  return user;
}

describe('chambers and people on Telegram', () => {
  it('merges a chamber created twice with the admin’s button, keeping the figures', async () => {
    const t = tg!;
    const admin = await joined(new TgUser(2001, 'Admin'), 'admin', null);
    const member = await joined(new TgUser(2002, '張會員'), 'member');
    const draft = (await t.say(member, '天府物流园项目已签约，总投资12亿元')).sent.find((m) => m.buttons.length > 0)!;
    await t.deliver(member.presses(draft, '保存'));
    expect((await t.say(admin, '/chamber add 成都市商会')).text).toMatch(/已新增商会「成都市商会」/);
    expect((await t.say(admin, '/chamber add 成都商会')).text).toContain('已经有商会「成都商會」');
    const before = await summarize(tdb.db, { from: '2026-11-01', to: '2026-11-30' }, 'all', 'Asia/Shanghai');

    const { sent } = await t.say(admin, '/chamber merge 成都 成都市商会');
    const ask = sent.at(-1)!;
    expect(ask.text).toMatch(/把「成都商会」合并到「成都市商会」？\n线索 1 条、活动 0 场、成员 1 人/);
    expect(ask.buttons.flat().map((b) => b.text)).toEqual(['🔀 合并', '✖️ 取消']);
    const pressed = await t.deliver(admin.presses(ask, '合并'));
    expect(pressed.edited.at(-1)!.text).toMatch(/已把「成都商会」合并到「成都市商会」：移入线索 1 条/);
    expect(pressed.edited.at(-1)!.buttons.flat()).toEqual([]);

    const after = await summarize(tdb.db, { from: '2026-11-01', to: '2026-11-30' }, 'all', 'Asia/Shanghai');
    expect(after.total).toEqual(before.total);
    expect(after.chambers.map((c) => [c.chamber, c.signedInvestmentYuan])).toEqual([['成都市商会', 1_200_000_000]]);
    expect((await t.say(admin, '/chambers')).text).toMatch(/成都市商会 · 市级 · 正式 · 成员 1 人/);
  });

  it('lets a secretary remove a member with a button; the member is then a stranger', async () => {
    const t = tg!;
    const secretary = await joined(new TgUser(2101, '李秘書長'), 'secretary');
    const member = await joined(new TgUser(2102, '張會員'), 'member');
    expect((await t.say(secretary, '/members')).text).toMatch(/張會員 · 会员 · 成都商会 · telegram/);
    const ask = (await t.say(secretary, '/remove 张')).sent.at(-1)!;
    expect(ask.text).toMatch(/移除 張會員/);
    const pressed = await t.deliver(secretary.presses(ask, '移除'));
    expect(pressed.edited.at(-1)!.text).toMatch(/已移除 張會員/);
    expect((await t.say(member, '/leads')).text).toMatch(/\/join/);
    expect((await t.say(secretary, '/members')).text).not.toContain('張會員');
  });
});
