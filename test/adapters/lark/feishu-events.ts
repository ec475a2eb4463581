import { createCipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { APP_ID } from './fake-open-api.ts';

/**
 * Events as Feishu sends them: schema 2.0 payloads, encrypted with the app's encrypt key
 * (AES-256-CBC, key sha256(encrypt key), a random IV in front, base64) and signed
 * (X-Lark-Signature = sha256 hex of timestamp + nonce + encrypt key + body).
 */

export function encrypt(payload: unknown, encryptKey: string): string {
  const key = createHash('sha256').update(encryptKey).digest();
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, data]).toString('base64');
}

export function sign(timestamp: string, nonce: string, encryptKey: string, body: string): string {
  return createHash('sha256')
    .update(timestamp + nonce + encryptKey + body)
    .digest('hex');
}

export interface PostOptions {
  /** Seconds since the epoch; defaults to `now`. */
  timestamp?: number;
  nonce?: string;
  /** Replaces the computed signature. */
  signature?: string;
  /** Leaves the signature headers out (Feishu's URL check). */
  unsigned?: boolean;
}

export interface Posted {
  status: number;
  body: any;
  nonce: string;
}

export class FeishuSender {
  constructor(
    readonly url: string,
    private readonly encryptKey: string,
    private readonly verificationToken: string,
    private readonly now: () => Date,
  ) {}

  /** Posts a payload encrypted and signed, as Feishu does. */
  async post(payload: unknown, options: PostOptions = {}): Promise<Posted> {
    const body = JSON.stringify({ encrypt: encrypt(payload, this.encryptKey) });
    const timestamp = String(options.timestamp ?? Math.floor(this.now().getTime() / 1000));
    const nonce = options.nonce ?? randomBytes(8).toString('hex');
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (!options.unsigned) {
      headers['x-lark-request-timestamp'] = timestamp;
      headers['x-lark-request-nonce'] = nonce;
      headers['x-lark-signature'] = options.signature ?? sign(timestamp, nonce, this.encryptKey, body);
    }
    const { status, text } = await httpPost(this.url, body, headers);
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    return { status, body: parsed, nonce };
  }

  challenge(challenge: string): Promise<Posted> {
    return this.post({ challenge, token: this.verificationToken, type: 'url_verification' }, { unsigned: true });
  }

  header(eventType: string, eventId = randomUUID().replace(/-/g, '')) {
    return {
      event_id: eventId,
      token: this.verificationToken,
      create_time: String(this.now().getTime()),
      event_type: eventType,
      tenant_key: 'tenant-fake',
      app_id: APP_ID,
    };
  }
}

export function httpPost(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface MessageSpec {
  eventId?: string;
  chatId: string;
  chatType: 'p2p' | 'group';
  openId: string;
  text: string;
  /** Mentions in the text, by placeholder key (`@_user_1`). */
  mentions?: { key: string; openId?: string; name: string }[];
  /** Other types carry a resource key instead of text (`text` is then ignored). */
  messageType?: 'text' | 'post' | 'image' | 'file' | 'audio' | 'media' | 'sticker';
}

/** The content of a message without text, as Feishu describes each type. */
const RESOURCE_CONTENT: Record<string, unknown> = {
  image: { image_key: 'img_v3_fake' },
  file: { file_key: 'file_v3_fake', file_name: '签约仪式.pdf' },
  audio: { file_key: 'file_v3_fake', duration: 4000 },
  media: { file_key: 'file_v3_fake', image_key: 'img_v3_fake', file_name: 'video.mp4', duration: 9000 },
  sticker: { file_key: 'file_v3_fake' },
};

/** An im.message.receive_v1 event (schema 2.0), as the long connection delivers it: not encrypted. */
export function messageEvent(header: ReturnType<FeishuSender['header']>, spec: MessageSpec) {
  const type = spec.messageType ?? 'text';
  const content =
    type === 'post'
      ? JSON.stringify({ title: '', content: spec.text.split('\n').map((line) => [{ tag: 'text', text: line, style: [] }]) })
      : type === 'text'
        ? JSON.stringify({ text: spec.text })
        : JSON.stringify(RESOURCE_CONTENT[type]);
  return {
    schema: '2.0',
    header: { ...header, ...(spec.eventId ? { event_id: spec.eventId } : {}) },
    event: {
      sender: {
        sender_id: { union_id: `on_${spec.openId.slice(3)}`, user_id: spec.openId.slice(3, 11), open_id: spec.openId },
        sender_type: 'user',
        tenant_key: 'tenant-fake',
      },
      message: {
        message_id: `om_${randomBytes(16).toString('hex')}`,
        root_id: '',
        parent_id: '',
        create_time: header.create_time,
        update_time: header.create_time,
        chat_id: spec.chatId,
        chat_type: spec.chatType,
        message_type: type,
        content,
        mentions: (spec.mentions ?? []).map((m) => ({
          key: m.key,
          id: { union_id: '', user_id: '', open_id: m.openId ?? '' },
          name: m.name,
          tenant_key: 'tenant-fake',
        })),
        user_agent: 'Mozilla/5.0 Lark/7.30',
      },
    },
  };
}

export interface ChatEventSpec {
  chatId: string;
  /** Who added or removed the bot, or disbanded the group. */
  operatorOpenId: string;
  name?: string;
}

/** im.chat.member.bot.added_v1, im.chat.member.bot.deleted_v1 or im.chat.disbanded_v1 (schema 2.0): the same body. */
export function chatEvent(header: ReturnType<FeishuSender['header']>, spec: ChatEventSpec) {
  const name = spec.name ?? '成都商会群';
  return {
    schema: '2.0',
    header,
    event: {
      chat_id: spec.chatId,
      operator_id: { union_id: `on_${spec.operatorOpenId.slice(3)}`, user_id: spec.operatorOpenId.slice(3, 11), open_id: spec.operatorOpenId },
      external: false,
      operator_tenant_key: 'tenant-fake',
      name,
      i18n_names: { zh_cn: name, en_us: '', ja_jp: '' },
    },
  };
}

export interface CardActionSpec {
  messageId: string;
  chatId: string;
  openId: string;
  /** The button's callback value, as the card declared it. */
  value: unknown;
}

/** A card.action.trigger callback (schema 2.0). */
export function cardActionEvent(header: ReturnType<FeishuSender['header']>, spec: CardActionSpec) {
  return {
    schema: '2.0',
    header,
    event: {
      operator: { tenant_key: 'tenant-fake', user_id: spec.openId.slice(3, 11), open_id: spec.openId, union_id: `on_${spec.openId.slice(3)}` },
      token: `c-${randomBytes(16).toString('hex')}`,
      action: { value: spec.value, tag: 'button' },
      host: 'im_message',
      context: { open_message_id: spec.messageId, open_chat_id: spec.chatId },
    },
  };
}
