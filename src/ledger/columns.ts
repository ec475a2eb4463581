import { parseMoney, quantityMu } from '../domain/amounts.ts';
import { isValidDate } from '../domain/calendar.ts';
import { scanQuantities } from '../domain/quantities.ts';
import { foldText } from '../domain/script.ts';
import { phoneOnly, STORED_PHONE } from '../domain/phone.ts';
import { MAX_REPORTED_YUAN } from '../domain/amounts.ts';
import { translate, type MessageKey, type Params } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import type { Db } from '../db/database.ts';
import type { Cell, Table } from './table.ts';

/**
 * Column specs and row validation for ledgers, whatever they list (leads, events, and the
 * city's projects and policies): a spec names each column's headers in simplified or
 * traditional Chinese or English and says how to read its cells; `validateTable` finds the
 * header row, reads every row, and lists each problem with its row, column and what is
 * wrong. Nothing here touches the database.
 */

/** A problem with one cell or one row, said through the message catalog. */
export interface Problem {
  key: MessageKey;
  params?: Params;
}

export interface RowError {
  /** The spreadsheet's row number (the header is usually row 1). */
  row: number;
  /** The column's header as the file writes it (or the spec's first name when the column is absent). */
  column: string;
  problem: Problem;
}

/** What every import reports, whatever it lists. */
export interface ImportOutcome {
  invalid: number;
  errors: RowError[];
  fileErrors: Problem[];
  committed: boolean;
}

/**
 * An import's outcome for people, in their language: the file's problems alone when it could
 * not be read; otherwise the import's own count lines, each row's error, and why nothing was
 * written when errors stopped it.
 */
export function importOutcomeLines(outcome: ImportOutcome, fileName: string, lang: Language, counts: () => string[]): string[] {
  const say = (problem: Problem) => translate(lang, problem.key, problem.params);
  if (outcome.fileErrors.length) return outcome.fileErrors.map((problem) => translate(lang, 'ledger.file', { file: fileName, problem: say(problem) }));
  const lines = counts();
  for (const error of outcome.errors) lines.push(translate(lang, 'ledger.row', { row: error.row, column: error.column, problem: say(error.problem) }));
  if (!outcome.committed && outcome.invalid > 0) lines.push(translate(lang, 'ledger.nothingImported', { invalid: outcome.invalid }));
  return lines;
}

/** Thrown to undo a dry run's writes. */
class DryRun extends Error {}

/**
 * Runs an import's writes in one transaction; for a dry run, rolls it back at the end, so what the
 * import counted is exactly what it would have written.
 */
export async function rollingBackIf(dryRun: boolean | undefined, db: Db, write: (trx: Db) => Promise<void>): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      await write(trx);
      if (dryRun) throw new DryRun();
    });
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
}

/** What a cell reader is told: the unit its header names (as a multiplier) and today's date. */
export interface CellContext {
  /** Units per yuan or mu the header names, e.g. 100000000n for 億元; null when the header names none. */
  unit: Unit | null;
  today: string;
}

export type CellResult<T> = { value: T } | { problem: Problem };
export type CellReader<T> = (cell: Cell, context: CellContext) => CellResult<T>;

export interface ColumnSpec<T = unknown> {
  key: string;
  /** Header names; the first is the one shown when the column is missing. Compared folded (simplified, lower case, no spaces). */
  names: string[];
  read: CellReader<T>;
  required?: boolean;
  /** The unit assumed when the header names none (money: 'yi' for 億元). */
  defaultUnit?: Unit;
}

export type Unit = 'yi' | 'wan' | 'yuan' | 'mu' | 'hectare' | 'sqm';

const UNIT_WORDS: Record<string, Unit> = {
  亿元: 'yi',
  亿: 'yi',
  万元: 'wan',
  万: 'wan',
  元: 'yuan',
  yuan: 'yuan',
  cny: 'yuan',
  rmb: 'yuan',
  亩: 'mu',
  mu: 'mu',
  公顷: 'hectare',
  ha: 'hectare',
  hectare: 'hectare',
  平方米: 'sqm',
  平米: 'sqm',
  m2: 'sqm',
  'm²': 'sqm',
  sqm: 'sqm',
};

const MONEY_UNITS = new Set<Unit>(['yi', 'wan', 'yuan']);
const sameKind = (a: Unit, b: Unit) => MONEY_UNITS.has(a) === MONEY_UNITS.has(b);

/** Counting units in a header (人, 戶, 個) say nothing about scale: they read as 1. */
const COUNT_UNITS = new Set(['人', '户', '个', '场', '场次', '家', '条']);

