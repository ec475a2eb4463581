import { parseFieldEdit, type FieldEdit } from '../../domain/field-edit.ts';
import { can } from '../../domain/permissions.ts';
import { stageFromWord } from '../../domain/stage-words.ts';
import { invalidChanges } from '../../domain/validation.ts';
import type { ChamberEvent } from '../../db/schema.ts';
import type { Command, Feature, MemberCtx } from '../context.ts';
import type { Outbound } from '../messages.ts';
import { deleteLead, EVENT_COLUMNS, editEvent, editLead, lockDeletedLead, restoreLead, type EventField, type FieldChange } from '../lead-corrections.ts';
import { LEAD_COLUMNS, type LeadField } from '../lead-records.ts';
import { addCoReporter, recordMerge } from '../duplicates.ts';
import { changeText, contactView, leadFields, shownValue } from '../render.ts';
import { leadTitle } from '../../domain/lead-title.ts';
import type { DraftFields } from '../../domain/draft-fields.ts';
import type { ContactView } from '../../domain/contact-view.ts';
import { leadIdOf, readableLead, splitArgs } from './leads.ts';

/**
 * Keeping a saved record right: /edit corrects a lead (#93) or an event (E12) field by field,
 * /delete takes a lead made by mistake out of every list and figure, /restore brings it back.
 */

const LEAD_EDITABLE = Object.keys(LEAD_COLUMNS) as LeadField[];
const EVENT_EDITABLE = Object.keys(EVENT_COLUMNS) as EventField[];

/** "E12", "e12", "活動12": an event's id. */
function eventIdOf(word: string): number | null {
  const match = /^(?:e|活動|活动|event)#?(\d{1,9})$/i.exec(word);
  return match ? Number(match[1]) : null;
}

function usage(ctx: MemberCtx, fields: readonly (keyof DraftFields)[]): Outbound[] {
  return [{ text: ctx.t('records.edit.usage', { fields: fields.map((f) => ctx.t(`field.${f}`)).join('、') }) }];
}

/** What the edit could not take, said in the words of the field it was meant for. */
function refused(ctx: MemberCtx, value: string, field: keyof DraftFields): Outbound[] {
  return [{ text: ctx.t('records.edit.badValue', { value: value.slice(0, 60), field: ctx.t(`field.${field}`), example: ctx.t('records.help.edit') }) }];
}

/** The parsed changes, or the answer that says what to fix. */
function readEdit<F extends keyof DraftFields>(
  ctx: MemberCtx,
  text: string,
  fields: readonly F[],
): { changes: Partial<Pick<DraftFields, F>> } | { answer: Outbound[] } {
  const edit: FieldEdit | null = parseFieldEdit(text, { today: ctx.today, fields });
  if (!edit) return { answer: usage(ctx, fields) };
  if ('invalid' in edit) return { answer: refused(ctx, edit.invalid, edit.field) };
  const bad = invalidChanges(edit.changes) as (keyof DraftFields)[];
  if (bad.length > 0) return { answer: refused(ctx, text, bad[0]) };
  return { changes: edit.changes as Partial<Pick<DraftFields, F>> };
}

function doneText(ctx: MemberCtx, ref: string, changes: FieldChange<keyof DraftFields>[], view: ContactView): string {
  return [ctx.t('records.edit.done', { ref }), ...changes.map((c) => `· ${changeText(ctx, c.field, c.from, c.to, view)}`)].join('\n');
}

async function editLeadCommand(ctx: MemberCtx, id: number, text: string): Promise<Outbound[]> {
  const lead = await readableLead(ctx, id, true);
  if (!lead) return [{ text: ctx.t('error.leadNotFound', { id }) }];
  if (!can(ctx.actor, 'lead.update', { chamberId: lead.chamber_id, reporterId: lead.reporter_id, ownerId: lead.owner_id })) {
    return [{ text: ctx.t('error.forbidden') }];
  }
  if (/^(階段|阶段|stage)(\s|$)/i.test(text) || stageFromWord(text.trim())) return [{ text: ctx.t('records.edit.stageHint', { id }) }];
  const read = readEdit(ctx, text, LEAD_EDITABLE);
  if ('answer' in read) return read.answer;
  const changes = await editLead(ctx.trx, lead, read.changes, ctx.member.id, ctx.now);
  return changed(ctx, `#${id}`, id, changes, read.changes, contactView(ctx, lead.chamber_id));
}

function changed(
  ctx: MemberCtx,
  ref: string,
  id: number,
  changes: FieldChange<keyof DraftFields>[],
  wanted: Partial<DraftFields>,
  view: ContactView,
): Outbound[] {
  if (changes.length > 0) return [{ text: doneText(ctx, ref, changes, view) }];
  const [field, value] = Object.entries(wanted)[0] as [keyof DraftFields, unknown];
  return [{ text: ctx.t('records.edit.unchanged', { id, field: ctx.t(`field.${field}`), value: shownValue(ctx, field, value, view) }) }];
}

async function readableEvent(ctx: MemberCtx, id: number): Promise<ChamberEvent | null> {
  const event = await ctx.trx.selectFrom('events').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!event || !can(ctx.actor, 'event.read', { chamberId: event.chamber_id })) return null;
  return event;
}

