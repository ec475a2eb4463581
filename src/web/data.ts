import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Member } from '../db/schema.ts';
import { addDays, localDate } from '../domain/calendar.ts';
import { contactViewOf, shownNote, shownPhone } from '../domain/contact-view.ts';
import { inReaderScript } from '../domain/names.ts';
import { can, visibleChambers, type Action, type Actor } from '../domain/permissions.ts';
import { parsePeriod, periodLabel, shiftMonths, type Period } from '../domain/periods.ts';
import { EVENT_TYPES, STAGES, type EventType } from '../domain/report.ts';
import { translate, type MessageKey, type Params } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import { exportWorkbook } from '../summaries/export.ts';
import { sumFigures, type Figures, type Funnel } from '../summaries/figures.ts';
import { rankedChambers } from '../summaries/ranking.ts';
import { buildSummaryReport } from '../summaries/report.ts';
import { figuresFromRollup } from '../summaries/rollup.ts';
import { chambersIn, windowInstants, type Scope } from '../summaries/summary.ts';

/**
 * The dashboard's data: the same queries and the same permission table as the chat's
 * /summary, /rank, /leads, /show and /export, as JSON. The dashboard is read like a private
 * chat: the reader alone sees it, so phones show as they would to them in private.
 */

/** Who is reading: the member of the session, resolved on this request. */
export interface Viewer {
  member: Member;
  actor: Actor;
  lang: Language;
}

/** A refusal the page shows as is: the status and the message in the reader's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(key);
  }
}

export interface DataDeps {
  db: Db;
  timezone: string;
  now: () => Date;
}

type Query = URLSearchParams;

const t = (viewer: Viewer, key: MessageKey, params?: Params) => translate(viewer.lang, key, params);

function chamberRef(viewer: Viewer, id: number, name: string) {
  return { id, name: inReaderScript(name, viewer.lang) };
}

/** The period of `?period=`: any period word the chat reads; the current month when absent. */
function periodOf(deps: DataDeps, query: Query, fallback: string | null = '本月'): Period | null {
  const text = (query.get('period') ?? '').trim() || fallback;
  if (text === null) return null;
  const parsed = parsePeriod(text, localDate(deps.now(), deps.timezone));
  if ('error' in parsed) throw new ApiError(400, 'web.error.badPeriod', { text: text.slice(0, 60) });
  return parsed.period;
}

function intParam(query: Query, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ApiError(400, 'web.error.badParam', { name, hint: `${min}–${max}` });
  }
  return Number(raw);
}

function oneOf<T extends string>(query: Query, name: string, allowed: readonly T[]): T | null {
  const raw = query.get(name);
  if (raw === null || raw === '') return null;
  if (!(allowed as readonly string[]).includes(raw)) throw new ApiError(400, 'web.error.badParam', { name, hint: allowed.join(' | ') });
  return raw as T;
}

/**
 * The chambers a request reads for an action: `?chamber=ID` narrowed to what the reader may
 * see (another chamber is refused, not silently widened or emptied), or all they may see.
 */
function scopeOf(viewer: Viewer, query: Query, action: Action): Scope {
  if (!can(viewer.actor, action)) throw new ApiError(403, 'web.error.forbidden');
  const visible = visibleChambers(viewer.actor, action);
  const chamber = query.get('chamber');
  if (chamber === null || chamber === '') return visible;
  const id = intParam(query, 'chamber', 0, 1, 2_147_483_647);
  if (visible !== 'all' && !visible.includes(id)) throw new ApiError(403, 'web.error.otherChamber');
  return [id];
}

function dashboardFigures(f: Figures) {
  return {
    signedProjects: f.signedProjects,
    investmentYuan: f.signedInvestmentYuan,
    fundsInPlaceYuan: f.fundsInPlaceYuan,
    negotiations: f.negotiations,
    promotionEvents: f.promotions,
    invitedEnterprises: f.invitedEnterprises,
    visits: f.visits,
    leads: f.newLeads,
    landedProjects: f.landedProjects,
    onSiteSignings: f.onSiteSignings,
    jobs: f.jobs,
    areaMu: f.areaMu,
  };
}

