import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const read = (text: string) => parseReport(text, { today });
const kindAndType = (text: string) => {
  const r = read(text);
  return [r.kind, r.eventType];
};

describe('round 28: stage, kind and event type', () => {
  it('reads a 座談 or 懇談 held as the event as talks (label convention)', () => {
    expect(kindAndType('昨天在杭州開了個座談會，來了十二家企業')).toEqual(['event', 'negotiation']);
    expect(kindAndType('昨天在杭州开了个座谈会，来了十二家企业')).toEqual(['event', 'negotiation']);
    expect(kindAndType('明天下午在商會會議室搞個懇談會，請了二十家企業')).toEqual(['event', 'negotiation']);
    expect(kindAndType('明天下午在商会会议室搞个恳谈会，请了二十家企业')).toEqual(['event', 'negotiation']);
    // keyed as the event's type
    expect(kindAndType('活動：座談會 時間：昨天 地點：商會會議室 參加企業：25家')).toEqual(['event', 'negotiation']);
    expect(kindAndType('活动：座谈会 时间：昨天 地点：商会会议室 参加企业：25家')).toEqual(['event', 'negotiation']);
  });

  it('keeps a 座談 that is part of a visit, and a gathering of the chamber own, as they were', () => {
    expect(kindAndType('今天組織十家企業到高新區考察，下午座談')).toEqual(['event', 'visit']);
    expect(kindAndType('今天组织十家企业到高新区考察，下午座谈')).toEqual(['event', 'visit']);
    expect(kindAndType('昨天商會召開年會，來了150人')).toEqual(['event', 'other']);
    expect(kindAndType('昨天商会召开年会，来了150人')).toEqual(['event', 'other']);
  });

  it('reads a signing ceremony at which several projects were signed as an event', () => {
    expect(kindAndType('昨天在咸陽高新區搞的簽約儀式一共簽了十二個項目總投資八十來億')).toEqual(['event', 'other']);
    expect(kindAndType('昨天在咸阳高新区搞的签约仪式一共签了十二个项目总投资八十来亿')).toEqual(['event', 'other']);
    expect(kindAndType('前天在深圳搞的簽約儀式一共簽了七個項目，總投資四十幾個億')).toEqual(['event', 'other']);
    expect(kindAndType('前天在深圳搞的签约仪式一共签了七个项目，总投资四十几个亿')).toEqual(['event', 'other']);
  });

  it('keeps a signing ceremony of one firm, or with the firm of our lead named, a lead', () => {
    expect(read('昨天舉行簽約儀式，天穗農業年產5萬噸飼料項目正式簽約，投資3億').kind).toBe('lead');
    expect(read('昨天舉行簽約儀式，共簽約項目3個，其中我會引薦的恒晶光電投資5億元').kind).toBe('lead');
    expect(read('昨天举行签约仪式，共签约项目3个，其中我会引荐的恒晶光电投资5亿元').kind).toBe('lead');
  });

  it('reads a lead sum set right as a lead', () => {
    const trad = read('泰和那個不是3億，是3.6億。');
    expect([trad.kind, trad.investmentYuan]).toEqual(['lead', 360_000_000]);
    const simp = read('泰和那个不是3亿，是3.6亿。');
    expect([simp.kind, simp.investmentYuan]).toEqual(['lead', 360_000_000]);
    expect(read('@所有人 昨天報的2.4億是錯的，應該是1.8億，2.4億是企業報的年產值。').kind).toBe('lead');
    expect(read('@所有人 昨天报的2.4亿是错的，应该是1.8亿，2.4亿是企业报的年产值。').kind).toBe('lead');
    expect(read('林董那個項目是2000萬美元，不是2000萬人民幣，地點在廈門海滄。').kind).toBe('lead');
    expect(read('林董那个项目是2000万美元，不是2000万人民币，地点在厦门海沧。').kind).toBe('lead');
  });

  it('does not read a company business set right, a sum denied in a saying, or an activity figure as a lead', () => {
    expect(read('他們年營收不是3億，是5億，今天來吃飯').kind).toBeNull();
    expect(read('他们年营收不是3亿，是5亿，今天来吃饭').kind).toBeNull();
    expect(read('这不是一个亿的事，是态度问题').kind).toBeNull();
    expect(read('推介會簽約金額不是3億，是5億，昨天在深圳辦的，來了60家企業').kind).toBe('event');
  });
});
