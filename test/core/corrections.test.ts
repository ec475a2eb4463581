import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import type { Core } from '../../src/core/conversation.ts';

const text = ChatUser.text;
const tdb = useTestDatabase();
let core: Core;
let clock: ReturnType<typeof testClock>;

beforeEach(() => {
  clock = testClock();
  core = testCore(tdb.db, clock).core;
});

/** Reports and saves a lead; returns its id. */
async function saveLead(user: ChatUser, report: string): Promise<number> {
  await user.send(report);
  const saved = text(await user.press('保存'));
  const id = /#(\d+)/.exec(saved)?.[1];
  if (!id) throw new Error(`not saved: ${saved}`);
  return Number(id);
}

describe('/edit after Save', () => {
  it('lets the reporter correct the amount, the phone (a landline) and the contact, each kept in /show with who, when, old and new', async () => {
    const reporter = await joinAs(core, tdb.db, 'member', { name: '李會員' });
    const id = await saveLead(reporter, '冷鏈物流園項目擬投資3億元，聯繫人王總 13912345678');

    const amount = text(await reporter.send(`/edit ${id} 投資 3.5億`));
    expect(amount).toContain(`已更正 #${id}`);
    expect(amount).toContain('总投资：3.00亿元 → 3.50亿元');
    clock.advanceDays(1);
    // A member may not read phones: the reply masks them, the secretary reads them in full.
    expect(text(await reporter.send(`/edit ${id} 電話 028-85551234`))).toContain('电话：*******5678 → ***-****1234');
    expect(text(await reporter.send(`/edit ${id} 聯繫人 周總`))).toContain('联系人：王總 → 周總');

    const shown = text(await reporter.send(`/show ${id}`));
    expect(shown).toContain('总投资：3.50亿元');
    expect(shown).toMatch(/2026-11-29 10:00 李會員 更正 总投资：3.00亿元 → 3.50亿元/);
    expect(shown).toMatch(/2026-11-30 10:00 李會員 更正 电话：/);
    const secretary = await joinAs(core, tdb.db, 'secretary');
    expect(text(await secretary.send(`/show ${id}`))).toContain('更正 电话：13912345678 → 028-85551234');
    expect(shown).toContain('李會員 更正 联系人：王總 → 周總');
  });

  it('takes field names in either script and in English', async () => {
    const reporter = await joinAs(core, tdb.db, 'member');
    const id = await saveLead(reporter, '天府物流園項目擬投資3億元');
    expect(text(await reporter.send(`/edit ${id} 投资 4亿`))).toContain('3.00亿元 → 4.00亿元');
    expect(text(await reporter.send(`/edit #${id} investment 500 million`))).toContain('4.00亿元 → 5.00亿元');
    expect(text(await reporter.send(`/edit ${id} 就業 200`))).toContain('就业：（空） → 200 人');
  });

  it('refuses what it cannot read, naming the field, and leaves the lead as it was', async () => {
    const reporter = await joinAs(core, tdb.db, 'member');
    const id = await saveLead(reporter, '天府物流園項目擬投資3億元');
    const bad = text(await reporter.send(`/edit ${id} 電話 明天打給他`));
    expect(bad).toContain('「明天打給他」不是有效的电话');
    expect(bad).not.toContain('金额');
    expect(text(await reporter.send(`/edit ${id} 投資 很多`))).toContain('不是有效的总投资');
    expect(text(await reporter.send(`/edit ${id}`))).toContain('用法：/edit 编号 项目 新值');
    expect(text(await reporter.send(`/edit ${id} 階段 簽約`))).toContain('/stage');
    expect(text(await reporter.send(`/edit ${id} 投資 3億`))).toContain('本来就是 3.00亿元');
    const shown = text(await reporter.send(`/show ${id}`));
    expect(shown).toContain('总投资：3.00亿元');
    expect(shown).not.toContain('更正');
  });

  it('is for the reporter, the owner and the secretary: not a colleague, nor another chamber', async () => {
    const reporter = await joinAs(core, tdb.db, 'member');
    const colleague = await joinAs(core, tdb.db, 'member', { name: '王同事' });
    const secretary = await joinAs(core, tdb.db, 'secretary', { name: '張秘書長' });
    const outsider = await joinAs(core, tdb.db, 'secretary', { chamber: '重慶商會' });
    const id = await saveLead(reporter, '天府物流園項目擬投資3億元');

    expect(text(await colleague.send(`/edit ${id} 投資 9億`))).toContain('没有权限');
    expect(text(await outsider.send(`/edit ${id} 投資 9億`))).toContain(`找不到编号为 ${id} 的线索`);
    await secretary.send(`/assign ${id} 王同事`);
    expect(text(await colleague.send(`/edit ${id} 投資 4億`))).toContain('3.00亿元 → 4.00亿元');
    expect(text(await secretary.send(`/edit ${id} 投資 5億`))).toContain('4.00亿元 → 5.00亿元');
  });

  it('shows the phone masked to a member who may not read it, even in the history', async () => {
    const reporter = await joinAs(core, tdb.db, 'member');
    const id = await saveLead(reporter, '天府物流園項目擬投資3億元，聯繫電話 13912345678');
    await reporter.send(`/edit ${id} 電話 0755-8888 1234 轉 806`);
    const shown = text(await reporter.send(`/show ${id}`));
    expect(shown).not.toContain('0755-88881234');
    expect(shown).not.toContain('13912345678');
    const secretary = await joinAs(core, tdb.db, 'secretary');
    expect(text(await secretary.send(`/show ${id}`))).toContain('电话：13912345678 → 0755-88881234-806');
  });

  it('corrects an event with /edit E12', async () => {
    const reporter = await joinAs(core, tdb.db, 'member');
    await reporter.send('/event 11月20日在成都舉辦推介會，邀請企業20家，現場簽約2個項目');
    const saved = text(await reporter.press('保存'));
    const id = Number(/#(\d+)/.exec(saved)![1]);
    expect(text(await reporter.send(`/edit E${id} 邀請 30`))).toContain(`已更正 E${id}`);
    expect(text(await reporter.send(`/edit E${id} 現場簽約 3`))).toContain('现场签约：2 个 → 3 个');
    expect(text(await reporter.send('/events'))).toContain('30');
    const other = await joinAs(core, tdb.db, 'member', { chamber: '重慶商會' });
    expect(text(await other.send(`/edit E${id} 邀請 99`))).toContain(`找不到编号为 E${id} 的活动`);
  });
});

describe('/stage with a note', () => {
  it('shows the note in the history', async () => {
    const reporter = await joinAs(core, tdb.db, 'member', { name: '李會員' });
    const id = await saveLead(reporter, '天府物流園項目擬投資3億元');
    await reporter.send(`/stage ${id} 洽談 已與企業董事長見面，下週看地`);
    expect(text(await reporter.send(`/show ${id}`))).toContain('李會員 阶段 线索 → 洽谈：已與企業董事長見面，下週看地');
  });
});

describe('/delete and /restore', () => {
  it('take a lead made by mistake out of lists and figures, keep it in history, and bring it back', async () => {
    const reporter = await joinAs(core, tdb.db, 'member');
    const secretary = await joinAs(core, tdb.db, 'secretary', { name: '張秘書長' });
    const official = await joinAs(core, tdb.db, 'official');
    const kept = await saveLead(reporter, '天府物流園項目已簽約，總投資3億元');
    const mistake = await saveLead(reporter, '冷鏈物流園項目已簽約，總投資5億元，到位資金1億元');
    await reporter.send(`/follow ${mistake} 已電話溝通`);
    expect(text(await official.send('/summary 2026年11月'))).toContain('签约 2 个，投资 8.00亿元');

    expect(text(await reporter.send(`/delete ${mistake}`))).toContain('没有权限');
    expect(text(await secretary.send(`/delete ${mistake}`))).toContain(`已删除线索 #${mistake}「冷鏈物流園」`);
    expect(text(await secretary.send('/leads'))).not.toContain(`#${mistake}`);
    expect(text(await secretary.send('/leads'))).toContain(`#${kept}`);
    expect(text(await official.send('/summary 2026年11月'))).toContain('签约 1 个，投资 3.00亿元');
    expect(text(await reporter.send(`/show ${mistake}`))).toContain('已于 2026-11-29 10:00 被 張秘書長 删除');
    expect(text(await reporter.send(`/restore ${mistake}`))).toContain('没有权限');

    clock.advanceDays(1);
    expect(text(await secretary.send(`/restore ${mistake}`))).toContain(`已恢复线索 #${mistake}`);
    expect(text(await secretary.send(`/restore ${mistake}`))).toContain('没有被删除');
    expect(text(await official.send('/summary 2026年11月'))).toContain('签约 2 个，投资 8.00亿元');
    const shown = text(await secretary.send(`/show ${mistake}`));
    expect(shown).toContain('跟进：已電話溝通');
    expect(shown).toContain('2026-11-29 10:00 張秘書長 删除了此线索');
    expect(shown).toContain('2026-11-30 10:00 張秘書長 恢复了此线索');
  });

  it('is refused to a secretary of another chamber', async () => {
    const reporter = await joinAs(core, tdb.db, 'member');
    const outsider = await joinAs(core, tdb.db, 'secretary', { chamber: '重慶商會' });
    const id = await saveLead(reporter, '天府物流園項目擬投資3億元');
    expect(text(await outsider.send(`/delete ${id}`))).toContain(`找不到编号为 ${id} 的线索`);
    expect(text(await reporter.send(`/show ${id}`))).toContain('天府物流園');
  });
});
