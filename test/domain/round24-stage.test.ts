import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 24: stage, kind and event type. Every sentence here is made up, each said in simplified and in traditional
// script, with near-misses that must keep their reading.
const today = '2026-12-06';
const read = (text: string) => parseReport(text, { today });
const stage = (text: string) => read(text).stage;

describe('round 24: a signing promised, put off or not reached is talks', () => {
  it('reads a signing promised for a day said by what it follows (說好元旦後簽) as talks', () => {
    expect(stage('永盛食品的项目投资6000万，老板说好元旦后签')).toBe('negotiating');
    expect(stage('永盛食品的項目投資6000萬，老闆說好元旦後簽')).toBe('negotiating');
    expect(stage('恒通物流3亿的仓储项目，约好月底前再签')).toBe('negotiating');
    expect(stage('恒通物流3億的倉儲項目，約好月底前再簽')).toBe('negotiating');
  });

  it('keeps a signing made after what it followed as signed', () => {
    expect(stage('永盛食品的项目投资6000万，考察完之后签了合同')).toBe('signed');
    expect(stage('永盛食品的項目投資6000萬，考察完之後簽了合同')).toBe('signed');
  });

  it('reads a signing whose day was changed (簽約時間改了, 簽約改期) as talks', () => {
    expect(stage('华茂纺织那个项目签约时间改了，现在还在谈，投资2亿')).toBe('negotiating');
    expect(stage('華茂紡織那個項目簽約時間改了，現在還在談，投資2億')).toBe('negotiating');
    expect(stage('华茂纺织投资2亿的项目签约改期了')).toBe('negotiating');
    expect(stage('華茂紡織投資2億的項目簽約改期了')).toBe('negotiating');
  });

  it('reads a signing tried and not reached (簽約未成, 簽約未果) as talks', () => {
    expect(stage('鑫源电子项目：签约未成，投资1.2亿，地点在高新区')).toBe('negotiating');
    expect(stage('鑫源電子項目：簽約未成，投資1.2億，地點在高新區')).toBe('negotiating');
    expect(stage('鑫源电子1.2亿的项目这次签约未果')).toBe('negotiating');
    expect(stage('鑫源電子1.2億的項目這次簽約未果')).toBe('negotiating');
  });

  it('keeps a signing done as signed beside a plan (簽約成功)', () => {
    expect(stage('鑫源电子1.2亿的项目签约成功')).toBe('signed');
    expect(stage('鑫源電子1.2億的項目簽約成功')).toBe('signed');
  });

  it('reads 是誤會 as a retraction, and talks said before the slip stand', () => {
    expect(stage('祥瑞医药的项目说好下个月签，还没签，之前群里说签了是误会。总投资2亿。')).toBe('negotiating');
    expect(stage('祥瑞醫藥的項目說好下個月簽，還沒簽，之前群裡說簽了是誤會。總投資2億。')).toBe('negotiating');
  });

  it('keeps a retracted signing with only an intention said after it as a lead', () => {
    expect(stage('Correction: NOT signed yet. 剛才說 Bluefield Paper signed 是錯的，they only 表達了 intention，投資 ¥30,000,000。')).toBe('lead');
  });
});

describe('round 24: a visit and an intention come of it', () => {
  it('reads a visit with an intention and no talks as a lead', () => {
    expect(stage('江西赣锋材料今天来我们这边考察了，看了新能源产业园，他们说有意向投五个多亿')).toBe('lead');
    expect(stage('江西贛鋒材料今天來我們這邊考察了，看了新能源產業園，他們說有意向投五個多億')).toBe('lead');
  });

  it('keeps talks said beside the visit as talks', () => {
    expect(stage('江西赣锋材料今天来考察了，有意向投五个多亿，双方还在磋商土地价格')).toBe('negotiating');
    expect(stage('江西贛鋒材料今天來考察了，有意向投五個多億，雙方還在磋商土地價格')).toBe('negotiating');
  });

  it('keeps a visit with no intention said as talks', () => {
    expect(stage('江西赣锋材料投资五个多亿的项目，对方已经来考察了两次')).toBe('negotiating');
    expect(stage('江西贛鋒材料投資五個多億的項目，對方已經來考察了兩次')).toBe('negotiating');
  });
});

describe('round 24: money in place says a landing', () => {
  it('reads money in place and no stage word as landed', () => {
    expect(stage('那个港商周生的项目总投资三点五个亿，到位资金已经有一点二亿了，在高新区')).toBe('landed');
    expect(stage('那個港商周生的項目總投資三點五個億，到位資金已經有一點二億了，在高新區')).toBe('landed');
    expect(stage('安康药业的项目总投资2亿，首期资金已到位')).toBe('landed');
    expect(stage('安康藥業的項目總投資2億，首期資金已到位')).toBe('landed');
  });

  it('keeps money to come or denied, and a stage word said, as they were', () => {
    expect(stage('安康药业的项目总投资2亿，预计到位资金5000万')).toBe('lead');
    expect(stage('安康藥業的項目總投資2億，預計到位資金5000萬')).toBe('lead');
    expect(stage('安康药业的项目总投资2亿，资金一分钱没到位')).toBe('lead');
    expect(stage('安康藥業的項目總投資2億，資金一分錢沒到位')).toBe('lead');
    expect(stage('安康药业的项目已签约，总投资2亿，到位资金5000万')).toBe('signed');
    expect(stage('安康藥業的項目已簽約，總投資2億，到位資金5000萬')).toBe('signed');
  });
});

