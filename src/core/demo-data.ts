import type { Db } from '../db/database.ts';
import type { Role } from '../domain/permissions.ts';
import type { EventType, Stage } from '../domain/report.ts';
import { startOfLocalDay } from '../domain/calendar.ts';
import { addFollowUp, changeStage, insertLead } from './lead-records.ts';
import { emptyDraftFields, type DraftFields } from '../domain/draft-fields.ts';

/**
 * Demo data so that a newcomer sees a living pipeline: the source report's 11 city-level
 * chambers, a demo user for each role, and leads and events whose totals rebuild the
 * report's own figures for 2017 and the first half of 2018.
 */

export const DEMO_CHAMBERS: { name: string; status: 'active' | 'preparing' }[] = [
  { name: '成都商會', status: 'active' },
  { name: '北京企業商會', status: 'active' },
  { name: '貴陽商會', status: 'active' },
  { name: '昆明商會', status: 'active' },
  { name: '上海商會', status: 'active' },
  { name: '浙江商會', status: 'active' },
  { name: '東莞商會', status: 'active' },
  { name: '天津商會', status: 'active' },
  { name: '重慶商會籌備組', status: 'preparing' },
  { name: '廣東商會籌備組', status: 'preparing' },
  { name: '深圳商會籌備組', status: 'preparing' },
];

export const DEMO_PLATFORM = 'console';

export const DEMO_USERS: { role: Role; userId: string; name: string; chamber: string | null }[] = [
  { role: 'member', userId: 'demo-member', name: '張會員', chamber: '成都商會' },
  { role: 'secretary', userId: 'demo-secretary', name: '李秘書長', chamber: '成都商會' },
  { role: 'official', userId: 'demo-official', name: '王科長', chamber: null },
  { role: 'admin', userId: 'demo-admin', name: '管理員', chamber: null },
];

/**
 * The member credited with each active chamber's demo leads and events, in DEMO_CHAMBERS
 * order: /rank shows a city, not one person. The first is the demo member one can chat as.
 */
export const DEMO_REPORTERS = ['張會員', '趙會員', '錢會員', '孫會員', '周會員', '吳會員', '鄭會員', '馮會員'];

/** Every demo lead and event says so in its raw text: how a second seed knows the demo is there. */
const DEMO_MARK = '（示範數據）';

/** The source report's figures the demo rebuilds; exported so tests can hold the demo to them. */
export const REPORT_FIGURES = {
  '2017': { negotiations: 76, promotions: 20, invitedEnterprises: 1018, signedProjects: 63, signedInvestmentYuan: 43_590_000_000 },
  '2018H1': { negotiations: 33, promotions: 30, invitedEnterprises: 595, signedProjects: 19, signedInvestmentYuan: 10_015_000_000 },
} as const;

/** A small deterministic generator: the same demo on every machine. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Splits `total` into `parts` positive whole numbers of `unit`, deterministically. */
function split(total: number, parts: number, unit: number, random: () => number): number[] {
  const units = Math.round(total / unit);
  const weights = Array.from({ length: parts }, () => 0.3 + random());
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.max(1, Math.floor((w / sum) * units)));
  shares[shares.length - 1] += units - shares.reduce((a, b) => a + b, 0);
  return shares.map((s) => s * unit);
}

const PROJECTS = [
  '皮具產業園',
  '冷鏈物流中心',
  '智能製造基地',
  '康養中心',
  '新能源電池',
  '食品加工廠',
  '現代農業示範園',
  '電子元器件',
  '光伏組件',
  '醫療器械生產中心',
  '商貿綜合體',
  '文旅小鎮',
  '數據中心',
  '汽車零部件',
  '中藥材種植基地',
  '建材產業園',
];
const PLACES = ['高新區', '經開區', '安溪鎮', '城北新區', '臨港園區', '老城區'];

function dayIn(year: number, fromMonth: number, toMonth: number, random: () => number): string {
  const month = fromMonth + Math.floor(random() * (toMonth - fromMonth + 1));
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('chambers').select('id').limit(1).executeTakeFirst();
  return !row;
}

async function hasDemo(db: Db): Promise<boolean> {
  const lead = await db.selectFrom('leads').select('id').where('raw_text', 'like', `${DEMO_MARK}%`).limit(1).executeTakeFirst();
  const event = await db.selectFrom('events').select('id').where('raw_text', 'like', `${DEMO_MARK}%`).limit(1).executeTakeFirst();
  return Boolean(lead || event);
}

/**
 * Loads the demo, in one transaction; on a database that has it already, adds nothing (a second
 * seed would double the city's figures). The pipeline still in progress is dated relative to
 * `now`, so reminders speak of days, not of years since 2018.
 */
