import type { ServerResponse } from 'node:http';

/**
 * The headers every dashboard response carries. The page loads nothing from other hosts
 * (charts and scripts come from the bot itself), and only Telegram's web client may frame it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self' https://web.telegram.org",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function send(res: ServerResponse, status: number, headers: Record<string, string | string[]>, body: string | Uint8Array = ''): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers }).end(body);
}

/** API answers are personal and change with the data: never kept by a cache. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  send(res, status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }, JSON.stringify(body));
}

export function redirect(res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
  send(res, 303, { location, 'cache-control': 'no-store', ...headers });
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A minimal page of one message (a spent login link): no script, no style, nothing to load. */
export function sendMessagePage(res: ServerResponse, status: number, lang: string, title: string, message: string): void {
  const html = `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><p>${escapeHtml(message)}</p></body></html>`;
  send(res, status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, html);
}

export const SESSION_COOKIE = 'cb_session';

export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    if (part.slice(0, at).trim() === name) return part.slice(at + 1).trim() || null;
  }
  return null;
}

/** The session cookie: script cannot read it, other sites' forms do not carry it, https only when served so. */
export function sessionCookie(value: string, secure: boolean, maxAgeSeconds: number): string {
  return [`${SESSION_COOKIE}=${value}`, 'Path=/dashboard', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAgeSeconds}`, ...(secure ? ['Secure'] : [])].join('; ');
}
