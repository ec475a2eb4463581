import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { takeLock, type EmbeddedLock, type LockRecord } from './embedded-lock.ts';

/** Another process owns the directory and this one may not join it (a second bot). */
export class EmbeddedDatabaseBusy extends Error {
  constructor(readonly owner: LockRecord) {
    super(`the embedded database is in use by process ${owner.pid} (${owner.command})`);
  }
}

/** How long a command waits for an owner that is still opening the database (a first start runs initdb). */
const OPENING_PATIENCE_MS = 60_000;

function answers(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(socket);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

/**
 * Becomes the owner of the embedded database in `dir`, or finds the socket its running owner
 * serves it on. `exclusive` (the bot) refuses to share: it fails at once when another bot owns
 * the directory, and waits for a command that owns it to finish.
 */
export async function claimEmbedded(dir: string, command: string, exclusive: boolean): Promise<{ lock: EmbeddedLock } | { socket: string }> {
  const deadline = Date.now() + OPENING_PATIENCE_MS;
  for (;;) {
    const taken = takeLock(dir, command, exclusive);
    if ('lock' in taken) return taken;
    const { owner } = taken;
    // Another bot will not go away; a command soon will, and the bot then takes the directory over.
    if (exclusive && owner.exclusive) throw new EmbeddedDatabaseBusy(owner);
    if (!exclusive && owner.socket && (await answers(owner.socket))) return { socket: owner.socket };
    if (Date.now() > deadline) throw new EmbeddedDatabaseBusy(owner);
    await sleep(100);
  }
}
