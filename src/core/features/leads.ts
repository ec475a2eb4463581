import { sql } from 'kysely';
import { addDays } from '../../domain/calendar.ts';
import { findDate } from '../../domain/dates.ts';
import { parseReport } from '../../domain/report-parser.ts';
import { foldText } from '../../domain/script.ts';
import { inReaderScript } from '../../domain/names.ts';
import { can, visibleChambers } from '../../domain/permissions.ts';
import { stageFromWord } from '../../domain/stage-words.ts';
import type { Stage } from '../../domain/report.ts';
import { invalidFields } from '../../domain/validation.ts';
import type { Lead } from '../../db/schema.ts';
import { type Command, type Feature, type MemberCtx, onPress } from '../context.ts';
import type { Button, Outbound } from '../messages.ts';
import { encode } from '../actions.ts';
import { deletedLeadNotice } from '../deleted-leads.ts';
import { coReporterLine } from '../duplicates.ts';
import { addFollowUp, assignOwner, changeStage, lockLead, type LeadFacts } from '../lead-records.ts';
import { findChamber, findMember, lookupFailure } from '../names.ts';
import { contactView, fieldLines, formatValue, historyLine, leadFields, leadLine } from '../render.ts';

const LIST_LIMIT = 20;

/** Parses "#12", "12" or "線索12" into a lead id. */
export function leadIdOf(word: string | undefined): number | null {
  const match = /^#?(\d{1,9})$/.exec((word ?? '').replace(/^(線索|线索|lead)/i, ''));
  return match ? Number(match[1]) : null;
}

export function splitArgs(args: string): string[] {
  return args.split(/\s+/).filter(Boolean);
}

/** The lead, if it exists and the actor may read it; otherwise the same answer, so ids reveal nothing. */
export async function readableLead(ctx: MemberCtx, id: number, lock = false): Promise<Lead | null> {
  const lead = lock ? await lockLead(ctx.trx, id) : await ctx.trx.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirst();
  if (!lead || !can(ctx.actor, 'lead.read', { chamberId: lead.chamber_id })) return null;
  return lead;
}

function stageButtons(ctx: MemberCtx, lead: Lead): Button[][] {
  if (!can(ctx.actor, 'lead.update', { chamberId: lead.chamber_id, reporterId: lead.reporter_id, ownerId: lead.owner_id })) {
    return [];
  }
  const targets: Stage[] = ['negotiating', 'signed', 'landed', 'dropped'];
  return [
    targets.filter((s) => s !== lead.stage).map((s) => ({ label: ctx.t(`stage.${s}`), action: encode({ type: 'lead.stage', leadId: lead.id, stage: s }) })),
  ];
}

async function leadDetail(ctx: MemberCtx, lead: Lead, edit = false): Promise<Outbound> {
  const chamber = await ctx.trx.selectFrom('chambers').select('name').where('id', '=', lead.chamber_id).executeTakeFirstOrThrow();
  const history = await ctx.trx.selectFrom('lead_history').selectAll().where('lead_id', '=', lead.id).orderBy('at').orderBy('id').execute();
  const memberIds = [lead.reporter_id, lead.owner_id, ...history.map((h) => h.member_id)].filter((id): id is number => id !== null);
  const names = new Map<number, string>();
  if (memberIds.length > 0) {
    const rows = await ctx.trx
      .selectFrom('members')
      .select(['id', 'display_name'])
      .where('id', 'in', [...new Set(memberIds)])
      .execute();
    for (const row of rows) names.set(row.id, row.display_name);
  }
  const view = contactView(ctx, lead.chamber_id);
  const lines = [
    `${ctx.t('lead.title', { id: lead.id })} · ${inReaderScript(chamber.name, ctx.lang)}`,
    `${ctx.t('field.stage')}：${ctx.t(`stage.${lead.stage}`)}`,
    ...fieldLines(ctx, 'lead', { ...leadFields(lead), stage: null }, view),
  ];
  if (lead.reporter_id !== null) lines.push(`${ctx.t('field.reporter')}：${names.get(lead.reporter_id) ?? ''}`);
  const coReporters = await coReporterLine(ctx, lead.id);
  if (coReporters) lines.push(coReporters);
  if (lead.owner_id !== null) lines.push(`${ctx.t('field.owner')}：${names.get(lead.owner_id) ?? ''}`);
  if (lead.next_follow_up_on) lines.push(`${ctx.t('field.nextFollowUp')}：${lead.next_follow_up_on}`);
  lines.push('', ctx.t('lead.history'), ...history.map((h) => `· ${historyLine(ctx, h, names, view)}`));
  return { text: lines.join('\n'), buttons: stageButtons(ctx, lead), edit };
}

