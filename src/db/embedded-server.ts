import { chmodSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket';
import type { PGlite } from '@electric-sql/pglite';
import type { SessionGate } from './session-gate.ts';

/** pg looks for `.s.PGSQL.<port>` in the directory given as host. */
export const SOCKET_PORT = 5432;
export const socketPath = (dir: string) => join(dir, `.s.PGSQL.${SOCKET_PORT}`);

/** ReadyForQuery with status idle: 'Z', length 5, 'I'. The session is free for someone else. */
const IDLE = [0x5a, 0, 0, 0, 5, 0x49];

function endsIdle(tail: number[]): boolean {
  return tail.length === IDLE.length && tail.every((byte, i) => byte === IDLE[i]);
}

/**
 * What pglite-socket's handler asks of a queue (its own QueryQueueManager is not exported, and
 * lets a client's BEGIN and the bot's statements mix): each client's messages run in order,
 * and a client holds the session gate from its first message until PGlite reports it idle again.
 */
class GatedQueue {
  private holder: number | null = null;
  private leave: (() => void) | null = null;
  private readonly pending = new Map<number, Promise<unknown>>();
  private readonly gone = new Set<number>();

  constructor(
    private readonly pglite: PGlite,
    private readonly gate: SessionGate,
  ) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    const run = async () => {
      if (this.holder !== handlerId) {
        this.leave = await this.gate.enter();
        this.holder = handlerId;
      }
      if (this.gone.has(handlerId)) {
        this.free();
        throw new Error('client disconnected');
      }
      let bytes = 0;
      let tail: number[] = [];
      await this.pglite.runExclusive(() =>
        this.pglite.execProtocolRawStream(message, {
          onRawData: (data) => {
            bytes += data.length;
            tail = [...tail, ...data.subarray(-IDLE.length)].slice(-IDLE.length);
            onData(data);
          },
        }),
      );
      if (endsIdle(tail)) this.free();
      return bytes;
    };
    const result = (this.pending.get(handlerId) ?? Promise.resolve()).then(run);
    this.pending.set(
      handlerId,
      result.catch(() => {}),
    );
    return result;
  }

  clearQueueForHandler(handlerId: number): void {
    this.gone.add(handlerId);
  }

  /** A client gone mid-transaction (or mid-statement) must not keep the session: roll back, let the next in. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    await this.pending.get(handlerId);
    this.pending.delete(handlerId);
    this.gone.delete(handlerId);
    if (this.holder !== handlerId) return;
    if (this.pglite.isInTransaction()) await this.pglite.exec('rollback');
    this.free();
  }

  private free(): void {
    const leave = this.leave;
    this.holder = null;
    this.leave = null;
    leave?.();
  }
}

const CLOSE_PATIENCE_MS = 5_000;

export interface EmbeddedServer {
  path: string;
  /** Stops taking clients, lets a client's session in progress finish, then closes the others. */
  close(): Promise<void>;
}

/**
 * Serves the owner's PGlite to the other processes on this machine (CLI commands beside a
 * running bot) on a Unix socket readable by the owner's user only.
 */
export async function serveEmbedded(pglite: PGlite, gate: SessionGate, dir: string): Promise<EmbeddedServer> {
  const path = socketPath(dir);
  // Left behind by an owner that was killed: we hold the lock, so it is ours to replace.
  rmSync(path, { force: true });
  const queue = new GatedQueue(pglite, gate);
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    const handler = new PGLiteSocketHandler({
      // Structurally what the handler calls; its declared type is a class with private fields.
      queryQueue: queue as unknown as PGLiteSocketHandlerOptions['queryQueue'],
      closeOnDetach: true,
    });
    handler.attach(socket).catch(() => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  chmodSync(path, 0o600);
  return {
    path,
    async close() {
      const closed = new Promise((resolve) => server.close(resolve));
      const entering = gate.enter();
      // A command mid-transaction gets a moment to finish; one that hangs is cut off and rolled back.
      const cutOff = setTimeout(() => {
        for (const socket of sockets) socket.destroy();
      }, CLOSE_PATIENCE_MS);
      const leave = await entering;
      clearTimeout(cutOff);
      for (const socket of sockets) socket.destroy();
      leave();
      await closed;
    },
  };
}
