import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../server/bot-process.ts';

/**
 * `chamber-bot start` as a person runs it on the demo data: the terminal chat on stdin (where the
 * demo users can /as each other and ask /dashboard for a one-time link) and the bot's HTTP server,
 * which serves the dashboard, on a port of its own.
 */
export class DashboardBot {
  private stdout = '';
  stderr = '';
  private running = true;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly origin: string,
    private readonly dataDir: string,
  ) {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (this.stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    child.once('exit', () => (this.running = false));
  }

  static async start(): Promise<DashboardBot> {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'chamber-bot-browser-'));
    const origin = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: origin,
      DEMO_DATA: 'always',
      LOG_LEVEL: 'warn',
    };
    // The embedded database and the terminal chat, whatever the caller's environment names.
    for (const name of ['DATABASE_URL', 'TELEGRAM_BOT_TOKEN', 'LARK_APP_ID', 'LARK_APP_SECRET']) delete env[name];
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], { env, cwd: process.cwd() });
    const bot = new DashboardBot(child, origin, dataDir);
    await bot.ready();
    return bot;
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  private async ready(): Promise<void> {
    for (;;) {
      if (!this.running) throw new Error(`the bot exited:\n${this.stderr}`);
      const answer = await fetch(this.url('/healthz')).catch(() => null);
      if (answer?.status === 200) return;
      await sleep(100);
    }
  }

  /** One line of chat; the answer (the terminal ends each with a blank line). */
  async say(line: string): Promise<string> {
    const from = this.stdout.length;
    this.child.stdin.write(`${line}\n`);
    while (!this.stdout.slice(from).endsWith('\n\n')) {
      if (!this.running) throw new Error(`the bot exited:\n${this.stderr}`);
      await sleep(50);
    }
    return this.stdout.slice(from);
  }

  /** What a demo user gets from /dashboard in the chat: a one-time login link. */
  async loginLink(role: 'member' | 'secretary' | 'official' | 'admin'): Promise<string> {
    await this.say(`/as ${role}`);
    const answer = await this.say('/dashboard');
    const link = /https?:\/\/\S+\/dashboard\/login\?token=[\w-]+/.exec(answer)?.[0];
    if (!link) throw new Error(`/dashboard gave no login link:\n${answer}`);
    return link;
  }

  async stop(): Promise<void> {
    if (this.running) {
      this.child.stdin.end();
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      const killed = sleep(10_000).then(() => this.child.kill('SIGKILL'));
      await Promise.race([exited, killed]);
      if (this.running) await exited;
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
