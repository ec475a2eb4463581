import { DWClient } from 'dingtalk-stream';

/**
 * The SDK's stream client, reached through a configurable gateway. dingtalk-stream 2.1.5 posts to
 * a hard-coded https://api.dingtalk.com/v1.0/gateway/connections/open; this one class overrides
 * only that call (getEndpoint, public, used by connect and every reconnect) with the same request
 * to DINGTALK_API_URL. The WebSocket, its acknowledgements, keep-alive and reconnects are the SDK's.
 */
export class StreamClient extends DWClient {
  private stopped = false;

  constructor(
    options: { clientId: string; clientSecret: string },
    private readonly gatewayUrl: string,
  ) {
    super({ ...options, keepAlive: true });
  }

  /** Not after disconnect: a reconnect the SDK had already scheduled would open the stream again. */
  override async connect(): Promise<void> {
    if (!this.stopped) await super.connect();
  }

  override disconnect(): void {
    this.stopped = true;
    super.disconnect();
  }

  /**
   * The SDK starts a keep-alive timer per connection and stops only the last: the earlier ones,
   * still running after a reconnect, would find the new connection "not alive" between a ping and
   * its pong and cut it. One timer at a time.
   */
  override _connect(): Promise<void> {
    clearInterval((this as unknown as { heartbeatIntervallId?: NodeJS.Timeout }).heartbeatIntervallId);
    return super._connect();
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
      throw new Error(`stream gateway answered HTTP ${response.status} without an endpoint and ticket`);
    }
    // The SDK opens the WebSocket at dw_url (private in its types).
    (this as unknown as { dw_url: string }).dw_url = `${answer.endpoint}?ticket=${encodeURIComponent(answer.ticket)}`;
    return this;
  }
}
