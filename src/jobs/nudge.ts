import { sql } from 'kysely';
import { isLang, translate } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import { enqueue, memberRecipients, PRIORITY, type OutboxMessage } from '../outbox/queue.ts';
import type { JobContext, JobDefinition } from './runs.ts';

/**
 * The monthly reporting nudge: members (and secretaries) who have reported nothing — no lead, no
 * event, no follow-up — for NUDGE_SILENT_DAYS, and joined before that, get a short reminder with an
 * example report. `/mute nudge` stops it.
 */
export const nudgeJob: JobDefinition = {
  name: 'nudge',
  period: 'month',
  async run(ctx: JobContext, period: string) {
    const days = ctx.settings.nudgeSilentDays;
    const since = new Date(ctx.now().getTime() - days * 86_400_000);
    return ctx.db.transaction().execute(async (trx) => {
      const silent = await trx
        .selectFrom('members as m')
        .select(['m.id', 'm.chamber_id', 'm.lang', 'm.display_name'])
        .where('m.role', 'in', ['member', 'secretary'])
        .where('m.chamber_id', 'is not', null)
        .where('m.created_at', '<', since)
        .where(({ not, exists, selectFrom, or }) =>
          not(
            or([
              exists(selectFrom('leads as l').select(sql`1`.as('one')).whereRef('l.reporter_id', '=', 'm.id').where('l.reported_at', '>=', since)),
              exists(selectFrom('events as e').select(sql`1`.as('one')).whereRef('e.reporter_id', '=', 'm.id').where('e.created_at', '>=', since)),
              exists(selectFrom('follow_ups as f').select(sql`1`.as('one')).whereRef('f.member_id', '=', 'm.id').where('f.at', '>=', since)),
              exists(selectFrom('member_mutes as mm').select(sql`1`.as('one')).whereRef('mm.member_id', '=', 'm.id').where('mm.topic', '=', 'nudge')),
            ]),
          ),
        )
        .orderBy('m.id')
        .execute();
      const recipients = await memberRecipients(trx, silent, ctx.platforms);
      const queue: OutboxMessage[] = [];
      for (const member of silent) {
        const recipient = recipients.get(member.id);
        if (!recipient) continue;
        const lang: Language = isLang(member.lang) ? member.lang : 'zh-CN';
        queue.push({
          job: 'nudge',
          period,
          recipient,
          outbound: { text: translate(lang, 'nudge.text', { name: member.display_name, days }) },
          priority: PRIORITY.nudge,
        });
      }
      const queued = (await enqueue(trx, queue)).size;
      return { silent: silent.length, unreachable: silent.length - recipients.size, queued };
    });
  },
};
