import { expect } from 'vitest';
import type { ParsedReport } from '../../src/domain/report.ts';
import { parseReport } from '../../src/domain/report-parser.ts';
import { foldText } from '../../src/domain/script.ts';

/** A case in both scripts: simplified, traditional, the field and what it must read. */
export type Case = [string, string, keyof ParsedReport, unknown];

/** The parser keeps what the report wrote: a traditional answer compares by its folded (simplified) form. */
export const folded = (value: unknown) => (typeof value === 'string' ? foldText(value) : value);

/** Each case as two rows for `it.each`, one a script. */
export const both = (cases: Case[]) =>
  cases.flatMap(([simplified, traditional, field, value]) => [[simplified, field, value] as const, [traditional, field, value] as const]);

/** The parse of a text as reported on `today`, and a check of one of its fields in either script. */
export function readerOn(today: string) {
  const read = (text: string) => parseReport(text, { today });
  const check = (text: string, field: keyof ParsedReport, value: unknown) => expect(folded(read(text)[field])).toEqual(folded(value));
  return { read, check };
}