async function editEventCommand(ctx: MemberCtx, id: number, text: string): Promise<Outbound[]> {
  const event = await readableEvent(ctx, id);
  if (!event) return [{ text: ctx.t('records.event.notFound', { id }) }];
  if (!can(ctx.actor, 'event.update', { chamberId: event.chamber_id, reporterId: event.reporter_id })) {
    return [{ text: ctx.t('error.forbidden') }];
  }
  const read = readEdit(ctx, text, EVENT_EDITABLE);
  if ('answer' in read) return read.answer;
  const changes = await editEvent(ctx.trx, event, read.changes);
  return changed(ctx, `E${id}`, id, changes, read.changes, contactView(ctx, event.chamber_id));
}

const edit: Command = {
  name: 'edit',
  aliases: ['更正', '修改'],
  help: 'records.help.edit',
  visibleTo: ['member', 'secretary'],
  async run(ctx, args) {
    const [target, ...rest] = splitArgs(args);
    const text = rest.join(' ');
    const eventId = target ? eventIdOf(target) : null;
    if (eventId !== null && text) return editEventCommand(ctx, eventId, text);
    const leadId = leadIdOf(target);
    if (leadId === null || !text) return usage(ctx, LEAD_EDITABLE);
    return editLeadCommand(ctx, leadId, text);
  },
};

const remove: Command = {
  name: 'delete',
  aliases: ['刪除', '删除'],
  help: 'records.help.delete',
  visibleTo: ['secretary'],
  async run(ctx, args) {
    const id = leadIdOf(splitArgs(args)[0]);
    if (id === null) return [{ text: ctx.t('records.delete.usage') }];
    const lead = await readableLead(ctx, id, true);
    if (!lead) return [{ text: ctx.t('error.leadNotFound', { id }) }];
    if (!can(ctx.actor, 'lead.delete', { chamberId: lead.chamber_id })) return [{ text: ctx.t('error.forbidden') }];
    await deleteLead(ctx.trx, lead, ctx.member.id, ctx.now);
    return [{ text: ctx.t('records.delete.done', { id, title: leadTitle(lead) }) }];
  },
};

const restore: Command = {
  name: 'restore',
  aliases: ['恢復', '恢复'],
  help: 'records.help.restore',
  visibleTo: ['secretary'],
  async run(ctx, args) {
    const id = leadIdOf(splitArgs(args)[0]);
    if (id === null) return [{ text: ctx.t('records.restore.usage') }];
    const deleted = await lockDeletedLead(ctx.trx, id);
    if (!deleted || !can(ctx.actor, 'lead.read', { chamberId: deleted.chamber_id })) {
      const live = await readableLead(ctx, id);
      return [{ text: live ? ctx.t('records.restore.notDeleted', { id }) : ctx.t('error.leadNotFound', { id }) }];
    }
    if (!can(ctx.actor, 'lead.delete', { chamberId: deleted.chamber_id })) return [{ text: ctx.t('error.forbidden') }];
    const lead = await restoreLead(ctx.trx, id, ctx.member.id, ctx.now);
    return [{ text: ctx.t('records.restore.done', { id, title: lead ? leadTitle(lead) : `#${id}` }) }];
  },
};

/** /merge A B: a secretary folds a duplicate B into A; B's reporter is named, B leaves the figures. */
const merge: Command = {
  name: 'merge',
  aliases: ['合併', '合并'],
  help: 'records.help.merge',
  visibleTo: ['secretary'],
  async run(ctx, args) {
    const [intoId, fromId] = splitArgs(args).map((word) => leadIdOf(word));
    if (intoId == null || fromId == null) return [{ text: ctx.t('records.merge.usage') }];
    if (intoId === fromId) return [{ text: ctx.t('records.merge.same') }];
    // Locked in id order, so two merges of the same pair cannot wait on each other.
    const [first, second] = intoId < fromId ? [intoId, fromId] : [fromId, intoId];
    const locked = new Map([
      [first, await readableLead(ctx, first, true)],
      [second, await readableLead(ctx, second, true)],
    ]);
    const into = locked.get(intoId);
    const from = locked.get(fromId);
    if (!into) return [{ text: ctx.t('error.leadNotFound', { id: intoId }) }];
    if (!from) return [{ text: ctx.t('error.leadNotFound', { id: fromId }) }];
    if (![into, from].every((lead) => can(ctx.actor, 'lead.merge', { chamberId: lead.chamber_id }))) {
      return [{ text: ctx.t('error.forbidden') }];
    }
    const chamber = await ctx.trx.selectFrom('chambers').select('name').where('id', '=', from.chamber_id).executeTakeFirstOrThrow();
    await recordMerge(ctx.trx, into, leadFields(from), { by: ctx.member.id, at: ctx.now, chamberName: chamber.name, fromLeadId: from.id });
    if (from.reporter_id !== null) await addCoReporter(ctx.trx, into, { id: from.reporter_id, chamber_id: from.chamber_id }, ctx.now);
    await deleteLead(ctx.trx, from, ctx.member.id, ctx.now);
    return [{ text: ctx.t('records.merge.done', { from: fromId, into: intoId }) }];
  },
};

export const corrections: Feature = {
  commands: [edit, remove, restore, merge],
};
