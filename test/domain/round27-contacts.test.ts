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

describe('round 27: whom to contact, said between 跟 (與, 和, 同) and the verb, past their office', () => {
  it.each([
    ['对接会的事情，请大家跟秘书处小杨联系（电话：135-0281-7766）。', '小杨'],
    ['對接會的事情，請大家跟秘書處小楊聯繫（電話：135-0281-7766）。', '小楊'],
    ['用地的事请与外资处庞处长联络，投资2亿。', '庞处长'],
    ['用地的事請與外資處龐處長聯絡，投資2億。', '龐處長'],
    ['报名请与蒋海燕联系。', '蒋海燕'],
    ['報名請與蔣海燕聯繫。', '蔣海燕'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });

  it.each([
    // A place or an office talked with, though it opens with a surname.
    '物流公司要投三亿五，现在正在跟区里头对接。',
    '物流公司要投三億五，現在正在跟區裡頭對接。',
    '塑胶公司新增投资1.2亿元，目前正与管委会对接土地事宜。',
    '塑膠公司新增投資1.2億元，目前正與管委會對接土地事宜。',
    '项目要与周边对接好。',
    '項目要與周邊對接好。',
  ])('no person: %s', (text) => {
    expect(contact(text)).toBeNull();
  });
});

describe('round 27: more contact keys and values', () => {
  it.each([
    // 對接 keyed with a colon, as 聯繫 is.
    ['海洋食品加工，投资1.5亿元。对接：商会秘书处小林，电话0595-8568 3306。', '小林'],
    ['海洋食品加工，投資1.5億元。對接：商會秘書處小林，電話0595-8568 3306。', '小林'],
    // 跟進人: who follows the lead up.
    ['当前进展：正在洽谈。\n跟进人：钟秘书长', '钟秘书长'],
    ['當前進展：正在洽談。\n跟進人：鍾秘書長', '鍾秘書長'],
    // 還是: the contact kept after a correction.
    ['刚才打错了：投资是8000万不是8亿。联系人还是韦总。', '韦总'],
    ['剛才打錯了：投資是8000萬不是8億。聯繫人還是韋總。', '韋總'],
    // A post after the full name, then the number.
    ['那个风电项目具体情况请找祁志明副会长，13976012345，他全程跟的。', '祁志明'],
    ['那個風電項目具體情況請找祁志明副會長，13976012345，他全程跟的。', '祁志明'],
    // Whose the person is, then the name; a pictograph before the number.
    ['对接人：华侨华人联合会的孙伟 ☎️ 131-0287-6543\n项目：齿轮加工厂', '孙伟'],
    ['對接人：華僑華人聯合會的孫偉 ☎️ 131-0287-6543\n項目：齒輪加工廠', '孫偉'],
    // The surname said, 的, then the polite form made of it.
    ['深圳的一个老板姓龚的龚总他说投资大概一千五百来万', '龚总'],
    ['深圳的一個老闆姓龔的龔總他說投資大概一千五百來萬', '龔總'],
    // A pasted chat: the one who speaks beside the reporter.
    ['邝总：投资大概两亿吧\n我：确定是两亿？\n邝总：哦不对，总的要2.6亿', '邝总'],
    ['鄺總：投資大概兩億吧\n我：確定是兩億？\n鄺總：哦不對，總的要2.6億', '鄺總'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });

  it.each([
    // 對接 keyed, but what follows is no person.
    '对接：已完成，投资2亿',
    '對接：已完成，投資2億',
    // A message that opens by addressing someone, no chat.
    '邝总：您好\n我们商会想请您参加推介会',
    '鄺總：您好\n我們商會想請您參加推介會',
  ])('no person: %s', (text) => {
    expect(contact(text)).toBeNull();
  });
});
