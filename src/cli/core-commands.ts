import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { parseReport } from '../domain/report-parser.ts';
import { isValidDate, localDate, localDateTime } from '../domain/calendar.ts';
import { ROLES, type Role } from '../domain/permissions.ts';
import { addChamber, createInvite, listChambers } from '../core/admin.ts';
import { seedDemo } from '../core/demo-data.ts';
import { loadDemoIfWanted } from '../app.ts';
import { runConsoleChat } from '../adapters/console/console-chat.ts';
import { parseCommand } from './usage.ts';
import { say, UsageError, withApp, type CliContext, type Handler } from './support.ts';

/** An option's value that must be one of a few words. */
export function oneOf<T extends string>(cli: CliContext, command: string, option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(say(cli, 'cli.error.oneOf', { option, values: allowed.join(', ') }), command);
  }
  return value as T;
}

/** `chamber add`, `jobs run`: the sub-command of a family, or a usage error listing them. */
export function subcommand(cli: CliContext, family: string, args: string[], subs: readonly string[]): string {
  const sub = args[0];
  if (!sub || !subs.includes(sub)) throw new UsageError(say(cli, 'cli.error.sub', { command: family, subs: subs.join(' | ') }), family);
  return sub;
}

export const coreCommands: Record<string, Handler> = {
  async start(args, config, cli) {
    parseCommand('start', args, cli.lang);
    const { exitOnSignals, startBot } = await import('../main.ts');
    const bot = await startBot(config(), cli.lang, cli.io);
    if (!bot) return 1;
    if (bot.chat) {
      await bot.chat.run();
      await bot.close();
      return 0;
    }
    exitOnSignals(bot);
    return -1; // keep running
  },

  async chat(args, config, cli) {
    const { values } = parseCommand('chat', args, cli.lang);
    const role = oneOf(cli, 'chat', '--as', (values.as as string | undefined) ?? 'member', ROLES);
    return withApp(cli, config(), async (app) => {
      await loadDemoIfWanted(app, true);
      await runConsoleChat({
        core: app.core,
        input: cli.io.stdin,
        output: cli.io.stdout,
        role,
        interactive: false,
        filesDir: join(app.config.DATA_DIR, 'files'),
        lang: cli.lang,
      });
      return 0;
    });
  },

  async parse(args, _config, cli) {
    const { values, positionals } = parseCommand('parse', args, cli.lang);
    const today = (values.today as string | undefined) ?? localDate(new Date(), cli.io.env.BOT_TIMEZONE || 'Asia/Shanghai');
    if (!isValidDate(today)) throw new UsageError(say(cli, 'cli.error.date', { option: '--today' }), 'parse');
    if (!values.jsonl) {
      if (positionals.length === 0) throw new UsageError(say(cli, 'cli.error.parseText'), 'parse');
      cli.io.stdout.write(`${JSON.stringify(parseReport(positionals.join(' '), { today }))}\n`);
      return 0;
    }
    let failures = 0;
    const lines = createInterface({ input: cli.io.stdin, terminal: false });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      try {
        const item = JSON.parse(line) as { id?: unknown; text?: unknown };
        if (typeof item.text !== 'string') throw new Error('"text" must be a string');
        cli.io.stdout.write(`${JSON.stringify({ id: item.id ?? null, ...parseReport(item.text, { today }) })}\n`);
      } catch (error) {
        failures++;
        cli.io.stderr.write(`${say(cli, 'cli.parse.line', { line: lineNumber, problem: (error as Error).message })}\n`);
      }
    }
    return failures > 0 ? 1 : 0;
  },

  async migrate(args, config, cli) {
    parseCommand('migrate', args, cli.lang);
    return withApp(cli, config(), async () => {
      cli.io.stdout.write(`${say(cli, 'cli.migrate.done')}\n`);
      return 0;
    });
  },

  async seed(args, config, cli) {
    const { values } = parseCommand('seed', args, cli.lang);
    if (!values.demo) throw new UsageError(say(cli, 'cli.error.seedDemo'), 'seed');
    return withApp(cli, config(), async (app) => {
      const loaded = await seedDemo(app.database.db, app.config.BOT_TIMEZONE);
      cli.io.stdout.write(
        `${loaded.alreadyLoaded ? say(cli, 'cli.seed.already') : say(cli, 'cli.seed.done', { chambers: loaded.chambers, leads: loaded.leads, events: loaded.events })}\n`,
      );
      return 0;
    });
  },

  async chamber(args, config, cli) {
    const sub = subcommand(cli, 'chamber', args, ['add', 'list']);
    if (sub === 'add') {
      const { values, positionals } = parseCommand('chamber add', args.slice(1), cli.lang);
      const level = oneOf(cli, 'chamber add', '--level', (values.level as string | undefined) ?? 'city', ['city', 'county'] as const);
      const status = oneOf(cli, 'chamber add', '--status', (values.status as string | undefined) ?? 'active', ['active', 'preparing'] as const);
      const name = positionals.join(' ');
      return withApp(cli, config(), async (app) => {
        const chamber = await addChamber(app.database.db, name, { level, status, lang: cli.lang });
        cli.io.stdout.write(`${say(cli, 'cli.chamber.added', { id: chamber.id, name: chamber.name, level: chamber.level, status: chamber.status })}\n`);
        return 0;
      });
    }
    parseCommand('chamber list', args.slice(1), cli.lang);
    return withApp(cli, config(), async (app) => {
      const rows = await listChambers(app.database.db);
      if (rows.length === 0) cli.io.stdout.write(`${say(cli, 'cli.chamber.none')}\n`);
      for (const c of rows) {
        cli.io.stdout.write(
          `${say(cli, 'cli.chamber.row', { id: c.id, name: c.name, level: c.level, status: c.status, members: c.members, leads: c.leads })}\n`,
        );
      }
      return 0;
    });
  },

  async invite(args, config, cli) {
    const { values } = parseCommand('invite', args, cli.lang);
    const role: Role = oneOf(cli, 'invite', '--role', (values.role as string | undefined) ?? 'member', ROLES);
    const chamber = values.chamber as string | undefined;
    const uses = wholeNumber(cli, '--uses', (values.uses as string | undefined) ?? '1');
    const days = wholeNumber(cli, '--days', (values.days as string | undefined) ?? '7');
    return withApp(cli, config(), async (app) => {
      const invite = await createInvite(app.database.db, { chamber, role, uses, days, lang: cli.lang });
      cli.io.stdout.write(`${invite.code}\n`);
      const timezone = app.config.BOT_TIMEZONE;
      const details = {
        role: say(cli, `role.${role}`),
        chamber: chamber ?? '',
        uses,
        expires: localDateTime(invite.expiresAt, timezone),
        timezone,
        code: invite.code,
      };
      cli.io.stderr.write(`${say(cli, chamber ? 'cli.invite.doneChamber' : 'cli.invite.done', details)}\n`);
      return 0;
    });
  },
};

function wholeNumber(cli: CliContext, option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(say(cli, 'cli.error.number', { option }), 'invite');
  return Number(value);
}
