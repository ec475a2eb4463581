import { Composer, type Context } from 'grammy';
import { safeError } from '../errors.ts';
import { inboundFromMessage } from '../inbound.ts';
import { sendOutbound } from '../outbound.ts';
import type { HandlerDeps } from './context.ts';

/**
 * Text messages, private and group alike: the core decides what to answer (and whether a group
 * message was for the bot at all); this composer only translates and sends.
 */
export function messages(deps: HandlerDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('message:text', async (ctx) => {
    const inbound = inboundFromMessage(ctx.update.update_id, ctx.message, ctx.me);
    if (!inbound) return;
    // A DatabaseUnavailableError propagates: the update was not handled and must come again.
    const result = await deps.core.handle(inbound);
    if (result.duplicate || result.replies.length === 0) return;
    const replyTo = inbound.chat.type === 'group' ? ctx.message.message_id : undefined;
    try {
      for (const [index, reply] of result.replies.entries()) {
        await sendOutbound(ctx.api, ctx.chat.id, reply, { replyTo: index === 0 ? replyTo : undefined });
      }
    } catch (error) {
      // The update is recorded as handled; sending again later would need the outbox, not a redelivery.
      deps.logger.warn({ updateId: inbound.updateId, error: safeError(error, deps.token) }, 'reply not delivered');
    }
  });
  return composer;
}
