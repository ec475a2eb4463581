import * as lark from '@larksuiteoapi/node-sdk';
import { LRUCache } from 'lru-cache';
import type { App } from '../../app.ts';
import { DatabaseUnavailableError, type HandleResult } from '../../core/conversation.ts';
import type { ChatType, Inbound, Outbound } from '../../core/messages.ts';
import type { PlatformAdapter, PushOptions, PushResult } from '../platform.ts';
import { buildCard } from './cards.ts';
import {
  cardActionUpdateId,
  CHAT_CHANGES,
  incomingCardAction,
  incomingMessage,
  LARK,
  type LarkCardActionEvent,
  type LarkChatEvent,
  type LarkMessageEvent,
} from './inbound.ts';
import { createClient, larkDomain, safeApiError, sdkLogger } from './sdk.ts';
import { credentialsRefused, LarkSender, messageParts, pushFailure, receiveIdType, safeSendError, type LarkApiError, type SendTarget } from './sender.ts';
import { EventJournal, JournaledDispatcher } from './journal.ts';
import { NonceStore, webhookRoute } from './webhook.ts';

export interface LarkAdapterOptions {
  /**
   * How long an event may keep Lark waiting (ms, default 2000; Lark gives up after 3 s). Within
   * it the core handles the update, so a database outage can still be answered with an error
   * and delivered again; past it the event is acknowledged and finished in the background.
   * Sending the replies always happens after the acknowledgement.
   */
  ackBudgetMs?: number;
  /** Waits for rate limits (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
  /** How many times one Open API call is tried when rate limited (default 4). */
  maxAttempts?: number;
  /**
   * How long an event recorded by an instance is left to it before another (or this one after a
   * restart) handles it again (ms, default 60 s). Recorded events are looked at when the adapter
   * starts and every half lease.
   */
  eventLeaseMs?: number;
}

/** What the adapter needs of the app. */
export type LarkAppDeps = Pick<App, 'config' | 'logger' | 'core' | 'deps'>;

export interface LarkAdapter extends PlatformAdapter {
  /** The one dispatcher both modes feed: the long connection's WSClient and POST /lark/events. */
  readonly dispatcher: lark.EventDispatcher;
  readonly client: lark.Client;
  /** Resolves once every update received so far has been handled and its replies sent. */
  idle(): Promise<void>;
}

const DEFAULT_ACK_BUDGET_MS = 2000;
const DEFAULT_EVENT_LEASE_MS = 60_000;
const NAME_TTL_MS = 6 * 3600_000;
const NAME_FAILURE_TTL_MS = 10 * 60_000;
const MAX_REMEMBERED_CHATS = 10_000;
/**
 * A push does not wait out a rate limit: it reports rate_limited with Lark's wait at once, so the
 * outbox pauses every send to Lark from that moment (a push sleeping on its own 429 would let
 * the others go on into the limit).
 */
const PUSH_WAIT_BUDGET_SECONDS = 0;
/** Who the bot is, what a person is called: nice to know, not worth keeping Lark waiting. */
const LOOKUP_WAIT_BUDGET_SECONDS = 1;

/**
 * Lark (Feishu) through @larksuiteoapi/node-sdk, shaped like the SDK's own channel module:
 * normalise inbound events, guard them, send outbound. Private (p2p) chats get everything the
 * core offers; in groups the bot answers when @mentioned (or sent a /command). Each event is
 * handled once — the core records its update id (the event_id; for card presses the card, the
 * operator and the action) — and every reply carries a uuid, so redeliveries and retries
 * never answer twice.
 */
