import { randomBytes } from 'node:crypto';
import { isDatabaseUnavailable } from '../db/database.ts';
import type { Member } from '../db/schema.ts';
import { localDate } from '../domain/calendar.ts';
import type { Actor } from '../domain/permissions.ts';
import { isLang, langFromHint, translate, type MessageKey, type Params } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import { commandTable } from './commands.ts';
import { decode } from './actions.ts';
import { storableInbound } from './inbound-text.ts';
import { UserError, type CoreDeps, type Ctx, type Feature, type MemberCtx } from './context.ts';
import type { Inbound, Outbound } from './messages.ts';
import type { Db } from '../db/database.ts';
import { observeUpdate, type UpdateOutcome } from '../metrics.ts';
import { jsonb } from '../db/json.ts';

/**
 * The longest message the conversation reads: a longer one is refused whole with its length,
 * never cut, so nothing a member typed is silently lost.
 */
export const MAX_INBOUND_TEXT_LENGTH = 4000;

export interface HandleResult {
  /** True when this update was handled before: its replies were already sent then. */
  duplicate: boolean;
  replies: Outbound[];
}

/** A handled update and how it ended, for the metrics. */
interface AppliedUpdate extends HandleResult {
  outcome: UpdateOutcome;
}

/** The database could not be reached: the update was not handled and must be delivered again. */
export class DatabaseUnavailableError extends Error {
  constructor(override readonly cause: unknown) {
    super('database unavailable');
  }
}

/** Thrown inside the transaction to roll back the work of an update handled before. */
const ALREADY_HANDLED = new Error('update already handled');

export interface Core {
  handle(inbound: Inbound): Promise<HandleResult>;
  readonly features: readonly Feature[];
}

