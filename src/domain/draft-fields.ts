import { proposeLeadTitle } from './lead-title.ts';
import type { ParsedReport } from './report.ts';

/** What a draft holds: the parsed fields without the kind, which the draft keeps apart. */
export type DraftFields = Omit<ParsedReport, 'kind'>;
export type DraftKind = 'lead' | 'event';

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
