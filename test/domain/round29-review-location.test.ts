import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 29 review (location): the reviewer's cases, each in both scripts, and near-misses that must not change. */
const today = '2026-12-07';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 29 review: a plan to set up in a place, said after where the investor is', () => {
  it.each([
    // 回到 is tried before 回
    ['在深圳开了个五金厂，说想回到泊头弄个铸造厂', '泊头'],
    ['在深圳開了個五金廠，說想回到泊頭弄個鑄造廠', '泊頭'],
    // near-misses: 回, and 辦/搞/整 with a thing set up after
    ['在深圳开了个五金厂，说想回泊头弄个铸造厂', '泊头'],
    ['在深圳開了個五金廠，說想回泊頭弄個鑄造廠', '泊頭'],
    ['在东莞开了个鞋厂，他想回赣州办个厂', '赣州'],
    ['在東莞開了個鞋廠，他想回贛州辦個廠', '贛州'],
    ['在深圳开了个五金厂，说想回泊头整条生产线', '泊头'],
    ['在深圳開了個五金廠，說想回泊頭整條生產線', '泊頭'],
    ['前天在天津跟津禾塑业吃了顿饭，人家不打算在天津，要在玛纳斯县弄个滴灌带生产线', '玛纳斯县'],
    ['前天在天津跟津禾塑業吃了頓飯，人家不打算在天津，要在瑪納斯縣弄個滴灌帶生產線', '瑪納斯縣'],
    ['在兰州开了个饭店，说想回高台县弄个酒庄', '高台县'],
    ['在蘭州開了個飯店，說想回高臺縣弄個酒莊', '高臺縣'],
    ['在东莞开了个鞋厂，他要回赣州建厂', '赣州'],
    ['在東莞開了個鞋廠，他要回贛州建廠', '贛州'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a plan denied a few characters before its word
    ['在深圳开了个五金厂，说不太想回泊头弄厂了', '深圳'],
    ['在深圳開了個五金廠，說不太想回泊頭弄廠了', '深圳'],
    ['在深圳开了个五金厂，说没有打算回泊头弄厂', '深圳'],
    ['在深圳開了個五金廠，說沒有打算回泊頭弄廠', '深圳'],
    ['在东莞开了个鞋厂，王总不会考虑回赣州建厂', '东莞'],
    ['在東莞開了個鞋廠，王總不會考慮回贛州建廠', '東莞'],
    // 要 that is no plan
    ['在东莞开了个鞋厂，他需要回赣州办个证', '东莞'],
    ['在東莞開了個鞋廠，他需要回贛州辦個證', '東莞'],
    ['前天在天津跟津禾塑业吃了顿饭，他们主要在东莞设厂', '天津'],
    ['前天在天津跟津禾塑業吃了頓飯，他們主要在東莞設廠', '天津'],
    // 搞/辦 with a gathering or an errand, nothing set up
    ['在深圳开了个五金厂，说想回泊头搞个同学聚会', '深圳'],
    ['在深圳開了個五金廠，說想回泊頭搞個同學聚會', '深圳'],
    ['在东莞开了个鞋厂，他想回赣州办点事', '东莞'],
    ['在東莞開了個鞋廠，他想回贛州辦點事', '東莞'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 29 review: a county said after 不是 only when what was denied is a place or the clause says where', () => {
  it.each([
    ['投资方不是鼎凯，是泰和', null],
    ['投資方不是鼎凱，是泰和', null],
    // near-misses: a place denied, or a key of where before 不是
    ['商会说不是吉安，是泰和', '泰和'],
    ['商會說不是吉安，是泰和', '泰和'],
    ['项目地点不是鼎凯，是泰和', '泰和'],
    ['項目地點不是鼎凱，是泰和', '泰和'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 29 review: a Chinese place before a firm named in capitals and its project is the firm’s', () => {
  it.each([
    ['深圳的 Apex Robotics 项目已签约', null],
    ['深圳的 Apex Robotics 項目已簽約', null],
    ['深圳的 Apex Ltd 项目已签约', null],
    ['深圳的 Apex Ltd 項目已簽約', null],
    // near-misses: a resort's own name, words in small letters
    ['五华的Hakka Valley Resort项目，投资 3亿。', '五华'],
    ['五華的Hakka Valley Resort項目，投資 3億。', '五華'],
    ['安溪的 tea resort 项目，investment 约4亿', '安溪'],
    ['安溪的 tea resort 項目，investment 約4億', '安溪'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 29 review: 搞/弄/辦 after a planned place set up a product too, unless an errand is named', () => {
  it.each([
    ['在深圳开了个鞋厂，马尔丁纺织要在仙桃搞无纺布，投资一亿八', '仙桃'],
    ['在深圳開了個鞋廠，馬爾丁紡織要在仙桃搞無紡布，投資一億八', '仙桃'],
    ['在深圳開了個五金廠，說想回泊頭搞個會展中心', '泊頭'],
  ])('%s → %s', (text, place) => {
    expect(parseReport(text, { today: '2026-12-07' }).location).toBe(place);
  });

  it.each([
    ['在东莞开了个鞋厂，他想回赣州办点事', '东莞'],
    ['在東莞開了個鞋廠，他想回贛州辦個證', '東莞'],
    ['在深圳開了個五金廠，說想回泊頭搞個同學聚會', '深圳'],
  ])('near-miss: %s stays %s', (text, place) => {
    expect(parseReport(text, { today: '2026-12-07' }).location).toBe(place);
  });
});
