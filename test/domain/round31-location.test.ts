import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 31 (location): made-up sentences, each in both scripts, and near-misses the rules must not fire on. */
const today = '2026-12-07';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 31: a report that opens with a place and goes straight on to what is there', () => {
  it.each([
    // a project named in a few characters by what it makes, then its project word
    ['汝州香菇项目还在谈，投资八千万', '汝州'],
    ['汝州香菇項目還在談，投資八千萬', '汝州'],
    ['沂南桑黄茶那个项目签了，一个亿', '沂南'],
    ['沂南桑黃茶那個項目簽了，一個億', '沂南'],
    // a known trade after the place, with a pointer or none
    ['泊头的纺织，两千万，刚接触', '泊头'],
    ['泊頭的紡織，兩千萬，剛接觸', '泊頭'],
    // a list's cell: the place, then a colon or a space
    ['晋江安海：鞋材生产线，投资2亿，已签约', '晋江安海'],
    ['晉江安海：鞋材生產線，投資2億，已簽約', '晉江安海'],
    ['南安水头 石材 3亿 在谈', '南安水头'],
    ['南安水頭 石材 3億 在談', '南安水頭'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a firm's home: a brand before its trade, or a firm's word in the clause
    '台州瑞达模具项目，投资5000万，在谈',
    '台州瑞達模具項目，投資5000萬，在談',
    '温州宏利鞋业有限公司想投两亿，还在谈',
    '溫州宏利鞋業有限公司想投兩億，還在談',
    // a trade ending in 業 names a firm; two characters and a pointer are a brand
    '汝州鞋业项目，投资两亿，在谈',
    '汝州鞋業項目，投資兩億，在談',
    '汝州富康那个项目签了，投资两亿',
    '汝州富康那個項目簽了，投資兩億',
    // a firm from the place (一家), a chamber named after it, people from it
    '宁波一家汽配企业在谈，拟投1亿',
    '寧波一家汽配企業在談，擬投1億',
    '绍兴商会引荐的纺织项目已签约，投资两亿',
    '紹興商會引薦的紡織項目已簽約，投資兩億',
    '青岛朋友介绍的轮胎项目，投资没定',
    '青島朋友介紹的輪胎項目，投資沒定',
    // a firm that comes to us
    '常州光伏，下周来我市考察，投资三亿',
    '常州光伏，下週來我市考察，投資三億',
  ])('%s reads no place', (text) => {
    expect(location(text)).toBeNull();
  });
});

describe('round 31: a verb or a word of nearness after a place is not part of it', () => {
  it.each([
    ['德国一家泵阀企业在株洲想建个装配厂，投资1亿', '株洲'],
    ['德國一家泵閥企業在株洲想建個裝配廠，投資1億', '株洲'],
    ['日本丸山机械在湖州长兴拟投资3亿建设减速机项目', '湖州长兴'],
    ['日本丸山機械在湖州長興擬投資3億建設減速機項目', '湖州長興'],
    ['他们想在凭祥边境那边搞个红木加工厂，投资五千万', '凭祥'],
    ['他們想在憑祥邊境那邊搞個紅木加工廠，投資五千萬', '憑祥'],
    ['吴江那个老板想到嘉善姚庄来弄只厂，投资两个亿', '嘉善姚庄'],
    ['吳江那個老闆想到嘉善姚莊來弄隻廠，投資兩個億', '嘉善姚莊'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a place whose own name ends on one of those characters keeps it (蓬萊 is not 蓬來)
    ['山东客商在烟台蓬莱投资两亿建葡萄酒庄', '烟台蓬莱'],
    ['山東客商在煙台蓬萊投資兩億建葡萄酒莊', '煙台蓬萊'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 31: 陪同 is one word, not a place and 同', () => {
  it.each([
    ['12月3日，德国克恩集团一行在秘书长王海陪同下赴宜宾市南溪区考察', '宜宾市南溪区'],
    ['12月3日，德國克恩集團一行在秘書長王海陪同下赴宜賓市南溪區考察', '宜賓市南溪區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // 同 after a place is still "with" (在南溪同企業座談)
    ['昨天在南溪区同三家企业座谈，投资意向两亿', '南溪区'],
    ['昨天在南溪區同三家企業座談，投資意向兩億', '南溪區'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