export async function seedDemo(
  db: Db,
  timeZone: string,
  now: Date = new Date(),
): Promise<{ chambers: number; leads: number; events: number; alreadyLoaded: boolean }> {
  return db.transaction().execute(async (trx) => {
    if (await hasDemo(trx)) return { chambers: 0, leads: 0, events: 0, alreadyLoaded: true };
    const chamberIds = new Map<string, number>();
    for (const chamber of DEMO_CHAMBERS) {
      const row = await trx
        .insertInto('chambers')
        .values({ name: chamber.name, level: 'city', status: chamber.status })
        .onConflict((oc) => oc.column('name').doUpdateSet({ status: chamber.status }))
        .returning('id')
        .executeTakeFirstOrThrow();
      chamberIds.set(chamber.name, row.id);
    }
    const memberIds = new Map<Role, number>();
    for (const user of DEMO_USERS) {
      const existing = await trx
        .selectFrom('identities')
        .select('member_id')
        .where('platform', '=', DEMO_PLATFORM)
        .where('platform_user_id', '=', user.userId)
        .executeTakeFirst();
      if (existing) {
        memberIds.set(user.role, existing.member_id);
        continue;
      }
      const member = await trx
        .insertInto('members')
        .values({ chamber_id: user.chamber ? chamberIds.get(user.chamber)! : null, role: user.role, display_name: user.name })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('identities')
        .values({ platform: DEMO_PLATFORM, platform_user_id: user.userId, member_id: member.id, display_name: user.name })
        .execute();
      memberIds.set(user.role, member.id);
    }

    const active = DEMO_CHAMBERS.filter((c) => c.status === 'active').map((c) => chamberIds.get(c.name)!);
    const reporters = new Map<number, number>([[active[0], memberIds.get('member')!]]);
    for (const [i, name] of DEMO_REPORTERS.entries()) {
      if (i === 0 || i >= active.length) continue;
      const member = await trx
        .insertInto('members')
        .values({ chamber_id: active[i], role: 'member', display_name: name })
        .returning('id')
        .executeTakeFirstOrThrow();
      reporters.set(active[i], member.id);
    }
    const random = lcg(20180630);
    let leads = 0;
    let events = 0;

    const periods = [
      { key: '2017', year: 2017, from: 1, to: 12 },
      { key: '2018H1', year: 2018, from: 1, to: 6 },
    ] as const;
    for (const period of periods) {
      const figures = REPORT_FIGURES[period.key];
      const invited = split(figures.invitedEnterprises, figures.promotions, 1, random);
      const eventSpecs: { type: EventType; invited: number | null }[] = [
        ...Array.from({ length: figures.negotiations }, () => ({ type: 'negotiation' as const, invited: null })),
        ...invited.map((n) => ({ type: 'promotion' as const, invited: n })),
      ];
      for (const [i, spec] of eventSpecs.entries()) {
        const place = PLACES[i % PLACES.length];
        const chamberId = active[i % active.length];
        await trx
          .insertInto('events')
          .values({
            chamber_id: chamberId,
            reporter_id: reporters.get(chamberId)!,
            event_type: spec.type,
            held_on: dayIn(period.year, period.from, period.to, random),
            location: place,
            invited_enterprises: spec.invited,
            raw_text: `${DEMO_MARK}${spec.type === 'promotion' ? '招商推介會' : '重大項目洽談'}`,
          })
          .execute();
        events++;
      }
      const amounts = split(figures.signedInvestmentYuan, figures.signedProjects, 1_000_000, random);
      for (const [i, amount] of amounts.entries()) {
        const project = `${PROJECTS[(i + period.year) % PROJECTS.length]}${period.key === '2017' ? '一期' : ''}`;
        const signedOn = dayIn(period.year, period.from, period.to, random);
        const signedAt = startOfLocalDay(signedOn, timeZone);
        const reportedAt = new Date(signedAt.getTime() - (20 + Math.floor(random() * 60)) * 86_400_000);
        const landed = i % 4 === 0;
        const stage: Stage = landed ? 'landed' : 'signed';
        const fields: DraftFields = {
          ...emptyDraftFields(),
          stage,
          investmentYuan: amount,
          fundsInPlaceYuan: landed ? Math.round((amount * 0.4) / 1_000_000) * 1_000_000 : null,
          areaMu: 50 + Math.floor(random() * 400),
          jobs: 100 + Math.floor(random() * 1500),
          project,
          location: PLACES[i % PLACES.length],
        };
        const chamberId = active[(i * 3) % active.length];
        const lead = await insertLead(trx, {
          chamberId,
          reporterId: reporters.get(chamberId)!,
          fields: { ...fields, stage: 'negotiating', fundsInPlaceYuan: null },
          stage: 'negotiating',
          rawText: `${DEMO_MARK}${project}，總投資${amount / 100_000_000}億元`,
          reportedAt,
        });
        const signed = await changeStage(trx, lead, stage, memberIds.get('secretary')!, signedAt, {
          fundsInPlaceYuan: fields.fundsInPlaceYuan,
        });
        // A signed project is being built: a recent visit keeps it from reading as years of silence.
        if (!landed) await addFollowUp(trx, signed, reporters.get(chamberId)!, '項目建設進展正常', null, daysBefore(now, 1 + (i % 20)));
        leads++;
      }
    }
    // A few leads still in the pipeline, so reminders and follow-ups have something to work on.
    for (let i = 0; i < 8; i++) {
      const stage: Stage = i % 2 === 0 ? 'negotiating' : 'lead';
      const reportedAt = startOfLocalDay(dayIn(2018, 4, 6, random), timeZone);
      const chamberId = active[i % active.length];
      const reporterId = reporters.get(chamberId)!;
      const lead = await insertLead(trx, {
        chamberId,
        reporterId,
        ownerId: reporterId,
        fields: {
          ...emptyDraftFields(),
          stage,
          investmentYuan: (1 + Math.floor(random() * 30)) * 10_000_000,
          project: `${PROJECTS[(i * 5) % PROJECTS.length]}（意向）`,
          contact: '陳經理',
          contactPhone: `1391234${String(5670 + i).padStart(4, '0')}`,
        },
        stage,
        rawText: `${DEMO_MARK}意向線索`,
        reportedAt,
      });
      // Talks that go on, followed up 2 to 23 days ago: reminders count days as in a real city, and
      // the first chambers' secretaries (成都商會's among them) have something overdue to see.
      await addFollowUp(trx, lead, reporterId, '已電話溝通，對方仍有意向', null, daysBefore(now, 23 - i * 3));
      leads++;
    }
    return { chambers: DEMO_CHAMBERS.length, leads, events, alreadyLoaded: false };
  });
}
