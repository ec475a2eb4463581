import { DEFAULT_SETTINGS } from '../../jobs/settings.ts';
import { activeLeads, escalationMessage, ITEMS_WITH_BUTTONS, itemButtons, itemLine, reminderItems, secretaryMessage } from '../../jobs/reminders.ts';
import type { Command, Feature, MemberCtx } from '../context.ts';
import type { Outbound } from '../messages.ts';
import { decode } from '../actions.ts';

/**
 * /todo: the morning reminder on demand. A secretary gets their chamber's list with the same
 * buttons; an official the leads escalated across chambers; a member the leads they reported
 * or own. Asking queues nothing and logs nothing: only the morning's message counts as sent.
 */

async function todoFor(ctx: MemberCtx): Promise<Outbound[]> {
  const rules = ctx.deps.reminderRules ?? DEFAULT_SETTINGS.reminders;
  const { actor } = ctx;
  if (actor.role === 'official' || actor.role === 'admin') {
    const escalated = reminderItems(await activeLeads(ctx.trx), ctx.today, ctx.deps.timezone, rules).filter((i) => i.escalate);
    if (escalated.length === 0) return [{ text: ctx.t('records.todo.escalatedEmpty') }];
    const chambers = new Map((await ctx.trx.selectFrom('chambers').select(['id', 'name']).execute()).map((c) => [c.id, c.name]));
    return [escalationMessage(ctx.lang, escalated, chambers)];
  }
  if (actor.chamberId === null) return [{ text: ctx.t('error.noChamber') }];
  const me = ctx.member.id;
  const rows = await activeLeads(ctx.trx, actor.chamberId);
  const mine = actor.role === 'secretary' ? rows : rows.filter((r) => r.owner_id === me || r.reporter_id === me);
  const items = reminderItems(mine, ctx.today, ctx.deps.timezone, rules);
  if (items.length === 0) return [{ text: ctx.t('records.todo.empty') }];
  if (actor.role === 'secretary') {
    const chamber = await ctx.trx.selectFrom('chambers').select('name').where('id', '=', actor.chamberId).executeTakeFirstOrThrow();
    return [secretaryMessage(ctx.lang, chamber.name, items, rules.snoozeDays)];
  }
  // A member follows up and snoozes their own leads; handing one over is the secretary's.
  const shown = items.slice(0, ITEMS_WITH_BUTTONS);
  return [
    {
      text: [ctx.t('records.todo.mine', { count: items.length }), ...shown.map((i) => `· ${itemLine(ctx.lang, i)}`)].join('\n'),
      buttons: shown.map((i) => itemButtons(ctx.lang, i, rules.snoozeDays).filter((b) => decode(b.action)?.type !== 'reminder.pickOwner')),
    },
  ];
}

const todo: Command = {
  name: 'todo',
  aliases: ['待辦', '待办'],
  help: 'records.help.todo',
  run: (ctx) => todoFor(ctx),
};

export const todoFeature: Feature = { commands: [todo] };
