/**
 * A value as JSON text that PostgreSQL's json and jsonb accept. JSON.stringify writes a lone
 * UTF-16 surrogate (half of an emoji cut by a length limit, or sent by a broken client) as a
 * `\udXXX` escape, and PostgreSQL refuses that escape: the whole statement fails. Such a half
 * character means nothing to a reader, so it becomes U+FFFD. (JSON.stringify writes whole pairs
 * as the characters themselves, so every surrogate escape it writes is a lone one; an escaped
 * backslash before `u` is text, not an escape, and is left alone.)
 */
const LONE_SURROGATE_ESCAPE = /(?<!\\)((?:\\\\)*)\\u[dD][89a-fA-F][0-9a-fA-F]{2}/g;

export function jsonb(value: unknown): string {
  return JSON.stringify(value).replace(LONE_SURROGATE_ESCAPE, '$1\\ufffd');
}
