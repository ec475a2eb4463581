/**
 * Scanning for a long alternation only where a match may open. A table look-up passes the positions no word starts
 * at faster than the regex's own scan does, so a hot pattern is tried, sticky, only at the characters its words open with.
 */

/** A table of the character codes of `chars`: 1 where one stands. */
export function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * The first match of sticky `pattern` in `text` at `from` or after, as a global scan from there finds it, trying the
 * regex only where `opens` says a match may start; null when there is none. A pattern with a branch that opens with
 * any character (any then 業: 桂潤糖業) passes what that branch's second character may be as `seconds`: the regex is
 * tried too where the next character is one of them.
 */
export function nextMatchAt(text: string, pattern: RegExp, opens: Uint8Array, from: number, seconds?: Uint8Array): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    if (opens[text.charCodeAt(i)] !== 1 && seconds?.[text.charCodeAt(i + 1)] !== 1) continue;
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (match) return match;
  }
  return null;
}

/**
 * Each match of sticky `pattern` in `text`, left to right and not overlapping, as a global scan finds them, trying the
 * regex only where `opens` says a match may start. The pattern must match no empty string.
 */
export function forEachMatchAt(text: string, pattern: RegExp, opens: Uint8Array, found: (match: RegExpExecArray) => void): void {
  for (let match = nextMatchAt(text, pattern, opens, 0); match; match = nextMatchAt(text, pattern, opens, match.index + match[0].length)) found(match);
}
