import { formatYuan, type ForeignAmount } from '../domain/amounts.ts';
import { localDateTime } from '../domain/calendar.ts';
import { contactViewOf, shownNote, shownPhone, type ContactView } from '../domain/contact-view.ts';
import { inReaderScript } from '../domain/names.ts';
import type { ParsedReport, Stage } from '../domain/report.ts';
import { fieldsOfKind, type DraftFields } from '../domain/draft-fields.ts';
import { leadTitle } from '../domain/lead-title.ts';
import type { Lead, LeadHistory } from '../db/schema.ts';
import type { Ctx, MemberCtx } from './context.ts';

/** How contact details may be shown to this reader in this chat (see domain/contact-view). */
export function contactView(ctx: MemberCtx, chamberId: number): ContactView {
  return contactViewOf(ctx.actor, ctx.inbound.chat.type, chamberId);
}

export function formatValue(ctx: Ctx, field: keyof DraftFields, value: unknown): string {
  switch (field) {
    case 'investmentYuan':
    case 'fundsInPlaceYuan':
    case 'taxYuan':
      return formatYuan(value as number, ctx.lang);
    case 'investmentForeign': {
      const { currency, amount } = value as ForeignAmount;
      return ctx.t('amount.foreign', { currency, amount: amount.toLocaleString('en-US') });
    }
    case 'areaMu':
      return ctx.t('unit.mu', { value: value as number });
    case 'jobs':
      return ctx.t('unit.people', { value: value as number });
    case 'invitedEnterprises':
      return ctx.t('unit.enterprises', { value: value as number });
    case 'signedProjects':
      return ctx.t('unit.projects', { value: value as number });
    case 'stage':
      return ctx.t(`stage.${value as Stage}`);
    case 'eventType':
      return ctx.t(`eventType.${value as NonNullable<ParsedReport['eventType']>}`);
    default:
      return String(value);
  }
}

/** A field's value as this reader may see it: contacts hidden in groups, phones masked. */
export function shownValue(ctx: Ctx, field: keyof DraftFields, value: unknown, view: ContactView): string {
  if (field === 'contact' && !view.showName) return ctx.t('lead.contactHidden');
  if (field === 'contactPhone') return shownPhone(view, String(value));
  return formatValue(ctx, field, value);
}

/** A foreign sum whose yuan the report itself gives (1500萬美元（約合人民幣1.07億元）): converted by the reporter, not the bot. */
function foreignBesideYuan(ctx: Ctx, { currency, amount }: ForeignAmount): string {
  return ctx.t('amount.foreignConverted', { currency, amount: amount.toLocaleString('en-US') });
}

/** One "label: value" line per known field, in a fixed order; unknown fields are left out. */
export function fieldLines(ctx: Ctx, kind: 'lead' | 'event', fields: DraftFields, view: ContactView): string[] {
  const lines: string[] = [];
  for (const field of fieldsOfKind(kind)) {
    const value = fields[field];
    if (value === null || value === undefined || value === '') continue;
    const shown =
      field === 'investmentForeign' && typeof fields.investmentYuan === 'number'
        ? foreignBesideYuan(ctx, value as ForeignAmount)
        : shownValue(ctx, field, value, view);
    lines.push(`${ctx.t(`field.${field}`)}：${shown}`);
  }
  return lines;
}

export function leadFields(lead: Lead): DraftFields {
  return {
    stage: lead.stage === 'dropped' ? null : lead.stage,
    investmentYuan: lead.investment_yuan,
    fundsInPlaceYuan: lead.funds_in_place_yuan,
    taxYuan: lead.tax_yuan,
    areaMu: lead.area_mu,
    jobs: lead.jobs,
    company: lead.company,
    project: lead.project,
    contact: lead.contact,
    contactPhone: lead.contact_phone,
    location: lead.location,
    industry: lead.industry,
    eventType: null,
    date: null,
    invitedEnterprises: null,
    signedProjects: null,
  };
}

/** "#12 [签约] 天府物流园 · 12.80亿元 · 成都商会" */
export function leadLine(ctx: Ctx, lead: Lead, chamberName?: string): string {
  const parts = [`#${lead.id} [${ctx.t(`stage.${lead.stage}`)}] ${leadTitle(lead)}`];
  if (lead.investment_yuan !== null) parts.push(formatYuan(lead.investment_yuan, ctx.lang));
  if (chamberName) parts.push(chamberName);
  return parts.join(' · ');
}

export function historyLine(ctx: Ctx, entry: LeadHistory, names: Map<number, string>, view: ContactView): string {
  const who = entry.member_id !== null ? (names.get(entry.member_id) ?? `#${entry.member_id}`) : ctx.t('lead.someone');
  const when = localDateTime(entry.at, ctx.deps.timezone);
  const changes = entry.changes ?? {};
  let what: string;
  switch (entry.action) {
    case 'stage': {
      const stages = {
        who,
        from: entry.from_stage ? ctx.t(`stage.${entry.from_stage}`) : '—',
        to: entry.to_stage ? ctx.t(`stage.${entry.to_stage}`) : '—',
      };
      // Only a note someone typed with /stage is shown: an import keeps its ledger row there.
      what =
        entry.note && entry.member_id !== null
          ? ctx.t('records.history.stageNote', { ...stages, note: shownNote(view, entry.note) })
          : ctx.t('lead.history.stage', stages);
      break;
    }
    case 'follow_up':
      what = ctx.t('lead.history.follow_up', { who, note: shownNote(view, entry.note ?? '') });
      break;
    case 'assigned':
      what = ctx.t('lead.history.assigned', { who, owner: String(changes.owner ?? '') });
      break;
    case 'edited': {
      const fields = Object.keys(changes).filter((k) => k in FIELD_KEYS) as (keyof DraftFields)[];
      const previous = changes.previous as Record<string, unknown> | undefined;
      what = previous
        ? ctx.t('records.history.edited', {
            who,
            changes: fields.map((f) => changeText(ctx, f, previous[f], changes[f], view)).join('；'),
          })
        : ctx.t('lead.history.edited', { who, fields: fields.map((k) => ctx.t(`field.${k}`)).join('、') });
      break;
    }
    case 'merged': {
      const facts = (Object.keys(changes).filter((k) => k in FIELD_KEYS) as (keyof DraftFields)[])
        .map((f) => `${ctx.t(`field.${f}`)} ${shownValue(ctx, f, changes[f], view)}`)
        .join('，');
      what = changes.fromLeadId
        ? ctx.t('records.history.mergedLead', { who, from: Number(changes.fromLeadId), facts })
        : ctx.t('records.history.merged', { who, chamber: inReaderScript(String(changes.chamber ?? ''), ctx.lang), facts });
      break;
    }
    case 'deleted':
    case 'restored':
      what = ctx.t(`records.history.${entry.action}`, { who });
      break;
    default:
      what = ctx.t(`lead.history.${entry.action}`, { who });
  }
  return `${when} ${what}`;
}

/** "总投资：3.00亿元 → 3.50亿元", each value shown as this reader may see it. */
export function changeText(ctx: Ctx, field: keyof DraftFields, from: unknown, to: unknown, view: ContactView): string {
  const shown = (value: unknown) => (value === null || value === undefined || value === '' ? ctx.t('records.empty') : shownValue(ctx, field, value, view));
  return ctx.t('records.edit.change', { field: ctx.t(`field.${field}`), from: shown(from), to: shown(to) });
}

const FIELD_KEYS: Record<string, true> = Object.fromEntries([...fieldsOfKind('lead'), ...fieldsOfKind('event')].map((k) => [k, true]));
