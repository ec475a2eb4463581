import { TOPIC_ROBOT, type DWClientDownStream } from 'dingtalk-stream';
import type { App } from '../../app.ts';
import { DatabaseUnavailableError } from '../../core/conversation.ts';
import type { Inbound, Outbound } from '../../core/messages.ts';
import type { PlatformAdapter, PushResult } from '../platform.ts';
import { chatChangeOf, DINGTALK, type GroupEventData, inboundOf, type RobotMessage } from './inbound.ts';
import { filePayload, imagePayload, messageParts, robotPayload } from './messages.ts';
import { DingTalkApiError, DingTalkOpenApi, pushFailure } from './open-api.ts';
import { StreamClient } from './stream.ts';

export interface DingTalkAdapterOptions {
  /** Waits for rate limits on replies (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
  /** How many times a reply is tried when DingTalk throttles it or fails (default 4). */
  maxAttempts?: number;
}

/** What the adapter needs of the app. */
export type DingTalkAppDeps = Pick<App, 'config' | 'logger' | 'core'>;

export interface DingTalkAdapter extends PlatformAdapter {
  readonly client: StreamClient;
  /** Resolves once every message received so far has been handled and its replies sent. */
  idle(): Promise<void>;
}

const DEFAULT_MAX_ATTEMPTS = 4;
/** What a chart is called when uploaded (DingTalk shows pictures without their name). */
const CHART_FILE_NAME = 'chart.png';
/** A reply waits out at most this much of DingTalk's throttling per try, then tries again. */
const MAX_REPLY_WAIT_MS = 10_000;

/**
 * DingTalk (钉钉) through its Stream Mode SDK (dingtalk-stream): the robot's messages come over a
 * WebSocket the bot opens, so no public URL is needed. Private chats get everything the core
 * offers; in groups DingTalk hands the robot only the messages that @mention it. Each message is
 * handled once — the core records its msgId, so a redelivery answers nothing — and acknowledged
 * only once recorded, so one that met a database outage is delivered again.
 */