const leadList: Command = {
  name: 'leads',
  aliases: ['線索列表', '线索列表'],
  help: 'help.leads',
  async run(ctx, args) {
    let query = ctx.trx.selectFrom('leads').innerJoin('chambers', 'chambers.id', 'leads.chamber_id');
    const visible = visibleChambers(ctx.actor, 'lead.read');
    if (visible !== 'all') {
      if (visible.length === 0) return [{ text: ctx.t('error.forbidden') }];
      query = query.where('leads.chamber_id', 'in', visible);
    }
    for (const word of splitArgs(args)) {
      const stage = stageFromWord(word);
      if (stage) {
        query = query.where('leads.stage', '=', stage);
      } else if (['mine', 'my', '我的'].includes(word.toLowerCase())) {
        const me = ctx.member.id;
        query = query.where((eb) => eb.or([eb('leads.reporter_id', '=', me), eb('leads.owner_id', '=', me)]));
      } else {
        const lookup = await findChamber(ctx.trx, word);
        if ('missing' in lookup) return [{ text: ctx.t('leads.unknownChamber', { name: word.slice(0, 40) }) }];
        if (!('found' in lookup)) return lookupFailure(ctx, lookup, word, 'chamber');
        if (visible !== 'all' && !visible.includes(lookup.found.id)) return [{ text: ctx.t('error.forbidden') }];
        query = query.where('leads.chamber_id', '=', lookup.found.id);
      }
    }
    const { count } = await query.select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow();
    if (count === 0) return [{ text: ctx.t('leads.empty') }];
    const rows = await query
      .selectAll('leads')
      .select('chambers.name as chamber_name')
      .orderBy('leads.updated_at', 'desc')
      .orderBy('leads.id', 'desc')
      .limit(LIST_LIMIT)
      .execute();
    const showChamber = visible === 'all';
    const lines = rows.map((row) => leadLine(ctx, row, showChamber ? inReaderScript(row.chamber_name, ctx.lang) : undefined));
    return [{ text: [ctx.t('leads.title', { count, shown: rows.length }), ...lines].join('\n') }];
  },
};

const show: Command = {
  name: 'show',
  aliases: ['查看'],
  help: 'help.show',
  async run(ctx, args) {
    const id = leadIdOf(splitArgs(args)[0]);
    if (id === null) return [{ text: ctx.t('error.badId', { example: '/show 12' }) }];
    const lead = await readableLead(ctx, id);
    if (!lead) return (await deletedLeadNotice(ctx, id)) ?? [{ text: ctx.t('error.leadNotFound', { id }) }];
    return [await leadDetail(ctx, lead)];
  },
};

/** Facts that come along with a stage change, read by the report parser ("到位資金3億"). */
function factsFrom(ctx: MemberCtx, text: string): LeadFacts {
  if (!text) return {};
  const parsed = parseReport(text, { today: ctx.today });
  const facts: LeadFacts = {};
  for (const key of ['investmentYuan', 'fundsInPlaceYuan', 'taxYuan', 'areaMu', 'jobs'] as const) {
    if (parsed[key] !== null) facts[key] = parsed[key];
  }
  return facts;
}

async function moveStage(ctx: MemberCtx, lead: Lead, to: Stage, note: string, edit: boolean): Promise<Outbound[]> {
  if (!can(ctx.actor, 'lead.update', { chamberId: lead.chamber_id, reporterId: lead.reporter_id, ownerId: lead.owner_id })) {
    return [{ text: ctx.t('error.forbidden') }];
  }
  const facts = factsFrom(ctx, note);
  const bad = invalidFields({ ...leadFields(lead), ...facts });
  if (bad.length > 0) return [{ text: ctx.t('error.badAmount', { text: note.slice(0, 100) }) }];
  if (to === lead.stage && Object.keys(facts).length === 0) {
    return [{ text: ctx.t('stage.same', { id: lead.id, stage: ctx.t(`stage.${to}`) }), edit }];
  }
  const updated = await changeStage(ctx.trx, lead, to, ctx.member.id, ctx.now, facts, note || null);
  const lines = [ctx.t('stage.changed', { id: lead.id, from: ctx.t(`stage.${lead.stage}`), to: ctx.t(`stage.${to}`) })];
  const changed = Object.entries(facts).map(([k, v]) => `${ctx.t(`field.${k as keyof LeadFacts}`)} ${formatValue(ctx, k as keyof LeadFacts, v)}`);
  if (changed.length) lines.push(ctx.t('stage.amounts', { changes: changed.join('，') }));
  if (edit) {
    const detail = await leadDetail(ctx, updated, true);
    return [{ ...detail, text: `${lines.join('\n')}\n\n${detail.text}` }];
  }
  return [{ text: lines.join('\n') }];
}

const stage: Command = {
  name: 'stage',
  aliases: ['階段', '阶段'],
  help: 'help.stage',
  visibleTo: ['member', 'secretary'],
  async run(ctx, args) {
    const [idWord, stageWord, ...rest] = splitArgs(args);
    const id = leadIdOf(idWord);
    if (id === null || !stageWord) return [{ text: ctx.t('stage.usage') }];
    const to = stageFromWord(stageWord);
    if (!to) return [{ text: ctx.t('stage.unknown', { stage: stageWord.slice(0, 20) }) }];
    const lead = await readableLead(ctx, id, true);
    if (!lead) return [{ text: ctx.t('error.leadNotFound', { id }) }];
    return moveStage(ctx, lead, to, rest.join(' '), false);
  },
};

