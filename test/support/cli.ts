import { spawn } from 'node:child_process';
import { PassThrough, Writable } from 'node:stream';
import { runCli as runCommandLine } from '../../src/cli/main.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment a command gets: the embedded database in `dataDir` unless `extraEnv` names a server. */
function cliEnv(dataDir: string, extraEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'never', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  return Object.assign(env, extraEnv);
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/**
 * Runs the command line through the binary's own entry (src/cli/main.ts), in this process, on the
 * embedded database in `dataDir` (or the server in `extraEnv.DATABASE_URL`), with `input` on stdin.
 * Spawning a process per command cost seconds each; what only a process shows is runCliProcess's.
 */
export async function runCli(dataDir: string, args: string[], input = '', extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const stdin = new PassThrough();
  stdin.end(input);
  const stdout = collector();
  const stderr = collector();
  const code = await runCommandLine(args, { stdin, stdout: stdout.stream, stderr: stderr.stream, env: cliEnv(dataDir, extraEnv), cwd: process.cwd() });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs the command line as a person does (`npx chamber-bot …` runs the same file): a process of its own. */
export function runCliProcess(dataDir: string, args: string[], input = '', extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: cliEnv(dataDir, extraEnv), cwd: process.cwd() });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}
