import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Core } from '../../core/conversation.ts';
import type { Button, Inbound, Outbound } from '../../core/messages.ts';
import { DEMO_USERS } from '../../core/demo-data.ts';
import type { Role } from '../../domain/permissions.ts';

export const CONSOLE_PLATFORM = 'console';

export interface ConsoleChatOptions {
  core: Core;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  role: Role;
  /** Show a prompt and a greeting (an interactive terminal) or only the replies (scripts). */
  interactive: boolean;
  /** Where images and files the bot sends are written, since a terminal cannot show them. */
  filesDir: string;
}

/**
 * The terminal as a chat platform: each line is a message, buttons are numbered choices
 * (type the number to press one), and `/as ROLE` switches between the demo users.
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { core, output } = options;
  let user = userFor(options.role);
  let buttons: Button[] = [];
  const write = (text: string) => output.write(`${text}\n`);

  const render = (replies: Outbound[]) => {
    for (const reply of replies) {
      write(terminalSafe(reply.text));
      if (reply.image) write(`[image] ${save(options.filesDir, 'chart.png', reply.image.png)}`);
      if (reply.file) write(`[file] ${save(options.filesDir, reply.file.name, reply.file.data)}`);
      const rows = reply.buttons ?? [];
      if (rows.length > 0) {
        buttons = rows.flat();
        write(buttons.map((b, i) => `  [${i + 1}] ${terminalSafe(b.label)}`).join(''));
      }
      write('');
    }
  };

  const lines = createInterface({ input: options.input, terminal: false });
  const prompt = () => {
    if (options.interactive) output.write(`${user.name}(${user.role})> `);
  };
  if (options.interactive) {
    write('chamber-bot — 終端對話。直接輸入消息；按鈕以 [編號] 顯示，輸入編號即按下；/as member|secretary|official|admin 切換身份；Ctrl-D 退出。\n');
  }
  prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      prompt();
      continue;
    }
    const as = /^\/as\s+(\w+)$/.exec(line);
    if (as) {
      const role = DEMO_USERS.find((u) => u.role === as[1]);
      if (role) {
        user = userFor(role.role);
        buttons = [];
        write(`→ ${user.name} (${user.role})\n`);
      } else {
        write(`/as member|secretary|official|admin\n`);
      }
      prompt();
      continue;
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
    prompt();
  }
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

function userFor(role: Role) {
  return DEMO_USERS.find((u) => u.role === role) ?? DEMO_USERS[0];
}

function save(dir: string, name: string, data: Uint8Array): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${Date.now()}-${name.replace(/[^\w.\u4e00-\u9fff-]/g, '_')}`);
  writeFileSync(path, data);
  return path;
}
