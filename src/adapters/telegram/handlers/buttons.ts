import { Composer, type Context } from 'grammy';
import { safeError } from '../errors.ts';
import { inboundFromCallback } from '../inbound.ts';
import { editOutbound, sendOutbound } from '../outbound.ts';
import type { HandlerDeps } from './context.ts';

/**
 * Button presses. The core answers first (inside the update's transaction), then the press is
 * acknowledged and a reply marked `edit` replaces the message that carried the button, so
 * stale buttons disappear; other replies are sent as new messages.
 */
export function buttons(deps: HandlerDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('callback_query:data', async (ctx) => {
    const query = ctx.callbackQuery;
    const inbound = inboundFromCallback(ctx.update.update_id, query);
    if (!inbound) return;
    const result = await deps.core.handle(inbound);
    if (result.duplicate) return;
    const log = (error: unknown, what: string) => deps.logger.warn({ updateId: inbound.updateId, error: safeError(error, deps.token) }, what);

    // Stops the button's spinner. A press answered late (a redelivery) may be refused: that is fine.
    await ctx.answerCallbackQuery().catch((error: unknown) => log(error, 'callback query not answered'));

    const carrier = query.message && query.message.date !== 0 ? query.message : undefined;
    const chatId = query.message?.chat.id ?? query.from.id;
    let edited = false;
    try {
      for (const reply of result.replies) {
        if (reply.edit && !edited && carrier && (await editOutbound(ctx.api, carrier.chat.id, carrier.message_id, reply))) {
          edited = true;
          continue;
        }
        await sendOutbound(ctx.api, chatId, reply);
      }
    } catch (error) {
      log(error, 'reply not delivered');
    }
  });
  return composer;
}
