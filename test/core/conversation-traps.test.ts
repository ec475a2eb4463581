import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import type { Core } from '../../src/core/conversation.ts';

const text = ChatUser.text;
const tdb = useTestDatabase();
let core: Core;

beforeEach(() => {
  core = testCore(tdb.db, testClock()).core;
});

const leads = () => tdb.db.selectFrom('leads').selectAll().orderBy('id').execute();

describe('a pending question does not trap the reporter', () => {
  it('a full report sent while the bot waits for a title starts a new draft, and the question is dropped', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    expect(text(await member.send('/lead 总投资约十二亿元，到位资金六亿元，已开工建设'))).toMatch(/叫什么/);
    const replies = text(await member.send('冷鏈物流園項目擬投資3億元，聯繫人王總 13912345678'));
    expect(replies).toContain('上一个问题已取消');
    expect(replies).toContain('项目：冷鏈物流園');
    expect(replies).not.toMatch(/叫什么/);
    await member.press('保存');
    expect((await leads()).map((l) => l.project)).toEqual(['冷鏈物流園']);
    // The bot no longer waits for the first draft's title: a short name is chit-chat now.
    expect(text(await member.send('城北康养中心'))).not.toContain('上一个问题已取消');
    expect((await leads()).map((l) => l.project)).toEqual(['冷鏈物流園']);
  });

  it('a full report sent while the bot waits for an Edit value starts a new draft; a correction is still a correction', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send('天府物流園項目擬投資3億元');
    await member.press('修改');
    expect(text(await member.send('投資 4億'))).toContain('4.00亿元');
    await member.press('修改');
    const replies = text(await member.send('11月20日在成都舉辦推介會，邀請企業30家，現場簽約3個項目'));
    expect(replies).toContain('上一个问题已取消');
    expect(replies).toContain('推介会');
    await member.press('保存');
    expect(await tdb.db.selectFrom('events').select('invited_enterprises').execute()).toEqual([{ invited_enterprises: 30 }]);
    expect(await leads()).toEqual([]);
  });

  it('a one-word title is still taken as the title', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    await member.send('/lead 总投资约十二亿元，到位资金六亿元，已开工建设');
    expect(text(await member.send('城北康养中心'))).not.toContain('上一个问题已取消');
    await member.press('保存');
    expect((await leads()).map((l) => l.project)).toEqual(['城北康养中心']);
  });

  it('/lead and /event without text show how to use them', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    expect(text(await member.send('/lead'))).toContain('用法：/lead 线索内容');
    expect(text(await member.send('/event'))).toContain('用法：/event 活动内容');
    await member.send('/lang en');
    expect(text(await member.send('/lead'))).toContain('Usage: /lead TEXT');
  });

  it('Save does not ask for the title a second time: it saves under the first words and says how to rename', async () => {
    const member = await joinAs(core, tdb.db, 'member');
    expect(text(await member.send('/lead 总投资约十二亿元，到位资金六亿元，已开工建设'))).toMatch(/叫什么/);
    const saved = text(await member.press('保存'));
    expect(saved).not.toMatch(/叫什么/);
    expect(saved).toContain('暂以「总投资约十二亿元」保存');
    const [lead] = await leads();
    expect(lead).toMatchObject({ project: '总投资约十二亿元', investment_yuan: 1_200_000_000 });
    expect(saved).toContain(`/edit ${lead.id} 项目`);
    expect(text(await member.send(`/edit ${lead.id} 项目 城北康养中心`))).toContain('城北康养中心');
  });
});
