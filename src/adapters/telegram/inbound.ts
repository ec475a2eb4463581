import type { CallbackQuery, Chat, ChatMember, ChatMemberUpdated, Message, User, UserFromGetMe } from 'grammy/types';
import type { ChatType, Inbound } from '../../core/messages.ts';

/**
 * Telegram updates as the core reads them. Pure functions of the update and the bot's own
 * identity (getMe), so they can be read and tested without a network.
 */

export const TELEGRAM = 'telegram';

/** private → 'private'; group and supergroup → 'group'; channels are not conversations. */
export function chatTypeOf(chat: Pick<Chat, 'type'>): ChatType | null {
  if (chat.type === 'private') return 'private';
  if (chat.type === 'group' || chat.type === 'supergroup') return 'group';
  return null;
}

export function userOf(user: User): Inbound['user'] {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
  return {
    id: String(user.id),
    name: name || user.username || String(user.id),
    ...(user.language_code ? { langHint: user.language_code } : {}),
  };
}

function chatOf(chat: Chat, type: ChatType): Inbound['chat'] {
  return { id: String(chat.id), type, ...('title' in chat && chat.title ? { title: chat.title } : {}) };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/cmd@name …`: the bot a command names, if any (Telegram's form when several bots share a group). */
const COMMAND = /^\/[^\s@]+(@[A-Za-z0-9_]+)?/;

export interface Addressing {
  /** The text with the bot's own @name removed (from `/cmd@Bot` and from mentions). */
  text: string;
  addressed: boolean;
}

/**
 * Whether a message speaks to this bot: a command (unless it names another bot: then null,
 * the message is that bot's), an @mention of the bot, or a reply to one of the bot's messages.
 */
export function addressing(message: Pick<Message, 'text' | 'entities' | 'reply_to_message'>, me: UserFromGetMe): Addressing | null {
  let text = message.text ?? '';
  const username = me.username.toLowerCase();
  let addressed = false;

  const command = COMMAND.exec(text);
  if (command) {
    const target = command[1];
    if (target && target.slice(1).toLowerCase() !== username) return null;
    if (target) text = command[0].slice(0, -target.length) + text.slice(command[0].length);
    addressed = true;
  }

  const mention = new RegExp(`(^|\\s)@${escapeRegExp(me.username)}(?![A-Za-z0-9_])[ \\t]?`, 'gi');
  const withoutMentions = text.replace(mention, '$1');
  if (withoutMentions !== text) {
    addressed = true;
    text = withoutMentions.trim();
  }
  // A mention by name (users without a username are mentioned this way; bots rarely).
  if (message.entities?.some((e) => e.type === 'text_mention' && e.user.id === me.id)) addressed = true;
  if (message.reply_to_message?.from?.id === me.id) addressed = true;
  return { text, addressed };
}

/**
 * A message as an Inbound, or null when it is not for the bot (channels, other bots' commands).
 * A photo's or a file's caption is read like a text; a message with neither is one the bot
 * cannot read.
 */
export function inboundFromMessage(updateId: number, message: Message, me: UserFromGetMe): Inbound | null {
  const type = chatTypeOf(message.chat);
  if (!type || !message.from) return null;
  const written = message.text ?? message.caption;
  const entities = message.text !== undefined ? message.entities : message.caption_entities;
  const addressedTo = addressing({ text: written, entities, reply_to_message: message.reply_to_message }, me);
  if (!addressedTo) return null;
  return {
    platform: TELEGRAM,
    updateId: String(updateId),
    chat: chatOf(message.chat, type),
    user: userOf(message.from),
    ...(type === 'group' ? { addressed: addressedTo.addressed } : {}),
    ...(written === undefined ? { unreadable: true } : { text: addressedTo.text }),
  };
}

/**
 * The service message of a group upgraded to a supergroup, in the old chat (migrate_to_chat_id)
 * or the new one (migrate_from_chat_id): either says the chat moved. It may come from no user.
 */
export function inboundFromMigration(updateId: number, message: Message): Inbound | null {
  const type = chatTypeOf(message.chat);
  const here = String(message.chat.id);
  const fromChatId = message.migrate_from_chat_id !== undefined ? String(message.migrate_from_chat_id) : here;
  const toChatId = message.migrate_to_chat_id !== undefined ? String(message.migrate_to_chat_id) : here;
  if (type !== 'group' || fromChatId === toChatId) return null;
  const chat = chatOf(message.chat, type);
  return {
    platform: TELEGRAM,
    updateId: String(updateId),
    chat,
    user: message.from ? userOf(message.from) : { id: here, name: chat.title ?? here },
    chatChange: { kind: 'moved', fromChatId, toChatId },
  };
}

/** Whether a member's status keeps them in the chat (a restricted member may be in it or not). */
function isIn(member: ChatMember): boolean {
  if (member.status === 'restricted') return member.is_member;
  return member.status === 'creator' || member.status === 'administrator' || member.status === 'member';
}

/**
 * The bot's own membership changed (my_chat_member): added to a chat or removed from it. A
 * promotion to administrator, or a restriction, leaves it where it was: null. Telegram reports a
 * deleted group as the bot having left it.
 */
export function inboundFromMembership(updateId: number, update: ChatMemberUpdated): Inbound | null {
  const type = chatTypeOf(update.chat);
  const was = isIn(update.old_chat_member);
  const is = isIn(update.new_chat_member);
  if (!type || was === is) return null;
  return {
    platform: TELEGRAM,
    updateId: String(updateId),
    chat: chatOf(update.chat, type),
    user: userOf(update.from),
    chatChange: is ? { kind: 'botAdded' } : { kind: 'botRemoved', reason: 'removed' },
  };
}

/**
 * A button press as an Inbound. The chat is the one of the message that carried the button;
 * a press in a group is addressed to the bot by nature.
 */
export function inboundFromCallback(updateId: number, query: CallbackQuery): Inbound | null {
  if (query.data === undefined) return null;
  const message = query.message;
  const type = message ? chatTypeOf(message.chat) : 'private';
  if (!type) return null;
  const chat = message ? chatOf(message.chat, type) : { id: String(query.from.id), type };
  return {
    platform: TELEGRAM,
    updateId: String(updateId),
    chat,
    user: userOf(query.from),
    ...(type === 'group' ? { addressed: true } : {}),
    action: query.data,
  };
}
