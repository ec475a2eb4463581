import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { HttpRoute } from '../adapters/platform.ts';

/** Webhook bodies are small JSON documents; anything larger is not from a chat platform. */
const MAX_BODY_BYTES = 1024 * 1024;

/** What an operator (or a load balancer, or Prometheus) asks of a running bot, besides /healthz. */
export interface Operations {
  /** /readyz: null when ready to take updates, otherwise why not (sent as the JSON reason). */
  notReady(): Promise<string | null>;
  /** True once the bot is stopping: webhooks answer 503, so the platform delivers the update again later. */
  stopping(): boolean;
  /** /metrics; with a token, only to `Authorization: Bearer TOKEN`. */
  metrics?: { registry: Registry; token?: string };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Compares hashes, so the time taken says nothing of how much of the token was right. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(header ?? ''), digest(`Bearer ${token}`));
}

function serveMetrics(req: IncomingMessage, res: ServerResponse, metrics: NonNullable<Operations['metrics']>, logger: Logger): void {
  if (metrics.token && !bearerMatches(req.headers.authorization, metrics.token)) {
    res.writeHead(401, { 'www-authenticate': 'Bearer' }).end();
    return;
  }
  metrics.registry.metrics().then(
    (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
    (error: unknown) => {
      logger.error({ err: error }, 'metrics failed');
      res.writeHead(500).end();
    },
  );
}

function serveReadiness(res: ServerResponse, operations: Operations): void {
  operations.notReady().then(
    (reason) => json(res, reason ? 503 : 200, reason ? { ready: false, reason } : { ready: true }),
    (error: unknown) => json(res, 503, { ready: false, reason: error instanceof Error ? error.message : 'unknown' }),
  );
}

/**
 * One node:http server for every webhook, /healthz (the process serves), /readyz (it can take
 * updates) and /metrics: thin, so the adapters own their protocol.
 */
export function createHttpServer(routes: HttpRoute[], logger: Logger, healthy: () => Promise<boolean>, operations?: Operations): Server {
  const table = new Map(routes.filter((r) => !r.prefix).map((r) => [`${r.method} ${r.path}`, r]));
  // Longest first, so /dashboard/api could one day be served apart from /dashboard.
  const prefixes = routes.filter((r) => r.prefix).sort((a, b) => b.path.length - a.path.length);
  const routeOf = (method: string | undefined, path: string) =>
    table.get(`${method} ${path}`) ?? prefixes.find((r) => r.method === method && (path === r.path || path.startsWith(`${r.path}/`)));
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (operations && req.method === 'GET' && path === '/readyz') return serveReadiness(res, operations);
    if (operations?.metrics && req.method === 'GET' && path === '/metrics') return serveMetrics(req, res, operations.metrics, logger);
    if (req.method === 'GET' && path === '/healthz') {
      healthy().then(
        (ok) => json(res, ok ? 200 : 503, { ok }),
        () => json(res, 503, { ok: false }),
      );
      return;
    }
    const route = routeOf(req.method, path);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    const maxBodyBytes = route.maxBodyBytes ?? MAX_BODY_BYTES;
    const refused = route.refuse?.(req) ?? (Number(req.headers['content-length']) > maxBodyBytes ? 413 : undefined);
    if (refused !== undefined) {
      // Answered without reading the body; the connection closes instead of draining it.
      res.writeHead(refused, { connection: 'close' }).end(() => req.destroy());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (res.headersSent) return;
      size += chunk.length;
      if (size > maxBodyBytes) {
        res.writeHead(413, { connection: 'close' }).end(() => req.destroy());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (res.writableEnded) return;
      if (operations?.stopping()) {
        // Not taken: the platform delivers it again, to this instance after a restart or to another.
        res.writeHead(503, { connection: 'close', 'retry-after': '5' }).end();
        return;
      }
      route.handle(req, res, Buffer.concat(chunks)).catch((error: unknown) => {
        logger.error({ err: error, path }, 'webhook handler failed');
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
  });
  trackRequests(server);
  return server;
}

export function listen(server: Server, port: number, host = '0.0.0.0'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Requests being answered, per server: what a stop waits for. */
const busy = new WeakMap<Server, { count: number; idle: Set<() => void> }>();

function trackRequests(server: Server): void {
  const state = { count: 0, idle: new Set<() => void>() };
  busy.set(server, state);
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    state.count++;
    res.once('close', () => {
      state.count--;
      if (state.count === 0) for (const resolve of state.idle) resolve();
    });
  });
}

/**
 * Stops listening, waits for the requests being answered, then closes the connections left
 * (keep-alive ones would otherwise hold the stop for their whole timeout).
 */
export async function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const state = busy.get(server);
  if (state && state.count > 0) await new Promise<void>((resolve) => state.idle.add(resolve));
  server.closeAllConnections();
  await closed;
}
