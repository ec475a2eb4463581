import { parseArgs } from 'node:util';
import { translate, type MessageKey } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';

/** One option of a command, as parseArgs reads it and as its help shows it. */
export interface OptionUsage {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** What the value looks like in the help (`YYYY-MM-DD`, `FILE`, `city|county`). */
  value?: string;
  help: MessageKey;
}

/**
 * A command of the command line as its usage and help show it. Adding a command is one entry in
 * COMMANDS: the overall usage, `help COMMAND`, `COMMAND --help` and the argument checks read it.
 */
export interface CommandUsage {
  /** The command words: `summary`, `chamber add`. */
  name: string;
  /** What follows the command words in the usage line. */
  synopsis: string;
  about: MessageKey;
  options: Record<string, OptionUsage>;
  /** How many arguments may follow the command words: [fewest, most]. */
  positionals: [number, number];
}

/** Every command accepts these. */
const COMMON: Record<string, OptionUsage> = {
  lang: { type: 'string', value: 'zh-CN|zh-TW|en', help: 'cli.opt.lang' },
  help: { type: 'boolean', short: 'h', help: 'cli.opt.help' },
};

const LANG_SYNOPSIS = '[--lang zh-CN|zh-TW|en]';

function command(
  name: string,
  synopsis: string,
  about: MessageKey,
  options: Record<string, OptionUsage> = {},
  positionals: [number, number] = [0, 0],
): CommandUsage {
  return { name, synopsis, about, options, positionals };
}

const string = (help: MessageKey, value: string, multiple = false): OptionUsage => ({ type: 'string', value, help, multiple });
const flag = (help: MessageKey): OptionUsage => ({ type: 'boolean', help });

export const COMMANDS: CommandUsage[] = [
  command('start', '', 'cli.about.start'),
  command('chat', '[--as member|secretary|official|admin]', 'cli.about.chat', { as: string('cli.opt.as', 'member|secretary|official|admin') }),
  command(
    'parse',
    '[--today YYYY-MM-DD] TEXT | --jsonl [--today YYYY-MM-DD]',
    'cli.about.parse',
    {
      today: string('cli.opt.today', 'YYYY-MM-DD'),
      jsonl: flag('cli.opt.jsonl'),
    },
    [0, Infinity],
  ),
  command('migrate', '', 'cli.about.migrate'),
  command('seed', '--demo', 'cli.about.seed', { demo: flag('cli.opt.demo') }),
  command(
    'chamber add',
    'NAME [--level city|county] [--status active|preparing]',
    'cli.about.chamberAdd',
    {
      level: string('cli.opt.level', 'city|county'),
      status: string('cli.opt.status', 'active|preparing'),
    },
    [1, Infinity],
  ),
  command('chamber list', '', 'cli.about.chamberList'),
  command('chamber rename', 'NAME NEW-NAME', 'cli.about.chamberRename', {}, [2, 2]),
  command('chamber status', 'NAME active|preparing', 'cli.about.chamberStatus', {}, [2, 2]),
  command('chamber merge', 'MERGED-AWAY KEPT', 'cli.about.chamberMerge', {}, [2, 2]),
  command('role', 'PERSON ROLE [--chamber NAME]', 'cli.about.role', { chamber: string('cli.opt.roleChamber', 'NAME') }, [2, Infinity]),
  command('member remove', 'PERSON', 'cli.about.memberRemove', {}, [1, Infinity]),
  command('members', '[--chamber NAME]', 'cli.about.members', { chamber: string('cli.opt.membersChamber', 'NAME') }),
  command('invite', '--role ROLE [--chamber NAME] [--uses N] [--days N]', 'cli.about.invite', {
    role: string('cli.opt.role', 'member|secretary|official|admin'),
    chamber: string('cli.opt.inviteChamber', 'NAME'),
    uses: string('cli.opt.uses', 'N'),
    days: string('cli.opt.days', 'N'),
  }),
  command('summary', `[--from YYYY-MM-DD --to YYYY-MM-DD] [--chamber NAME] [--json | --xlsx FILE | --png FILE] ${LANG_SYNOPSIS}`, 'cli.about.summary', {
    from: string('cli.opt.from', 'YYYY-MM-DD'),
    to: string('cli.opt.to', 'YYYY-MM-DD'),
    chamber: string('cli.opt.scopeChamber', 'NAME'),
    json: flag('cli.opt.json'),
    xlsx: string('cli.opt.xlsx', 'FILE'),
    png: string('cli.opt.png', 'FILE'),
  }),
  command(
    'import',
    `leads|events|projects|policies FILE [--skip-invalid] [--create-chambers] [--dry-run] ${LANG_SYNOPSIS}`,
    'cli.about.import',
    {
      'skip-invalid': flag('cli.opt.skipInvalid'),
      'create-chambers': flag('cli.opt.createChambers'),
      'dry-run': flag('cli.opt.dryRun'),
    },
    [2, 2],
  ),
  command('jobs list', '', 'cli.about.jobsList'),
  command(
    'jobs run',
    'digest|reminders|nudge|summary|housekeeping [--period KEY] [--force]',
    'cli.about.jobsRun',
    {
      period: string('cli.opt.period', 'KEY'),
      force: flag('cli.opt.force'),
    },
    [1, 1],
  ),
  command('backup', 'FILE', 'cli.about.backup', {}, [1, 1]),
  command('restore', 'FILE [--force]', 'cli.about.restore', { force: flag('cli.opt.restoreForce') }, [1, 1]),
  command('outbox status', '', 'cli.about.outboxStatus'),
  command('outbox retry-unknown', '[--id N …]', 'cli.about.outboxRetry', { id: string('cli.opt.id', 'N', true) }),
];