function dashboardFunnel(f: Funnel) {
  return { lead: f.reported, negotiating: f.negotiating, signed: f.signed, landed: f.landed, dropped: f.dropped };
}

const QUICK_PERIODS = ['本月', '上月', '本季度', '上季度', '今年', '去年'] as const;

export async function me(deps: DataDeps, viewer: Viewer) {
  const visible = visibleChambers(viewer.actor, 'lead.read');
  const chambers = visible === 'all' || visible.length > 0 ? await chambersIn(deps.db, visible) : [];
  const own =
    viewer.member.chamber_id === null
      ? undefined
      : (chambers.find((c) => c.id === viewer.member.chamber_id) ?? (await chambersIn(deps.db, [viewer.member.chamber_id]))[0]);
  const periods: { key: string; label: string }[] = QUICK_PERIODS.map((key) => ({ key, label: t(viewer, `web.period.${key}`) }));
  // The halves of the last year before this one that had events: where the record's history is.
  const thisYear = localDate(deps.now(), deps.timezone).slice(0, 4);
  const latest = await deps.db
    .selectFrom('events')
    .select((eb) => eb.fn.max('held_on').as('last'))
    .where('held_on', '<', `${thisYear}-01-01`)
    .executeTakeFirst();
  const year = latest?.last ? String(latest.last).slice(0, 4) : null;
  if (year && Number(year) < Number(thisYear) - 1) {
    periods.push({ key: `${year}上半年`, label: t(viewer, 'web.period.half', { year }) });
    periods.push({ key: `${year}下半年`, label: t(viewer, 'web.period.secondHalf', { year }) });
  }
  return {
    member: {
      name: viewer.member.display_name,
      role: viewer.actor.role,
      chamber: own ? chamberRef(viewer, own.id, own.name) : null,
    },
    language: viewer.lang,
    chambers: chambers.map((c) => chamberRef(viewer, c.id, c.name)),
    periods,
  };
}

/** The 12 calendar months ending with the period's last month, from the rollup (a query each, side by side). */
async function trend(deps: DataDeps, period: Period, scope: Scope) {
  const lastMonth = `${period.to.slice(0, 7)}-01`;
  const months = Array.from({ length: 12 }, (_, i) => shiftMonths(lastMonth, i - 11));
  return Promise.all(
    months.map(async (from) => {
      const byChamber = await figuresFromRollup(deps.db, { from, to: addDays(shiftMonths(from, 1), -1) }, scope, deps.timezone);
      return { month: from.slice(0, 7), figures: dashboardFigures(sumFigures([...byChamber.values()])) };
    }),
  );
}

