import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 23: stage, kind, events, dates, counts and contacts. Every sentence here is made up, each said in simplified
// and in traditional script, with near-misses that must keep their reading.
const today = '2026-12-06';
const read = (text: string) => parseReport(text, { today });
const stage = (text: string) => read(text).stage;

describe('round 23: a landing wished for or put after the new year is still to come', () => {
  it('reads 早開工、早投產, 早日投產, 年後動工 after a signing as signed', () => {
    expect(stage('华新科技投资3亿元的电池项目昨天签约，园区将全力服务，推动项目早开工、早投产。')).toBe('signed');
    expect(stage('華新科技投資3億元的電池項目昨天簽約，園區將全力服務，推動項目早開工、早投產。')).toBe('signed');
    expect(stage('盛达食品2亿的项目合同签了，老板说年后就动工')).toBe('signed');
    expect(stage('盛達食品2億的項目合同簽了，老闆說年後就動工')).toBe('signed');
    expect(stage('瑞丰机械投资1.5亿元，已签约，力争早日投产')).toBe('signed');
    expect(stage('瑞豐機械投資1.5億元，已簽約，力爭早日投產')).toBe('signed');
  });

  it('keeps 早就, 早已, 老早 and 早…了 as long since happened', () => {
    expect(stage('华新科技那个3亿的电池厂早就投产了')).toBe('landed');
    expect(stage('華新科技那個3億的電池廠早已投產')).toBe('landed');
    expect(stage('盛达食品投资2亿的厂子早开工了')).toBe('landed');
    expect(stage('盛達食品投資2億的廠子老早開工了')).toBe('landed');
  });

  it('reads a signing promised for a day (說好的…簽約) as talks', () => {
    expect(stage('说好的15号签约，看来要推迟了，安达物流投资4亿的项目对方还要再谈电价')).toBe('negotiating');
    expect(stage('說好的15號簽約，看來要推遲了，安達物流投資4億的項目對方還要再談電價')).toBe('negotiating');
  });
});
