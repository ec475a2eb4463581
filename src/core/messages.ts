/**
 * The platform-neutral conversation contract. Adapters turn a platform's update into an
 * Inbound and render the core's Outbound messages; the core never learns which platform
 * it talks to beyond the `platform` name it uses to key identities and updates.
 */

export type ChatType = 'private' | 'group';

export interface Inbound {
  /** 'telegram', 'lark', 'console', …: the namespace of user, chat and update ids. */
  platform: string;
  /** The platform's id for this delivery (update_id, event_id, …); redeliveries repeat it. */
  updateId: string;
  chat: { id: string; type: ChatType; title?: string };
  user: { id: string; name: string; langHint?: string };
  /** In a group: whether the message was addressed to the bot (command, @mention or reply). */
  addressed?: boolean;
  /** What the user typed, as typed (bot @mentions already removed by the adapter). */
  text?: string;
  /** A button press: the Button.action that was pressed. */
  action?: string;
  /** A message the bot cannot read: a photo without a caption, a voice note, a sticker, a file. */
  unreadable?: true;
  /** Something that happened to the chat itself rather than a message in it. */
  chatChange?: ChatChange;
}

/**
 * The bot was added to the chat or removed from it (`disbanded`: the chat itself is gone), or the
 * chat moved to a new id (a Telegram group upgraded to a supergroup; the update may come from
 * either side, so it names both ids).
 */
export type ChatChange =
  | { kind: 'botAdded' }
  | { kind: 'botRemoved'; reason: 'removed' | 'disbanded' }
  | { kind: 'moved'; fromChatId: string; toChatId: string };

export interface Button {
  label: string;
  /** Opaque to adapters, at most 64 bytes (Telegram's callback_data limit). */
  action: string;
  /**
   * A button that opens a web page instead of calling back (the dashboard): `url` in a browser,
   * or `miniAppUrl` inside the chat app where the platform can (Telegram's Mini Apps, private
   * chats only). The message's text carries `url` too, for platforms without link buttons.
   */
  link?: { url: string; miniAppUrl?: string };
}

export interface Outbound {
  /** Plain text: adapters escape it for whatever markup they use. */
  text: string;
  /** Rows of buttons. */
  buttons?: Button[][];
  /** Replace the message whose button was pressed instead of sending a new one. */
  edit?: boolean;
  image?: { png: Uint8Array; caption?: string };
  file?: { name: string; data: Uint8Array; mime: string };
}
