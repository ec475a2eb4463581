import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import * as lark from '@larksuiteoapi/node-sdk';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { DatabaseUnavailableError } from '../../core/conversation.ts';
import { isDatabaseUnavailable, type Db } from '../../db/database.ts';
import type { HttpRoute } from '../platform.ts';
import { safeApiError } from './sdk.ts';

export const WEBHOOK_PATH = '/lark/events';

/** Lark signs with its clock; a request more than this far from ours is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/** A nonce is remembered a little longer than a timestamp stays acceptable. */
const NONCE_TTL_SECONDS = 2 * MAX_CLOCK_SKEW_SECONDS + 60;
/** Expired nonces are swept at most this often per instance. */
const SWEEP_EVERY_MS = 60_000;

/** X-Lark-Signature: hex sha256 of timestamp + nonce + encrypt key + the raw body. */
export function larkSignature(timestamp: string, nonce: string, encryptKey: string, body: Buffer): string {
  return createHash('sha256')
    .update(timestamp + nonce + encryptKey)
    .update(body)
    .digest('hex');
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
}

function signatureMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given.toLowerCase(), 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function tokenMatches(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const digest = (v: string) => createHash('sha256').update(v, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Nonces of accepted requests, in the database so that every instance refuses a request another
 * one has already taken.
 */
export class NonceStore {
  private lastSweep = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  /** Records the nonce; false when it was seen before (a replay). */
  async claim(nonce: string): Promise<boolean> {
    const now = this.now();
    const expiresAt = new Date(now.getTime() + NONCE_TTL_SECONDS * 1000);
    if (now.getTime() - this.lastSweep > SWEEP_EVERY_MS) {
      this.lastSweep = now.getTime();
      await sql`delete from lark_webhook_nonces where expires_at < ${now}`.execute(this.db);
    }
    const inserted = await sql<{ nonce: string }>`
      insert into lark_webhook_nonces (nonce, expires_at) values (${nonce}, ${expiresAt})
      on conflict (nonce) do update set expires_at = excluded.expires_at
        where lark_webhook_nonces.expires_at < ${now}
      returning nonce`.execute(this.db);
    return inserted.rows.length === 1;
  }

  /** Forgets a nonce whose request failed, so Lark may deliver that very request again. */
  async release(nonce: string): Promise<void> {
    await sql`delete from lark_webhook_nonces where nonce = ${nonce}`.execute(this.db);
  }
}

export interface WebhookDeps {
  encryptKey: string;
  verificationToken?: string;
  dispatcher: lark.EventDispatcher;
  nonces: NonceStore;
  logger: Logger;
  now: () => Date;
}

function reply(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

/**
 * POST /lark/events, for events and card callbacks alike (configure the same URL for both).
 *
 * - A signed request (X-Lark-Signature over timestamp + nonce + encrypt key + raw body) is
 *   checked before anything else: the signature, a timestamp within 5 minutes, then — once the
 *   body decrypts — the verification token and a nonce never seen before by any instance.
 * - An unsigned request is only good for Lark's URL check: it must decrypt to a
 *   url_verification, answered with its challenge. Every other failure of an unsigned request
 *   gets the same 401, so nobody can learn from the answers how a forged body decrypted.
 * - Bodies are `{"encrypt": …}`: AES-256-CBC, key sha256(encrypt key), IV the first 16 bytes,
 *   base64, decrypted with the SDK's AESCipher.
 * - The decrypted payload goes to the EventDispatcher the long connection also feeds; its
 *   answer (a card callback's new card) is the response. A database outage answers 500 (503
 *   when the nonce store is down), so Lark delivers the event again.
 */
export function webhookRoute(deps: WebhookDeps): HttpRoute {
  const cipher = new lark.AESCipher(deps.encryptKey);
  const log = deps.logger;

  const decrypt = (body: Buffer): Record<string, unknown> | null => {
    try {
      const envelope = JSON.parse(body.toString('utf8')) as { encrypt?: unknown } | null;
      if (typeof envelope?.encrypt !== 'string') return null;
      const payload = JSON.parse(cipher.decrypt(envelope.encrypt)) as unknown;
      return typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? (payload as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };
  const tokenOk = (payload: Record<string, unknown>): boolean => {
    if (!deps.verificationToken) return true;
    const headerToken = (payload.header as { token?: unknown } | undefined)?.token;
    return tokenMatches(headerToken ?? payload.token, deps.verificationToken);
  };

  return {
    method: 'POST',
    path: WEBHOOK_PATH,
    async handle(req, res, body) {
      const remote = req.socket.remoteAddress;
      const timestamp = header(req.headers, 'x-lark-request-timestamp');
      const nonce = header(req.headers, 'x-lark-request-nonce');
      const signature = header(req.headers, 'x-lark-signature');

      if (!timestamp || !nonce || !signature) {
        const payload = decrypt(body);
        if (payload?.type === 'url_verification' && tokenOk(payload)) {
          // Answering proves the endpoint holds the encrypt key: it decrypted the challenge.
          reply(res, 200, { challenge: payload.challenge });
          return;
        }
        log.warn({ remote }, 'lark webhook: unsigned request refused');
        reply(res, 401);
        return;
      }
      if (!signatureMatches(signature, larkSignature(timestamp, nonce, deps.encryptKey, body))) {
        log.warn({ remote }, 'lark webhook: bad signature');
        reply(res, 401);
        return;
      }
      const seconds = Number(timestamp);
      if (!Number.isFinite(seconds) || Math.abs(deps.now().getTime() / 1000 - seconds) > MAX_CLOCK_SKEW_SECONDS) {
        log.warn({ remote, timestamp: timestamp.slice(0, 20) }, 'lark webhook: timestamp too far off');
        reply(res, 401);
        return;
      }
      const payload = decrypt(body);
      if (!payload) {
        log.warn({ remote }, 'lark webhook: signed body does not decrypt with the encrypt key (is it the one in the console?)');
        reply(res, 400);
        return;
      }
      if (!tokenOk(payload)) {
        log.warn({ remote }, 'lark webhook: wrong verification token');
        reply(res, 401);
        return;
      }
      if (payload.type === 'url_verification') {
        reply(res, 200, { challenge: payload.challenge });
        return;
      }
      try {
        if (!(await deps.nonces.claim(nonce))) {
          log.warn({ remote }, 'lark webhook: nonce seen before (replay)');
          reply(res, 401);
          return;
        }
      } catch (error) {
        log.warn({ error: safeApiError(error) }, 'lark webhook: nonce store unavailable: Lark will deliver again');
        reply(res, isDatabaseUnavailable(error) ? 503 : 500);
        return;
      }

      const eventHeader = payload.header as { event_id?: unknown; event_type?: unknown } | undefined;
      const eventId = typeof eventHeader?.event_id === 'string' ? eventHeader.event_id : undefined;
      const eventType = typeof eventHeader?.event_type === 'string' ? eventHeader.event_type : undefined;
      try {
        const answer: unknown = await deps.dispatcher.invoke(payload, { needCheck: false });
        reply(res, 200, typeof answer === 'object' && answer !== null ? answer : {});
      } catch (error) {
        const fields = { eventId, eventType, error: safeApiError(error) };
        if (error instanceof DatabaseUnavailableError) log.warn(fields, 'database unavailable: Lark will deliver the event again');
        else log.error(fields, 'lark event failed: Lark will deliver it again');
        await deps.nonces.release(nonce).catch(() => {});
        reply(res, 500);
      }
    },
  };
}
