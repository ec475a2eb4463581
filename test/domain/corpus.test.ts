import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../src/domain/report.ts';
import { parseReport } from '../../src/domain/report-parser.ts';

/**
 * Reports with what the parser must read out of them. The shared corpus sits beside the
 * repository when the whole project is checked out (skipped otherwise); our own
 * fixtures always run. Fields absent from `expect` are not checked; an array of strings
 * means any one of them is right.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const SHARED_CORPUS = path.resolve(here, '../../../shared/corpus/reports.public.jsonl');
const FIXTURES = path.resolve(here, '../fixtures/reports.jsonl');
/** The corpus was written on this day (p19: 今天 … is 2026-11-29). */
const CORPUS_TODAY = '2026-11-29';

interface Case {
  id: string;
  text: string;
  today?: string;
  expect: Partial<Record<keyof ParsedReport, unknown>>;
}

function casesOf(file: string): Case[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Case);
}

function check(cases: Case[]) {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const report = parseReport(c.text, { today: c.today ?? CORPUS_TODAY });
    for (const [field, expected] of Object.entries(c.expect)) {
      const actual = report[field as keyof ParsedReport];
      if (Array.isArray(expected)) {
        expect(expected, `${c.id} ${field}: got ${JSON.stringify(actual)}`).toContain(actual);
      } else {
        expect(actual, `${c.id} ${field}`).toEqual(expected);
      }
    }
  });
}

describe.skipIf(!existsSync(SHARED_CORPUS))('shared corpus', () => {
  check(existsSync(SHARED_CORPUS) ? casesOf(SHARED_CORPUS) : []);
});

describe('our fixtures', () => {
  const cases = casesOf(FIXTURES);

  it('are many and have unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  check(cases);
});
