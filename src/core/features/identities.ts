import { localDateTime } from '../../domain/calendar.ts';
import { isLang, translate } from '../../i18n/index.ts';
import { enqueue, memberRecipients, PRIORITY } from '../../outbox/queue.ts';
import { type Command, type Ctx, type Feature, type MemberCtx, onPress } from '../context.ts';
import type { Outbound } from '../messages.ts';
import { encodeIfFits } from '../actions.ts';
import { newInviteCode } from './membership.ts';

/**
 * One person, several platforms: /link gives a code that adds an identity on another platform
 * to the member who asked; /unlink (or the button of the notice) takes it away again.
 *
 * A link code is the member's account, role included, so it is treated like a password: shown
 * only in a private chat, good for minutes and for one use, never for the platform that asked
 * (someone there who read it is not the member), and the member hears on their existing
 * platform, through the outbox, that a new identity was linked, with a button to undo it.
 */

const LINK_CODE_MINUTES = 10;

const link: Command = {
  name: 'link',
  aliases: ['關聯', '关联'],
  help: 'help.link',
  async run(ctx) {
    if (ctx.inbound.chat.type !== 'private') return [{ text: ctx.t('link.privateOnly') }];
    const { member, trx } = ctx;
    // One live code per member: asking again voids the code asked for before.
    await trx.deleteFrom('invite_codes').where('member_id', '=', member.id).execute();
    const code = newInviteCode(10);
    await trx
      .insertInto('invite_codes')
      .values({
        code,
        chamber_id: member.chamber_id,
        role: member.role,
        member_id: member.id,
        uses_left: 1,
        expires_at: new Date(ctx.now.getTime() + LINK_CODE_MINUTES * 60_000),
      })
      .execute();
    return [{ text: ctx.t('link.code', { code, minutes: LINK_CODE_MINUTES }) }];
  },
};

/**
 * `/join CODE` with a live link code (checked and locked by the caller): adds the sender's identity
 * to the code's member, unless that member is already on the sender's platform. The code is spent
 * either way: a code tried on the wrong platform has been read by someone else.
 */
export async function joinByLinkCode(ctx: Ctx, code: string, memberId: number): Promise<Outbound[]> {
  const { trx, inbound } = ctx;
  await trx.deleteFrom('invite_codes').where('code', '=', code).execute();
  const member = await trx.selectFrom('members').selectAll().where('id', '=', memberId).executeTakeFirstOrThrow();
  const identities = await trx.selectFrom('identities').select('platform').where('member_id', '=', member.id).execute();
  if (identities.some((i) => i.platform === inbound.platform)) return [{ text: ctx.t('link.samePlatform') }];
  const name = inbound.user.name.slice(0, 100);
  await trx
    .insertInto('identities')
    .values({ platform: inbound.platform, platform_user_id: inbound.user.id, member_id: member.id, display_name: name })
    .execute();

  const lang = isLang(member.lang) ? member.lang : ctx.lang;
  const existing = [...new Set(identities.map((i) => i.platform))];
  const recipient = (await memberRecipients(trx, [member], existing)).get(member.id);
  if (recipient) {
    const params = { platform: inbound.platform, name: name || inbound.user.id, at: localDateTime(ctx.now, ctx.deps.timezone) };
    // An id too long for a button's data gets no button: the notice names /unlink as well.
    const undo = encodeIfFits({ type: 'identity.undo', platform: inbound.platform, userId: inbound.user.id });
    await enqueue(trx, [
      {
        job: 'linked',
        period: `${inbound.platform}:${inbound.user.id}:${code}`,
        recipient,
        priority: PRIORITY.notice,
        outbound: {
          text: translate(lang, 'link.notice', params),
          ...(undo === null ? {} : { buttons: [[{ label: translate(lang, 'link.undoButton'), action: undo }]] }),
        },
      },
    ]);
  }
  ctx.lang = lang;
  return [{ text: ctx.t('join.linked', { name: member.display_name }) }];
}

/** Removes the member's identities on `platform` (only the one with `userId` when given), never the one in use. */
async function unlink(ctx: MemberCtx, platform: string, userId?: string): Promise<Outbound> {
  const { trx, inbound, member } = ctx;
  if (platform === inbound.platform) return { text: ctx.t('unlink.self', { platform }) };
  const removed = await trx
    .deleteFrom('identities')
    .where('member_id', '=', member.id)
    .where('platform', '=', platform)
    .$if(userId !== undefined, (q) => q.where('platform_user_id', '=', userId!))
    .returning(['platform_user_id', 'display_name'])
    .execute();
  if (removed.length === 0) return { text: ctx.t('unlink.none', { platform }) };
  // What was queued for the removed chats must not reach whoever holds them now.
  await trx
    .updateTable('outbox')
    .set({ status: 'failed', error: 'identity unlinked by its member' })
    .where('member_id', '=', member.id)
    .where('platform', '=', platform)
    .where(
      'chat_id',
      'in',
      removed.map((r) => r.platform_user_id),
    )
    .where('status', '=', 'pending')
    .execute();
  const name = removed.map((r) => r.display_name || r.platform_user_id).join('、');
  return { text: ctx.t('unlink.done', { platform, name }) };
}

const unlinkCommand: Command = {
  name: 'unlink',
  aliases: ['解除關聯', '解除关联'],
  help: 'help.unlink',
  async run(ctx, args) {
    const platform = args.trim().toLowerCase();
    if (platform) return [await unlink(ctx, platform)];
    const others = await ctx.trx
      .selectFrom('identities')
      .select('platform')
      .distinct()
      .where('member_id', '=', ctx.member.id)
      .where('platform', '!=', ctx.inbound.platform)
      .orderBy('platform')
      .execute();
    if (others.length === 0) return [{ text: ctx.t('unlink.nothingLinked') }];
    return [{ text: ctx.t('unlink.usage', { linked: others.map((o) => o.platform).join('、') }) }];
  },
};

export const identities: Feature = {
  commands: [link, unlinkCommand],
  actions: [onPress(['identity.undo'], async (ctx, action) => [{ ...(await unlink(ctx, action.platform, action.userId)), edit: true }])],
};
