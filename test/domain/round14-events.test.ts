import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 14 (kind, stage, event type, dates and counts). Every sentence here is made up; none is copied from a
// development set.
const today = '2026-11-29';
const parse = (text: string) => parseReport(text, { today });

describe('round 14: a group led somewhere to look is a visit', () => {
  it('reads a group said with where it comes from before its count (領著…那邊八家企業, SW 帶起)', () => {
    for (const text of [
      '上週五我們領著溫州那邊幾個老闆過來看了看高新區的標準廠房，老闆們都挺滿意。',
      '上周五我们带起宜宾嘞几个老板克临港物流园转了一圈，看了标准厂房。',
      '昨天商會帶起幾個老闆去那個新材料產業園看了看廠房。',
    ]) {
      const r = parse(text);
      expect([r.kind, r.eventType], text).toEqual(['event', 'visit']);
    }
  });

  it('reads going round a place in more verbs (溜達了一圈, 瞅了瞅, 逛了一圈)', () => {
    for (const text of [
      '昨兒個帶了十來家企業上開發區溜達了一圈兒，當場沒簽啥。',
      '前天领着五家企业过来瞅了瞅北区工业园，老板们都说好。',
      '昨天我們帶了幾個老闆去保稅區繞了一圈，看了冷鏈倉庫。',
    ]) {
      const r = parse(text);
      expect([r.kind, r.eventType], text).toEqual(['event', 'visit']);
    }
  });

  it('holds an activity made with 搞個, 弄了個, 整了一場', () => {
    expect(parse('我們商會下週四要搞一個推介會在那個國際酒店').eventType).toBe('promotion');
    expect(parse('我们商会弄了个推介会在国际酒店，效果不错').eventType).toBe('promotion');
    expect(parse('我們商會整了一場對接會在國際酒店，效果不錯').eventType).toBe('negotiation');
    // 一帶一路, and 帶 before no count, hold nothing.
    expect(parse('一帶一路沿線的三家企業想來投資冷鏈項目，投資2億').kind).toBe('lead');
  });
});

describe('round 14: an A-not-A said about, and a report after the question', () => {
  it('reads 看看有沒有, 簽沒簽我再問問 as said, not asked', () => {
    expect(parse('有位做光伏的李總，想來我們這邊看看有沒有合適的廠房，投資大概一個億。').kind).toBe('lead');
    expect(parse('前天在杭州组织了个推介会，来了三十几家企业，签没签我再问问').kind).toBe('event');
    expect(parse('昨天在南京舉辦了推介會，來了二十家企業，簽沒簽還不清楚').kind).toBe('event');
    // A question still asks.
    expect(parse('那個冷鏈項目到底簽沒簽？').kind).toBeNull();
  });

  it('reads the answer after the question, put in someone’s mouth, and a report after it', () => {
    expect(parse('群裡問：那個輪胎廠已經投產了？\n蘇州商會：沒有沒有，還在走審批，合同是簽了的。投資2.5億。').stage).toBe('signed');
    expect(parse('那边问：年纳税超过500万能不能享受奖励？他们的冷链仓项目投资1.5亿，还在谈。').stage).toBe('negotiating');
    expect(parse('问一下，那个轮胎项目多少亩？\n——补充：投资3亿，目前在谈。').kind).toBe('lead');
    expect(parse('那個輪胎項目投資多少？是3億還是4億？').kind).toBeNull();
  });
});
