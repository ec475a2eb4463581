import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LOCK_FILE, type LockRecord } from '../../src/db/embedded-lock.ts';

/** `chamber-bot start` in a child process, as a person runs it: no platform, so the terminal chat, stdin kept open. */
export interface BotProcess {
  pid: number;
  /** Sends one line of chat and returns the bot's answer (the terminal chat ends each with a blank line). */
  say(line: string): Promise<string>;
  /** Ends the chat (Ctrl-D) and waits for the exit code. */
  stop(): Promise<number>;
}

export function readLock(dataDir: string): LockRecord | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as LockRecord;
  } catch {
    return null;
  }
}

export async function startBot(dataDir: string): Promise<BotProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'never', LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'TELEGRAM_BOT_TOKEN', 'LARK_APP_ID', 'LARK_APP_SECRET']) delete env[name];
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], { env, cwd: process.cwd() });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? -1)));
  let running = true;
  void exited.then(() => (running = false));

  // Ready once it serves the database to other processes.
  while (readLock(dataDir)?.socket == null || readLock(dataDir)?.pid !== child.pid) {
    if (!running) throw new Error(`start exited early: ${stderr}`);
    await sleep(100);
  }
  return {
    pid: child.pid!,
    async say(line) {
      const from = stdout.length;
      child.stdin.write(`${line}\n`);
      while (!stdout.slice(from).endsWith('\n\n')) {
        if (!running) throw new Error(`the bot exited: ${stderr}`);
        await sleep(50);
      }
      return stdout.slice(from);
    },
    stop() {
      child.stdin.end();
      return exited;
    },
  };
}
