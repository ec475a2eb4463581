import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { testClock, testCore } from '../support/chat.ts';
import type { Core } from '../../src/core/conversation.ts';
import { addChamber, createInvite } from '../../src/core/admin.ts';
import { TelegramHarness, TgUser } from './telegram/harness.ts';

/** Several reports in one message through Telegram: real grammY against the fake Bot API, the real core. */

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

const WEEKLY =
  '廣東商會本週工作：\n1、東莞鴻圖五金項目在橫瀝鎮簽約，總投資1.2億元；\n2、深圳一家新能源企業儲能電池項目正在洽談，擬投資6億元；\n3、11月27日在廣州召開推介會，邀請企業38戶。';

async function joined(t: TelegramHarness, user: TgUser): Promise<TgUser> {
  await addChamber(tdb.db, '廣東商會');
  const { code } = await createInvite(tdb.db, { chamber: '廣東商會', role: 'member', now: clock.now(), days: 30 });
  expect((await t.say(user, `/join ${code}`)).text).toMatch(/^欢迎加入/);
  return user;
}

describe('several reports in one Telegram message', () => {
  it('shows them in one message with save all and per-item buttons; one tap saves all, a redelivered tap nothing more', async () => {
    const t = (tg = await TelegramHarness.start({ core }));
    const alice = await joined(t, new TgUser(5001, '陳', '秘書長'));
    const { sent } = await t.say(alice, WEEKLY);
    expect(sent).toHaveLength(1);
    const card = sent[0];
    expect(card.text).toMatch(/3 条上报/);
    expect(card.buttons.map((row) => row.map((b) => b.text))).toEqual([
      ['✅ 全部保存（3条）'],
      ['✏️ 改第1条', '✖️ 删第1条'],
      ['✏️ 改第2条', '✖️ 删第2条'],
      ['✏️ 改第3条', '✖️ 删第3条'],
    ]);
    for (const b of card.buttons.flat()) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);

    // Telegram's first answer to the edit is a 429: the save stands, and the user still sees it.
    t.api.failNext('editMessageText', { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    const saveAll = card.buttons[0][0].callback_data;
    const tap = alice.presses(card, '全部保存');
    const saved = await t.deliver(tap);
    expect(saved.status).toBe(200);
    expect(saved.edited.at(-1)?.text).toMatch(/已保存 3 条/);
    expect(saved.edited.at(-1)?.buttons ?? []).toEqual([]);
    expect(await tdb.db.selectFrom('leads').select(['stage', 'investment_yuan']).orderBy('id').execute()).toEqual([
      { stage: 'signed', investment_yuan: 120_000_000 },
      { stage: 'negotiating', investment_yuan: 600_000_000 },
    ]);

    // Telegram delivers the same callback again: nothing is saved twice.
    await t.deliver(tap);
    // A second tap on the old message answers that it was saved.
    const again = await t.deliver(alice.pressesData(card, saveAll));
    expect(again.edited.at(-1)?.text).toMatch(/已经保存过了/);
    expect(await tdb.db.selectFrom('leads').select('id').execute()).toHaveLength(2);
    expect(await tdb.db.selectFrom('events').select('id').execute()).toHaveLength(1);
  });

  it('cancels one item by editing the message in place, and saves the rest', async () => {
    const t = (tg = await TelegramHarness.start({ core }));
    const alice = await joined(t, new TgUser(5002, '陳', '秘書長'));
    const card = (await t.say(alice, WEEKLY)).sent[0];
    const cancelled = await t.deliver(alice.presses(card, '删第1条'));
    const shown = cancelled.edited.at(-1)!;
    expect(shown.text).toMatch(/1\. （已取消）/);
    expect(shown.buttons.flat()[0].text).toBe('✅ 全部保存（2条）');
    await t.deliver(alice.presses(shown, '全部保存'));
    expect(await tdb.db.selectFrom('leads').select('stage').execute()).toEqual([{ stage: 'negotiating' }]);
    expect(await tdb.db.selectFrom('events').select('id').execute()).toHaveLength(1);
  });

  it('offers merge or save separately for an item that repeats an existing lead, and save all leaves that item waiting', async () => {
    const t = (tg = await TelegramHarness.start({ core }));
    const alice = await joined(t, new TgUser(5003, '陳', '秘書長'));
    const first = (await t.say(alice, '/lead 東莞鴻圖五金項目在橫瀝鎮簽約，總投資1.2億元')).sent[0];
    await t.deliver(alice.presses(first, '保存'));
    const [{ id }] = await tdb.db.selectFrom('leads').select('id').execute();

    const card = (await t.say(alice, WEEKLY)).sent[0];
    expect(card.text).toContain(`可能与 #${id} 重复`);
    expect(card.buttons.map((row) => row.map((b) => b.text))).toEqual([
      ['✅ 全部保存（2条）'],
      [`🔗 第1条并入 #${id}`, '➕ 第1条另存'],
      ['✏️ 改第1条', '✖️ 删第1条'],
      ['✏️ 改第2条', '✖️ 删第2条'],
      ['✏️ 改第3条', '✖️ 删第3条'],
    ]);
    for (const b of card.buttons.flat()) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);

    const saved = (await t.deliver(alice.presses(card, '全部保存'))).edited.at(-1)!;
    expect(saved.text).toMatch(/已保存 2 条[\s\S]*第1条可能与已有线索重复/);
    expect(saved.buttons.map((row) => row.map((b) => b.text))).toEqual([
      [`🔗 第1条并入 #${id}`, '➕ 第1条另存'],
      ['✏️ 改第1条', '✖️ 删第1条'],
    ]);
    expect(await tdb.db.selectFrom('leads').select('id').execute()).toHaveLength(2);

    const merged = (await t.deliver(alice.presses(saved, '并入'))).edited.at(-1)!;
    expect(merged.text).toContain(`已合并到线索 #${id}`);
    expect(merged.buttons).toEqual([]);
    expect(await tdb.db.selectFrom('leads').select('id').execute()).toHaveLength(2);
    expect(await tdb.db.selectFrom('events').select('id').execute()).toHaveLength(1);
  });
});
