import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, UserFromGetMe } from 'grammy/types';

/**
 * A Bot API server on 127.0.0.1 that records every call, so the real grammY client runs in tests
 * and assertions read what Telegram (and so the user) received. Methods answer as Telegram does;
 * `failNext` makes the next calls of a method fail with a given Bot API error.
 */

export interface RecordedFile {
  field: string;
  filename: string;
  bytes: Buffer;
}

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  files: RecordedFile[];
  /** What the fake answered: the result, or the error it was told to fail with. */
  result?: unknown;
  error?: ApiError;
}

export interface ApiError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export interface RawAnswer {
  status: number;
  body: string;
  contentType?: string;
}

/** A message as the chat shows it now (after edits). */
export interface ShownMessage {
  messageId: number;
  chatId: number;
  text: string;
  buttons: { text: string; callback_data: string }[][];
  kind: 'text' | 'photo' | 'document';
}

export const BOT_INFO: UserFromGetMe = {
  id: 7_000_000_001,
  is_bot: true,
  first_name: 'Chamber Bot',
  username: 'ChamberTestBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;

export class FakeBotApi {
  readonly calls: ApiCall[] = [];
  readonly messages = new Map<number, ShownMessage>();
  private readonly failures = new Map<string, ApiError[]>();
  private readonly rawAnswers = new Map<string, RawAnswer[]>();
  private readonly pending: Update[] = [];
  private readonly holds = new Map<string, { arrive(): void; released: Promise<void> }>();
  private readonly waiters = new Set<() => void>();
  private nextMessageId = 100;
  private server!: Server;
  apiRoot = '';

  constructor(readonly token: string) {}

  static async start(token: string): Promise<FakeBotApi> {
    const api = new FakeBotApi(token);
    api.server = createServer((req, res) => void api.serve(req, res));
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    api.apiRoot = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    return api;
  }

  async close(): Promise<void> {
    for (const wake of this.waiters) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `times` calls of `method` fail with `error`. */
  failNext(method: string, error: ApiError, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(error);
    this.failures.set(method, queue);
  }

  /**
   * The next `times` calls of `method` get this answer as it is: what a proxy, a load balancer or a
   * half-broken server sends (an HTML page, an empty body, JSON without the fields the Bot API promises).
   */
  answerNextRaw(method: string, answer: RawAnswer, times = 1): void {
    const queue = this.rawAnswers.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(answer);
    this.rawAnswers.set(method, queue);
  }

  /**
   * Holds the answer to the next call of `method` (the call is recorded and its message shown at
   * once) until `release()`: a reply the bot is still sending. `arrived` resolves when it comes.
   */
  holdNext(method: string): { arrived: Promise<void>; release(): void } {
    let arrive!: () => void;
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.holds.set(method, { arrive, released });
    return { arrived, release };
  }

  /** Queues an update for getUpdates (long polling). */
  queueUpdate(update: Update): void {
    this.pending.push(update);
    for (const wake of this.waiters) wake();
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** The messages created by these calls, as they read now. */
  sentBy(calls: ApiCall[]): ShownMessage[] {
    return calls
      .filter((c) => ['sendMessage', 'sendPhoto', 'sendDocument'].includes(c.method) && c.result)
      .map((c) => this.messages.get((c.result as { message_id: number }).message_id)!)
      .filter(Boolean);
  }

  /** The messages edited by these calls, as they read now. */
  editedBy(calls: ApiCall[]): ShownMessage[] {
    const ids = new Set(calls.filter((c) => c.method.startsWith('editMessage') && c.result).map((c) => Number(c.payload.message_id)));
    return [...ids].map((id) => this.messages.get(id)!).filter(Boolean);
  }

  /** Messages the bot sent to a chat, as they read now. */
  chat(chatId: number): ShownMessage[] {
    return [...this.messages.values()].filter((m) => m.chatId === chatId);
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    const reply = (status: number, json: unknown) => {
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    };
    if (!match) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
    if (match[1] !== this.token) return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = match[2];
    const { payload, files } = parseBody(req.headers['content-type'] ?? '', body);
    const call: ApiCall = { method, payload, files };
    this.calls.push(call);

    const raw = this.rawAnswers.get(method)?.shift();
    if (raw) {
      if (!res.destroyed) res.writeHead(raw.status, { 'content-type': raw.contentType ?? 'text/html' }).end(raw.body);
      return;
    }
    const failure = this.failures.get(method)?.shift();
    if (failure) {
      call.error = failure;
      return reply(failure.error_code, { ok: false, ...failure });
    }
    call.result = method === 'getUpdates' ? await this.updatesFrom(payload, req) : this.answer(method, payload, files);
    const hold = this.holds.get(method);
    if (hold) {
      this.holds.delete(method);
      hold.arrive();
      await hold.released;
    }
    return reply(200, { ok: true, result: call.result });
  }

  private answer(method: string, payload: Record<string, unknown>, files: RecordedFile[]): unknown {
    const chatId = Number(payload.chat_id);
    const buttons = (payload.reply_markup as { inline_keyboard?: ShownMessage['buttons'] } | undefined)?.inline_keyboard ?? [];
    const sent = (kind: ShownMessage['kind'], text: string) => {
      const messageId = this.nextMessageId++;
      this.messages.set(messageId, { messageId, chatId, text, buttons, kind });
      return {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000),
        chat: chatId > 0 ? { id: chatId, type: 'private', first_name: 'user' } : { id: chatId, type: 'supergroup', title: 'group' },
        from: BOT_INFO,
        ...(kind === 'text' ? { text } : {}),
        ...(kind === 'photo' ? { photo: [{ file_id: `photo-${messageId}`, file_unique_id: 'u', width: 1, height: 1 }] } : {}),
        ...(kind === 'document' ? { document: { file_id: `doc-${messageId}`, file_unique_id: 'u', file_name: files[0]?.filename } } : {}),
      };
    };
    switch (method) {
      case 'getMe':
        return BOT_INFO;
      case 'sendMessage':
        return sent('text', String(payload.text));
      case 'sendPhoto':
        return sent('photo', String(payload.caption ?? ''));
      case 'sendDocument':
        return sent('document', String(payload.caption ?? ''));
      case 'editMessageText': {
        const shown = this.messages.get(Number(payload.message_id));
        if (shown) {
          shown.text = String(payload.text);
          shown.buttons = buttons;
        }
        return { message_id: Number(payload.message_id), date: 0, chat: { id: chatId, type: 'private' }, text: payload.text };
      }
      case 'editMessageReplyMarkup': {
        const shown = this.messages.get(Number(payload.message_id));
        if (shown) shown.buttons = buttons;
        return true;
      }
      default:
        // answerCallbackQuery, setMyCommands, setWebhook, deleteWebhook, …
        return true;
    }
  }

  /** Telegram's getUpdates: updates below the offset are confirmed and forgotten; long-polls when none. */
  private async updatesFrom(payload: Record<string, unknown>, req: IncomingMessage): Promise<Update[]> {
    const offset = typeof payload.offset === 'number' ? payload.offset : undefined;
    if (offset !== undefined) {
      for (let i = this.pending.length - 1; i >= 0; i--) if (this.pending[i].update_id < offset) this.pending.splice(i, 1);
    }
    const limit = typeof payload.limit === 'number' ? payload.limit : 100;
    const timeout = typeof payload.timeout === 'number' ? payload.timeout : 0;
    if (this.pending.length === 0 && timeout > 0) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          req.socket.off('close', wake);
          resolve();
        };
        const timer = setTimeout(wake, timeout * 1000);
        this.waiters.add(wake);
        req.socket.once('close', wake);
      });
    }
    return this.pending.slice(0, limit);
  }
}