describe('round 24: landings and signings said in speech', () => {
  it('reads 已經量產, 已開始出貨 as landed', () => {
    expect(stage('华星光电投资3亿的面板厂已经量产了')).toBe('landed');
    expect(stage('華星光電投資3億的面板廠已經量產了')).toBe('landed');
    expect(stage('华星光电投资3亿的面板厂已开始出货')).toBe('landed');
    expect(stage('華星光電投資3億的面板廠已開始出貨')).toBe('landed');
  });

  it('keeps a mass production to come as no landing', () => {
    expect(stage('华星光电投资3亿的面板厂，量产后年产值5亿')).toBe('lead');
    expect(stage('華星光電投資3億的面板廠，量產後年產值5億')).toBe('lead');
  });

  it('reads 合同搞定了, 協議已經拿下 as signed', () => {
    expect(stage('华星光电投资3亿的项目，合同搞定了')).toBe('signed');
    expect(stage('華星光電投資3億的項目，合同搞定了')).toBe('signed');
    expect(stage('华星光电投资3亿的项目，协议已经拿下')).toBe('signed');
    expect(stage('華星光電投資3億的項目，協議已經拿下')).toBe('signed');
  });

  it('keeps a contract to be got as no signing', () => {
    expect(stage('华星光电投资3亿的项目，争取年底前把合同拿下来')).not.toBe('signed');
    expect(stage('华星光电投资3亿的项目，土地的事搞定了')).toBe('lead');
  });
});

describe('round 24: English words of a lead before talks', () => {
  it('reads pre-negotiation and a letter opening "As discussed" as no talks', () => {
    expect(stage('Quick note：汕頭 BrightToys 那個 project 投資 5000萬，pre-negotiation，下週 follow up。')).toBe('lead');
    expect(stage('Quick note：汕头 BrightToys 那个 project 投资 5000万，pre-negotiation，下周 follow up。')).toBe('lead');
    expect(stage('As discussed, Altai Metals would like to explore a zinc project here, around USD 30 million. We are still in preliminary discussion.')).toBe(
      'lead',
    );
  });

  it('keeps negotiation and a discussion held as talks', () => {
    expect(stage('Altai Metals 的 zinc project，USD 30 million，negotiation 進行中')).toBe('negotiating');
    expect(stage('We discussed the zinc project with Altai Metals yesterday, around USD 30 million.')).toBe('negotiating');
  });
});

describe('round 24: visits said in speech', () => {
  it('reads a group that 走了一圈 somewhere as a visit', () => {
    const r = read('前儿个深圳那边组了个团，十二家企业，上五常市走了一圈，看了大米基地');
    expect([r.kind, r.eventType]).toEqual(['event', 'visit']);
    const t = read('前兒個深圳那邊組了個團，十二家企業，上五常市走了一圈，看了大米基地');
    expect([t.kind, t.eventType]).toEqual(['event', 'visit']);
  });

  it('reads looking at a site with enterprises counted (睇地, 看地) as a visit', () => {
    const r = read('琴日同香港几位老板返咗梅县睇地，一共六间企业，佢哋话几有兴趣。');
    expect([r.kind, r.eventType]).toEqual(['event', 'visit']);
    const t = read('琴日同香港幾位老闆返咗梅縣睇地，一共六間企業，佢哋話幾有興趣。');
    expect([t.kind, t.eventType]).toEqual(['event', 'visit']);
  });

  it('reads 考查 said with the pauses of voice input as a visit', () => {
    const r = read('嗯 今天 陪 那个 招商局 去 温州 乐清 考查了 五家 电器企业 嗯 气氛 蛮好');
    expect([r.kind, r.eventType]).toEqual(['event', 'visit']);
    const t = read('嗯 今天 陪 那個 招商局 去 溫州 樂清 考查了 五家 電器企業 嗯 氣氛 蠻好');
    expect([t.kind, t.eventType]).toEqual(['event', 'visit']);
  });

  it('keeps 看地方 and 看地圖 as no visit', () => {
    expect(read('大家帮忙看地图找一下那个园区在哪').eventType).toBeNull();
    expect(read('大家幫忙看地圖找一下那個園區在哪').eventType).toBeNull();
  });

  it('reads a site visit with enterprises counted, no sum and no plan, as the event', () => {
    const r = read('今天 site visit 去了监利，带了 5 家 Wenzhou 的企业，包括 Ouhai Pumps、Ruian Gears 等，feedback 都不错。');
    expect([r.kind, r.eventType]).toEqual(['event', 'visit']);
    const t = read('今天 site visit 去了監利，帶了 5 家 Wenzhou 的企業，包括 Ouhai Pumps、Ruian Gears 等，feedback 都不錯。');
    expect([t.kind, t.eventType]).toEqual(['event', 'visit']);
  });

  it('keeps a site visit with a sum as a lead', () => {
    expect(read('今天 site visit 去了监利，Ouhai Pumps 和 Ruian Gears 两家，计划投资 2 亿建泵阀基地').kind).toBe('lead');
    expect(read('今天 site visit 去了監利，Ouhai Pumps 和 Ruian Gears 兩家，計劃投資 2 億建泵閥基地').kind).toBe('lead');
  });
});
