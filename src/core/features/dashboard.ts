import { createLoginToken, LOGIN_TOKEN_MINUTES } from '../../web/sessions.ts';
import type { Command, Feature } from '../context.ts';
import { encode } from '../actions.ts';

/**
 * /dashboard (看板): a button that opens the web dashboard signed in as this member. The
 * one-time link works in any browser; Telegram opens the page as a Mini App instead, which
 * signs in with Telegram's own signed data. Only in private: a link in a group would let
 * whoever clicks first in as the member who asked.
 */
const dashboard: Command = {
  name: 'dashboard',
  aliases: ['看板'],
  help: 'help.dashboard',
  async run(ctx) {
    const base = ctx.deps.publicUrl;
    if (!base) return [{ text: ctx.t('dashboard.noPublicUrl') }];
    if (ctx.inbound.chat.type !== 'private') return [{ text: ctx.t('dashboard.privateOnly') }];
    const token = await createLoginToken(ctx.trx, ctx.member.id, ctx.now);
    const url = `${base}/dashboard/login?token=${token}`;
    return [
      {
        text: ctx.t('dashboard.link', { name: ctx.member.display_name, minutes: LOGIN_TOKEN_MINUTES, url }),
        buttons: [[{ label: ctx.t('dashboard.open'), action: encode({ type: 'dashboard' }), link: { url, miniAppUrl: `${base}/dashboard/` } }]],
      },
    ];
  },
};

export const dashboardFeature: Feature = { commands: [dashboard] };
