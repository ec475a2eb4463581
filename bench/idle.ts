/**
 * Memory of the embedded bot at rest, run as a newcomer runs it (`npm start`: bin/chamber-bot.js with
 * its V8 flags, the built code, a fresh DATA_DIR with its demo data), after 20 reports typed in its
 * terminal chat and saved with one tap each, then a quiet slice. Resident and peak memory are the
 * bot process's own, read from /proc. The aim is well under 350 MB.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { embeddedEnv } from './support.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'chamber-bot.js');
if (!existsSync(join(root, 'dist', 'src', 'cli.js'))) throw new Error('dist/ is missing: `npm ci` builds it, or run `npm run build`');

const dataDir = mkdtempSync(join(tmpdir(), 'chamber-bot-idle-'));
const child = spawn(process.execPath, ['--max-semi-space-size=2', bin, 'start'], { cwd: root, env: embeddedEnv(dataDir) });
let output = '';
let errors = '';
child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
const exited = new Promise((resolve) => child.once('exit', resolve));

/** Types a line and waits for the whole answer: output that then stays quiet for a moment. */
async function answer(line: string): Promise<void> {
  const before = output.length;
  child.stdin.write(`${line}\n`);
  const until = Date.now() + 60_000;
  while (output.length === before) {
    if (Date.now() > until || child.exitCode !== null) throw new Error(`no answer to ${line}: ${(output + errors).slice(-500)}`);
    await sleep(50);
  }
  for (let seen = -1; seen !== output.length; await sleep(300)) seen = output.length;
}

/** VmRSS and VmHWM of the bot process, in MB. */
function memory(): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const mb = (key: string) => Math.round(Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
  return { rss: mb('VmRSS'), peak: mb('VmHWM') };
}

try {
  await answer('/help');
  for (let i = 0; i < 20; i++) {
    await answer('东莞商会带回电子元器件项目，投资额3千万元，用工200余人');
    await answer('1');
  }
  await answer('/leads');
  await sleep(5000);
  const { rss, peak } = memory();
  console.log(`idle embedded bot (npm start): ${rss} MB resident after start, demo data and 20 reports (peak RSS ${peak} MB)`);
} finally {
  // Waited on from the start: a bot that has already exited (a start that failed) fires no second 'exit'.
  child.stdin.end();
  await exited;
  rmSync(dataDir, { recursive: true, force: true });
}
