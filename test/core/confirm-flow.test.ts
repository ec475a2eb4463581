import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import type { Core } from '../../src/core/conversation.ts';
import { expireDrafts } from '../../src/core/confirm-flow.ts';

/** The draft → Save / Cancel steps reports and the catalog share (src/core/confirm-flow.ts). */

const text = ChatUser.text;
const tdb = useTestDatabase();
let core: Core;

beforeEach(() => {
  core = testCore(tdb.db, testClock()).core;
});

const DAY = 24 * 3_600_000;
const projects = () => tdb.db.selectFrom('projects').select('name').execute();

describe('one draft-and-confirm flow', () => {
  it('answers a repeated Save and a late Cancel of a published project "already published", publishing once', async () => {
    const official = await joinAs(core, tdb.db, 'official');
    await official.send('/project add 名稱：電子信息產業園二期 行業：電子 擬引資：5億元');
    const [save, cancel] = official.lastButtons;
    expect(text(await official.deliver({ action: save.action }))).toMatch(/已发布招商项目 #1/);
    expect(text(await official.deliver({ action: save.action }))).toBe('已经发布过了（编号 1）。');
    expect(text(await official.deliver({ action: cancel.action }))).toBe('已经发布过了（编号 1）。');
    expect(await projects()).toEqual([{ name: '電子信息產業園二期' }]);
  });

  it("lets nobody press another's draft, in either flow", async () => {
    const official = await joinAs(core, tdb.db, 'official');
    const other = await joinAs(core, tdb.db, 'official', { name: '另一位' });
    await official.send('/project add 名稱：冷鏈物流中心 行業：物流');
    const [publish] = official.lastButtons;
    expect(text(await other.deliver({ action: publish.action }))).toMatch(/其他人的报告/);
    const member = await joinAs(core, tdb.db, 'member');
    const secretary = await joinAs(core, tdb.db, 'secretary');
    await member.send('/lead 冷鏈物流園項目已簽約，總投資3億元');
    const [saveReport] = member.lastButtons;
    expect(text(await secretary.deliver({ action: saveReport.action }))).toMatch(/其他人的报告/);
    expect(await projects()).toEqual([]);
    expect(await tdb.db.selectFrom('leads').select('id').execute()).toEqual([]);
  });

  it('cancels a catalog draft left a week, whose Save then records nothing; a report draft waits until answered', async () => {
    const official = await joinAs(core, tdb.db, 'official');
    await official.send('/policy add 標題：人才公寓補貼 內容：每月補貼2000元');
    const [publish] = official.lastButtons;
    const member = await joinAs(core, tdb.db, 'member');
    await member.send('/lead 冷鏈物流園項目已簽約，總投資3億元');

    expect(await expireDrafts(tdb.db, new Date(Date.now() + 6 * DAY))).toBe(0);
    expect(await expireDrafts(tdb.db, new Date(Date.now() + 8 * DAY))).toBe(1);
    expect(text(await official.deliver({ action: publish.action }))).toBe('这条报告已经取消了。');
    expect(await tdb.db.selectFrom('policies').select('id').execute()).toEqual([]);

    expect(text(await member.press('保存'))).toMatch(/已保存为线索 #1/);
  });
});
