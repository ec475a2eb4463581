import { addDays } from '../../domain/calendar.ts';
import { can } from '../../domain/permissions.ts';
import { enableChats } from '../../outbox/blocked.ts';
import { enqueue, memberRecipients, PRIORITY } from '../../outbox/queue.ts';
import type { MuteTopic, ReminderEvent } from '../../db/rows.ts';
import { isLang, translate } from '../../i18n/index.ts';
import type { Lead } from '../../db/schema.ts';
import { type Command, type Feature, type MemberCtx, onPress } from '../context.ts';
import type { Button, Outbound } from '../messages.ts';
import { addFollowUp, assignOwner, lockLead } from '../lead-records.ts';
import { leadTitle } from '../../domain/lead-title.ts';
import { encode } from '../actions.ts';
import { jsonb } from '../../db/json.ts';

/**
 * The conversation side of scheduled messages: /mute and /unmute for digests and nudges, and the
 * buttons of the secretaries' morning reminder (已跟進, 延期, 轉交, 查看). Every press is logged in
 * reminder_events beside the delivery, so response times can be shown.
 */

const TOPICS: Record<string, MuteTopic> = {
  digest: 'digest',
  週報: 'digest',
  周报: 'digest',
  摘要: 'digest',
  nudge: 'nudge',
  提醒: 'nudge',
  催報: 'nudge',
  催报: 'nudge',
};

function topicOf(args: string): MuteTopic | null {
  return TOPICS[args.trim().toLowerCase()] ?? null;
}

const mute: Command = {
  name: 'mute',
  aliases: ['靜音', '静音'],
  help: 'reminders.help.mute',
  async run(ctx, args) {
    const topic = topicOf(args);
    if (!topic) return [{ text: ctx.t('reminders.mute.usage') }];
    if (ctx.inbound.chat.type === 'group') return [{ text: ctx.t('reminders.mute.group') }];
    await ctx.trx
      .insertInto('member_mutes')
      .values({ member_id: ctx.member.id, topic, reason: 'user', muted_at: ctx.now })
      .onConflict((oc) => oc.columns(['member_id', 'topic']).doUpdateSet({ reason: 'user', muted_at: ctx.now }))
      .execute();
    return [{ text: ctx.t(topic === 'digest' ? 'reminders.muted.digest' : 'reminders.muted.nudge') }];
  },
};

const unmute: Command = {
  name: 'unmute',
  aliases: ['取消靜音', '取消静音'],
  help: 'reminders.help.unmute',
  async run(ctx, args) {
    const topic = topicOf(args);
    if (!topic) return [{ text: ctx.t('reminders.unmute.usage') }];
    const { inbound } = ctx;
    if (inbound.chat.type === 'group') {
      // A group whose pushes were turned off (the bot was removed, then added back) is turned on by its secretary.
      const binding = await ctx.trx
        .selectFrom('group_bindings')
        .select('chamber_id')
        .where('platform', '=', inbound.platform)
        .where('chat_id', '=', inbound.chat.id)
        .executeTakeFirst();
      if (!binding || !can(ctx.actor, 'group.bind', { chamberId: binding.chamber_id })) return [{ text: ctx.t('error.forbidden') }];
      await enableChats(ctx.trx, [{ platform: inbound.platform, chatId: inbound.chat.id }]);
      return [{ text: ctx.t('reminders.unmuted.group') }];
    }
    await ctx.trx.deleteFrom('member_mutes').where('member_id', '=', ctx.member.id).where('topic', '=', topic).execute();
    // Writing to the bot again shows this chat accepts messages.
    await enableChats(ctx.trx, [
      { platform: inbound.platform, chatId: inbound.user.id },
      { platform: inbound.platform, chatId: inbound.chat.id },
    ]);
    return [{ text: ctx.t(topic === 'digest' ? 'reminders.unmuted.digest' : 'reminders.unmuted.nudge') }];
  },
};

async function logPress(ctx: MemberCtx, event: ReminderEvent, leadId: number, detail?: Record<string, unknown>): Promise<void> {
  await ctx.trx
    .insertInto('reminder_events')
    .values({ at: ctx.now, event, lead_id: leadId, member_id: ctx.member.id, detail: detail ? jsonb(detail) : null })
    .execute();
}

async function editableLead(ctx: MemberCtx, id: number): Promise<Lead | null> {
  const lead = await lockLead(ctx.trx, id);
  if (!lead || !can(ctx.actor, 'lead.read', { chamberId: lead.chamber_id })) return null;
  return lead;
}

async function followed(ctx: MemberCtx, lead: Lead): Promise<Outbound[]> {
  if (!can(ctx.actor, 'lead.update', { chamberId: lead.chamber_id, reporterId: lead.reporter_id, ownerId: lead.owner_id })) {
    return [{ text: ctx.t('error.forbidden') }];
  }
  await addFollowUp(ctx.trx, lead, ctx.member.id, ctx.t('reminders.followNote'), null, ctx.now);
  await logPress(ctx, 'followed', lead.id);
  return [{ text: ctx.t('reminders.followed', { id: lead.id, title: leadTitle(lead) }) }];
}

