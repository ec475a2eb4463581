import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, takeLock, type EmbeddedLock } from '../../src/db/embedded-lock.ts';
import { claimEmbedded, EmbeddedDatabaseBusy } from '../../src/db/embedded-owner.ts';

let dir: string;
const held: EmbeddedLock[] = [];
const hold = (command: string, exclusive: boolean) => {
  const taken = takeLock(dir, command, exclusive);
  if (!('lock' in taken)) throw new Error('expected to take the lock');
  held.push(taken.lock);
  return taken.lock;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chamber-bot-lock-'));
});
afterEach(() => {
  for (const lock of held.splice(0)) lock.release();
  rmSync(dir, { recursive: true, force: true });
});

describe('the lock of an embedded database directory', () => {
  it('is readable by its owner only, and names the owner to the next process', () => {
    hold('import', false);
    expect(statSync(join(dir, LOCK_FILE)).mode & 0o777).toBe(0o600);
    const second = takeLock(dir, 'start', true);
    expect(second).toMatchObject({ owner: { pid: process.pid, command: 'import', exclusive: false } });
  });

  it('a bot started on a directory another bot owns is refused at once', async () => {
    hold('start', true);
    await expect(claimEmbedded(dir, 'start', true)).rejects.toBeInstanceOf(EmbeddedDatabaseBusy);
  });

  it('a bot started while a command owns the directory takes it over when the command is done', async () => {
    const command = hold('import', false);
    const bot = claimEmbedded(dir, 'start', true);
    setTimeout(() => command.release(), 300);
    const claimed = await bot;
    expect('lock' in claimed).toBe(true);
    if ('lock' in claimed) held.push(claimed.lock);
  });
});