export interface HeaderName {
  name: string;
  unit: Unit | null;
  unitText: string | null;
}

/** "總投資(億元)" → { name: '总投资', unit: 'yi' }; names are folded to compare. */
export function splitHeader(header: string): HeaderName {
  const folded = foldText(header).replace(/\s+/g, '');
  const m = /^(.*?)[(（[]([^()（）[\]]*)[)）\]]$/.exec(folded);
  if (!m) return { name: folded, unit: null, unitText: null };
  const unitText = m[2];
  const unit = COUNT_UNITS.has(unitText) ? null : (UNIT_WORDS[unitText] ?? null);
  return { name: m[1], unit, unitText };
}

export interface Layout {
  /** 0-based index of the header row. */
  headerRow: number;
  /** Column index per spec key, for the columns present. */
  columns: Map<string, { index: number; header: string; unit: Unit | null }>;
  /** Headers whose unit the reader could not tell. */
  badUnits: { header: string; unit: string }[];
}

/**
 * The spec a header names, and the unit its name implies: a spec name may carry a unit
 * ("investmentYuan(元)"), which a header without its own unit takes.
 */
function matchColumn(specs: readonly ColumnSpec[], header: string): { spec: ColumnSpec; implied: Unit | null } | undefined {
  const { name } = splitHeader(header);
  for (const spec of specs) {
    for (const n of spec.names) {
      const candidate = splitHeader(n);
      if (candidate.name === name) return { spec, implied: candidate.unit };
    }
  }
  return undefined;
}

/** How many of the specs' columns a row names: the header row is the row that names most. */
export function headerScore(specs: readonly ColumnSpec[], row: Cell[]): number {
  const seen = new Set<string>();
  for (const cell of row) {
    if (typeof cell !== 'string') continue;
    const match = matchColumn(specs, cell);
    if (match) seen.add(match.spec.key);
  }
  return seen.size;
}

export function findLayout(specs: readonly ColumnSpec[], table: Table): Layout | null {
  let headerRow = -1;
  let best = 0;
  table.rows.slice(0, 10).forEach((row, i) => {
    const score = headerScore(specs, row);
    if (score > best) {
      best = score;
      headerRow = i;
    }
  });
  if (headerRow < 0) return null;
  const columns: Layout['columns'] = new Map();
  const badUnits: Layout['badUnits'] = [];
  table.rows[headerRow].forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const match = matchColumn(specs, cell);
    if (!match || columns.has(match.spec.key)) return;
    const { spec } = match;
    const split = splitHeader(cell);
    const unitText = split.unitText;
    const unit = split.unit ?? (unitText === null ? match.implied : null);
    if (spec.defaultUnit && unitText !== null && (unit === null ? !COUNT_UNITS.has(unitText) : !sameKind(unit, spec.defaultUnit))) {
      badUnits.push({ header: cell.trim(), unit: unitText });
    }
    columns.set(spec.key, { index, header: cell.trim(), unit: (spec.defaultUnit ? unit : null) ?? spec.defaultUnit ?? null });
  });
  return { headerRow, columns, badUnits };
}

export interface ValidatedRow {
  /** The spreadsheet's row number. */
  row: number;
  values: Record<string, unknown>;
  /** The row's cells as text, for the record (raw_text). */
  cells: string[];
  /** What was inferred for the row rather than read (a date taken from another), to be told. */
  notes: RowError[];
}

export interface Validation {
  rows: ValidatedRow[];
  errors: RowError[];
  /** Problems with the file as a whole (a missing column, no data): nothing can be read. */
  fileErrors: Problem[];
  /** Data rows read (blank rows skipped). */
  total: number;
}

/**
 * Row-level rules that need several cells (dates in order, a stage that needs its date).
 * `header` gives a column's header as the file writes it, to name it in a problem.
 */
export type RowCheck = (values: Record<string, unknown>, header: (key: string) => string) => { key: string; problem: Problem }[];

function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/**
 * Reads every data row below the header: each cell through its column's reader, then the
 * row checks. Blank rows are skipped; a row is valid when it has no errors.
 */