async function snoozed(ctx: MemberCtx, lead: Lead, days: number): Promise<Outbound[]> {
  if (!can(ctx.actor, 'lead.update', { chamberId: lead.chamber_id, reporterId: lead.reporter_id, ownerId: lead.owner_id })) {
    return [{ text: ctx.t('error.forbidden') }];
  }
  const until = addDays(ctx.today, days);
  // The next follow-up date is the lead's deadline: reminders leave it alone until then.
  await ctx.trx.updateTable('leads').set({ next_follow_up_on: until }).where('id', '=', lead.id).execute();
  await logPress(ctx, 'snoozed', lead.id, { until, days, previous: lead.next_follow_up_on });
  return [{ text: ctx.t('reminders.snoozed', { id: lead.id, title: leadTitle(lead), date: until }) }];
}

const PICK_LIMIT = 12;

async function pickOwner(ctx: MemberCtx, lead: Lead): Promise<Outbound[]> {
  if (!can(ctx.actor, 'lead.assign', { chamberId: lead.chamber_id })) return [{ text: ctx.t('error.forbidden') }];
  const candidates = await ctx.trx
    .selectFrom('members')
    .select(['id', 'display_name'])
    .where('chamber_id', '=', lead.chamber_id)
    .where('role', 'in', ['member', 'secretary'])
    .$if(lead.owner_id !== null, (q) => q.where('id', '!=', lead.owner_id!))
    .orderBy('display_name')
    .orderBy('id')
    .limit(PICK_LIMIT)
    .execute();
  if (candidates.length === 0) return [{ text: ctx.t('reminders.reassign.nobody') }];
  const buttons: Button[][] = [];
  for (let i = 0; i < candidates.length; i += 3) {
    buttons.push(
      candidates
        .slice(i, i + 3)
        .map((c) => ({ label: c.display_name.slice(0, 20), action: encode({ type: 'reminder.assign', leadId: lead.id, memberId: c.id }) })),
    );
  }
  return [{ text: ctx.t('reminders.reassign.pick', { id: lead.id, title: leadTitle(lead) }), buttons }];
}

async function reassign(ctx: MemberCtx, lead: Lead, ownerId: number): Promise<Outbound[]> {
  if (!can(ctx.actor, 'lead.assign', { chamberId: lead.chamber_id })) return [{ text: ctx.t('error.forbidden') }];
  const owner = await ctx.trx
    .selectFrom('members')
    .select(['id', 'display_name', 'chamber_id', 'lang'])
    .where('id', '=', ownerId)
    .where('chamber_id', '=', lead.chamber_id)
    .executeTakeFirst();
  if (!owner) return [{ text: ctx.t('error.staleButton'), edit: true }];
  if (owner.id === lead.owner_id) return [{ text: ctx.t('reminders.reassign.same', { id: lead.id, name: owner.display_name }), edit: true }];
  await assignOwner(ctx.trx, lead, owner, ctx.member.id, ctx.now);
  await logPress(ctx, 'reassigned', lead.id, { from: lead.owner_id, to: owner.id });
  // The new owner hears of it through the outbox, in this same transaction.
  let notified = false;
  if (owner.id !== ctx.member.id) {
    const recipient = (await memberRecipients(ctx.trx, [owner])).get(owner.id);
    if (recipient) {
      const lang = isLang(owner.lang) ? owner.lang : 'zh-CN';
      await enqueue(ctx.trx, [
        {
          job: 'assigned',
          period: `${lead.id}:${ctx.inbound.platform}:${ctx.inbound.updateId}`.slice(0, 200),
          recipient,
          priority: PRIORITY.notice,
          outbound: {
            text: translate(lang, 'reminders.reassign.notice', { by: ctx.member.display_name, id: lead.id, title: leadTitle(lead) }),
            buttons: [
              [
                { label: translate(lang, 'reminders.button.view'), action: encode({ type: 'lead.show', leadId: lead.id }) },
                { label: translate(lang, 'reminders.button.followed'), action: encode({ type: 'reminder.followed', leadId: lead.id }) },
              ],
            ],
          },
        },
      ]);
      notified = true;
    }
  }
  const key = owner.id === ctx.member.id ? 'reminders.reassign.self' : notified ? 'reminders.reassign.done' : 'reminders.reassign.doneUnreachable';
  return [{ text: ctx.t(key, { id: lead.id, name: owner.display_name }), edit: true }];
}

async function show(ctx: MemberCtx, lead: Lead): Promise<Outbound[]> {
  await logPress(ctx, 'shown', lead.id);
  const command = ctx.commands.find((c) => c.name === 'show');
  if (!command) return [{ text: ctx.t('error.staleButton') }];
  return command.run(ctx, String(lead.id));
}

export const reminders: Feature = {
  commands: [mute, unmute],
  actions: [
    onPress(['reminder.followed', 'reminder.snooze', 'reminder.pickOwner', 'reminder.assign', 'reminder.view'], async (ctx, action) => {
      const lead = await editableLead(ctx, action.leadId);
      if (!lead) return [{ text: ctx.t('error.leadNotFound', { id: action.leadId }) }];
      switch (action.type) {
        case 'reminder.followed':
          return followed(ctx, lead);
        case 'reminder.snooze':
          return snoozed(ctx, lead, action.days);
        case 'reminder.pickOwner':
          return pickOwner(ctx, lead);
        case 'reminder.assign':
          return reassign(ctx, lead, action.memberId);
        case 'reminder.view':
          return show(ctx, lead);
      }
    }),
  ],
};
