import { autoRetry } from '@grammyjs/auto-retry';
import { Bot } from 'grammy';
import { buttons } from './handlers/buttons.ts';
import { chats } from './handlers/chats.ts';
import type { HandlerDeps } from './handlers/context.ts';
import { messages } from './handlers/messages.ts';

export interface RetryOptions {
  /** How many times a request refused with 429 (or a 5xx) is tried again. */
  maxRetryAttempts: number;
  /** A retry_after longer than this is not waited for: the send fails as rate limited. */
  maxDelaySeconds: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxRetryAttempts: 3, maxDelaySeconds: 30 };

export interface BotOptions {
  token: string;
  /** Another Bot API server (a local one, a proxy, a test double); Telegram's by default. */
  apiRoot?: string;
  retry?: RetryOptions;
}

/**
 * The grammY bot: API calls honour retry_after with bounded retries, and one composer per
 * kind of update turns it into the core's Inbound. Nothing here keeps state between updates.
 */
export function createBot(options: BotOptions, deps: HandlerDeps): Bot {
  const apiRoot = options.apiRoot?.replace(/\/+$/, '');
  const bot = new Bot(options.token, { client: apiRoot ? { apiRoot } : {} });
  const retry = options.retry ?? DEFAULT_RETRY;
  bot.api.config.use(
    autoRetry({
      maxRetryAttempts: retry.maxRetryAttempts,
      maxDelaySeconds: retry.maxDelaySeconds,
      // Network errors would otherwise be retried forever; callers decide (polling backs off, the outbox retries).
      rethrowHttpErrors: true,
    }),
  );
  bot.use(messages(deps));
  bot.use(buttons(deps));
  bot.use(chats(deps));
  return bot;
}
