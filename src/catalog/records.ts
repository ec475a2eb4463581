import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { foldText } from '../domain/script.ts';
import type { Policy, Project } from '../db/rows.ts';
import { industryMatches, policySearchText, projectSearchText, type PolicyFields, type ProjectFields } from './fields.ts';

/** Reads and writes of the city's catalog: projects, policies, and each chamber's industries. */

function projectColumns(fields: ProjectFields) {
  return {
    name: fields.name ?? '',
    industry: fields.industry,
    location: fields.location,
    investment_yuan: fields.investmentYuan,
    land: fields.land,
    area_mu: fields.areaMu,
    incentives: fields.incentives,
    contact: fields.contact,
    contact_phone: fields.contactPhone,
    status: fields.status,
    valid_until: fields.validUntil,
    search_text: projectSearchText(fields),
  };
}

function policyColumns(fields: PolicyFields) {
  return {
    title: fields.title ?? '',
    issuer: fields.issuer,
    summary: fields.summary,
    link: fields.link,
    valid_from: fields.validFrom,
    valid_to: fields.validTo,
    industries: fields.industries,
    search_text: policySearchText(fields),
  };
}

export function projectFieldsOf(p: Project): ProjectFields {
  return {
    name: p.name,
    industry: p.industry,
    location: p.location,
    investmentYuan: p.investment_yuan,
    land: p.land,
    areaMu: p.area_mu,
    incentives: p.incentives,
    contact: p.contact,
    contactPhone: p.contact_phone,
    status: p.status,
    validUntil: p.valid_until,
  };
}

export function policyFieldsOf(p: Policy): PolicyFields {
  return {
    title: p.title,
    issuer: p.issuer,
    summary: p.summary,
    link: p.link,
    validFrom: p.valid_from,
    validTo: p.valid_to,
    industries: p.industries ?? [],
  };
}

export async function insertProject(trx: Db, fields: ProjectFields, rawText: string, by: number | null, at: Date): Promise<Project> {
  return trx
    .insertInto('projects')
    .values({ ...projectColumns(fields), raw_text: rawText, created_by: by, created_at: at, updated_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertPolicy(trx: Db, fields: PolicyFields, rawText: string, by: number | null, at: Date): Promise<Policy> {
  return trx
    .insertInto('policies')
    .values({ ...policyColumns(fields), raw_text: rawText, created_by: by, created_at: at, updated_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Inserts or updates by import key (a ledger's row id): 'unchanged' keeps updated_at, so that a
 * re-imported workbook does not make every project "changed this week" in the digest.
 */
export async function upsertProject(
  trx: Db,
  importKey: string,
  fields: ProjectFields,
  rawText: string,
  at: Date,
): Promise<'inserted' | 'updated' | 'unchanged'> {
  const db = trx;
  const existing = await db.selectFrom('projects').selectAll().where('import_key', '=', importKey).forUpdate().executeTakeFirst();
  if (!existing) {
    await db
      .insertInto('projects')
      .values({ ...projectColumns(fields), raw_text: rawText, import_key: importKey, created_at: at, updated_at: at })
      .execute();
    return 'inserted';
  }
  if (same(projectFieldsOf(existing), fields)) return 'unchanged';
  await db
    .updateTable('projects')
    .set({ ...projectColumns(fields), raw_text: rawText, updated_at: at })
    .where('id', '=', existing.id)
    .execute();
  return 'updated';
}

export async function upsertPolicy(trx: Db, importKey: string, fields: PolicyFields, rawText: string, at: Date): Promise<'inserted' | 'updated' | 'unchanged'> {
  const db = trx;
  const existing = await db.selectFrom('policies').selectAll().where('import_key', '=', importKey).forUpdate().executeTakeFirst();
  if (!existing) {
    await db
      .insertInto('policies')
      .values({ ...policyColumns(fields), raw_text: rawText, import_key: importKey, created_at: at, updated_at: at })
      .execute();
    return 'inserted';
  }
  if (same(policyFieldsOf(existing), fields)) return 'unchanged';
  await db
    .updateTable('policies')
    .set({ ...policyColumns(fields), raw_text: rawText, updated_at: at })
    .where('id', '=', existing.id)
    .execute();
  return 'updated';
}

export async function setProjectStatus(trx: Db, id: number, status: 'open' | 'closed', at: Date): Promise<Project | undefined> {
  return trx.updateTable('projects').set({ status, updated_at: at }).where('id', '=', id).returningAll().executeTakeFirst();
}

/** LIKE pattern of folded words, wildcards escaped. */
function likeOf(word: string): string {
  return `%${foldText(word).replace(/[%_\\]/g, '\\$&')}%`;
}

export interface ProjectQuery {
  /** Words that must all occur (industry, place, name …), in either script. */
  words?: string[];
  /** Matching industries first. */
  industries?: readonly string[];
  /** Open and not expired on this date (YYYY-MM-DD). */
  today: string;
  limit?: number;
}

export async function findProjects(trx: Db, query: ProjectQuery): Promise<{ total: number; projects: Project[] }> {
  let q = trx
    .selectFrom('projects')
    .where('status', '=', 'open')
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', query.today)]));
  for (const word of query.words ?? []) q = q.where('search_text', 'like', likeOf(word));
  const { total } = await q.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(500).execute();
  return { total, projects: matchingFirst(rows, query.industries ?? [], (p) => [p.industry]).slice(0, query.limit ?? 15) };
}

export async function findPolicies(trx: Db, query: ProjectQuery): Promise<{ total: number; policies: Policy[] }> {
  let q = trx.selectFrom('policies').where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', query.today)]));
  for (const word of query.words ?? []) q = q.where('search_text', 'like', likeOf(word));
  const { total } = await q.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(500).execute();
  return { total, policies: matchingFirst(rows, query.industries ?? [], (p) => p.industries).slice(0, query.limit ?? 15) };
}

/** Stable: items in one of the wanted industries first, each group in its given order. */
export function matchingFirst<T>(items: T[], industries: readonly string[], of: (item: T) => (string | null)[]): T[] {
  if (industries.length === 0) return items;
  const hit: T[] = [];
  const rest: T[] = [];
  for (const item of items) (of(item).some((i) => industryMatches(i, industries)) ? hit : rest).push(item);
  return [...hit, ...rest];
}

export async function chamberIndustries(trx: Db, chamberId: number): Promise<string[]> {
  const rows = await trx.selectFrom('chamber_industries').select('industry').where('chamber_id', '=', chamberId).orderBy('position').execute();
  return rows.map((r) => r.industry);
}

export async function allChamberIndustries(trx: Db): Promise<Map<number, string[]>> {
  const rows = await trx.selectFrom('chamber_industries').selectAll().orderBy('chamber_id').orderBy('position').execute();
  const out = new Map<number, string[]>();
  for (const row of rows) out.set(row.chamber_id, [...(out.get(row.chamber_id) ?? []), row.industry]);
  return out;
}

export async function setChamberIndustries(trx: Db, chamberId: number, industries: string[]): Promise<void> {
  const db = trx;
  await db.deleteFrom('chamber_industries').where('chamber_id', '=', chamberId).execute();
  if (industries.length === 0) return;
  await db
    .insertInto('chamber_industries')
    .values(industries.map((industry, position) => ({ chamber_id: chamberId, industry, position })))
    .execute();
}
