import { localDateTime } from '../domain/calendar.ts';
import { can } from '../domain/permissions.ts';
import type { MemberCtx } from './context.ts';
import type { Outbound } from './messages.ts';
import { leadTitle } from '../domain/lead-title.ts';

/** /show of a deleted lead: who deleted it and when, to those who could read it. */
export async function deletedLeadNotice(ctx: MemberCtx, id: number): Promise<Outbound[] | null> {
  const deleted = await ctx.trx.selectFrom('deleted_leads').selectAll().where('lead_id', '=', id).executeTakeFirst();
  if (!deleted || !can(ctx.actor, 'lead.read', { chamberId: deleted.chamber_id })) return null;
  const who =
    deleted.deleted_by === null
      ? ctx.t('lead.someone')
      : ((await ctx.trx.selectFrom('members').select('display_name').where('id', '=', deleted.deleted_by).executeTakeFirst())?.display_name ?? '');
  const lead = deleted.lead as { project: string | null; company: string | null };
  return [
    {
      text: ctx.t('records.deleted.show', {
        id,
        title: leadTitle({ id, project: lead.project, company: lead.company }),
        when: localDateTime(deleted.deleted_at, ctx.deps.timezone),
        who,
      }),
    },
  ];
}
