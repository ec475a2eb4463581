import type { CallbackQuery, Chat, Message, User, UserFromGetMe } from 'grammy/types';
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

/** A text message as an Inbound, or null when it is not for the bot (channels, other bots' commands). */
export function inboundFromMessage(updateId: number, message: Message, me: UserFromGetMe): Inbound | null {
  const type = chatTypeOf(message.chat);
  if (!type || !message.from || message.text === undefined) return null;
  const addressedTo = addressing(message, me);
  if (!addressedTo) return null;
  return {
    platform: TELEGRAM,
    updateId: String(updateId),
    chat: chatOf(message.chat, type),
    user: userOf(message.from),
    ...(type === 'group' ? { addressed: addressedTo.addressed } : {}),
    text: addressedTo.text,
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
