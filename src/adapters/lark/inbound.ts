import type { ChatChange, ChatType } from '../../core/messages.ts';
import { buttonValue } from './cards.ts';

/**
 * Lark events as the core sees them. The EventDispatcher hands handlers the event flattened
 * (header fields and event fields side by side); these functions read only what they need and
 * return null for anything that is not for the core (bots' own messages, the chat's notices, …).
 */

export const LARK = 'lark';

export interface LarkMention {
  key?: string;
  id?: { open_id?: string; user_id?: string; union_id?: string };
  name?: string;
}

export interface LarkMessageEvent {
  event_id?: string;
  sender?: { sender_id?: { open_id?: string; user_id?: string; union_id?: string }; sender_type?: string };
  message?: {
    message_id?: string;
    chat_id?: string;
    chat_type?: string;
    message_type?: string;
    content?: string;
    mentions?: LarkMention[];
  };
}

/** im.chat.member.bot.added_v1, im.chat.member.bot.deleted_v1 and im.chat.disbanded_v1, flattened. */
export interface LarkChatEvent {
  event_id?: string;
  chat_id?: string;
  operator_id?: { open_id?: string; user_id?: string; union_id?: string };
  /** The group's name. */
  name?: string;
}

/** What each chat event means for the core. */
export const CHAT_CHANGES = {
  'im.chat.member.bot.added_v1': { kind: 'botAdded' },
  'im.chat.member.bot.deleted_v1': { kind: 'botRemoved', reason: 'removed' },
  'im.chat.disbanded_v1': { kind: 'botRemoved', reason: 'disbanded' },
} as const satisfies Record<string, ChatChange>;

export interface LarkCardActionEvent {
  event_id?: string;
  /** The press's own token: new for every press, the same when Lark delivers the callback again. */
  token?: string;
  operator?: { open_id?: string; user_id?: string; union_id?: string; name?: string };
  action?: { value?: unknown; tag?: string };
  context?: { open_message_id?: string; open_chat_id?: string };
  /** Older callbacks put these at the top level. */
  open_message_id?: string;
  open_chat_id?: string;
}

export interface IncomingMessage {
  eventId: string;
  messageId: string;
  chatId: string;
  chatType: ChatType;
  senderOpenId: string;
  /** Null for a message the bot cannot read (an image, a file, a voice message, a sticker, …). */
  text: string | null;
  mentionedBot: boolean;
}

export interface IncomingCardAction {
  eventId: string;
  /** The press's token (see cardActionUpdateId); empty when the callback has none. */
  token: string;
  messageId: string;
  chatId: string;
  /** From the button's value; unknown for cards we did not build. */
  chatType?: ChatType;
  operatorOpenId: string;
  action: string;
}

/** p2p is a private chat; groups and topic groups are groups. */
export function chatTypeOf(larkChatType: string | undefined): ChatType {
  return larkChatType === 'p2p' ? 'private' : 'group';
}

type PostElement = { tag?: string; text?: string; user_id?: string; user_name?: string; href?: string };

function parseJson(raw: string | undefined): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** A post's body, whether it comes bare (`{title, content}`) or by locale (`{zh_cn: {…}}`). */
function postBody(parsed: unknown): { title?: string; content?: PostElement[][] } | undefined {
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const o = parsed as Record<string, unknown>;
  if ('content' in o || 'title' in o) return o as { title?: string; content?: PostElement[][] };
  for (const locale of ['zh_cn', 'en_us', 'ja_jp', ...Object.keys(o)]) {
    const body = o[locale];
    if (typeof body === 'object' && body !== null) return body as { title?: string; content?: PostElement[][] };
  }
  return undefined;
}

