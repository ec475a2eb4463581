import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../core/conversation.ts';
import type { Button, Inbound, Outbound } from '../../core/messages.ts';
import { DEMO_PLATFORM, DEMO_USERS } from '../../core/demo-data.ts';
import type { Role } from '../../domain/permissions.ts';
import { translate } from '../../i18n/index.ts';
import type { Language } from '../../domain/language.ts';
import type { PlatformAdapter, PushResult } from '../platform.ts';
import { readMessages } from './lines.ts';

export const CONSOLE_PLATFORM = DEMO_PLATFORM;

/** How close together pasted lines arrive (one chunk of input) and typed lines never do. */
const PASTE_WINDOW_MS = 15;

export interface ConsoleChatOptions {
  core: Core;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  role: Role;
  /** Show a prompt and a greeting, and read pasted lines as one message (an interactive terminal), or only the replies (scripts). */
  interactive: boolean;
  /** Where images and files the bot sends are written, since a terminal cannot show them. */
  filesDir: string;
  /** The language of the terminal's own lines (the bot's replies follow each member's language). */
  lang?: Language;
}

export interface ConsoleChat {
  /** The terminal as a platform the outbox sender pushes to: demo users' chat ids are their user ids. */
  readonly adapter: PlatformAdapter;
  /** Reads messages until the input ends. */
  run(): Promise<void>;
}

type DemoUser = (typeof DEMO_USERS)[number];

/**
 * The terminal as a chat platform: each message is a line (or lines pasted together), buttons are
 * numbered choices (type the number to press one), and `/as ROLE` switches between the demo users.
 * Pushes (reminders, digests, notices) appear as they are sent to the user at the keyboard; those for
 * another demo user wait until `/as` switches to them, and are shown at the end if nobody does.
 */
export function createConsoleChat(options: ConsoleChatOptions): ConsoleChat {
  const { core, output } = options;
  const lang = options.lang ?? 'zh-CN';
  let user = userFor(options.role);
  let buttons: Button[] = [];
  /** While a message is being answered, pushes for the user wait so replies are not interleaved. */
  let busy = false;
  let ended = false;
  const waiting = new Map<string, Outbound[]>();
  const write = (text: string) => output.write(`${text}\n`);

  const render = (replies: Outbound[]) => {
    for (const reply of replies) {
      write(terminalSafe(reply.text));
      if (reply.image) write(`[image] ${save(options.filesDir, 'chart.png', reply.image.png)}`);
      if (reply.file) write(`[file] ${save(options.filesDir, reply.file.name, reply.file.data)}`);
      // A link button's address is in the text already: the terminal shows it there.
      const rows = (reply.buttons ?? []).map((row) => row.filter((b) => !b.link)).filter((row) => row.length > 0);
      if (rows.length > 0) {
        buttons = rows.flat();
        write(buttons.map((b, i) => `  [${i + 1}] ${terminalSafe(b.label)}`).join(''));
      }
      write('');
    }
  };
  const prompt = () => {
    if (options.interactive) output.write(`${user.name}(${user.role})> `);
  };
  const showWaiting = (userId: string, key: 'terminal.pushed' | 'terminal.arrived') => {
    const held = waiting.get(userId) ?? [];
    if (held.length === 0) return;
    waiting.delete(userId);
    const name = DEMO_USERS.find((u) => u.userId === userId)?.name ?? userId;
    write(translate(lang, key, { count: held.length, name }));
    render(held);
  };

  const adapter: PlatformAdapter = {
    platform: CONSOLE_PLATFORM,
    routes: [],
    async start() {},
    async stop() {},
    async push(chatId: string, outbound: Outbound): Promise<PushResult> {
      // Once the chat has ended nobody can read it: the row stays in the outbox for the next start.
      if (ended) return { ok: false, reason: 'error', detail: 'the terminal chat has ended' };
      waiting.set(chatId, [...(waiting.get(chatId) ?? []), outbound]);
      if (chatId === user.userId && !busy) {
        if (options.interactive) write('');
        showWaiting(user.userId, 'terminal.pushed');
        prompt();
      }
      return { ok: true, messageId: `console-${randomUUID()}` };
    },
  };

  async function handle(text: string): Promise<void> {
    const line = text.trim();
    if (line === '') return;
    const as = /^\/as\s+(\w+)$/.exec(line);
    if (as) {
      const next = DEMO_USERS.find((u) => u.role === as[1]);
      if (!next) {
        write(`${translate(lang, 'terminal.asUsage')}\n`);
        return;
      }
      user = next;
      buttons = [];
      write(`${translate(lang, 'terminal.switched', { name: user.name, role: user.role })}\n`);
      showWaiting(user.userId, 'terminal.arrived');
      return;
    }
    const pressed = /^\d{1,2}$/.test(line) ? buttons[Number(line) - 1] : undefined;
    const inbound: Inbound = {
      platform: CONSOLE_PLATFORM,
      updateId: randomUUID(),
      chat: { id: `console:${user.userId}`, type: 'private' },
      user: { id: user.userId, name: user.name },
      ...(pressed ? { action: pressed.action } : { text: line }),
    };
    const result = await core.handle(inbound);
    render(result.replies);
    showWaiting(user.userId, 'terminal.pushed');
  }

  return {
    adapter,
    async run() {
      if (options.interactive) write(`${translate(lang, 'terminal.greeting')}\n`);
      prompt();
      const messages = readMessages(options.input, {
        pasteWindowMs: options.interactive ? PASTE_WINDOW_MS : 0,
        onContinue: () => options.interactive && output.write('... '),
      });
      for await (const text of messages) {
        busy = true;
        try {
          await handle(text);
        } finally {
          busy = false;
        }
        prompt();
      }
      ended = true;
      // Pushes nobody switched to are still shown: the terminal is the only place they arrived.
      for (const userId of [...waiting.keys()]) showWaiting(userId, 'terminal.arrived');
    },
  };
}

// C0 controls but tab and newline, DEL, and C1 controls (which some terminals read as CSI, OSC…).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text as a terminal shows it without obeying it. Replies quote what members typed on other
 * platforms, where an escape sequence is only text; written raw here it could clear the screen,
 * retitle the window or hide the lines before it (a carriage return). Each control character is
 * shown as its Unicode control picture (ESC as ␛) or, past the C0 range, as \u escape.
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** The terminal chat without pushes (`chamber-bot chat`, scripts). */
export function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  return createConsoleChat(options).run();
}

function userFor(role: Role): DemoUser {
  return DEMO_USERS.find((u) => u.role === role) ?? DEMO_USERS[0];
}

function save(dir: string, name: string, data: Uint8Array): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${Date.now()}-${name.replace(/[^\w.\u4e00-\u9fff-]/g, '_')}`);
  writeFileSync(path, data);
  return path;
}
