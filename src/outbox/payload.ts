import { createHash } from 'node:crypto';
import { platformNamed } from '../adapters/registry.ts';
import type { Button, Outbound } from '../core/messages.ts';
import { jsonb } from '../db/json.ts';

/** An Outbound as the outbox keeps it: JSON, with images and files as base64. */
interface StoredOutbound {
  text: string;
  buttons?: Button[][];
  image?: { png: string; caption?: string };
  file?: { name: string; data: string; mime: string };
}

export function storeOutbound(outbound: Outbound): string {
  const stored: StoredOutbound = { text: outbound.text };
  if (outbound.buttons?.length) stored.buttons = outbound.buttons;
  if (outbound.image) stored.image = { png: Buffer.from(outbound.image.png).toString('base64'), caption: outbound.image.caption };
  if (outbound.file) {
    stored.file = { name: outbound.file.name, data: Buffer.from(outbound.file.data).toString('base64'), mime: outbound.file.mime };
  }
  return jsonb(stored);
}

export function loadOutbound(payload: unknown): Outbound {
  const stored = (typeof payload === 'string' ? JSON.parse(payload) : payload) as StoredOutbound;
  const outbound: Outbound = { text: stored.text ?? '' };
  if (stored.buttons?.length) outbound.buttons = stored.buttons;
  if (stored.image) outbound.image = { png: new Uint8Array(Buffer.from(stored.image.png, 'base64')), caption: stored.image.caption };
  if (stored.file) {
    outbound.file = { name: stored.file.name, data: new Uint8Array(Buffer.from(stored.file.data, 'base64')), mime: stored.file.mime };
  }
  return outbound;
}

/** The longest text of a platform no descriptor names (tests' fakes). */
const DEFAULT_TEXT_LIMIT = 30_000;

/**
 * How many platform messages a push becomes (text split at the limit, the image, the file): what it
 * costs against the rate limits.
 */
export function pushCost(outbound: Outbound, platform: string): number {
  const limit = platformNamed(platform)?.textLimit ?? DEFAULT_TEXT_LIMIT;
  const textParts = outbound.text ? Math.ceil(outbound.text.length / limit) : 0;
  return Math.max(1, textParts + (outbound.image ? 1 : 0) + (outbound.file ? 1 : 0));
}

/** Lark's `uuid` holds at most 50 characters: longer keys are sent as a digest of themselves. */
export const MAX_IDEMPOTENCY_KEY = 50;

export function idempotencyKeyOf(key: string): string {
  if (key.length <= MAX_IDEMPOTENCY_KEY) return key;
  return `h-${createHash('sha256').update(key).digest('base64url').slice(0, 43)}`;
}