function parseBody(contentType: string, body: Buffer): { payload: Record<string, unknown>; files: RecordedFile[] } {
  if (body.length === 0) return { payload: {}, files: [] };
  if (contentType.startsWith('application/json')) return { payload: JSON.parse(body.toString('utf8')), files: [] };
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  if (!boundary) return { payload: {}, files: [] };
  // grammY's multipart: fields as text (objects as JSON), files as parts named by attach:// ids.
  const payload: Record<string, unknown> = {};
  const files: RecordedFile[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const next = body.indexOf(delimiter, at + delimiter.length);
    if (next < 0) break;
    // Between the CRLF that ends the delimiter line and the CRLF that precedes the next delimiter.
    const part = body.subarray(at + delimiter.length + 2, next - 2);
    at = next;
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd < 0) continue;
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const content = part.subarray(headerEnd + 4);
    const name = /name="([^"]+)"/.exec(headers)?.[1] ?? '';
    const filename = /filename=([^\r\n;]+)/.exec(headers)?.[1];
    if (filename !== undefined) {
      files.push({ field: name, filename, bytes: Buffer.from(content) });
      continue;
    }
    const text = content.toString('utf8');
    payload[name] = JSON_FIELDS.has(name) ? JSON.parse(text) : NUMBER_FIELDS.has(name) && /^-?\d+$/.test(text) ? Number(text) : text;
  }
  // Name each file by the field that attached it (photo: attach://id → photo).
  for (const file of files) {
    const field = Object.entries(payload).find(([, v]) => v === `attach://${file.field}`)?.[0];
    if (field) file.field = field;
  }
  return { payload, files };
}

const JSON_FIELDS = new Set(['reply_markup', 'reply_parameters', 'caption_entities', 'entities', 'link_preview_options']);
const NUMBER_FIELDS = new Set(['chat_id', 'message_id']);
