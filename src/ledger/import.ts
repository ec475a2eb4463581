import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { startOfLocalDay } from '../domain/calendar.ts';
import { foldText } from '../domain/script.ts';
import { chamberKey } from '../domain/names.ts';
import { insertLead } from '../core/lead-records.ts';
import { duplicateIndex } from '../core/duplicates.ts';
import type { Stage } from '../domain/report.ts';
import type { DraftFields } from '../domain/draft-fields.ts';
import { translate } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import {
  headerScore,
  importOutcomeLines,
  rollingBackIf,
  validateTable,
  type ColumnSpec,
  type Problem,
  type RowCheck,
  type RowError,
  type ValidatedRow,
} from './columns.ts';
import { pickTable, type Table } from './table.ts';
import {
  CHAMBER_COLUMNS,
  EVENT_COLUMNS,
  LEAD_CHECKS,
  LEAD_COLUMNS,
  LEAD_INFERENCES,
  leadReportedOn,
  leadStage,
  type EventRecord,
  type FundsEntry,
  type LeadRecord,
} from './specs.ts';
import { jsonb } from '../db/json.ts';

/**
 * Importing a chamber's ledger of leads or events. Every row is validated first; nothing is
 * written unless every row is valid (or the caller skips the invalid ones), and then all of
 * it in one transaction. Each row's import_key comes from its content, so importing the same
 * file twice adds nothing.
 */

export type LedgerKind = 'leads' | 'events';

export interface ImportOptions {
  kind: LedgerKind;
  tables: Table[];
  /** For the record: each row's raw text says where it came from. */
  fileName: string;
  today: string;
  timeZone: string;
  /** Import the valid rows even when others have errors. */
  skipInvalid?: boolean;
  /**
   * Create chambers the ledger names that do not exist: true, false, or 'auto' (the
   * default): only when the database has no chamber at all, as when a city starts from its
   * ledgers.
   */
  createChambers?: boolean | 'auto';
  /** Validate and count what would be imported (and which chambers created), write nothing. */
  dryRun?: boolean;
}

export interface ImportResult {
  kind: LedgerKind;
  /** Data rows in the file. */
  rows: number;
  imported: number;
  /** Rows whose content was imported before. */
  existing: number;
  /** Rows with errors. */
  invalid: number;
  errors: RowError[];
  /** Per row: what was inferred, and likely duplicates of leads already recorded (imported all the same). */
  notes: RowError[];
  fileErrors: Problem[];
  createdChambers: string[];
  /** Whether anything was written (false when errors stopped the import, or a dry run). */
  committed: boolean;
}

const SPECS: Record<LedgerKind, { columns: readonly ColumnSpec[]; checks: RowCheck[]; inferences: RowCheck[] }> = {
  leads: { columns: LEAD_COLUMNS, checks: LEAD_CHECKS, inferences: LEAD_INFERENCES },
  events: { columns: EVENT_COLUMNS, checks: [], inferences: [] },
};

const fold = (name: string) => foldText(name).replace(/\s+/g, '');

/** Who reported or owns a lead may not be a member where the ledger is imported, so it is not part of what the lead is. */
const NOT_CONTENT = new Set(['chamber', 'reporter', 'owner']);

function contentKey(kind: LedgerKind, chamber: string, values: Record<string, unknown>): string {
  const normalized = Object.keys(values)
    .filter((k) => !NOT_CONTENT.has(k))
    .sort()
    .map((k) => [k, values[k] ?? null]);
  const hash = createHash('sha256')
    .update(JSON.stringify([kind, fold(chamber), normalized]))
    .digest('hex')
    .slice(0, 40);
  return `ledger:${kind}:${hash}`;
}

