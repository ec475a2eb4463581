import type { ParsedReport } from './report.ts';

/** The fields a draft holds: what the parser read, possibly corrected by the reporter. */
export type DraftFields = Omit<ParsedReport, 'kind'>;

const LEAD_FIELDS = [
  'stage', 'project', 'company', 'investmentYuan', 'fundsInPlaceYuan', 'taxYuan', 'areaMu', 'jobs',
  'industry', 'location', 'contact', 'contactPhone',
] as const;
const EVENT_FIELDS = [
  'eventType', 'date', 'location', 'invitedEnterprises', 'signedProjects', 'investmentYuan',
] as const;

export function fieldsOfKind(kind: 'lead' | 'event'): readonly (keyof DraftFields)[] {
  return kind === 'lead' ? LEAD_FIELDS : EVENT_FIELDS;
}
