import { DWClient, type DWClientDownStream } from 'dingtalk-stream';
import type { Logger } from 'pino';
// The WebSocket package the SDK itself opens its connection with.
import WebSocket from 'ws';

/** The SDK's connection state, private in its types: _connect below takes over what it does. */
interface SdkState {
  socket?: WebSocket;
  dw_url?: string;
  sslopts: WebSocket.ClientOptions;
  userDisconnect: boolean;
  isAlive: boolean;
  heartbeatIntervallId?: NodeJS.Timeout;
  heartbeat_interval: number;
  reconnectInterval: number;
}

/**
 * The SDK's stream client, reached through a configurable gateway and speaking through our logger.
 * dingtalk-stream 2.1.5 posts to a hard-coded https://api.dingtalk.com/v1.0/gateway/connections/open;
 * getEndpoint (public, used by connect and every reconnect) sends the same request to
 * DINGTALK_API_URL. Its _connect writes to the console on every connection, error and disconnect
 * whatever its debug option says: the one here opens the same WebSocket with the same handlers and
 * logs through pino instead. Frames are still read, answered and dispatched by the SDK.
 */
export class StreamClient extends DWClient {
  private stopped = false;
  private eventListener?: (event: DWClientDownStream) => void;

  constructor(
    options: { clientId: string; clientSecret: string },
    private readonly gatewayUrl: string,
    private readonly logger: Logger,
  ) {
    super({ ...options, keepAlive: true });
  }

  private get sdk(): SdkState {
    return this as unknown as SdkState;
  }

  /** Not after disconnect: a reconnect the SDK had already scheduled would open the stream again. */
  override async connect(): Promise<void> {
    if (!this.stopped) await super.connect();
  }

  override disconnect(): void {
    this.stopped = true;
    this.sdk.userDisconnect = true;
    clearInterval(this.sdk.heartbeatIntervallId);
    this.sdk.socket?.close();
    this.logger.debug('dingtalk stream closed');
  }

  /**
   * Opens the WebSocket as the SDK does, with its keep-alive: a ping every 8 s, and a connection
   * that missed its pong is cut and reopened. One timer at a time, tied to its own socket: 2.1.5
   * leaves the previous one running after a reconnect, where it would cut the new connection.
   */
  override _connect(): Promise<void> {
    const sdk = this.sdk;
    clearInterval(sdk.heartbeatIntervallId);
    return new Promise<void>((resolve, reject) => {
      sdk.userDisconnect = false;
      const socket = new WebSocket(sdk.dw_url ?? '', sdk.sslopts);
      sdk.socket = socket;
      let heartbeat: NodeJS.Timeout | undefined;
      let opened = false;
      socket.on('open', () => {
        opened = true;
        this.connected = true;
        this.logger.debug('dingtalk stream connected');
        sdk.isAlive = true;
        heartbeat = setInterval(() => {
          if (!sdk.isAlive) {
            this.logger.warn('dingtalk stream: no answer to the keep-alive ping, reconnecting');
            socket.terminate();
            return;
          }
          sdk.isAlive = false;
          socket.ping('', true);
        }, sdk.heartbeat_interval);
        sdk.heartbeatIntervallId = heartbeat;
        resolve();
      });
      socket.on('pong', () => this.heartbeat());
      socket.on('message', (data) => {
        try {
          this.onDownStream(String(data));
        } catch (error) {
          // A frame the SDK cannot read (not JSON) must not bring the bot down.
          this.logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'dingtalk stream: unreadable frame ignored');
        }
      });
      socket.on('close', () => {
        clearInterval(heartbeat);
        this.connected = false;
        this.registered = false;
        // A socket that never opened is retried by connect (the SDK's), which saw it fail: a second
        // retry from here would double the connection attempts at every failure.
        if (opened && this.config.autoReconnect && !sdk.userDisconnect) {
          this.reconnecting = true;
          this.logger.info({ inMs: sdk.reconnectInterval }, 'dingtalk stream dropped, reconnecting');
          setTimeout(() => void this.connect(), sdk.reconnectInterval);
        }
      });
      socket.on('error', (error) => {
        this.logger.warn({ error: error.message }, 'dingtalk stream error');
        socket.terminate();
        reject(error);
      });
    });
  }

  override async getEndpoint(): Promise<this> {
    const { clientId, clientSecret, ua, subscriptions } = this.config;
    const response = await fetch(this.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ clientId, clientSecret, ua, subscriptions }),
    });
    const answer = (await response.json().catch(() => null)) as { endpoint?: unknown; ticket?: unknown } | null;
    if (!response.ok || typeof answer?.endpoint !== 'string' || typeof answer.ticket !== 'string') {
      // The SDK's connect tries again a second later, quietly: a refusal is worth a line at debug.
      this.logger.debug({ status: response.status }, 'dingtalk stream gateway answered without an endpoint');
      throw new Error(`stream gateway answered HTTP ${response.status} without an endpoint and ticket`);
    }
    this.sdk.dw_url = `${answer.endpoint}?ticket=${encodeURIComponent(answer.ticket)}`;
    return this;
  }

  /**
   * Hands events (the stream's EVENT frames: what the app subscribes to in 事件订阅) to a listener
   * that acknowledges each with acknowledgeEvent once it is handled. The SDK would acknowledge an
   * event as it arrives, before anything is recorded, and one lost to a database outage would be
   * lost for good.
   */
  onEvents(listener: (event: DWClientDownStream) => void): void {
    this.eventListener = listener;
  }

  override onEvent(event: DWClientDownStream): void {
    if (this.eventListener) this.eventListener(event);
    else super.onEvent(event);
  }

  /** SUCCESS: handled; LATER: DingTalk delivers the event again. */
  acknowledgeEvent(messageId: string, status: 'SUCCESS' | 'LATER'): void {
    this.send(messageId, { status });
  }
}
