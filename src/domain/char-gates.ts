/**
 * Gates: a reader runs only when the text holds a character its matches need (a 改 for a place moved to, the last
 * character of a suffix). Each gate is a bit, and a table gives every character its gates' bits: one pass over the text
 * answers every gate of every reader, where a regex or an includes scanned the whole text for each.
 */

const GATE_BITS = new Uint32Array(0x10000);
let gateCount = 0;

/** The text gates were last read for, and the gates it holds: the readers of one report ask of it in turn. */
let gatedText = '';
let heldGates = 0;

/** A gate that a text holds when it holds any of `chars`. */
export function charGate(chars: string): number {
  if (gateCount === 32) throw new Error('char-gates: no bit left for another gate');
  const bit = 1 << gateCount++;
  for (let i = 0; i < chars.length; i++) GATE_BITS[chars.charCodeAt(i)] |= bit;
  // A text read before this gate was made holds it unread.
  gatedText = '';
  return bit;
}

/** Whether `text` holds a character of one of `gates` (a gate, or several or'ed). */
export function holds(text: string, gates: number): boolean {
  if (text !== gatedText) {
    let bits = 0;
    for (let i = 0; i < text.length; i++) bits |= GATE_BITS[text.charCodeAt(i)];
    gatedText = text;
    heldGates = bits;
  }
  return (heldGates & gates) !== 0;
}

/** A letter of an English word: English patterns are tried only in a text that holds one (as /[a-z]/ tells). */
export const LATIN_LETTER = charGate('abcdefghijklmnopqrstuvwxyz');

/** A Chinese character (as /[\u4e00-\u9fff]/ tells). */
export const CJK_CHAR = charGate(String.fromCharCode(...Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, n) => 0x4e00 + n)));
