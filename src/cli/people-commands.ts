import { asAdmin, chamberFromArgument, AdminError } from '../core/admin.ts';
import { findMember } from '../core/names.ts';
import { memberListing, mergeChambers, removeMember, renameChamber, setChamberStatus, setRole } from '../core/people.ts';
import { localDate } from '../domain/calendar.ts';
import { ROLES, type Role } from '../domain/permissions.ts';
import type { Db } from '../db/database.ts';
import { coreCommands, subcommand } from './core-commands.ts';
import { parseCommand } from './usage.ts';
import { say, UsageError, withApp, type CliContext, type Handler } from './support.ts';

/**
 * The admin's second door to chambers and people, beside the chat's /chamber, /role, /remove
 * and /members: the same use cases, in one transaction per command. Names are matched in
 * either script, with or without 商會.
 */

async function person(db: Db, typed: string, cli: CliContext) {
  const lookup = await findMember(db, typed, 'all');
  if ('found' in lookup) return lookup.found;
  if ('ambiguous' in lookup) {
    const candidates = lookup.ambiguous.map((m) => `#${m.id} ${m.display_name}`).join(', ');
    throw new AdminError(say(cli, 'cli.people.ambiguous', { name: typed, candidates }));
  }
  throw new AdminError(say(cli, 'cli.people.nobody', { name: typed }));
}

/** Runs one command's writes in a transaction: a refusal half-way changes nothing. */
function inTransaction(config: Parameters<Handler>[1], cli: CliContext, run: (db: Db) => Promise<string>): Promise<number> {
  return withApp(cli, config(), async (app) => {
    const said = await asAdmin(() => app.database.db.transaction().execute(run), cli.lang);
    cli.io.stdout.write(`${said}\n`);
    return 0;
  });
}

export const peopleCommands: Record<string, Handler> = {
  async chamber(args, config, cli) {
    const sub = subcommand(cli, 'chamber', args, ['add', 'list', 'rename', 'status', 'merge']);
    if (sub === 'rename') {
      const [name, newName] = parseCommand('chamber rename', args.slice(1), cli.lang).positionals;
      return inTransaction(config, cli, async (db) => {
        const chamber = await chamberFromArgument(db, name, cli.lang);
        await renameChamber(db, chamber, newName);
        return say(cli, 'cli.people.renamed', { id: chamber.id, name: chamber.name, newName: newName.trim() });
      });
    }
    if (sub === 'status') {
      const [name, status] = parseCommand('chamber status', args.slice(1), cli.lang).positionals;
      if (status !== 'active' && status !== 'preparing') {
        throw new UsageError(say(cli, 'cli.error.oneOf', { option: 'status', values: 'active, preparing' }), 'chamber status');
      }
      return inTransaction(config, cli, async (db) => {
        const chamber = await chamberFromArgument(db, name, cli.lang);
        await setChamberStatus(db, chamber, status);
        return say(cli, 'cli.people.status', { id: chamber.id, name: chamber.name, status });
      });
    }
    if (sub === 'merge') {
      const [fromName, intoName] = parseCommand('chamber merge', args.slice(1), cli.lang).positionals;
      return inTransaction(config, cli, async (db) => {
        const from = await chamberFromArgument(db, fromName, cli.lang);
        const into = await chamberFromArgument(db, intoName, cli.lang);
        const moved = await mergeChambers(db, from, into);
        return say(cli, 'cli.people.merged', { fromId: from.id, from: from.name, intoId: into.id, into: into.name, ...moved });
      });
    }
    return coreCommands.chamber(args, config, cli);
  },

  async role(args, config, cli) {
    const { values, positionals } = parseCommand('role', args, cli.lang);
    const role = positionals.at(-1) as Role;
    const name = positionals.slice(0, -1).join(' ');
    if (!ROLES.includes(role)) throw new UsageError(say(cli, 'cli.error.oneOf', { option: 'ROLE', values: ROLES.join(', ') }), 'role');
    const chamberName = values.chamber as string | undefined;
    return inTransaction(config, cli, async (db) => {
      const member = await person(db, name, cli);
      const chamber = chamberName ? await chamberFromArgument(db, chamberName, cli.lang) : null;
      await setRole(db, member, role, chamber);
      const of = chamber?.name ?? member.chamber;
      return say(cli, 'cli.people.role', { id: member.id, name: member.display_name, role, chamber: of ? ` (${of})` : '' });
    });
  },

  async member(args, config, cli) {
    subcommand(cli, 'member', args, ['remove']);
    const { positionals } = parseCommand('member remove', args.slice(1), cli.lang);
    return inTransaction(config, cli, async (db) => {
      const member = await person(db, positionals.join(' '), cli);
      const { released } = await removeMember(db, member, null, new Date());
      return say(cli, 'cli.people.removed', { id: member.id, name: member.display_name, released: released.length });
    });
  },

  async members(args, config, cli) {
    const { values } = parseCommand('members', args, cli.lang);
    const chamberName = values.chamber as string | undefined;
    return withApp(cli, config(), async (app) => {
      const db = app.database.db;
      const scope = chamberName ? [(await chamberFromArgument(db, chamberName, cli.lang)).id] : 'all';
      const tz = app.config.BOT_TIMEZONE;
      // Machine output, like chamber list: tab-separated, identifiers as stored.
      for (const m of await memberListing(db, scope)) {
        const last = m.last_report ? localDate(new Date(m.last_report), tz) : '-';
        cli.io.stdout.write(
          `#${m.id}\t${m.display_name}\t${m.role}\t${m.chamber ?? '-'}\t${m.platforms ?? '-'}\t${localDate(m.created_at, tz)}\t${last}\t${m.leads} leads\n`,
        );
      }
      return 0;
    });
  },
};
