// The dashboard's data API (contract: /work/briefs/dash-contract.md). Every call carries the
// session cookie; the server checks role and chamber on each.

export const BASE = '/dashboard';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** `params` without empty values, as a query string ('' when none). */
export function query(params = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function call(path, init) {
  let answer;
  try {
    answer = await fetch(`${BASE}${path}`, { credentials: 'same-origin', headers: { accept: 'application/json' }, ...init });
  } catch {
    throw new ApiError(0, '');
  }
  let body = null;
  try {
    body = await answer.json();
  } catch {
    // A proxy's HTML page or an empty body: the status still says what happened.
  }
  if (!answer.ok) throw new ApiError(answer.status, typeof body?.error === 'string' ? body.error : `HTTP ${answer.status}`);
  return body;
}

export const api = {
  me: () => call('/api/me'),
  summary: (params) => call(`/api/summary${query(params)}`),
  leads: (params) => call(`/api/leads${query(params)}`),
  lead: (id) => call(`/api/leads/${encodeURIComponent(id)}`),
  events: (params) => call(`/api/events${query(params)}`),
  telegramLogin: (initData) =>
    call('/api/telegram-login', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ initData }),
    }),
  exportUrl: (params) => `${BASE}/export.xlsx${query(params)}`,
};

/** Telegram opens a Mini App with its signed initData in the hash: `#tgWebAppData=<url-encoded>&…`. */
export function telegramInitData(hash = location.hash) {
  if (!hash.includes('tgWebAppData=')) return null;
  return new URLSearchParams(hash.replace(/^#/, '')).get('tgWebAppData');
}
