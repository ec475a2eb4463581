import type { Selectable } from 'kysely';
import type { JobRunTable, OutboxTable, PolicyTable, ProjectTable } from './schema.ts';

/** Rows of the tables of migrations/0005_jobs.ts (their types live in db/schema.ts). */
export type Project = Selectable<ProjectTable>;
export type Policy = Selectable<PolicyTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type JobRun = Selectable<JobRunTable>;

export type { MuteTopic, OutboxStatus, JobTrigger, ReminderEvent } from './schema.ts';
