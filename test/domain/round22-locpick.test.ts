import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 22 (locpick): choosing the right one of several places, and places named in English. Made-up sentences. */
const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 22: an English place name read whole', () => {
  it.each([
    ['Quick update: Nordwind GmbH plans a gearbox plant in Yancheng Coastal Development Zone. Investment EUR 20 million.', 'Yancheng Coastal Development Zone'],
    ['Good news: Pacific Tools signed a land deal yesterday with Xiangcheng District, Suzhou. About 60 mu.', 'Xiangcheng District'],
    ['Update: Maple Foods signed with Fengxian County last week for a bakery line.', 'Fengxian County'],
    ['新加坡的 Lion Cold Chain 想在 Nanning Hi-tech Zone 建一個冷庫，投資 RMB 80 million。', 'Nanning Hi-tech Zone'],
    ['They are keen to set up a warehouse in Wuhu Jiujiang district, around RMB 60 million.', 'Wuhu Jiujiang district'],
    ['明天的 roadshow 在 Chengdu Jinjiang 的 Grand Lotus Hotel，来了 40 家 companies。', 'Chengdu Jinjiang 的 Grand Lotus Hotel'],
    ["今天下午的 seminar 在 Xi'an 高新區，大概 50 家企業。", "Xi'an 高新區"],
    ['Next Monday we meet Jiangling county officials at our Shenzhen office, 8 members coming.', 'Shenzhen'],
    ['Lead: a tile maker wants a plant in Yixing\nInvestment: RMB 50 million', 'Yixing'],
    ['Harbour Steel 那边说合同已经签了，投资 2 亿，in 洪湖。', '洪湖'],
    ['Harbour Steel 那邊說合同已經簽了，投資 2 億，in 洪湖。', '洪湖'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a month said after 在 is a date, not a place; a company signed with is no place; a zone with no name of its own
    ['年会定在 Dec 12，地点另行通知。'],
    ['We signed with Golden Harvest Trading yesterday, amount to be confirmed.'],
    ['Sunrise Labs is negotiating with the High-tech Zone on a lab, details later.'],
  ])('%s reads no place', (text) => {
    expect(location(text)).toBeNull();
  });
});

describe('round 22: a place where the investor was met gives way to the place it plans to build in', () => {
  it.each([
    ['昨天我们去上海拜访了恒昌科技的王总，他们有意向在监利设个分厂，大概投八千万。', '监利'],
    ['昨天我們去上海拜訪了恒昌科技的王總，他們有意向在監利設個分廠，大概投八千萬。', '監利'],
    ['会长在东京与丸山精工代表进行了会谈。丸山精工表示有意在荆州经济开发区设立生产基地，投资2000万美元。', '荆州经济开发区'],
    ['會長在東京與丸山精工代表進行了會談。丸山精工表示有意在荊州經濟開發區設立生產基地，投資2000萬美元。', '荊州經濟開發區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a meeting with no plan after it keeps its place; a plan said with no meeting before it is read as before
    ['会长在东京与丸山精工代表进行了会谈，对方对荆州的营商环境很感兴趣。', '东京'],
    ['會長在東京與丸山精工代表進行了會談，對方對荊州的營商環境很感興趣。', '東京'],
  ])('%s keeps %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
