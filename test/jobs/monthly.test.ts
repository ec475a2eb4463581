import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { ChatUser, testClock, testCore } from '../support/chat.ts';
import { nudgeJob } from '../../src/jobs/nudge.ts';
import { housekeepingJob } from '../../src/jobs/housekeeping.ts';
import { summaryJob } from '../../src/jobs/monthly-summary.ts';
import { runPeriod } from '../../src/jobs/runs.ts';
import { loadOutbound } from '../../src/outbox/payload.ts';
import { enqueue } from '../../src/outbox/queue.ts';
import { addLead } from '../summaries/fixtures.ts';
import { chamber, jobCtx, member } from './helpers.ts';

const t = useTestDatabase();

async function outbox(job: string) {
  const rows = await t.db.selectFrom('outbox').selectAll().where('job', '=', job).orderBy('id').execute();
  return rows.map((r) => ({ ...r, outbound: loadOutbound(r.payload) }));
}

describe('the monthly reporting nudge', () => {
  it('reminds members silent for 60 days, with an example; /mute nudge stops it', async () => {
    const now = new Date('2026-12-03T01:47:00Z');
    const longAgo = new Date('2026-08-01T00:00:00Z');
    const c = await chamber(t.db, '成都商會');
    const quiet = await member(t.db, { chamberId: c, name: '張三', createdAt: longAgo });
    const active = await member(t.db, { chamberId: c, name: '李四', createdAt: longAgo });
    const newcomer = await member(t.db, { chamberId: c, name: '新人', createdAt: new Date('2026-11-20T00:00:00Z') });
    const muted = await member(t.db, { chamberId: c, name: '王五', createdAt: longAgo, lang: 'en' });
    await member(t.db, { chamberId: null, role: 'official', name: '官員', createdAt: longAgo });
    await addLead(t.db, { chamberId: c, reporterId: active.id, project: '光伏', reportedAt: '2026-11-15T00:00:00Z' });
    await addLead(t.db, { chamberId: c, reporterId: quiet.id, project: '舊線索', reportedAt: '2026-09-01T00:00:00Z' });

    const clock = testClock('2026-12-02T02:00:00Z');
    const { core } = testCore(t.db, clock);
    const mutedUser = new ChatUser(core, muted.userId, '王五');
    expect(ChatUser.text(await mutedUser.send('/mute nudge'))).toContain('/unmute nudge');

    const result = await runPeriod(
      jobCtx(t.db, () => now, { platforms: ['test'] }),
      nudgeJob,
      '2026-12',
      { instance: 'x', trigger: 'manual' },
    );
    expect(result).toMatchObject({ outcome: { silent: 1, queued: 1 } });
    const [nudge] = await outbox('nudge');
    expect(nudge.member_id).toBe(quiet.id);
    expect(nudge.outbound.text).toContain('60 天');
    expect(nudge.outbound.text).toContain('/mute nudge');
    void newcomer;
  });
});

describe('housekeeping', () => {
  it('expires invite codes, forgets old inbound updates and old sent messages, and fails what no sender took', async () => {
    const now = new Date('2026-12-01T19:43:00Z');
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
    await t.db
      .insertInto('invite_codes')
      .values([
        { code: 'OLD', role: 'member', chamber_id: null, member_id: null, uses_left: 1, expires_at: hoursAgo(1) },
        { code: 'NEW', role: 'member', chamber_id: null, member_id: null, uses_left: 1, expires_at: hoursAgo(-24) },
      ])
      .execute();
    await t.db
      .insertInto('inbound_updates')
      .values([
        { platform: 'lark', update_id: 'old', replies: '[]', processed_at: hoursAgo(24 * 8) },
        { platform: 'lark', update_id: 'recent', replies: '[]', processed_at: hoursAgo(9) },
      ])
      .execute();
    const c = await chamber(t.db, '成都商會');
    const m = await member(t.db, { chamberId: c });
    await t.db.transaction().execute((trx) =>
      enqueue(trx, [
        {
          job: 'digest',
          period: 'old',
          recipient: { kind: 'member', memberId: m.id, chamberId: c, platform: 'test', chatId: m.userId },
          outbound: { text: 'x' },
        },
        {
          job: 'digest',
          period: 'stuck',
          recipient: { kind: 'member', memberId: m.id, chamberId: c, platform: 'nowhere', chatId: m.userId },
          outbound: { text: 'x' },
        },
      ]),
    );
    await t.db
      .updateTable('outbox')
      .set({ status: 'sent', created_at: hoursAgo(24 * 100) })
      .where('period', '=', 'old')
      .execute();
    await t.db
      .updateTable('outbox')
      .set({ created_at: hoursAgo(24 * 8) })
      .where('period', '=', 'stuck')
      .execute();

    const result = await runPeriod(
      jobCtx(t.db, () => now),
      housekeepingJob,
      '2026-12-02',
      { instance: 'x', trigger: 'manual' },
    );
    expect(result).toMatchObject({ outcome: { invites: 1, inbound: 1, outbox: 1, expired: 1 } });
    expect((await t.db.selectFrom('invite_codes').select('code').execute()).map((r) => r.code)).toEqual(['NEW']);
    expect((await t.db.selectFrom('inbound_updates').select('update_id').execute()).map((r) => r.update_id)).toEqual(['recent']);
    expect(await outbox('digest')).toMatchObject([{ period: 'stuck', status: 'failed' }]);
  });
});

describe('the monthly summary to officials', () => {
  it("sends last month's figures with the chart and the workbook, one message per official", async () => {
    const c = await chamber(t.db, '成都商會');
    const m = await member(t.db, { chamberId: c, name: '張三' });
    const official = await member(t.db, { chamberId: null, role: 'official', name: '官員' });
    const en = await member(t.db, { chamberId: null, role: 'official', name: 'Official', lang: 'en' });
    await addLead(t.db, {
      chamberId: c,
      reporterId: m.id,
      project: '天府物流園',
      investmentYuan: 1_280_000_000,
      stage: 'signed',
      reportedAt: '2026-11-10T02:00:00Z',
    });
    const now = new Date('2026-12-01T01:17:00Z');
    const result = await runPeriod(
      jobCtx(t.db, () => now, { platforms: ['test'] }),
      summaryJob,
      '2026-11',
      { instance: 'x', trigger: 'manual' },
    );
    expect(result).toMatchObject({ ran: true, status: 'done', outcome: { officials: 2, queued: 2, leads: 1 } });
    const rows = await outbox('summary');
    const zh = rows.find((r) => r.member_id === official.id)!;
    expect(zh.outbound.text).toContain('2026年11月');
    expect(zh.outbound.text).toContain('12.80亿元');
    expect(zh.outbound.file?.name).toMatch(/\.xlsx$/);
    expect(zh.outbound.file!.data.length).toBeGreaterThan(1000);
    expect(zh.cost).toBeGreaterThanOrEqual(2);
    const english = rows.find((r) => r.member_id === en.id)!;
    expect(english.outbound.text).toMatch(/^Monthly summary for November 2026/);
  });
});
