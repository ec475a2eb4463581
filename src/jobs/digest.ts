import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { addDays } from '../domain/calendar.ts';
import { inReaderScript } from '../domain/names.ts';
import { isLang } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import { leadTitle } from '../domain/lead-title.ts';
import { allChamberIndustries, matchingFirst } from '../catalog/records.ts';
import { industryMatches } from '../catalog/fields.ts';
import { policyLine, projectLine, speaker } from '../catalog/render.ts';
import { enqueue, groupAddresses, memberRecipients, PRIORITY, type OutboxMessage } from '../outbox/queue.ts';
import { instantsOf, periodDates } from './periods.ts';
import type { JobContext, JobDefinition } from './runs.ts';
import type { Policy, Project } from '../db/rows.ts';

/**
 * The weekly digest (Monday morning): the city's projects and policies new or changed in the past
 * week, those of the chamber's industries first, and the chamber's own week (new leads, stage
 * changes, signings, events). Every bound chamber group gets its chamber's; every member who has
 * not muted it gets one when there is anything new. One transaction per chamber decides and queues.
 */

const MAX_PROJECTS = 10;
const MAX_POLICIES = 8;
const MAX_NAMES = 5;

export interface ChamberWeek {
  newLeads: { id: number; title: string }[];
  stageChanges: number;
  signed: { id: number; title: string }[];
  landed: { id: number; title: string }[];
  events: number;
  invitedEnterprises: number;
}

export function isQuietWeek(week: ChamberWeek): boolean {
  return week.newLeads.length === 0 && week.stageChanges === 0 && week.events === 0;
}

export async function chamberWeek(db: Db, chamberId: number, start: Date, end: Date, dates: { start: string; end: string }): Promise<ChamberWeek> {
  const newLeads = await db
    .selectFrom('leads')
    .select(['id', 'project', 'company'])
    .where('chamber_id', '=', chamberId)
    .where('reported_at', '>=', start)
    .where('reported_at', '<', end)
    .orderBy('reported_at')
    .execute();
  const changes = await db
    .selectFrom('lead_history as h')
    .innerJoin('leads as l', 'l.id', 'h.lead_id')
    .select(['l.id', 'l.project', 'l.company', 'h.to_stage'])
    .where('l.chamber_id', '=', chamberId)
    .where('h.action', '=', 'stage')
    .where('h.at', '>=', start)
    .where('h.at', '<', end)
    .orderBy('h.at')
    .execute();
  const events = await db
    .selectFrom('events')
    .select([sql<number>`count(*)::int`.as('count'), sql<number>`coalesce(sum(invited_enterprises), 0)::int`.as('invited')])
    .where('chamber_id', '=', chamberId)
    .where('held_on', '>=', dates.start)
    .where('held_on', '<', dates.end)
    .executeTakeFirstOrThrow();
  const unique = (rows: typeof changes) => [...new Map(rows.map((r) => [r.id, { id: r.id, title: leadTitle(r) }])).values()];
  return {
    newLeads: newLeads.map((l) => ({ id: l.id, title: leadTitle(l) })),
    stageChanges: changes.length,
    signed: unique(changes.filter((c) => c.to_stage === 'signed')),
    landed: unique(changes.filter((c) => c.to_stage === 'landed')),
    events: events.count,
    invitedEnterprises: events.invited,
  };
}

function names(list: { id: number; title: string }[]): string {
  const shown = list
    .slice(0, MAX_NAMES)
    .map((l) => `#${l.id} ${l.title}`)
    .join('、');
  return list.length > MAX_NAMES ? `${shown} …` : shown;
}

export interface DigestInput {
  chamberName: string;
  industries: string[];
  dates: { start: string; end: string };
  projects: Project[];
  policies: Policy[];
  /** Catalog rows created (not only changed) this week. */
  newSince: Date;
  week: ChamberWeek;
  audience: 'group' | 'member';
}

export function digestText(lang: Language, input: DigestInput): string {
  const s = speaker(lang);
  const lines = [s.t('digest.title', { chamber: inReaderScript(input.chamberName, lang), from: input.dates.start, to: addDays(input.dates.end, -1) })];
  const projects = matchingFirst(input.projects, input.industries, (p) => [p.industry]);
  const policies = matchingFirst(input.policies, input.industries, (p) => p.industries);
  const mark = (industries: (string | null)[], created: Date) =>
    `${industries.some((i) => industryMatches(i, input.industries)) ? '★' : ''}${created >= input.newSince ? s.t('digest.new') : ''}`;
  if (projects.length) {
    lines.push('', s.t('digest.projects', { count: projects.length }));
    for (const p of projects.slice(0, MAX_PROJECTS)) lines.push(projectLine(s, p, mark([p.industry], p.created_at)));
    if (projects.length > MAX_PROJECTS) lines.push(s.t('digest.moreProjects', { count: projects.length - MAX_PROJECTS }));
  }
  if (policies.length) {
    lines.push('', s.t('digest.policies', { count: policies.length }));
    for (const p of policies.slice(0, MAX_POLICIES)) lines.push(policyLine(s, p, mark(p.industries, p.created_at)));
    if (policies.length > MAX_POLICIES) lines.push(s.t('digest.morePolicies', { count: policies.length - MAX_POLICIES }));
  }
  if (!projects.length && !policies.length) lines.push('', s.t('digest.noCatalog'));
  if (input.industries.length && (projects.length || policies.length)) lines.push(s.t('digest.starHint', { industries: input.industries.join('、') }));
  const week = input.week;
  lines.push('', s.t('digest.week'));
  if (isQuietWeek(week)) {
    lines.push(s.t('digest.quietWeek'));
  } else {
    if (week.newLeads.length) lines.push(s.t('digest.newLeads', { count: week.newLeads.length, names: names(week.newLeads) }));
    if (week.stageChanges) lines.push(s.t('digest.stageChanges', { count: week.stageChanges }));
    if (week.signed.length) lines.push(s.t('digest.signed', { count: week.signed.length, names: names(week.signed) }));
    if (week.landed.length) lines.push(s.t('digest.landed', { count: week.landed.length, names: names(week.landed) }));
    if (week.events) lines.push(s.t('digest.events', { count: week.events, invited: week.invitedEnterprises }));
  }
  lines.push('', s.t(input.audience === 'group' ? 'digest.footer.group' : 'digest.footer.member'));
  return lines.join('\n');
}

