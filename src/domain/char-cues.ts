/**
 * Cues: which of a reader's cue characters a text holds, read in one pass, so that each frame of the reader runs only
 * when the text holds a character that every match of its patterns needs. Most frames find nothing in most reports,
 * and a frame not entered costs nothing, where a gate of its own (an includes, a small pattern) scans the text again.
 *
 * Each reader that gates its frames makes its own table of up to 32 cues (char-gates.ts holds the one the readers
 * share); a cue is a set of characters, and a character may stand in several cues.
 *
 * The readers' tables (char-gates' and three readers' own) share one array, a character's bits of each table side by side in one
 * cache line: one pass over a text reads them all, and a reader asking of the text another has asked of reads no character again.
 */
import { CODE_BITS, CODE_STRIDE, CUE_LANES } from './sticky-scan.ts';
const SHARED = CUE_LANES;
// readShared reads one lane per shared table, unrolled: a fifth table needs a fifth lane there.
if (SHARED !== 4) throw new Error('char-cues: readShared reads four shared tables');
/** The shared tables' lanes are the first of each code unit's run in CODE_BITS, beside its code tables' bits (sticky-scan.ts). */
const sharedBits = CODE_BITS;
let sharedTables = 0;
/** The text the shared tables were last read for, and its cues in each. */
let sharedText = '';
const sharedHeld = new Int32Array(SHARED);

/** The cues of each shared table `text` holds, read in one pass. */
function readShared(text: string): void {
  let held0 = 0;
  let held1 = 0;
  let held2 = 0;
  let held3 = 0;
  for (let i = 0; i < text.length; i++) {
    const at = text.charCodeAt(i) * CODE_STRIDE;
    held0 |= sharedBits[at];
    held1 |= sharedBits[at + 1];
    held2 |= sharedBits[at + 2];
    held3 |= sharedBits[at + 3];
  }
  sharedHeld[0] = held0;
  sharedHeld[1] = held1;
  sharedHeld[2] = held2;
  sharedHeld[3] = held3;
  sharedText = text;
}

/** A text read before a cue was made holds it unread: the empty text, which holds no cue, stands for none read. */
function forgetShared(): void {
  sharedText = '';
  sharedHeld.fill(0);
}

/** The tables in the shared lanes, in lane order: the first SHARED made (the parser's, unless a test made one first). */
const sharedCues: CharCues[] = [];
export function sharedCueTables(): readonly CharCues[] {
  return sharedCues;
}

export class CharCues {
  /** Each character's cues, a bit each: in the shared array at `slot` (the first SHARED tables made), or a table of its own. */
  private readonly slot: number;
  private readonly bitsOf: Int32Array | null;
  private count = 0;
  /** The text cues were last read for, and the cues it holds (a table of its own only). */
  private heldText = '';
  private held = 0;

  /** The lane of CODE_BITS this table's bits are in (0 to CUE_LANES - 1), or -1 for a table of its own. */
  get lane(): number {
    return this.slot;
  }

  constructor() {
    this.slot = sharedTables < SHARED ? sharedTables++ : -1;
    this.bitsOf = this.slot < 0 ? new Int32Array(0x10000) : null;
    if (this.slot >= 0) sharedCues.push(this);
  }

  /**
   * A cue that a text holds when it holds any of `chars` (not U+0000: in a shared table its bits would be unit 0's run
   * of CODE_BITS, which a read past a text's end gets): its bit.
   */
  cue(chars: string): number {
    if (this.count === 32) throw new Error('char-cues: no bit left for another cue');
    if (chars.includes('\u0000')) throw new Error('char-cues: U+0000 stands for no character and is in no cue');
    const bit = 1 << this.count++;
    const { bitsOf, slot } = this;
    if (bitsOf) for (let i = 0; i < chars.length; i++) bitsOf[chars.charCodeAt(i)] |= bit;
    else for (let i = 0; i < chars.length; i++) sharedBits[chars.charCodeAt(i) * CODE_STRIDE + slot] |= bit;
    // A text read before this cue was made holds it unread.
    this.heldText = '';
    this.held = 0;
    if (!bitsOf) forgetShared();
    return bit;
  }

  /** The cues `text` holds, their bits or'ed. */
  of(text: string): number {
    if (this.bitsOf) return this.heldIn(text);
    if (text !== sharedText) readShared(text);
    return sharedHeld[this.slot];
  }

  /** Whether `text` holds one of `cues` (a cue, or several or'ed); the text's cues are read once for all its frames. */
  holds(text: string, cues: number): boolean {
    return (this.of(text) & cues) !== 0;
  }

  /** The cues `text` holds in a table of its own, read once for all its frames. */
  private heldIn(text: string): number {
    const bitsOf = this.bitsOf as Int32Array;
    if (text !== this.heldText) {
      let held = 0;
      for (let i = 0; i < text.length; i++) held |= bitsOf[text.charCodeAt(i)];
      this.held = held;
      this.heldText = text;
    }
    return this.held;
  }
}
