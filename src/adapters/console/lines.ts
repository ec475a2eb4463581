import { createInterface } from 'node:readline';

export interface MessageReaderOptions {
  /**
   * Lines that arrive within this many milliseconds of a message's first line are part of it: a
   * paste reaches the terminal as one chunk of several lines, typing never does. 0: every line is a
   * message of its own (scripts, where a whole file arrives at once).
   */
  pasteWindowMs: number;
  /** Called when a line ended with `\` and the message goes on (an interactive prompt redraws). */
  onContinue?: () => void;
}

/**
 * The messages typed (or pasted) into the terminal chat. A line ending with `\` continues on the
 * next line; in interactive use, lines pasted together are one message. Lines keep their breaks.
 */
export async function* readMessages(input: NodeJS.ReadableStream, options: MessageReaderOptions): AsyncGenerator<string> {
  const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const ready: string[] = [];
  let current: string[] = [];
  let continues = false;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };

  const complete = () => {
    timer = undefined;
    if (continues || current.length === 0) return;
    ready.push(current.join('\n'));
    current = [];
    notify();
  };

  lines.on('line', (line: string) => {
    continues = line.endsWith('\\');
    current.push(continues ? line.slice(0, -1) : line);
    if (continues) options.onContinue?.();
    if (options.pasteWindowMs <= 0) complete();
    else timer ??= setTimeout(complete, options.pasteWindowMs);
  });
  lines.on('close', () => {
    clearTimeout(timer);
    continues = false;
    complete();
    closed = true;
    notify();
  });

  for (;;) {
    const next = ready.shift();
    if (next !== undefined) {
      yield next;
      continue;
    }
    if (closed) return;
    await new Promise<void>((resolve) => (wake = resolve));
  }
}
