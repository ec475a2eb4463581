import { createRequire } from 'node:module';
import type { Language } from './language.ts';
import { foldText } from './script.ts';

/**
 * Names of chambers and people as people type them: in simplified or traditional, with or
 * without spaces, a chamber with or without its trailing 商會. The keys below are what two
 * spellings of one name share; migration 0009's chamber_name_key() computes the same key in
 * the database.
 */

/** 西安商會, 西安商会 and 西 安 all give 西安. */
export function chamberKey(name: string): string {
  return personKey(name).replace(/商会$/, '');
}

/** 張會員 and 张会员 give 张会员. */
export function personKey(name: string): string {
  return foldText(name).replace(/\s+/g, '');
}

type Convert = (text: string) => string;
type OpenCC = typeof import('opencc-js/cn2t');
// OpenCC's converters weigh a megabyte: loaded (synchronously) by the first name shown, not by every process.
const load = createRequire(import.meta.url) as (id: 'opencc-js/cn2t' | 'opencc-js/t2cn') => OpenCC;
let simplified: Convert | undefined;
let traditional: Convert | undefined;

/**
 * A name as its reader writes it: 貴陽商會 for a zh-CN reader is 贵阳商会, 贵阳商会 for a zh-TW
 * reader is 貴陽商會. English readers see the name as it was written.
 */
export function inReaderScript(name: string, lang: Language): string {
  if (lang === 'zh-CN') return (simplified ??= load('opencc-js/t2cn').Converter({ from: 'tw', to: 'cn' }))(name);
  if (lang === 'zh-TW') return (traditional ??= load('opencc-js/cn2t').Converter({ from: 'cn', to: 'tw' }))(name);
  return name;
}
