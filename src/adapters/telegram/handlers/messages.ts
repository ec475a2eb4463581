import { Composer, type Context } from 'grammy';
import { inboundFromMessage } from '../inbound.ts';
import { answer } from './answer.ts';
import type { HandlerDeps } from './context.ts';

/**
 * What people send instead of text: files of every kind (photos, voice notes, stickers, videos,
 * documents), places, contacts, polls. With a caption such a message is read by its caption;
 * without one it is a message the bot cannot read. (Service messages are left out: nobody wrote them.)
 */
const UNREADABLE = ['message:file', 'message:location', 'message:contact', 'message:poll', 'message:dice'] as const;

/**
 * Messages, private and group alike: texts, and captions read as texts; the core decides what to
 * answer (and whether a group message was for the bot at all); this composer only translates and
 * sends.
 */
export function messages(deps: HandlerDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on(['message:text', 'message:caption', ...UNREADABLE], async (ctx) => {
    const inbound = inboundFromMessage(ctx.update.update_id, ctx.message, ctx.me);
    if (!inbound) return;
    await answer(deps, ctx.api, ctx.chat.id, inbound, inbound.chat.type === 'group' ? ctx.message.message_id : undefined);
  });
  return composer;
}