/** The plain text of a post: its title, then each paragraph's text, links and mentions. */
function postText(parsed: unknown): string | undefined {
  const body = postBody(parsed);
  if (!body) return undefined;
  const lines: string[] = [];
  if (body.title?.trim()) lines.push(body.title.trim());
  for (const paragraph of body.content ?? []) {
    if (!Array.isArray(paragraph)) continue;
    let line = '';
    for (const el of paragraph) {
      if (el.tag === 'text' || el.tag === 'a') line += el.text ?? '';
      else if (el.tag === 'at') line += el.user_id?.startsWith('@_') ? el.user_id : `@${el.user_name ?? ''}`;
      else if (el.tag === 'code_block') line += el.text ?? '';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/**
 * The text the user typed, with the bot's @mention removed and other mentions (`@_user_2`
 * placeholders) replaced by the person's name; `@_all` is removed (it does not address the bot).
 */
export function messageText(message: NonNullable<LarkMessageEvent['message']>, botOpenId: string | undefined): { text: string; mentionedBot: boolean } | null {
  const parsed = parseJson(message.content);
  let raw: string | undefined;
  if (message.message_type === 'text') {
    const text = (parsed as { text?: unknown } | undefined)?.text;
    raw = typeof text === 'string' ? text : undefined;
  } else if (message.message_type === 'post') {
    raw = postText(parsed);
  }
  if (raw === undefined) return null;
  const mentions = message.mentions ?? [];
  // Without the bot's identity (bot/v3/info failed), a mention is taken as addressing the bot:
  // with the im:message.group_at_msg permission Lark only delivers group messages that @ it.
  const isBot = (m: LarkMention) => (botOpenId ? m.id?.open_id === botOpenId : m.key !== '@_all');
  let mentionedBot = false;
  let text = raw;
  // Longest keys first, so @_user_10 is not read as @_user_1 followed by 0.
  for (const m of [...mentions].sort((a, b) => (b.key?.length ?? 0) - (a.key?.length ?? 0))) {
    if (!m.key) continue;
    if (m.key === '@_all') {
      text = text.split(m.key).join(' ');
    } else if (isBot(m)) {
      mentionedBot = true;
      text = text.split(m.key).join(' ');
    } else {
      text = text.split(m.key).join(`@${m.name ?? ''}`);
    }
  }
  text = text.replace(/@_all\b/g, ' ');
  text = text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]{2,}/g, ' ').trim())
    .join('\n')
    .trim();
  return { text, mentionedBot };
}

/** The kinds of message the bot reads; any other kind a person sends is one it cannot read. */
const READABLE_TYPES = new Set(['text', 'post']);
/** The chat's own notices (someone joined, the group was renamed): nobody sent them. */
const NOTICE_TYPES = new Set(['system']);

export function incomingMessage(event: LarkMessageEvent, botOpenId: string | undefined): IncomingMessage | null {
  const message = event.message;
  const senderOpenId = event.sender?.sender_id?.open_id;
  const type = message?.message_type;
  if (!message?.message_id || !message.chat_id || !event.event_id || !senderOpenId || !type) return null;
  if (event.sender?.sender_type && event.sender.sender_type !== 'user') return null;
  if (NOTICE_TYPES.has(type)) return null;
  const read = messageText(message, botOpenId);
  // A text or post whose content does not parse is not worth a hint about what the bot reads.
  if (!read && READABLE_TYPES.has(type)) return null;
  return {
    eventId: event.event_id,
    messageId: message.message_id,
    chatId: message.chat_id,
    chatType: chatTypeOf(message.chat_type),
    senderOpenId,
    text: read?.text ?? null,
    mentionedBot: read?.mentionedBot ?? false,
  };
}

export function incomingCardAction(event: LarkCardActionEvent): IncomingCardAction | null {
  const messageId = event.context?.open_message_id ?? event.open_message_id;
  const chatId = event.context?.open_chat_id ?? event.open_chat_id;
  const operatorOpenId = event.operator?.open_id;
  const value = buttonValue(event.action?.value);
  if (!messageId || !chatId || !operatorOpenId || !value) return null;
  return {
    eventId: event.event_id ?? '',
    token: event.token ?? '',
    messageId,
    chatId,
    chatType: value.chat,
    operatorOpenId,
    action: value.action,
  };
}

/**
 * The update id of a card press: its event id, or its token when it has none. Lark delivers the
 * same callback again with both unchanged, and every new press — the same button of the same
 * card again (洽談 → 簽約 → 洽談), a double click — with new ones. A redelivery is thus a
 * duplicate while each press is handled; a double click on Save saves once because the draft
 * is claimed once, the second press answering that it was saved.
 * Without either (never seen from Lark), the card, who pressed and what: repeats are then ignored.
 */
export function cardActionUpdateId(action: IncomingCardAction): string {
  if (action.eventId) return `card:${action.eventId}`;
  if (action.token) return `card-token:${action.token}`;
  return `card:${action.messageId}:${action.operatorOpenId}:${action.action}`;
}
