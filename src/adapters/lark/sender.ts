import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from 'pino';
import type { ChatType, Outbound } from '../../core/messages.ts';
import type { PushResult } from '../platform.ts';
import { buildCard, buildPosts, neutralise, type Card } from './cards.ts';
import { safeApiError, type SafeApiError } from './sdk.ts';

/**
 * Sending to Lark: every message goes through im.message.create with a `uuid` derived from what
 * is sent (the chat, the update or outbox key, the reply's index and part), so a retried send —
 * after a timeout, a 429, a restart — never posts twice: Lark keeps one message per uuid for an
 * hour. Rate limits (HTTP 429, code 99991400) are waited out for the seconds Lark names in
 * `x-ogw-ratelimit-reset`, a bounded number of times.
 */

/** Lark's codes for "too many requests". */
const RATE_LIMIT_CODES = new Set([99991400, 230020]);
/** The tenant token was refused: fetch a new one and try once more. */
const TOKEN_CODES = new Set([99991661, 99991663, 99991668]);
/** The app's id or secret refused when a token is asked for (10003: invalid app_id, 10014: app secret invalid). */
const CREDENTIAL_CODES = new Set([10003, 10014]);

/**
 * Whether a call failed because Lark will not accept the app's credentials: a token refused even
 * after a new one was asked for, or the credentials themselves. No retry can mend that.
 */
export function credentialsRefused(error: unknown): error is LarkApiError {
  return error instanceof LarkApiError && error.code !== undefined && (TOKEN_CODES.has(error.code) || CREDENTIAL_CODES.has(error.code));
}
/** The bot may not write there any more: left or removed from the group, outside the user's availability, stopped by the user. */
const BLOCKED_CODES = new Set([230002, 230013, 230035, 230053]);
/** The chat or user does not exist (any more): disbanded group, unknown or foreign id. */
const NOT_FOUND_CODES = new Set([230045, 99992361, 99992364, 232010]);
/** "Invalid request parameter": a not-found only when Lark says the id was the problem. */
const INVALID_PARAMETER = 230001;

export class LarkApiError extends Error {
  constructor(
    readonly op: string,
    readonly status: number | undefined,
    readonly code: number | undefined,
    readonly msg: string,
    /** Seconds Lark asked us to wait, from x-ogw-ratelimit-reset. */
    readonly retryAfter?: number,
  ) {
    super(`lark ${op} failed: ${code ?? status ?? '?'} ${msg}`);
    this.name = 'LarkApiError';
  }

  get rateLimited(): boolean {
    return this.status === 429 || (this.code !== undefined && RATE_LIMIT_CODES.has(this.code));
  }

  safe(): SafeApiError {
    return { name: this.name, message: this.message, status: this.status, code: this.code, msg: this.msg, path: this.op };
  }
}

export interface LarkSenderOptions {
  client: lark.Client;
  /** The client's token cache, emptied when Lark refuses the token. */
  tokenCache: lark.DefaultCache;
  logger: Logger;
  /** How many times one call is tried when rate limited (default 4). */
  maxAttempts?: number;
  /** Longest single wait for a rate limit, in seconds (default 30). */
  maxWaitSeconds?: number;
  sleep?: (ms: number) => Promise<void>;
}

export type ReceiveIdType = 'chat_id' | 'open_id' | 'union_id' | 'user_id' | 'email';

/** What kind of id a push address is: Lark tells them apart by prefix. */
export function receiveIdType(id: string): ReceiveIdType {
  if (id.startsWith('oc_')) return 'chat_id';
  if (id.startsWith('ou_')) return 'open_id';
  if (id.startsWith('on_')) return 'union_id';
  if (id.includes('@')) return 'email';
  return 'user_id';
}

