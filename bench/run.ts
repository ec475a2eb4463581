/**
 * `npm run bench`: runs each benchmark in its own process, so each reports its own peak memory.
 * Benchmarks print one line per figure; nothing here asserts a time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
// The fault suite takes minutes and a PostgreSQL server: only when named (`npm run bench faults`).
const benches = ['parser', 'core', 'idle', 'summary', 'dashboard', 'fanout', 'startup', ...(only.includes('faults') ? ['faults'] : [])].filter(
  (name) => (only.length === 0 || only.includes(name)) && existsSync(join(here, `${name}.ts`)),
);
let failed = 0;
for (const name of benches) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, `${name}.ts`)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`${name}: failed (exit ${result.status})`);
  }
}
process.exitCode = failed ? 1 : 0;
