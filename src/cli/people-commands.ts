import { parseArgs } from 'node:util';
import { asAdmin, chamberFromArgument, AdminError } from '../core/admin.ts';
import { findMember } from '../core/names.ts';
import { memberListing, mergeChambers, removeMember, renameChamber, setChamberStatus, setRole } from '../core/people.ts';
import { localDate } from '../domain/calendar.ts';
import { ROLES, type Role } from '../domain/permissions.ts';
import type { Db } from '../db/database.ts';
import { coreCommands } from './core-commands.ts';
import { UsageError, withApp, type Handler } from './support.ts';

/**
 * The admin's second door to chambers and people, beside the chat's /chamber, /role, /remove
 * and /members: the same use cases, in one transaction per command. Names are matched in
 * either script, with or without 商會.
 */

export const PEOPLE_USAGE = `  chamber-bot chamber rename NAME NEW-NAME
  chamber-bot chamber status NAME active|preparing
  chamber-bot chamber merge MERGED-AWAY KEPT  move everything of one chamber into another, then delete it
  chamber-bot role PERSON ROLE [--chamber NAME]
  chamber-bot member remove PERSON          their leads stay theirs; the leads they owned lose their owner
  chamber-bot members [--chamber NAME]
`;

async function person(db: Db, typed: string) {
  const lookup = await findMember(db, typed, 'all');
  if ('found' in lookup) return lookup.found;
  if ('ambiguous' in lookup) {
    throw new AdminError(`${typed} could be: ${lookup.ambiguous.map((m) => `#${m.id} ${m.display_name}`).join(', ')}. Give #ID.`);
  }
  throw new AdminError(`There is nobody called ${typed}. See: chamber-bot members`);
}

/** Runs one command's writes in a transaction: a refusal half-way changes nothing. */
function inTransaction(config: Parameters<Handler>[1], run: (db: Db) => Promise<string>): Promise<number> {
  return withApp(config(), async (app) => {
    const said = await asAdmin(() => app.database.db.transaction().execute(run));
    process.stdout.write(`${said}\n`);
    return 0;
  });
}

export const peopleCommands: Record<string, Handler> = {
  async chamber(args, config) {
    const [sub, ...rest] = args;
    if (sub === 'rename') {
      const [name, newName] = rest;
      if (!name || !newName || rest.length > 2) throw new UsageError('chamber rename NAME NEW-NAME');
      return inTransaction(config, async (db) => {
        const chamber = await chamberFromArgument(db, name);
        await renameChamber(db, chamber, newName);
        return `renamed chamber #${chamber.id} ${chamber.name} to ${newName.trim()}`;
      });
    }
    if (sub === 'status') {
      const [name, status] = rest;
      if (!name || (status !== 'active' && status !== 'preparing')) throw new UsageError('chamber status NAME active|preparing');
      return inTransaction(config, async (db) => {
        const chamber = await chamberFromArgument(db, name);
        await setChamberStatus(db, chamber, status);
        return `chamber #${chamber.id} ${chamber.name} is now ${status}`;
      });
    }
    if (sub === 'merge') {
      const [fromName, intoName] = rest;
      if (!fromName || !intoName || rest.length > 2) throw new UsageError('chamber merge MERGED-AWAY KEPT');
      return inTransaction(config, async (db) => {
        const from = await chamberFromArgument(db, fromName);
        const into = await chamberFromArgument(db, intoName);
        const moved = await mergeChambers(db, from, into);
        return `merged #${from.id} ${from.name} into #${into.id} ${into.name}: ${moved.leads} leads, ${moved.events} events, ${moved.members} people, ${moved.invites} invite codes, ${moved.groups} groups moved`;
      });
    }
    return coreCommands.chamber(args, config);
  },

  async role(args, config) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { chamber: { type: 'string' } } });
    const role = positionals.at(-1) as Role;
    const name = positionals.slice(0, -1).join(' ');
    if (!name || !ROLES.includes(role)) throw new UsageError(`role PERSON ROLE [--chamber NAME], ROLE one of ${ROLES.join(', ')}`);
    return inTransaction(config, async (db) => {
      const member = await person(db, name);
      const chamber = values.chamber ? await chamberFromArgument(db, values.chamber) : null;
      await setRole(db, member, role, chamber);
      return `#${member.id} ${member.display_name} is now ${role}${chamber ?? member.chamber ? ` of ${chamber?.name ?? member.chamber}` : ''}`;
    });
  },

  async member(args, config) {
    const [sub, ...rest] = args;
    if (sub !== 'remove' || rest.length === 0) throw new UsageError('member remove PERSON');
    return inTransaction(config, async (db) => {
      const member = await person(db, rest.join(' '));
      const { released } = await removeMember(db, member, null, new Date());
      return `removed #${member.id} ${member.display_name}; ${released.length} leads they owned have no owner now`;
    });
  },

  async members(args, config) {
    const { values } = parseArgs({ args, options: { chamber: { type: 'string' } } });
    return withApp(config(), async (app) => {
      const db = app.database.db;
      const scope = values.chamber ? [(await chamberFromArgument(db, values.chamber)).id] : 'all';
      const tz = app.config.BOT_TIMEZONE;
      for (const m of await memberListing(db, scope)) {
        const last = m.last_report ? localDate(new Date(m.last_report), tz) : '-';
        process.stdout.write(`#${m.id}\t${m.display_name}\t${m.role}\t${m.chamber ?? '-'}\t${m.platforms ?? '-'}\t${localDate(m.created_at, tz)}\t${last}\t${m.leads} leads\n`);
      }
      return 0;
    });
  },
};