/**
 * The last word of a follow-up note, when it is nothing but a date ("… 12月5日", "… 下週三"),
 * is the next follow-up date. A next date is in the future: a bare weekday means the coming one.
 */
function splitNextDate(ctx: MemberCtx, words: string[]): { note: string; nextOn: string | null } {
  const last = words.at(-1) ?? '';
  const found = words.length > 1 ? findDate(foldText(last.toLowerCase()), ctx.today) : null;
  if (found?.start !== 0 || found.end !== last.length) return { note: words.join(' '), nextOn: null };
  const nextOn = found.date < ctx.today && /[週周]|星期/.test(last) ? addDays(found.date, 7) : found.date;
  return { note: words.slice(0, -1).join(' '), nextOn };
}

const follow: Command = {
  name: 'follow',
  aliases: ['跟進', '跟进'],
  help: 'help.follow',
  visibleTo: ['member', 'secretary'],
  async run(ctx, args) {
    const [idWord, ...rest] = splitArgs(args);
    const id = leadIdOf(idWord);
    if (id === null || rest.length === 0) return [{ text: ctx.t('follow.usage') }];
    const lead = await readableLead(ctx, id, true);
    if (!lead) return [{ text: ctx.t('error.leadNotFound', { id }) }];
    if (!can(ctx.actor, 'lead.update', { chamberId: lead.chamber_id, reporterId: lead.reporter_id, ownerId: lead.owner_id })) {
      return [{ text: ctx.t('error.forbidden') }];
    }
    const { note, nextOn } = splitNextDate(ctx, rest);
    await addFollowUp(ctx.trx, lead, ctx.member.id, note.slice(0, 1000), nextOn, ctx.now);
    const lines = [ctx.t('follow.done', { id })];
    if (nextOn) lines.push(ctx.t('follow.next', { date: nextOn }));
    return [{ text: lines.join('\n') }];
  },
};

const assign: Command = {
  name: 'assign',
  aliases: ['指派', '分配'],
  help: 'help.assign',
  visibleTo: ['secretary'],
  async run(ctx, args) {
    const [idWord, ...nameWords] = splitArgs(args);
    const id = leadIdOf(idWord);
    const name = nameWords.join(' ').replace(/^@/, '');
    if (id === null || !name) return [{ text: ctx.t('assign.usage') }];
    const lead = await readableLead(ctx, id, true);
    if (!lead) return [{ text: ctx.t('error.leadNotFound', { id }) }];
    if (!can(ctx.actor, 'lead.assign', { chamberId: lead.chamber_id })) return [{ text: ctx.t('error.forbidden') }];
    const lookup = await findMember(ctx.trx, name, [lead.chamber_id]);
    if ('missing' in lookup) return [{ text: ctx.t('assign.unknownMember', { name: name.slice(0, 40) }) }];
    if ('ambiguous' in lookup) {
      return [{ text: ctx.t('assign.ambiguous', { name: name.slice(0, 40), names: lookup.ambiguous.map((c) => c.display_name).join('、') }) }];
    }
    await assignOwner(ctx.trx, lead, lookup.found, ctx.member.id, ctx.now);
    return [{ text: ctx.t('assign.done', { id, name: lookup.found.display_name }) }];
  },
};

const events: Command = {
  name: 'events',
  aliases: ['活動列表', '活动列表'],
  help: 'help.events',
  async run(ctx) {
    let query = ctx.trx.selectFrom('events').innerJoin('chambers', 'chambers.id', 'events.chamber_id');
    const visible = visibleChambers(ctx.actor, 'event.read');
    if (visible !== 'all') {
      if (visible.length === 0) return [{ text: ctx.t('error.forbidden') }];
      query = query.where('events.chamber_id', 'in', visible);
    }
    const { count } = await query.select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow();
    if (count === 0) return [{ text: ctx.t('events.empty') }];
    const rows = await query
      .selectAll('events')
      .select('chambers.name as chamber_name')
      .orderBy('events.held_on', 'desc')
      .orderBy('events.id', 'desc')
      .limit(LIST_LIMIT)
      .execute();
    const lines = rows.map((e) => {
      const parts = [`#${e.id} ${e.held_on} ${ctx.t(`eventType.${e.event_type}`)}`];
      if (e.location) parts.push(e.location);
      if (e.invited_enterprises !== null) parts.push(ctx.t('unit.enterprises', { value: e.invited_enterprises }));
      if (visible === 'all') parts.push(inReaderScript(e.chamber_name, ctx.lang));
      return parts.join(' · ');
    });
    return [{ text: [ctx.t('events.title', { count, shown: rows.length }), ...lines].join('\n') }];
  },
};

export const leads: Feature = {
  commands: [leadList, show, stage, follow, assign, events],
  actions: [
    onPress(['lead.show', 'lead.stage'], async (ctx, action) => {
      const lead = await readableLead(ctx, action.leadId, true);
      if (!lead) return [{ text: ctx.t('error.leadNotFound', { id: action.leadId }) }];
      if (action.type === 'lead.show') return [await leadDetail(ctx, lead)];
      return moveStage(ctx, lead, action.stage, '', true);
    }),
  ],
};
