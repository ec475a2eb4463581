import { describe, expect, it } from 'vitest';
import { catalogs, translate } from '../../src/i18n/index.ts';
import { LANGUAGES } from '../../src/domain/language.ts';

describe('message catalogs', () => {
  const reference = Object.keys(catalogs['zh-CN']).sort();

  it.each(LANGUAGES)('%s has every key, none empty', (lang) => {
    const keys = Object.keys(catalogs[lang]).sort();
    expect(keys).toEqual(reference);
    for (const key of keys) expect(catalogs[lang][key].trim(), key).not.toBe('');
  });

  it.each(LANGUAGES)('%s uses the same placeholders as zh-CN', (lang) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of reference) {
      expect(placeholders(catalogs[lang][key]), `${lang} ${key}`).toEqual(placeholders(catalogs['zh-CN'][key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'join.done', { chamber: 'Chengdu', role: 'member' })).toBe('Welcome to Chengdu! Your role: member. Send /help for what you can do.');
    expect(translate('zh-TW', 'error.leadNotFound', {})).toContain('{id}');
  });
});
