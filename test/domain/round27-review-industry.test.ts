import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 27 review: the new industry rules, tightened. Made-up sentences, in both scripts. */
const today = '2026-12-07';
const industry = (text: string) => parseReport(text, { today }).industry;

describe('round 27 review: an English project names a product only by a product', () => {
  // Round 29: the firm's broad class is given in Chinese in a report written in Chinese (食品), as writers give it.
  it.each([
    ['ABC Foods 的 new plant project', 'Foods'],
    ['ABC Foods 在漯河的 second factory 项目已经签了', '食品'],
    ['ABC Foods 在漯河的 second factory 項目已經簽了', '食品'],
    ['ABC Foods 在漯河的 expansion project 已经签了', '食品'],
    ['ABC Foods 在漯河的 expansion project 已經簽了', '食品'],
    ['ABC Foods 在漯河的 phase two project 已经签了', '食品'],
    ['ABC Foods 在漯河的 phase two project 已經簽了', '食品'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it.each([
    // near-misses: a product is still read, whatever the facility after it
    ['ABC Foods 在漯河的 rice noodle factory 项目已经签了', 'rice noodle'],
    ['ABC Foods 在漯河的 rice noodle factory 項目已經簽了', 'rice noodle'],
    ['Update：ABC Foods 在漯河的 instant noodles 項目已經簽了，投資 RMB 80 million', 'instant noodles'],
  ])('near-miss: %s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 27 review: 中老年 is the middle-aged and old, not China and Laos', () => {
  it.each([
    ['中老年保健品项目，投资1亿', '中老年保健品'],
    ['中老年保健品項目，投資1億', '中老年保健品'],
    ['中老年服装厂项目，投资1亿', '中老年服装'],
    ['中老年服裝廠項目，投資1億', '中老年服裝'],
    // near-misses: China and Laos, or Russia, trading
    ['北京华油能源拟在满洲里建设中老能源仓储项目', '能源仓储'],
    ['北京華油能源擬在滿洲里建設中老能源倉儲項目', '能源倉儲'],
    ['北京華油能源擬在滿洲里建設中俄能源倉儲項目', '能源倉儲'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 27 review: 產業 inside other words names no sector', () => {
  it.each([
    ['考察生产业务，和张总谈了', null],
    ['考察生產業務，和張總談了', null],
    ['看了他们的资产业情况', null],
    ['看了他們的資產業情況', null],
    ['看了他们的房地产业情况', null],
    ['看了他們的房地產業情況', null],
    // near-misses: a sector after them is read; two places' industries are no 地產業
    ['考察生产业务，又考察红木产业', '红木'],
    ['考察生產業務，又考察紅木產業', '紅木'],
    ['为深化两地产业合作，考察红木产业', '红木'],
    ['為深化兩地產業合作，考察紅木產業', '紅木'],
    ['12月3日，商會組織15家會員企業赴蘭西縣考察亞麻產業', '亞麻'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 27 review: a 產業 that opens the report does not end the search', () => {
  it.each([
    ['产业招商会上，考察红木产业', '红木'],
    ['產業招商會上，考察紅木產業', '紅木'],
    // near-misses: alone, or with nothing after it
    ['考察红木产业', '红木'],
    ['考察紅木產業', '紅木'],
    ['產業招商會上，大家談得很好', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 27 review: sorting moves goods, but sorting equipment is made', () => {
  it.each([
    ['绿禾农业拟投资2亿元建设分拣设备生产基地', '分拣设备'],
    ['綠禾農業擬投資2億元建設分揀設備生產基地', '分揀設備'],
    // near-misses: a sorting centre is the owner's class
    ['杭州的绿禾农业投资一点二个亿搞那个蔬菜分拣加工中心', '农业'],
    ['杭州的綠禾農業投資一點二個億搞那個蔬菜分揀加工中心', '農業'],
    ['杭州的綠禾農業投資一點二個億搞那個蔬菜分揀中心', '農業'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});
