import { Composer, type Context } from 'grammy';
import { inboundFromMembership, inboundFromMigration } from '../inbound.ts';
import { answer } from './answer.ts';
import type { HandlerDeps } from './context.ts';

/**
 * The chats the bot lives in: the bot added to or removed from a chat (my_chat_member), and a
 * group upgraded to a supergroup under a new id (the service messages on both sides).
 */
export function chats(deps: HandlerDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on(['message:migrate_to_chat_id', 'message:migrate_from_chat_id'], async (ctx) => {
    const inbound = inboundFromMigration(ctx.update.update_id, ctx.message);
    if (inbound) await answer(deps, ctx.api, ctx.chat.id, inbound);
  });
  composer.on('my_chat_member', async (ctx) => {
    const inbound = inboundFromMembership(ctx.update.update_id, ctx.myChatMember);
    if (inbound) await answer(deps, ctx.api, ctx.chat.id, inbound);
  });
  return composer;
}
