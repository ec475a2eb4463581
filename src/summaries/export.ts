import type { Db } from '../db/database.ts';
import type { ContactView } from '../domain/contact-view.ts';
import type { Period } from '../domain/periods.ts';
import type { Language } from '../domain/language.ts';
import { eventsOfPeriod, leadsOfPeriod } from './listing.ts';
import { buildSummaryReport } from './report.ts';
import { chambersIn, type Scope } from './summary.ts';
import { buildWorkbook } from './workbook.ts';
import { chamberInfoForReader, reportForReader, rowsForReader } from './reader-script.ts';

export interface ExportOptions {
  lang: Language;
  timeZone: string;
  now: Date;
  contactView: (chamberId: number) => ContactView;
}

/** The period's workbook (see workbook.ts), read from the database. */
export async function exportWorkbook(
  db: Db,
  period: Period,
  scope: Scope,
  options: ExportOptions,
): Promise<{ data: Uint8Array; leads: number; events: number }> {
  const report = await buildSummaryReport(db, period, scope, options.timeZone);
  const leads = await leadsOfPeriod(db, period, scope, options.timeZone);
  const events = await eventsOfPeriod(db, period, scope);
  const chambers = await chambersIn(db, scope);
  const { lang } = options;
  const data = await buildWorkbook({
    report: reportForReader(report, lang),
    leads: rowsForReader(leads, lang),
    events: rowsForReader(events, lang),
    chambers: chamberInfoForReader(chambers, lang),
    ...options,
  });
  return { data, leads: leads.length, events: events.length };
}
