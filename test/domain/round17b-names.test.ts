import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const parse = (text: string) => parseReport(text, { today: '2026-12-05' });

/** Each shape: paraphrases in other registers that must read the location or project, then near-misses that must not change. */
describe('round 17b: location', () => {
  it('reads a hall after a key said without a colon, not the key', () => {
    for (const [text, location] of [
      ['昨日推介會到場企業40家，地點市民中心', '市民中心'],
      ['喺度搞咗個對接會，簽咗3個項目，地點國際會展中心B館', '國際會展中心B館'],
      ['下周三座谈会 地点文化中心 请准时到', '文化中心'],
      ['元旦茶話會，場地暫定潮州會館，歡迎鄉賢參加', '潮州會館'],
      ['对接会开完了 地址会议中心3号厅 来了二十几家', '会议中心3号厅'],
    ]) {
      expect(parse(text).location, text).toBe(location);
    }
    // Near-miss: a key with a colon keeps reading as before.
    expect(parse('推介會，地點：市民中心，到場企業40家').location).toBe('市民中心');
  });

  it('keeps a room said after a hall with spaces: a floor, 3F, Room 301', () => {
    for (const [text, location] of [
      ['Roadshow 搞掂咗，地点在国际会议中心 Room 205，来了 30 家企业', '国际会议中心 Room 205'],
      ['對接會 @ 香格里拉酒店 5F 宴會廳，RSVP 已有 20 家', '香格里拉酒店 5F 宴會廳'],
      ['offline 部分喺高新区管委会 3 楼会议室，已 confirm 15 家', '高新区管委会 3 楼会议室'],
      ['下周的 workshop 在市民中心 Room 3B 举办，报名 12 家', '市民中心 Room 3B'],
    ]) {
      expect(parse(text).location, text).toBe(location);
    }
    // Near-misses: a hall and a count after a space is no room; a hall alone stays a hall.
    expect(parse('推介会在会展中心 2 家企业签约').location).toBe('会展中心');
    expect(parse('对接会在国际会议中心举办，来了30家企业').location).toBe('国际会议中心');
  });

  it('reads a Latin hotel and its floor and room after venue', () => {
    for (const [text, location] of [
      ['昨天的 seminar 来了 20 家，venue 是 Marriott 二楼宴会厅', 'Marriott 二楼宴会厅'],
      ['下週 networking 嘅 venue 係 Sheraton 三樓會議室，記得報名', 'Sheraton 三樓會議室'],
      ['roadshow done，venue 为 Hilton 五楼多功能厅，签了 3 个项目', 'Hilton 五楼多功能厅'],
    ]) {
      expect(parse(text).location, text).toBe(location);
    }
    // Near-miss: a Chinese hall after venue reads as before.
    expect(parse('下週 seminar 的 venue 是市民中心三樓，已有 20 家報名').location).toBe('市民中心三樓');
  });
});

describe('round 17b: project', () => {
  it('keeps a code in capitals or a power said before the name across a space', () => {
    for (const [text, project] of [
      ['深圳商会：华星光电，投资 3 亿，LED 封装项目，洽谈中', 'LED 封装'],
      ['佢哋話想搞 PCB 線路板項目，傾緊，大約兩億', 'PCB 線路板'],
      ['项目是 100MW 储能电站，预计 invest 5 亿，还在谈', '100MW 储能电站'],
      ['上海商會：晶芯科技，IC 封測項目，已簽約，投資 8 億', 'IC 封測'],
    ]) {
      expect(parse(text).project, text).toBe(project);
    }
    // Near-misses: English words of the sentence, a legal form and a greeting are not part of the name.
    expect(parse('Falcon Logistics just opened their 保税仓 in 保税区').project).toBe('保税仓');
    expect(parse('Opal Stone 石英石 slab 生產線 talks ongoing').project).toBe('生產線');
    expect(parse('SolarWind BV 光伏支架厂 已签约 2亿元').project).toBe('光伏支架厂');
    expect(parse('FYI 冷链项目已经签了，投资两亿').project).toBe('冷链');
  });
});

describe('round 17b: location, said as ours or in a frame', () => {
  it('drops Wu 儂搿搭 (your here) before a place', () => {
    for (const [text, location] of [
      ['伊拉公司想到儂搿搭經開區投只廠', '經開區'],
      ['阿拉商會帶了十家企業到侬搿搭高新区看了一圈', '高新区'],
      ['宁波一家做模具的想到侬迭搭临港新区来投资', '临港新区'],
      ['苏州伊拉想到侬搿面经开区去看看地块', '经开区'],
    ]) {
      expect(parse(text).location, text).toBe(location);
    }
    // Near-miss: 搿搭 alone is no place.
    expect(parse('伊拉想到搿搭来投资，辰光还早').location).toBeNull();
  });

  it('reads a park said as ours before interest said in English', () => {
    for (const [text, location] of [
      ['他们对咱们智能制造产业园有 interest，还在 initial contact', '智能制造产业园'],
      ['佢哋對我們冷鏈物流園有interest，未傾價', '冷鏈物流園'],
      ['老板对俺们装备制造产业园有 interest 想来看看', '装备制造产业园'],
      ['They 對我們生物醫藥產業園有 interest，下週再 call', '生物醫藥產業園'],
    ]) {
      expect(parse(text).location, text).toBe(location);
    }
  });

  it('reads a place after 在 and before 的 and the line or plant built there', () => {
    for (const [text, location] of [
      ['項目是華光電子在高新區的芯片封測產線，意向投資2億', '高新區'],
      ['佢哋要喺臨港新區嘅冷鏈基地加建一期，傾緊', '臨港新區'],
      ['他们打算在经开区的新工厂投 5000 万，还在谈', '经开区'],
      ['宏达机械在城东工业园的生产线今天开工了，投资1.2亿', '城东工业园'],
    ]) {
      expect(parse(text).location, text).toBe(location);
    }
  });

  it('reads a place alone in brackets after the sum', () => {
    for (const [text, location] of [
      ['① 华南水产的冷链仓储项目（1.2亿，北港物流园）今天开工', '北港物流园'],
      ['1. 瑞豐食品中央廚房項目（8000萬，經開區）已簽約', '經開區'],
      ['- 恒达建材 (5000万, 石桥工业园) 在谈', '石桥工业园'],
      ['2）智慧物流园项目（投资3亿，临港新区）洽谈中', '临港新区'],
    ]) {
      expect(parse(text).location, text).toBe(location);
    }
  });
});
