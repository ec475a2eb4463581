import { CharCues } from './char-cues.ts';

/**
 * Gates: a reader runs only when the text holds a character its matches need (a 改 for a place moved to, the last
 * character of a suffix). Each gate is a bit, and a table gives every character its gates' bits: one pass over the text
 * answers every gate of every reader, where a regex or an includes scanned the whole text for each.
 */

/** The gates every reader may ask of: a table of cues shared by all, so that one pass answers them all. */
const GATES = new CharCues();

/** A gate that a text holds when it holds any of `chars`. */
export function charGate(chars: string): number {
  return GATES.cue(chars);
}

/** Whether `text` holds a character of one of `gates` (a gate, or several or'ed). */
export function holds(text: string, gates: number): boolean {
  return GATES.holds(text, gates);
}

/** A letter of an English word: English patterns are tried only in a text that holds one (as /[a-z]/ tells). */
export const LATIN_LETTER = charGate('abcdefghijklmnopqrstuvwxyz');

/** A Chinese character (as /[\u4e00-\u9fff]/ tells). */
export const CJK_CHAR = charGate(String.fromCharCode(...Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, n) => 0x4e00 + n)));
