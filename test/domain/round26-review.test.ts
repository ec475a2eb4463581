import { describe, expect, it } from 'vitest';
import { both, folded, readerOn } from '../support/script-cases.ts';

const { read } = readerOn('2026-12-06');

describe('round 26 review: sums that are names or small change', () => {
  it.each(
    both([
      ['三元食品有意来我县考察', '三元食品有意來我縣考察', 'investmentYuan', null],
      ['三元物产想在安丘投个大姜出口加工', '三元物產想在安丘投個大薑出口加工', 'investmentYuan', null],
      // near-miss: a real sum beside the name stays
      ['三元物产 投资一个亿 做食品', '三元物產 投資一個億 做食品', 'investmentYuan', 100_000_000],
    ]),
  )('%s → %s %j', (text, field, value) => {
    expect(read(text)[field]).toEqual(value);
  });
});

describe('round 26 review: stage words that were other words', () => {
  it.each(
    both([
      ['食品项目投资5000万，还要倾听企业诉求', '食品項目投資5000萬，還要傾聽企業訴求', 'stage', 'lead'],
      ['食品项目投资5000万，政策上还要倾斜一些', '食品項目投資5000萬，政策上還要傾斜一些', 'stage', 'lead'],
      ['食品项目，工厂还在磨面粉', '食品項目，工廠還在磨麵粉', 'stage', 'lead'],
      ['食品项目去年落地投产后，已经实现产值2亿', '食品項目去年落地投產後，已經實現產值2億', 'stage', 'landed'],
      ['食品项目等二期厂房建起来了再招人', '食品項目等二期廠房建起來了再招人', 'stage', 'lead'],
      ['食品项目厂房就等着开工了', '食品項目廠房就等著開工了', 'stage', 'lead'],
      ['食品项目准备下周把合同拿下', '食品項目準備下週把合同拿下', 'stage', 'negotiating'],
      // near-misses: the new readings still hold
      ['食品项目建成投产后可实现产值5亿', '食品項目建成投產後可實現產值5億', 'stage', 'lead'],
      ['食品项目还在磨价格', '食品項目還在磨價格', 'stage', 'negotiating'],
      ['食品项目还要倾一下条件', '食品項目還要傾一下條件', 'stage', 'negotiating'],
    ]),
  )('%s → %s %j', (text, field, value) => {
    expect(read(text)[field]).toEqual(value);
  });

  it('an English registration waited for is no landing', () => {
    expect(read('食品项目等公司 register 了再签合同').stage).not.toBe('landed');
    expect(read('食品项目已经在松江 register 了公司').stage).toBe('landed');
  });
});

describe('round 26 review: names that were words', () => {
  it.each(
    both([
      ['深圳市民投资有意参与食品项目', '深圳市民投資有意參與食品項目', 'company', null],
      ['深圳方面投资入股5000万', '深圳方面投資入股5000萬', 'company', null],
      ['有家叫不上名字的企业想来投资5000万', '有家叫不上名字的企業想來投資5000萬', 'company', null],
      ['，老区的企业想投资食品项目', '，老區的企業想投資食品項目', 'contact', null],
      ['，师哥讲想投资食品项目5000万', '，師哥講想投資食品項目5000萬', 'contact', null],
      ['食品项目，联系方式：招商中心 0551-65123456', '食品項目，聯繫方式：招商中心 0551-65123456', 'contact', null],
      ['联系人黄生下周过来', '聯繫人黃生下週過來', 'contact', '黄生'],
      // near-misses: the round's readings stay
      ['香港恒丰投资有意在我市建食品厂', '香港恒豐投資有意在我市建食品廠', 'company', '恒丰投资'],
      ['王哥说想投资食品项目5000万', '王哥說想投資食品項目5000萬', 'contact', '王哥'],
    ]),
  )('%s → %s %j', (text, field, value) => {
    expect(folded(read(text)[field])).toEqual(value);
  });

  it('investor before an English event word names no company', () => {
    expect(read('参加了 investor Meeting，食品项目投资5000万').company).toBeNull();
  });
});

describe('round 26 review: trades and projects', () => {
  it.each(
    both([
      ['他是做古董的，想在古玩城开店', '他是做古董的，想在古玩城開店', 'industry', '古董'],
      ['做卫生的王总想投资', '做衛生的王總想投資', 'industry', '卫生'],
      ['海岛旅游项目，投资2亿', '海島旅遊項目，投資2億', 'industry', '海岛旅游'],
      ['社区养老项目，投资5000万', '社區養老項目，投資5000萬', 'industry', '社区养老'],
      ['张总说全市的食品加工，今年增长很快，想来我们这边建厂', '張總說全市的食品加工，今年增長很快，想來我們這邊建廠', 'project', null],
      ['他们投了很多精力搞研发，效果不错', '他們投了很多精力搞研發，效果不錯', 'project', null],
      ['深圳泰和精密机械项目投资两亿', '深圳泰和精密機械項目投資兩億', 'project', '泰和精密机械'],
      ['嘉峪关的那个总部经济产业园，投资3亿', '嘉峪關的那個總部經濟產業園，投資3億', 'location', '嘉峪关'],
      // near-misses: a county of the city, or of the province, said before the name is still where
      ['玉溪华宁柑橘深加工项目投资1亿', '玉溪華寧柑橘深加工項目投資1億', 'project', '柑橘深加工'],
      ['河南西峡香菇深加工项目投资1亿', '河南西峽香菇深加工項目投資1億', 'project', '香菇深加工'],
      ['投了三点八个亿搞新能源电池壳体', '投了三點八個億搞新能源電池殼體', 'project', '新能源电池壳体'],
    ]),
  )('%s → %s %j', (text, field, value) => {
    expect(folded(read(text)[field])).toEqual(value);
  });

  it('China is no place a project is built', () => {
    expect(read('China 的 project 投资五亿').location).toBeNull();
  });
});
