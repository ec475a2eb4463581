import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { testClock, testCore } from '../support/chat.ts';
import type { Core } from '../../src/core/conversation.ts';
import { addChamber, createInvite } from '../../src/core/admin.ts';
import type { Role } from '../../src/domain/permissions.ts';
import { TelegramHarness, TgUser } from './telegram/harness.ts';

/**
 * Keeping records right through Telegram: real grammY against the fake Bot API, the real core.
 */

const tdb = useTestDatabase();
const clock = testClock();
let core: Core;
let tg: TelegramHarness | undefined;

beforeEach(() => {
  core = testCore(tdb.db, clock).core;
});
afterEach(async () => {
  await tg?.stop();
  tg = undefined;
});

async function joined(t: TelegramHarness, user: TgUser, role: Role, chamber = '成都商會'): Promise<TgUser> {
  if (!(await tdb.db.selectFrom('chambers').select('id').where('name', '=', chamber).executeTakeFirst())) await addChamber(tdb.db, chamber);
  const { code } = await createInvite(tdb.db, { chamber, role, now: clock.now(), days: 30 });
  expect((await t.say(user, `/join ${code}`)).text).toMatch(/^欢迎加入/);
  return user;
}

describe('corrections through Telegram', () => {
  it('/edit corrects a saved lead and /show lists the change with its old and new value', async () => {
    const t = (tg = await TelegramHarness.start({ core }));
    const alice = await joined(t, new TgUser(2001, '王', '小明'), 'member');
    const secretary = await joined(t, new TgUser(2002, '張', '秘書長'), 'secretary');
    const { sent } = await t.say(alice, '冷鏈物流園項目擬投資3億元，聯繫人王總 13912345678');
    const draft = sent.find((m) => m.buttons.length > 0)!;
    await t.deliver(alice.presses(draft, '保存'));

    expect((await t.say(alice, '/edit 1 投資 3.5億')).text).toContain('总投资：3.00亿元 → 3.50亿元');
    expect((await t.say(alice, '/edit 1 電話 028-85551234')).text).toContain('电话：*******5678 → ***-****1234');
    expect((await t.say(alice, '/edit 1 電話 明天')).text).toContain('「明天」不是有效的电话');
    const shown = (await t.say(secretary, '/show 1')).text;
    expect(shown).toContain('总投资：3.50亿元');
    expect(shown).toContain('王 小明 更正 总投资：3.00亿元 → 3.50亿元');
    expect(shown).toContain('王 小明 更正 电话：13912345678 → 028-85551234');
    const menu = t.api.callsOf('setMyCommands').map((c) => (c.payload.commands as { command: string }[]).map((m) => m.command));
    expect(menu[0]).toEqual(expect.arrayContaining(['edit', 'todo']));
  });
});

describe('duplicates through Telegram', () => {
  it('a member of another chamber sees only the first chamber and date, and merges with the button', async () => {
    const t = (tg = await TelegramHarness.start({ core }));
    const alice = await joined(t, new TgUser(2101, '王', '小明'), 'member');
    const bob = await joined(t, new TgUser(2102, '劉', '四'), 'member', '重慶商會');
    const first = (await t.say(alice, '冷鏈物流園項目擬投資3億元，聯繫電話 13912345678')).sent.find((m) => m.buttons.length > 0)!;
    await t.deliver(alice.presses(first, '保存'));

    const { sent } = await t.say(bob, '冷链物流园项目，投资5亿元');
    const draft = sent.find((m) => m.buttons.length > 0)!;
    expect(draft.text).toMatch(/可能与 #1 重复（成都商会 \d{4}-\d{2}-\d{2} 首报）/);
    expect(draft.text).not.toContain('3.00亿元');
    expect(draft.buttons.flat().map((b) => b.text)).toEqual(['是同一个（合并）', '不是，另存', '✏️ 修改', '✖️ 取消']);
    const merged = await t.deliver(bob.presses(draft, '合并'));
    expect(merged.edited[0].text).toMatch(/已合并到成都商会 \d{4}-\d{2}-\d{2} 首报的线索/);
    expect(merged.edited[0].buttons).toEqual([]);
    expect(await tdb.db.selectFrom('leads').select('id').execute()).toHaveLength(1);
    expect((await t.say(alice, '/show 1')).text).toContain('共同报告人：劉 四（重庆商会）');
  });
});
