import { BotError, GrammyError, HttpError } from 'grammy';
import { DatabaseUnavailableError } from '../../core/conversation.ts';
import type { PushResult } from '../platform.ts';
import { textOf } from '../../logger.ts';

/**
 * What an error from the Bot API looks like in a log line or a PushResult: the method, the
 * code and Telegram's description, never the request payload (it holds what users typed) and
 * never the request URL (it holds the bot token).
 */
export interface SafeError {
  name: string;
  message: string;
  method?: string;
  code?: number;
  retryAfter?: number;
}

/** Replaces the token wherever it appears: error messages of fetch libraries quote the URL. */
export function scrubToken(text: unknown, token: string): string {
  const plain = textOf(text);
  if (!token) return plain;
  return [token, encodeURIComponent(token)].reduce((out, secret) => out.split(secret).join('[token]'), plain);
}

/** The error a grammY middleware failure wraps (grammY wraps everything in BotError). */
export function unwrap(error: unknown): unknown {
  return error instanceof BotError ? error.error : error;
}

export function isDatabaseOutage(error: unknown): boolean {
  return unwrap(error) instanceof DatabaseUnavailableError;
}

export function safeError(error: unknown, token: string): SafeError {
  const err = unwrap(error);
  if (err instanceof GrammyError) {
    // Telegram, or whatever answers in its place (a proxy), may leave out description and parameters.
    return {
      name: 'GrammyError',
      method: err.method,
      code: typeof err.error_code === 'number' ? err.error_code : undefined,
      message: scrubToken(err.description ?? 'no description', token),
      retryAfter: err.parameters?.retry_after,
    };
  }
  if (err instanceof HttpError) {
    // HttpError.error is the fetch library's error, whose message quotes the URL: leave it out.
    return { name: 'HttpError', message: scrubToken(err.message, token) };
  }
  if (err instanceof Error) return { name: textOf(err.name) || 'Error', message: scrubToken(err.message, token) };
  return { name: err === null ? 'null' : typeof err, message: scrubToken(err, token) };
}

/** A SafeError in one line, for an error message of our own. */
export function describeSafeError(safe: SafeError): string {
  return safe.code !== undefined ? `${safe.method ?? 'call'} ${safe.code}: ${safe.message}` : safe.message;
}

/** What a failed send means for whoever queued it: give up, try later, or try the chat's new id. */
export function pushFailure(error: unknown, token: string): Extract<PushResult, { ok: false }> {
  const detail = describeSafeError(safeError(error, token));
  const err = unwrap(error);
  if (err instanceof GrammyError) {
    // 403: the user blocked the bot, deleted their account, or the bot left / was removed from the group.
    if (err.error_code === 403) return { ok: false, reason: 'blocked', detail };
    if (err.error_code === 429) {
      return { ok: false, reason: 'rate_limited', retryAfter: err.parameters.retry_after, detail };
    }
    // A group that became a supergroup has a new id, which Telegram names.
    if (err.parameters.migrate_to_chat_id !== undefined) {
      return { ok: false, reason: 'moved', movedTo: String(err.parameters.migrate_to_chat_id), detail };
    }
    if (err.error_code === 400 && /chat not found|user not found|peer_id_invalid|chat_id is empty/i.test(err.description ?? '')) {
      return { ok: false, reason: 'not_found', detail };
    }
  }
  return { ok: false, reason: 'error', detail };
}

/** Edits that change nothing, or of messages too old to edit: the caller falls back or shrugs. */
export function isNotModified(error: unknown): boolean {
  const err = unwrap(error);
  return err instanceof GrammyError && err.error_code === 400 && /message is not modified/i.test(err.description ?? '');
}
