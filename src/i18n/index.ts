import { zhCN } from './zh-CN.ts';
import { zhTW } from './zh-TW.ts';
import { en } from './en.ts';
import { summariesCatalog } from './summaries.ts';
import { jobsCatalog } from './jobs.ts';
import { catalogCatalog } from './catalog.ts';
import { ledgerCatalog } from './ledger.ts';
import { chatsCatalog } from './chats.ts';
import { identitiesCatalog } from './identities.ts';
import { peopleCatalog } from './people.ts';
import { terminalCatalog } from './terminal.ts';
import { cliCatalog } from './cli.ts';
import { embeddedCatalog } from './embedded.ts';
import { recordsCatalog } from './records.ts';
import { eventsCatalog } from './events.ts';
import { draftsCatalog } from './drafts.ts';
import { webCatalog } from './web.ts';
import { parserCatalog } from './parser.ts';
import { batchDuplicatesCatalog } from './batch-duplicates.ts';
import { LANGUAGES, type Language } from '../domain/language.ts';

/**
 * A feature's own messages, in every language. Features keep their catalogs beside the core's
 * (src/i18n/<feature>.ts) and are listed in FEATURE_CATALOGS below.
 */
export type FeatureCatalog = Record<Language, Record<string, string>>;

/** Feature catalogs, merged into the core's. */
const FEATURE_CATALOGS = [
  summariesCatalog,
  jobsCatalog,
  catalogCatalog,
  ledgerCatalog,
  chatsCatalog,
  identitiesCatalog,
  peopleCatalog,
  terminalCatalog,
  cliCatalog,
  embeddedCatalog,
  recordsCatalog,
  eventsCatalog,
  draftsCatalog,
  webCatalog,
  parserCatalog,
  batchDuplicatesCatalog,
] as const satisfies readonly FeatureCatalog[];

type KeysOf<T> = T extends unknown ? keyof T : never;
export type MessageKey = keyof typeof zhCN | KeysOf<(typeof FEATURE_CATALOGS)[number]['zh-CN']>;
export type CoreCatalog = Record<keyof typeof zhCN, string>;
/** The core's catalogs are typed to hold every key of zh-CN. */
export type Catalog = CoreCatalog;
export type Params = Record<string, string | number>;

function merge(lang: Language, core: Record<string, string>): Record<string, string> {
  return Object.assign({}, core, ...FEATURE_CATALOGS.map((c: FeatureCatalog) => c[lang]));
}

export const catalogs: Record<Language, Record<string, string>> = {
  'zh-CN': merge('zh-CN', zhCN),
  'zh-TW': merge('zh-TW', zhTW),
  en: merge('en', en),
};

export function isLang(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** Picks a language from a platform's hint (Telegram language_code, Lark locale). */
export function langFromHint(hint: string | undefined): Language {
  const h = (hint ?? '').toLowerCase().replace('_', '-');
  if (/^zh-(tw|hk|mo|hant)/.test(h)) return 'zh-TW';
  if (h.startsWith('en')) return 'en';
  return 'zh-CN';
}

export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  const template = catalogs[lang][key] ?? catalogs['zh-CN'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
