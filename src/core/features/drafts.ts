import { rejectedAmounts } from '../../domain/amounts.ts';
import { parseReport } from '../../domain/report-parser.ts';
import { parseFieldEdit } from '../../domain/field-edit.ts';
import { can } from '../../domain/permissions.ts';
import { FULL_CONTACTS, GROUP_CONTACTS } from '../../domain/contact-view.ts';
import { invalidFields } from '../../domain/validation.ts';
import type { ParsedReport } from '../../domain/report.ts';
import type { Draft } from '../../db/schema.ts';
import { sql } from 'kysely';
import { type Command, type Feature, type MemberCtx, UserError, onPress } from '../context.ts';
import type { Outbound } from '../messages.ts';
import { factsOfLead, insertLead, lockLead } from '../lead-records.ts';
import { addCoReporter, findDuplicate, recordMerge, tellSecretaries } from '../duplicates.ts';
import { duplicateReason } from '../../domain/duplicates.ts';
import { localDate } from '../../domain/calendar.ts';
import { inReaderScript } from '../../domain/names.ts';
import { fieldLines } from '../render.ts';
import { fieldsOfKind, type DraftFields } from '../../domain/draft-fields.ts';
import { leadTitle } from '../../domain/lead-title.ts';
import { encode, type Action } from '../actions.ts';
import { cancelDraft, confirmButtons, pressedDraft, reportFlow } from '../confirm-flow.ts';
import { jsonb } from '../../db/json.ts';
import { draftFieldsOf, needsTitle } from '../../domain/draft-fields.ts';
import { proposeLeadTitle } from '../../domain/lead-title.ts';
import { splitReports } from '../../domain/report-split.ts';
import { renderBatch, startBatch } from './draft-batches.ts';

type Kind = 'lead' | 'event';

/**
 * Reporting: free text (or /lead, /event) becomes a draft the reporter confirms with
 * Save / Edit / Cancel. Nothing reaches the leads or events tables before Save.
 */

/** The reporter sees what they typed; anyone else in a group sees it redacted. */
export function draftView(ctx: MemberCtx) {
  return ctx.inbound.chat.type === 'group' ? GROUP_CONTACTS : FULL_CONTACTS;
}

/** Whether the draft's title is the one the bot proposed, so the reporter is told they may change it. */
export function hasProposedTitle(draft: Pick<Draft, 'kind' | 'fields' | 'raw_text'>): boolean {
  const fields = draft.fields as DraftFields;
  if (draft.kind !== 'lead' || !fields.project || fields.company) return false;
  const parsed = parseReport(draft.raw_text);
  return !parsed.project && !parsed.company && proposeLeadTitle(draft.raw_text, parsed) === fields.project;
}

/** The line that says a lead looks like one already reported, or null. */
export async function duplicateLine(ctx: MemberCtx, draft: Draft): Promise<{ line: string; leadId: number } | null> {
  const match = draft.kind === 'lead' ? await findDuplicate(ctx.trx, draft.fields as DraftFields, ctx.deps.timezone) : null;
  if (!match) return null;
  const line = ctx.t('records.dup.line', { id: match.leadId, chamber: inReaderScript(match.chamberName, ctx.lang), date: match.reportedOn });
  return { line, leadId: match.leadId };
}

/**
 * The draft as understood, with Save / Edit / Cancel; a lead that looks like one already
 * reported (in any chamber) says so, with only that lead's chamber and date, and asks first.
 */
async function renderDraft(ctx: MemberCtx, draft: Draft, notes: string[] = []): Promise<Outbound[]> {
  if (draft.batch_id !== null) return renderBatch(ctx, draft.batch_id);
  const fields = draft.fields as DraftFields;
  const lines = [
    ctx.t('draft.understood', { kind: ctx.t(`kind.${draft.kind}`) }),
    ...fieldLines(ctx, draft.kind, fields, draftView(ctx)),
    ...(hasProposedTitle(draft) ? [ctx.t('title.proposed')] : []),
    ...notes,
  ];
  let buttons = [confirmButtons(ctx, reportFlow, draft.id)];
  const match = await duplicateLine(ctx, draft);
  if (match) {
    lines.push(match.line);
    const [, edit, cancel] = buttons[0];
    buttons = [
      [
        { label: ctx.t('records.dup.merge'), action: encode({ type: 'draft.merge', draftId: draft.id, leadId: match.leadId }) },
        { label: ctx.t('records.dup.separate'), action: encode({ type: 'draft.save', draftId: draft.id }) },
      ],
      [edit, cancel],
    ];
  }
  const replies: Outbound[] = [{ text: lines.join('\n'), buttons }];
  if (draft.awaiting === 'title') replies.push({ text: ctx.t('draft.askTitle') });
  return replies;
}