export async function createDingTalkAdapter(app: DingTalkAppDeps, options: DingTalkAdapterOptions = {}): Promise<DingTalkAdapter> {
  const { config, core } = app;
  const clientId = config.DINGTALK_CLIENT_ID;
  const clientSecret = config.DINGTALK_CLIENT_SECRET;
  const robotCode = config.DINGTALK_ROBOT_CODE;
  if (!clientId || !clientSecret || !robotCode) throw new Error('DINGTALK_CLIENT_ID, DINGTALK_CLIENT_SECRET and DINGTALK_ROBOT_CODE are not set');
  const logger = app.logger.child({ platform: DINGTALK });
  const apiUrl = config.DINGTALK_API_URL.replace(/\/+$/, '');
  const oapiUrl = config.DINGTALK_OAPI_URL.replace(/\/+$/, '');
  const api = new DingTalkOpenApi({ apiUrl, oapiUrl, clientId, clientSecret, robotCode });
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const client = new StreamClient({ clientId, clientSecret }, `${apiUrl}/v1.0/gateway/connections/open`, logger);

  // ---- one chain per chat, so a chat's messages are answered in order ------------------------
  const chains = new Map<string, Promise<void>>();
  const pending = new Set<Promise<void>>();
  const enqueue = (chatId: string, task: () => Promise<void>): void => {
    const tail = (chains.get(chatId) ?? Promise.resolve()).then(task).catch((error: unknown) => {
      const fields = { error: error instanceof Error ? error.message : String(error) };
      if (error instanceof DatabaseUnavailableError) logger.warn(fields, 'dingtalk message not handled: database unavailable, DingTalk delivers it again');
      else logger.error(fields, 'dingtalk message not handled');
    });
    chains.set(chatId, tail);
    pending.add(tail);
    void tail.finally(() => {
      pending.delete(tail);
      if (chains.get(chatId) === tail) chains.delete(chatId);
    });
  };
  const idle = async (): Promise<void> => {
    while (pending.size > 0) await Promise.all([...pending]);
  };

  /** Sends one of messageParts: an image or a file is uploaded first and sent as its media id. */
  const deliver = async (chatId: string, part: Outbound): Promise<string> => {
    if (part.image) return api.send(chatId, imagePayload(await api.upload('image', CHART_FILE_NAME, part.image.png, 'image/png')));
    if (part.file) {
      const { name, data, mime } = part.file;
      return api.send(chatId, filePayload(await api.upload('file', name, data, mime), name));
    }
    return api.send(chatId, robotPayload(part));
  };

  /** Sends a reply, waiting out throttling and retrying failures a few times: it was asked for. */
  const reply = async (chatId: string, outbound: Outbound): Promise<void> => {
    for (const part of messageParts(outbound)) {
      for (let attempt = 1; ; attempt++) {
        try {
          await deliver(chatId, part);
          break;
        } catch (error) {
          const retry = error instanceof DingTalkApiError && (error.rateLimited || error.status === undefined || error.status >= 500);
          logger.warn({ attempt, error: error instanceof Error ? error.message : String(error) }, 'dingtalk reply not sent');
          if (!retry || attempt >= maxAttempts) break;
          await sleep(Math.min(MAX_REPLY_WAIT_MS, (error.retryAfter ?? 1) * 1000 * attempt));
        }
      }
    }
  };

  /**
   * Has the core handle an update in its chat's turn, acknowledges it once the core has recorded it
   * (`notRecorded` otherwise, then the error is logged), and sends the answers.
   */
  const handleInChat = (inbound: Inbound, recorded: () => void, notRecorded?: () => void): void => {
    enqueue(inbound.chat.id, async () => {
      const result = await core.handle(inbound).catch((error: unknown) => {
        notRecorded?.();
        throw error;
      });
      recorded();
      const fields = { updateId: inbound.updateId, chatType: inbound.chat.type, duplicate: result.duplicate };
      logger.info(
        inbound.chatChange ? { ...fields, change: inbound.chatChange.kind } : fields,
        inbound.chatChange ? 'dingtalk group event' : 'dingtalk message',
      );
      if (result.duplicate) return;
      for (const outbound of result.replies) await reply(inbound.chat.id, outbound);
    });
  };

  const onRobotMessage = (downstream: DWClientDownStream): void => {
    let message: RobotMessage;
    try {
      message = JSON.parse(downstream.data) as RobotMessage;
    } catch {
      logger.warn({ messageId: downstream.headers.messageId }, 'dingtalk: unreadable robot message ignored');
      client.socketCallBackResponse(downstream.headers.messageId, {});
      return;
    }
    const inbound = inboundOf(message, robotCode);
    if (!inbound) {
      // Another robot's, or one nobody can be answered in: acknowledged, so it is not delivered again.
      logger.info({ msgtype: message.msgtype, ownRobot: message.robotCode === robotCode }, 'dingtalk message ignored');
      client.socketCallBackResponse(downstream.headers.messageId, {});
      return;
    }
    // Not acknowledged when it was not recorded: DingTalk delivers an unanswered message again.
    handleInChat(inbound, () => client.socketCallBackResponse(downstream.headers.messageId, {}));
  };

  /**
   * An event the app subscribed to: the robot added to a group or removed from it is handled like
   * a message (recorded once, then answered in the group) and acknowledged once recorded; every
   * other event is acknowledged and left alone.
   */
  const onEvent = (event: DWClientDownStream): void => {
    const { messageId, eventType, eventId } = event.headers;
    let data: GroupEventData = {};
    try {
      data = JSON.parse(event.data) as GroupEventData;
    } catch {
      // An unreadable body is no event the bot can act on.
    }
    const inbound = chatChangeOf(eventType, eventId, data, robotCode);
    if (!inbound) {
      logger.debug({ eventType }, 'dingtalk event ignored');
      client.acknowledgeEvent(messageId, 'SUCCESS');
      return;
    }
    handleInChat(
      inbound,
      () => client.acknowledgeEvent(messageId, 'SUCCESS'),
      () => client.acknowledgeEvent(messageId, 'LATER'),
    );
  };

  client.registerCallbackListener(TOPIC_ROBOT, onRobotMessage);
  client.onEvents(onEvent);

  return {
    platform: DINGTALK,
    client,
    idle,
    routes: [],

    async start() {
      // Refused credentials are a start that failed for real; DingTalk out of reach is not (the
      // SDK keeps connecting).
      try {
        await api.accessToken();
      } catch (error) {
        if (error instanceof DingTalkApiError && error.credentialsRefused) {
          throw new Error(`dingtalk refused the app's credentials (DINGTALK_CLIENT_ID, DINGTALK_CLIENT_SECRET): ${error.message}`);
        }
        logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'dingtalk: no access token yet');
      }
      await client.connect();
      logger.info({ connected: client.connected }, 'dingtalk stream started');
    },

    async stop() {
      client.disconnect();
      await idle();
    },

    parts: messageParts,

    /** The outbox pushes one part at a time (parts); a whole Outbound is sent part by part. */
    async push(chatId: string, outbound: Outbound): Promise<PushResult> {
      try {
        const ids: string[] = [];
        for (const part of messageParts(outbound)) ids.push(await deliver(chatId, part));
        return { ok: true, messageId: ids[0] ?? '' };
      } catch (error) {
        const failure = pushFailure(error);
        logger.warn({ reason: failure.reason, retryAfter: failure.retryAfter, error: failure.detail }, 'dingtalk push failed');
        return failure;
      }
    },
  };
}
