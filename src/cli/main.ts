import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { AdminError } from '../core/admin.ts';
import { isLang, translate } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import { coreCommands } from './core-commands.ts';
import { reportCommands } from './report-commands.ts';
import { jobsCommands } from './jobs-commands.ts';
import { importCommands } from './import-commands.ts';
import type { CliIo, Handler } from './support.ts';
import { peopleCommands } from './people-commands.ts';
import { backupCommands } from './backup-commands.ts';
import { asksForHelp, commandHelp, commandsNamed, overallUsage, usageOf, UsageError } from './usage.ts';

const commands: Record<string, Handler> = { ...coreCommands, ...reportCommands, ...jobsCommands, ...importCommands, ...peopleCommands, ...backupCommands };

/**
 * `--lang X` (or `--lang=X`) anywhere before `--`: the language of everything the command says,
 * taken out of the words so that it may come first (`chamber-bot --lang en help`).
 */
function takeLang(argv: string[]): { lang: Language; words: string[] } {
  const end = argv.indexOf('--') < 0 ? argv.length : argv.indexOf('--');
  for (let i = 0; i < end; i++) {
    const joined = argv[i].startsWith('--lang=');
    if (argv[i] !== '--lang' && !joined) continue;
    const value = joined ? argv[i].slice(7) : argv[i + 1];
    if (value === undefined || !isLang(value)) {
      throw new UsageError(translate('zh-CN', 'cli.error.oneOf', { option: '--lang', values: 'zh-CN, zh-TW, en' }), argv[0]);
    }
    return { lang: value, words: [...argv.slice(0, i), ...argv.slice(joined ? i + 1 : i + 2)] };
  }
  return { lang: 'zh-CN', words: argv };
}

/** The command words that name a usage: `chamber add` when the family has sub-commands, else `summary`. */
function wordsOf(name: string, args: string[]): string {
  const sub = args[0] && !args[0].startsWith('-') ? `${name} ${args[0]}` : name;
  return commandsNamed(sub).length === 1 ? commandsNamed(sub)[0].name : name;
}

/** The environment with `.env` (in the working directory) under it: variables already set win over the file. */
function environment(io: CliIo): NodeJS.ProcessEnv {
  const file = resolve(io.cwd, '.env');
  return existsSync(file) ? { ...parseEnv(readFileSync(file, 'utf8')), ...io.env } : io.env;
}

/** What the error report needs to know of a command that failed: its language and environment. */
interface Known {
  lang: Language;
  env: NodeJS.ProcessEnv;
}

async function dispatch(argv: string[], io: CliIo, known: Known): Promise<number> {
  const taken = takeLang(argv);
  const lang = (known.lang = taken.lang);
  const [name, ...args] = taken.words;
  if (!name || name === '--help' || name === '-h' || (name === 'help' && args.length === 0)) {
    io.stdout.write(overallUsage(lang));
    return name ? 0 : 1;
  }
  if (name === 'help') {
    const words = args.filter((a) => !a.startsWith('-')).join(' ');
    if (commandsNamed(words).length === 0) throw new UsageError(translate(lang, 'cli.error.unknownCommand', { command: words }));
    io.stdout.write(commandHelp(words, lang));
    return 0;
  }
  const handler = commands[name];
  if (!handler) throw new UsageError(translate(lang, 'cli.error.unknownCommand', { command: name }));
  if (asksForHelp(args)) {
    io.stdout.write(commandHelp(wordsOf(name, args), lang));
    return 0;
  }
  const env = (known.env = environment(io));
  let config: Config | undefined;
  // DATA_DIR is relative to the working directory the command was given, not to the process's.
  const loaded = () => {
    const read = loadConfig(env);
    return { ...read, DATA_DIR: resolve(io.cwd, read.DATA_DIR) };
  };
  return handler(args, () => (config ??= loaded()), { lang, command: name, io: { ...io, env } });
}

/**
 * Runs one command line (`argv` without the program) against `io`, as the binary does with the
 * process's own streams, environment and directory: the exit code, or -1 when the command keeps
 * running (the bot). What a person did wrong is said on stderr, never thrown.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const known: Known = { lang: 'zh-CN', env: io.env };
  try {
    return await dispatch(argv, io, known);
  } catch (error) {
    const { lang, env } = known;
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${error.command ? usageOf(error.command, lang) : overallUsage(lang)}`);
      return 2;
    }
    if (error instanceof AdminError || error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    const detail = /^(debug|trace)$/.test(env.LOG_LEVEL ?? '') ? (error as Error)?.stack : undefined;
    const problem = error as NodeJS.ErrnoException;
    const message =
      problem?.path && problem.code ? translate(lang, 'cli.error.file', { file: problem.path, reason: problem.code }) : String(problem?.message ?? error);
    io.stderr.write(`${detail ?? translate(lang, 'cli.error.unexpected', { message })}\n`);
    return 1;
  }
}
