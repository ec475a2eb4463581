/**
 * How long a newcomer waits, run as they run it (`bin/chamber-bot.js`, the embedded database):
 * first start on an empty DATA_DIR, start on existing data, a CLI command alone, and the same
 * command beside a running bot. "Ready" is the bot's first answer to a message sent on stdin at
 * once. Medians over a few runs, and the peak resident memory of every process involved
 * (children included: PGlite's initdb ran in one). Aims: < 6 s with no process above 450 MB,
 * < 1.5 s, < 1.5 s and < 0.5 s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'chamber-bot.js');
const RUNS = Number(process.env.STARTUP_RUNS ?? 3);

/** Peak RSS in MB of each process seen in a tree, by pid, sampled while it lives. */
class TreeMemory {
  readonly peaks = new Map<number, { name: string; mb: number }>();
  private readonly timer: NodeJS.Timeout;

  constructor(root: number) {
    this.timer = setInterval(() => this.sample(root), 20);
    this.sample(root);
  }

  private sample(pid: number): void {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const name = cmdline.slice(1).find((arg) => !arg.startsWith('-'))?.replace(root, '.') ?? cmdline[0];
      const seen = this.peaks.get(pid);
      if (!seen || hwm > seen.mb) this.peaks.set(pid, { name, mb: Math.round(hwm) });
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
        for (const child of children ? children.split(' ') : []) this.sample(Number(child));
      }
    } catch {
      // The process ended between two samples.
    }
  }

  stop(): { name: string; mb: number }[] {
    clearInterval(this.timer);
    return [...this.peaks.values()];
  }
}

function env(dataDir: string): NodeJS.ProcessEnv {
  const vars: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'TELEGRAM_BOT_TOKEN', 'LARK_APP_ID', 'LARK_APP_SECRET']) delete vars[name];
  return vars;
}

interface Started {
  child: ChildProcess;
  memory: TreeMemory;
  readyMs: number;
}

/** Starts the bot as `npm start` does and waits for its first answer. */
async function startBot(dataDir: string): Promise<Started> {
  const began = performance.now();
  const child = spawn(process.execPath, ['--max-semi-space-size=2', bin, 'start'], { cwd: root, env: env(dataDir) });
  const memory = new TreeMemory(child.pid!);
  child.stdin!.write('/help\n');
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`start exited ${code}: ${stderr}`)));
  });
  return { child, memory, readyMs: performance.now() - began };
}

async function stopBot(started: Started): Promise<{ name: string; mb: number }[]> {
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  started.child.stdin!.end();
  await exited;
  return started.memory.stop();
}

async function command(dataDir: string, args: string[]): Promise<{ ms: number; peaks: { name: string; mb: number }[] }> {
  const began = performance.now();
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: env(dataDir), stdio: ['ignore', 'ignore', 'pipe'] });
  const memory = new TreeMemory(child.pid!);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${stderr}`);
  return { ms: performance.now() - began, peaks: memory.stop() };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The largest peak per kind of process, e.g. `start 180 MB, ./src/db/pglite-init.mjs 870 MB`. */
function describe(peaks: { name: string; mb: number }[]): string {
  const largest = new Map<string, number>();
  for (const { name, mb } of peaks) largest.set(name, Math.max(largest.get(name) ?? 0, mb));
  return [...largest].map(([name, mb]) => `${name} ${mb} MB`).join(', ');
}

type Figure = 'first' | 'again' | 'alone' | 'beside';
const figures: Record<Figure, number[]> = { first: [], again: [], alone: [], beside: [] };
const peaks: Record<Figure, { name: string; mb: number }[]> = { first: [], again: [], alone: [], beside: [] };
for (let run = 0; run < RUNS; run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'chamber-bot-startup-'));
  try {
    const first = await startBot(dataDir);
    figures.first.push(first.readyMs);
    peaks.first.push(...(await stopBot(first)));

    const alone = await command(dataDir, ['chamber', 'list']);
    figures.alone.push(alone.ms);
    peaks.alone.push(...alone.peaks);

    const again = await startBot(dataDir);
    figures.again.push(again.readyMs);
    const beside = await command(dataDir, ['chamber', 'list']);
    figures.beside.push(beside.ms);
    peaks.beside.push(...beside.peaks);
    peaks.again.push(...(await stopBot(again)));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
console.log(`startup: first start on an empty DATA_DIR to ready ${seconds(median(figures.first))} (aim < 6 s; peak ${describe(peaks.first)}; aim < 450 MB each)`);
console.log(`startup: start on existing data to ready ${seconds(median(figures.again))} (aim < 1.5 s; peak ${describe(peaks.again)})`);
console.log(`startup: CLI command alone (chamber list) ${seconds(median(figures.alone))} (aim < 1.5 s; peak ${describe(peaks.alone)})`);
console.log(`startup: CLI command beside a running bot (chamber list) ${seconds(median(figures.beside))} (aim < 0.5 s; peak ${describe(peaks.beside)})`);
