import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 18: the 對接 contract. The glossary files 對接 under talks (階段: negotiating, 洽談/對接); a first contact
// (初步對接, and now 前期對接, 剛開始對接, 首次接洽) is where a lead stands. Every sentence here is made up.
const today = '2026-12-06';
const stage = (text: string) => parseReport(text, { today }).stage;

describe('round 18: getting in touch said as a beginning is a first contact', () => {
  it('reads 前期對接, 剛開始對接, 才開始接洽, 首次溝通 as lead', () => {
    expect(stage('某某公司擬投資3億元建電池廠，目前處於前期對接階段。')).toBe('lead');
    expect(stage('华远新材料准备投两个亿，目前正在开展前期对接')).toBe('lead');
    expect(stage('浙江华远拟投3500万建厂，刚开始对接')).toBe('lead');
    expect(stage('合肥那个做门窗的老板想投八千万，我们才开始接洽')).toBe('lead');
    expect(stage('寧波華泰模塑投資2億的項目，本週首次溝通')).toBe('lead');
    expect(stage('那个冷链项目投资1.5亿，刚刚开始对接，还没谈条件')).toBe('lead');
  });

  it('keeps bare 對接 and 對接中 as talks, as the glossary has it', () => {
    expect(stage('华远新材料投资2亿元的项目目前在对接')).toBe('negotiating');
    expect(stage('華泰模塑投資3億元，目前處於對接階段')).toBe('negotiating');
    expect(stage('冷链物流园投资1.5亿，还在对接中')).toBe('negotiating');
  });

  it('lets a later stage outrank an early contact', () => {
    expect(stage('前期对接了半年，华远新材料2亿元的项目昨天正式签约')).toBe('signed');
  });
});
