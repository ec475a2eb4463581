import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { digestJob } from '../../src/jobs/digest.ts';
import { runPeriod } from '../../src/jobs/runs.ts';
import { loadOutbound } from '../../src/outbox/payload.ts';
import { setChamberIndustries } from '../../src/catalog/records.ts';
import { changeStage } from '../../src/core/lead-records.ts';
import { addLead } from '../summaries/fixtures.ts';
import { bindGroup, chamber, jobCtx, member } from './helpers.ts';

const t = useTestDatabase();

// Monday 30 November 2026, 09:07 in Shanghai: the digest of week 2026-W49 covers 23–29 November.
const NOW = new Date('2026-11-30T01:07:00Z');
const PERIOD = '2026-W49';
const at = (iso: string) => new Date(iso);

async function project(name: string, industry: string, created: string, updated = created, status: 'open' | 'closed' = 'open') {
  await t.db
    .insertInto('projects')
    .values({ name, industry, status, raw_text: name, search_text: name, created_at: at(created), updated_at: at(updated) })
    .execute();
}

async function run() {
  return runPeriod(
    jobCtx(t.db, () => NOW, { platforms: ['test'] }),
    digestJob,
    PERIOD,
    { instance: 'test', trigger: 'manual' },
  );
}

async function messages() {
  const rows = await t.db.selectFrom('outbox').selectAll().where('job', '=', 'digest').orderBy('id').execute();
  return rows.map((r) => ({ recipient: r.recipient, member: r.member_id, text: loadOutbound(r.payload).text, period: r.period }));
}

async function world() {
  const cd = await chamber(t.db, '成都商會');
  const sh = await chamber(t.db, '上海商會');
  await setChamberIndustries(t.db, cd, ['物流']);
  const secretary = await member(t.db, { chamberId: cd, role: 'secretary', name: '秘書長' });
  await bindGroup(t.db, cd, 'g-cd', 'test', secretary.id);
  const zh = await member(t.db, { chamberId: cd, name: '張三' });
  const en = await member(t.db, { chamberId: cd, name: 'Li', lang: 'en' });
  const muted = await member(t.db, { chamberId: cd, name: '王五' });
  await t.db.insertInto('member_mutes').values({ member_id: muted.id, topic: 'digest', reason: 'user' }).execute();
  const shanghai = await member(t.db, { chamberId: sh, name: '趙六' });
  const official = await member(t.db, { chamberId: null, role: 'official', name: '官員' });
  return { cd, sh, secretary, zh, en, muted, shanghai, official };
}

