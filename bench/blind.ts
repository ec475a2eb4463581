/**
 * Scores the parser on a blind set: messages written by someone who never read the parser, each
 * with the fields a careful reader takes from it (docs/parser.md, "Measuring"). Blind sets are
 * kept outside the repository until they have been scored, so that nobody fixes against a set
 * that is still to measure them; sets that have been used join test/fixtures.
 *
 *   npx tsx bench/blind.ts SET.jsonl [--misses] [--strict-phone]
 *
 * A line is {id, category, text, today, expect} or, for a message holding several reports,
 * {…, items: [expect, …]}. A field is right when it equals the expected value, or any one of an
 * array of them; a count written as the names it counts (參會企業 listed) is how many they are.
 * Phones compare by their digits (027-87654321 is 02787654321; +86 139… is 139…, the bot keeps a
 * mainland number without its country code) unless --strict-phone. A message is split as the bot splits it; its items are compared in order, and
 * an expected item with no report to match counts all its fields wrong.
 */
import { readFileSync } from 'node:fs';
import type { ParsedReport } from '../src/domain/report.ts';
import { parseReport } from '../src/domain/report-parser.ts';
import { splitReports } from '../src/domain/report-split.ts';

type Expected = Partial<Record<keyof ParsedReport, unknown>>;
interface BlindLine {
  id: string;
  category: string;
  text: string;
  today?: string;
  expect?: Expected;
  items?: Expected[];
}
interface Tally {
  right: number;
  fields: number;
  whole: number;
  messages: number;
}

const [file, ...flags] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx bench/blind.ts SET.jsonl [--misses] [--strict-phone]');
  process.exit(2);
}
const strictPhone = flags.includes('--strict-phone');
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as BlindLine);

/** A count some writers gave as the names it counts (參會企業：A、B、C): the count is how many. */
const COUNTS = new Set(['invitedEnterprises', 'signedProjects']);
const wantedValue = (field: string, want: unknown) =>
  COUNTS.has(field) && Array.isArray(want) && want.every((w) => typeof w === 'string') ? want.length : want;
const phoneDigits = (phone: string) => phone.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
const comparable = (field: string, value: unknown) =>
  JSON.stringify((!strictPhone && field === 'contactPhone' && typeof value === 'string' ? phoneDigits(value) : value) ?? null);
const isRight = (field: string, want: unknown, got: unknown) =>
  (Array.isArray(want) ? want : [want]).some((w) => comparable(field, w) === comparable(field, got));

const categories = new Map<string, Tally>();
const all: Tally = { right: 0, fields: 0, whole: 0, messages: 0 };
const misses: string[] = [];
for (const line of lines) {
  const today = line.today ?? new Date().toISOString().slice(0, 10);
  const pieces = splitReports(line.text, { today });
  const wanted = line.items ?? [line.expect ?? {}];
  if (pieces.length !== wanted.length) misses.push(`${line.id}: split into ${pieces.length}, holds ${wanted.length}`);
  const tally = categories.get(line.category) ?? { right: 0, fields: 0, whole: 0, messages: 0 };
  categories.set(line.category, tally);
  let whole = true;
  wanted.forEach((expected, i) => {
    const piece = line.items ? pieces[i] : pieces[0];
    const report = piece === undefined ? null : parseReport(piece, { today });
    for (const [field, written] of Object.entries(expected)) {
      const want = wantedValue(field, written);
      const got = report?.[field as keyof ParsedReport];
      const right = report !== null && isRight(field, want, got);
      for (const t of [tally, all]) {
        t.fields++;
        if (right) t.right++;
      }
      if (!right) {
        whole = false;
        misses.push(`${line.id}${line.items ? `#${i + 1}` : ''} ${field}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
      }
    }
  });
  for (const t of [tally, all]) {
    t.messages++;
    if (whole) t.whole++;
  }
}

const row = (name: string, t: Tally) =>
  `${name.padEnd(12)} ${`${((100 * t.right) / t.fields).toFixed(1)}%`.padStart(7)}  (${t.right}/${t.fields} fields, ${t.whole}/${t.messages} whole)`;
for (const [name, tally] of categories) console.log(row(name, tally));
console.log(row('all', all));
if (flags.includes('--misses')) for (const miss of misses) console.log(miss);
