/** Stages a lead moves through; `dropped` is set by hand, never parsed. */
export const STAGES = ['lead', 'negotiating', 'signed', 'landed', 'dropped'] as const;
export type Stage = (typeof STAGES)[number];

export const EVENT_TYPES = ['negotiation', 'promotion', 'visit', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * What the report parser reads out of one chat message. Field names are a public
 * contract (`chamber-bot parse` prints them as they are). Money is an exact integer
 * of yuan; unknown is null.
 */
import type { ForeignAmount } from './amounts.ts';

export interface ParsedReport {
  kind: 'lead' | 'event' | null;
  stage: Exclude<Stage, 'dropped'> | null;
  investmentYuan: number | null;
  /**
   * An investment written in another currency, kept as written; investmentYuan then holds only
   * the yuan the report itself says it comes to (約合…), else null.
   */
  investmentForeign: ForeignAmount | null;
  fundsInPlaceYuan: number | null;
  taxYuan: number | null;
  areaMu: number | null;
  jobs: number | null;
  company: string | null;
  project: string | null;
  contact: string | null;
  contactPhone: string | null;
  location: string | null;
  industry: string | null;
  eventType: EventType | null;
  date: string | null;
  invitedEnterprises: number | null;
  signedProjects: number | null;
}

export const PARSED_FIELDS = [
  'kind',
  'stage',
  'investmentYuan',
  'investmentForeign',
  'fundsInPlaceYuan',
  'taxYuan',
  'areaMu',
  'jobs',
  'company',
  'project',
  'contact',
  'contactPhone',
  'location',
  'industry',
  'eventType',
  'date',
  'invitedEnterprises',
  'signedProjects',
] as const satisfies readonly (keyof ParsedReport)[];

/** What a report that states nothing reads as: every field unknown. */
export function emptyReport(): ParsedReport {
  return {
    kind: null,
    stage: null,
    investmentYuan: null,
    investmentForeign: null,
    fundsInPlaceYuan: null,
    taxYuan: null,
    areaMu: null,
    jobs: null,
    company: null,
    project: null,
    contact: null,
    contactPhone: null,
    location: null,
    industry: null,
    eventType: null,
    date: null,
    invitedEnterprises: null,
    signedProjects: null,
  };
}
