import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const read = (text: string) => parseReport(text, { today });

describe('round 32: stage, kind and event type', () => {
  it('reads talks set with a firm on a day to come, with no sum or plan of theirs, as the meeting (negotiation)', () => {
    for (const text of [
      '后天上午跟泰国正丰食品在商会会议室谈冷库项目，大家准时到。',
      '後天上午跟泰國正豐食品在商會會議室談冷庫項目，大家準時到。',
      '下周四下午和 Baltic Amber Group 开个 meeting，谈琥珀加工园的合作。',
      '下週四下午和 Baltic Amber Group 開個 meeting，談琥珀加工園的合作。',
    ]) {
      expect(read(text).kind, text).toBe('event');
      expect(read(text).eventType, text).toBe('negotiation');
    }
  });

  it('keeps a firm with a sum, a plan or its turnover told, or coming here to talk, as the lead', () => {
    for (const text of [
      // A sum of the firm's: its lead, the talks to come its next step.
      '泰国正丰食品想在经开区建冷库，投资8000万，后天上午跟他们谈。',
      '泰國正豐食品想在經開區建冷庫，投資8000萬，後天上午跟他們談。',
      // The firm told by its turnover.
      '那家做轴承的企业年营收15亿，约了老板下周二吃饭聊扩产。',
      '那家做軸承的企業年營收15億，約了老闆下週二吃飯聊擴產。',
    ]) {
      expect(read(text).kind, text).toBe('lead');
    }
    // A talk held, not to come: no meeting announced (left to the rules that were).
    expect(read('昨天跟泰国正丰食品谈了冷库项目，投资8000万。').kind).toBe('lead');
  });

  it('reads another round of talks set for a named week or month as talks under way', () => {
    for (const text of [
      '苏州恒锐机械想在青县上个铸件厂，投资一个亿，下礼拜再碰一下。',
      '蘇州恒銳機械想在青縣上個鑄件廠，投資一個億，下禮拜再碰一下。',
      '杭州云栖茶业想到凤冈建茶厂，投资两个亿，下个月再来细谈。',
      '杭州雲棲茶業想到鳳岡建茶廠，投資兩個億，下個月再來細談。',
    ]) {
      expect(read(text).stage, text).toBe('negotiating');
    }
    // Near-misses: next time unnamed, or an early stage said beside it.
    expect(read('苏州恒锐机械想在青县上个铸件厂，投资一个亿，下次再聊。').stage).toBe('lead');
    expect(read('蘇州恒銳機械想在青縣上個鑄件廠，投資一個億，還在初步接觸，下禮拜再聊。').stage).toBe('lead');
  });

  it("reads a signing on the report's day after today as still to come (talks), not one said done", () => {
    for (const text of [
      '宁波奥力新材料在象山投资2.6亿，12月20号签约。',
      '寧波奧力新材料在象山投資2.6億，12月20號簽約。',
      '说定了下个月5号来象山签合同，投资两个亿。',
      '說定了下個月5號來象山簽合同，投資兩個億。',
    ]) {
      expect(read(text).stage, text).toBe('negotiating');
    }
    // Near-misses: a day past, or a signing said done beside the day to come.
    expect(read('宁波奥力新材料在象山投资2.6亿，12月3号签约。').stage).toBe('signed');
    expect(read('寧波奧力新材料已經簽了，投資2.6億，12月20號補辦簽約儀式。').stage).toBe('signed');
  });

  it('reads 對接 as a key or an invitation to get in touch as no talks held', () => {
    for (const text of [
      '线索：泰国华商林永盛拟在钦州投资水产加工，投资8000万元。对接：商会秘书处小黄，电话0777-2821 5566。',
      '線索：泰國華商林永盛擬在欽州投資水產加工，投資8000萬元。對接：商會秘書處小黃，電話0777-2821 5566。',
      '德国霍夫曼精密想在常州建轴承厂，投资两个亿，要对接的话可以找他们的王经理。',
      '德國霍夫曼精密想在常州建軸承廠，投資兩個億，歡迎會員企業對接。',
    ]) {
      expect(read(text).stage, text).toBe('lead');
    }
    // Near-miss: 對接 held with a party is still talks.
    expect(read('德国霍夫曼精密投资两个亿的轴承厂，正在与常州经开区对接。').stage).toBe('negotiating');
    expect(read('德國霍夫曼精密投資兩個億的軸承廠，正在與常州經開區對接。').stage).toBe('negotiating');
  });

  it('reads 還在扯 (haggling, SW and Hubei speech) as talks', () => {
    expect(read('毕节那个做魔芋的企业想投八千万建厂，现在还在扯电价的事。').stage).toBe('negotiating');
    expect(read('畢節那個做魔芋的企業想投八千萬建廠，現在還在扯。').stage).toBe('negotiating');
    // Near-miss: 扯 not after 還在 says nothing of talks.
    expect(read('毕节那个做魔芋的企业想投八千万建厂，别扯远了。').stage).toBe('lead');
  });
});
