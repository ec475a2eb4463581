import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Telegram Mini App login: the initData Telegram hands the page is signed with the bot's
 * token ("Validating data received via the Mini App", core.telegram.org/bots/webapps): the
 * data-check-string is every field but `hash`, sorted by key, as key=value lines; the key is
 * HMAC-SHA256 of the bot token keyed with "WebAppData"; `hash` is the hex HMAC-SHA256 of the
 * string with that key.
 */

/** Older initData could be replayed by whoever saw it: a day is what the dashboard accepts. */
export const INIT_DATA_MAX_AGE_SECONDS = 24 * 3600;

export type InitDataCheck = { ok: true; telegramUserId: string; languageCode?: string } | { ok: false; reason: 'malformed' | 'forged' | 'stale' };

export function verifyInitData(raw: string, botToken: string, now: Date): InitDataCheck {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 8192) return { ok: false, reason: 'malformed' };
  const params = new URLSearchParams(raw);
  const hash = params.get('hash');
  if (!hash || !/^[0-9a-f]{64}$/i.test(hash)) return { ok: false, reason: 'malformed' };
  const fields = [...params].filter(([key]) => key !== 'hash').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const dataCheckString = fields.map(([key, value]) => `${key}=${value}`).join('\n');
  const secretKey = createHmac('sha256', 'WebAppData').update(botToken).digest();
  const expected = createHmac('sha256', secretKey).update(dataCheckString).digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, 'hex'))) return { ok: false, reason: 'forged' };
  const authDate = Number(params.get('auth_date'));
  if (!Number.isInteger(authDate)) return { ok: false, reason: 'malformed' };
  const age = now.getTime() / 1000 - authDate;
  // A little clock skew is forgiven; data from the future beyond it is not.
  if (age > INIT_DATA_MAX_AGE_SECONDS || age < -300) return { ok: false, reason: 'stale' };
  let user: unknown;
  try {
    user = JSON.parse(params.get('user') ?? '');
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const id = (user as { id?: unknown } | null)?.id;
  if (typeof id !== 'number' && typeof id !== 'string') return { ok: false, reason: 'malformed' };
  const languageCode = (user as { language_code?: unknown }).language_code;
  return { ok: true, telegramUserId: String(id), ...(typeof languageCode === 'string' ? { languageCode } : {}) };
}
