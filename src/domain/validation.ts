import { z } from 'zod';
import { MAX_REPORTED_YUAN } from './amounts.ts';
import { isValidDate } from './calendar.ts';
import { STORED_PHONE } from './phone.ts';
import { EVENT_TYPES, STAGES } from './report.ts';

const money = z.number().int().min(0).max(MAX_REPORTED_YUAN).nullable();
const count = (max: number) => z.number().int().min(0).max(max).nullable();
const text = z.string().trim().min(1).max(200).nullable();

/** What a saved lead or event may hold; the parser's output is checked against it before any write. */
export const ReportFieldsSchema = z.object({
  stage: z.enum(STAGES).nullable(),
  investmentYuan: money,
  fundsInPlaceYuan: money,
  taxYuan: money,
  areaMu: z.number().min(0).max(10_000_000).nullable(),
  jobs: count(10_000_000),
  company: text,
  project: text,
  contact: text,
  contactPhone: z.string().regex(STORED_PHONE).nullable(),
  location: text,
  industry: text,
  eventType: z.enum(EVENT_TYPES).nullable(),
  date: z.string().refine(isValidDate).nullable(),
  invitedEnterprises: count(100_000),
  signedProjects: count(10_000),
});

export type ReportFields = z.infer<typeof ReportFieldsSchema>;

/** The names of the fields that fail validation, so the user can be told which to fix. */
export function invalidFields(fields: unknown): string[] {
  const result = ReportFieldsSchema.safeParse(fields);
  return result.success ? [] : failingFields(result.error.issues);
}

/** The names of the changed fields that fail validation: a correction is checked on its own. */
export function invalidChanges(changes: Partial<ReportFields>): string[] {
  const result = ReportFieldsSchema.partial().safeParse(changes);
  return result.success ? [] : failingFields(result.error.issues);
}

function failingFields(issues: readonly { path: readonly PropertyKey[] }[]): string[] {
  return [...new Set(issues.map((issue) => String(issue.path[0])))];
}
