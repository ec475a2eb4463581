import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database.ts';
import { REPORT_FIGURES, seedDemo } from '../../src/core/demo-data.ts';
import { parsePeriod, type Period } from '../../src/domain/periods.ts';
import { rank } from '../../src/summaries/ranking.ts';
import { buildSummaryReport } from '../../src/summaries/report.ts';
import { funnelByChamber, summarize, totalFunnel, type FiguresSource } from '../../src/summaries/summary.ts';
import { figuresFromTables } from './reference-figures.ts';
import { bulletinText, summaryText } from '../../src/summaries/text.ts';
import { addChamberRow, addEvent, addLead, addMember, moveLead } from './fixtures.ts';

const TZ = 'Asia/Shanghai';
const YI = 100_000_000;

const tdb = useTestDatabase();

const window = (from: string, to: string) => ({ from, to });
const period = (text: string, today = '2026-11-29'): Period => (parsePeriod(text, today) as { period: Period }).period;

describe('the source report, rebuilt', () => {
  it('gives the first half of 2018: 33 talks, 595 enterprises at 30 promotions, 19 signed for 100.15億', async () => {
    await seedDemo(tdb.db, TZ);
    const h1 = await summarize(tdb.db, window('2018-01-01', '2018-06-30'), 'all', TZ);
    const expected = REPORT_FIGURES['2018H1'];
    expect(h1.total).toMatchObject({
      negotiations: expected.negotiations,
      promotions: expected.promotions,
      invitedEnterprises: expected.invitedEnterprises,
      signedProjects: expected.signedProjects,
      signedInvestmentYuan: expected.signedInvestmentYuan,
    });
    expect(h1.total.signedInvestmentYuan).toBe(10_015_000_000);

    const y2017 = await summarize(tdb.db, window('2017-01-01', '2017-12-31'), 'all', TZ);
    expect(y2017.total).toMatchObject(REPORT_FIGURES['2017']);

    const report = await buildSummaryReport(tdb.db, period('2018上半年'), 'all', TZ);
    const bulletin = bulletinText(report, 'zh-CN');
    for (const figure of ['2018年上半年', '洽谈33场次', '推介会30场次', '595户', '19个项目签约', '100.15亿元']) expect(bulletin).toContain(figure);
    expect(bulletinText(report, 'zh-TW')).toContain('100.15億元');
    expect(bulletinText(report, 'en')).toMatch(/H1 2018.*33 investment talks.*30 promotion events.*595 enterprises.*19 projects.*CNY 10\.02 bn/);
    // Every chamber has a row, ranked by signed investment; the city total is their sum.
    expect(report.current.chambers).toHaveLength(11);
    const amounts = report.current.chambers.map((c) => c.signedInvestmentYuan);
    expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(10_015_000_000);
  });
});

