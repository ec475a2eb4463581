import { Api } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import type { App } from '../../app.ts';
import type { Outbound } from '../../core/messages.ts';
import type { PlatformAdapter, PushResult } from '../platform.ts';
import { createBot, DEFAULT_RETRY, type RetryOptions } from './bot.ts';
import { setCommandMenus } from './command-menu.ts';
import { describeSafeError, pushFailure, safeError } from './errors.ts';
import { TELEGRAM } from './inbound.ts';
import { messageParts, sendOutbound } from './outbound.ts';
import { DEFAULT_POLLING, startPolling, type Poller, type PollingOptions } from './polling.ts';
import { webhookRoute } from './webhook.ts';

export { WEBHOOK_PATH } from './webhook.ts';

export interface TelegramAdapterOptions {
  retry?: Partial<RetryOptions>;
  polling?: Partial<PollingOptions>;
}

/** What the adapter needs of the app. */
export type TelegramAppDeps = Pick<App, 'config' | 'logger' | 'core'>;

/**
 * Telegram through grammY, by long polling (TELEGRAM_MODE=polling, one instance) or by webhook
 * (several instances behind a load balancer). The adapter only translates: what to answer is
 * the core's business, and every update is handled once because the core records it.
 */
export async function createTelegramAdapter(app: TelegramAppDeps, options: TelegramAdapterOptions = {}): Promise<PlatformAdapter> {
  const { config, core } = app;
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error('TELEGRAM_BOT_TOKEN is not set');
  // Every line this adapter writes says `platform: telegram`; none carries the token (see errors.ts).
  const logger = app.logger.child({ platform: TELEGRAM });
  const mode = config.TELEGRAM_MODE;
  const webhookUrl = config.TELEGRAM_WEBHOOK_URL;
  const secret = config.TELEGRAM_WEBHOOK_SECRET;
  if (mode === 'webhook' && (!webhookUrl || !secret)) {
    throw new Error('TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET');
  }

  const bot = createBot({ token, apiRoot: config.TELEGRAM_API_ROOT, retry: { ...DEFAULT_RETRY, ...options.retry } }, { core, logger, token });

  // getMe once, shared by concurrent callers; a failure is not cached, so the next update tries again.
  let identifying: Promise<UserFromGetMe> | undefined;
  const identify = async (): Promise<void> => {
    if (bot.isInited()) return;
    identifying ??= bot.api.getMe().finally(() => {
      identifying = undefined;
    });
    const me = await identifying;
    if (!bot.isInited()) bot.botInfo = me;
  };
  const handle = async (update: Update) => {
    await identify();
    await bot.handleUpdate(update);
  };

  // Pushes go through an Api without auto-retry: a 429 goes straight back to the outbox,
  // which pauses every sender for retry_after instead of one call sleeping on it.
  const apiRoot = config.TELEGRAM_API_ROOT?.replace(/\/+$/, '');
  const pushApi = new Api(token, apiRoot ? { apiRoot } : {});
  const warn = (what: string) => (error: unknown) => logger.warn({ error: safeError(error, token) }, what);
  const commands = core.features.flatMap((f) => f.commands ?? []);
  let poller: Poller | undefined;

  return {
    platform: TELEGRAM,
    routes: mode === 'webhook' && secret ? [webhookRoute({ secret, logger, token, handle })] : [],

    async start() {
      // Without knowing itself (a refused token) the bot cannot start: say why without the token.
      await identify().catch((error: unknown) => {
        throw new Error(`telegram getMe failed: ${describeSafeError(safeError(error, token))}`);
      });
      await setCommandMenus(bot.api, commands, (error, language) => warn(`command menu (${language}) not set`)(error));
      if (mode === 'webhook') {
        // Essential: without it no update arrives. Several instances may all set the same URL.
        await bot.api
          .setWebhook(webhookUrl as string, { secret_token: secret, allowed_updates: [...DEFAULT_POLLING.allowedUpdates] })
          .catch((error: unknown) => {
            throw new Error(`telegram setWebhook failed: ${describeSafeError(safeError(error, token))}`);
          });
        logger.info({ mode, username: bot.botInfo.username }, 'telegram webhook registered');
        return;
      }
      // A webhook left from an earlier run would make getUpdates fail with 409.
      await bot.api.deleteWebhook().catch(warn('deleteWebhook failed; polling anyway'));
      poller = startPolling(bot.api, handle, logger, token, { ...DEFAULT_POLLING, ...options.polling });
      logger.info({ mode, username: bot.botInfo.username }, 'telegram polling started');
    },

    async stop() {
      await poller?.stop();
      poller = undefined;
    },

    parts: messageParts,

    async push(chatId: string, outbound: Outbound): Promise<PushResult> {
      try {
        const ids = await sendOutbound(pushApi, chatId, outbound);
        if (ids.length === 0) return { ok: false, reason: 'error', detail: 'nothing to send' };
        return { ok: true, messageId: String(ids[ids.length - 1]) };
      } catch (error) {
        const failure = pushFailure(error, token);
        logger.warn({ chatId, reason: failure.reason, retryAfter: failure.retryAfter, error: safeError(error, token) }, 'push failed');
        return failure;
      }
    },
  };
}
