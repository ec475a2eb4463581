import { randomInt } from 'node:crypto';
import { isLang, translate, type MessageKey } from '../../i18n/index.ts';
import { LANGUAGES, type Language } from '../../domain/language.ts';
import { can } from '../../domain/permissions.ts';
import { inReaderScript } from '../../domain/names.ts';
import type { Command, Ctx, Feature } from '../context.ts';
import { joinByLinkCode } from './identities.ts';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Invite codes people read aloud and type on phones: no 0/O or 1/I to confuse. */
export function newInviteCode(length = 8): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The chamber's name as the reader writes it (stored names are often traditional). */
async function chamberName(ctx: Ctx, chamberId: number | null): Promise<string | null> {
  if (chamberId === null) return null;
  const row = await ctx.trx.selectFrom('chambers').select('name').where('id', '=', chamberId).executeTakeFirst();
  return row ? inReaderScript(row.name, ctx.lang) : null;
}

const start: Command = {
  name: 'start',
  needsMember: false,
  help: 'help.start',
  async run(ctx) {
    const name = ctx.inbound.user.name;
    return [{ text: ctx.t(ctx.member ? 'start.welcome' : 'start.guest', { name }) }];
  },
};

const help: Command = {
  name: 'help',
  aliases: ['幫助', '帮助'],
  needsMember: false,
  help: 'help.help',
  async run(ctx) {
    return [{ text: helpText(ctx, ctx.commands) }];
  },
};

export function helpText(ctx: Ctx, commands: readonly Command[]): string {
  if (!ctx.member || !ctx.actor) return [ctx.t('help.guest'), ctx.t('help.join'), ctx.t('help.lang')].join('\n');
  const role = ctx.actor.role;
  const lines = commands.filter((c) => c.help && (!c.visibleTo || c.visibleTo.includes(role))).map((c) => ctx.t(c.help as MessageKey));
  return [ctx.t('help.title'), ...lines, '', ctx.t('help.tip')].join('\n');
}

const join: Command = {
  name: 'join',
  aliases: ['加入'],
  needsMember: false,
  help: 'help.join',
  visibleTo: [],
  async run(ctx, args) {
    const code = args.trim().toUpperCase();
    if (!code) return [{ text: ctx.t('join.usage') }];
    const { trx, inbound } = ctx;
    if (ctx.member) {
      const chamber = await chamberName(ctx, ctx.member.chamber_id);
      return [{ text: ctx.t('join.already', { chamber: chamber ?? '', role: ctx.t(`role.${ctx.member.role}`) }) }];
    }
    const invite = await trx.selectFrom('invite_codes').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
    if (!invite || invite.uses_left <= 0 || invite.expires_at.getTime() <= ctx.now.getTime()) {
      return [{ text: ctx.t('join.invalid', { code: args.trim().slice(0, 40) }) }];
    }
    if (invite.member_id !== null) return joinByLinkCode(ctx, code, invite.member_id);
    await trx
      .updateTable('invite_codes')
      .set({ uses_left: invite.uses_left - 1 })
      .where('code', '=', code)
      .execute();

    const member = await trx
      .insertInto('members')
      .values({
        chamber_id: invite.chamber_id,
        role: invite.role,
        display_name: inbound.user.name.slice(0, 100) || inbound.user.id,
        lang: ctx.lang,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('identities')
      .values({
        platform: inbound.platform,
        platform_user_id: inbound.user.id,
        member_id: member.id,
        display_name: inbound.user.name.slice(0, 100),
      })
      .execute();
    ctx.lang = isLang(member.lang) ? member.lang : ctx.lang;
    const chamber = await chamberName(ctx, member.chamber_id);
    const role = ctx.t(`role.${member.role}`);
    return [{ text: chamber ? ctx.t('join.done', { chamber, role }) : ctx.t('join.doneNoChamber', { role }) }];
  },
};

const lang: Command = {
  name: 'lang',
  aliases: ['語言', '语言', 'language'],
  needsMember: false,
  help: 'help.lang',
  async run(ctx, args) {
    const wanted = LANGUAGES.find((l) => l.toLowerCase() === args.trim().toLowerCase().replace('_', '-'));
    if (!wanted) return [{ text: ctx.t('lang.usage') }];
    if (ctx.member) {
      await ctx.trx.updateTable('members').set({ lang: wanted }).where('id', '=', ctx.member.id).execute();
    }
    ctx.lang = wanted as Language;
    return [{ text: translate(wanted, 'lang.changed') }];
  },
};

const bindGroup: Command = {
  name: 'bindgroup',
  aliases: ['綁定群', '绑定群'],
  help: 'help.bindgroup',
  visibleTo: ['secretary'],
  async run(ctx) {
    const { actor, inbound, trx } = ctx;
    if (inbound.chat.type !== 'group') return [{ text: ctx.t('error.groupOnly') }];
    if (actor.chamberId === null || !can(actor, 'group.bind', { chamberId: actor.chamberId })) {
      return [{ text: ctx.t('error.forbidden') }];
    }
    const existing = await trx
      .selectFrom('group_bindings')
      .select('chamber_id')
      .where('platform', '=', inbound.platform)
      .where('chat_id', '=', inbound.chat.id)
      .executeTakeFirst();
    const chamber = (await chamberName(ctx, actor.chamberId)) ?? '';
    if (existing?.chamber_id === actor.chamberId) return [{ text: ctx.t('bind.already', { chamber }) }];
    // A group another chamber bound may be rebound only by that chamber's secretary.
    if (existing) return [{ text: ctx.t('error.forbidden') }];
    await trx
      .insertInto('group_bindings')
      .values({
        platform: inbound.platform,
        chat_id: inbound.chat.id,
        chamber_id: actor.chamberId,
        title: inbound.chat.title ?? null,
        bound_by: actor.memberId,
      })
      .execute();
    return [{ text: ctx.t('bind.done', { chamber }) }];
  },
};

export const membership: Feature = { commands: [start, help, join, lang, bindGroup] };
