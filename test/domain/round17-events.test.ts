import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 17 (event type, date, figures, contacts, splitting). Every sentence here is made up; none is copied from a
// development set. Each shape has paraphrases in several registers and both scripts, and cases that must not change.
const today = '2026-12-05';
const parse = (text: string) => parseReport(text, { today });

describe('round 17: dates', () => {
  it('reads Hakka 今晡日 and 昨晡日 as today and yesterday', () => {
    for (const text of [
      '𠊎兜商會報喜：客都食品今晡日在高新區簽哩約，投資一億二',
      '佢兜个嘉禾陶瓷今晡日正式投产咧，投资两亿',
      '今晡日下晝梅州茶業同經開區簽撇協議，投資八千萬',
      '报告：今晡日兴宁电子个项目开工，投资三亿',
    ])
      expect(parse(text).date, text).toBe('2026-12-05');
    for (const text of [
      '昨晡日佢兜松口建材同經開區簽哩約，投資兩億',
      '佢个公司五华矿业昨晡日签撇协议咧，投资一亿八',
      '昨晡日平远稀土开工咧 投资三个亿',
      '蕉嶺水泥個項目昨晡日簽約，投資五千萬',
    ])
      expect(parse(text).date, text).toBe('2026-12-04');
  });

  it('reads Wenzhou 该日 before its half-day as today, not a 該日 that points back at a day', () => {
    for (const text of [
      '该日上昼渠俫瓯江电器跟高新区签爻了，投资一亿',
      '该日下昼我俫商会个理事会开爻，签约两个项目',
      '該日上晝渠俫正泰閥門簽爻協議，投資八千萬',
      '各位，该日下昼乐清电气签爻了，投资两亿',
    ])
      expect(parse(text).date, text).toBe('2026-12-05');
    // keeps: a 該日 said after the day it points at is that day.
    expect(parse('12月3日在經開區舉辦推介會，該日上午簽約項目2個').date).toBe('2026-12-03');
    // keeps: 该日 with no half-day is "that day", no date of its own.
    expect(parse('东方阀门该日签约，投资1亿').date).toBeNull();
  });

  it('reads a news dateline (12月5日訊, 12月5日電) as the day the story is read from', () => {
    for (const [text, date] of [
      ['《南方商報》12月5日訊 昨天上午，鵬程電子與高新區簽署投資協議，投資3億元', '2026-12-04'],
      ['【晚报讯】12月4日讯 前天，华远食品与经开区正式签约，总投资2亿元', '2026-12-02'],
      ['新华社北京12月5日电 昨日，长江物流项目在临港新区开工，投资5亿元', '2026-12-04'],
      ['转发：本报12月3日讯 今天上午，锦华纺织与高新区签约，投资1.5亿元', '2026-12-03'],
    ])
      expect(parse(text).date, text).toBe(date);
    // keeps: 12月5日電話聯繫 is a call on that day, no dateline.
    expect(parse('12月4日電話聯繫了鵬程電子，對方說投資3億元，還在談').date).toBe('2026-12-04');
  });

  it('dates a lead signed or landed at a part of the day alone today', () => {
    for (const text of [
      '下午蜀香酒业跟青龙镇签了1.2亿的灌装项目',
      '上午華陽電子同經開區簽約了，投資兩億',
      '下晝佛山美陶簽咗約，投資八千萬',
      '下午 恒达物流 finally 签订了协议 投资3亿 👍',
    ])
      expect(parse(text).date, text).toBe('2026-12-05');
    // keeps: a plan for the afternoon with no stage that happened names no day.
    expect(parse('华阳电子想在经开区投资两亿，还在谈').date).toBeNull();
  });
});

describe('round 17: event type', () => {
  it('reads a 座談會 named for the merchants of a province or city as talks', () => {
    for (const text of [
      '12月2日浙商座谈会在市委党校开的，来了25家企业',
      '下週二喺市民中心開黔商座談會，請咗20間企業',
      '12月1日，渝商企業家座談會在高新區管委會召開，18家企業參會',
      '下午溫商座談會 開元酒店 到會18家',
      'Tomorrow 3pm 閩商座談會 @ 商會 office，大概 15 家 companies',
    ])
      expect(parse(text).eventType, text).toBe('negotiation');
    // keeps: natives called home (回鄉), and merchants not of a place (電商, 招商 is promotion's word), stay as they were.
    expect(parse('昨天下午在開封召開豫商回鄉座談會，共有25家企業參加').eventType).toBe('other');
    expect(parse('昨天开了个电商座谈会，来了12家企业').eventType).toBe('other');
    expect(parse('今天商會召開企業座談會，共有15家會員企業參加').eventType).toBe('other');
  });

  it('reads a 座談會 said to be about investing (講投資的事) as talks', () => {
    for (const text of [
      '下週四在市政府開那個川渝企業座談會嗯大概請了二十家企業主要就是講投資的事情',
      '明天下午开个座谈会，跟十家企业聊聊来我们这投资的事',
      '今日喺商會開咗個座談會，講吓投資項目，嚟咗十二間企業',
      '那個座談會 嗯 主要講 來咱這疙瘩投資的事兒 來了八家企業',
    ])
      expect(parse(text).eventType, text).toBe('negotiation');
    // keeps: a 座談會 about the chamber's work.
    expect(parse('昨天开了个座谈会，讲了商会明年的工作安排，来了12家企业').eventType).toBe('other');
  });

  it('reads a talk after a visit in the same clause as part of the visit', () => {
    for (const text of [
      '明天温州商会组织企业家去经开区实地看一下 大概十五家企业 中午在园区食堂吃饭 下午座谈',
      '今日帶咗十間企業去高新區參觀 之後喺管委會座談',
      '昨天组织12家企业赴临港新区考察并召开座谈会',
      '咱商會領著八家企業去園區考察 完了座談了一會兒',
    ])
      expect(parse(text).eventType, text).toBe('visit');
    // keeps: a 座談會 alone.
    expect(parse('昨天组织12家企业开了个座谈会').eventType).toBe('other');
  });

  it('reads voice input 考查 said of going somewhere as a visit, and a next activity planned does not name the one held', () => {
    for (const text of [
      '昨天我们带了十几家企业去临港新区考查了一圈然后下一步准备再约一次对接会',
      '今天组织了8家企业到高新区考查',
      '前天帶咗十間企業去經開區考查 下次再搞個推介會',
      '嗯昨天我們帶著十五家企業去那個物流園考查了一下',
    ])
      expect(parse(text).eventType, text).toBe('visit');
    // keeps: an activity planned next, when it is the only one named, is the one told.
    expect(parse('下次再搞個推介會，請二十家企業').eventType).toBe('promotion');
  });

  it('reads a meeting of the chamber joined (暨) to an activity as that activity', () => {
    for (const text of [
      '12月5日上午：江蘇商會理事會暨項目推介會，臨港新區管委會，簽約1個',
      '昨天商会年会暨招商推介会在国际酒店举行，来了80家企业',
      '今日商會會員大會暨經貿對接會喺商會大樓舉行，簽咗兩個項目',
      '明天下午理事会暨投资推介会 国际会展中心 请了30家企业',
    ])
      expect(['promotion', 'negotiation'], text).toContain(parse(text).eventType);
    // keeps: a meeting alone.
    expect(parse('昨天在商会开了理事会，30家企业参加').eventType).toBe('other');
  });
});