export async function createLarkAdapter(app: LarkAppDeps, options: LarkAdapterOptions = {}): Promise<LarkAdapter> {
  const { config, core } = app;
  const appId = config.LARK_APP_ID;
  const appSecret = config.LARK_APP_SECRET;
  if (!appId || !appSecret) throw new Error('LARK_APP_ID and LARK_APP_SECRET are not set');
  const mode = config.LARK_MODE;
  const encryptKey = config.LARK_ENCRYPT_KEY;
  if (mode === 'webhook' && !encryptKey) throw new Error('LARK_MODE=webhook needs LARK_ENCRYPT_KEY');
  const logger = app.logger.child({ platform: LARK });
  const domain = larkDomain(config.LARK_DOMAIN);
  const now = app.deps.now;
  const ackBudgetMs = options.ackBudgetMs ?? DEFAULT_ACK_BUDGET_MS;

  const { client, cache } = createClient({ appId, appSecret, domain, logger });
  const sender = new LarkSender({ client, tokenCache: cache, logger, sleep: options.sleep, maxAttempts: options.maxAttempts });

  // ---- who the bot is, who people are, what kind of chat an id is ----------------------------

  let botOpenId: string | undefined;
  /** Why bot/v3/info failed when the app's credentials were refused: start() gives up on it. */
  let refusedCredentials: LarkApiError | undefined;
  let identifying: Promise<string | undefined> | undefined;
  /** The bot's open_id (bot/v3/info), to tell its @mention from others'. A failure is not kept. */
  const botIdentity = async (): Promise<string | undefined> => {
    if (botOpenId) return botOpenId;
    identifying ??= sender
      .call(
        'bot.info',
        () => client.request({ url: '/open-apis/bot/v3/info', method: 'GET' }) as Promise<{ code?: number; bot?: { open_id?: string } }>,
        LOOKUP_WAIT_BUDGET_SECONDS,
      )
      .then((answer) => {
        botOpenId = answer?.bot?.open_id || undefined;
        return botOpenId;
      })
      .catch((error: unknown) => {
        refusedCredentials = credentialsRefused(error) ? error : undefined;
        logger.warn({ error: safeSendError(error) }, 'lark bot identity unknown: any @mention counts as addressing the bot');
        return undefined;
      })
      .finally(() => {
        identifying = undefined;
      });
    return identifying;
  };

  /** Display names by open id, each kept for its own time: long when Lark answered, short when it failed. */
  const names = new LRUCache<string, string>({ max: MAX_REMEMBERED_CHATS, ttl: NAME_TTL_MS });
  /** A person's display name (contact:user.base:readonly); '' when Lark will not say. */
  const nameOf = async (openId: string): Promise<string> => {
    const known = names.get(openId);
    if (known !== undefined) return known;
    let name = '';
    let ttl = NAME_TTL_MS;
    try {
      const answer = (await sender.call(
        'contact.user.get',
        () =>
          client.contact.v3.user.get({ path: { user_id: openId }, params: { user_id_type: 'open_id' } }) as Promise<{
            code?: number;
            msg?: string;
            data?: { user?: { name?: string } };
          }>,
        LOOKUP_WAIT_BUDGET_SECONDS,
      )) as { data?: { user?: { name?: string } } } | null;
      name = answer?.data?.user?.name ?? '';
    } catch (error) {
      ttl = NAME_FAILURE_TTL_MS;
      logger.debug({ error: safeSendError(error) }, 'lark user name unavailable');
    }
    names.set(openId, name, { ttl });
    return name;
  };

  const chatTypes = new LRUCache<string, ChatType>({ max: MAX_REMEMBERED_CHATS });
  const rememberChat = (chatId: string, type: ChatType) => {
    chatTypes.set(chatId, type);
  };
  /** A chat's type for a press or a push: private for a user id; unknown chats count as groups (redacted). */
  const chatTypeOf = (chatId: string, hint?: ChatType): ChatType =>
    hint ?? chatTypes.get(chatId) ?? (chatId.startsWith('ou_') || chatId.startsWith('on_') ? 'private' : 'group');

  // ---- work queues: one chain per chat, so a chat's updates are answered in order ------------

  const chains = new Map<string, Promise<void>>();
  const pending = new Set<Promise<void>>();
  const enqueue = (chatId: string, task: () => Promise<void>): Promise<void> => {
    const previous = chains.get(chatId) ?? Promise.resolve();
    const job = previous.then(task);
    const tail = job.catch(() => {});
    chains.set(chatId, tail);
    pending.add(tail);
    void tail.finally(() => {
      pending.delete(tail);
      if (chains.get(chatId) === tail) chains.delete(chatId);
    });
    return job;
  };
  const idle = async (): Promise<void> => {
    while (pending.size > 0) await Promise.all([...pending]);
  };

  /**
   * Runs `handle` on the chat's queue and waits for the core's answer at most the ack budget:
   * `answered` when the core finished in time, `late` otherwise; a database outage within the
   * budget is thrown, so the event is delivered again. `after` runs on the queue once the outcome
   * is known (sending happens there, after Lark was answered).
   */
  const acknowledge = async (
    chatId: string,
    ids: { eventId: string; updateId: string },
    handle: () => Promise<HandleResult | null>,
    after: (result: HandleResult, inTime: boolean) => Promise<void>,
    describe: Record<string, unknown>,
  ): Promise<{ result: HandleResult | null; inTime: boolean }> => {
    // Handled again from the journal: nobody waits for the answer, and replies the core recorded
    // before the process died may never have been sent (their uuids make sending them again safe).
    const resumed = dispatcher.isResumed(ids.eventId);
    dispatcher.takeOver(ids.eventId);
    let settle!: (value: HandleResult | null) => void;
    let fail!: (error: unknown) => void;
    const handled = new Promise<HandleResult | null>((resolve, reject) => {
      settle = resolve;
      fail = reject;
    });
    handled.catch(() => {});
    let decide!: (inTime: boolean) => void;
    const decided = new Promise<boolean>((resolve) => {
      decide = resolve;
    });
    const job = enqueue(chatId, async () => {
      let result: HandleResult | null;
      try {
        result = await handle();
        settle(result);
      } catch (error) {
        fail(error);
        throw error;
      }
      if (result?.duplicate && resumed) result = { duplicate: false, replies: await recordedReplies(ids.updateId) };
      if (result) await after(result, await decided);
      await dispatcher.finished(ids.eventId);
    });
    job.catch((error: unknown) => {
      const fields = { ...describe, error: safeApiError(error) };
      if (error instanceof DatabaseUnavailableError) logger.warn(fields, 'lark update not handled: database unavailable');
      else logger.error(fields, 'lark update not handled');
    });

    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), resumed ? 0 : ackBudgetMs);
    });
    try {
      const outcome = await Promise.race([handled, late]);
      if (outcome === 'late') {
        decide(false);
        logger.warn(describe, 'lark update still running: acknowledged, finishing in the background');
        return { result: null, inTime: false };
      }
      decide(true);
      return { result: outcome, inTime: true };
    } catch (error) {
      decide(false);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };

  /** The replies the core recorded for an update (without attachments, which are not kept). */
  const recordedReplies = async (updateId: string): Promise<Outbound[]> => {
    const row = await app.deps.db
      .selectFrom('inbound_updates')
      .select('replies')
      .where('platform', '=', LARK)
      .where('update_id', '=', updateId)
      .executeTakeFirst();
    const replies = typeof row?.replies === 'string' ? JSON.parse(row.replies) : row?.replies;
    return Array.isArray(replies) ? (replies as Outbound[]) : [];
  };

  /** Sends the core's replies to a chat, one after the other; a failure is logged with Lark's code. */
  const sendReplies = async (target: SendTarget, updateId: string, replies: Outbound[], skip?: Outbound): Promise<void> => {
    for (const [i, reply] of replies.entries()) {
      if (reply === skip) continue;
      try {
        await sender.sendOutbound(target, reply, `${updateId}:${i}`);
      } catch (error) {
        logger.warn({ updateId, reply: i, error: safeSendError(error) }, 'lark reply not sent');
      }
    }
  };

  /** Sends the core's replies to an event into the chat it came from, unless they were sent before. */
  const replyInChat =
    (chatId: string, updateId: string) =>
    async (result: HandleResult): Promise<void> => {
      if (result.duplicate) return;
      await sendReplies({ receiveId: chatId, receiveIdType: 'chat_id', chatType: chatTypeOf(chatId) }, updateId, result.replies);
    };

  // ---- the dispatcher: messages, card presses, and the chats the bot is in ------------------

  const onMessage = async (event: LarkMessageEvent): Promise<void> => {
    const chatId = event.message?.chat_id;
    if (!chatId || !event.event_id) return;
    const updateId = event.event_id;
    await acknowledge(
      chatId,
      { eventId: event.event_id, updateId },
      async () => {
        const needsBot = event.message?.chat_type !== 'p2p' && (event.message?.mentions?.length ?? 0) > 0;
        const incoming = incomingMessage(event, needsBot ? await botIdentity() : botOpenId);
        if (!incoming) return null;
        rememberChat(incoming.chatId, incoming.chatType);
        const inbound: Inbound = {
          platform: LARK,
          updateId,
          chat: { id: incoming.chatId, type: incoming.chatType },
          user: { id: incoming.senderOpenId, name: await nameOf(incoming.senderOpenId) },
          addressed: incoming.chatType === 'group' ? incoming.mentionedBot : undefined,
          ...(incoming.text === null ? { unreadable: true } : { text: incoming.text }),
        };
        logger.info({ updateId, chatType: incoming.chatType, addressed: inbound.addressed }, 'lark message');
        return core.handle(inbound);
      },
      replyInChat(chatId, updateId),
      { updateId, event: 'im.message.receive_v1' },
    );
  };

  /** The bot added to a group, removed from it, or the group disbanded. */
  const onChatEvent =
    (type: keyof typeof CHAT_CHANGES) =>
    async (event: LarkChatEvent): Promise<void> => {
      const chatId = event.chat_id;
      if (!chatId || !event.event_id) return;
      const updateId = event.event_id;
      await acknowledge(
        chatId,
        { eventId: event.event_id, updateId },
        async () => {
          rememberChat(chatId, 'group');
          const operator = event.operator_id?.open_id ?? '';
          const inbound: Inbound = {
            platform: LARK,
            updateId,
            chat: { id: chatId, type: 'group', ...(event.name ? { title: event.name } : {}) },
            user: { id: operator, name: operator ? await nameOf(operator) : '' },
            chatChange: CHAT_CHANGES[type],
          };
          logger.info({ updateId, event: type }, 'lark chat event');
          return core.handle(inbound);
        },
        replyInChat(chatId, updateId),
        { updateId, event: type },
      );
    };

  /**
   * A card button was pressed. The answer is the updated card when the core's reply replaces the
   * pressed message (Outbound.edit) and came in time; when it came late, the card is patched.
   * The other replies are sent as new messages. A repeated press answers nothing.
   */
  const onCardAction = async (event: LarkCardActionEvent): Promise<Record<string, unknown>> => {
    const action = incomingCardAction(event);
    if (!action) return {};
    const chatType = chatTypeOf(action.chatId, action.chatType);
    const updateId = cardActionUpdateId(action);
    const target: SendTarget = { receiveId: action.chatId, receiveIdType: 'chat_id', chatType };
    const { result } = await acknowledge(
      action.chatId,
      { eventId: action.eventId, updateId },
      async () => {
        const inbound: Inbound = {
          platform: LARK,
          updateId,
          chat: { id: action.chatId, type: chatType },
          user: { id: action.operatorOpenId, name: await nameOf(action.operatorOpenId) },
          action: action.action,
        };
        logger.info({ updateId: action.eventId, chatType }, 'lark card action');
        return core.handle(inbound);
      },
      async (handled, inTime) => {
        if (handled.duplicate) return;
        const edit = handled.replies.find((r) => r.edit);
        if (edit && !inTime) {
          await sender
            .patchCard(action.messageId, buildCard(edit, chatType))
            .catch((error: unknown) => logger.warn({ updateId, error: safeSendError(error) }, 'lark card not updated'));
        }
        await sendReplies(target, updateId, handled.replies, edit);
      },
      { updateId: action.eventId, event: 'card.action.trigger' },
    );
    if (!result || result.duplicate) return {};
    const edit = result.replies.find((r) => r.edit);
    return edit ? { card: { type: 'raw', data: buildCard(edit, chatType) } } : {};
  };

  const dispatcher = new JournaledDispatcher({
    encryptKey,
    verificationToken: config.LARK_VERIFICATION_TOKEN,
    logger: sdkLogger(logger),
    loggerLevel: lark.LoggerLevel.warn,
  }).register<{ 'card.action.trigger': (data: LarkCardActionEvent) => Promise<Record<string, unknown>> }>({
    'im.message.receive_v1': (data) => onMessage(data as LarkMessageEvent),
    'card.action.trigger': (data) => onCardAction(data),
    'im.chat.member.bot.added_v1': onChatEvent('im.chat.member.bot.added_v1'),
    'im.chat.member.bot.deleted_v1': onChatEvent('im.chat.member.bot.deleted_v1'),
    'im.chat.disbanded_v1': onChatEvent('im.chat.disbanded_v1'),
  });
  const eventLeaseMs = options.eventLeaseMs ?? DEFAULT_EVENT_LEASE_MS;
  dispatcher.journal = new EventJournal(app.deps.db, LARK, eventLeaseMs);
  let resumeTimer: NodeJS.Timeout | undefined;
  const resume = () =>
    dispatcher.resumeStale(logger).catch((error: unknown) => logger.warn({ error: safeApiError(error) }, 'lark: recorded events not looked at'));

  let wsClient: lark.WSClient | undefined;

  return {
    platform: LARK,
    dispatcher,
    client,
    idle,
    routes:
      mode === 'webhook' && encryptKey
        ? [
            webhookRoute({
              encryptKey,
              verificationToken: config.LARK_VERIFICATION_TOKEN,
              dispatcher,
              nonces: new NonceStore(app.deps.db, now),
              logger,
              now,
            }),
          ]
        : [],

    async start() {
      await botIdentity();
      // Refused credentials are a start that failed for real; Lark out of reach or answering
      // oddly is not (the identity is asked again later, the long connection reconnects).
      if (refusedCredentials) {
        throw new Error(`lark refused the app's credentials (LARK_APP_ID, LARK_APP_SECRET): ${refusedCredentials.message}`);
      }
      // Events an earlier process acknowledged and did not live to handle.
      await resume();
      resumeTimer ??= setInterval(() => void resume(), Math.max(1000, eventLeaseMs / 2));
      resumeTimer.unref();
      if (mode === 'ws') {
        wsClient = new lark.WSClient({
          appId,
          appSecret,
          domain,
          logger: sdkLogger(logger),
          loggerLevel: lark.LoggerLevel.info,
          autoReconnect: true,
        });
        await wsClient.start({ eventDispatcher: dispatcher });
        logger.info({ mode }, 'lark long connection started');
      } else {
        logger.info({ mode }, 'lark webhook ready');
      }
    },

    async stop() {
      clearInterval(resumeTimer);
      resumeTimer = undefined;
      wsClient?.close();
      wsClient = undefined;
      await idle();
    },

    parts: messageParts,

    async push(chatId: string, outbound: Outbound, pushOptions: PushOptions = {}): Promise<PushResult> {
      const target: SendTarget = { receiveId: chatId, receiveIdType: receiveIdType(chatId), chatType: chatTypeOf(chatId) };
      try {
        const ids = await sender.sendOutbound(target, outbound, pushOptions.idempotencyKey, PUSH_WAIT_BUDGET_SECONDS);
        if (ids.length === 0) return { ok: false, reason: 'error', detail: 'nothing to send' };
        return { ok: true, messageId: ids[0] };
      } catch (error) {
        const failure = pushFailure(error);
        logger.warn({ reason: failure.reason, retryAfter: failure.retryAfter, error: safeSendError(error) }, 'lark push failed');
        return failure;
      }
    },
  };
}
