import { createHmac } from 'node:crypto';

/** Signs Mini App initData as Telegram does (core.telegram.org/bots/webapps), playing Telegram's part. */
export function signInitData(fields: Record<string, string>, botToken: string): string {
  const sorted = Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const secretKey = createHmac('sha256', 'WebAppData').update(botToken).digest();
  const hash = createHmac('sha256', secretKey)
    .update(sorted.map(([k, v]) => `${k}=${v}`).join('\n'))
    .digest('hex');
  const params = new URLSearchParams(fields);
  params.set('hash', hash);
  return params.toString();
}
