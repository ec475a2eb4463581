import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { foldText } from '../../src/domain/script.ts';

/** Review of round 28, industry: English words read as a trade where they name none. Made-up sentences. */
const today = '2026-12-07';
/** The parser keeps what the report wrote: a traditional answer compares by its folded (simplified) form. */
const industry = (text: string) => {
  const read = parseReport(text, { today }).industry;
  return read === null ? null : foldText(read);
};
/** Each case: simplified, traditional, the trade (simplified) or null. */
const both = (cases: [string, string, string | null][]) =>
  cases.flatMap(([simplified, traditional, trade]) => [[simplified, trade] as const, [traditional, trade] as const]);
const check = (text: string, trade: string | null) => expect(industry(text)).toBe(trade);

describe('a report all in English names its product after an article, a sum or a row opening, not after whose', () => {
  it.each([
    ['Mr Li visited; their parking lot project is on hold', null],
    ['Mr Li visited, we talked about his renovation project', null],
  ])('%s → %s', check);
  it.each([
    ['They plan a wood pellet plant in Fangzheng, about RMB 250 million.', 'wood pellet'],
    ['They would like to build a CNY 60 million shrimp processing line on 20 mu.', 'shrimp processing'],
  ])('near-miss: %s → %s', check);
});

describe('greenhouse and wellness are read as trades only before a facility; vegetables before what is done with them', () => {
  it.each(
    both([
      ['减少greenhouse gas排放，王总下周来考察', '減少greenhouse gas排放，王總下週來考察', null],
      ['Greenhouse Ventures的王总来考察', 'Greenhouse Ventures的王總來考察', null],
      ['Harmony Wellness Group的王总来考察', 'Harmony Wellness Group的王總來考察', null],
      ['给员工搞wellness计划', '給員工搞wellness計劃', null],
      ['食堂vegetables供应商来商会拜访', '食堂vegetables供應商來商會拜訪', null],
    ]),
  )('%s → %s', check);
  it.each(
    both([
      ['海南那个 wellness resort project 已经开工', '海南那個 wellness resort project 已經開工', '康养'],
      ['对方想在寿光建 greenhouse 项目，投资 2 亿', '對方想在壽光建 greenhouse 項目，投資 2 億', '设施农业'],
      ['他们想建 vegetable processing 基地，在谈', '他們想建 vegetable processing 基地，在談', '蔬菜'],
    ]),
  )('near-miss: %s → %s', check);
});

describe('papers to be done (做 ppt, feasibility report) are no product', () => {
  it.each(
    both([
      ['王总让我们先做 ppt，下周再谈', '王總讓我們先做 ppt，下週再談', null],
      ['王总让我们先做 report，下周再谈', '王總讓我們先做 report，下週再談', null],
      ['先做 feasibility report，下周再谈', '先做 feasibility report，下週再談', null],
      ['对方要先做 due diligence checklist，再定投资', '對方要先做 due diligence checklist，再定投資', null],
    ]),
  )('%s → %s', check);
  it.each(
    both([
      ['Hanil 公司主要做 steel processing，预计 hire 150 人', 'Hanil 公司主要做 steel processing，預計 hire 150 人', '钢材加工'],
      ['对方想在漳州建 seaweed snack plant，投资 8000万', '對方想在漳州建 seaweed snack plant，投資 8000萬', 'seaweed snack'],
    ]),
  )('near-miss: %s → %s', check);
});

describe('光热 is no trade where its 光 closes another word (阳光, 观光)', () => {
  it.each(
    both([
      ['阳光热情的王总来考察', '陽光熱情的王總來考察', null],
      ['观光热潮下，王总来商会拜访', '觀光熱潮下，王總來商會拜訪', null],
      ['阳光热情的王总来考察光伏项目', '陽光熱情的王總來考察光伏項目', '光伏'],
    ]),
  )('%s → %s', check);
  it.each(both([['张掖高台 光热发电 投12亿 签了', '張掖高台 光熱發電 投12億 簽了', '光热']]))('near-miss: %s → %s', check);
});

describe('a resort says tourism only as a place named (a spa resort, 温泉resort), not a last resort or resort to', () => {
  it.each(
    both([
      ['这是我们最后的 last resort，王总下周来考察', '這是我們最後的 last resort，王總下週來考察', null],
      ['we may resort to legal action，王总下周来考察', 'we may resort to legal action，王總下週來考察', null],
    ]),
  )('%s → %s', check);
  it.each(
    both([
      ['他们想在丰顺做温泉resort，投资RMB 500 million左右', '他們想在豐順做溫泉resort，投資RMB 500 million左右', '文旅'],
      ['云南的 spa resort 项目已签约', '雲南的 spa resort 項目已簽約', '文旅'],
      ['Ocean Pearl Resorts 的 wellness resort 项目在谈', 'Ocean Pearl Resorts 的 wellness resort 項目在談', '康养'],
    ]),
  )('near-miss: %s → %s', check);
});

describe('dairy, dairy powder and dairy products are one trade; a dairy farm raises cows', () => {
  it.each(
    both([
      ['他们的 dairy products 项目已签约', '他們的 dairy products 項目已簽約', '乳制品'],
      ['对方想建 dairy powder plant，投资 3 亿', '對方想建 dairy powder plant，投資 3 億', '乳制品'],
      ['对方在谈一个 dairy farm 项目', '對方在談一個 dairy farm 項目', '奶牛养殖'],
    ]),
  )('%s → %s', check);
});
