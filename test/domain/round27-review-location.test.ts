import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Review of round 27 (location): what the round's rules read wrong, in both scripts, beside what they must still read. */
const today = '2026-12-07';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 27 review: a place said as where the lead goes is not overridden by a later clause', () => {
  it.each([
    ['张总的食品项目在晋江，投资1亿，在东莞。', '晋江'],
    ['張總的食品項目在晉江，投資1億，在東莞。', '晉江'],
    // near-misses: the round's rule still reads the clause after the figures where nothing said where before
    ['普宁那个内衣项目，投资7000万，在孝感。', '孝感'],
    ['普寧那個內衣項目，投資7000萬，在孝感。', '孝感'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 27 review: a pinyin word after a Chinese city is no district (brands are pinyin too)', () => {
  it.each([
    ['深圳 Huawei 的 5G project 想投资5亿', '深圳'],
    ['深圳 Huawei 的 5G project 想投資5億', '深圳'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each(['杭州 Alibaba 的 cloud center 项目在谈', '杭州 Alibaba 的 cloud center 項目在談'])('%s is not read as in Alibaba', (text) => {
    expect(location(text)).not.toBe('Alibaba');
  });
});
