import type { ForeignAmount } from './amounts.ts';
import { proposeLeadTitle } from './lead-title.ts';
import { emptyReport, type ParsedReport } from './report.ts';

/**
 * The fields a draft holds: what the parser read, possibly corrected by the reporter, without the
 * kind, which the draft keeps apart. A foreign investment is optional: drafts and leads saved
 * before it was read have none.
 */
export type DraftFields = Omit<ParsedReport, 'kind' | 'investmentForeign'> & { investmentForeign?: ForeignAmount | null };
export type DraftKind = 'lead' | 'event';

/** Draft fields that hold nothing yet: every field unknown. */
export function emptyDraftFields(): DraftFields {
  const { kind: _kind, ...fields } = emptyReport();
  return fields;
}

const LEAD_FIELDS = [
  'stage',
  'project',
  'company',
  'investmentYuan',
  'investmentForeign',
  'fundsInPlaceYuan',
  'taxYuan',
  'areaMu',
  'jobs',
  'industry',
  'location',
  'contact',
  'contactPhone',
] as const;
const EVENT_FIELDS = ['eventType', 'date', 'location', 'invitedEnterprises', 'signedProjects', 'investmentYuan'] as const;

export function fieldsOfKind(kind: DraftKind): readonly (keyof DraftFields)[] {
  return kind === 'lead' ? LEAD_FIELDS : EVENT_FIELDS;
}

/**
 * The fields a new draft starts with. A lead naming neither project nor company gets a proposed
 * title (see lead-title.ts) as its project, so the reporter can save it with one tap or change it.
 */
export function draftFieldsOf(kind: DraftKind, parsed: ParsedReport, today: string, text: string): DraftFields {
  const { kind: _kind, ...fields } = parsed;
  if (kind === 'event') {
    return { ...fields, stage: null, eventType: fields.eventType ?? 'other', date: fields.date ?? today };
  }
  const project = fields.project ?? (fields.company ? null : proposeLeadTitle(text, fields));
  return { ...fields, project, stage: fields.stage ?? 'lead', eventType: null, invitedEnterprises: null, signedProjects: null };
}

/** Whether the bot must ask what a draft is called before it can be saved: a lead with no name. */
export function needsTitle(kind: DraftKind, fields: Pick<DraftFields, 'project' | 'company'>): boolean {
  return kind === 'lead' && !fields.project && !fields.company;
}
