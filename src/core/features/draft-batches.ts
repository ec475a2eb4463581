import { can } from '../../domain/permissions.ts';
import { draftFieldsOf, needsTitle, type DraftFields } from '../../domain/draft-fields.ts';
import { parseReport } from '../../domain/report-parser.ts';
import type { Draft } from '../../db/schema.ts';
import { jsonb } from '../../db/json.ts';
import type { Feature, MemberCtx } from '../context.ts';
import type { Button, Outbound } from '../messages.ts';
import { fieldLines } from '../render.ts';
import { recordIdOf } from '../record-ids.ts';
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
  const reports = items.map((text) => ({ text, parsed: parseReport(text, { today: ctx.today }) }));
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
  return renderBatch(ctx, batchId as number);
}

/** Every item as understood, numbered as written, with save all and per-item Edit and Cancel. */
export async function renderBatch(ctx: MemberCtx, batchId: number): Promise<Outbound[]> {
  const drafts = await batchDrafts(ctx, batchId);
  const open = drafts.filter((d) => d.status === 'open');
  if (open.length === 0) {
    const saved = drafts.filter((d) => d.status === 'saved');
    if (saved.length === 0) return [{ text: ctx.t('batch.allCancelled') }];
    return [{ text: ctx.t('batch.alreadySaved', { ids: saved.map((d) => `${ctx.t(`kind.${d.kind}`)} #${d.saved_id}`).join('、') }) }];
  }
  const lines = [ctx.t('batch.understood', { n: open.length })];
  const rows: Button[][] = [[{ label: ctx.t('batch.saveAll', { n: open.length }), action: `b:save:${batchId}` }]];
  for (const [index, draft] of drafts.entries()) {
    const n = index + 1;
    lines.push('');
    if (draft.status !== 'open') {
      lines.push(ctx.t('batch.itemCancelled', { n }));
      continue;
    }
    const fields = draft.fields as DraftFields;
    lines.push(ctx.t('batch.item', { n, kind: ctx.t(`kind.${draft.kind}`) }));
    lines.push(...fieldLines(ctx, draft.kind, fields, draftView(ctx)).map((line) => `  ${line}`));
    if (hasProposedTitle(draft)) lines.push(`  ${ctx.t('title.proposed')}`);
    if (needsTitle(draft.kind, fields)) lines.push(`  ${ctx.t('batch.untitled', { n })}`);
    const duplicate = await duplicateLine(ctx, draft);
    if (duplicate) lines.push(`  ${duplicate.line}`);
    rows.push([
      { label: ctx.t('batch.editItem', { n }), action: `d:edit:${draft.id}` },
      { label: ctx.t('batch.cancelItem', { n }), action: `d:cancel:${draft.id}` },
    ]);
  }
  return [{ text: lines.join('\n'), buttons: rows }];
}

/** Save all: every open item of the batch becomes a lead or event, or (on any error) none does. */
async function saveBatch(ctx: MemberCtx, batchId: number): Promise<Outbound[]> {
  const drafts = await batchDrafts(ctx, batchId, true);
  if (drafts.length === 0) return [{ text: ctx.t('error.staleButton'), edit: true }];
  if (drafts.some((d) => d.member_id !== ctx.member.id)) return [{ text: ctx.t('error.notYourDraft') }];
  const open = drafts.filter((d) => d.status === 'open');
  if (open.length === 0) return (await renderBatch(ctx, batchId)).map((reply) => ({ ...reply, edit: true }));
  const lines: string[] = [];
  for (const draft of open) {
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
  return [{ text: [ctx.t('batch.saved', { n: lines.length }), ...lines].join('\n'), edit: true }];
}

export const draftBatches: Feature = {
  actions: [
    {
      prefix: 'b',
      async run(ctx, [verb, idText]) {
        const batchId = recordIdOf(idText);
        if (verb !== 'save' || batchId === null) return [{ text: ctx.t('error.staleButton'), edit: true }];
        return saveBatch(ctx, batchId);
      },
    },
  ],
};
