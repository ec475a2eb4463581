import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import type { Core } from '../../src/core/conversation.ts';

/** Issue 13: several reports in one message, one of them a lead already reported; and /lead with several reports. */

const text = ChatUser.text;
const tdb = useTestDatabase();
let core: Core;

beforeEach(() => {
  core = testCore(tdb.db, testClock('2026-11-20T02:00:00Z')).core;
});

const FIRST_REPORT = '冷鏈物流園項目已簽約，總投資3億元，聯繫人王總 13912345678';
const WEEKLY =
  '本周工作：\n1、冷链物流园项目已签约，投资5亿元，联系人王总 13912345678；\n2、与深圳比亚迪洽谈新能源电池项目，拟投资6亿元；\n3、11月28日举办推介会，邀请企业30家。';

const leads = () => tdb.db.selectFrom('leads').selectAll().orderBy('id').execute();
const events = () => tdb.db.selectFrom('events').selectAll().orderBy('id').execute();

/** A lead reported before, by a member of another chamber: its id. */
async function reportedBefore(): Promise<number> {
  const first = await joinAs(core, tdb.db, 'member', { chamber: '重慶商會', name: '張三' });
  await first.send(`/lead ${FIRST_REPORT}`);
  return Number(/#(\d+)/.exec(text(await first.press('保存')))![1]);
}

describe('a batch item that looks like an existing lead', () => {
  it('offers merge or save separately for that item, and save all saves the others only, saying which item waits', async () => {
    const id = await reportedBefore();
    const member = await joinAs(core, tdb.db, 'member', { name: '劉四' });
    const shown = text(await member.send(WEEKLY));
    expect(shown).toContain('3 条上报');
    expect(shown).toContain(`可能与 #${id} 重复（重庆商会 2026-11-20 首报）`);
    expect(shown).toMatch(/第1条可能与已有线索重复，全部保存不会保存它们/);
    expect(member.lastButtons.map((b) => b.label)).toEqual([
      '✅ 全部保存（2条）',
      `🔗 第1条并入 #${id}`,
      '➕ 第1条另存',
      '✏️ 改第1条',
      '✖️ 删第1条',
      '✏️ 改第2条',
      '✖️ 删第2条',
      '✏️ 改第3条',
      '✖️ 删第3条',
    ]);

    const saved = await member.press('全部保存');
    expect(saved[0].edit).toBe(true);
    expect(text(saved)).toMatch(/已保存 2 条/);
    expect(text(saved)).toMatch(/第1条可能与已有线索重复/);
    expect((await leads()).map((l) => l.investment_yuan)).toEqual([300_000_000, 600_000_000]);
    expect(await events()).toHaveLength(1);
    // Only the waiting item's choice is left: nothing more to save all.
    expect(member.lastButtons.map((b) => b.label)).toEqual([`🔗 第1条并入 #${id}`, '➕ 第1条另存', '✏️ 改第1条', '✖️ 删第1条']);

    const merged = text(await member.press('并入'));
    expect(merged).toContain('已合并到重庆商会 2026-11-20 首报的线索');
    expect(merged).toMatch(/已经保存过了/);
    expect(await leads()).toHaveLength(2);
    const coReporters = await tdb.db.selectFrom('lead_co_reporters').select('lead_id').execute();
    expect(coReporters).toEqual([{ lead_id: id }]);
    // The first report keeps its figures; the merged item's are in its history.
    expect((await leads())[0]).toMatchObject({ id, investment_yuan: 300_000_000 });
  });

  it('saves the item on its own when the reporter says it is not the same, and a repeated tap saves nothing twice', async () => {
    const id = await reportedBefore();
    const member = await joinAs(core, tdb.db, 'member');
    await member.send(WEEKLY);
    const separate = member.lastButtons.find((b) => b.label.includes('第1条另存'))!;
    const apart = await member.press('第1条另存');
    expect(apart[0].edit).toBe(true);
    const [, newId] = (await leads()).map((l) => l.id);
    expect(text(apart)).toContain(`已保存为线索 #${newId}`);
    expect(text(apart)).toContain(`1. ✅ 已记录：招商线索 #${newId}`);
    expect(member.lastButtons[0].label).toBe('✅ 全部保存（2条）');

    expect(text(await member.deliver({ action: separate.action }))).toMatch(/已经保存过了（#\d+）/);
    await member.press('全部保存');
    expect((await leads()).map((l) => l.investment_yuan)).toEqual([300_000_000, 500_000_000, 600_000_000]);
    expect((await leads()).map((l) => l.id)).toContain(id);
    expect(await events()).toHaveLength(1);
  });

  it('leaves an item waiting when it repeats another item of the same message saved a moment before', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send('1、冷链物流园项目已签约，投资5亿元，联系人王总 13912345678；2、冷链物流园项目洽谈二期，拟投资2亿元，联系人王总 13912345678。');
    expect(member.lastButtons[0].label).toBe('✅ 全部保存（2条）');
    const saved = await member.press('全部保存');
    expect(text(saved)).toMatch(/已保存 1 条/);
    const [first] = await leads();
    expect(text(saved)).toContain(`可能与 #${first.id} 重复`);
    expect(await leads()).toHaveLength(1);
    expect(member.lastButtons.map((b) => b.label)).toContain(`🔗 第2条并入 #${first.id}`);
  });
});

describe('/lead with several reports', () => {
  it('splits them like a plain message, into one batch with save all', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const shown = text(await member.send(`/lead ${WEEKLY}`));
    expect(shown).toContain('3 条上报');
    expect(shown).toMatch(/1\. 招商线索[\s\S]*冷链物流园[\s\S]*2\. 招商线索[\s\S]*6\.00亿元[\s\S]*3\. 活动[\s\S]*推介会/);
    expect(member.lastButtons[0].label).toBe('✅ 全部保存（3条）');
    expect(text(await member.press('全部保存'))).toMatch(/已保存 3 条/);
    expect((await leads()).map((l) => l.investment_yuan)).toEqual([500_000_000, 600_000_000]);
    expect(await events()).toHaveLength(1);
  });

  it('keeps one report whose facts are numbered as one draft, as before', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    expect(text(await member.send('/lead 福建閩泰食品擬投資中央廚房項目，1、投資3億 2、佔地50畝'))).toMatch(/我理解的招商线索如下/);
    await member.press('保存');
    expect(await leads()).toMatchObject([{ investment_yuan: 300_000_000, area_mu: 50 }]);
  });
});
