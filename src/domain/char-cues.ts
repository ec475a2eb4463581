/**
 * Cues: which of a reader's cue characters a text holds, read in one pass, so that each frame of the reader runs only
 * when the text holds a character that every match of its patterns needs. Most frames find nothing in most reports,
 * and a frame not entered costs nothing, where a gate of its own (an includes, a small pattern) scans the text again.
 *
 * Unlike char-gates, whose 32 bits all readers share, each reader makes its own table: up to 32 cues, each a set of
 * characters, no character in two (a frame that needs any of several cues tests their bits or'ed).
 */
export class CharCues {
  /** Each character's cue, numbered from 1; 0 for a character that is no cue. */
  private readonly cueOf = new Uint8Array(0x10000);
  private count = 0;

  /** A cue that a text holds when it holds any of `chars`: its bit. */
  cue(chars: string): number {
    if (this.count === 32) throw new Error('char-cues: no bit left for another cue');
    this.count++;
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i);
      if (this.cueOf[code] !== 0) throw new Error(`char-cues: ${chars[i]} is in two cues`);
      this.cueOf[code] = this.count;
    }
    return 1 << (this.count - 1);
  }

  /** The cues `text` holds, their bits or'ed. */
  of(text: string): number {
    let held = 0;
    for (let i = 0; i < text.length; i++) {
      const cue = this.cueOf[text.charCodeAt(i)];
      if (cue !== 0) held |= 1 << (cue - 1);
    }
    return held;
  }
}
