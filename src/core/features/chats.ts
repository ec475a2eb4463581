import { inReaderScript } from '../../domain/names.ts';
import { disableChat } from '../../outbox/blocked.ts';
import { moveChat } from '../../outbox/moved.ts';
import { tellSecretariesOfBlockedChat } from '../blocked-chats.ts';
import type { Ctx, Feature } from '../context.ts';
import type { ChatChange, Outbound } from '../messages.ts';

/**
 * The chats the bot lives in. A group that adds the bot is told once how to bind it; a group that
 * removes it (or is disbanded) is handled like a group that refuses a push, so its digest stops
 * and the chamber's secretaries hear of it; a group that moves to a new id keeps its binding. A
 * message the bot cannot read gets a hint in a private chat and silence in a group: a chamber's
 * group is never spammed.
 */

const REMOVED_DETAIL: Record<Extract<ChatChange, { kind: 'botRemoved' }>['reason'], string> = {
  removed: 'the bot was removed from the group',
  disbanded: 'the group was disbanded',
};

/** The chamber the group is bound to, and whether its pushes are off. */
async function bindingOf(ctx: Ctx) {
  const { platform, chat } = ctx.inbound;
  return ctx.trx
    .selectFrom('group_bindings as g')
    .innerJoin('chambers as c', 'c.id', 'g.chamber_id')
    .leftJoin('push_blocks as b', (join) => join.onRef('b.platform', '=', 'g.platform').onRef('b.chat_id', '=', 'g.chat_id'))
    .select(['g.chamber_id', 'c.name as chamber', 'b.blocked_at'])
    .where('g.platform', '=', platform)
    .where('g.chat_id', '=', chat.id)
    .executeTakeFirst();
}

async function botAdded(ctx: Ctx): Promise<Outbound[]> {
  const binding = await bindingOf(ctx);
  if (!binding) return [{ text: ctx.t('chats.added') }];
  // Added back after a removal: the binding is still there, only its digest waits to be resumed.
  if (binding.blocked_at !== null) return [{ text: ctx.t('chats.addedBack', { chamber: inReaderScript(binding.chamber, ctx.lang) }) }];
  return [];
}

async function botRemoved(ctx: Ctx, reason: keyof typeof REMOVED_DETAIL): Promise<Outbound[]> {
  const binding = await bindingOf(ctx);
  if (!binding || binding.blocked_at !== null) return [];
  const { platform, chat } = ctx.inbound;
  if (chat.title) {
    // Lark's messages do not carry a group's name, its chat events do: the secretaries' notice names the group.
    await ctx.trx.updateTable('group_bindings').set({ title: chat.title }).where('platform', '=', platform).where('chat_id', '=', chat.id).execute();
  }
  const group = { platform, chat_id: chat.id, chat_type: 'group' as const, member_id: null, chamber_id: binding.chamber_id };
  await disableChat(ctx.trx, group, REMOVED_DETAIL[reason]);
  await tellSecretariesOfBlockedChat(ctx.trx, group);
  return [];
}

export const chats: Feature = {
  async chatChange(ctx, change) {
    if (ctx.inbound.chat.type !== 'group') return [];
    switch (change.kind) {
      case 'botAdded':
        return botAdded(ctx);
      case 'botRemoved':
        return botRemoved(ctx, change.reason);
      case 'moved':
        await moveChat(ctx.trx, ctx.inbound.platform, change.fromChatId, change.toChatId);
        return [];
    }
  },

  async unreadable(ctx) {
    return ctx.inbound.chat.type === 'private' ? [{ text: ctx.t('chats.unreadable') }] : [];
  },
};
