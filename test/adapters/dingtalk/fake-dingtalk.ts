import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
// The `ws` package dingtalk-stream itself depends on: the stream server speaks to the real SDK.
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A stand-in for DingTalk on 127.0.0.1, reached by the adapter through DINGTALK_API_URL and
 * DINGTALK_OAPI_URL: the Stream gateway (connections/open, then a WebSocket that delivers robot
 * messages as CALLBACK frames and events as EVENT frames, and collects the SDK's
 * acknowledgements), oauth2/accessToken, the older API's media/upload, and the robot send API.
 * Tests script failures with `failNext`, drop the stream with `dropStream`.
 */

export const CLIENT_ID = 'dingfakeclientid01';
export const CLIENT_SECRET = 'fake-client-secret-9Qw2Er';
export const ROBOT_CODE = 'dingfakeclientid01';

/** The fields of DingTalk's request bodies the fake reads; the checks in route() answer a wrong one as DingTalk does. */
interface RequestBody {
  clientId: string;
  clientSecret: string;
  subscriptions?: { type: string; topic: string }[];
  appKey: string;
  appSecret: string;
  robotCode: string;
  userIds?: string[];
  openConversationId: string;
  msgKey: string;
  msgParam: string;
}

export interface SentRobotMessage {
  /** The staff id (private) or openConversationId (group) it went to. */
  to: string;
  msgKey: string;
  msgParam: Record<string, string>;
}

/** A file media/upload took: what the multipart form carried. */
export interface UploadedMedia {
  type: string;
  name: string;
  mime: string;
  bytes: Buffer;
  mediaId: string;
}

export interface ScriptedFailure {
  /** 'send' for both robot send calls, or a path ('/media/upload', '/v1.0/robot/groupMessages/send'). */
  route: 'send' | string;
  /** Only a send of this template (sampleImageMsg: the picture of a push, not its text). */
  msgKey?: string;
  status: number;
  /** A JSON answer, or raw text (an HTML page of a proxy, an empty body). */
  body: unknown;
  headers?: Record<string, string>;
}

