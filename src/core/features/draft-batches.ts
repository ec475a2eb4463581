import { can } from '../../domain/permissions.ts';
import { draftFieldsOf, needsTitle, type DraftFields } from '../../domain/draft-fields.ts';
import { parseReport } from '../../domain/report-parser.ts';
import type { Draft } from '../../db/schema.ts';
import { jsonb } from '../../db/json.ts';
import { type Feature, type MemberCtx, onPress } from '../context.ts';
import type { Button, Outbound } from '../messages.ts';
import { fieldLines } from '../render.ts';
import { encode } from '../actions.ts';
import { claimDraft, draftView, duplicateLine, hasProposedTitle, saveClaimed, untitledProject, updateDraft } from './drafts.ts';

/**
 * Several reports in one message (a secretary's weekly paste): one draft per report, shown
 * together with "save all" and an Edit and a Cancel per item. Save all records every open item
 * in the update's one transaction, so nothing is half-saved, and a second tap finds nothing open.
 */

/** Drafts of one message, in the order the reporter wrote them. */
async function batchDrafts(ctx: MemberCtx, batchId: number, lock = false): Promise<Draft[]> {
  const query = ctx.trx.selectFrom('drafts').selectAll().where('batch_id', '=', batchId).orderBy('id');
  return lock ? query.forUpdate().execute() : query.execute();
}

/** One draft per report; nothing is written unless the reporter may report every one of them. */
export async function startBatch(ctx: MemberCtx, items: string[]): Promise<Outbound[]> {
  const chamberId = ctx.actor.chamberId;
  const pieces = items.map((text) => ({ text, parsed: parseReport(text, { today: ctx.today }) }));
  // 3、有人問落戶政策，已請秘書處回覆: a note among the reports gets no draft to cancel; the list quotes it, so nothing
  // the reporter wrote goes unmentioned.
  const reports = pieces.some((piece) => piece.parsed.kind !== null) ? pieces.filter((piece) => piece.parsed.kind !== null) : pieces;
  const notes = pieces.filter((piece) => !reports.includes(piece)).map((piece) => ctx.t('batch.notReport', { text: excerpt(piece.text) }));
  for (const { parsed } of reports) {
    const kind = parsed.kind ?? 'lead';
    if (chamberId === null || !can(ctx.actor, kind === 'lead' ? 'lead.create' : 'event.create', { chamberId })) {
      return [{ text: ctx.t('error.forbidden') }];
    }
  }
  let batchId: number | null = null;
  for (const { text, parsed } of reports) {
    const kind = parsed.kind ?? 'lead';
    const row = await ctx.trx
      .insertInto('drafts')
      .values({
        member_id: ctx.member.id,
        platform: ctx.inbound.platform,
        chat_id: ctx.inbound.chat.id,
        kind,
        fields: jsonb(draftFieldsOf(kind, parsed, ctx.today, text)),
        raw_text: text,
        awaiting: null,
        batch_id: batchId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (batchId === null) {
      batchId = row.id;
      await ctx.trx.updateTable('drafts').set({ batch_id: batchId }).where('id', '=', batchId).execute();
    }
  }
  return renderBatch(ctx, batchId as number, notes);
}

const EXCERPT_LENGTH = 40;
function excerpt(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH)}…` : line;
}

/** The open items that look like a lead already reported, by draft id: each waits for merge or save separately. */
async function waitingForChoice(ctx: MemberCtx, drafts: Draft[]): Promise<Map<number, { line: string; leadId: number }>> {
  const waiting = new Map<number, { line: string; leadId: number }>();
  for (const draft of drafts) {
    const duplicate = draft.status === 'open' ? await duplicateLine(ctx, draft) : null;
    if (duplicate) waiting.set(draft.id, duplicate);
  }
  return waiting;
}

/** The items' numbers as the reporter wrote them: "2、3". */
function itemNumbers(drafts: Draft[], ids: ReadonlySet<number>): string {
  return drafts.flatMap((draft, index) => (ids.has(draft.id) ? [index + 1] : [])).join('、');
}

/**
 * Every item as understood, numbered as written, with save all and per-item Edit and Cancel; an
 * item that looks like a lead already reported offers merge and save separately instead, as a
 * single draft does, and save all leaves it out until the reporter chooses. `header` says what
 * the last tap did.
 */
export async function renderBatch(ctx: MemberCtx, batchId: number, header: string[] = []): Promise<Outbound[]> {
  const drafts = await batchDrafts(ctx, batchId);
  const open = drafts.filter((d) => d.status === 'open');
  if (open.length === 0) {
    const saved = drafts.filter((d) => d.status === 'saved');
    if (saved.length === 0) return [{ text: [...header, ctx.t('batch.allCancelled')].join('\n') }];
    const ids = saved.map((d) => `${ctx.t(`kind.${d.kind}`)} #${d.saved_id}`).join('、');
    return [{ text: [...header, ctx.t('batch.alreadySaved', { ids })].join('\n') }];
  }
  const waiting = await waitingForChoice(ctx, drafts);
  const ready = open.length - waiting.size;
  const lines = [...header, ...(header.length ? [''] : []), ctx.t('batch.understood', { n: open.length })];
  const rows: Button[][] = ready > 0 ? [[{ label: ctx.t('batch.saveAll', { n: ready }), action: encode({ type: 'batch.save', batchId }) }]] : [];
  for (const [index, draft] of drafts.entries()) {
    const n = index + 1;
    lines.push('');
    if (draft.status === 'saved') {
      lines.push(ctx.t('batch.itemSaved', { n, kind: ctx.t(`kind.${draft.kind}`), id: draft.saved_id ?? '' }));
      continue;
    }
    if (draft.status !== 'open') {
      lines.push(ctx.t('batch.itemCancelled', { n }));
      continue;
    }
    const fields = draft.fields as DraftFields;
    lines.push(ctx.t('batch.item', { n, kind: ctx.t(`kind.${draft.kind}`) }));
    lines.push(...fieldLines(ctx, draft.kind, fields, draftView(ctx)).map((line) => `  ${line}`));
    if (hasProposedTitle(draft)) lines.push(`  ${ctx.t('title.proposed')}`);
    if (needsTitle(draft.kind, fields)) lines.push(`  ${ctx.t('batch.untitled', { n })}`);
    const duplicate = waiting.get(draft.id);
    if (duplicate) {
      lines.push(`  ${duplicate.line}`);
      rows.push([
        { label: ctx.t('batch.mergeItem', { n, id: duplicate.leadId }), action: encode({ type: 'draft.merge', draftId: draft.id, leadId: duplicate.leadId }) },
        { label: ctx.t('batch.separateItem', { n }), action: encode({ type: 'draft.save', draftId: draft.id }) },
      ]);
    }
    rows.push([
      { label: ctx.t('batch.editItem', { n }), action: encode({ type: 'draft.edit', draftId: draft.id }) },
      { label: ctx.t('batch.cancelItem', { n }), action: encode({ type: 'draft.cancel', draftId: draft.id }) },
    ]);
  }
  if (waiting.size > 0) lines.push('', ctx.t('batch.waiting', { items: itemNumbers(drafts, new Set(waiting.keys())) }));
  return [{ text: lines.join('\n'), buttons: rows }];
}

