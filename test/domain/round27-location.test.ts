import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { townLengthAfter } from '../../src/domain/town-places.ts';

/** Round 27 (location): made-up sentences, each in both scripts, and near-misses the rules must not fire on. */
const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 27: a town said by its short form right after its own county', () => {
  it.each([
    ['义乌佛堂的那个冷链仓储项目签了，投资一个亿', '义乌佛堂'],
    ['義烏佛堂的那個冷鏈倉儲項目簽了，投資一個億', '義烏佛堂'],
    ['德化三班那个陶瓷项目在谈，投资五千万', '德化三班'],
    ['德化三班那個陶瓷項目在談，投資五千萬', '德化三班'],
    ['吴江盛泽那个纺织项目签了', '吴江盛泽'],
    ['吳江盛澤那個紡織項目簽了', '吳江盛澤'],
    // where the investor plans to build, past where they met
    ['上个月在深圳跟陈总谈了，他想回晋江陈埭整个鞋材厂，投资一个亿', '晋江陈埭'],
    ['上個月在深圳跟陳總談了，他想回晉江陳埭整個鞋材廠，投資一個億', '晉江陳埭'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a town's short form alone is as often a word: never read without its county
    ['陈埭那个鞋材项目在谈，投资一个亿', null],
    ['陳埭那個鞋材項目在談，投資一個億', null],
    // a town of another county after a city (磁灶 lies in 晉江, not under 泉州 itself)
    ['泉州磁灶那个陶瓷项目在谈', null],
    ['泉州磁灶那個陶瓷項目在談', null],
    // the town's name going on into a firm's
    ['晋江陈埭鞋业那个新厂房项目签了', null],
    ['晉江陳埭鞋業那個新廠房項目簽了', null],
    // no building verb after the planned town: where they met stays
    ['上个月在深圳跟陈总谈了，他想回晋江陈埭看看', '深圳'],
    ['上個月在深圳跟陳總談了，他想回晉江陳埭看看', '深圳'],
    // a zone after the county is no town
    ['晋江工业园区那个鞋材项目在谈', '晋江工业园区'],
    ['晉江工業園區那個鞋材項目在談', '晉江工業園區'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it('reads a town by its full name or its short form where a name ends, under the county however it is written', () => {
    expect(townLengthAfter('磁灶镇的项目', 0, '晋江')).toBe(3);
    expect(townLengthAfter('磁灶的项目', 0, '晋江市')).toBe(2);
    expect(townLengthAfter('磁灶的项目', 0, '泉州晋江')).toBe(2);
    expect(townLengthAfter('磁灶陶瓷', 0, '晋江')).toBe(0);
    expect(townLengthAfter('磁灶的项目', 0, '南安')).toBe(0);
  });
});

describe('round 27: a place said as a clause of its own after the lead’s figures', () => {
  it.each([
    ['汕头那个玩具项目签了没有？问了，还没签，投资9000万，在孝感。', '孝感'],
    ['汕頭那個玩具項目簽了沒有？問了，還沒簽，投資9000萬，在孝感。', '孝感'],
    ['揭阳那个纺织项目搞定了，总投资两亿，落在松江，老板很开心。', '松江'],
    ['揭陽那個紡織項目搞定了，總投資兩億，落在松江，老闆很開心。', '松江'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // where the investor is, before a plan to come back
    ['王总投资了5000万做光伏支架，在佛山，想回来投资', null],
    ['王總投資了5000萬做光伏支架，在佛山，想回來投資', null],
    // a place said first, before any figure
    ['在深圳，跟王总谈了个项目，投资一个亿', '深圳'],
    ['在深圳，跟王總談了個項目，投資一個億', '深圳'],
    // more in the clause: where they talked
    ['汕头那个食品项目投资5000万，在孝感谈的，已经签了。', '汕头'],
    ['汕頭那個食品項目投資5000萬，在孝感談的，已經簽了。', '汕頭'],
    // the next item of a list
    ['两条：国泰纺织在城东工业园开工了，投资1.6亿；华强电子已签约，投资8000万，在高新区。', '城东工业园'],
    ['兩條：國泰紡織在城東工業園開工了，投資1.6億；華強電子已簽約，投資8000萬，在高新區。', '城東工業園'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
