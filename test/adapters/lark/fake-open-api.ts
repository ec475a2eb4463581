import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * A stand-in for the Feishu Open API on 127.0.0.1, reached by the real SDK through LARK_DOMAIN.
 * It issues tenant tokens, checks them, keeps the messages the bot sends (one per uuid, as
 * Feishu does), and records every call. Tests script failures with `failNext`.
 */

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  /** Parsed JSON for JSON bodies, the raw text otherwise (multipart uploads). */
  body: unknown;
  rawBody: Buffer;
}

export interface SentMessage {
  messageId: string;
  receiveId: string;
  receiveIdType: string;
  msgType: string;
  /** The content JSON, parsed. */
  content: any;
  uuid?: string;
}

export interface ScriptedFailure {
  /** Which calls it applies to, e.g. 'POST /open-apis/im/v1/messages'. */
  route: string;
  status: number;
  /** Lark's JSON answer, or a raw text body (an HTML error page of a proxy, an empty body). */
  body: { code: number; msg: string } | string;
  headers?: Record<string, string>;
}

export const APP_ID = 'cli_a1b2c3d4e5f60718';
export const APP_SECRET = 'fake-app-secret-4f9d8e7c6b5a';
export const BOT_OPEN_ID = 'ou_bot0000000000000000000000000000';
/** Two people of the fake tenant and their private chats with the bot. */
export const ALICE = 'ou_alice0000000000000000000000000';
export const BOB = 'ou_bob000000000000000000000000000';
export const ALICE_DM = 'oc_dm_alice00000000000000000000000';
export const BOB_DM = 'oc_dm_bob0000000000000000000000000';

export class FakeOpenApi {
  readonly calls: RecordedCall[] = [];
  readonly messages: SentMessage[] = [];
  readonly patches: { messageId: string; content: any }[] = [];
  readonly uploads: { kind: 'image' | 'file'; bytes: number; key: string }[] = [];
  /** Tokens issued so far: every one is a secret the logs must never show. */
  readonly tokens: string[] = [];
  readonly users = new Map<string, string>();
  private failures: ScriptedFailure[] = [];
  private server?: Server;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.route(req, res, Buffer.concat(chunks)));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  reset(): void {
    this.calls.length = 0;
    this.messages.length = 0;
    this.patches.length = 0;
    this.uploads.length = 0;
    this.failures = [];
  }

  /** The next call to `route` answers with this failure instead (queued, one per call). */
  failNext(failure: ScriptedFailure): void {
    this.failures.push(failure);
  }

  callsTo(route: string): RecordedCall[] {
    return this.calls.filter((c) => `${c.method} ${c.path}` === route);
  }

  /** Messages delivered to one chat. */
  messagesTo(receiveId: string): SentMessage[] {
    return this.messages.filter((m) => m.receiveId === receiveId);
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (typeof body === 'string') {
      res.writeHead(status, { 'content-type': 'text/html', ...headers }).end(body);
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  private route(req: IncomingMessage, res: ServerResponse, raw: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://x');
    const isJson = (req.headers['content-type'] ?? '').includes('application/json');
    let body: unknown = raw.toString('utf8');
    if (isJson) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        body = undefined;
      }
    }
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      rawBody: raw,
    };
    this.calls.push(call);
    const route = `${call.method} ${call.path}`;

    const failureIndex = this.failures.findIndex((f) => f.route === route);
    if (failureIndex >= 0) {
      const [failure] = this.failures.splice(failureIndex, 1);
      this.send(res, failure.status, failure.body, failure.headers);
      return;
    }

    if (route === 'POST /open-apis/auth/v3/tenant_access_token/internal') {
      const b = body as { app_id?: string; app_secret?: string };
      if (b?.app_id !== APP_ID || b?.app_secret !== APP_SECRET) {
        this.send(res, 400, { code: 10014, msg: 'app secret invalid' });
        return;
      }
      const token = `t-${randomBytes(20).toString('hex')}`;
      this.tokens.push(token);
      this.send(res, 200, { code: 0, msg: 'ok', tenant_access_token: token, expire: 7200 });
      return;
    }

    const auth = req.headers.authorization ?? '';
    if (!this.tokens.some((t) => auth === `Bearer ${t}`)) {
      this.send(res, 401, { code: 99991663, msg: 'Invalid access token for authorization. Please make a request with token attached.' });
      return;
    }

    if (route === 'GET /open-apis/bot/v3/info') {
      this.send(res, 200, { code: 0, msg: 'ok', bot: { activate_status: 2, app_name: '商会助手', open_id: BOT_OPEN_ID } });
      return;
    }
    const user = /^GET \/open-apis\/contact\/v3\/users\/([^/]+)$/.exec(route);
    if (user) {
      const name = this.users.get(decodeURIComponent(user[1]));
      if (!name) {
        this.send(res, 400, { code: 41050, msg: 'no user authority error' });
        return;
      }
      this.send(res, 200, { code: 0, msg: 'success', data: { user: { open_id: user[1], name } } });
      return;
    }
    if (route === 'POST /open-apis/im/v1/messages') {
      const b = body as { receive_id?: string; msg_type?: string; content?: string; uuid?: string };
      if (!b?.receive_id || !b.msg_type || typeof b.content !== 'string') {
        this.send(res, 400, { code: 230001, msg: 'invalid request parameter' });
        return;
      }
      if (b.uuid && b.uuid.length > 50) {
        this.send(res, 400, { code: 230001, msg: 'uuid too long' });
        return;
      }
      // Feishu: one message per uuid within an hour; a repeat answers with the same message.
      const existing = b.uuid ? this.messages.find((m) => m.uuid === b.uuid) : undefined;
      const message = existing ?? {
        messageId: `om_${randomBytes(16).toString('hex')}`,
        receiveId: b.receive_id,
        receiveIdType: call.query.receive_id_type ?? '',
        msgType: b.msg_type,
        content: JSON.parse(b.content),
        uuid: b.uuid,
      };
      if (!existing) this.messages.push(message);
      this.send(res, 200, { code: 0, msg: 'success', data: { message_id: message.messageId, msg_type: message.msgType, chat_id: b.receive_id } });
      return;
    }
    const patch = /^PATCH \/open-apis\/im\/v1\/messages\/([^/]+)$/.exec(route);
    if (patch) {
      const b = body as { content?: string };
      this.patches.push({ messageId: patch[1], content: JSON.parse(b?.content ?? 'null') });
      this.send(res, 200, { code: 0, msg: 'success', data: {} });
      return;
    }
    if (route === 'POST /open-apis/im/v1/images' || route === 'POST /open-apis/im/v1/files') {
      const kind = route.endsWith('images') ? 'image' : 'file';
      if (!(req.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
        this.send(res, 400, { code: 234001, msg: 'Invalid request param.' });
        return;
      }
      // The file part must be a file: with a filename and a known length.
      const part = kind === 'image' ? 'image' : 'file';
      const text = raw.toString('latin1');
      if (!new RegExp(`name="${part}"; filename="[^"]+"`).test(text) || !req.headers['content-length']) {
        this.send(res, 400, { code: 234001, msg: 'Invalid request param.' });
        return;
      }
      const key = `${kind === 'image' ? 'img_v3' : 'file_v3'}_${randomBytes(8).toString('hex')}`;
      this.uploads.push({ kind, bytes: raw.length, key });
      this.send(res, 200, { code: 0, msg: 'success', data: kind === 'image' ? { image_key: key } : { file_key: key } });
      return;
    }
    this.send(res, 404, { code: 404, msg: `fake open api: no route ${route}` });
  }
}