/** Lark accepts a uuid of at most 50 characters: 32 hex digits of a hash of what identifies the send. */
export function messageUuid(...parts: (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

function headerOf(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as { get?: (n: string) => unknown } & Record<string, unknown>;
  const value = typeof h.get === 'function' ? h.get(name) : (h[name] ?? h[name.toLowerCase()]);
  return value === undefined || value === null ? undefined : String(value);
}

/** Turns whatever the SDK threw or returned into a LarkApiError (or null for success). */
function apiError(op: string, error: unknown): LarkApiError {
  if (error instanceof LarkApiError) return error;
  const e = error as { response?: { status?: number; data?: unknown; headers?: unknown } } | undefined;
  const data = (typeof e?.response?.data === 'object' && e?.response?.data !== null ? e.response.data : {}) as { code?: unknown; msg?: unknown };
  const reset = Number(headerOf(e?.response?.headers, 'x-ogw-ratelimit-reset'));
  const safe = safeApiError(error);
  return new LarkApiError(
    op,
    e?.response?.status,
    typeof data.code === 'number' ? data.code : undefined,
    typeof data.msg === 'string' ? data.msg : safe.message,
    Number.isFinite(reset) ? reset : undefined,
  );
}

interface ApiResult {
  code?: number;
  msg?: string;
  data?: Record<string, unknown>;
}

type Answer = { code?: number; msg?: string } | null;

export interface SendTarget {
  receiveId: string;
  receiveIdType: ReceiveIdType;
  /** The chat's type, written into card buttons so a press is handled as in that chat. */
  chatType?: ChatType;
}

export class LarkSender {
  private readonly client: lark.Client;
  private readonly logger: Logger;
  private readonly maxAttempts: number;
  private readonly maxWaitSeconds: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: LarkSenderOptions) {
    this.client = options.client;
    this.logger = options.logger;
    this.maxAttempts = options.maxAttempts ?? 4;
    this.maxWaitSeconds = options.maxWaitSeconds ?? 30;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * Runs one Open API call: waits out rate limits (bounded by attempts and by `waitBudgetSeconds`
   * in all), renews a refused tenant token once, and turns a non-zero code into a LarkApiError.
   */
  async call<T extends Answer>(op: string, run: () => Promise<T>, waitBudgetSeconds = Infinity): Promise<T> {
    let renewedToken = false;
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      let failure: LarkApiError;
      try {
        const result = await run();
        if (result && typeof result.code === 'number' && result.code !== 0) {
          failure = new LarkApiError(op, 200, result.code, result.msg ?? '');
        } else {
          return result;
        }
      } catch (error) {
        failure = apiError(op, error);
      }
      if (failure.code !== undefined && TOKEN_CODES.has(failure.code) && !renewedToken) {
        renewedToken = true;
        this.options.tokenCache.values.clear();
        continue;
      }
      const seconds = Math.min(Math.max(failure.retryAfter ?? attempt, 0), this.maxWaitSeconds);
      if (failure.rateLimited && attempt < this.maxAttempts && waited + seconds <= waitBudgetSeconds) {
        waited += seconds;
        this.logger.warn({ op, attempt, waitSeconds: seconds, code: failure.code, status: failure.status }, 'lark rate limit: waiting');
        await this.sleep(seconds * 1000);
        continue;
      }
      throw failure;
    }
  }

  /** im.message.create with the uuid that makes it idempotent; returns the message id. */
  async createMessage(target: SendTarget, msgType: string, content: unknown, uuid: string | undefined, waitBudgetSeconds?: number): Promise<string> {
    const result = await this.call(
      'im.message.create',
      () =>
        this.client.im.v1.message.create({
          params: { receive_id_type: target.receiveIdType },
          data: { receive_id: target.receiveId, msg_type: msgType, content: JSON.stringify(content), ...(uuid ? { uuid } : {}) },
        }) as Promise<ApiResult>,
      waitBudgetSeconds,
    );
    const id = result?.data?.message_id;
    if (typeof id !== 'string') throw new LarkApiError('im.message.create', 200, undefined, 'no message_id in the answer');
    return id;
  }

  /** Replaces a card already sent (a pressed card whose answer came too late for the callback). */
  async patchCard(messageId: string, card: Card): Promise<void> {
    await this.call(
      'im.message.patch',
      () => this.client.im.v1.message.patch({ path: { message_id: messageId }, data: { content: JSON.stringify(card) } }) as Promise<ApiResult>,
    );
  }

  /**
   * Uploads go as files read from disk, the way the SDK documents them: a bare Buffer reaches
   * Lark as a multipart part without a filename or length, which the upload APIs have refused
   * (larksuite/node-sdk#44, #65). Each attempt opens its own stream; the file is removed after.
   */
  private async withTempFile<T>(bytes: Uint8Array, extension: string, use: (path: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), 'chamber-bot-lark-'));
    const path = join(dir, `${randomBytes(6).toString('hex')}${extension}`);
    try {
      await writeFile(path, bytes);
      return await use(path);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async uploadImage(png: Uint8Array, waitBudgetSeconds?: number): Promise<string> {
    const result = await this.withTempFile(png, '.png', (path) =>
      this.call(
        'im.image.create',
        async () => {
          const data = (await this.client.im.v1.image.create({ data: { image_type: 'message', image: createReadStream(path) } })) as {
            image_key?: string;
          } | null;
          return { data: data ?? {} } as ApiResult;
        },
        waitBudgetSeconds,
      ),
    );
    const key = result?.data?.image_key;
    if (typeof key !== 'string') throw new LarkApiError('im.image.create', 200, undefined, 'no image_key in the answer');
    return key;
  }

  async uploadFile(name: string, bytes: Uint8Array, mime: string, waitBudgetSeconds?: number): Promise<string> {
    const extension = /^\.[A-Za-z0-9]{1,8}$/.test(extname(name)) ? extname(name) : '';
    const result = await this.withTempFile(bytes, extension, (path) =>
      this.call(
        'im.file.create',
        async () => {
          const data = (await this.client.im.v1.file.create({
            data: { file_type: fileTypeOf(name, mime), file_name: name, file: createReadStream(path) },
          })) as { file_key?: string } | null;
          return { data: data ?? {} } as ApiResult;
        },
        waitBudgetSeconds,
      ),
    );
    const key = result?.data?.file_key;
    if (typeof key !== 'string') throw new LarkApiError('im.file.create', 200, undefined, 'no file_key in the answer');
    return key;
  }

  /**
   * Sends one Outbound as Lark messages, in reading order: the text (a card when it has
   * buttons, posts otherwise), the image, its caption, the file. `key` identifies the send (the
   * update id and reply index, or the outbox key); without one, no uuid is sent.
   * `waitBudgetSeconds` bounds the rate-limit waits of each call (a push returns sooner and lets
   * the outbox wait). Returns the ids of the messages sent.
   */
  async sendOutbound(target: SendTarget, outbound: Outbound, key: string | undefined, waitBudgetSeconds?: number): Promise<string[]> {
    const uuid = (part: string) => (key === undefined ? undefined : messageUuid(target.receiveId, key, part));
    const create = (msgType: string, content: unknown, part: string) => this.createMessage(target, msgType, content, uuid(part), waitBudgetSeconds);
    const ids: string[] = [];
    const hasButtons = (outbound.buttons ?? []).some((row) => row.length > 0);
    if (hasButtons) {
      ids.push(await create('interactive', buildCard(outbound, target.chatType), 'card'));
    } else if (outbound.text.trim()) {
      const posts = buildPosts(outbound.text);
      for (const [i, post] of posts.entries()) ids.push(await create('post', post, `post:${i}`));
    }
    if (outbound.image) {
      const imageKey = await this.uploadImage(outbound.image.png, waitBudgetSeconds);
      ids.push(await create('image', { image_key: imageKey }, 'image'));
      const caption = outbound.image.caption?.trim();
      if (caption && caption !== outbound.text.trim()) {
        for (const [i, post] of buildPosts(caption).entries()) ids.push(await create('post', post, `caption:${i}`));
      }
    }
    if (outbound.file) {
      const fileKey = await this.uploadFile(neutralise(outbound.file.name), outbound.file.data, outbound.file.mime, waitBudgetSeconds);
      ids.push(await create('file', { file_key: fileKey }, 'file'));
    }
    return ids;
  }
}

/**
 * The pushes an Outbound is delivered as, one sendOutbound each, in the order sendOutbound sends
 * them: the text (a card when it has buttons; a very long text is several posts, repeated safely
 * by their uuids), the image, its caption when it says something else, the file. The outbox
 * delivers them one at a time and records each, so a failure on the file never sends the text
 * again.
 */
export function messageParts(outbound: Outbound): Outbound[] {
  const { image, file, buttons } = outbound;
  const parts: Outbound[] = [];
  const hasButtons = (buttons ?? []).some((row) => row.length > 0);
  if (hasButtons || outbound.text.trim()) parts.push({ text: outbound.text, ...(hasButtons ? { buttons } : {}) });
  if (image) {
    parts.push({ text: '', image: { png: image.png } });
    const caption = image.caption?.trim();
    if (caption && caption !== outbound.text.trim()) parts.push({ text: caption });
  }
  if (file) parts.push({ text: '', file });
  return parts;
}

/** im.file.create's file_type: Lark previews these kinds; everything else is a `stream`. */
function fileTypeOf(name: string, mime: string): 'opus' | 'mp4' | 'pdf' | 'doc' | 'xls' | 'ppt' | 'stream' {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'pdf' || mime === 'application/pdf') return 'pdf';
  if (ext === 'doc' || ext === 'docx') return 'doc';
  if (ext === 'xls' || ext === 'xlsx' || ext === 'csv') return 'xls';
  if (ext === 'ppt' || ext === 'pptx') return 'ppt';
  return 'stream';
}

/** What a failed push means for the outbox: give up, wait, or retry later. */
export function pushFailure(error: unknown): Extract<PushResult, { ok: false }> {
  const failure = apiError('push', error);
  const detail = failure.code !== undefined ? `lark code ${failure.code}: ${failure.msg}` : `${failure.status ?? 'network'}: ${failure.msg}`;
  if (failure.rateLimited) return { ok: false, reason: 'rate_limited', retryAfter: failure.retryAfter, detail };
  if (failure.code !== undefined && BLOCKED_CODES.has(failure.code)) return { ok: false, reason: 'blocked', detail };
  if (failure.code !== undefined && NOT_FOUND_CODES.has(failure.code)) return { ok: false, reason: 'not_found', detail };
  if (failure.code === INVALID_PARAMETER && /receive_?id|chat_?id|open_?id|not (exist|found)/i.test(failure.msg)) {
    return { ok: false, reason: 'not_found', detail };
  }
  return { ok: false, reason: 'error', detail };
}

export function safeSendError(error: unknown): SafeApiError {
  return error instanceof LarkApiError ? error.safe() : safeApiError(error);
}
