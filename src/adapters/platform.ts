import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Outbound } from '../core/messages.ts';

/** What a push (a message nobody asked for) came to: the platform's message id, or why it failed. */
export type PushResult =
  | { ok: true; messageId: string }
  | {
      ok: false;
      /**
       * `blocked`: the user blocked the bot or the bot left the group; do not try again.
       * `moved`: the chat has a new id (`movedTo`); send there instead.
       */
      reason: 'blocked' | 'not_found' | 'moved' | 'rate_limited' | 'error';
      /** Seconds to wait before trying again, when the platform said so. */
      retryAfter?: number;
      movedTo?: string;
      detail: string;
    };

export interface PushOptions {
  /** A stable key for this message (the outbox row's): platforms that support it deduplicate on it. */
  idempotencyKey?: string;
}

export interface HttpRoute {
  method: 'GET' | 'POST';
  path: string;
  /** Also serves every path below `path` (`/dashboard` serves `/dashboard/api/me`); exact paths win. */
  prefix?: boolean;
  /**
   * Looks at the headers before the body is read: an HTTP status to refuse the request with
   * (401 without the secret), or undefined to read the body and handle it. A stranger's request
   * then costs neither the time nor the memory of reading what it sends.
   */
  refuse?(req: IncomingMessage): number | undefined;
  /** The largest body this route accepts; larger ones get 413 (the server's own limit otherwise). */
  maxBodyBytes?: number;
  handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void>;
}

/** A chat platform as the rest of the bot sees it. */
export interface PlatformAdapter {
  readonly platform: string;
  /** HTTP routes to serve (webhook modes); empty for polling or long connections. */
  readonly routes: HttpRoute[];
  /** Starts receiving (polling, long connection) and registers what the platform needs. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * The platform messages a push becomes (text, chart, workbook), in order, each delivered by one
   * push() of its own; without it, the whole Outbound is one part. The outbox sends them one at a
   * time, paced like any message, and records each, so a retry never repeats a delivered part.
   */
  parts?(outbound: Outbound): Outbound[];
  /** Sends a message nobody asked for (digests, reminders) to a chat id of this platform. */
  push(chatId: string, outbound: Outbound, options?: PushOptions): Promise<PushResult>;
}