export const digestJob: JobDefinition = {
  name: 'digest',
  period: 'week',
  async run(ctx: JobContext, period: string) {
    const week = periodDates('week', period);
    if (!week) throw new Error(`digest: ${period} is not an ISO week (e.g. 2026-W49)`);
    // Sent on the week's Monday, about the seven days before it.
    const dates = { start: addDays(week.start, -7), end: week.start };
    const { start, end } = instantsOf(dates, ctx.timezone);
    const db = ctx.db;
    const projects = await db
      .selectFrom('projects')
      .selectAll()
      .where('updated_at', '>=', start)
      .where('updated_at', '<', end)
      .where('status', '=', 'open')
      .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', dates.end)]))
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    const policies = await db
      .selectFrom('policies')
      .selectAll()
      .where('updated_at', '>=', start)
      .where('updated_at', '<', end)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', dates.end)]))
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    const industries = await allChamberIndustries(ctx.db);
    const chambers = await db.selectFrom('chambers').select(['id', 'name']).orderBy('id').execute();
    const outcome = { chambers: chambers.length, groups: 0, members: 0, quiet: 0, muted: 0, unreachable: 0, queued: 0 };
    for (const chamber of chambers) {
      await ctx.db.transaction().execute(async (trx) => {
        const weekOf = await chamberWeek(trx, chamber.id, start, end, dates);
        const input = (audience: 'group' | 'member'): DigestInput => ({
          chamberName: chamber.name,
          industries: industries.get(chamber.id) ?? [],
          dates,
          projects,
          policies,
          newSince: start,
          week: weekOf,
          audience,
        });
        const texts = new Map<string, string>();
        const text = (lang: Language, audience: 'group' | 'member') => {
          const key = `${lang}:${audience}`;
          if (!texts.has(key)) texts.set(key, digestText(lang, input(audience)));
          return texts.get(key)!;
        };
        const queue: OutboxMessage[] = [];
        const groups = await groupAddresses(trx, { chamberIds: [chamber.id], platforms: ctx.platforms });
        const binders = new Map(
          (
            await trx
              .selectFrom('members')
              .select(['id', 'lang'])
              .where('id', 'in', [0, ...groups.map((g) => g.boundBy ?? 0)])
              .execute()
          ).map((m) => [m.id, m.lang]),
        );
        for (const group of groups) {
          const lang = binders.get(group.boundBy ?? 0);
          queue.push({
            job: 'digest',
            period,
            recipient: { kind: 'group', chamberId: chamber.id, platform: group.platform, chatId: group.chatId },
            outbound: { text: text(lang && isLang(lang) ? lang : 'zh-CN', 'group') },
            priority: PRIORITY.digest,
          });
        }
        outcome.groups += groups.length;
        const nothingNew = projects.length === 0 && policies.length === 0 && isQuietWeek(weekOf);
        const members = await trx
          .selectFrom('members')
          .select(['id', 'chamber_id', 'lang'])
          .where('chamber_id', '=', chamber.id)
          .where('role', 'in', ['member', 'secretary'])
          .where(({ not, exists, selectFrom }) =>
            not(exists(selectFrom('member_mutes as mm').select(sql`1`.as('one')).whereRef('mm.member_id', '=', 'members.id').where('mm.topic', '=', 'digest'))),
          )
          .orderBy('id')
          .execute();
        const { count: all } = await trx
          .selectFrom('members')
          .select(sql<number>`count(*)::int`.as('count'))
          .where('chamber_id', '=', chamber.id)
          .where('role', 'in', ['member', 'secretary'])
          .executeTakeFirstOrThrow();
        outcome.muted += all - members.length;
        if (nothingNew) {
          outcome.quiet += members.length;
        } else {
          const recipients = await memberRecipients(trx, members, ctx.platforms);
          outcome.unreachable += members.length - recipients.size;
          for (const member of members) {
            const recipient = recipients.get(member.id);
            if (!recipient) continue;
            queue.push({
              job: 'digest',
              period,
              recipient,
              outbound: { text: text(isLang(member.lang) ? member.lang : 'zh-CN', 'member') },
              priority: PRIORITY.digest,
            });
          }
          outcome.members += recipients.size;
        }
        outcome.queued += (await enqueue(trx, queue)).size;
      });
    }
    return { ...outcome, projects: projects.length, policies: policies.length };
  },
};
