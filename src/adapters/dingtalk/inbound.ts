import type { ChatChange, ChatType, Inbound } from '../../core/messages.ts';

/**
 * DingTalk robot messages (Stream topic /v1.0/im/bot/messages/get) as the core reads them. Pure
 * functions of the message, so they are read and tested without a network.
 */

export const DINGTALK = 'dingtalk';

/** The longest text one robot message carries; a longer push is sent as several. */
export const TEXT_LIMIT = 5000;

/** A robot message as DingTalk delivers it (the fields the bot reads). */
export interface RobotMessage {
  msgId?: string;
  msgtype?: string;
  /** '1': a private chat with the robot; '2': a group. */
  conversationType?: string;
  conversationId?: string;
  conversationTitle?: string;
  senderStaffId?: string;
  senderNick?: string;
  robotCode?: string;
  isInAtList?: boolean;
  text?: { content?: string };
  content?: { richText?: { text?: string }[] };
}

/**
 * A button is a link that makes the DingTalk client send a message back to the robot as the user
 * (dtmd://dingtalkclient/sendMessage): the label for people to read, the action between marks the
 * adapter reads back. A robot in Stream Mode gets no callback for ActionCard buttons otherwise.
 */
const ACTION_OPEN = '⟦';
const ACTION_CLOSE = '⟧';
const ACTION = /⟦([^⟦⟧]{1,64})⟧\s*$/u;

export function buttonMessage(label: string, action: string): string {
  return `${label} ${ACTION_OPEN}${action}${ACTION_CLOSE}`;
}

export function buttonLink(label: string, action: string): string {
  return `dtmd://dingtalkclient/sendMessage?content=${encodeURIComponent(buttonMessage(label, action))}`;
}

/**
 * A group's chat id is its openConversationId (`cid…`); a private chat's is the member's staff id,
 * so a private chat is addressed by the person as on the other platforms.
 */
export function isGroupChatId(chatId: string): boolean {
  return chatId.startsWith('cid');
}

/** The Inbound a robot message is, or null when it is not one for this robot or cannot be answered. */
export function inboundOf(message: RobotMessage, robotCode: string): Inbound | null {
  if (!message.msgId || message.robotCode !== robotCode) return null;
  const sender = message.senderStaffId;
  // Without a staff id (a person outside the organisation) nothing can be sent back to them.
  if (!sender) return null;
  const chatType: ChatType | null = message.conversationType === '1' ? 'private' : message.conversationType === '2' ? 'group' : null;
  if (!chatType) return null;
  const chatId = chatType === 'private' ? sender : message.conversationId;
  if (!chatId || (chatType === 'group' && !isGroupChatId(chatId))) return null;
  const typed = textOf(message);
  const pressed = typed === null ? null : ACTION.exec(typed);
  return {
    platform: DINGTALK,
    updateId: message.msgId,
    chat: { id: chatId, type: chatType, ...(chatType === 'group' && message.conversationTitle ? { title: message.conversationTitle } : {}) },
    user: { id: sender, name: message.senderNick ?? '' },
    // In a group DingTalk hands the robot only the messages that @mention it.
    ...(chatType === 'group' ? { addressed: true } : {}),
    ...(pressed ? { action: pressed[1] } : typed === null ? { unreadable: true as const } : { text: typed }),
  };
}

/** The data of a group event (群聊酷应用事件) as DingTalk delivers it (the fields the bot reads). */
export interface GroupEventData {
  openConversationId?: string;
  robotCode?: string;
  /** The staff id of whoever added or removed the robot. */
  operator?: string;
}

/**
 * A robot in a group is installed there as the app's cool app: adding it to a group and removing it
 * are the install and uninstall events, which name the robot and the group's openConversationId.
 */
const CHAT_CHANGES = new Map<string, ChatChange>([
  ['im_cool_app_install', { kind: 'botAdded' }],
  ['im_cool_app_uninstall', { kind: 'botRemoved', reason: 'removed' }],
]);

/** The Inbound a group event is, or null when it is another kind, another robot's, or unreadable. */
export function chatChangeOf(eventType: string | undefined, eventId: string | undefined, data: GroupEventData, robotCode: string): Inbound | null {
  const change = eventType === undefined ? undefined : CHAT_CHANGES.get(eventType);
  const chatId = data.openConversationId;
  if (!change || !eventId || data.robotCode !== robotCode || !chatId || !isGroupChatId(chatId)) return null;
  return {
    platform: DINGTALK,
    // Event ids and message ids are different series: the prefix keeps them apart in the journal.
    updateId: `event:${eventId}`,
    chat: { id: chatId, type: 'group' },
    user: { id: data.operator ?? '', name: '' },
    chatChange: change,
  };
}

/** What the user typed: text, or the text parts of a rich-text message; null for pictures, voice, files. */
function textOf(message: RobotMessage): string | null {
  if (message.msgtype === 'text') return (message.text?.content ?? '').trim();
  if (message.msgtype === 'richText') {
    const parts = (message.content?.richText ?? []).map((part) => part.text ?? '').filter(Boolean);
    return parts.length ? parts.join('').trim() : null;
  }
  return null;
}
