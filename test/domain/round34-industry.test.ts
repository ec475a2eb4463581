import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const industry = (text: string) => parseReport(text, { today }).industry;

describe('round 34: industry — an English product before 工廠', () => {
  it('reads the product said in English right before the plant', () => {
    expect(industry('听说德国的 Weber Technik 想在嘉善建个 gear box 工厂，预算大约 RMB 80 million，还在谈。')).toBe('gear box');
    expect(industry('聽說德國的 Weber Technik 想在嘉善建個 gear box 工廠，預算大約 RMB 80 million，還在談。')).toBe('gear box');
  });

  it('reads nothing from words that name no product (a new plant, the land)', () => {
    expect(industry('听说德国的 Weber Technik 想在嘉善建个 new 工厂，预算大约 RMB 80 million，还在谈。')).toBeNull();
    expect(industry('聽說德國的 Weber Technik 想在嘉善建個 new 工廠，預算大約 RMB 80 million，還在談。')).toBeNull();
  });

  it('leaves a Chinese trade said of the plant first (做五金的 … 工廠)', () => {
    expect(industry('宁波做五金的陈总想在衢州建个 hinge 工厂，投资五千万。')).toBe('五金');
    expect(industry('寧波做五金的陳總想在衢州建個 hinge 工廠，投資五千萬。')).toBe('五金');
  });
});

describe('round 34: industry — the material a new-materials firm’s project names', () => {
  it('reads the material of up to five characters before the facility', () => {
    expect(industry('苏州华宁新材料有限公司拟在宿迁投资2亿元建设年产1万吨聚氨酯泡沫项目，目前在谈。')).toBe('聚氨酯泡沫');
    expect(industry('蘇州華寧新材料有限公司擬在宿遷投資2億元建設年產1萬噸聚氨酯泡沫項目，目前在談。')).toBe('聚氨酯泡沫');
    expect(industry('杭州恒泰新材料计划在衢州建碳纤维板项目，投资1.5亿，已签约。')).toBe('碳纤维板');
    expect(industry('杭州恆泰新材料計劃在衢州建碳纖維板項目，投資1.5億，已簽約。')).toBe('碳纖維板');
  });

  it('keeps the class where the phrase holds a grade or a use besides the material, or no project is named', () => {
    expect(industry('苏州华宁新材料有限公司拟在宿迁建设年产1万吨光学级聚酯薄膜项目，目前在谈。')).toBe('新材料');
    expect(industry('蘇州華寧新材料有限公司擬在宿遷建設年產1萬噸光學級聚酯薄膜項目，目前在談。')).toBe('新材料');
    expect(industry('苏州华宁新材料的老板下周来宿迁看地，投资还没定。')).toBe('新材料');
    expect(industry('蘇州華寧新材料的老闆下週來宿遷看地，投資還沒定。')).toBe('新材料');
  });
});
