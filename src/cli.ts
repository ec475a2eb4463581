import { existsSync } from 'node:fs';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { AdminError } from './core/admin.ts';
import { isLang, translate } from './i18n/index.ts';
import type { Language } from './domain/language.ts';
import { coreCommands } from './cli/core-commands.ts';
import { reportCommands } from './cli/report-commands.ts';
import { jobsCommands } from './cli/jobs-commands.ts';
import { importCommands } from './cli/import-commands.ts';
import type { Handler } from './cli/support.ts';
import { peopleCommands } from './cli/people-commands.ts';
import { backupCommands } from './cli/backup-commands.ts';
import { asksForHelp, commandHelp, commandsNamed, overallUsage, usageOf, UsageError } from './cli/usage.ts';

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

let lang: Language = 'zh-CN';

async function main(argv: string[]): Promise<number> {
  const taken = takeLang(argv);
  lang = taken.lang;
  const [name, ...args] = taken.words;
  if (!name || name === '--help' || name === '-h' || (name === 'help' && args.length === 0)) {
    process.stdout.write(overallUsage(lang));
    return name ? 0 : 1;
  }
  if (name === 'help') {
    const words = args.filter((a) => !a.startsWith('-')).join(' ');
    if (commandsNamed(words).length === 0) throw new UsageError(translate(lang, 'cli.error.unknownCommand', { command: words }));
    process.stdout.write(commandHelp(words, lang));
    return 0;
  }
  const handler = commands[name];
  if (!handler) throw new UsageError(translate(lang, 'cli.error.unknownCommand', { command: name }));
  if (asksForHelp(args)) {
    process.stdout.write(commandHelp(wordsOf(name, args), lang));
    return 0;
  }
  // Variables already in the environment win over the file.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: Config | undefined;
  return handler(args, () => (config ??= loadConfig()), { lang });
}

// A reader that went away (`chamber-bot chamber list | head -1`) is not an error: the command
// finishes what it was doing, and what it still prints goes nowhere.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${error.command ? usageOf(error.command, lang) : overallUsage(lang)}`);
      process.exitCode = 2;
    } else if (error instanceof AdminError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
    } else {
      const detail = /^(debug|trace)$/.test(process.env.LOG_LEVEL ?? '') ? (error as Error)?.stack : undefined;
      const problem = error as NodeJS.ErrnoException;
      const message =
        problem?.path && problem.code ? translate(lang, 'cli.error.file', { file: problem.path, reason: problem.code }) : String(problem?.message ?? error);
      process.stderr.write(`${detail ?? translate(lang, 'cli.error.unexpected', { message })}\n`);
      process.exitCode = 1;
    }
  },
);
