import type { PushResult } from '../platform.ts';
import { isGroupChatId } from './inbound.ts';
import type { RobotPayload } from './messages.ts';

/**
 * The DingTalk Open API calls the bot makes: the app's access token (oauth2/accessToken, kept until
 * shortly before it expires), the robot send API (oToMessages/batchSend to a person,
 * groupMessages/send to a group) and the older media upload (oapi media/upload) that images and
 * files must go through first. Errors are classified for the outbox; nothing secret is in them.
 */

export interface OpenApiOptions {
  apiUrl: string;
  /** Where the older API (oapi.dingtalk.com) is: only media/upload lives there. */
  oapiUrl: string;
  clientId: string;
  clientSecret: string;
  robotCode: string;
  now?: () => number;
}

/** A call DingTalk refused or that did not get through, worded without the token or the secret. */
export class DingTalkApiError extends Error {
  constructor(
    readonly status: number | undefined,
    readonly code: string | undefined,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  get rateLimited(): boolean {
    return this.status === 429 || /throttl|qpslimit|flowcontrol/i.test(this.code ?? '') || OAPI_THROTTLED.has(this.code ?? '');
  }

  /** DingTalk no longer takes the access token (revoked, expired early, clock skew). */
  get tokenRefused(): boolean {
    return /token/i.test(this.code ?? '') || OAPI_TOKEN_REFUSED.has(this.code ?? '');
  }

  /** The app's credentials were refused: starting again will not help. */
  get credentialsRefused(): boolean {
    return this.status === 401 || this.status === 403 || /invalid.*(appkey|secret|client)/i.test(this.code ?? '');
  }
}

/** Refresh this long before DingTalk's expiry, so a token never expires in flight. */
const TOKEN_MARGIN_MS = 5 * 60_000;
/** Without a Retry-After, a throttled call waits this long. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;
/**
 * The older API answers HTTP 200 with an errcode: 90018 and 90006 are its call-rate limits, 40001,
 * 40014 and 42001 an access token it does not take.
 */
const OAPI_THROTTLED = new Set(['90018', '90006']);
const OAPI_TOKEN_REFUSED = new Set(['40001', '40014', '42001']);

export type MediaKind = 'image' | 'file';

export class DingTalkOpenApi {
  private token?: { value: string; until: number };
  private fetching?: Promise<string>;
  private readonly now: () => number;

  constructor(private readonly o: OpenApiOptions) {
    this.now = o.now ?? Date.now;
  }

  /** The app's access token, fetched once for every caller and kept until shortly before expiry. */
  async accessToken(): Promise<string> {
    if (this.token && this.token.until > this.now()) return this.token.value;
    this.fetching ??= this.call('/v1.0/oauth2/accessToken', { appKey: this.o.clientId, appSecret: this.o.clientSecret })
      .then((body) => {
        const value = typeof body.accessToken === 'string' ? body.accessToken : '';
        const expireIn = typeof body.expireIn === 'number' ? body.expireIn : 0;
        if (!value) throw new DingTalkApiError(200, undefined, 'oauth2/accessToken answered without an accessToken');
        this.token = { value, until: this.now() + Math.max(0, expireIn * 1000 - TOKEN_MARGIN_MS) };
        return value;
      })
      .finally(() => {
        this.fetching = undefined;
      });
    return this.fetching;
  }

  /** Sends one robot message to a person (staff id) or a group (openConversationId). */
  async send(chatId: string, payload: RobotPayload): Promise<string> {
    const group = isGroupChatId(chatId);
    const path = group ? '/v1.0/robot/groupMessages/send' : '/v1.0/robot/oToMessages/batchSend';
    const body = {
      robotCode: this.o.robotCode,
      msgKey: payload.msgKey,
      msgParam: JSON.stringify(payload.msgParam),
      ...(group ? { openConversationId: chatId } : { userIds: [chatId] }),
    };
    const answer = await this.withToken((token) => this.call(path, body, token));
    const listed = (field: string) => Array.isArray(answer[field]) && (answer[field] as unknown[]).includes(chatId);
    if (listed('flowControlledStaffIdList')) throw new DingTalkApiError(200, 'flowControlled', 'the person was sent too much', DEFAULT_RETRY_AFTER_SECONDS);
    if (listed('invalidStaffIdList')) throw new DingTalkApiError(200, 'invalidStaffId', 'no such person for this robot');
    const key = answer.processQueryKey;
    if (typeof key !== 'string' || !key) throw new DingTalkApiError(200, undefined, 'the send API answered without a processQueryKey');
    return key;
  }

