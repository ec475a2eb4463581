import { formatYuan } from '../domain/amounts.ts';
import { translate, type MessageKey, type Params } from '../i18n/index.ts';
import type { Language } from '../domain/language.ts';
import type { Policy, Project } from '../db/rows.ts';
import type { PolicyFields, ProjectFields } from './fields.ts';

/** Something that speaks one language: a conversation's Ctx, or a job writing to one recipient. */
export interface Speaker {
  lang: Language;
  t(key: MessageKey, params?: Params): string;
}

export function speaker(lang: Language): Speaker {
  return { lang, t: (key, params) => translate(lang, key, params) };
}

/** One line of a list: "#3 【電子】電子信息產業園二期 · 擬引資 5.00億元 · 高新區 · 至 2027-06-30". */
export function projectLine(s: Speaker, p: Project, mark = ''): string {
  const parts = [`${mark ? `${mark} ` : ''}#${p.id} ${p.industry ? `[${p.industry}] ` : ''}${p.name}`];
  if (p.investment_yuan !== null) parts.push(s.t('catalog.project.seeking', { amount: formatYuan(p.investment_yuan, s.lang) }));
  if (p.location) parts.push(p.location);
  if (p.valid_until) parts.push(s.t('catalog.until', { date: p.valid_until }));
  if (p.status === 'closed') parts.push(s.t('catalog.project.closed'));
  return parts.join(' · ');
}

export function policyLine(s: Speaker, p: Policy, mark = ''): string {
  const parts = [`${mark ? `${mark} ` : ''}#${p.id} ${p.title}`];
  if (p.issuer) parts.push(p.issuer);
  if (p.industries.length) parts.push(p.industries.join('、'));
  if (p.valid_to) parts.push(s.t('catalog.until', { date: p.valid_to }));
  return parts.join(' · ');
}

/** Every field of a project, one a line, for a draft or /project ID. */
export function projectLines(s: Speaker, f: ProjectFields): string[] {
  const lines: string[] = [];
  const add = (key: MessageKey, value: string | null | undefined) => {
    if (value) lines.push(`${s.t(key)}：${value}`);
  };
  add('catalog.field.name', f.name);
  add('catalog.field.industry', f.industry);
  add('catalog.field.location', f.location);
  add('catalog.field.investment', f.investmentYuan !== null ? formatYuan(f.investmentYuan, s.lang) : null);
  add('catalog.field.land', f.land ?? (f.areaMu !== null ? s.t('unit.mu', { value: f.areaMu }) : null));
  add('catalog.field.incentives', f.incentives);
  add('catalog.field.contact', [f.contact, f.contactPhone].filter(Boolean).join(' ') || null);
  add('catalog.field.status', s.t(f.status === 'open' ? 'catalog.status.open' : 'catalog.status.closed'));
  add('catalog.field.validUntil', f.validUntil);
  return lines;
}

export function policyLines(s: Speaker, f: PolicyFields): string[] {
  const lines: string[] = [];
  const add = (key: MessageKey, value: string | null | undefined) => {
    if (value) lines.push(`${s.t(key)}：${value}`);
  };
  add('catalog.field.title', f.title);
  add('catalog.field.issuer', f.issuer);
  add('catalog.field.summary', f.summary);
  add('catalog.field.industries', f.industries.length ? f.industries.join('、') : null);
  add('catalog.field.validFrom', f.validFrom);
  add('catalog.field.validTo', f.validTo);
  add('catalog.field.link', f.link);
  return lines;
}
