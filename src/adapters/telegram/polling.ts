import type { Api } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import { isDatabaseOutage, safeError } from './errors.ts';

export interface PollingOptions {
  /** Long-polling timeout of each getUpdates call. */
  timeoutSeconds: number;
  /** First pause after a failure; doubles with each failure in a row up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Replaces Telegram's default list, so it names my_chat_member (the bot added to or removed from a chat). */
  allowedUpdates: readonly ('message' | 'callback_query' | 'my_chat_member')[];
}

export const DEFAULT_POLLING: PollingOptions = {
  timeoutSeconds: 30,
  backoffMs: 1000,
  maxBackoffMs: 30_000,
  allowedUpdates: ['message', 'callback_query', 'my_chat_member'],
};

export interface Poller {
  stop(): Promise<void>;
}

/**
 * Long polling that never moves past an update it could not handle. bot.start() advances its
 * offset whatever happens to an update; here the offset moves only once an update is handled,
 * so when the database is down the same update is fetched and tried again after a pause (the
 * core records every update once, so nothing is done twice). Other failures are logged and
 * skipped, since trying a broken update forever would stop the bot for everyone.
 */
export function startPolling(
  api: Api,
  handle: (update: Update) => Promise<void>,
  logger: Logger,
  token: string,
  options: PollingOptions = DEFAULT_POLLING,
): Poller {
  const controller = new AbortController();
  const { signal } = controller;
  let offset: number | undefined;
  let failures = 0;
  const pause = () => {
    failures += 1;
    return sleep(Math.min(options.maxBackoffMs, options.backoffMs * 2 ** (failures - 1)), signal);
  };

  const loop = async () => {
    while (!signal.aborted) {
      let updates: Update[];
      try {
        updates = await api.getUpdates(
          { offset, timeout: options.timeoutSeconds, allowed_updates: [...options.allowedUpdates] },
          // grammY types its signal with the abort-controller package; Node's is the same at run time.
          signal as unknown as Parameters<Api['getUpdates']>[1],
        );
      } catch (error) {
        if (signal.aborted) break;
        logger.warn({ error: safeError(error, token) }, 'getUpdates failed; retrying');
        await pause();
        continue;
      }
      for (const update of updates) {
        if (signal.aborted) break;
        try {
          await handle(update);
          failures = 0;
        } catch (error) {
          const fields = { updateId: update.update_id, error: safeError(error, token) };
          if (isDatabaseOutage(error)) {
            logger.warn(fields, 'database unavailable: the update will be tried again');
            await pause();
            break; // fetch again from this update's offset
          }
          logger.error(fields, 'update failed and is skipped');
        }
        offset = update.update_id + 1;
      }
    }
  };
  const running = loop();

  return {
    async stop() {
      controller.abort();
      await running;
      // Confirms the updates handled so far, so a restart does not fetch them again.
      if (offset !== undefined) {
        await api.getUpdates({ offset, limit: 1, timeout: 0 }).catch(() => undefined);
      }
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
