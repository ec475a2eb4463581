import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../src/domain/report.ts';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

/**
 * Reports with what the parser must read out of them. The shared corpus sits beside the
 * repository when the whole project is checked out (skipped otherwise); our own
 * fixtures always run. Fields absent from `expect` are not checked; an array of strings
 * means any one of them is right.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const SHARED_CORPUS = path.resolve(here, '../../../shared/corpus/reports.public.jsonl');
const FIXTURES = path.resolve(here, '../fixtures/reports.jsonl');
const MULTI_FIXTURES = path.resolve(here, '../fixtures/multi-reports.jsonl');
/** The corpus was written on this day (p19: 今天 … is 2026-11-29). */
const CORPUS_TODAY = '2026-11-29';

interface Case {
  id: string;
  text: string;
  today?: string;
  expect: Partial<Record<keyof ParsedReport, unknown>>;
}

/** A message holding several reports: `items` are what each of its drafts must read, in order. */
interface MultiCase {
  id: string;
  text: string;
  today?: string;
  items: Case['expect'][];
  /** How many drafts the splitter makes of it today, when that is known to be wrong (report-split.test.ts keeps it). */
  misreadSplit?: number;
}

function linesOf<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

function expectFields(id: string, report: ParsedReport, wanted: Case['expect']) {
  for (const [field, expected] of Object.entries(wanted)) {
    const actual = report[field as keyof ParsedReport];
    if (Array.isArray(expected)) {
      expect(expected, `${id} ${field}: got ${JSON.stringify(actual)}`).toContain(actual);
    } else {
      expect(actual, `${id} ${field}`).toEqual(expected);
    }
  }
}

function check(cases: Case[]) {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expectFields(c.id, parseReport(c.text, { today: c.today ?? CORPUS_TODAY }), c.expect);
  });
}

describe.skipIf(!existsSync(SHARED_CORPUS))('shared corpus', () => {
  check(existsSync(SHARED_CORPUS) ? linesOf<Case>(SHARED_CORPUS) : []);
});

describe('our fixtures', () => {
  const cases = linesOf<Case>(FIXTURES);

  it('are many and have unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  check(cases);
});

// How many drafts a message becomes is report-split.test.ts's; here each draft is read field by field. A message the
// splitter cuts wrong has no drafts to set beside its items.
describe('our multi-report fixtures, draft by draft', () => {
  const cases = linesOf<MultiCase>(MULTI_FIXTURES).filter((c) => c.misreadSplit === undefined);

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const today = c.today ?? CORPUS_TODAY;
    const pieces = splitReports(c.text, { today });
    expect(pieces).toHaveLength(c.items.length);
    for (const [i, wanted] of c.items.entries()) {
      expectFields(`${c.id}[${i + 1}]`, parseReport(pieces[i], { today }), wanted);
    }
  });
});
