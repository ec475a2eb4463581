/** What a lead is called wherever one line names it: its project, else its company, else its number. */
export function leadTitle(lead: { project: string | null; company: string | null; id: number }): string {
  return lead.project ?? lead.company ?? `#${lead.id}`;
}
