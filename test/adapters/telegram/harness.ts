import { Writable } from 'node:stream';
import type { Server } from 'node:http';
import pino, { type Logger } from 'pino';
import type { Chat, ChatMember, MessageEntity, Update, User } from 'grammy/types';
import { loadConfig } from '../../../src/config.ts';
import type { Core } from '../../../src/core/conversation.ts';
import type { PlatformAdapter } from '../../../src/adapters/platform.ts';
import { createTelegramAdapter, type TelegramAdapterOptions } from '../../../src/adapters/telegram/index.ts';
import { createHttpServer, listen } from '../../../src/server/http.ts';
import { BOT_INFO, FakeBotApi, type ShownMessage } from './fake-bot-api.ts';

export const TOKEN = '7000000001:AAFakeTokenForTests_do-not-leak42';
export const SECRET = 'webhook-secret_123';
export const WEBHOOK_URL = 'https://bot.example.org/telegram/webhook';

/** Log lines kept in memory, written by a pino logger that does NOT scrub secrets. */
export class LogCapture {
  readonly lines: string[] = [];
  readonly logger: Logger = pino(
    { level: 'debug' },
    new Writable({
      write: (chunk, _encoding, done) => {
        this.lines.push(String(chunk));
        done();
      },
    }),
  );
  get text(): string {
    return this.lines.join('');
  }
}

export type GroupChat = Chat.SupergroupChat | Chat.GroupChat;

export function groupChat(id: number, title: string): Chat.SupergroupChat {
  return { id, type: 'supergroup', title };
}

/** A basic group, the kind Telegram upgrades to a supergroup (under a new id) as it grows. */
export function basicGroupChat(id: number, title: string): Chat.GroupChat {
  return { id, type: 'group', title };
}

/** What people send that is not text, as Telegram describes it in a message. */
export const ATTACHMENTS = {
  photo: { photo: [{ file_id: 'photo-in', file_unique_id: 'p', width: 1280, height: 960 }] },
  sticker: { sticker: { file_id: 'sticker-in', file_unique_id: 's', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false } },
  voice: { voice: { file_id: 'voice-in', file_unique_id: 'v', duration: 4 } },
  document: { document: { file_id: 'doc-in', file_unique_id: 'd', file_name: '签约仪式.pdf' } },
  location: { location: { latitude: 30.66, longitude: 104.06 } },
} as const;

/** Entities as Telegram computes them: a leading command and @mentions. */
function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const mention of text.matchAll(/(^|\s)(@[A-Za-z0-9_]{5,32})/g)) {
    entities.push({ type: 'mention', offset: (mention.index ?? 0) + mention[1].length, length: mention[2].length });
  }
  return entities;
}

let nextUpdateId = 500_000;
let nextMessageId = 1;

/** A Telegram user, producing the updates Telegram would send when they type or press. */
export class TgUser {
  readonly user: User;
  constructor(id: number, firstName: string, lastName?: string, languageCode = 'zh-hans') {
    this.user = { id, is_bot: false, first_name: firstName, ...(lastName ? { last_name: lastName } : {}), language_code: languageCode };
  }

  get dm(): Chat.PrivateChat {
    return { id: this.user.id, type: 'private', first_name: this.user.first_name };
  }

  /** An update carrying a message of this user in `chat`, with `content` (text, a photo, a service field…). */
  private message(chat: Chat, content: object): Update {
    return {
      update_id: nextUpdateId++,
      message: { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat, from: this.user, ...content } as Update['message'],
    } as Update;
  }

  says(text: string, chat: Chat.PrivateChat | GroupChat = this.dm, replyTo?: ShownMessage): Update {
    const entities = entitiesOf(text);
    return this.message(chat, {
      text,
      ...(entities.length ? { entities } : {}),
      ...(replyTo ? { reply_to_message: { message_id: replyTo.messageId, date: 0, chat, from: BOT_INFO, text: replyTo.text } } : {}),
    });
  }

  /** Sends a photo, a sticker, a file…; with a caption (and its entities) when given one. */
  sendsAttachment(kind: keyof typeof ATTACHMENTS, chat: Chat.PrivateChat | GroupChat = this.dm, caption?: string): Update {
    const entities = caption === undefined ? [] : entitiesOf(caption);
    return this.message(chat, {
      ...ATTACHMENTS[kind],
      ...(caption !== undefined ? { caption } : {}),
      ...(entities.length ? { caption_entities: entities } : {}),
    });
  }

  /** Adds the bot to a group (`member`), removes it (`kicked`), or promotes it (`administrator`): my_chat_member. */
  changesBot(chat: GroupChat, from: ChatMember['status'], to: ChatMember['status']): Update {
    const member = (status: ChatMember['status']) =>
      (status === 'administrator' ? { user: BOT_INFO, status, can_be_edited: false } : { user: BOT_INFO, status }) as ChatMember;
    return {
      update_id: nextUpdateId++,
      my_chat_member: { chat, from: this.user, date: Math.floor(Date.now() / 1000), old_chat_member: member(from), new_chat_member: member(to) },
    } as Update;
  }