/**
 * Save all: every open item of the batch becomes a lead or event, or (on any error) none does.
 * An item that looks like a lead already reported (checked again now: an item saved just before
 * may be the lead it repeats) is left open for the reporter's choice, and the list says so.
 */
async function saveBatch(ctx: MemberCtx, batchId: number): Promise<Outbound[]> {
  const drafts = await batchDrafts(ctx, batchId, true);
  if (drafts.length === 0) return [{ text: ctx.t('error.staleButton'), edit: true }];
  if (drafts.some((d) => d.member_id !== ctx.member.id)) return [{ text: ctx.t('error.notYourDraft') }];
  const open = drafts.filter((d) => d.status === 'open');
  if (open.length === 0) return (await renderBatch(ctx, batchId)).map((reply) => ({ ...reply, edit: true }));
  const lines: string[] = [];
  let skipped = 0;
  for (const draft of open) {
    if (await duplicateLine(ctx, draft)) {
      skipped += 1;
      continue;
    }
    const fields = draft.fields as DraftFields;
    // Asked about in the list rather than one question per item; saved under its first words.
    if (needsTitle(draft.kind, fields)) await updateDraft(ctx, draft, { ...fields, project: untitledProject(draft.raw_text) });
    const claimed = await claimDraft(ctx, draft.id);
    if (!claimed) continue;
    await saveClaimed(ctx, claimed);
    const saved = claimed.fields as DraftFields;
    const title = claimed.kind === 'lead' ? (saved.project ?? saved.company ?? '') : [saved.date, ctx.t(`eventType.${saved.eventType ?? 'other'}`)].join(' ');
    lines.push(ctx.t('batch.savedLine', { id: claimed.saved_id ?? '', kind: ctx.t(`kind.${claimed.kind}`), title }));
  }
  const summary = lines.length > 0 ? [ctx.t('batch.saved', { n: lines.length }), ...lines] : [];
  if (skipped === 0) return [{ text: summary.join('\n'), edit: true }];
  // The items still waiting keep their buttons (and the list says why): it is shown again below what was saved.
  return (await renderBatch(ctx, batchId, summary)).map((reply) => ({ ...reply, edit: true }));
}

export const draftBatches: Feature = {
  actions: [onPress(['batch.save'], (ctx, action) => saveBatch(ctx, action.batchId))],
};
