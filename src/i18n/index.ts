import { zhCN } from './zh-CN.ts';
import { zhTW } from './zh-TW.ts';
import { en } from './en.ts';

export const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type MessageKey = keyof typeof zhCN;
export type Catalog = Record<MessageKey, string>;
export type Params = Record<string, string | number>;

export const catalogs: Record<Lang, Catalog> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Picks a language from a platform's hint (Telegram language_code, Lark locale). */
export function langFromHint(hint: string | undefined): Lang {
  const h = (hint ?? '').toLowerCase().replace('_', '-');
  if (/^zh-(tw|hk|mo|hant)/.test(h)) return 'zh-TW';
  if (h.startsWith('en')) return 'en';
  return 'zh-CN';
}

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = catalogs[lang][key] ?? catalogs['zh-CN'][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