  /**
   * Uploads an image or a file for one robot message (media/upload) and returns its media id, which
   * sampleImageMsg takes as its photoURL and sampleFile as its mediaId.
   */
  async upload(kind: MediaKind, name: string, data: Uint8Array, mime: string): Promise<string> {
    const path = '/media/upload';
    const answer = await this.withToken(async (token) => {
      const form = new FormData();
      form.append('media', new Blob([Uint8Array.from(data)], { type: mime }), name);
      // The older API takes the token in the query only: the address is never logged or put in an error.
      const query = new URLSearchParams({ access_token: token, type: kind });
      const body = await this.request(path, `${this.o.oapiUrl}${path}?${query}`, { method: 'POST', body: form });
      const errcode = typeof body.errcode === 'number' ? body.errcode : 0;
      if (errcode !== 0) {
        const message = typeof body.errmsg === 'string' ? body.errmsg.slice(0, 200) : 'no message';
        throw new DingTalkApiError(200, String(errcode), `${path}: errcode ${errcode}: ${message}`, DEFAULT_RETRY_AFTER_SECONDS);
      }
      return body;
    });
    const mediaId = answer.media_id;
    if (typeof mediaId !== 'string' || !mediaId) throw new DingTalkApiError(200, undefined, `${path} answered without a media_id`);
    return mediaId;
  }

  /** A call with the access token; a token DingTalk no longer takes is fetched again, once. */
  private async withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    try {
      return await call(await this.accessToken());
    } catch (error) {
      if (!(error instanceof DingTalkApiError) || !error.tokenRefused) throw error;
      this.token = undefined;
      return call(await this.accessToken());
    }
  }

  private call(path: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
    return this.request(path, `${this.o.apiUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { 'x-acs-dingtalk-access-token': token } : {}) },
      body: JSON.stringify(body),
    });
  }

  /** One HTTP call; errors name `path`, never the address (the older API's carries the token). */
  private async request(path: string, url: string, init: RequestInit): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await fetch(url, init);
    } catch (error) {
      throw new DingTalkApiError(undefined, undefined, `${path}: ${error instanceof Error ? error.message : 'network error'}`);
    }
    const text = await response.text().catch(() => '');
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // An HTML page of a proxy, a truncated body: the status says enough.
    }
    const answer = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    if (response.ok) return answer;
    const code = typeof answer.code === 'string' ? answer.code : undefined;
    const message = typeof answer.message === 'string' ? answer.message.slice(0, 200) : 'no message';
    const header = Number(response.headers.get('retry-after'));
    const retryAfter = Number.isFinite(header) && header > 0 ? header : DEFAULT_RETRY_AFTER_SECONDS;
    throw new DingTalkApiError(response.status, code, `${path}: HTTP ${response.status}${code ? ` ${code}` : ''}: ${message}`, retryAfter);
  }
}

/** What a failed push means for the outbox: wait, give up on the address, or retry later. */
export function pushFailure(error: unknown): Extract<PushResult, { ok: false }> {
  if (!(error instanceof DingTalkApiError)) return { ok: false, reason: 'error', detail: error instanceof Error ? error.message : String(error) };
  if (error.rateLimited) return { ok: false, reason: 'rate_limited', retryAfter: error.retryAfter, detail: error.message };
  if (error.code === 'invalidStaffId') return { ok: false, reason: 'not_found', detail: error.message };
  return { ok: false, reason: 'error', detail: error.message };
}
