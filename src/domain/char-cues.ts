/**
 * Cues: which of a reader's cue characters a text holds, read in one pass, so that each frame of the reader runs only
 * when the text holds a character that every match of its patterns needs. Most frames find nothing in most reports,
 * and a frame not entered costs nothing, where a gate of its own (an includes, a small pattern) scans the text again.
 *
 * Each reader that gates its frames makes its own table of up to 32 cues (char-gates.ts holds the one the readers
 * share); a cue is a set of characters, and a character may stand in several cues.
 */
export class CharCues {
  /** Each character's cues, a bit each. */
  private readonly bitsOf = new Int32Array(0x10000);
  private count = 0;
  /** The text cues were last read for, and the cues it holds: a reader's frames ask of one report in turn. */
  private heldText = '';
  private held = 0;

  /** A cue that a text holds when it holds any of `chars`: its bit. */
  cue(chars: string): number {
    if (this.count === 32) throw new Error('char-cues: no bit left for another cue');
    const bit = 1 << this.count++;
    for (let i = 0; i < chars.length; i++) this.bitsOf[chars.charCodeAt(i)] |= bit;
    // A text read before this cue was made holds it unread.
    this.heldText = '';
    return bit;
  }

  /** The cues `text` holds, their bits or'ed. */
  of(text: string): number {
    let held = 0;
    for (let i = 0; i < text.length; i++) held |= this.bitsOf[text.charCodeAt(i)];
    return held;
  }

  /** Whether `text` holds one of `cues` (a cue, or several or'ed); the text's cues are read once for all its frames. */
  holds(text: string, cues: number): boolean {
    if (text !== this.heldText) {
      this.held = this.of(text);
      this.heldText = text;
    }
    return (this.held & cues) !== 0;
  }
}
