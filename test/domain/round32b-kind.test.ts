import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const read = (text: string) => parseReport(text, { today });

describe('round 32b: kind', () => {
  it('reads one firm the chamber called on, weighing an investment here, as its lead', () => {
    for (const text of [
      '今天拜访了宁波一家做注塑机的上市公司，年营收20亿，老板说在考虑把新厂放在我们经开区，投资额还没定。',
      '今天拜訪了寧波一家做注塑機的上市公司，年營收20億，老闆說在考慮把新廠放在我們經開區，投資額還沒定。',
      '12月2日，我会走访了会员企业东莞宏达包装，对方计划明年在县里增资扩产，金额待定。',
      '12月2日，我會走訪了會員企業東莞宏達包裝，對方計劃明年在縣裡增資擴產，金額待定。',
    ]) {
      expect(read(text).kind, text).toBe('lead');
    }
  });

  it('keeps a call on a firm that weighs nothing, or on firms counted, as the chamber’s visit', () => {
    for (const text of [
      // Nothing weighed: the call itself is the report.
      '今天拜访了宁波一家做注塑机的上市公司，聊得不错，人家说有空来看看。',
      '今天拜訪了寧波一家做注塑機的上市公司，聊得不錯，人家說有空來看看。',
      // Several firms called on, one of them interested: the chamber's visit.
      '昨天走访了五家企业，其中两家有意向回乡投资。',
      '昨天走訪了五家企業，其中兩家有意向回鄉投資。',
    ]) {
      expect(read(text).kind, text).toBe('event');
    }
  });

  it('reads talks on a call at a firm over its project, with a sum, as the firm’s lead in talks', () => {
    for (const text of [
      '12月2日，会长带队拜访广州恒泰科技，就在园区建设电池隔膜项目进行洽谈，项目计划总投资6亿元。',
      '12月2日，會長帶隊拜訪廣州恆泰科技，就在園區建設電池隔膜項目進行洽談，項目計劃總投資6億元。',
    ]) {
      const r = read(text);
      expect(r.kind, text).toBe('lead');
      expect(r.stage, text).toBe('negotiating');
    }
    // No sum: the call and its talks are the chamber's visit.
    expect(read('12月2日，会长带队拜访广州恒泰科技，就电池隔膜项目进行洽谈。').kind).toBe('event');
    expect(read('12月2日，會長帶隊拜訪廣州恆泰科技，就電池隔膜項目進行洽談。').kind).toBe('event');
  });

  it('reads a meeting or call with a party over something talked of as talks', () => {
    for (const text of [
      '昨天和 Nordic Salmon 的代表开了 online meeting，讨论冷链仓储合作。',
      '昨天和 Nordic Salmon 的代表開了 online meeting，討論冷鏈倉儲合作。',
      '明天上午 meeting with 韩国 Daewon 的采购团队，主要谈汽配供应链，商会 invited 6 家会员企业一起去。',
      '明天上午 meeting with 韓國 Daewon 的採購團隊，主要談汽配供應鏈，商會 invited 6 家會員企業一起去。',
    ]) {
      const r = read(text);
      expect(r.kind, text).toBe('event');
      expect(r.eventType, text).toBe('negotiation');
    }
    // A meeting told with nothing talked over: other, as before.
    expect(read('昨天和 Nordic Salmon 的代表开了 online meeting，12 家企业参加。').eventType).toBe('other');
    expect(read('昨天和 Nordic Salmon 的代表開了 online meeting，12 家企業參加。').eventType).toBe('other');
  });

  it('reads a visit to come that the chamber receives or takes round, with no sum or plan, as the visit', () => {
    for (const text of [
      '下周二越南 Hoa Phat Steel 代表团 5 人 will visit 钦州港，请港区 prepare 接待。',
      '下週二越南 Hoa Phat Steel 代表團 5 人 will visit 欽州港，請港區 prepare 接待。',
      '温州正泰阀门集团年产值超50亿。他们的林总是青田人，下周二去青田看工业园，商会陪同。',
      '溫州正泰閥門集團年產值超50億。他們的林總是青田人，下週二去青田看工業園，商會陪同。',
    ]) {
      const r = read(text);
      expect(r.kind, text).toBe('event');
      expect(r.eventType, text).toBe('visit');
    }
    // The visitor's plan said: its lead, the visit its next step.
    expect(read('下周二德国克劳斯泵业想在经开区建个泵阀厂，来考察，商会负责接待。').kind).toBe('lead');
    expect(read('下週二德國克勞斯泵業想在經開區建個泵閥廠，來考察，商會負責接待。').kind).toBe('lead');
  });
});
