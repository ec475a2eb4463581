import { describe, expect, it } from 'vitest';
import { both, folded, readerOn } from '../support/script-cases.ts';

const { read } = readerOn('2026-12-07');

// The round's rule that read a pinyin word after a Chinese city as its district was reverted by the review: brands are
// pinyin too (深圳 Huawei, 青島 Haier). What stays is what any Latin word after a Chinese place reads: the firm.
describe('round 27 english: a Latin word after its Chinese city is the firm, not a district', () => {
  it.each(
    both([
      [
        'Deal closed 🎉 商丘 Suixian 的 auto parts project 今天签了 contract，RMB 45M',
        'Deal closed 🎉 商丘 Suixian 的 auto parts project 今天簽了 contract，RMB 45M',
        'company',
        'Suixian',
      ],
      [
        'Sydney 的 Harbour Capital 有 interest 投资温州 Ouhai 的 elderly care project',
        'Sydney 的 Harbour Capital 有 interest 投資溫州 Ouhai 的 elderly care project',
        'company',
        // Round 29: a place and 的 before a Latin name say where the firm is from (ORIGIN_THEN_LATIN).
        'Harbour Capital',
      ],
      ['深圳 MilkWay 的 plant 投资 RMB 350M', '深圳 MilkWay 的 plant 投資 RMB 350M', 'location', null],
      ['洛阳 LuoBearing 的 bearing R&D center 已 registered', '洛陽 LuoBearing 的 bearing R&D center 已 registered', 'company', 'LuoBearing'],
      ['天津 JinHe Agri 的 rice project，投资 RMB 1.5亿', '天津 JinHe Agri 的 rice project，投資 RMB 1.5億', 'location', null],
      ['上海 Nordic 的 project 投资 RMB 75 million', '上海 Nordic 的 project 投資 RMB 75 million', 'location', null],
      ['温州 Lucheng 说下个月来', '溫州 Lucheng 說下個月來', 'location', null],
    ]),
  )('%s → %s %j', (text, field, value) => {
    expect(folded(read(text)[field])).toEqual(folded(value));
  });
});

describe('round 27 english: Pte, Pty and Sdn open a legal form', () => {
  it.each(
    both([
      [
        '新加坡的 Apex Biotech Pte Ltd 已经 confirm 要在苏州工业园区 set up 研发中心',
        '新加坡的 Apex Biotech Pte Ltd 已經 confirm 要在蘇州工業園區 set up 研發中心',
        'company',
        'Apex Biotech',
      ],
      ['ABC Packaging (Australia) Pty Ltd 有意在宁波北仑设厂', 'ABC Packaging (Australia) Pty Ltd 有意在寧波北侖設廠', 'company', 'ABC Packaging'],
      [
        'Lead: Orient Pharma (Malaysia) Sdn Bhd, 想做 API 原料药 plant',
        'Lead: Orient Pharma (Malaysia) Sdn Bhd, 想做 API 原料藥 plant',
        'company',
        'Orient Pharma',
      ],
      [
        'Company: Lim & Sons Furniture Sdn Bhd (Muar, Johor)\n投资 RMB 90 million',
        'Company: Lim & Sons Furniture Sdn Bhd (Muar, Johor)\n投資 RMB 90 million',
        'company',
        'Lim & Sons Furniture',
      ],
      // near-miss: brackets closed after a keyed name, and a Japanese name with its Latin one, as before
      ['Company: Aurora Dairy (NZ)\n投资 RMB 90 million', 'Company: Aurora Dairy (NZ)\n投資 RMB 90 million', 'company', 'Aurora Dairy'],
      ['企业：株式会社ハーモテック（Harmotech）', '企業：株式會社ハーモテック（Harmotech）', 'company', 'ハーモテック'],
      // near-miss: a plain Ltd goes as it did
      ['ABC Packaging Ltd 有意在宁波北仑设厂', 'ABC Packaging Ltd 有意在寧波北侖設廠', 'company', 'ABC Packaging'],
    ]),
  )('%s → %s %j', (text, field, value) => {
    expect(folded(read(text)[field])).toEqual(folded(value));
  });
});

describe('round 27 english: a contact named in English', () => {
  it.each(
    both([
      [
        'Siam Agro Group 想在西双版纳景洪 set up a plant, contact: Mr. Somchai.',
        'Siam Agro Group 想在西雙版納景洪 set up a plant, contact: Mr. Somchai.',
        'contact',
        'Mr. Somchai',
      ],
      [
        'Eurasia Agro想在定西搞马铃薯加工，大概8000万，对方CEO叫Aidos，email联系就行。',
        'Eurasia Agro想在定西搞馬鈴薯加工，大概8000萬，對方CEO叫Aidos，email聯繫就行。',
        'contact',
        'Aidos',
      ],
      // near-miss: 是 after a title says where they come from, and a word the clause goes on after is a firm
      ['他们 CEO 是 Google 出来的，想在定西投资 2亿', '他們 CEO 是 Google 出來的，想在定西投資 2億', 'contact', null],
      ['对方CEO叫Aidos Group的人介绍的，想在定西投资 2亿', '對方CEO叫Aidos Group的人介紹的，想在定西投資 2億', 'contact', null],
      // near-miss: the honorific's own full stop stays
      ['福州 推介会，请大家报名。Contact: Ms. Lin 0591-83335678', '福州 推介會，請大家報名。Contact: Ms. Lin 0591-83335678', 'contact', 'Ms. Lin'],
    ]),
  )('%s → %s %j', (text, field, value) => {
    expect(folded(read(text)[field])).toEqual(folded(value));
  });
});
