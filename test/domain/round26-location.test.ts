import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 26 (location): made-up sentences, each in both scripts, and near-misses the rules must not fire on. */
const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 26: a place, 的, then a pointer at a project, facility or event', () => {
  it.each([
    ['就是那个酒泉的那个枸杞深加工呃合同还没签投资是六千来万', '酒泉'],
    ['就是那個酒泉的那個枸杞深加工呃合同還沒簽投資是六千來萬', '酒泉'],
    ['咱们那个赤峰松山区的那个那个肉牛养殖基地已经开工了 投资两个亿', '赤峰松山区'],
    ['咱們那個赤峰松山區的那個那個肉牛養殖基地已經開工了 投資兩個億', '赤峰松山區'],
    ['跟大家说下咱们商会跟唐山迁安的那个对接会定在下周三 大概请十来家企业', '唐山迁安'],
    ['跟大家說下咱們商會跟唐山遷安的那個對接會定在下週三 大概請十來家企業', '唐山遷安'],
    ['漳浦的海景酒店那个嗯台商投了大概三个亿吧已经在建了', '漳浦'],
    ['漳浦的海景酒店那個嗯台商投了大概三個億吧已經在建了', '漳浦'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // people or a group pointed at are where they are, not where the project goes
    ['上海的那个云贵商帮群里说的那个事我核实了一下楚雄禄丰那个钛材料项目现在在谈投资三个亿', '楚雄禄丰'],
    ['上海的那個雲貴商幫群裡說的那個事我核實了一下楚雄祿豐那個鈦材料項目現在在談投資三個億', '楚雄祿豐'],
    ['那个湖州的那个做竹木加工的老板姓沈 他那个项目我们还在跟', null],
    ['那個湖州的那個做竹木加工的老闆姓沈 他那個項目我們還在跟', null],
    // a firm after 的 is the investor's seat
    ['南宁的香满园食品（年销售额5个亿）准备来我们这边谈', null],
    ['南寧的香滿園食品（年銷售額5個億）準備來我們這邊談', null],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 26: a county whose short form is a word as often, right after the city it lies in', () => {
  it.each([
    ['嗯那个天津北辰那个啊医疗器械产业园一期嗯已经投产了投了四个亿', '天津北辰'],
    ['嗯那個天津北辰那個啊醫療器械產業園一期嗯已經投產了投了四個億', '天津北辰'],
    ['嗯那个天津滨海那个啊冷链物流园已经投产了', '天津滨海'],
    ['嗯那個天津濱海那個啊冷鏈物流園已經投產了', '天津濱海'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // the word after another city is a brand, not its county
    ['重庆长安那个项目已经签了，投资两亿', null],
    ['重慶長安那個項目已經簽了，投資兩億', null],
    ['杭州平安那个项目签了', null],
    ['杭州平安那個項目簽了', null],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 26: a company read as the project’s very name is no firm whose seat the place before it is', () => {
  it.each([
    ['钦州港新材料项目对接人是新加坡那边的林总（林志明），手机13977123456，投资八亿。', '钦州港'],
    ['欽州港新材料項目對接人是新加坡那邊的林總（林志明），手機13977123456，投資八億。', '欽州港'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a place and a trade read as the firm (温州鞋业) is the firm's home
    ['温州鞋业项目对接人是李总，投资八亿。', null],
    ['溫州鞋業項目對接人是李總，投資八億。', null],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
