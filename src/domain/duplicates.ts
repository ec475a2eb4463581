import { leadingPlaceLength } from './place-names.ts';
import { foldText } from './script.ts';

/**
 * When two reports are likely the same investment: the same company (without its legal form or
 * a leading place name, in either script), the same project name, or the same contact phone.
 */

export interface DuplicateFacts {
  company: string | null;
  project: string | null;
  contactPhone: string | null;
}

export type DuplicateReason = 'company' | 'project' | 'phone';

/** Legal forms and generic endings, longest first: 四川冷鏈物流股份有限公司 and 冷链物流 are one company. */
const LEGAL_FORMS = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '控股集团',
  '集团公司',
  '集团',
  '公司',
  'co., ltd.',
  'co.,ltd.',
  'co. ltd',
  'ltd.',
  'ltd',
  'inc.',
  'inc',
  'group',
];

function stripEndings(text: string, endings: readonly string[]): string {
  let rest = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const ending of endings) {
      if (rest.endsWith(ending) && rest.length > ending.length) {
        rest = rest.slice(0, -ending.length).replace(/[\s,.]+$/, '');
        changed = true;
      }
    }
  }
  return rest;
}

/** The same name whatever the script, spacing, punctuation and a leading place. */
function nameKey(name: string | null, endings: readonly string[]): string | null {
  if (!name) return null;
  const folded = foldText(name.toLowerCase())
    .replace(/[()（）[\]【】"“”'‘’·]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const stripped = stripEndings(folded, endings);
  const key = stripped.slice(leadingPlaceLength(stripped, 0, stripped.length)).replace(/[^\p{L}\p{N}]/gu, '');
  // A key of one character ("园") would match far too much.
  return key.length >= 2 ? key : null;
}

export function companyKey(company: string | null): string | null {
  return nameKey(company, LEGAL_FORMS);
}

export function projectKey(project: string | null): string | null {
  return nameKey(project, ['项目', 'project']);
}

/** Digits only: 028-85551234 and 02885551234 are one phone. */
export function phoneKey(phone: string | null): string | null {
  const digits = phone?.replace(/\D/g, '') ?? '';
  return digits.length >= 7 ? digits : null;
}

/**
 * Bumped whenever a key above changes what it makes: leads keyed by an older rule are keyed
 * again when the database is next opened.
 */
export const DUPLICATE_KEYS_VERSION = 1;

/** The three keys of a lead, as the columns that hold them (migration 0014). */
export interface DuplicateKeys {
  company_key: string | null;
  project_key: string | null;
  phone_key: string | null;
  keys_version: number;
}

export function duplicateKeys(facts: DuplicateFacts): DuplicateKeys {
  return {
    company_key: companyKey(facts.company),
    project_key: projectKey(facts.project),
    phone_key: phoneKey(facts.contactPhone),
    keys_version: DUPLICATE_KEYS_VERSION,
  };
}

/** Why `a` and `b` look like the same investment, or null. */
export function duplicateReason(a: DuplicateFacts, b: DuplicateFacts): DuplicateReason | null {
  const same = (x: string | null, y: string | null) => x !== null && x === y;
  if (same(phoneKey(a.contactPhone), phoneKey(b.contactPhone))) return 'phone';
  if (same(companyKey(a.company), companyKey(b.company))) return 'company';
  if (same(projectKey(a.project), projectKey(b.project))) return 'project';
  return null;
}