describe('the weekly digest', () => {
  it("brings each chamber the week's projects and policies, its industries first, and its own week", async () => {
    const w = await world();
    await project('電子信息產業園', '電子', '2026-11-20T02:00:00Z', '2026-11-25T02:00:00Z');
    await project('冷鏈物流中心', '物流', '2026-11-26T02:00:00Z');
    await project('舊項目', '物流', '2026-11-10T02:00:00Z');
    await project('已關閉項目', '物流', '2026-11-24T02:00:00Z', '2026-11-24T02:00:00Z', 'closed');
    await t.db
      .insertInto('policies')
      .values({
        title: '物流補貼辦法',
        industries: ['物流'],
        raw_text: 'x',
        search_text: 'x',
        created_at: at('2026-11-24T02:00:00Z'),
        updated_at: at('2026-11-24T02:00:00Z'),
      })
      .execute();
    const lead = await addLead(t.db, { chamberId: w.cd, reporterId: w.zh.id, project: '天府物流園', reportedAt: '2026-11-24T03:00:00Z' });
    await changeStage(t.db, lead, 'signed', w.zh.id, at('2026-11-27T03:00:00Z'));
    await addLead(t.db, { chamberId: w.cd, reporterId: w.zh.id, project: '上週的線索', reportedAt: '2026-11-20T03:00:00Z' });
    await t.db
      .insertInto('events')
      .values({ chamber_id: w.cd, event_type: 'promotion', held_on: '2026-11-25', invited_enterprises: 12, raw_text: 'x' })
      .execute();

    const result = await run();
    expect(result).toMatchObject({ ran: true, status: 'done', outcome: { groups: 1, projects: 2, policies: 1, muted: 1 } });
    const sent = await messages();
    const to = (key: string) => sent.find((m) => m.recipient === key)?.text ?? '';
    // The group, every member who did not mute it (the secretary too), and Shanghai's member (the city's news).
    expect(sent.map((m) => m.recipient).sort()).toEqual(['g:test:g-cd', `m${w.secretary.id}`, `m${w.zh.id}`, `m${w.en.id}`, `m${w.shanghai.id}`].sort());
    const group = to('g:test:g-cd');
    expect(group).toContain('成都商会');
    expect(group).toContain('2026-11-23');
    expect(group).toContain('2026-11-29');
    // Logistics, the chamber's industry, comes first and is starred; the new one is marked new.
    expect(group.indexOf('冷鏈物流中心')).toBeLessThan(group.indexOf('電子信息產業園'));
    expect(group).toMatch(/★\[新\] #\d+ \[物流\] 冷鏈物流中心/);
    expect(group).toContain('物流補貼辦法');
    expect(group).not.toContain('舊項目');
    expect(group).not.toContain('已關閉項目');
    expect(group).toMatch(/新线索 1 条：#\d+ 天府物流園/);
    expect(group).toMatch(/签约 1 个：#\d+ 天府物流園/);
    expect(group).toContain('邀请企业客商 12 户');
    expect(group).not.toContain('上週的線索');
    expect(group).not.toContain('/mute');
    expect(to(`m${w.zh.id}`)).toContain('/mute digest');
    expect(to(`m${w.en.id}`)).toMatch(/^Weekly digest — 成都商會/);
    // Shanghai set no industries and had a quiet week: the catalog, latest first, nothing starred, and that quiet week.
    const shanghai = to(`m${w.shanghai.id}`);
    expect(shanghai).toContain('本周没有新线索');
    expect(shanghai).not.toContain('★');
    expect(shanghai.indexOf('冷鏈物流中心')).toBeLessThan(shanghai.indexOf('電子信息產業園'));
    expect(sent.every((m) => m.period === PERIOD)).toBe(true);
  });

  it("names the chamber in each reader's script: 成都商会 in zh-CN, 成都商會 in zh-TW, as written in English", async () => {
    const w = await world();
    const tw = await member(t.db, { chamberId: w.cd, name: '陳小姐', lang: 'zh-TW' });
    await project('冷鏈物流中心', '物流', '2026-11-26T02:00:00Z');
    await run();
    const sent = await messages();
    const to = (key: string) => sent.find((m) => m.recipient === key)?.text ?? '';
    expect(to(`m${w.secretary.id}`)).toMatch(/^【招商周报】成都商会（/);
    expect(to('g:test:g-cd')).toMatch(/^【招商周报】成都商会（/);
    expect(to(`m${tw.id}`)).toMatch(/^【招商週報】成都商會（/);
    expect(to(`m${w.en.id}`)).toMatch(/^Weekly digest — 成都商會/);
  });

  it("sends nothing to a member with nothing new, but the group still gets its chamber's week", async () => {
    const w = await world();
    const result = await run();
    expect(result).toMatchObject({ outcome: { groups: 1, members: 0, quiet: 4 } });
    const sent = await messages();
    expect(sent.map((m) => m.recipient)).toEqual(['g:test:g-cd']);
    expect(sent[0].text).toContain('本周没有新的招商项目和优惠政策');
    expect(sent[0].text).toContain('本周没有新线索');
    void w;
  });

  it('queues nothing twice when the period runs again, and reaches only members on pushing platforms', async () => {
    const w = await world();
    await member(t.db, { chamberId: w.cd, platform: 'console', name: 'terminal user' });
    await project('冷鏈物流中心', '物流', '2026-11-26T02:00:00Z');
    await run();
    const first = await messages();
    expect(
      await runPeriod(
        jobCtx(t.db, () => NOW, { platforms: ['test'] }),
        digestJob,
        PERIOD,
        { instance: 'b', trigger: 'manual', force: true },
      ),
    ).toMatchObject({
      ran: true,
      outcome: { queued: 0, unreachable: 1 },
    });
    expect(await messages()).toEqual(first);
  });

  it('leaves out a group whose chat refused a push', async () => {
    const w = await world();
    await t.db
      .insertInto('push_blocks')
      .values({ platform: 'test', chat_id: 'g-cd', reason: 'group', chamber_id: w.cd, member_id: null, detail: null })
      .execute();
    await run();
    expect((await messages()).map((m) => m.recipient)).toEqual([]);
  });
});
