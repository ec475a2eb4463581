import { localDate, localDateTime } from '../../domain/calendar.ts';
import { inReaderScript, personKey } from '../../domain/names.ts';
import { can, grantableRoles, visibleChambers, type Role } from '../../domain/permissions.ts';
import { type Command, type Feature, type MemberCtx, onPress } from '../context.ts';
import type { Outbound } from '../messages.ts';
import { encode } from '../actions.ts';
import { findChamber, findMember, lookupFailure, type MemberRef } from '../names.ts';
import { activeInvites, issueInvite, memberListing, removeMember, setRole } from '../people.ts';

/**
 * A chamber's people: secretaries list, invite and remove the members of their chamber; admins
 * do so in every chamber and change roles; officials read every chamber's list.
 */

const ROLE_WORDS: Record<string, Role> = {
  member: 'member',
  会员: 'member',
  成员: 'member',
  secretary: 'secretary',
  秘书长: 'secretary',
  秘书: 'secretary',
  official: 'official',
  工作人员: 'official',
  官员: 'official',
  admin: 'admin',
  管理员: 'admin',
};

function roleFromWord(word: string): Role | undefined {
  return ROLE_WORDS[personKey(word)];
}

const words = (args: string) => args.split(/\s+/).filter(Boolean);

/**
 * The rows a list command shows: those of every chamber the actor may reach for `action`, or of
 * the one chamber named (in either script), or the answer to give when it cannot be shown.
 */
async function listFor<T>(
  ctx: MemberCtx,
  action: 'member.read' | 'member.invite',
  typed: string,
  read: (scope: 'all' | number[]) => Promise<T[]>,
): Promise<T[] | { reply: Outbound[] }> {
  const reach = visibleChambers(ctx.actor, action);
  if (reach !== 'all' && reach.length === 0) return { reply: [{ text: ctx.t('error.forbidden') }] };
  if (!typed) return read(reach);
  const lookup = await findChamber(ctx.trx, typed);
  if (!('found' in lookup)) return { reply: lookupFailure(ctx, lookup, typed, 'chamber') };
  if (reach !== 'all' && !reach.includes(lookup.found.id)) return { reply: [{ text: ctx.t('error.forbidden') }] };
  return read([lookup.found.id]);
}

const members: Command = {
  name: 'members',
  aliases: ['成員', '成员', '會員名單', '会员名单'],
  help: 'help.members',
  visibleTo: ['secretary', 'official', 'admin'],
  async run(ctx, args) {
    const rows = await listFor(ctx, 'member.read', args.trim(), (scope) => memberListing(ctx.trx, scope));
    if ('reply' in rows) return rows.reply;
    if (rows.length === 0) return [{ text: ctx.t('members.none') }];
    const tz = ctx.deps.timezone;
    const lines = rows.map((m) =>
      ctx.t('members.line', {
        id: m.id,
        name: m.display_name,
        role: ctx.t(`role.${m.role}`),
        chamber: m.chamber ? inReaderScript(m.chamber, ctx.lang) : '—',
        platforms: m.platforms ?? '—',
        joined: localDate(m.created_at, tz),
        lastReport: m.last_report ? localDate(new Date(m.last_report), tz) : '—',
        leads: m.leads,
      }),
    );
    return [{ text: [ctx.t('members.title', { count: rows.length }), ...lines].join('\n') }];
  },
};

const invites: Command = {
  name: 'invites',
  aliases: ['邀請碼', '邀请码'],
  help: 'help.invites',
  visibleTo: ['secretary', 'admin'],
  async run(ctx, args) {
    const rows = await listFor(ctx, 'member.invite', args.trim(), (scope) => activeInvites(ctx.trx, scope, ctx.now));
    if ('reply' in rows) return rows.reply;
    if (rows.length === 0) return [{ text: ctx.t('invites.none') }];
    const lines = rows.map((i) =>
      ctx.t('invites.line', {
        code: i.code,
        role: ctx.t(`role.${i.role}`),
        chamber: i.chamber ? inReaderScript(i.chamber, ctx.lang) : '—',
        uses: i.uses_left,
        expires: localDateTime(i.expires_at, ctx.deps.timezone),
      }),
    );
    return [{ text: [ctx.t('invites.title', { count: rows.length }), ...lines, '', ctx.t('invites.tip')].join('\n') }];
  },
};

