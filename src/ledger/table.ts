import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
// Loaded when a workbook is made: every command and the bot would otherwise pay for it at start.
import type ExcelJS from 'exceljs';
import { CsvError, parse } from 'csv-parse/sync';
import type { MessageKey, Params } from '../i18n/index.ts';

/**
 * Reading a ledger (台賬) people keep in Excel or WPS: .xlsx, or .csv in UTF-8 or in the
 * GB18030 that Chinese Excel writes. Every sheet becomes a plain grid of cells; what the
 * columns mean is for the column specs (columns.ts) to say.
 */

export type Cell = string | number | boolean | Date | null;

export interface Table {
  /** The sheet's name, or the file's name for a CSV. */
  name: string;
  /** Rows as read, starting with row 1 of the sheet; rows[i] is spreadsheet row i + 1. */
  rows: Cell[][];
}

/** A file that cannot be read as a table; `problem` says why in the reader's language when known. */
export class TableReadError extends Error {
  constructor(
    message: string,
    readonly problem?: { key: MessageKey; params: Params },
  ) {
    super(message);
  }
}

/** Every sheet of an .xlsx file, or the one table of a .csv file. */
export async function readTables(file: string): Promise<Table[]> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    throw new TableReadError((error as Error).message);
  }
  return readTablesFrom(data, basename(file));
}

/** Like readTables, from bytes; the name's extension says the format (.xlsx unless it ends in .csv/.txt/.tsv). */
export async function readTablesFrom(data: Uint8Array, name: string): Promise<Table[]> {
  const ext = extname(name).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return [{ name, rows: parseCsv(decodeText(data)) }];
  if (ext === '.xls') throw new TableReadError('.xls (Excel 97-2003) is not supported: save the file as .xlsx or .csv');
  return readWorkbook(data);
}

/** The first table that holds a data table, by a score the caller gives a header row. */
export function pickTable(tables: Table[], score: (row: Cell[]) => number): Table | undefined {
  let best: { table: Table; score: number } | undefined;
  for (const table of tables) {
    const top = Math.max(0, ...table.rows.slice(0, 10).map(score));
    if (top > 0 && (!best || top > best.score)) best = { table, score: top };
  }
  return best?.table;
}

async function readWorkbook(data: Uint8Array): Promise<Table[]> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  } catch (error) {
    throw new TableReadError(`not a readable .xlsx file (${(error as Error).message})`);
  }
  const tables: Table[] = [];
  workbook.eachSheet((sheet) => {
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellValue(cell.value);
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      rows[rowNumber - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
    tables.push({ name: sheet.name, rows });
  });
  return tables;
}

/** A cell's value as plain data: formulas give their result, rich text its text, links their text. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return null;
  }
  return String(value);
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8; otherwise GB18030, as Chinese Excel saves CSV. */
export function decodeText(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

/**
 * RFC 4180 CSV (quotes, doubled quotes, newlines inside quotes); a tab-separated file when the
 * first line has tabs and no commas. Rows may differ in length and a stray quote inside a field
 * is kept as written, as Excel and WPS save them; a quote never closed is refused, naming where
 * it opened, rather than swallowing the rest of the file into one cell.
 */
export function parseCsv(text: string): Cell[][] {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  try {
    const records: string[][] = parse(text, { delimiter, relax_quotes: true, relax_column_count: true });
    return records.map((record) => record.map((field) => (field === '' ? null : field)));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const { records, index } = error as CsvError & { records: number; index: number };
    const where = { row: records + 1, column: index + 1 };
    const problem = error.code === 'CSV_QUOTE_NOT_CLOSED' ? { key: 'ledger.csvBroken' as const, params: where } : undefined;
    throw new TableReadError(`CSV row ${where.row}, column ${where.column}: ${error.message}`, problem);
  }
}
