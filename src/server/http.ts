import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import type { HttpRoute } from '../adapters/platform.ts';

/** Webhook bodies are small JSON documents; anything larger is not from a chat platform. */
const MAX_BODY_BYTES = 1024 * 1024;

/** One node:http server for every webhook and /healthz: thin, so the adapters own their protocol. */
export function createHttpServer(routes: HttpRoute[], logger: Logger, healthy: () => Promise<boolean>): Server {
  const table = new Map(routes.map((r) => [`${r.method} ${r.path}`, r]));
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') {
      healthy().then(
        (ok) => {
          res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok }));
        },
        () => {
          res.writeHead(503, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false }));
        },
      );
      return;
    }
    const route = table.get(`${req.method} ${path}`);
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
      route.handle(req, res, Buffer.concat(chunks)).catch((error: unknown) => {
        logger.error({ err: error, path }, 'webhook handler failed');
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
  });
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
