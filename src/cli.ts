import { runCli } from './cli/main.ts';

// A reader that went away (`chamber-bot chamber list | head -1`) is not an error: the command
// finishes what it was doing, and what it still prints goes nowhere.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const io = {
  // Read only by the commands that take input: touching process.stdin opens it.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
};

runCli(process.argv.slice(2), io).then((code) => {
  if (code >= 0) process.exitCode = code;
});
