import type { Command } from './context.ts';

export interface CommandCall {
  command: Command;
  /** What followed the command word, trimmed. */
  args: string;
}

export interface CommandTable {
  /** The command named at the start of the text, `unknown` for /anything else, or null for plain text. */
  match(text: string): CommandCall | { unknown: string } | null;
}

/**
 * Commands start with a slash (`/lead …`, `/lead@bot …`) or, for the Chinese aliases, with
 * the bare word followed by a space (`線索 …`), since that is how people type them.
 */
export function commandTable(commands: Command[]): CommandTable {
  const byWord = new Map<string, Command>();
  const bareAliases = new Map<string, Command>();
  for (const command of commands) {
    byWord.set(command.name.toLowerCase(), command);
    for (const alias of command.aliases ?? []) {
      byWord.set(alias.toLowerCase(), command);
      if (!/^[a-z]/i.test(alias)) bareAliases.set(alias, command);
    }
  }
  return {
    match(text) {
      const slash = /^\/([^\s@]+)(?:@\S+)?(?:\s+([\s\S]*))?$/.exec(text);
      if (slash) {
        const command = byWord.get(slash[1].toLowerCase());
        if (!command) return { unknown: `/${slash[1]}` };
        return { command, args: (slash[2] ?? '').trim() };
      }
      const bare = /^(\S+)(?:\s+([\s\S]*))?$/.exec(text);
      const command = bare ? bareAliases.get(bare[1]) : undefined;
      if (bare && command) return { command, args: (bare[2] ?? '').trim() };
      return null;
    },
  };
}
