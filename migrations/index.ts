import type { Migration } from 'kysely';
import * as core from './0001_core.ts';
import * as lark from './0003_lark.ts';
import * as reports from './0004_reports.ts';
import * as jobs from './0005_jobs.ts';
import * as draftsAwaiting from './0006_drafts_awaiting.ts';
import * as historyChamber from './0007_history_chamber.ts';
import * as delivery from './0008_delivery.ts';
import * as people from './0009_people.ts';
import * as records from './0010_records.ts';
import * as draftBatches from './0012_draft_batches.ts';
import * as dashboard from './0013_dashboard.ts';
import * as duplicateKeys from './0014_duplicate_keys.ts';

/** Every migration, by name; names sort in the order they run. Add new ones at the end. */
export const migrations: Record<string, Migration> = {
  '0001_core': core,
  '0003_lark': lark,
  '0004_reports': reports,
  '0005_jobs': jobs,
  '0006_drafts_awaiting': draftsAwaiting,
  '0007_history_chamber': historyChamber,
  '0008_delivery': delivery,
  '0009_people': people,
  '0010_records': records,
  '0012_draft_batches': draftBatches,
  '0013_dashboard': dashboard,
  '0014_duplicate_keys': duplicateKeys,
};
