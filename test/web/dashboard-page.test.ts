import { describe, expect, it } from 'vitest';
import { change, count, when, yi } from '../../public/dashboard/format.js';
import { browserLanguage, CATALOGS, translator } from '../../public/dashboard/i18n.js';
import { query, telegramInitData } from '../../public/dashboard/api.js';

/** The dashboard page's own pure parts (the browser tests drive the rest, in Chromium). */

describe('money on the dashboard', () => {
  it('shows yuan in 億元 with two decimals, exactly', () => {
    expect(yi(10_015_000_000)).toBe('100.15');
    expect(yi(43_590_000_000)).toBe('435.90');
    expect(yi(57_000_000)).toBe('0.57');
    expect(yi(0)).toBe('0.00');
    expect(yi(null)).toBe('0.00');
    expect(yi(123_456_789_000_000)).toBe('1,234,567.89');
    // Half a hundredth of 億 rounds up, as the chat rounds.
    expect(yi(500_000)).toBe('0.01');
    expect(yi(499_999)).toBe('0.00');
    expect(yi(1_500_000)).toBe('0.02');
    expect(yi(-250_000_000)).toBe('-2.50');
  });

  it('writes counts with thousands separators', () => {
    expect(count(1018)).toBe('1,018');
    expect(count(undefined)).toBe('0');
  });
});

describe('環比 and 同比', () => {
  const t = translator('zh-CN');
  it('gives the change in percent with a sign, or says new, or a dash', () => {
    expect(change(125, 100, t)).toEqual({ text: '+25.0%', trend: 'up' });
    expect(change(90, 100, t)).toEqual({ text: '-10.0%', trend: 'down' });
    expect(change(100, 100, t)).toEqual({ text: '0.0%', trend: 'flat' });
    expect(change(5, 0, t)).toEqual({ text: '新增', trend: 'up' });
    expect(change(0, 0, t)).toEqual({ text: '—', trend: 'flat' });
  });
});

describe('dates', () => {
  it('keeps a date as it is and shows an instant to the minute', () => {
    expect(when('2018-03-05')).toBe('2018-03-05');
    expect(when('')).toBe('');
    expect(when('2018-03-05T06:30:00Z')).toMatch(/^2018-03-0[56] \d{2}:30$/);
  });
});

describe('the page in three languages', () => {
  it('has every label in zh-CN, zh-TW and en', () => {
    const keys = Object.keys(CATALOGS['zh-CN']).sort();
    expect(Object.keys(CATALOGS['zh-TW']).sort()).toEqual(keys);
    expect(Object.keys(CATALOGS.en).sort()).toEqual(keys);
  });

  it('writes zh-TW in traditional characters and fills placeholders', () => {
    expect(translator('zh-TW')('tile.signedProjects')).toBe('簽約項目');
    expect(translator('zh-CN')('tile.signedProjects')).toBe('签约项目');
    expect(translator('en')('total', { total: 3 })).toBe('3 in all');
    // An unknown language reads the default, zh-CN.
    expect(translator('fr')('logout')).toBe('退出登录');
  });

  it('picks the browser language before the member is known', () => {
    expect(browserLanguage(['zh-TW'])).toBe('zh-TW');
    expect(browserLanguage(['zh-Hant-HK'])).toBe('zh-TW');
    expect(browserLanguage(['zh-CN', 'en'])).toBe('zh-CN');
    expect(browserLanguage(['en-GB'])).toBe('en');
    expect(browserLanguage(['de'])).toBe('zh-CN');
  });
});

describe('the address', () => {
  it('reads Telegram initData from the hash, decoded once', () => {
    const initData = 'query_id=AAH&user=%7B%22id%22%3A42%7D&auth_date=1700000000&hash=abc';
    expect(telegramInitData(`#tgWebAppData=${encodeURIComponent(initData)}&tgWebAppVersion=7.0&tgWebAppPlatform=ios`)).toBe(initData);
    expect(telegramInitData('#lead=3')).toBeNull();
    expect(telegramInitData('')).toBeNull();
  });

  it('builds a query without empty filters', () => {
    expect(query({ period: '2018上半年', chamber: '', q: undefined, offset: 0 })).toBe(`?period=${encodeURIComponent('2018上半年')}&offset=0`);
    expect(query({})).toBe('');
  });
});