export function createCore(deps: CoreDeps, features: Feature[]): Core {
  const commandList = features.flatMap((f) => f.commands ?? []);
  const commands = commandTable(commandList);
  const actions = new Map(features.flatMap((f) => f.actions ?? []).flatMap((a) => a.types.map((type) => [type, a] as const)));

  /** The first answer a feature gives, in the features' order; none is an empty answer. */
  async function firstAnswer(ask: (feature: Feature) => Promise<Outbound[] | null> | undefined): Promise<Outbound[]> {
    for (const feature of features) {
      const replies = await ask(feature);
      if (replies) return replies;
    }
    return [];
  }

  async function route(ctx: Ctx): Promise<Outbound[]> {
    const { inbound } = ctx;
    const change = inbound.chatChange;
    if (change) return firstAnswer((f) => f.chatChange?.(ctx, change));
    if (inbound.unreadable) return firstAnswer((f) => f.unreadable?.(ctx));
    if (inbound.action !== undefined) {
      if (!ctx.member || !ctx.actor) return [{ text: ctx.t('error.notJoined') }];
      const action = decode(inbound.action);
      const handler = action && actions.get(action.type);
      if (!action || !handler) return [{ text: ctx.t('error.staleButton'), edit: true }];
      return handler.run(ctx as MemberCtx, action);
    }

    const text = (inbound.text ?? '').trim();
    if (text === '') return [];
    if (text.length > MAX_INBOUND_TEXT_LENGTH) {
      return [{ text: ctx.t('error.tooLong', { length: text.length, max: MAX_INBOUND_TEXT_LENGTH }) }];
    }
    const call = commands.match(text);
    // In a group the bot speaks only when spoken to: chatter between members is theirs.
    if (inbound.chat.type === 'group' && !inbound.addressed && !(call && 'command' in call)) return [];
    if (call && 'unknown' in call) return [{ text: ctx.t('error.unknownCommand', { command: call.unknown }) }];
    if (call) {
      const { command, args } = call;
      if (command.needsMember === false) return command.run(ctx, args);
      if (!ctx.member || !ctx.actor) return [{ text: ctx.t('error.notJoined') }];
      return command.run(ctx as MemberCtx, args);
    }
    if (!ctx.member || !ctx.actor) return [{ text: ctx.t('error.notJoined') }];
    return firstAnswer((f) => f.text?.(ctx as MemberCtx, text));
  }

  async function contextFor(trx: Db, inbound: Inbound): Promise<Ctx> {
    const { member, awaitingDraftId } = await sessionOf(trx, inbound);
    const actor: Actor | null = member ? { memberId: member.id, role: member.role, chamberId: member.chamber_id } : null;
    const lang: Language = member && isLang(member.lang) ? member.lang : langFromHint(inbound.user.langHint);
    const now = deps.now();
    const ctx: Ctx = {
      deps,
      trx,
      inbound,
      member,
      awaitingDraftId,
      actor,
      lang,
      now,
      today: localDate(now, deps.timezone),
      commands: commandList,
      // Reads ctx.lang when called, so a /lang change answers in the new language.
      t: (key: MessageKey, params?: Params) => translate(ctx.lang, key, params),
    };
    return ctx;
  }

  /** Answers an update that could not be applied, and remembers it so a redelivery is not retried forever. */
  async function answerFailure(inbound: Inbound, key: MessageKey, params: Params): Promise<AppliedUpdate> {
    const { member } = await sessionOf(deps.db, inbound);
    const lang: Language = member && isLang(member.lang) ? member.lang : langFromHint(inbound.user.langHint);
    const replies: Outbound[] = [{ text: translate(lang, key, params), edit: inbound.action !== undefined ? false : undefined }];
    const inserted = await deps.db
      .insertInto('inbound_updates')
      .values({ platform: inbound.platform, update_id: inbound.updateId, replies: jsonb(replies) })
      .onConflict((oc) => oc.doNothing())
      .returning('update_id')
      .executeTakeFirst();
    const outcome: UpdateOutcome = key === 'error.internal' ? 'error' : 'rejected';
    return inserted ? { duplicate: false, replies, outcome } : { duplicate: true, replies: [], outcome: 'duplicate' };
  }

  async function handle(received: Inbound): Promise<HandleResult> {
    const inbound = storableInbound(received);
    const observed = observeUpdate(inbound.platform);
    try {
      const { outcome, ...result } = await apply(inbound);
      observed(outcome);
      return result;
    } catch (error) {
      observed(error instanceof DatabaseUnavailableError ? 'unavailable' : 'error');
      throw error;
    }
  }

  async function apply(inbound: Inbound): Promise<AppliedUpdate> {
    try {
      return await deps.db.transaction().execute(async (trx) => {
        const replies = await route(await contextFor(trx, inbound));
        // Recorded last, in the same transaction: a redelivery (even a concurrent one, which
        // waits here on the first one's row) conflicts and rolls back everything it did.
        const recorded = await trx
          .insertInto('inbound_updates')
          .values({
            platform: inbound.platform,
            update_id: inbound.updateId,
            replies: jsonb(replies.map(storable)),
          })
          .onConflict((oc) => oc.doNothing())
          .returning('update_id')
          .executeTakeFirst();
        if (!recorded) throw ALREADY_HANDLED;
        return { duplicate: false, replies, outcome: 'handled' as const };
      });
    } catch (error) {
      if (error === ALREADY_HANDLED) return { duplicate: true, replies: [], outcome: 'duplicate' };
      if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError(error);
      if (error instanceof UserError) return answerFailure(inbound, error.key, error.params);
      const ref = randomBytes(4).toString('hex');
      deps.logger.error({ err: error, ref, platform: inbound.platform, updateId: inbound.updateId }, 'update failed');
      try {
        return await answerFailure(inbound, 'error.internal', { ref });
      } catch (second) {
        if (isDatabaseUnavailable(second)) throw new DatabaseUnavailableError(second);
        throw second;
      }
    }
  }

  return { handle, features };
}

interface Session {
  member: Member | null;
  awaitingDraftId: number | null;
}

/**
 * Who is writing, and the draft the bot asked them a question about in this chat, if any:
 * read together because every message needs both (one round trip, not two).
 */
async function sessionOf(trx: Db, inbound: Inbound): Promise<Session> {
  const row = await trx
    .selectFrom('identities')
    .innerJoin('members', 'members.id', 'identities.member_id')
    .selectAll('members')
    .select((eb) =>
      eb
        .selectFrom('drafts')
        .select('drafts.id')
        .whereRef('drafts.member_id', '=', 'members.id')
        .where('drafts.platform', '=', inbound.platform)
        .where('drafts.chat_id', '=', inbound.chat.id)
        .where('drafts.status', '=', 'open')
        .where('drafts.awaiting', 'is not', null)
        .orderBy('drafts.id', 'desc')
        .limit(1)
        .as('awaiting_draft_id'),
    )
    .where('identities.platform', '=', inbound.platform)
    .where('identities.platform_user_id', '=', inbound.user.id)
    .executeTakeFirst();
  if (!row) return { member: null, awaitingDraftId: null };
  const { awaiting_draft_id, ...member } = row;
  return { member, awaitingDraftId: awaiting_draft_id ?? null };
}

/** Replies are kept for the record without their attachments, which can be large. */
function storable(reply: Outbound): Outbound {
  const { image, file, ...rest } = reply;
  return rest;
}
