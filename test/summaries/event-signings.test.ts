import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, joinAs, testClock, testCore } from '../support/chat.ts';
import type { Core } from '../../src/core/conversation.ts';
import { FULL_CONTACTS } from '../../src/domain/contact-view.ts';
import { parsePeriod, type Period } from '../../src/domain/periods.ts';
import { exportWorkbook } from '../../src/summaries/export.ts';
import { figuresFromRollup } from '../../src/summaries/rollup.ts';
import { summarize } from '../../src/summaries/summary.ts';
import { figuresFromTables } from './reference-figures.ts';
import { addChamberRow } from './fixtures.ts';

/**
 * Issue 12, events: what a member reports of an event reaches the official's /summary as they
 * meant it — projects signed on site at events are a figure of their own, and enterprises
 * visited are not enterprises invited.
 */

const text = ChatUser.text;
const TZ = 'Asia/Shanghai';
const tdb = useTestDatabase();

async function addEventWithSignings(chamberId: number, heldOn: string, signed: number | null) {
  await tdb.db
    .insertInto('events')
    .values({ chamber_id: chamberId, event_type: 'promotion', held_on: heldOn, signed_projects: signed, raw_text: 'fixture' })
    .execute();
}

describe('projects signed on site at events', () => {
  it('sums the signings of events held in the period, per chamber, from the rollup and the tables alike', async () => {
    const chengdu = await addChamberRow(tdb.db, '成都商會');
    const shanghai = await addChamberRow(tdb.db, '上海商會');
    await addEventWithSignings(chengdu, '2018-01-01', 3);
    await addEventWithSignings(chengdu, '2018-06-30', 2);
    await addEventWithSignings(chengdu, '2018-03-03', null);
    await addEventWithSignings(shanghai, '2018-04-04', 4);
    await addEventWithSignings(shanghai, '2017-12-31', 7);
    await addEventWithSignings(shanghai, '2018-07-01', 9);
    const window = { from: '2018-01-01', to: '2018-06-30' };
    for (const [name, source] of [
      ['rollup', figuresFromRollup],
      ['tables', figuresFromTables],
    ] as const) {
      const s = await summarize(tdb.db, window, 'all', TZ, { source });
      expect(s.total.onSiteSignings, name).toBe(9);
      expect(s.chambers.find((c) => c.chamber === '成都商會')?.onSiteSignings, name).toBe(5);
      expect(s.chambers.find((c) => c.chamber === '上海商會')?.onSiteSignings, name).toBe(4);
    }
    const one = await summarize(tdb.db, window, [shanghai], TZ);
    expect(one.total.onSiteSignings).toBe(4);
  });

  it('has a column in the workbook’s figures, per chamber and for the city', async () => {
    const chengdu = await addChamberRow(tdb.db, '成都商會');
    await addEventWithSignings(chengdu, '2018-02-02', 3);
    const period = (parsePeriod('2018上半年', '2026-11-29') as { period: Period }).period;
    const { data } = await exportWorkbook(tdb.db, period, 'all', {
      lang: 'zh-CN',
      timeZone: TZ,
      now: new Date('2026-11-29T02:00:00Z'),
      contactView: () => FULL_CONTACTS,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
    const summary = workbook.worksheets[0];
    const column = (summary.getRow(3).values as unknown[]).indexOf('活动现场签约(个)');
    expect(column).toBeGreaterThan(0);
    const byChamber = new Map<unknown, unknown>();
    summary.eachRow((row) => byChamber.set(row.getCell(2).value, row.getCell(column).value));
    expect(byChamber.get('成都商会')).toBe(3); // names in the reader's script
    expect(byChamber.get('全市合计')).toBe(3);
  });
});

describe('events reported in the chat, in /summary', () => {
  let core: Core;
  beforeEach(() => {
    core = testCore(tdb.db, testClock()).core;
  });

  async function report(member: ChatUser, message: string) {
    await member.send(message);
    const saved = text(await member.press('保存'));
    expect(saved).toMatch(/已保存|已儲存/);
    return saved;
  }

  it('shows the on-site signings in the figures and the bulletin, in each language', async () => {
    const member = await joinAs(core, tdb.db, 'member', { chamber: '成都商會' });
    await report(member, '11月20日在杭州舉辦招商推介會，邀請企業客商45戶，現場簽約3個項目');
    await report(member, '11月25日举办项目洽谈会，现场签约2个项目');
    const official = await joinAs(core, tdb.db, 'official');

    const zhCN = text(await official.send('/summary 2026-11-01..2026-11-30'));
    expect(zhCN).toContain('活动现场签约：5 个项目');
    expect(zhCN).toContain('邀请企业 45 户');
    expect(zhCN).toMatch(/通报稿：\n.*活动现场签约5个项目/);

    await official.send('/lang zh-TW');
    expect(text(await official.send('/summary 2026-11-01..2026-11-30'))).toMatch(/活動現場簽約：5 個項目[\s\S]*活動現場簽約5個項目/);
    await official.send('/lang en');
    expect(text(await official.send('/summary 2026-11-01..2026-11-30'))).toMatch(
      /Signed on site at events: 5 projects[\s\S]*signed 5 projects on site at events/,
    );
  });

  it('says nothing of on-site signings when no event had any', async () => {
    const member = await joinAs(core, tdb.db, 'member', { chamber: '成都商會' });
    await report(member, '11月20日在杭州舉辦招商推介會，邀請企業客商45戶');
    const official = await joinAs(core, tdb.db, 'official');
    expect(text(await official.send('/summary 2026-11-01..2026-11-30'))).not.toContain('现场签约');
  });

  it('counts a visit of enterprises as a visit, never as enterprises invited', async () => {
    const member = await joinAs(core, tdb.db, 'member', { chamber: '成都商會' });
    await report(member, '11月20日在杭州舉辦招商推介會，邀請企業客商45戶');
    const visit = await report(member, '11月22日商會走訪了12家會員企業');
    expect(visit).toMatch(/考察/);
    expect(visit).not.toMatch(/邀请企业|邀請企業/);
    const official = await joinAs(core, tdb.db, 'official');
    const answer = text(await official.send('/summary 2026-11-01..2026-11-30'));
    expect(answer).toContain('推介会 1 场 · 考察 1 场 · 邀请企业 45 户');
  });
});
