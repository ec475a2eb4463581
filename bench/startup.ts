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
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedEnv } from './support.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'chamber-bot.js');
const RUNS = Number(process.env.STARTUP_RUNS ?? 3);

/** Linux's clock ticks per second, in which /proc/PID/stat counts CPU time. */
const TICKS = 100;

/**
 * Peak RSS in MB and CPU time of each process seen in a tree, by pid, sampled while it lives.
 * The CPU time says what a figure would be on an idle machine: this one is shared.
 */
class TreeMemory {
  readonly peaks = new Map<number, { name: string; mb: number }>();
  private readonly cpu = new Map<number, number>();
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
      const name =
        cmdline
          .slice(1)
          .find((arg) => !arg.startsWith('-'))
          ?.replace(root, '.') ?? cmdline[0];
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [utime, stime] = stat
        .slice(stat.lastIndexOf(')') + 2)
        .split(' ')
        .slice(11, 13)
        .map(Number);
      this.cpu.set(pid, (utime + stime) / TICKS);
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

  /** CPU seconds of the whole tree so far (to the last sample). */
  cpuSeconds(): number {
    return [...this.cpu.values()].reduce((sum, seconds) => sum + seconds, 0);
  }
}

interface Started {
  child: ChildProcess;
  memory: TreeMemory;
  readyMs: number;
  readyCpu: number;
}

/** Starts the bot as `npm start` does and waits for its first answer. */
async function startBot(dataDir: string): Promise<Started> {
  const began = performance.now();
  const child = spawn(process.execPath, ['--max-semi-space-size=2', bin, 'start'], { cwd: root, env: embeddedEnv(dataDir) });
  const memory = new TreeMemory(child.pid!);
  child.stdin!.write('/help\n');
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`start exited ${code}: ${stderr}`)));
  });
  return { child, memory, readyMs: performance.now() - began, readyCpu: memory.cpuSeconds() };
}

async function stopBot(started: Started): Promise<{ name: string; mb: number }[]> {
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  started.child.stdin!.end();
  await exited;
  return started.memory.stop();
}

async function command(dataDir: string, args: string[]): Promise<{ ms: number; cpu: number; peaks: { name: string; mb: number }[] }> {
  const began = performance.now();
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: embeddedEnv(dataDir), stdio: ['ignore', 'ignore', 'pipe'] });
  const memory = new TreeMemory(child.pid!);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${stderr}`);
  const cpu = memory.cpuSeconds();
  return { ms: performance.now() - began, cpu, peaks: memory.stop() };
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
const cpu: Record<Figure, number[]> = { first: [], again: [], alone: [], beside: [] };
for (let run = 0; run < RUNS; run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'chamber-bot-startup-'));
  try {
    const first = await startBot(dataDir);
    figures.first.push(first.readyMs);
    cpu.first.push(first.readyCpu);
    peaks.first.push(...(await stopBot(first)));

    const alone = await command(dataDir, ['chamber', 'list']);
    figures.alone.push(alone.ms);
    cpu.alone.push(alone.cpu);
    peaks.alone.push(...alone.peaks);

    const again = await startBot(dataDir);
    figures.again.push(again.readyMs);
    cpu.again.push(again.readyCpu);
    const beside = await command(dataDir, ['chamber', 'list']);
    figures.beside.push(beside.ms);
    cpu.beside.push(beside.cpu);
    peaks.beside.push(...beside.peaks);
    peaks.again.push(...(await stopBot(again)));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
const LABELS: Record<Figure, string> = {
  first: 'first start on an empty DATA_DIR to ready (aim < 6 s, no process above 450 MB)',
  again: 'start on existing data to ready (aim < 1.5 s)',
  alone: 'CLI command alone, chamber list (aim < 1.5 s)',
  beside: 'CLI command beside a running bot, chamber list (aim < 0.5 s)',
};
const [load] = loadavg();
console.log(`startup: medians of ${RUNS} runs; load average ${load.toFixed(1)} on ${availableParallelism()} cores when done`);
for (const figure of Object.keys(LABELS) as Figure[]) {
  console.log(`startup: ${LABELS[figure]}: ${seconds(median(figures[figure]))}, CPU ${median(cpu[figure]).toFixed(2)} s; peak ${describe(peaks[figure])}`);
}