const revoke: Command = {
  name: 'revoke',
  aliases: ['撤銷', '撤销'],
  help: 'help.revoke',
  visibleTo: ['secretary', 'admin'],
  async run(ctx, args) {
    const code = args.trim().toUpperCase();
    if (!code) return [{ text: ctx.t('revoke.usage') }];
    const invite = await ctx.trx
      .selectFrom('invite_codes')
      .select(['code', 'chamber_id', 'uses_left', 'expires_at'])
      .where('code', '=', code)
      .where('member_id', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    // A code of another chamber gets the same answer as no code: codes are not to be guessed at.
    const reachable =
      invite && (can(ctx.actor, 'member.invite', { chamberId: invite.chamber_id ?? -1 }) || visibleChambers(ctx.actor, 'member.invite') === 'all');
    if (!invite || !reachable) return [{ text: ctx.t('revoke.unknown', { code: code.slice(0, 20) }) }];
    if (invite.uses_left <= 0 || invite.expires_at.getTime() <= ctx.now.getTime()) return [{ text: ctx.t('revoke.already', { code }) }];
    await ctx.trx.updateTable('invite_codes').set({ uses_left: 0 }).where('code', '=', code).execute();
    return [{ text: ctx.t('revoke.done', { code }) }];
  },
};

/** Reads "/invite [ROLE] [CHAMBER] [N次|uses=N] [N天|days=N]" in any order. */
function readInvite(args: string): { role?: Role; chamber?: string; uses: number; days: number } | { bad: string } {
  const request: { role?: Role; chamber?: string; uses: number; days: number } = { uses: 1, days: 7 };
  for (const item of words(args)) {
    const folded = personKey(item);
    const uses = /^(?:uses=(\d+)|(\d+)(?:次|uses?))$/.exec(folded);
    const days = /^(?:days=(\d+)|(\d+)(?:天|日|days?))$/.exec(folded);
    const role = roleFromWord(item) ?? (folded.startsWith('role=') ? roleFromWord(folded.slice(5)) : undefined);
    if (uses) request.uses = Number(uses[1] ?? uses[2]);
    else if (days) request.days = Number(days[1] ?? days[2]);
    else if (role && !request.role) request.role = role;
    else if (!request.chamber) request.chamber = item;
    else return { bad: item };
  }
  return request;
}

const invite: Command = {
  name: 'invite',
  aliases: ['邀請', '邀请'],
  help: 'help.invite',
  visibleTo: ['secretary', 'admin'],
  async run(ctx, args) {
    const { actor } = ctx;
    const request = readInvite(args);
    if ('bad' in request) return [{ text: ctx.t('invite.usage') }];
    const role = request.role ?? 'member';
    if (!grantableRoles(actor).includes(role)) return [{ text: ctx.t('people.roleTooHigh', { role: ctx.t(`role.${role}`) }) }];
    let chamberId = actor.role === 'admin' ? null : actor.chamberId;
    let chamberName = '';
    if (request.chamber) {
      const lookup = await findChamber(ctx.trx, request.chamber);
      if (!('found' in lookup)) return lookupFailure(ctx, lookup, request.chamber, 'chamber');
      chamberId = lookup.found.id;
      chamberName = lookup.found.name;
    } else if (chamberId !== null) {
      chamberName = (await ctx.trx.selectFrom('chambers').select('name').where('id', '=', chamberId).executeTakeFirstOrThrow()).name;
    }
    if (chamberId !== null ? !can(actor, 'member.invite', { chamberId }) : visibleChambers(actor, 'member.invite') !== 'all') {
      return [{ text: ctx.t('error.forbidden') }];
    }
    const issued = await issueInvite(ctx.trx, { chamberId, role, uses: request.uses, days: request.days, now: ctx.now });
    return [
      {
        text: ctx.t('invite.done', {
          code: issued.code,
          role: ctx.t(`role.${role}`),
          chamber: chamberName ? inReaderScript(chamberName, ctx.lang) : '—',
          uses: request.uses,
          expires: localDateTime(issued.expiresAt, ctx.deps.timezone),
        }),
      },
    ];
  },
};

/** The person a typed name means among those the actor may reach for `action`, or the answer to give. */
async function personNamed(ctx: MemberCtx, typed: string, action: 'member.remove' | 'role.manage'): Promise<MemberRef | Outbound[]> {
  const lookup = await findMember(ctx.trx, typed, visibleChambers(ctx.actor, action));
  if (!('found' in lookup)) return lookupFailure(ctx, lookup, typed, 'member');
  if (lookup.found.id === ctx.member.id) return [{ text: ctx.t('people.notYourself') }];
  return lookup.found;
}

const role: Command = {
  name: 'role',
  aliases: ['角色'],
  help: 'help.role',
  visibleTo: ['admin'],
  async run(ctx, args) {
    if (!can(ctx.actor, 'role.manage')) return [{ text: ctx.t('error.forbidden') }];
    const all = words(args);
    // The role is the first word naming one after the person (a name may have spaces: Li Wei).
    const roleAt = all.findIndex((w, i) => i > 0 && roleFromWord(w));
    if (roleAt < 1) return [{ text: ctx.t('setRole.usage') }];
    const wanted = roleFromWord(all[roleAt])!;
    const person = await personNamed(ctx, all.slice(0, roleAt).join(' '), 'role.manage');
    if (!Array.isArray(person)) {
      const chamberWord = all.slice(roleAt + 1).join(' ');
      let chamber = null;
      if (chamberWord) {
        const lookup = await findChamber(ctx.trx, chamberWord);
        if (!('found' in lookup)) return lookupFailure(ctx, lookup, chamberWord, 'chamber');
        chamber = lookup.found;
      }
      await setRole(ctx.trx, person, wanted, chamber);
      const chamberName = chamber?.name ?? person.chamber;
      return [
        {
          text: ctx.t('setRole.done', {
            name: person.display_name,
            role: ctx.t(`role.${wanted}`),
            chamber: chamberName ? inReaderScript(chamberName, ctx.lang) : '—',
          }),
        },
      ];
    }
    return person;
  },
};

/** May the actor remove this person? A secretary only the members of their own chamber. */
function mayRemove(ctx: MemberCtx, person: MemberRef): boolean {
  return grantableRoles(ctx.actor).includes(person.role) && can(ctx.actor, 'member.remove', { chamberId: person.chamber_id ?? -1 });
}

const remove: Command = {
  name: 'remove',
  aliases: ['移除'],
  help: 'help.remove',
  visibleTo: ['secretary', 'admin'],
  async run(ctx, args) {
    if (!args.trim()) return [{ text: ctx.t('remove.usage') }];
    if (visibleChambers(ctx.actor, 'member.remove') !== 'all' && !can(ctx.actor, 'member.remove', { chamberId: ctx.actor.chamberId ?? -1 })) {
      return [{ text: ctx.t('error.forbidden') }];
    }
    const person = await personNamed(ctx, args, 'member.remove');
    if (Array.isArray(person)) return person;
    if (!mayRemove(ctx, person)) return [{ text: ctx.t('people.roleTooHigh', { role: ctx.t(`role.${person.role}`) }) }];
    const owned = await ctx.trx
      .selectFrom('leads')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('owner_id', '=', person.id)
      .executeTakeFirstOrThrow();
    return [
      {
        text: ctx.t('remove.ask', {
          name: person.display_name,
          role: ctx.t(`role.${person.role}`),
          chamber: person.chamber ? inReaderScript(person.chamber, ctx.lang) : '—',
          owned: Number(owned.n),
        }),
        buttons: [
          [
            { label: ctx.t('remove.button'), action: encode({ type: 'member.remove', memberId: person.id }) },
            { label: ctx.t('people.cancelButton'), action: encode({ type: 'member.cancel' }) },
          ],
        ],
      },
    ];
  },
};

export const people: Feature = {
  commands: [members, invites, revoke, invite, role, remove],
  actions: [
    onPress(['member.remove', 'member.cancel'], async (ctx, action) => {
      if (action.type === 'member.cancel') return [{ text: ctx.t('people.cancelled'), edit: true }];
      const lookup = await findMember(ctx.trx, `#${action.memberId}`, visibleChambers(ctx.actor, 'member.remove'));
      if (!('found' in lookup)) return [{ text: ctx.t('error.staleButton'), edit: true }];
      const person = lookup.found;
      if (person.id === ctx.member.id || !mayRemove(ctx, person)) return [{ text: ctx.t('error.forbidden'), edit: true }];
      const { released } = await removeMember(ctx.trx, person, ctx.member.id, ctx.now);
      return [{ text: ctx.t('remove.done', { name: person.display_name, released: released.length }), edit: true }];
    }),
  ],
};
