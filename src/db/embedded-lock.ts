import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Who owns an embedded database directory. PGlite keeps the database in memory and writes it
 * back on close, so two processes on one directory silently lose each other's writes: one
 * process opens it, holds this lock for as long as it runs, and serves it to the others.
 */
export interface LockRecord {
  pid: number;
  /** When the process started (Linux clock ticks since boot), so that a reused PID is not taken for the owner. */
  started: number | null;
  /** Proves a lock file is the one this process wrote, not a successor's. */
  token: string;
  /** The command the owner runs, for the message a second owner gets. */
  command: string;
  /** A bot: it owns the directory for as long as it runs, and no second one may wait for it. */
  exclusive: boolean;
  /** The Unix socket the owner serves the database on, once it does. */
  socket: string | null;
}

export const LOCK_FILE = 'pglite.lock';

/** Reads /proc/PID/stat's start time; null where there is no /proc (the PID alone then decides). */
function startTime(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  } catch {
    return null;
  }
}

function isRunning(record: LockRecord): boolean {
  try {
    process.kill(record.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = startTime(record.pid);
  return record.started === null || started === null || started === record.started;
}

function readRecord(path: string): LockRecord | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockRecord;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // Never half-written (see writeAtomically); unreadable means damaged, and damaged means stale.
    return { pid: 0, started: null, token: '', command: '', exclusive: false, socket: null };
  }
}

/** Writes beside the target and moves into place, so a reader sees all of a record or none. */
function writeAtomically(path: string, record: LockRecord, place: (from: string, to: string) => void): void {
  const temporary = `${path}.${record.token}`;
  writeFileSync(temporary, JSON.stringify(record), { mode: 0o600 });
  try {
    place(temporary, path);
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // rename already moved it
    }
  }
}

/** Removes a dead owner's lock, unless another process took it over in the meantime. */
function removeStale(path: string, stale: LockRecord): void {
  const aside = `${path}.stale.${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = readRecord(aside);
  if (moved && moved.token !== stale.token) {
    // A successor's fresh lock: put it back.
    try {
      linkSync(aside, path);
    } catch {
      // a third process took the place; it is the owner now
    }
  }
  unlinkSync(aside);
}

export class EmbeddedLock {
  private released = false;
  private readonly onExit = () => this.release();

  constructor(
    readonly path: string,
    private record: LockRecord,
  ) {
    // A crash or process.exit still frees the directory; a kill -9 leaves a stale lock, taken over later.
    process.on('exit', this.onExit);
  }

  /** Tells the other processes where the database is served. */
  announce(socket: string): void {
    this.record = { ...this.record, socket };
    writeAtomically(this.path, this.record, renameSync);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    process.off('exit', this.onExit);
    if (readRecord(this.path)?.token === this.record.token) unlinkSync(this.path);
  }
}

/** Takes the lock of `dir`, or names the running process that holds it. */
export function takeLock(dir: string, command: string, exclusive: boolean): { lock: EmbeddedLock } | { owner: LockRecord } {
  const path = join(dir, LOCK_FILE);
  for (;;) {
    const record: LockRecord = { pid: process.pid, started: startTime(process.pid), token: randomBytes(16).toString('hex'), command, exclusive, socket: null };
    try {
      writeAtomically(path, record, linkSync);
      return { lock: new EmbeddedLock(path, record) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readRecord(path);
    if (owner && isRunning(owner)) return { owner };
    if (owner) removeStale(path, owner);
  }
}