export async function summary(deps: DataDeps, viewer: Viewer, query: Query) {
  const scope = scopeOf(viewer, query, 'summary.read');
  const period = periodOf(deps, query)!;
  const [report, months] = await Promise.all([buildSummaryReport(deps.db, period, scope, deps.timezone), trend(deps, period, scope)]);
  return {
    period: { label: periodLabel(period, viewer.lang), from: period.from, to: period.to },
    previous: dashboardFigures(report.before.total),
    previousPeriod: { label: periodLabel(report.previous, viewer.lang), from: report.previous.from, to: report.previous.to },
    lastYear: dashboardFigures(report.lastYear.total),
    lastYearPeriod: { label: periodLabel(report.yearAgo, viewer.lang), from: report.yearAgo.from, to: report.yearAgo.to },
    figures: dashboardFigures(report.current.total),
    funnel: dashboardFunnel(report.funnel),
    byChamber: report.current.chambers.map((c) => ({ chamber: chamberRef(viewer, c.chamberId, c.chamber), figures: dashboardFigures(c) })),
    trend: months,
    // /rank's chambers, from the figures just read (its member list costs two scans of the period's leads).
    ranking: rankedChambers(report.current).map((c, i) => ({
      rank: i + 1,
      chamber: chamberRef(viewer, c.chamberId, c.chamber),
      signedProjects: c.signedProjects,
      investmentYuan: c.signedInvestmentYuan,
      fundsInPlaceYuan: c.fundsInPlaceYuan,
    })),
  };
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/**
 * One page of leads, newest first by default: the period filters on the date reported, so
 * each page is a range scan of an index (leads_chamber_reported, leads_reported_at), never a
 * sort of every lead.
 */
export async function leads(deps: DataDeps, viewer: Viewer, query: Query) {
  const scope = scopeOf(viewer, query, 'lead.read');
  const period = periodOf(deps, query, null);
  const stage = oneOf(query, 'stage', STAGES);
  const sort = oneOf(query, 'sort', ['date', 'amount'] as const) ?? 'date';
  const order = oneOf(query, 'order', ['desc', 'asc'] as const) ?? 'desc';
  const offset = intParam(query, 'offset', 0, 0, 10_000_000);
  const limit = intParam(query, 'limit', 50, 1, 200);
  const text = (query.get('q') ?? '').trim().slice(0, 100);
  if (scope !== 'all' && scope.length === 0) return { total: 0, rows: [] };

  let base = deps.db.selectFrom('leads as l');
  if (scope !== 'all') base = base.where('l.chamber_id', 'in', scope as number[]);
  if (period) {
    const { start, end } = windowInstants(period, deps.timezone);
    base = base.where('l.reported_at', '>=', start).where('l.reported_at', '<', end);
  }
  if (stage) base = base.where('l.stage', '=', stage);
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) =>
      eb.or([eb('l.project', 'ilike', like), eb('l.company', 'ilike', like), eb(sql.ref('l.id'), '=', Number(text.replace(/^#/, '')) || 0)]),
    );
  }
  const direction = order === 'asc' ? sql`asc` : sql`desc`;
  const [{ total }, rows] = await Promise.all([
    base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    base
      .innerJoin('chambers as c', 'c.id', 'l.chamber_id')
      .leftJoin('members as o', 'o.id', 'l.owner_id')
      .select([
        'l.id',
        'l.project',
        'l.company',
        'l.chamber_id',
        'c.name as chamber',
        'l.stage',
        'l.investment_yuan',
        'l.funds_in_place_yuan',
        'l.reported_at',
        'o.display_name as owner',
      ])
      .orderBy(sort === 'amount' ? sql`l.investment_yuan ${direction} nulls last` : sql`l.reported_at ${direction}`)
      .orderBy(sql`l.id ${direction}`)
      .offset(offset)
      .limit(limit)
      .execute(),
  ]);
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      ref: `#${row.id}`,
      title: row.project ?? row.company ?? `#${row.id}`,
      company: row.company,
      project: row.project,
      chamber: chamberRef(viewer, row.chamber_id, row.chamber),
      stage: row.stage,
      investmentYuan: row.investment_yuan,
      fundsInPlaceYuan: row.funds_in_place_yuan,
      reportedAt: iso(row.reported_at),
      owner: row.owner,
    })),
  };
}

