import type { Db } from '../db/database.ts';
import type { MessageKey } from '../i18n/index.ts';
import { encode, type Action } from './actions.ts';
import type { Ctx, MemberCtx } from './context.ts';
import type { Button, Outbound } from './messages.ts';

/**
 * Show a draft → Save / Edit / Cancel → record: the steps reports (features/drafts.ts) and the
 * catalog's projects and policies (features/catalog.ts) share. Each keeps its own fields, its
 * own view of the draft and its own recording; here are the buttons, what a press on a draft that
 * is not open answers (a repeated Save says "already saved", never records twice), cancel, and
 * how long an unanswered draft waits.
 */

/** The columns every flow's draft row has. */
interface DraftState {
  member_id: number;
  status: 'open' | 'saved' | 'cancelled';
  saved_id: number | null;
}

export interface ConfirmFlow {
  /** The table of this flow's drafts. */
  table: 'drafts' | 'catalog_drafts';
  save(draftId: number): Action;
  /** Absent when the flow's drafts are corrected by sending them again rather than edited. */
  edit?(draftId: number): Action;
  cancel(draftId: number): Action;
  /** "Already saved (#id)", in the flow's words. */
  alreadySaved: MessageKey;
  /** Days an open draft waits before housekeeping cancels it; null: it waits until answered. */
  expiresAfterDays: number | null;
}

export const reportFlow: ConfirmFlow = {
  table: 'drafts',
  save: (draftId) => ({ type: 'draft.save', draftId }),
  edit: (draftId) => ({ type: 'draft.edit', draftId }),
  cancel: (draftId) => ({ type: 'draft.cancel', draftId }),
  alreadySaved: 'draft.alreadySaved',
  expiresAfterDays: null,
};

export const catalogFlow: ConfirmFlow = {
  table: 'catalog_drafts',
  save: (draftId) => ({ type: 'catalog.save', draftId }),
  cancel: (draftId) => ({ type: 'catalog.cancel', draftId }),
  alreadySaved: 'catalog.draft.alreadySaved',
  // A publication nobody confirmed in a week is forgotten: its Save would publish stale facts.
  expiresAfterDays: 7,
};

const FLOWS = [reportFlow, catalogFlow];

/** Save, Edit (when the flow has it) and Cancel, in one row. */
export function confirmButtons(ctx: Ctx, flow: ConfirmFlow, draftId: number): Button[] {
  return [
    { label: ctx.t('draft.save'), action: encode(flow.save(draftId)) },
    ...(flow.edit ? [{ label: ctx.t('draft.edit'), action: encode(flow.edit(draftId)) }] : []),
    { label: ctx.t('draft.cancel'), action: encode(flow.cancel(draftId)) },
  ];
}

/**
 * The pressed draft when it is the presser's and open; otherwise the answer: gone (a forged or
 * expired button), someone else's, already saved or already cancelled.
 */
export function pressedDraft<D extends DraftState>(ctx: MemberCtx, flow: ConfirmFlow, draft: D | undefined): { draft: D } | { answer: Outbound[] } {
  if (!draft) return { answer: [{ text: ctx.t('error.staleButton'), edit: true }] };
  if (draft.member_id !== ctx.member.id) return { answer: [{ text: ctx.t('error.notYourDraft') }] };
  if (draft.status === 'saved') return { answer: [{ text: ctx.t(flow.alreadySaved, { id: draft.saved_id ?? '' }), edit: true }] };
  if (draft.status === 'cancelled') return { answer: [{ text: ctx.t('draft.alreadyCancelled'), edit: true }] };
  return { draft };
}

/** Cancels an open draft the caller has checked; nothing reaches the flow's records. */
export async function cancelDraft(ctx: MemberCtx, flow: ConfirmFlow, draftId: number): Promise<Outbound[]> {
  await ctx.trx.updateTable(flow.table).set({ status: 'cancelled' }).where('id', '=', draftId).where('status', '=', 'open').execute();
  return [{ text: ctx.t('draft.cancelled'), edit: true }];
}

/** Housekeeping: open drafts past their flow's wait are cancelled; how many. */
export async function expireDrafts(db: Db, now: Date): Promise<number> {
  let expired = 0;
  for (const flow of FLOWS) {
    if (flow.expiresAfterDays === null) continue;
    const before = new Date(now.getTime() - flow.expiresAfterDays * 24 * 3_600_000);
    const result = await db
      .updateTable(flow.table)
      .set({ status: 'cancelled' })
      .where('status', '=', 'open')
      .where('created_at', '<', before)
      .executeTakeFirst();
    expired += Number(result.numUpdatedRows);
  }
  return expired;
}