export class FakeDingTalk {
  readonly sent: SentRobotMessage[] = [];
  readonly uploads: UploadedMedia[] = [];
  /** Tokens issued so far: secrets the logs must never show. */
  readonly tokens: string[] = [];
  /** Stream connections opened so far, with the subscriptions the gateway was asked for. */
  readonly connections: { subscriptions: { type: string; topic: string }[] }[] = [];
  private failures: ScriptedFailure[] = [];
  private readonly tickets = new Set<string>();
  private readonly sockets = new Set<WebSocket>();
  private readonly acks = new Map<string, (data: unknown) => void>();
  /** Frame ids the SDK acknowledged, in the order the acknowledgements arrived. */
  readonly acked: string[] = [];
  /** The frame id of the latest delivery. */
  lastFrameId = '';
  private readonly wss = new WebSocketServer({ noServer: true });
  private server?: Server;
  private nextMessage = 1;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => void this.route(req, res, Buffer.concat(chunks)));
    });
    this.server.on('upgrade', (req, socket, head) => this.upgrade(req, socket, head));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.dropStream();
    this.wss.close();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  reset(): void {
    this.sent.length = 0;
    this.uploads.length = 0;
    this.failures = [];
  }

  failNext(failure: ScriptedFailure): void {
    this.failures.push(failure);
  }

  /** Scripted failures not yet answered. */
  get pendingFailures(): number {
    return this.failures.length;
  }

  sentTo(chatId: string): SentRobotMessage[] {
    return this.sent.filter((m) => m.to === chatId);
  }

  get openStreams(): number {
    return this.sockets.size;
  }

  /** Closes every stream connection abruptly, as a network drop does. */
  dropStream(): void {
    for (const socket of this.sockets) socket.terminate();
    this.sockets.clear();
  }

  async waitForStreams(count: number, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.sockets.size < count) {
      if (Date.now() > until) throw new Error(`no stream connection within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * Delivers a robot message over the stream as DingTalk does (a CALLBACK frame on the robot topic,
   * a fresh frame id per delivery) and resolves with the SDK's acknowledgement, or 'no ack'.
   */
  deliver(robotMessage: Record<string, unknown>, ackTimeoutMs = 10_000): Promise<unknown> {
    return this.frame('CALLBACK', { topic: '/v1.0/im/bot/messages/get' }, robotMessage, ackTimeoutMs);
  }

  /**
   * Delivers an event the app subscribed to in 事件订阅 (Stream mode push) as an EVENT frame: its
   * type and id in the headers, its data as the body; resolves with the acknowledgement.
   */
  deliverEvent(eventType: string, eventId: string, data: Record<string, unknown>, ackTimeoutMs = 10_000): Promise<unknown> {
    const headers = { topic: '*', eventType, eventId, eventBornTime: String(Date.now()), eventCorpId: 'dingfakecorp', eventUnifiedAppId: 'fake-app' };
    return this.frame('EVENT', headers, data, ackTimeoutMs);
  }

  /** Sends bytes that are no frame at all (a proxy's page, a truncated write). */
  sendGarbage(text: string): void {
    const socket = [...this.sockets].at(-1);
    if (!socket) throw new Error('no stream connection to send on');
    socket.send(text);
  }

  private async frame(type: string, headers: Record<string, string>, data: Record<string, unknown>, ackTimeoutMs: number): Promise<unknown> {
    const socket = [...this.sockets].at(-1);
    if (!socket) throw new Error('no stream connection to deliver on');
    const messageId = `frame-${this.nextMessage++}`;
    this.lastFrameId = messageId;
    const acked = new Promise<unknown>((resolve) => {
      this.acks.set(messageId, resolve);
      setTimeout(() => resolve('no ack'), ackTimeoutMs).unref();
    });
    socket.send(
      JSON.stringify({
        specVersion: '1.0',
        type,
        headers: { appId: CLIENT_ID, connectionId: 'conn', contentType: 'application/json', messageId, time: String(Date.now()), ...headers },
        data: JSON.stringify(data),
      }),
    );
    return acked;
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const ticket = new URL(req.url ?? '/', this.url).searchParams.get('ticket') ?? '';
    if (!this.tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.sockets.add(ws);
      ws.on('close', () => this.sockets.delete(ws));
      ws.on('message', (raw) => {
        const frame = JSON.parse(String(raw)) as { headers?: { messageId?: string }; data?: string };
        const id = frame.headers?.messageId;
        if (id) this.acked.push(id);
        if (id && this.acks.has(id)) {
          this.acks.get(id)!(frame.data ? JSON.parse(frame.data) : null);
          this.acks.delete(id);
        }
      });
    });
  }

  private scripted(path: string, msgKey?: string): ScriptedFailure | undefined {
    const send = path === '/v1.0/robot/oToMessages/batchSend' || path === '/v1.0/robot/groupMessages/send';
    const index = this.failures.findIndex((f) => (f.route === path || (send && f.route === 'send')) && (f.msgKey === undefined || f.msgKey === msgKey));
    return index >= 0 ? this.failures.splice(index, 1)[0] : undefined;
  }

  private async route(req: IncomingMessage, res: ServerResponse, rawBytes: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const path = url.pathname;
    const raw = rawBytes.toString('utf8');
    const body: RequestBody = (() => {
      try {
        return JSON.parse(raw);
      } catch {
        return {};
      }
    })();
    const answer = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': typeof value === 'string' ? 'text/html' : 'application/json', ...headers });
      res.end(typeof value === 'string' ? value : JSON.stringify(value));
    };
    if (req.method === 'POST' && path === '/media/upload') {
      const failure = this.scripted(path);
      if (failure) {
        answer(failure.status, failure.body, failure.headers);
        return;
      }
      // The older API answers HTTP 200 with an errcode, and takes the token in the query.
      if (!this.tokens.includes(url.searchParams.get('access_token') ?? '')) {
        answer(200, { errcode: 40014, errmsg: '不合法的access_token' });
        return;
      }
      const type = url.searchParams.get('type') ?? '';
      const form = await new Response(Uint8Array.from(rawBytes), { headers: { 'content-type': req.headers['content-type'] ?? '' } })
        .formData()
        .catch(() => null);
      const media = form?.get('media');
      if (!['image', 'file', 'voice', 'video'].includes(type) || !(media instanceof File)) {
        answer(200, { errcode: 40004, errmsg: '不合法的媒体文件类型或缺少media' });
        return;
      }
      const mediaId = `@lA${randomBytes(9).toString('base64url')}`;
      this.uploads.push({ type, name: media.name, mime: media.type, bytes: Buffer.from(await media.arrayBuffer()), mediaId });
      answer(200, { errcode: 0, errmsg: 'ok', type, media_id: mediaId, created_at: Date.now() });
      return;
    }
    if (req.method === 'POST' && path === '/v1.0/gateway/connections/open') {
      if (body.clientId !== CLIENT_ID || body.clientSecret !== CLIENT_SECRET) {
        answer(401, { code: 'Forbidden.AccessDenied', message: 'bad client' });
        return;
      }
      const ticket = randomBytes(12).toString('hex');
      this.tickets.add(ticket);
      this.connections.push({ subscriptions: body.subscriptions ?? [] });
      answer(200, { endpoint: `${this.url.replace('http', 'ws')}/connect`, ticket });
      return;
    }
    if (req.method === 'POST' && path === '/v1.0/oauth2/accessToken') {
      if (body.appKey !== CLIENT_ID || body.appSecret !== CLIENT_SECRET) {
        answer(400, { code: 'invalidClientIdOrSecret', message: 'wrong appKey or appSecret' });
        return;
      }
      const token = `tok-${randomBytes(8).toString('hex')}`;
      this.tokens.push(token);
      answer(200, { accessToken: token, expireIn: 7200 });
      return;
    }
    const send = path === '/v1.0/robot/oToMessages/batchSend' || path === '/v1.0/robot/groupMessages/send';
    if (req.method === 'POST' && send) {
      const failure = this.scripted(path, body.msgKey);
      if (failure) {
        answer(failure.status, failure.body, failure.headers);
        return;
      }
      const token = req.headers['x-acs-dingtalk-access-token'];
      if (typeof token !== 'string' || !this.tokens.includes(token)) {
        answer(401, { code: 'InvalidAuthentication', message: 'token invalid' });
        return;
      }
      if (body.robotCode !== ROBOT_CODE) {
        answer(400, { code: 'invalidParameter.robotCode', message: 'robot not found' });
        return;
      }
      const to = path.endsWith('batchSend') ? (body.userIds ?? [])[0] : body.openConversationId;
      const msgParam = JSON.parse(body.msgParam) as Record<string, string>;
      // A picture or file message names media this app uploaded.
      const media = body.msgKey === 'sampleImageMsg' ? msgParam.photoURL : body.msgKey === 'sampleFile' ? msgParam.mediaId : undefined;
      if (media !== undefined && !this.uploads.some((u) => u.mediaId === media)) {
        answer(400, { code: 'invalidParameter.mediaId', message: 'media not found' });
        return;
      }
      this.sent.push({ to, msgKey: body.msgKey, msgParam });
      answer(
        200,
        path.endsWith('batchSend')
          ? { processQueryKey: `pq-${this.sent.length}`, invalidStaffIdList: [], flowControlledStaffIdList: [] }
          : { processQueryKey: `pq-${this.sent.length}` },
      );
      return;
    }
    answer(404, { code: 'notFound', message: path });
  }
}
