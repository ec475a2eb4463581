import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 27: contacts past an office, by key, by whom to reach and in a value. Made-up sentences. */
const today = '2026-12-07';
const contact = (text: string) => parseReport(text, { today }).contact;

describe('round 27: an official past a bureau and its division, wherever the person is looked for', () => {
  it.each([
    ['冷链项目在谈，对接人是市商务局外资处王处长。', '王处长'],
    ['冷鏈項目在談，對接人是市商務局外資處王處長。', '王處長'],
    ['有意向的可以找县招商局外资科庞科长，电话13800138000。', '庞科长'],
    ['有意向的可以找縣招商局外資科龐科長，電話13800138000。', '龐科長'],
    ['我是区投促局二科贺科长，有事打我电话13912345678。', '贺科长'],
    ['我是區投促局二科賀科長，有事打我電話13912345678。', '賀科長'],
    ['对接人是县委办武主任，项目投资5000万。', '武主任'],
    ['對接人是縣委辦武主任，項目投資5000萬。', '武主任'],
    ['对接人是市发改委邬主任，投资1亿。', '邬主任'],
    ['對接人是市發改委鄔主任，投資1億。', '鄔主任'],
    ['具体找市商务局外资处冯处长对接，投资2亿。', '冯处长'],
    ['具體找市商務局外資處馮處長對接，投資2億。', '馮處長'],
    ['联系人：市投促局黎磊，电话0571-5212345', '黎磊'],
    ['聯繫人：市投促局黎磊，電話0571-5212345', '黎磊'],
    ['报名请联系市商务局外资处黎磊，电话0571-5212345', '黎磊'],
    ['報名請聯繫市商務局外資處黎磊，電話0571-5212345', '黎磊'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });

  it.each([
    // 聯絡處 is an office, not 聯絡 (to reach) and a place: the word after it is no person.
    '转：\n张掖市驻我市联络处简讯\n2026年12月1日',
    '轉：\n張掖市駐我市聯絡處簡訊\n2026年12月1日',
    // An office alone names no one.
    '对接人是市商务局外资处。',
    '對接人是市商務局外資處。',
  ])('no person: %s', (text) => {
    expect(contact(text)).toBeNull();
  });
});
