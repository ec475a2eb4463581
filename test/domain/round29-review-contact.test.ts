import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 29 review of the contact reader: the owner of a number, a post's surname, Latin words before a phone. Made-up sentences. */
const today = '2026-12-07';
const contact = (text: string) => parseReport(text, { today }).contact;

describe('round 29 review: the full name of the number owner needs a title beside it', () => {
  it.each([
    ['上周去张家港考察了一家做化工的企业，想投资3亿，张总电话13912341111。', '张总'],
    ['上週去張家港考察了一家做化工的企業，想投資3億，張總電話13912341111。', '張總'],
    ['黄山那边的企业投资2亿，黄总电话13912341111。', '黄总'],
    ['黃山那邊的企業投資2億，黃總電話13912341111。', '黃總'],
    ['王建国介绍了他的朋友，做食品的，投资1亿，王总电话13912341111', '王总'],
    ['王建國介紹了他的朋友，做食品的，投資1億，王總電話13912341111', '王總'],
  ])('%s → %s', (text, name) => expect(contact(text)).toBe(name));
  // Near-miss: a full name with its title or courtesy is still the owner's.
  it.each([
    ['董事长鲁海涛先生来访，投资2亿，鲁总手机：13912341111', '鲁海涛'],
    ['董事長魯海濤先生來訪，投資2億，魯總手機：13912341111', '魯海濤'],
  ])('near-miss: %s → %s', (text, name) => expect(contact(text)).toBe(name));
});

describe('round 29 review: a post before a phone takes a surname only where one may stand', () => {
  it.each([
    '县招商局长电话13912341111，项目投资1亿。',
    '縣招商局長電話13912341111，項目投資1億。',
    '招商部长手机13912341111，投资1亿',
    '招商部長手機13912341111，投資1億',
    '社区主任电话13912341111',
    '社區主任電話13912341111',
    '市公安局长电话13912341111',
    '市公安局長電話13912341111',
  ])('%s → null', (text) => expect(contact(text)).toBeNull());
  it.each([
    ['张会长电话13808190011，项目投资1亿', '张会长'],
    ['張會長電話13808190011，項目投資1億', '張會長'],
    ['招商局的王局长电话13912341111，投资1亿', '王局长'],
    ['招商局的王局長電話13912341111，投資1億', '王局長'],
    ['开发区赵主任电话13912341111，投资1亿', '赵主任'],
    ['開發區趙主任電話13912341111，投資1億', '趙主任'],
    ['张总电话 是 13812345678', '张总'],
    ['張總電話: 13812345678', '張總'],
  ])('near-miss: %s → %s', (text, name) => expect(contact(text)).toBe(name));
  // Its time (quadratic once, 630 ms) is bench/parser.ts's to print, not a test's to assert.
  it('reads the contact before a long run of spaces after 电话', () => {
    expect(contact(`投资3亿，张总电话${' '.repeat(19000)}是x`)).toBe('张总');
    expect(contact(`投資3億，張總電話${' '.repeat(19000)}:x`)).toBe('張總');
  });
});

describe('round 29 review: 打…給 opens whom to reach, 交給 does not change it', () => {
  it.each([
    ['你打电话给我们商会的小郭，郭晓明，一五九一二三四一一一一，他跟那个港商熟。', '郭晓明'],
    ['你打電話給我們商會的小郭，郭曉明，一五九一二三四一一一一，他跟那個港商熟。', '郭曉明'],
    ['给予政策支持，王经理电话13812345678', '王经理'],
    ['給予政策支持，王經理電話13812345678', '王經理'],
  ])('%s → %s', (text, name) => expect(contact(text)).toBe(name));
  it.each(['项目交给王经理跟进，电话13812345678，投资1亿', '項目交給王經理跟進，電話13812345678，投資1億'])('%s → null, as before', (text) =>
    expect(contact(text)).toBeNull(),
  );
});

describe('round 29 review: a Latin word before a phone or after a title is a person only as a given name', () => {
  it.each([
    '联系 Tencent 电话 13811226543，投资2亿元',
    '聯繫 Tencent 電話 13811226543，投資2億元',
    '对接人 Shenzhen 手机 13811226543',
    '對接人 Shenzhen 手機 13811226543',
    'Huawei phone: 13811226543, 拟投资3亿',
    'Huawei phone: 13811226543, 擬投資3億',
    '他们 regional director 叫 Asia Pacific，拟投资3亿',
    '他們 regional director 叫 Asia Pacific，擬投資3億',
  ])('%s → null', (text) => expect(contact(text)).toBeNull());
  it.each([
    ['Tony 电话 13811226543，投资2亿元', 'Tony'],
    ['Tony 電話 13811226543，投資2億元', 'Tony'],
    ['他们 regional director 叫 David Chen，拟投资3亿', 'David Chen'],
    ['他們 regional director 叫 David Chen，擬投資3億', 'David Chen'],
  ])('near-miss: %s → %s', (text, name) => expect(contact(text)).toBe(name));
});