export function validateTable(
  specs: readonly ColumnSpec[],
  table: Table,
  options: {
    today: string;
    checks?: RowCheck[];
    /** Run before the checks: they fill in what can be inferred and say what they filled in. */
    inferences?: RowCheck[];
  },
): Validation {
  const layout = findLayout(specs, table);
  const fileErrors: Problem[] = [];
  if (!layout) {
    fileErrors.push({
      key: 'ledger.missingColumn',
      params: {
        column: specs
          .filter((s) => s.required)
          .map((s) => s.names[0])
          .join('、'),
      },
    });
    return { rows: [], errors: [], fileErrors, total: 0 };
  }
  for (const spec of specs) {
    if (spec.required && !layout.columns.has(spec.key)) fileErrors.push({ key: 'ledger.missingColumn', params: { column: spec.names[0] } });
  }
  for (const bad of layout.badUnits) fileErrors.push({ key: 'ledger.unknownColumn', params: { column: bad.header, unit: bad.unit } });
  if (fileErrors.length) return { rows: [], errors: [], fileErrors, total: 0 };

  const rows: ValidatedRow[] = [];
  const errors: RowError[] = [];
  let total = 0;
  for (let r = layout.headerRow + 1; r < table.rows.length; r++) {
    const cells = table.rows[r] ?? [];
    if (cells.every(isBlank)) continue;
    total++;
    const rowNumber = r + 1;
    const values: Record<string, unknown> = {};
    const rowErrors: RowError[] = [];
    for (const spec of specs) {
      const column = layout.columns.get(spec.key);
      const cell = column ? (cells[column.index] ?? null) : null;
      if (isBlank(cell)) {
        if (spec.required) rowErrors.push({ row: rowNumber, column: column?.header ?? spec.names[0], problem: { key: 'ledger.required' } });
        values[spec.key] = null;
        continue;
      }
      const result = spec.read(typeof cell === 'string' ? cell.trim() : cell, { unit: column!.unit, today: options.today });
      if ('problem' in result) rowErrors.push({ row: rowNumber, column: column!.header, problem: result.problem });
      else values[spec.key] = result.value;
    }
    const notes: RowError[] = [];
    if (rowErrors.length === 0) {
      const header = (key: string) => layout.columns.get(key)?.header ?? specs.find((s) => s.key === key)?.names[0] ?? key;
      for (const infer of options.inferences ?? []) {
        for (const { key, problem } of infer(values, header)) notes.push({ row: rowNumber, column: header(key), problem });
      }
      for (const check of options.checks ?? []) {
        for (const { key, problem } of check(values, header)) rowErrors.push({ row: rowNumber, column: header(key), problem });
      }
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else rows.push({ row: rowNumber, values, cells: cells.map(cellText), notes });
  }
  if (total === 0) fileErrors.push({ key: 'ledger.noRows' });
  return { rows, errors, fileErrors, total };
}

// ---------------------------------------------------------------------------------------
// Cell readers

const problem = (key: MessageKey, params?: Params): { problem: Problem } => ({ problem: { key, params } });

export function text(maxLength = 200): CellReader<string> {
  return (cell) => {
    const value = cellText(cell).replace(/\s+/g, ' ');
    if (value.length > maxLength) return problem('ledger.tooLong', { max: maxLength });
    return { value };
  };
}

const UNIT_SCALE: Record<Unit, bigint> = { yi: 100_000_000n, wan: 10_000n, yuan: 1n, mu: 1n, hectare: 1n, sqm: 1n };
const UNIT_DECIMALS: Record<Unit, number> = { yi: 8, wan: 4, yuan: 0, mu: 2, hectare: 2, sqm: 2 };

/** A plain decimal number's digits: "0.57" → { digits: 57n, decimals: 2 }. */
function decimalOf(text: string): { digits: bigint; decimals: number; negative: boolean } | null {
  const m = /^([-+]?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  const fraction = m[3] ?? '';
  return { digits: BigInt(m[2] + fraction), decimals: fraction.length, negative: m[1] === '-' };
}

/** Rounds digits / 10^decimals × scale to a whole number, half up. */
function scaleDecimal(value: { digits: bigint; decimals: number }, scale: bigint): bigint {
  const numerator = value.digits * scale;
  const denominator = 10n ** BigInt(value.decimals);
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** A number cell as exact decimal text: Excel's 0.57 stays 0.57 at the unit's precision, with no float drift. */
function numberText(cell: Cell, decimals: number): string | null {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return null;
    return cell.toFixed(Math.min(20, decimals + 2));
  }
  if (typeof cell !== 'string') return null;
  const cleaned = foldText(cell).replace(/[,\s]/g, '');
  return cleaned === '' ? null : cleaned;
}

/**
 * Money in the header's unit (億元 by default for investment), read to the exact yuan: 0.57
 * under 億元 is 57,000,000. A cell that names its own unit ("5700萬") is read by it instead.
 */
export function money(): CellReader<number> {
  return (cell, { unit }) => {
    const scaleUnit = unit ?? 'yuan';
    const asText = numberText(cell, UNIT_DECIMALS[scaleUnit]);
    if (asText === null) return problem('ledger.notNumber', { value: cellText(cell) });
    const decimal = decimalOf(asText);
    let yuan: bigint;
    if (decimal) {
      if (decimal.negative && decimal.digits !== 0n) return problem('ledger.negative');
      yuan = scaleDecimal(decimal, UNIT_SCALE[scaleUnit]);
    } else {
      if (/^-/.test(asText)) return problem('ledger.negative');
      const parsed = parseMoney(asText);
      if (parsed === null) return problem('ledger.notNumber', { value: cellText(cell) });
      yuan = BigInt(parsed);
    }
    if (yuan > BigInt(MAX_REPORTED_YUAN)) return problem('ledger.tooLarge', { value: cellText(cell) });
    return { value: Number(yuan) };
  };
}

/** A whole count (people, enterprises, projects). */
export function count(max = 10_000_000): CellReader<number> {
  return (cell) => {
    const asText = numberText(cell, 0);
    const decimal = asText === null ? null : decimalOf(asText.replace(/[人户个场次家条]+$/, ''));
    if (!decimal) return problem('ledger.notNumber', { value: cellText(cell) });
    if (decimal.negative && decimal.digits !== 0n) return problem('ledger.negative');
    const whole = decimal.digits / 10n ** BigInt(decimal.decimals);
    if (whole * 10n ** BigInt(decimal.decimals) !== decimal.digits) return problem('ledger.notInteger', { value: cellText(cell) });
    if (whole > BigInt(max)) return problem('ledger.tooLarge', { value: cellText(cell) });
    return { value: Number(whole) };
  };
}

const MU_RATIO: Partial<Record<Unit, [bigint, bigint]>> = { mu: [1n, 1n], hectare: [15n, 1n], sqm: [15n, 10_000n] };

/** Land in mu (two decimals), from 畝, 公頃 or 平方米 as the header or the cell says. */
export function area(): CellReader<number> {
  return (cell, { unit }) => {
    const asText = numberText(cell, 4);
    if (asText === null) return problem('ledger.notNumber', { value: cellText(cell) });
    const decimal = decimalOf(asText);
    if (!decimal) {
      const quantity = scanQuantities(foldText(asText))[0];
      const mu = quantity ? quantityMu(quantity, true) : null;
      return mu === null ? problem('ledger.notNumber', { value: cellText(cell) }) : { value: mu };
    }
    if (decimal.negative && decimal.digits !== 0n) return problem('ledger.negative');
    const [num, den] = MU_RATIO[unit ?? 'mu'] ?? [1n, 1n];
    const numerator = decimal.digits * num * 100n;
    const denominator = 10n ** BigInt(decimal.decimals) * den;
    const mu = Number((numerator * 2n + denominator) / (denominator * 2n)) / 100;
    if (mu > 10_000_000) return problem('ledger.tooLarge', { value: cellText(cell) });
    return { value: mu };
  };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date as 'YYYY-MM-DD': an Excel date, a serial number, or 2018-03-05, 2018/3/5, 2018.3.5, 2018年3月5日, 20180305. */
export function parseDateCell(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 200_000) return null;
    return new Date(EXCEL_EPOCH + cell * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof cell !== 'string') return null;
  const folded = foldText(cell).trim();
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(folded) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(folded);
  if (!m) return null;
  const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isValidDate(date) ? date : null;
}

export function date(options: { notAfterToday?: boolean } = {}): CellReader<string> {
  return (cell, { today }) => {
    const value = parseDateCell(cell);
    if (value === null) return problem('ledger.notDate', { value: cellText(cell) });
    if (options.notAfterToday && value > today) return problem('ledger.futureDate', { value });
    return { value };
  };
}

/** One of a set of words (stages, event types), through a look-up that knows their spellings. */
export function oneOf<T>(lookup: (word: string) => T | null, key: MessageKey): CellReader<T> {
  return (cell) => {
    const word = cellText(cell);
    const value = lookup(word) ?? lookup(foldText(word));
    return value === null ? problem(key, { value: word }) : { value };
  };
}

export function phone(): CellReader<string> {
  return (cell) => {
    const value = typeof cell === 'number' ? String(cell) : cellText(cell);
    const read = phoneOnly(value);
    if (read) return { value: read };
    if (!STORED_PHONE.test(value)) return problem('ledger.badPhone', { value });
    return { value };
  };
}