/** A new report by command replaces whatever question the bot was waiting on in this chat. */
async function stopAwaiting(ctx: MemberCtx): Promise<void> {
  await ctx.trx
    .updateTable('drafts')
    .set({ awaiting: null })
    .where('member_id', '=', ctx.member.id)
    .where('platform', '=', ctx.inbound.platform)
    .where('chat_id', '=', ctx.inbound.chat.id)
    .where('status', '=', 'open')
    .where('awaiting', 'is not', null)
    .execute();
}

/**
 * Facts that make a message a report of its own rather than a one-word answer (a title, a value). The industry is not one:
 * it is read from the same words as the project or company (城北康養中心 → 康養), so it is no second fact.
 */
const REPORT_FACTS = [
  'investmentYuan',
  'fundsInPlaceYuan',
  'taxYuan',
  'areaMu',
  'jobs',
  'company',
  'project',
  'contact',
  'contactPhone',
  'location',
  'invitedEnterprises',
  'signedProjects',
] as const;

function isFullReport(parsed: ParsedReport): boolean {
  return parsed.kind !== null && REPORT_FACTS.filter((f) => parsed[f] !== null).length >= 2;
}

async function startDraft(
  ctx: MemberCtx,
  forced: Kind | null,
  text: string,
  parsed: ParsedReport = parseReport(text, { today: ctx.today }),
): Promise<Outbound[]> {
  const { actor } = ctx;
  if (actor.chamberId === null) return [{ text: ctx.t('error.noChamber') }];
  // A message may hold several reports, typed plainly or after /lead, and gets one draft each, as
  // the reporter wrote them; /event keeps its text one event.
  if (forced !== 'event') {
    const items = splitReports(text, { today: ctx.today });
    if (items.length > 1) return startBatch(ctx, items);
  }
  const kind = forced ?? parsed.kind;
  if (!kind) return [{ text: ctx.t('draft.nothing') }];
  if (!can(actor, kind === 'lead' ? 'lead.create' : 'event.create', { chamberId: actor.chamberId })) {
    return [{ text: ctx.t('error.forbidden') }];
  }
  const fields = draftFieldsOf(kind, parsed, ctx.today, text);
  const draft = await ctx.trx
    .insertInto('drafts')
    .values({
      member_id: ctx.member.id,
      platform: ctx.inbound.platform,
      chat_id: ctx.inbound.chat.id,
      kind,
      fields: jsonb(fields),
      raw_text: text,
      awaiting: needsTitle(kind, fields) ? 'title' : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  // Say which figures were left out, rather than silently showing a draft without them.
  const notes = rejectedAmounts(text).map((amount) => ctx.t('draft.amountProblem', { text: amount.slice(0, 40) }));
  return renderDraft(ctx, draft, notes);
}

export async function updateDraft(ctx: MemberCtx, draft: Draft, fields: DraftFields): Promise<Draft> {
  return (
    ctx.trx
      .updateTable('drafts')
      // A batch asks no questions (several at once would be answered in the wrong order).
      .set({ fields: jsonb(fields), awaiting: draft.batch_id === null && needsTitle(draft.kind, fields) ? 'title' : null })
      .where('id', '=', draft.id)
      .returningAll()
      .executeTakeFirstOrThrow()
  );
}

/**
 * A message while a question is pending is its answer, unless it is a report of its own: then the
 * question is dropped (the draft stays, with its buttons) and the report becomes a new draft.
 */
async function answerOrReport(ctx: MemberCtx, draft: Draft, text: string): Promise<Outbound[]> {
  const editable = fieldsOfKind(draft.kind);
  const isEdit = draft.awaiting === 'edit' && parseFieldEdit(text, { today: ctx.today, fields: editable }) !== null;
  const parsed = parseReport(text, { today: ctx.today });
  if (isEdit || !isFullReport(parsed)) return answerDraftQuestion(ctx, draft, text);
  await stopAwaiting(ctx);
  const replies = await startDraft(ctx, null, text, parsed);
  return [{ text: ctx.t('records.pending.dropped') }, ...replies];
}

async function answerDraftQuestion(ctx: MemberCtx, draft: Draft, text: string): Promise<Outbound[]> {
  const fields = draft.fields as DraftFields;
  if (draft.awaiting === 'title') {
    const updated = await updateDraft(ctx, draft, { ...fields, project: text.slice(0, 200) });
    return renderDraft(ctx, updated);
  }
  const editable = fieldsOfKind(draft.kind);
  const edit = parseFieldEdit(text, { today: ctx.today, fields: editable });
  if (!edit) {
    const names = editable.map((f) => ctx.t(`field.${f}`)).join('、');
    return [{ text: ctx.t('draft.editNotUnderstood', { fields: names }) }];
  }
  if ('invalid' in edit) {
    return [
      { text: ctx.t('records.edit.badValue', { value: edit.invalid.slice(0, 60), field: ctx.t(`field.${edit.field}`), example: ctx.t('draft.askEdit') }) },
    ];
  }
  const updated = await updateDraft(ctx, draft, { ...fields, ...edit.changes });
  return renderDraft(ctx, updated);
}

async function lockDraft(ctx: MemberCtx, id: number): Promise<Draft | undefined> {
  return ctx.trx.selectFrom('drafts').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * Marks the reporter's open draft saved and reserves the id its lead or event will have, in one
 * statement: of two presses of Save (or two deliveries of one) only one gets the row. Null when
 * the draft is not the reporter's, not open, or a lead still without a title.
 */
export async function claimDraft(ctx: MemberCtx, id: number): Promise<Draft | undefined> {
  return ctx.trx
    .updateTable('drafts')
    .set({
      status: 'saved',
      awaiting: null,
      saved_id: sql<number>`nextval(pg_get_serial_sequence(case when kind = 'lead' then 'leads' else 'events' end, 'id'))`,
    })
    .where('id', '=', id)
    .where('member_id', '=', ctx.member.id)
    .where('status', '=', 'open')
    .where(sql<boolean>`(kind = 'event' or coalesce(nullif(fields->>'project', ''), nullif(fields->>'company', '')) is not null)`)
    .returningAll()
    .executeTakeFirst();
}

export async function saveClaimed(ctx: MemberCtx, draft: Draft): Promise<Outbound[]> {
  const fields = draft.fields as DraftFields;
  const invalid = invalidFields(fields);
  const chamberId = ctx.actor.chamberId;
  // Thrown, not returned: the claim above is rolled back with everything else.
  if (chamberId === null) throw new UserError('error.noChamber');
  if (invalid.length > 0) {
    throw new UserError('error.badAmount', { text: invalid.map((f) => ctx.t(`field.${f as keyof DraftFields}`)).join('、') });
  }
  const id = draft.saved_id as number;
  if (draft.kind === 'lead') {
    await insertLead(ctx.trx, {
      id,
      chamberId,
      reporterId: ctx.member.id,
      fields,
      stage: fields.stage ?? 'lead',
      rawText: draft.raw_text,
      reportedAt: ctx.now,
    });
  } else {
    await ctx.trx
      .insertInto('events')
      .values({
        id,
        chamber_id: chamberId,
        reporter_id: ctx.member.id,
        event_type: fields.eventType ?? 'other',
        held_on: fields.date ?? ctx.today,
        location: fields.location,
        invited_enterprises: fields.invitedEnterprises,
        signed_projects: fields.signedProjects,
        investment_yuan: fields.investmentYuan,
        raw_text: draft.raw_text,
        created_at: ctx.now,
      })
      .execute();
  }
  const headline = ctx.t(draft.kind === 'lead' ? 'draft.savedLead' : 'draft.savedEvent', { id });
  return [{ text: [headline, ...fieldLines(ctx, draft.kind, fields, draftView(ctx))].join('\n'), edit: true }];
}

/**
 * Save pressed on a lead still without a title: the title was asked when the draft was shown, so
 * it is not asked again. The lead is saved under the first words of the report, and the reporter
 * is told how to rename it.
 */
export function untitledProject(rawText: string): string {
  return (
    rawText
      .split(/[，。,;；！!？?\n]/)
      .map((part) => part.trim())
      .find(Boolean)
      ?.slice(0, 30) ?? rawText.slice(0, 30)
  );
}

async function saveUntitled(ctx: MemberCtx, draft: Draft): Promise<Outbound[]> {
  const project = untitledProject(draft.raw_text);
  await updateDraft(ctx, draft, { ...(draft.fields as DraftFields), project });
  const claimed = await claimDraft(ctx, draft.id);
  if (!claimed) return [{ text: ctx.t('error.staleButton'), edit: true }];
  const replies = await saveClaimed(ctx, claimed);
  return [...replies, { text: ctx.t('records.save.untitled', { title: project, id: claimed.saved_id ?? '' }) }];
}

/** "是同一個（合併）": the draft joins the lead it duplicates instead of becoming a lead. */
async function mergeDraft(ctx: MemberCtx, draft: Draft, leadId: number): Promise<Outbound[]> {
  const fields = draft.fields as DraftFields;
  const lead = await lockLead(ctx.trx, leadId);
  // Checked again: the lead may have been dropped or corrected since, and a button can be forged.
  if (!lead || lead.stage === 'dropped' || !duplicateReason(fields, factsOfLead(lead)) || ctx.actor.chamberId === null) {
    return [{ text: ctx.t('error.staleButton'), edit: true }];
  }
  const chambers = await ctx.trx.selectFrom('chambers').select(['id', 'name']).where('id', 'in', [lead.chamber_id, ctx.actor.chamberId]).execute();
  const nameOf = (id: number) => chambers.find((c) => c.id === id)?.name ?? '';
  const reporterChamber = nameOf(ctx.actor.chamberId);
  await recordMerge(ctx.trx, lead, fields, { by: ctx.member.id, at: ctx.now, chamberName: reporterChamber });
  await addCoReporter(ctx.trx, lead, ctx.member, ctx.now);
  await ctx.trx.updateTable('drafts').set({ status: 'saved', awaiting: null, saved_id: lead.id }).where('id', '=', draft.id).execute();
  const first = { chamberName: nameOf(lead.chamber_id), reportedOn: localDate(lead.reported_at, ctx.deps.timezone) };
  await tellSecretaries(ctx, lead, first, { name: ctx.member.display_name, chamberId: ctx.actor.chamberId, chamberName: reporterChamber });
  const text = can(ctx.actor, 'lead.read', { chamberId: lead.chamber_id })
    ? ctx.t('records.dup.merged', { id: lead.id, title: leadTitle(lead) })
    : ctx.t('records.dup.mergedElsewhere', { chamber: inReaderScript(first.chamberName, ctx.lang), date: first.reportedOn });
  return [{ text, edit: true }];
}

type DraftAction = Action<'draft.save' | 'draft.edit' | 'draft.cancel' | 'draft.merge'>;

async function pressDraft(ctx: MemberCtx, action: DraftAction): Promise<Outbound[]> {
  if (action.type === 'draft.save') {
    const claimed = await claimDraft(ctx, action.draftId);
    if (claimed) return inBatch(ctx, claimed, await saveClaimed(ctx, claimed));
  }
  const pressed = pressedDraft(ctx, reportFlow, await lockDraft(ctx, action.draftId));
  if ('answer' in pressed) return pressed.answer;
  const { draft } = pressed;
  switch (action.type) {
    case 'draft.save':
      return inBatch(ctx, draft, await saveUntitled(ctx, draft));
    case 'draft.merge':
      return inBatch(ctx, draft, await mergeDraft(ctx, draft, action.leadId));
    case 'draft.edit':
      await ctx.trx.updateTable('drafts').set({ awaiting: 'edit' }).where('id', '=', draft.id).execute();
      return [{ text: ctx.t('draft.askEdit') }];
    case 'draft.cancel': {
      const cancelled = await cancelDraft(ctx, reportFlow, draft.id);
      return draft.batch_id === null ? cancelled : (await renderBatch(ctx, draft.batch_id)).map((reply) => ({ ...reply, edit: true }));
    }
  }
}

/**
 * An item of a several-report message, saved or merged on its own: the list is shown again, headed
 * by the first line of each answer (the item's fields are in the list already).
 */
async function inBatch(ctx: MemberCtx, draft: Draft, replies: Outbound[]): Promise<Outbound[]> {
  if (draft.batch_id === null) return replies;
  const header = replies.map((reply) => reply.text.split('\n')[0]);
  return (await renderBatch(ctx, draft.batch_id, header)).map((reply) => ({ ...reply, edit: true }));
}

const lead: Command = {
  name: 'lead',
  aliases: ['線索', '线索', '報線索', '报线索'],
  help: 'help.lead',
  visibleTo: ['member', 'secretary'],
  async run(ctx, args) {
    if (!args) return [{ text: ctx.t('records.lead.usage') }];
    await stopAwaiting(ctx);
    return startDraft(ctx, 'lead', args);
  },
};

const event: Command = {
  name: 'event',
  aliases: ['活動', '活动'],
  help: 'help.event',
  visibleTo: ['member', 'secretary'],
  async run(ctx, args) {
    if (!args) return [{ text: ctx.t('records.event.usage') }];
    await stopAwaiting(ctx);
    return startDraft(ctx, 'event', args);
  },
};

export const drafts: Feature = {
  commands: [lead, event],
  actions: [onPress(['draft.save', 'draft.edit', 'draft.cancel', 'draft.merge'], pressDraft)],
  async text(ctx, text) {
    const pending = ctx.awaitingDraftId !== null ? await lockDraft(ctx, ctx.awaitingDraftId) : undefined;
    if (pending?.status === 'open' && pending.awaiting) return answerOrReport(ctx, pending, text);
    return startDraft(ctx, null, text);
  },
};
