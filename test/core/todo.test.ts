import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import { remindersJob } from '../../src/jobs/reminders.ts';
import { runPeriod } from '../../src/jobs/runs.ts';
import { loadOutbound } from '../../src/outbox/payload.ts';
import { jobCtx } from '../jobs/helpers.ts';

const text = ChatUser.text;
const tdb = useTestDatabase();

async function saveLead(user: ChatUser, report: string): Promise<number> {
  await user.send(`/lead ${report}`);
  return Number(/#(\d+)/.exec(text(await user.press('保存')))![1]);
}

/** A chamber a month on: a negotiation nobody followed (escalated), a new lead without an owner, another chamber's lead. */
async function world() {
  const clock = testClock('2026-10-30T02:00:00Z');
  const { core } = testCore(tdb.db, clock);
  const secretary = await joinAs(core, tdb.db, 'secretary', { name: '張秘書長' });
  const zhang = await joinAs(core, tdb.db, 'member', { name: '張三' });
  const li = await joinAs(core, tdb.db, 'member', { name: '李四' });
  const official = await joinAs(core, tdb.db, 'official', { name: '王處長' });
  const outsider = await joinAs(core, tdb.db, 'secretary', { chamber: '重慶商會', name: '劉秘書長' });
  const silent = await saveLead(zhang, '冷鏈物流園項目擬投資3億元，正在洽談');
  await secretary.send(`/assign ${silent} 張三`);
  const otherChamber = await saveLead(outsider, '火鍋底料廠項目擬投資1億元');
  clock.set('2026-11-28T02:00:00Z');
  const fresh = await saveLead(li, '光伏組件廠項目擬投資2億元');
  clock.set('2026-11-30T00:37:00Z');
  return { clock, core, secretary, zhang, li, official, outsider, silent, fresh, otherChamber };
}

describe('/todo', () => {
  it('gives a secretary the list the morning reminder would send, with the same buttons, at any time', async () => {
    const w = await world();
    const replies = await w.secretary.send('/todo');
    const [answer] = replies;
    expect(answer.text).toContain('成都商会：2 条线索需要处理');
    expect(answer.text).toMatch(new RegExp(`#${w.silent} 冷鏈物流園（洽谈）：\\d+ 天没有跟进`));
    expect(answer.text).toContain(`#${w.fresh} 光伏組件廠（线索）`);
    expect(answer.text).not.toContain('火鍋底料廠');
    expect(answer.buttons![0].map((b) => b.label)).toEqual([`#${w.silent} 已跟进`, '延期7天', '转交', '查看']);

    await runPeriod(jobCtx(tdb.db, w.clock.now, { platforms: ['test'] }), remindersJob, '2026-11-30', { instance: 'test', trigger: 'manual' });
    const rows = await tdb.db.selectFrom('outbox').select('payload').where('job', '=', 'reminders').execute();
    const sent = rows.map((r) => loadOutbound(r.payload)).find((o) => o.text.includes('成都商会'))!;
    expect(answer.text).toBe(sent.text);
    expect(answer.buttons).toEqual(sent.buttons);

    // Its buttons work from the /todo answer too.
    expect(text(await w.secretary.press('已跟进'))).toContain(`#${w.silent}`);
    expect(text(await w.secretary.send('待办'))).toContain('1 条线索需要处理');
  });

  it('gives an official the leads escalated across chambers, and a member their own', async () => {
    const w = await world();
    const escalated = text(await w.official.send('/todo'));
    expect(escalated).toContain(`成都商会 #${w.silent} 冷鏈物流園`);
    expect(escalated).not.toContain('光伏組件廠');

    const mine = await w.zhang.send('/待辦');
    expect(mine[0].text).toContain('【我的待办】1 条线索');
    expect(mine[0].text).toContain('冷鏈物流園');
    expect(mine[0].buttons!.flat().some((b) => b.action.startsWith('r:t:'))).toBe(false);
    expect(text(await w.li.send('/todo'))).toContain('光伏組件廠');
    expect(text(await w.li.send('/todo'))).not.toContain('冷鏈物流園');

    await w.zhang.send(`/follow ${w.silent} 已見面`);
    expect(text(await w.zhang.send('/todo'))).toContain('今天没有需要处理的线索');
  });
});
