import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import type { Core } from '../../src/core/conversation.ts';

const text = ChatUser.text;
const tdb = useTestDatabase();
let core: Core;

beforeEach(async () => {
  core = testCore(tdb.db, testClock()).core;
});

const WEEKLY_TW = '本週工作：1、寧波華美汽車內飾項目已簽約，投資1.2億元；2、與深圳比亞迪洽談新能源電池項目，擬投資6億元；3、11月28日舉辦推介會，邀請企業30家。';
const WEEKLY_CN =
  '本周工作：\n1、宁波华美汽车内饰项目已签约，投资1.2亿元；\n2、与深圳比亚迪洽谈新能源电池项目，拟投资6亿元；\n3、11月28日举办推介会，邀请企业30家。';

const leads = () => tdb.db.selectFrom('leads').selectAll().orderBy('id').execute();
const events = () => tdb.db.selectFrom('events').selectAll().orderBy('id').execute();

describe('several reports in one message', () => {
  it('shows one draft per report with save all, and one tap saves leads and events together', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const shown = await member.send(WEEKLY_CN);
    expect(shown).toHaveLength(1);
    expect(text(shown)).toContain('3 条上报');
    expect(text(shown)).toMatch(/1\. 招商线索[\s\S]*华美汽车内饰[\s\S]*2\. 招商线索[\s\S]*6\.00亿元[\s\S]*3\. 活动[\s\S]*推介会/);
    expect(member.lastButtons.map((b) => b.label)).toEqual([
      '✅ 全部保存（3条）',
      '✏️ 改第1条',
      '✖️ 删第1条',
      '✏️ 改第2条',
      '✖️ 删第2条',
      '✏️ 改第3条',
      '✖️ 删第3条',
    ]);
    expect(await leads()).toHaveLength(0);

    const saved = await member.press('全部保存');
    expect(saved[0].edit).toBe(true);
    expect(text(saved)).toMatch(/已保存 3 条/);
    expect(await leads()).toMatchObject([
      { stage: 'signed', investment_yuan: 120_000_000, raw_text: '宁波华美汽车内饰项目已签约，投资1.2亿元' },
      { stage: 'negotiating', investment_yuan: 600_000_000 },
    ]);
    expect(await events()).toMatchObject([{ event_type: 'promotion', invited_enterprises: 30, held_on: '2026-11-28' }]);

    // A second tap (or the platform delivering the tap again) saves nothing twice.
    expect(text(await member.press('全部保存'))).toMatch(/已经保存过了（招商线索 #1、招商线索 #2、活动 #1）/);
    expect(await leads()).toHaveLength(2);
    expect(await events()).toHaveLength(1);
  });

  it('quotes a note among the reports instead of making it a draft to cancel', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const shown = await member.send(
      '1. 寧波華美汽車內飾項目已簽約，投資1.2億元\n2. 群裡有人問停車的事，已經答覆\n3. 與深圳比亞迪洽談新能源電池項目，擬投資6億元',
    );
    expect(text(shown)).toContain('这一段看不出是招商线索还是活动，没有建草稿：「群裡有人問停車的事，已經答覆」');
    expect(text(shown)).toContain('2 条上报');
    expect(member.lastButtons.map((b) => b.label)).toEqual(['✅ 全部保存（2条）', '✏️ 改第1条', '✖️ 删第1条', '✏️ 改第2条', '✖️ 删第2条']);
    expect(text(await member.press('全部保存'))).toMatch(/已保存 2 条/);
    expect(await leads()).toMatchObject([{ stage: 'signed' }, { stage: 'negotiating', investment_yuan: 600_000_000 }]);
    expect(await events()).toHaveLength(0);
  });

  it('handles the same tap delivered twice by the platform once', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send(WEEKLY_CN);
    const action = member.lastButtons[0].action;
    const update = { action, updateId: 'tap-1' };
    await member.deliver(update);
    const again = await core.handle({ platform: 'test', updateId: 'tap-1', chat: member.chat, user: { id: member.userId, name: member.name }, action });
    expect(again.duplicate).toBe(true);
    expect(await leads()).toHaveLength(2);
  });

  it('edits one item and cancels another before saving the rest, in the reporter script', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send(WEEKLY_TW);
    expect(text(await member.press('改第2条'))).toMatch(/請發送要修改的一項|请发送要修改的一项/);
    const edited = await member.send('投資 7億');
    expect(text(edited)).toMatch(/7\.00[亿億]元/);
    expect(member.lastButtons.some((b) => b.label.includes('全部保存'))).toBe(true);
    const afterCancel = await member.press('删第3条');
    expect(afterCancel[0].edit).toBe(true);
    expect(text(afterCancel)).toMatch(/3\. （已取消）/);
    expect(member.lastButtons[0].label).toContain('2');
    await member.press('全部保存');
    expect((await leads()).map((l) => l.investment_yuan)).toEqual([120_000_000, 700_000_000]);
    expect(await events()).toHaveLength(0);
    expect((await leads())[0].project).toMatch(/華美汽車內飾/);
  });

  it('says so when every item was cancelled', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send('① 温州鞋业项目已开工，投资3000万元 ② 东莞电子项目洽谈中，投资1亿');
    await member.press('删第1条');
    expect(text(await member.press('删第2条'))).toMatch(/全部已取消/);
    expect(await leads()).toHaveLength(0);
  });

  it('lets nobody else save or change the reporter drafts, and writes nothing for a forged batch', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send(WEEKLY_CN);
    const saveAll = member.lastButtons[0].action;
    const other = await joinAs(core, tdb.db, 'secretary', { chamber: '重庆商会' });
    expect(text(await other.deliver({ action: saveAll }))).toMatch(/其他人的报告/);
    expect(text(await other.deliver({ action: 'b:save:999' }))).toMatch(/过期|過期|失效/);
    expect(await leads()).toHaveLength(0);
  });

  it('refuses to start drafts for one who may not report, writing none', async () => {
    const official = await joinAs(core, tdb.db, 'official');
    await official.send(WEEKLY_CN);
    expect(await tdb.db.selectFrom('drafts').selectAll().execute()).toHaveLength(0);
  });

  it('saves nothing when one item cannot be saved', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send(WEEKLY_CN);
    // An item made unsaveable behind the bot's back (as a bad edit would): the batch must roll back whole.
    const drafts = await tdb.db.selectFrom('drafts').selectAll().orderBy('id').execute();
    await tdb.db
      .updateTable('drafts')
      .set({ fields: JSON.stringify({ ...drafts[1].fields, investmentYuan: -5 }) })
      .where('id', '=', drafts[1].id)
      .execute();
    const replies = await member.press('全部保存');
    expect(text(replies)).toMatch(/金额|金額/);
    expect(await leads()).toHaveLength(0);
    expect(await events()).toHaveLength(0);
    expect((await tdb.db.selectFrom('drafts').select('status').execute()).every((d) => d.status === 'open')).toBe(true);
  });

  it('keeps one project whose facts are numbered, and one report in several sentences, as one draft', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    expect(text(await member.send('福建閩泰食品擬投資中央廚房項目，1、投資3億 2、佔地50畝'))).toMatch(/我理解的招商线索如下/);
    await member.press('保存');
    expect(await leads()).toMatchObject([{ investment_yuan: 300_000_000, area_mu: 50 }]);
  });
});

describe('proposed titles', () => {
  it('proposes a title from what the report says, saved with one tap and no question', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    const replies = await member.send('寧波客商擬投資1.2億元發展汽車內飾，已洽談兩次');
    expect(text(replies)).toContain('寧波汽車內飾項目（1.2億）');
    expect(text(replies)).toMatch(/是我擬的|是我拟的/);
    expect(text(replies)).not.toMatch(/叫什么|叫什麼/);
    await member.press('保存');
    expect(await leads()).toMatchObject([{ project: '寧波汽車內飾項目（1.2億）', stage: 'negotiating', investment_yuan: 120_000_000 }]);
  });

  it('lets the reporter change the proposed title with Edit', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send('深圳老板在经开区投资5亿做新能源电池');
    await member.press('修改');
    const edited = await member.send('项目 比亚迪储能基地');
    expect(text(edited)).toContain('比亚迪储能基地');
    expect(text(edited)).not.toMatch(/是我拟的/);
    await member.press('保存');
    expect((await leads())[0].project).toBe('比亚迪储能基地');
  });
});