/** Keys for each row; identical rows in one file get #2, #3 …, so both are kept and a second import still matches. */
function importKeys(kind: LedgerKind, rows: ValidatedRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = contentKey(kind, row.values.chamber as string, row.values);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

async function existingKeys(db: Db, kind: LedgerKind, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 1000) {
    const chunk = keys.slice(i, i + 1000);
    if (chunk.length === 0) continue;
    const rows =
      kind === 'leads'
        ? await db.selectFrom('leads').select('import_key').where('import_key', 'in', chunk).execute()
        : await db.selectFrom('events').select('import_key').where('import_key', 'in', chunk).execute();
    for (const row of rows) if (row.import_key) found.add(row.import_key);
  }
  return found;
}

export async function importLedger(db: Db, options: ImportOptions): Promise<ImportResult> {
  const { kind } = options;
  const spec = SPECS[kind];
  const result: ImportResult = {
    kind,
    rows: 0,
    imported: 0,
    existing: 0,
    invalid: 0,
    errors: [],
    notes: [],
    fileErrors: [],
    createdChambers: [],
    committed: false,
  };
  const table = pickTable(options.tables, (row) => headerScore(spec.columns, row)) ?? options.tables[0];
  if (!table) {
    result.fileErrors.push({ key: 'ledger.noRows' });
    return result;
  }
  const validation = validateTable(spec.columns, table, { today: options.today, checks: spec.checks, inferences: spec.inferences });
  result.rows = validation.total;
  result.fileErrors = validation.fileErrors;
  if (validation.fileErrors.length) return result;

  // Chambers: matched by name in either script, with or without 商會; unknown ones are row errors unless they are to be created.
  const chambers = await db.selectFrom('chambers').select(['id', 'name']).execute();
  const chamberIds = new Map(chambers.map((c) => [chamberKey(c.name), c.id]));
  const create = options.createChambers === true || ((options.createChambers ?? 'auto') === 'auto' && chambers.length === 0);
  const toCreate = new Map<string, { name: string; level: 'city' | 'county'; status: 'active' | 'preparing' }>();
  // A workbook from the export carries its chambers' list: new chambers take their level and status from it.
  if (create) {
    const listing = options.tables.find((t) => t !== table && t.rows.slice(0, 10).some((row) => headerScore(CHAMBER_COLUMNS, row) === CHAMBER_COLUMNS.length));
    if (listing) {
      for (const row of validateTable(CHAMBER_COLUMNS, listing, { today: options.today }).rows) {
        const name = (row.values.chamber as string).trim();
        const entry = { level: row.values.level as 'city' | 'county', status: row.values.status as 'active' | 'preparing' };
        if (!chamberIds.has(chamberKey(name))) toCreate.set(chamberKey(name), { name, ...entry });
      }
    }
  }
  const rows: ValidatedRow[] = [];
  const errors = [...validation.errors];
  for (const row of validation.rows) {
    const name = row.values.chamber as string;
    if (chamberIds.has(chamberKey(name))) {
      rows.push(row);
    } else if (create) {
      if (!toCreate.has(chamberKey(name))) toCreate.set(chamberKey(name), { name: name.trim(), level: 'city', status: 'active' });
      rows.push(row);
    } else {
      errors.push({ row: row.row, column: headerOf(table, spec.columns, 'chamber'), problem: { key: 'ledger.unknownChamber', params: { value: name } } });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  result.errors = errors;
  result.invalid = new Set(errors.map((e) => e.row)).size;

  const keys = importKeys(kind, rows);
  const existing = await existingKeys(db, kind, keys);
  result.existing = keys.filter((k) => existing.has(k)).length;
  const fresh = rows.filter((_, i) => !existing.has(keys[i]));
  result.notes = fresh.flatMap((row) => row.notes);
  if (kind === 'leads') result.notes.push(...(await likelyDuplicates(db, fresh, options.timeZone, (key) => headerOf(table, spec.columns, key))));
  result.notes.sort((a, b) => a.row - b.row);
  if (result.invalid > 0 && !options.skipInvalid) {
    return result;
  }

  // A dry run writes as an import would, then rolls back: its counts are what would be imported.
  await rollingBackIf(options.dryRun, db, async (trx) => {
    for (const [folded, chamber] of toCreate) {
      const created = await trx.insertInto('chambers').values(chamber).returning('id').executeTakeFirstOrThrow();
      chamberIds.set(folded, created.id);
      result.createdChambers.push(chamber.name);
    }
    const members = await memberDirectory(trx);
    for (const [i, row] of rows.entries()) {
      if (existing.has(keys[i])) continue;
      const chamberId = chamberIds.get(chamberKey(row.values.chamber as string))!;
      const rawText = `[${options.fileName} #${row.row}] ${row.cells.filter(Boolean).join(' | ')}`.slice(0, 4000);
      if (kind === 'leads') {
        await writeLead(trx, row.values as unknown as LeadRecord, chamberId, members, keys[i], rawText, options.timeZone);
      } else {
        await writeEvent(trx, row.values as unknown as EventRecord, chamberId, keys[i], rawText);
      }
      result.imported++;
    }
  });
  result.committed = !options.dryRun;
  return result;
}

/** Rows that look like a lead already recorded, in any chamber: listed, imported all the same. */
async function likelyDuplicates(db: Db, rows: ValidatedRow[], timeZone: string, header: (key: string) => string): Promise<RowError[]> {
  const facts = rows.map((row) => {
    const lead = row.values as unknown as LeadRecord;
    return { company: lead.company, project: lead.project, contactPhone: lead.contactPhone };
  });
  const match = await duplicateIndex(db, timeZone, facts);
  return rows.flatMap((row, i) => {
    const found = match(facts[i]);
    if (!found) return [];
    const key = found.reason === 'phone' ? 'contactPhone' : found.reason;
    return [
      {
        row: row.row,
        column: header(key),
        problem: { key: 'records.ledger.duplicate', params: { id: found.leadId, chamber: found.chamberName, date: found.reportedOn } },
      },
    ];
  });
}

function headerOf(table: Table, columns: readonly ColumnSpec[], key: string): string {
  const spec = columns.find((c) => c.key === key)!;
  for (const row of table.rows.slice(0, 10)) {
    for (const cell of row) {
      if (typeof cell === 'string' && spec.names.some((n) => fold(n) === fold(cell))) return cell.trim();
    }
  }
  return spec.names[0];
}

/** Members by chamber and name (either script), when the name is unique in the chamber. */
async function memberDirectory(db: Db): Promise<(chamberId: number, name: string | null) => number | null> {
  const rows = await db.selectFrom('members').select(['id', 'chamber_id', 'display_name']).execute();
  const byName = new Map<string, number | null>();
  for (const row of rows) {
    const key = `${row.chamber_id}:${fold(row.display_name)}`;
    byName.set(key, byName.has(key) ? null : row.id);
  }
  return (chamberId, name) => (name ? (byName.get(`${chamberId}:${fold(name)}`) ?? null) : null);
}

async function writeLead(
  trx: Db,
  row: LeadRecord,
  chamberId: number,
  member: (chamberId: number, name: string | null) => number | null,
  importKey: string,
  rawText: string,
  timeZone: string,
): Promise<void> {
  const at = (date: string) => startOfLocalDay(date, timeZone);
  const stage = leadStage(row);
  const reportedOn = leadReportedOn(row)!;
  const fields: DraftFields = {
    stage: stage === 'dropped' ? null : stage,
    investmentYuan: row.investmentYuan,
    fundsInPlaceYuan: null,
    taxYuan: row.taxYuan,
    areaMu: row.areaMu,
    jobs: row.jobs,
    company: row.company,
    project: row.project,
    contact: row.contact,
    contactPhone: row.contactPhone,
    location: row.location,
    industry: row.industry,
    eventType: null,
    date: null,
    invitedEnterprises: null,
    signedProjects: null,
  };
  const lead = await insertLead(trx, {
    chamberId,
    reporterId: member(chamberId, row.reporter),
    ownerId: member(chamberId, row.owner),
    fields,
    stage,
    rawText,
    reportedAt: at(reportedOn),
    signedAt: row.signedOn ? at(row.signedOn) : null,
    landedAt: row.landedOn ? at(row.landedOn) : null,
    importKey,
    action: 'imported',
  });
  // The first time it reached negotiating (or later), as the ledger says; the history rows below keep it.
  const reached = row.negotiatingOn ?? (stage === 'negotiating' ? reportedOn : (row.signedOn ?? row.landedOn));
  if (reached) await sql`update leads set negotiating_at = ${at(reached)} where id = ${lead.id}`.execute(trx);
  if (row.negotiatingOn && stage !== 'negotiating') {
    await trx
      .insertInto('lead_history')
      .values({
        lead_id: lead.id,
        member_id: null,
        at: at(row.negotiatingOn),
        action: 'stage',
        from_stage: 'lead',
        to_stage: 'negotiating',
        changes: null,
        note: rawText.slice(0, 200),
      })
      .execute();
  }
  // Signing and landing are steps of the history, on their own days, as if they had been reported then.
  const steps: { on: string | null; from: Stage; to: Stage }[] = [
    { on: stage === 'signed' || stage === 'landed' ? row.signedOn : null, from: row.negotiatingOn ? 'negotiating' : 'lead', to: 'signed' },
    { on: stage === 'landed' ? row.landedOn : null, from: 'signed', to: 'landed' },
  ];
  for (const step of steps.filter((s) => s.on !== null)) {
    await trx
      .insertInto('lead_history')
      .values({ lead_id: lead.id, member_id: null, at: at(step.on!), action: 'stage', from_stage: step.from, to_stage: step.to })
      .execute();
  }
  if (stage === 'dropped' && row.droppedOn) {
    await trx
      .updateTable('leads')
      .set({ dropped_at: at(row.droppedOn) })
      .where('id', '=', lead.id)
      .execute();
  }
  // Funds in place keep their dates, so each increase counts in the period it happened.
  const entries: FundsEntry[] = row.fundsDetail?.length
    ? row.fundsDetail
    : row.fundsInPlaceYuan
      ? [{ on: row.landedOn ?? row.signedOn ?? reportedOn, yuan: row.fundsInPlaceYuan }]
      : [];
  let total = 0;
  for (const entry of entries) {
    total += entry.yuan;
    await trx
      .insertInto('lead_history')
      .values({
        lead_id: lead.id,
        member_id: null,
        at: at(entry.on),
        action: 'edited',
        changes: jsonb({ fundsInPlaceYuan: total }),
        funds_delta_yuan: entry.yuan,
      })
      .execute();
  }
  if (entries.length) await trx.updateTable('leads').set({ funds_in_place_yuan: total }).where('id', '=', lead.id).execute();
}

async function writeEvent(trx: Db, row: EventRecord, chamberId: number, importKey: string, rawText: string): Promise<void> {
  await trx
    .insertInto('events')
    .values({
      chamber_id: chamberId,
      reporter_id: null,
      event_type: row.eventType,
      held_on: row.date,
      location: row.location,
      invited_enterprises: row.invitedEnterprises,
      signed_projects: row.signedProjects,
      note: row.note,
      raw_text: rawText,
      import_key: importKey,
    })
    .execute();
}

/** The import's outcome for people: one line of counts, then each error, in the reader's language. */
export function importReport(result: ImportResult, fileName: string, lang: Language): string[] {
  return importOutcomeLines(result, fileName, lang, () => {
    const lines = [
      translate(lang, 'ledger.summary', {
        kind: translate(lang, result.kind === 'leads' ? 'ledger.kindLeads' : 'ledger.kindEvents'),
        rows: result.rows,
        imported: result.imported,
        existing: result.existing,
        invalid: result.invalid,
      }),
    ];
    if (result.createdChambers.length) lines.push(translate(lang, 'ledger.createdChambers', { names: result.createdChambers.join('、') }));
    for (const note of result.notes)
      lines.push(translate(lang, 'ledger.row', { row: note.row, column: note.column, problem: translate(lang, note.problem.key, note.problem.params) }));
    return lines;
  });
}
