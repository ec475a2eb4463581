import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { hasLark, hasTelegram } from '../config.ts';
import { openApp, type App } from '../app.ts';
import { parseReport } from '../domain/report-parser.ts';
import { isValidDate, localDate } from '../domain/calendar.ts';
import { ROLES, type Role } from '../domain/permissions.ts';
import { addChamber, createInvite, listChambers } from '../core/admin.ts';
import { isEmpty, seedDemo } from '../core/demo-data.ts';
import { runConsoleChat } from '../adapters/console/console-chat.ts';
import { UsageError, withApp, type Handler } from './support.ts';

async function loadDemoIfWanted(app: App, interactiveDefault: boolean): Promise<void> {
  const { DEMO_DATA } = app.config;
  const wanted = DEMO_DATA === 'always' || (DEMO_DATA === 'auto' && interactiveDefault);
  if (wanted && (await isEmpty(app.database.db))) {
    const loaded = await seedDemo(app.database.db, app.config.BOT_TIMEZONE);
    app.logger.info(loaded, 'demo data loaded');
  }
}

export const coreCommands: Record<string, Handler> = {
  async start(_args, config) {
    const cfg = config();
    const platforms = hasTelegram(cfg) || hasLark(cfg);
    const app = await openApp(cfg);
    await loadDemoIfWanted(app, !platforms);
    if (!platforms) {
      await runConsoleChat({
        core: app.core,
        input: process.stdin,
        output: process.stdout,
        role: 'member',
        interactive: Boolean(process.stdin.isTTY),
        filesDir: join(cfg.DATA_DIR, 'files'),
      });
      await app.close();
      return 0;
    }
    const { startPlatforms } = await import('../server/platforms.ts');
    await startPlatforms(app);
    return -1; // keep running
  },

  async chat(args, config) {
    const { values } = parseArgs({ args, options: { as: { type: 'string', default: 'member' } } });
    const role = values.as as Role;
    if (!ROLES.includes(role)) throw new UsageError(`--as must be one of ${ROLES.join(', ')}`);
    return withApp(config(), async (app) => {
      await loadDemoIfWanted(app, true);
      await runConsoleChat({
        core: app.core,
        input: process.stdin,
        output: process.stdout,
        role,
        interactive: false,
        filesDir: join(app.config.DATA_DIR, 'files'),
      });
      return 0;
    });
  },

  async parse(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { today: { type: 'string' }, jsonl: { type: 'boolean', default: false } },
    });
    const today = values.today ?? localDate(new Date(), process.env.BOT_TIMEZONE || 'Asia/Shanghai');
    if (!isValidDate(today)) throw new UsageError('--today must be a date YYYY-MM-DD');
    if (!values.jsonl) {
      if (positionals.length === 0) throw new UsageError('parse needs TEXT (or --jsonl with lines on stdin)');
      process.stdout.write(`${JSON.stringify(parseReport(positionals.join(' '), { today }))}\n`);
      return 0;
    }
    let failures = 0;
    const lines = createInterface({ input: process.stdin, terminal: false });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      try {
        const item = JSON.parse(line) as { id?: unknown; text?: unknown };
        if (typeof item.text !== 'string') throw new Error('"text" must be a string');
        process.stdout.write(`${JSON.stringify({ id: item.id ?? null, ...parseReport(item.text, { today }) })}\n`);
      } catch (error) {
        failures++;
        process.stderr.write(`line ${lineNumber}: ${(error as Error).message}\n`);
      }
    }
    return failures > 0 ? 1 : 0;
  },

  async migrate(_args, config) {
    return withApp(config(), async () => {
      process.stdout.write('migrations: up to date\n');
      return 0;
    });
  },

  async seed(args, config) {
    const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false } } });
    if (!values.demo) throw new UsageError('seed needs --demo');
    return withApp(config(), async (app) => {
      const loaded = await seedDemo(app.database.db, app.config.BOT_TIMEZONE);
      process.stdout.write(loaded.alreadyLoaded
        ? 'demo data already loaded: nothing added\n'
        : `demo data: ${loaded.chambers} chambers, ${loaded.leads} leads, ${loaded.events} events\n`);
      return 0;
    });
  },

  async chamber(args, config) {
    const [sub, ...rest] = args;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { level: { type: 'string', default: 'city' }, status: { type: 'string', default: 'active' } },
    });
    if (sub === 'add') {
      const name = positionals.join(' ');
      if (!name) throw new UsageError('chamber add needs NAME');
      if (values.level !== 'city' && values.level !== 'county') throw new UsageError('--level must be city or county');
      if (values.status !== 'active' && values.status !== 'preparing') throw new UsageError('--status must be active or preparing');
      const level = values.level;
      const status = values.status;
      return withApp(config(), async (app) => {
        const chamber = await addChamber(app.database.db, name, { level, status });
        process.stdout.write(`added chamber #${chamber.id} ${chamber.name} (${chamber.level}, ${chamber.status})\n`);
        return 0;
      });
    }
    if (sub === 'list') {
      return withApp(config(), async (app) => {
        const rows = await listChambers(app.database.db);
        if (rows.length === 0) process.stdout.write('no chambers yet: chamber-bot chamber add NAME\n');
        for (const c of rows) {
          process.stdout.write(`#${c.id}\t${c.name}\t${c.level}\t${c.status}\t${c.members} members\t${c.leads} leads\n`);
        }
        return 0;
      });
    }
    throw new UsageError('chamber add NAME | chamber list');
  },

  async invite(args, config) {
    const { values } = parseArgs({
      args,
      options: {
        chamber: { type: 'string' },
        role: { type: 'string', default: 'member' },
        uses: { type: 'string', default: '1' },
        days: { type: 'string', default: '7' },
      },
    });
    const role = values.role as Role;
    if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    return withApp(config(), async (app) => {
      const invite = await createInvite(app.database.db, {
        chamber: values.chamber,
        role,
        uses: Number(values.uses),
        days: Number(values.days),
      });
      process.stdout.write(`${invite.code}\n`);
      process.stderr.write(`invite for ${role}${values.chamber ? ` of ${values.chamber}` : ''}, ${values.uses} use(s), expires ${invite.expiresAt.toISOString()}; the person sends /join ${invite.code}\n`);
      return 0;
    });
  },
};