/** A mistake in how a command was called: printed with that command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command words whose usage to show (`summary`, `chamber`); the overall usage when absent. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** The commands `words` names: one (`chamber add`) or a family (`chamber`); none when unknown. */
export function commandsNamed(words: string): CommandUsage[] {
  const exact = COMMANDS.filter((c) => c.name === words);
  return exact.length ? exact : COMMANDS.filter((c) => c.name.split(' ')[0] === words.split(' ')[0]);
}

function usageLine(c: CommandUsage): string {
  return `  chamber-bot ${c.name}${c.synopsis ? ` ${c.synopsis}` : ''}`;
}

/** Every command with what it does: `chamber-bot` alone, or `help`. */
export function overallUsage(lang: Language): string {
  const lines = [translate(lang, 'cli.title'), '', translate(lang, 'cli.usage')];
  for (const c of COMMANDS) lines.push(usageLine(c), `      ${translate(lang, c.about)}`);
  lines.push('', translate(lang, 'cli.more'), '');
  return lines.join('\n');
}

/** The usage lines of the commands `words` names (shown with a mistake). */
export function usageOf(words: string, lang: Language): string {
  const named = commandsNamed(words);
  if (named.length === 0) return overallUsage(lang);
  return [translate(lang, 'cli.usage'), ...named.map(usageLine), ''].join('\n');
}

/** `COMMAND --help`: the usage, what it does, and every option. */
export function commandHelp(words: string, lang: Language): string {
  const named = commandsNamed(words);
  if (named.length === 0) return overallUsage(lang);
  const lines: string[] = [];
  for (const c of named) {
    lines.push(`${translate(lang, 'cli.usage')}`, usageLine(c), `  ${translate(lang, c.about)}`, '', translate(lang, 'cli.options'));
    const options = Object.entries({ ...c.options, ...COMMON }).map(([name, o]) => ({
      flag: `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` ${o.value}` : ''}`,
      help: translate(lang, o.help),
    }));
    const width = Math.max(...options.map((o) => o.flag.length)) + 2;
    for (const o of options) lines.push(`  ${o.flag.padEnd(width)}${o.help}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** What parseArgs read, for options declared as in CommandUsage. */
export type ParsedOptions = Record<string, string | boolean | string[] | undefined>;

/**
 * Reads a command's arguments (those after its command words) against its usage: an unknown
 * option, a missing value, a stray or a missing argument is a UsageError that says which.
 */
export function parseCommand(
  name: string,
  args: string[],
  lang: Language,
  /** What to add when the first stray argument means something elsewhere (a period in the chat's words). */
  hint?: (stray: string) => string | undefined,
): { values: ParsedOptions; positionals: string[] } {
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec) throw new Error(`no usage for command ${name}`);
  const options = Object.fromEntries(
    Object.entries({ ...spec.options, ...COMMON }).map(([key, o]) => [
      key,
      { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.short ? { short: o.short } : {}) },
    ]),
  );
  let parsed: { values: ParsedOptions; positionals: string[] };
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (error) {
    throw new UsageError(argumentProblem(error, spec.name, lang), spec.name);
  }
  const [fewest, most] = spec.positionals;
  if (parsed.positionals.length > most) {
    const strays = parsed.positionals.slice(most);
    const message = translate(lang, 'cli.error.stray', { args: strays.map((p) => `「${p}」`).join(' ') });
    const help = hint?.(strays[0]);
    throw new UsageError(help ? `${message}\n${help}` : message, spec.name);
  }
  if (parsed.positionals.length < fewest) throw new UsageError(translate(lang, 'cli.error.missing'), spec.name);
  return parsed;
}

function argumentProblem(error: unknown, command: string, lang: Language): string {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message ?? '';
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return translate(lang, 'cli.error.unknownOption', { command, option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return translate(lang, /does not take/.test(message) ? 'cli.error.noValue' : 'cli.error.missingValue', { option });
  }
  throw error;
}

/** Whether the words ask for help (`--help`, `-h`) before any `--`. */
export function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}
