/**
 * Report parser throughput: parses a mix of reports (prose and key-value, simplified,
 * traditional and English, leads, events and chit-chat) for about three seconds and
 * prints one line: `parser: N reports/s (peak RSS M MB)`.
 *
 *   npx tsx bench/parser.ts
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../src/domain/report-parser.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

function textsOf(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

const texts = [
  ...textsOf(path.join(here, '../test/fixtures/reports.jsonl')),
  ...textsOf(path.resolve(here, '../../shared/corpus/reports.public.jsonl')),
];
if (texts.length === 0) throw new Error('no reports to parse: test/fixtures/reports.jsonl is missing');

const options = { today: '2026-11-29' };
let sink = 0;
const run = (rounds: number) => {
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) sink += parseReport(text, options).kind === null ? 0 : 1;
  }
};

// Warm up so the JIT has compiled the hot paths before we time them.
const warmUntil = performance.now() + 500;
while (performance.now() < warmUntil) run(1);

let parsed = 0;
const start = performance.now();
let elapsed = 0;
while (elapsed < 3000) {
  run(10);
  parsed += texts.length * 10;
  elapsed = performance.now() - start;
}
const perSecond = Math.round((parsed / elapsed) * 1000);
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
if (sink < 0) console.log(sink); // keep the results alive
console.log(`parser: ${perSecond} reports/s (peak RSS ${peakMb} MB)`);
