import type { Api } from 'grammy';
import type { Inbound } from '../../../core/messages.ts';
import { safeError } from '../errors.ts';
import { sendOutbound } from '../outbound.ts';
import type { HandlerDeps } from './context.ts';

/**
 * Asks the core about an update and sends its replies to the update's chat, the first one as an
 * answer to `replyTo` (in groups, so the thread stays readable).
 */
export async function answer(deps: HandlerDeps, api: Api, chatId: number, inbound: Inbound, replyTo?: number): Promise<void> {
  // A DatabaseUnavailableError propagates: the update was not handled and must come again.
  const result = await deps.core.handle(inbound);
  if (result.duplicate || result.replies.length === 0) return;
  try {
    for (const [index, reply] of result.replies.entries()) {
      await sendOutbound(api, chatId, reply, { replyTo: index === 0 ? replyTo : undefined });
    }
  } catch (error) {
    // The update is recorded as handled; sending again later would need the outbox, not a redelivery.
    deps.logger.warn({ updateId: inbound.updateId, error: safeError(error, deps.token) }, 'reply not delivered');
  }
}