  /** Upgrades a basic group to a supergroup: the service messages Telegram posts in the old chat and in the new one. */
  upgrades(group: Chat.GroupChat, supergroup: Chat.SupergroupChat): { inOld: Update; inNew: Update } {
    return {
      inOld: this.message(group, { migrate_to_chat_id: supergroup.id }),
      inNew: this.message(supergroup, { migrate_from_chat_id: group.id }),
    };
  }

  /** Presses the button whose label contains `label` on a message the bot sent. */
  presses(message: ShownMessage, label: string, chat: Chat.PrivateChat | GroupChat = this.dm): Update {
    const button = message.buttons.flat().find((b) => b.text.includes(label));
    if (!button)
      throw new Error(
        `no button "${label}" among ${
          message.buttons
            .flat()
            .map((b) => b.text)
            .join(', ') || '(none)'
        }`,
      );
    return this.pressesData(message, button.callback_data, chat);
  }

  pressesData(message: ShownMessage, data: string, chat: Chat.PrivateChat | GroupChat = this.dm): Update {
    return {
      update_id: nextUpdateId++,
      callback_query: {
        id: `cq-${nextUpdateId}`,
        from: this.user,
        chat_instance: `ci-${chat.id}`,
        data,
        message: { message_id: message.messageId, date: Math.floor(Date.now() / 1000), chat, from: BOT_INFO, text: message.text },
      },
    } as Update;
  }
}

export interface HarnessOptions {
  core: Core;
  mode?: 'webhook' | 'polling';
  logs?: LogCapture;
  adapter?: TelegramAdapterOptions;
  /** Calls that fail while the adapter starts. */
  beforeStart?: (api: FakeBotApi) => void;
}

/** The real adapter (real grammY) against the fake Bot API, served by the real HTTP server. */
export class TelegramHarness {
  private constructor(
    readonly api: FakeBotApi,
    readonly adapter: PlatformAdapter,
    readonly server: Server,
    readonly baseUrl: string,
    readonly logs: LogCapture,
  ) {}

  static async start(options: HarnessOptions): Promise<TelegramHarness> {
    const api = await FakeBotApi.start(TOKEN);
    const logs = options.logs ?? new LogCapture();
    const mode = options.mode ?? 'webhook';
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_MODE: mode,
      TELEGRAM_WEBHOOK_URL: WEBHOOK_URL,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: api.apiRoot,
    });
    const adapter = await createTelegramAdapter(
      { config, logger: logs.logger, core: options.core },
      { retry: { maxRetryAttempts: 2, maxDelaySeconds: 5 }, polling: { timeoutSeconds: 1, backoffMs: 20, maxBackoffMs: 100 }, ...options.adapter },
    );
    const server = createHttpServer(adapter.routes, logs.logger, async () => true);
    const port = await listen(server, 0, '127.0.0.1');
    options.beforeStart?.(api);
    await adapter.start();
    return new TelegramHarness(api, adapter, server, `http://127.0.0.1:${port}`, logs);
  }

  async stop(): Promise<void> {
    await this.adapter.stop();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.api.close();
  }

  /** POSTs an update to the webhook as Telegram does; returns the HTTP status. */
  async post(update: Update, secret: string | null = SECRET): Promise<number> {
    const response = await fetch(`${this.baseUrl}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret !== null ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
      body: JSON.stringify(update),
    });
    await response.arrayBuffer();
    return response.status;
  }

  /**
   * Delivers an update and returns what the bot sent meanwhile: the messages it created and the
   * messages it edited, as the chat shows them afterwards.
   */
  async deliver(update: Update, secret?: string | null): Promise<{ status: number; sent: ShownMessage[]; edited: ShownMessage[] }> {
    const before = this.api.calls.length;
    const status = await this.post(update, secret);
    const calls = this.api.calls.slice(before);
    return { status, sent: this.api.sentBy(calls), edited: this.api.editedBy(calls) };
  }

  /** Delivers a text and returns the texts of the bot's new messages, joined. */
  async say(user: TgUser, text: string, chat?: Chat.PrivateChat | GroupChat, replyTo?: ShownMessage): Promise<{ text: string; sent: ShownMessage[] }> {
    const { status, sent } = await this.deliver(user.says(text, chat, replyTo));
    if (status !== 200) throw new Error(`webhook answered ${status}`);
    return { text: sent.map((m) => m.text).join('\n'), sent };
  }
}

/** Resolves when `check` passes, polling every few ms (for the polling loop, which runs on its own). */
export async function eventually<T>(check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
