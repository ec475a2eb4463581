import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import type { HttpRoute } from '../platform.ts';
import { throttledLog } from '../../server/throttled-log.ts';
import { isDatabaseOutage, safeError } from './errors.ts';

export const WEBHOOK_PATH = '/telegram/webhook';
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/**
 * Whether the request carries the secret given to setWebhook. Both sides are hashed first so
 * the comparison takes the same time whatever was sent, its length included.
 */
export function secretMatches(given: IncomingMessage['headers'][string], expected: string): boolean {
  if (typeof given !== 'string' || expected.length === 0) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export interface WebhookDeps {
  secret: string;
  logger: Logger;
  token: string;
  /** Runs the update through the bot; throws when it was not handled. */
  handle(update: Update): Promise<void>;
  /** The clock of the throttled 401 log line (tests move it). */
  now?: () => number;
}

/** An update is a few kilobytes (4,096 characters of text, a quoted message, entities): far below this. */
const MAX_UPDATE_BYTES = 256 * 1024;
const REFUSAL_LOG_INTERVAL_MS = 60_000;

/**
 * POST /telegram/webhook. 200 once the update is handled (an apology for a bug counts: the
 * core recorded it); 500 when the database is down, so Telegram delivers it again; 401 for
 * anything without the secret.
 */
export function webhookRoute(deps: WebhookDeps): HttpRoute {
  const logRefusal = throttledLog(REFUSAL_LOG_INTERVAL_MS, deps.now);
  return {
    method: 'POST',
    path: WEBHOOK_PATH,
    maxBodyBytes: MAX_UPDATE_BYTES,
    // The secret is checked on the headers, before a byte of the body is read.
    refuse(req) {
      if (secretMatches(req.headers[SECRET_HEADER], deps.secret)) return undefined;
      logRefusal((leftOut) =>
        deps.logger.warn({ remote: req.socket.remoteAddress, leftOut }, 'webhook request without the secret (at most one such line a minute)'),
      );
      return 401;
    },
    async handle(req, res, body) {
      // Checked again for a server that skipped refuse(): the secret is what keeps updates authentic.
      if (!secretMatches(req.headers[SECRET_HEADER], deps.secret)) {
        res.writeHead(401).end();
        return;
      }
      let update: Update;
      try {
        update = JSON.parse(body.toString('utf8')) as Update;
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (typeof update !== 'object' || update === null || !Number.isSafeInteger(update.update_id)) {
        res.writeHead(400).end();
        return;
      }
      try {
        await deps.handle(update);
        res.writeHead(200).end();
      } catch (error) {
        const fields = { updateId: update.update_id, error: safeError(error, deps.token) };
        if (isDatabaseOutage(error)) deps.logger.warn(fields, 'database unavailable: Telegram will deliver the update again');
        else deps.logger.error(fields, 'update failed: Telegram will deliver it again');
        res.writeHead(500).end();
      }
    },
  };
}
