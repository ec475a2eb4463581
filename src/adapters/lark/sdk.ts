import * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from 'pino';
import { textOf } from '../../logger.ts';

/**
 * The Lark SDK as this adapter uses it: where the Open API lives, and a logger for the SDK
 * that never writes what it was given. The SDK logs whole axios errors, whose `config` holds the
 * `Authorization: Bearer t-…` header, the app secret of a token request and the message body;
 * here they are reduced to status, Lark's code and msg, and the path called.
 */

/** LARK_DOMAIN: `feishu` (open.feishu.cn, default), `lark` (open.larksuite.com) or a base URL. */
export function larkDomain(value: string | undefined): lark.Domain | string {
  const v = (value ?? 'feishu').trim();
  if (v === '' || v.toLowerCase() === 'feishu') return lark.Domain.Feishu;
  if (v.toLowerCase() === 'lark') return lark.Domain.Lark;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new Error(`LARK_DOMAIN must be feishu, lark or a URL such as https://open.feishu.cn (got "${v.slice(0, 80)}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('LARK_DOMAIN must be an http(s) URL');
  return v.replace(/\/+$/, '');
}

/** Bearer tokens, tenant/app/user access tokens (t-…, a-…, u-…) and secret-looking JSON fields. */
const TOKEN_PATTERNS: RegExp[] = [
  /Bearer\s+[A-Za-z0-9._~+/=-]+/g,
  /\b[tau]-[A-Za-z0-9._-]{16,}/g,
  /("?(?:app_secret|tenant_access_token|app_access_token|access_token|client_secret|encrypt_key|ticket)"?\s*[:=]\s*)"?[^",}\s]+"?/gi,
];

export function scrubTokens(text: string): string {
  return TOKEN_PATTERNS.reduce(
    (out, pattern) => out.replace(pattern, (_whole: string, prefix?: string) => (typeof prefix === 'string' ? `${prefix}[secret]` : '[secret]')),
    text,
  );
}

/** What an SDK or API error may say in a log line: never request data, headers or URLs with queries. */
export interface SafeApiError {
  name: string;
  message: string;
  status?: number;
  code?: number;
  msg?: string;
  path?: string;
}

function pathOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url, 'http://x').pathname;
  } catch {
    return undefined;
  }
}

export function safeApiError(error: unknown): SafeApiError {
  if (typeof error !== 'object' || error === null) return { name: typeof error, message: scrubTokens(textOf(error)) };
  const e = error as {
    name?: unknown;
    message?: unknown;
    config?: { url?: unknown };
    request?: { path?: unknown };
    response?: { status?: unknown; data?: unknown };
  };
  const data = (typeof e.response?.data === 'object' && e.response?.data !== null ? e.response.data : {}) as Record<string, unknown>;
  const out: SafeApiError = {
    name: typeof e.name === 'string' ? e.name : 'Error',
    message: scrubTokens(typeof e.message === 'string' ? e.message : textOf(error)),
  };
  if (typeof e.response?.status === 'number') out.status = e.response.status;
  if (typeof data.code === 'number') out.code = data.code;
  if (typeof data.msg === 'string') out.msg = scrubTokens(data.msg);
  const path = pathOf(e.config?.url) ?? pathOf(e.request?.path);
  if (path) out.path = path;
  return out;
}

/** One SDK log argument as something safe to write. */
function safeArg(arg: unknown): unknown {
  if (typeof arg === 'string') return scrubTokens(arg);
  if (typeof arg === 'number' || typeof arg === 'boolean' || arg === null || arg === undefined) return arg;
  if (Array.isArray(arg)) return arg.map(safeArg);
  if (arg instanceof Error || (typeof arg === 'object' && ('response' in arg || 'config' in arg || 'request' in arg))) {
    return safeApiError(arg);
  }
  // formatErrors() output and the like: keep only what identifies the failure.
  const o = arg as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const key of ['code', 'msg', 'message', 'status', 'statusText']) {
    if (typeof o[key] === 'string') kept[key] = scrubTokens(o[key] as string);
    else if (typeof o[key] === 'number') kept[key] = o[key];
  }
  return kept;
}

/**
 * The SDK's logger interface, writing into pino under `lark-sdk`. The SDK logs every failed API
 * call at error level; the adapter logs the outcome itself (after retries, with Lark's code), so
 * those go to debug. Its own troubles (the long connection failing) stay errors. Debug and
 * trace from the SDK are dropped: they quote whole events.
 */
export function sdkLogger(logger: Logger): lark.Logger {
  const child = logger.child({ component: 'lark-sdk' });
  const write =
    (level: 'error' | 'warn' | 'info') =>
    (...msg: unknown[]) => {
      // The SDK passes its arguments as one array, formatErrors() output as another.
      const raw = msg.length === 1 && Array.isArray(msg[0]) ? (msg[0] as unknown[]) : msg;
      const args = raw.flatMap((a) => (Array.isArray(a) ? a : [a])).map(safeArg);
      const text = args.filter((a) => typeof a === 'string').join(' ');
      const details = args.filter((a) => typeof a !== 'string');
      const apiFailure = details.some((d) => typeof d === 'object' && d !== null && ('status' in d || 'code' in d));
      child[level === 'error' && apiFailure ? 'debug' : level](details.length > 0 ? { details } : {}, text || 'lark sdk');
    };
  return {
    error: write('error'),
    warn: write('warn'),
    info: write('info'),
    debug: () => {},
    trace: () => {},
  };
}

export interface LarkClientOptions {
  appId: string;
  appSecret: string;
  domain: lark.Domain | string;
  logger: Logger;
}

/** A self-built app's client; its tenant token lives in a cache of its own. */
export function createClient(options: LarkClientOptions): { client: lark.Client; cache: lark.DefaultCache } {
  const cache = new lark.DefaultCache();
  const client = new lark.Client({
    appId: options.appId,
    appSecret: options.appSecret,
    appType: lark.AppType.SelfBuild,
    domain: options.domain,
    cache,
    logger: sdkLogger(options.logger),
    loggerLevel: lark.LoggerLevel.warn,
  });
  return { client, cache };
}
