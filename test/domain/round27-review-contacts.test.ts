import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 27 review: contacts read from a word's shape, not its first character; a date moved only to a day. Made-up sentences. */
const today = '2026-12-07';
const read = (text: string) => parseReport(text, { today });
const contact = (text: string) => read(text).contact;

describe('round 27 review: whom to contact between 跟 (與, 和) and the verb has a person’s shape', () => {
  it.each([
    // A firm or a place that opens with a surname is talked with, not a person.
    '已经和万达联系过，对方想在新区建商业综合体',
    '已經和萬達聯繫過，對方想在新區建商業綜合體',
    '请与方正联系',
    '請與方正聯繫',
    '跟王府井对接了两次',
    '跟王府井對接了兩次',
  ])('no person: %s', (text) => {
    expect(contact(text)).toBeNull();
  });

  it.each([
    // Near misses: a polite form, 小 and a surname, a full name asked for, a full name with 先生.
    ['已经和万总联系过，对方想在新区建商业综合体', '万总'],
    ['已經和萬總聯繫過，對方想在新區建商業綜合體', '萬總'],
    ['跟小王对接了两次，投资2亿', '小王'],
    ['跟小王對接了兩次，投資2億', '小王'],
    ['请与方正明联系', '方正明'],
    ['請與方正明聯繫', '方正明'],
    ['已经和万达先生联系过', '万达'],
    ['已經和萬達先生聯繫過', '萬達'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });
});

describe('round 27 review: a pasted chat’s contact is the one who tells the plans', () => {
  it.each([
    // The reporter writes to their own boss.
    '我：王总，客户说想投资2亿\n王总：好，跟进一下',
    '我：王總，客戶說想投資2億\n王總：好，跟進一下',
  ])('no person: %s', (text) => {
    expect(contact(text)).toBeNull();
  });

  it.each([
    ['我：您好，项目大概多大？\n王总：我们想投资2亿', '王总'],
    ['我：您好，項目大概多大？\n王總：我們想投資2億', '王總'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });
});

describe('round 27 review: English names', () => {
  it.each([
    // "called" as a verb, and a weekday, name no one.
    ['Their CEO called Monday, they plan to invest 5 million USD.', null],
    ['对方CEO called Monday，想投资500万美元。', null],
    ['對方CEO called Monday，想投資500萬美元。', null],
    ['The CEO called Tuesday.', null],
    ['对方CEO叫Tuesday，想投资500万美元。', null],
    ['對方CEO叫Tuesday，想投資500萬美元。', null],
    // Near misses: is called, 叫.
    ['Their GM is called Omar.', 'Omar'],
    ['对方GM叫Omar，想投资500万美元。', 'Omar'],
    ['對方GM叫Omar，想投資500萬美元。', 'Omar'],
    // The stop of an abbreviation is kept; a sentence's is not.
    ['Contact: Acme Co.', 'Acme Co.'],
    ['Contact: John Smith Jr.', 'John Smith Jr.'],
    ['推介会报名。Contact: John Smith Jr.', 'John Smith Jr.'],
    ['推介會報名。Contact: John Smith Jr.', 'John Smith Jr.'],
    ['推介会报名。Contact: Mr. Somchai.', 'Mr. Somchai'],
    ['推介會報名。Contact: Mr. Somchai.', 'Mr. Somchai'],
  ])('%s → %s', (text, want) => {
    expect(contact(text)).toBe(want);
  });
});

describe('round 27 review: a date moved only to another day', () => {
  it('keeps the date when the form changes', () => {
    expect(read('12月10日的推介会形式调整为线上，通知12月3日已发').date).toBe('2026-12-10');
    expect(read('12月10日的推介會形式調整為線上，通知12月3日已發').date).toBe('2026-12-10');
  });
  it('moves it to the day said', () => {
    expect(read('12月10日的推介会时间调整为12月12日，邀请企业30家').date).toBe('2026-12-12');
    expect(read('12月10日的推介會時間調整為12月12日，邀請企業30家').date).toBe('2026-12-12');
  });
});