describe('counting rules', () => {
  let chengdu: number;
  let shanghai: number;
  beforeEach(async () => {
    chengdu = await addChamberRow(tdb.db, '成都商會');
    shanghai = await addChamberRow(tdb.db, '上海商會');
  });

  it('counts events of each type held in the period, both ends included, and sums the enterprises they invited', async () => {
    await addEvent(tdb.db, chengdu, 'negotiation', '2018-01-01');
    await addEvent(tdb.db, chengdu, 'negotiation', '2018-06-30');
    await addEvent(tdb.db, chengdu, 'promotion', '2018-03-03', 40);
    await addEvent(tdb.db, shanghai, 'promotion', '2018-04-04', 25);
    await addEvent(tdb.db, shanghai, 'visit', '2018-05-05', 3);
    await addEvent(tdb.db, shanghai, 'other', '2018-05-06', 2);
    await addEvent(tdb.db, chengdu, 'negotiation', '2017-12-31');
    await addEvent(tdb.db, chengdu, 'promotion', '2018-07-01', 99);
    const s = await summarize(tdb.db, window('2018-01-01', '2018-06-30'), 'all', TZ);
    expect(s.total).toMatchObject({ negotiations: 2, promotions: 2, visits: 1, invitedEnterprises: 70 });
    expect(s.chambers.find((c) => c.chamber === '成都商會')).toMatchObject({ negotiations: 2, promotions: 1, invitedEnterprises: 40 });
  });

  it('counts a lead as new in the period it was first reported', async () => {
    await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2018-02-01T02:00:00Z' });
    await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2017-12-01T02:00:00Z', stage: 'negotiating' });
    const s = await summarize(tdb.db, window('2018-01-01', '2018-06-30'), 'all', TZ);
    expect(s.total.newLeads).toBe(1);
  });

  it('counts a lead as signed in the period it first reached signed, with its investment, jobs and land', async () => {
    const lead = await addLead(tdb.db, {
      chamberId: chengdu,
      reportedAt: '2017-11-01T02:00:00Z',
      stage: 'negotiating',
      investmentYuan: 57_000_000,
      jobs: 300,
      areaMu: 120.5,
    });
    await moveLead(tdb.db, lead.id, 'signed', '2018-03-10T02:00:00Z');
    // Moved back and signed again later: still counted once, when it first signed.
    await moveLead(tdb.db, lead.id, 'negotiating', '2018-04-01T02:00:00Z');
    await moveLead(tdb.db, lead.id, 'signed', '2018-08-01T02:00:00Z');
    const h1 = await summarize(tdb.db, window('2018-01-01', '2018-06-30'), 'all', TZ);
    expect(h1.total).toMatchObject({ signedProjects: 1, signedInvestmentYuan: 57_000_000, jobs: 300, areaMu: 120.5, newLeads: 0 });
    const h2 = await summarize(tdb.db, window('2018-07-01', '2018-12-31'), 'all', TZ);
    expect(h2.total.signedProjects).toBe(0);
  });

  it('does not count a lead that was signed and later dropped', async () => {
    const kept = await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2018-01-05T02:00:00Z', stage: 'negotiating', investmentYuan: 3 * YI });
    const dropped = await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2018-01-06T02:00:00Z', stage: 'negotiating', investmentYuan: 5 * YI });
    await moveLead(tdb.db, kept.id, 'signed', '2018-02-01T02:00:00Z');
    await moveLead(tdb.db, dropped.id, 'signed', '2018-02-02T02:00:00Z');
    await moveLead(tdb.db, dropped.id, 'dropped', '2018-09-01T02:00:00Z');
    const s = await summarize(tdb.db, window('2018-01-01', '2018-06-30'), 'all', TZ);
    expect(s.total).toMatchObject({ signedProjects: 1, signedInvestmentYuan: 3 * YI, newLeads: 2 });
    const funnel = totalFunnel(await funnelByChamber(tdb.db, window('2018-01-01', '2018-06-30'), 'all', TZ));
    expect(funnel).toEqual({ reported: 2, negotiating: 2, signed: 2, landed: 0, dropped: 1 });
  });

  it('counts a lead that skips from negotiating to landed as signed and landed, and as having negotiated', async () => {
    const lead = await addLead(tdb.db, { chamberId: shanghai, reportedAt: '2018-03-01T02:00:00Z', investmentYuan: 2 * YI });
    await moveLead(tdb.db, lead.id, 'negotiating', '2018-03-05T02:00:00Z');
    await moveLead(tdb.db, lead.id, 'landed', '2018-05-20T02:00:00Z');
    const jumper = await addLead(tdb.db, { chamberId: shanghai, reportedAt: '2018-03-02T02:00:00Z', investmentYuan: YI });
    await moveLead(tdb.db, jumper.id, 'landed', '2018-04-20T02:00:00Z');
    const s = await summarize(tdb.db, window('2018-01-01', '2018-06-30'), 'all', TZ);
    expect(s.total).toMatchObject({ signedProjects: 2, landedProjects: 2, signedInvestmentYuan: 3 * YI });
    const funnel = totalFunnel(await funnelByChamber(tdb.db, window('2018-01-01', '2018-06-30'), 'all', TZ));
    expect(funnel).toEqual({ reported: 2, negotiating: 2, signed: 2, landed: 2, dropped: 0 });
  });

  it('counts funds in place by their increase: updated twice, the money is counted once, each part in its period', async () => {
    const lead = await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2018-01-10T02:00:00Z', stage: 'negotiating', investmentYuan: 10 * YI });
    await moveLead(tdb.db, lead.id, 'signed', '2018-03-01T02:00:00Z', { fundsInPlaceYuan: YI });
    await moveLead(tdb.db, lead.id, 'signed', '2018-04-01T02:00:00Z', { fundsInPlaceYuan: YI }); // the same figure again
    await moveLead(tdb.db, lead.id, 'landed', '2018-08-01T02:00:00Z', { fundsInPlaceYuan: 150_000_000 });
    const h1 = await summarize(tdb.db, window('2018-01-01', '2018-06-30'), 'all', TZ);
    const h2 = await summarize(tdb.db, window('2018-07-01', '2018-12-31'), 'all', TZ);
    const year = await summarize(tdb.db, window('2018-01-01', '2018-12-31'), 'all', TZ);
    expect(h1.total.fundsInPlaceYuan).toBe(YI);
    expect(h2.total.fundsInPlaceYuan).toBe(50_000_000);
    expect(year.total.fundsInPlaceYuan).toBe(150_000_000);
    // Funds reported with the lead count when it was reported.
    await addLead(tdb.db, { chamberId: shanghai, reportedAt: '2018-02-01T02:00:00Z', stage: 'landed', investmentYuan: YI, fundsInPlaceYuan: 30_000_000 });
    expect((await summarize(tdb.db, window('2018-02-01', '2018-02-01'), 'all', TZ)).total.fundsInPlaceYuan).toBe(30_000_000);
  });

  it('reads dates in the bot time zone: 2018-06-30T16:30Z is 1 July in Shanghai', async () => {
    const lead = await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2018-06-30T16:30:00Z', stage: 'negotiating', investmentYuan: YI });
    await moveLead(tdb.db, lead.id, 'signed', '2018-06-30T16:30:00Z');
    const early = await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2018-06-30T15:59:59Z', stage: 'signed', investmentYuan: 2 * YI });
    expect(early.signed_at).not.toBeNull();
    const h1 = await summarize(tdb.db, window('2018-01-01', '2018-06-30'), 'all', TZ);
    const h2 = await summarize(tdb.db, window('2018-07-01', '2018-12-31'), 'all', TZ);
    expect(h1.total).toMatchObject({ newLeads: 1, signedProjects: 1, signedInvestmentYuan: 2 * YI });
    expect(h2.total).toMatchObject({ newLeads: 1, signedProjects: 1, signedInvestmentYuan: YI });
    // In UTC the same instant is still 30 June.
    const utc = await summarize(tdb.db, window('2018-01-01', '2018-06-30'), 'all', 'UTC');
    expect(utc.total.signedProjects).toBe(2);
  });

  it('splits periods across a year end', async () => {
    const lead = await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2017-12-20T02:00:00Z', stage: 'negotiating', investmentYuan: YI });
    await moveLead(tdb.db, lead.id, 'signed', '2017-12-31T15:30:00Z'); // 23:30 on 31 December in Shanghai
    const other = await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2017-12-20T02:00:00Z', stage: 'negotiating', investmentYuan: 2 * YI });
    await moveLead(tdb.db, other.id, 'signed', '2017-12-31T16:00:00Z'); // midnight: 1 January
    await addEvent(tdb.db, chengdu, 'promotion', '2017-12-31', 10);
    await addEvent(tdb.db, chengdu, 'promotion', '2018-01-01', 20);
    const dec = await summarize(tdb.db, period('2017-12'), 'all', TZ);
    const jan = await summarize(tdb.db, period('2018-01'), 'all', TZ);
    const across = await summarize(tdb.db, window('2017-12-31', '2018-01-01'), 'all', TZ);
    expect(dec.total).toMatchObject({ signedProjects: 1, signedInvestmentYuan: YI, promotions: 1, invitedEnterprises: 10 });
    expect(jan.total).toMatchObject({ signedProjects: 1, signedInvestmentYuan: 2 * YI, promotions: 1, invitedEnterprises: 20 });
    expect(across.total).toMatchObject({ signedProjects: 2, promotions: 2, invitedEnterprises: 30 });
  });

  it('limits the figures to the chambers in scope, and lists every chamber in scope even with nothing to show', async () => {
    await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2018-02-01T02:00:00Z', stage: 'signed', investmentYuan: YI });
    await addLead(tdb.db, { chamberId: shanghai, reportedAt: '2018-02-01T02:00:00Z', stage: 'signed', investmentYuan: 2 * YI });
    await addChamberRow(tdb.db, '天津商會');
    const all = await summarize(tdb.db, window('2018-01-01', '2018-12-31'), 'all', TZ);
    expect(all.chambers.map((c) => c.chamber)).toEqual(['上海商會', '成都商會', '天津商會']);
    const one = await summarize(tdb.db, window('2018-01-01', '2018-12-31'), [chengdu], TZ);
    expect(one.chambers.map((c) => c.chamber)).toEqual(['成都商會']);
    expect(one.total.signedInvestmentYuan).toBe(YI);
    expect((await summarize(tdb.db, window('2018-01-01', '2018-12-31'), [], TZ)).chambers).toEqual([]);
  });

  it('compares with the previous period and a year before', async () => {
    await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2017-02-01T02:00:00Z', stage: 'signed', investmentYuan: 2 * YI });
    await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2017-08-01T02:00:00Z', stage: 'signed', investmentYuan: 4 * YI });
    await addLead(tdb.db, { chamberId: chengdu, reportedAt: '2018-02-01T02:00:00Z', stage: 'signed', investmentYuan: 3 * YI });
    const report = await buildSummaryReport(tdb.db, period('2018H1'), 'all', TZ);
    expect(report.before.total.signedInvestmentYuan).toBe(4 * YI);
    expect(report.lastYear.total.signedInvestmentYuan).toBe(2 * YI);
    const text = summaryText(report, 'zh-CN');
    expect(text).toContain('环比 −25%');
    expect(text).toContain('同比 +50%');
    expect(bulletinText(report, 'zh-CN')).toContain('签约投资同比增长50%');
  });

  it('credits the first reporter of a lead in the ranking, whoever moved it later', async () => {
    const reporter = await addMember(tdb.db, chengdu, '張會員');
    const secretary = await addMember(tdb.db, chengdu, '李秘書長', 'secretary');
    const other = await addMember(tdb.db, shanghai, '王會員');
    const lead = await addLead(tdb.db, {
      chamberId: chengdu,
      reporterId: reporter,
      reportedAt: '2018-01-05T02:00:00Z',
      stage: 'negotiating',
      investmentYuan: 5 * YI,
    });
    await moveLead(tdb.db, lead.id, 'signed', '2018-02-01T02:00:00Z', { fundsInPlaceYuan: YI }, secretary);
    await addLead(tdb.db, { chamberId: shanghai, reporterId: other, reportedAt: '2018-01-05T02:00:00Z', stage: 'signed', investmentYuan: 2 * YI });
    await addLead(tdb.db, { chamberId: shanghai, reporterId: other, reportedAt: '2018-01-06T02:00:00Z', stage: 'signed', investmentYuan: YI });
    const ranking = await rank(tdb.db, window('2018-01-01', '2018-06-30'), 'all', TZ);
    expect(ranking.members.map((m) => [m.name, m.signedProjects, m.signedInvestmentYuan, m.fundsInPlaceYuan])).toEqual([
      ['張會員', 1, 5 * YI, YI],
      ['王會員', 2, 3 * YI, 0],
    ]);
    expect(ranking.chambers.map((c) => c.chamber)).toEqual(['成都商會', '上海商會']);
    const mine = await rank(tdb.db, window('2018-01-01', '2018-06-30'), [shanghai], TZ);
    expect(mine.members.map((m) => m.name)).toEqual(['王會員']);
  });
});

