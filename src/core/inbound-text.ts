import type { Inbound } from './messages.ts';

// PostgreSQL refuses NUL in text (and in jsonb), and a lone UTF-16 surrogate is not text at all;
// both arrive from broken clients and forged updates, and neither means anything to a reader.
const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as the database can keep it: NUL dropped, a lone surrogate shown as U+FFFD, the rest as typed. */
export function storableText(text: string): string {
  return text.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * The update with every string the core may store made storable, so a stray NUL costs the
 * user nothing: the report is read and saved without it instead of failing the whole update.
 */
export function storableInbound(inbound: Inbound): Inbound {
  const { chat, user } = inbound;
  return {
    ...inbound,
    updateId: storableText(inbound.updateId),
    chat: { ...chat, id: storableText(chat.id), ...(chat.title !== undefined ? { title: storableText(chat.title) } : {}) },
    user: { ...user, id: storableText(user.id), name: storableText(user.name) },
    ...(inbound.text !== undefined ? { text: storableText(inbound.text) } : {}),
    ...(inbound.action !== undefined ? { action: storableText(inbound.action) } : {}),
  };
}
