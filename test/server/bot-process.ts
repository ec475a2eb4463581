import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A port nobody listens on now (the bot is then started on it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `chamber-bot start` as a separate process, as an operator runs it, on an embedded database of its own (or DATABASE_URL). */
export class BotProcess {
  readonly exited: Promise<number | null>;
  stderr = '';
  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    private readonly dataDir: string,
  ) {
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    child.stdout!.resume();
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  static async start(env: Record<string, string>): Promise<BotProcess> {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'chamber-bot-'));
    // The embedded database unless `env` names a server.
    const childEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), DEMO_DATA: 'never', LOG_LEVEL: 'info' };
    delete childEnv.DATABASE_URL;
    Object.assign(childEnv, env);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], { env: childEnv, cwd: process.cwd() });
    return new BotProcess(child, port, dataDir);
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Resolves once /readyz says ready (the database answers, the adapters started). */
  async ready(): Promise<void> {
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`the bot exited with ${this.child.exitCode}:\n${this.stderr}`);
      const answer = await fetch(this.url('/readyz')).catch(() => null);
      if (answer?.status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async cleanUp(): Promise<void> {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
    await this.exited;
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