describe('the daily rollup', () => {
  it('agrees with the tables after every kind of write, and after a rebuild in another time zone', async () => {
    const { ensureRollup } = await import('../../src/summaries/rollup.ts');
    const a = await addChamberRow(tdb.db, '成都商會');
    const b = await addChamberRow(tdb.db, '上海商會');
    await ensureRollup(tdb.db, TZ); // from here on the triggers keep it
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const instant = () => new Date(Date.UTC(2017, 6, 1) + Math.floor(random() * 540) * 86_400_000 + Math.floor(random() * 24) * 3_600_000);
    const leads: number[] = [];
    for (let i = 0; i < 40; i++) {
      const lead = await addLead(tdb.db, {
        chamberId: random() < 0.5 ? a : b,
        reportedAt: instant().toISOString(),
        stage: (['lead', 'negotiating', 'signed', 'landed'] as const)[Math.floor(random() * 4)],
        investmentYuan: Math.floor(random() * 100) * 1_000_000,
        jobs: Math.floor(random() * 500),
        areaMu: Math.floor(random() * 10_000) / 100,
        fundsInPlaceYuan: random() < 0.2 ? 5_000_000 : undefined,
      });
      leads.push(lead.id);
    }
    for (let i = 0; i < 80; i++) {
      const id = leads[Math.floor(random() * leads.length)];
      const to = (['lead', 'negotiating', 'signed', 'landed', 'dropped'] as const)[Math.floor(random() * 5)];
      const facts = random() < 0.4 ? { fundsInPlaceYuan: Math.floor(random() * 50) * 1_000_000 } : {};
      await moveLead(tdb.db, id, to, instant().toISOString(), facts);
    }
    // Edits, a chamber move, events added, changed and removed.
    await tdb.db.updateTable('leads').set({ investment_yuan: 123_456_789, jobs: 42 }).where('id', '=', leads[3]).execute();
    await tdb.db.updateTable('leads').set({ chamber_id: b }).where('id', '=', leads[5]).execute();
    for (let i = 0; i < 30; i++) {
      await addEvent(
        tdb.db,
        random() < 0.5 ? a : b,
        (['negotiation', 'promotion', 'visit', 'other'] as const)[Math.floor(random() * 4)],
        instant().toISOString().slice(0, 10),
        Math.floor(random() * 50),
      );
    }
    const first = await tdb.db.selectFrom('events').select('id').orderBy('id').limit(2).execute();
    await tdb.db.updateTable('events').set({ event_type: 'visit', invited_enterprises: 7 }).where('id', '=', first[0].id).execute();
    await tdb.db.deleteFrom('events').where('id', '=', first[1].id).execute();

    const windows = [
      window('2017-07-01', '2018-12-31'),
      window('2018-01-01', '2018-06-30'),
      window('2017-12-31', '2018-01-01'),
      window('2018-03-15', '2018-03-15'),
    ];
    for (const zone of [TZ, 'UTC', 'America/New_York']) {
      for (const w of windows) {
        const fromRollup = await summarize(tdb.db, w, 'all', zone);
        const fromTables = await summarize(tdb.db, w, 'all', zone, { source: figuresFromTables });
        expect(fromRollup, `${zone} ${w.from}..${w.to}`).toEqual(fromTables);
        const funnels = (source?: FiguresSource) =>
          funnelByChamber(tdb.db, w, 'all', zone, { source }).then((rows) => rows.sort((x, y) => x.chamberId - y.chamberId));
        expect(await funnels()).toEqual(await funnels(figuresFromTables));
      }
    }
    expect((await summarize(tdb.db, windows[0], 'all', TZ)).total.signedProjects).toBeGreaterThan(0);
  });
});