/** A lead as /show gives it to this reader, or 404 whether it is missing or not theirs to see. */
export async function lead(deps: DataDeps, viewer: Viewer, idText: string) {
  const id = /^\d{1,10}$/.test(idText) && Number(idText) <= 2_147_483_647 ? Number(idText) : null;
  const row = id === null ? undefined : await deps.db.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !can(viewer.actor, 'lead.read', { chamberId: row.chamber_id })) throw new ApiError(404, 'web.error.notFound');
  const view = contactViewOf(viewer.actor, 'private', row.chamber_id);
  const [chamber, history, coReporters] = await Promise.all([
    deps.db.selectFrom('chambers').select('name').where('id', '=', row.chamber_id).executeTakeFirstOrThrow(),
    deps.db.selectFrom('lead_history').selectAll().where('lead_id', '=', row.id).orderBy('at').orderBy('id').execute(),
    deps.db
      .selectFrom('lead_co_reporters')
      .innerJoin('members', 'members.id', 'lead_co_reporters.member_id')
      .select('members.display_name')
      .where('lead_co_reporters.lead_id', '=', row.id)
      .orderBy('lead_co_reporters.at')
      .execute(),
  ]);
  const ids = [row.reporter_id, row.owner_id, ...history.map((h) => h.member_id)].filter((m): m is number => m !== null);
  const names = new Map<number, string>();
  if (ids.length) {
    for (const m of await deps.db
      .selectFrom('members')
      .select(['id', 'display_name'])
      .where('id', 'in', [...new Set(ids)])
      .execute()) {
      names.set(m.id, m.display_name);
    }
  }
  const nameOf = (memberId: number | null) => (memberId === null ? null : (names.get(memberId) ?? `#${memberId}`));
  const historyNote = (h: (typeof history)[number]) => {
    if (h.note) return shownNote(view, h.note);
    const owner = h.action === 'assigned' ? h.changes?.owner : undefined;
    return typeof owner === 'string' ? owner : null;
  };
  return {
    lead: {
      id: row.id,
      ref: `#${row.id}`,
      title: row.project ?? row.company ?? `#${row.id}`,
      chamber: chamberRef(viewer, row.chamber_id, chamber.name),
      stage: row.stage,
      project: row.project,
      company: row.company,
      investmentYuan: row.investment_yuan,
      fundsInPlaceYuan: row.funds_in_place_yuan,
      taxYuan: row.tax_yuan,
      areaMu: row.area_mu,
      jobs: row.jobs,
      industry: row.industry,
      location: row.location,
      contact: row.contact,
      contactPhone: row.contact_phone === null ? null : shownPhone(view, row.contact_phone),
      phoneMasked: view.showPhone !== 'full',
      reporter: nameOf(row.reporter_id),
      coReporters: coReporters.map((c) => c.display_name),
      owner: nameOf(row.owner_id),
      nextFollowUp: row.next_follow_up_on,
      reportedAt: iso(row.reported_at),
      signedAt: iso(row.signed_at),
      landedAt: iso(row.landed_at),
    },
    history: history.map((h) => ({
      at: iso(h.at),
      action: h.action,
      by: nameOf(h.member_id),
      from: h.from_stage,
      to: h.to_stage,
      note: historyNote(h),
    })),
  };
}

export async function events(deps: DataDeps, viewer: Viewer, query: Query) {
  const scope = scopeOf(viewer, query, 'event.read');
  const period = periodOf(deps, query);
  const type = oneOf(query, 'type', EVENT_TYPES);
  const offset = intParam(query, 'offset', 0, 0, 10_000_000);
  const limit = intParam(query, 'limit', 50, 1, 200);
  if (scope !== 'all' && scope.length === 0) return { total: 0, rows: [] };
  let base = deps.db.selectFrom('events as e');
  if (scope !== 'all') base = base.where('e.chamber_id', 'in', scope as number[]);
  if (period) base = base.where('e.held_on', '>=', period.from).where('e.held_on', '<=', period.to);
  if (type) base = base.where('e.event_type', '=', type);
  const [{ total }, rows] = await Promise.all([
    base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    base
      .innerJoin('chambers as c', 'c.id', 'e.chamber_id')
      .select([
        'e.id',
        'e.event_type',
        'e.held_on',
        'e.location',
        'e.note',
        'e.raw_text',
        'e.chamber_id',
        'c.name as chamber',
        'e.invited_enterprises',
        'e.signed_projects',
      ])
      .orderBy('e.held_on', 'desc')
      .orderBy('e.id', 'desc')
      .offset(offset)
      .limit(limit)
      .execute(),
  ]);
  return {
    total,
    rows: rows.map((row) => {
      const view = contactViewOf(viewer.actor, 'private', row.chamber_id);
      const title = row.note ?? row.location ?? row.raw_text;
      return {
        id: row.id,
        ref: `#${row.id}`,
        type: row.event_type as EventType,
        date: row.held_on,
        title: shownNote(view, title).slice(0, 200),
        location: row.location,
        chamber: chamberRef(viewer, row.chamber_id, row.chamber),
        invitedEnterprises: row.invited_enterprises,
        signedProjects: row.signed_projects,
      };
    }),
  };
}

/** The workbook /export sends for this reader and period, with phones as this reader may see them. */
export async function workbook(deps: DataDeps, viewer: Viewer, query: Query) {
  const scope = scopeOf(viewer, query, 'summary.read');
  const period = periodOf(deps, query)!;
  const { data } = await exportWorkbook(deps.db, period, scope, {
    lang: viewer.lang,
    timeZone: deps.timezone,
    now: deps.now(),
    contactView: (chamberId) => contactViewOf(viewer.actor, 'private', chamberId),
  });
  return { data, name: `${period.from}_${period.to}.xlsx` };
}
