import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const read = (text: string) => parseReport(text, { today });
const company = (text: string) => read(text).company;
const project = (text: string) => read(text).project;

describe('round 29 review: names', () => {
  it('takes no speaking person after a firm and 的 for the firm (BrightWave 的 David Chen 說)', () => {
    expect(company('BrightWave 的 David Chen 说他们想在肥东投资建电池厂')).toBe('BrightWave');
    expect(company('BrightWave 的 David Chen 說他們想在肥東投資建電池廠')).toBe('BrightWave');
    expect(company('BrightWave 的 David Chen 总说他们想在肥东投资建电池厂')).toBe('BrightWave');
    expect(company('BrightWave 的 David Chen 總說他們想在肥東投資建電池廠')).toBe('BrightWave');
    // Near-misses: a place and 的 before a firm still say where it is from.
    expect(company('Sydney 的 Harbour Capital 有 interest 投资温州 Ouhai 的 elderly care project')).toBe('Harbour Capital');
    expect(company('Sydney 的 Harbour Capital 有 interest 投資溫州 Ouhai 的 elderly care project')).toBe('Harbour Capital');
    expect(company('Barossa Valley 的 Kingsley Wines 派人来谈酒庄项目')).toBe('Kingsley Wines');
    expect(company('Barossa Valley 的 Kingsley Wines 派人來談酒莊項目')).toBe('Kingsley Wines');
  });

  it('takes no given name before 在…做 alone for a firm (我們的 Tony 在深圳做外貿)', () => {
    expect(company('我们的 Tony 在深圳做了十年外贸')).toBeNull();
    expect(company('我們的 Tony 在深圳做了十年外貿')).toBeNull();
    expect(company('老乡 Tony 在深圳做外贸，想回赣州建个工厂')).toBeNull();
    expect(company('老鄉 Tony 在深圳做外貿，想回贛州建個工廠')).toBeNull();
    expect(company('老乡 Tony 在深圳做外贸,想回赣州建个工厂')).toBeNull();
    expect(company('老鄉 Tony 在深圳做外貿,想回贛州建個工廠')).toBeNull();
    // Near-misses: a firm-like name (two words, a capital inside) is still the subject.
    expect(company('Loxley Data 在南康做家具，想扩产')).toBe('Loxley Data');
    expect(company('Loxley Data 在南康做傢具，想擴產')).toBe('Loxley Data');
    expect(company('HuiSun 在肥东建电池厂')).toBe('HuiSun');
    expect(company('HuiSun 在肥東建電池廠')).toBe('HuiSun');
  });

  it('reads 華南, 華東 as quarters, not a brand (華南生物疫苗)', () => {
    expect(company('华南生物疫苗项目已签约')).toBeNull();
    expect(company('華南生物疫苗項目已簽約')).toBeNull();
    expect(project('华南生物疫苗项目已签约')).toBe('华南生物疫苗');
    expect(project('華南生物疫苗項目已簽約')).toBe('華南生物疫苗');
    expect(company('华东新能源汽车零部件项目在洽谈')).toBeNull();
    expect(company('華東新能源汽車零部件項目在洽談')).toBeNull();
    expect(read('华东新能源汽车零部件项目在洽谈').industry).toBe('新能源汽车零部件');
    expect(read('華東新能源汽車零部件項目在洽談').industry).toBe('新能源汽車零部件');
    // Near-miss: a province's one-character name and a quarter is still a brand.
    expect(company('湘北生物疫苗项目已签约')).toBe('湘北生物');
    expect(company('湘北生物疫苗項目已簽約')).toBe('湘北生物');
  });

  it('keeps the place of a named facility (大興機場, 南沙大橋)', () => {
    expect(project('大兴机场项目今天签约')).toBe('大兴机场');
    expect(project('大興機場項目今天簽約')).toBe('大興機場');
    expect(project('南沙大桥项目开工')).toBe('南沙大桥');
    expect(project('南沙大橋項目開工')).toBe('南沙大橋');
    // Near-misses: a product of two characters still drops the county (當陽|光纖).
    expect(project('当阳光纤项目签约')).toBe('光纤');
    expect(project('當陽光纖項目簽約')).toBe('光纖');
  });

  it('joins two places by a full-width dash too (中國－東盟)', () => {
    expect(project('拟投资4.5亿元建设中国－东盟跨境冷链物流中心项目')).toBe('中国－东盟跨境冷链物流中心');
    expect(project('擬投資4.5億元建設中國－東盟跨境冷鏈物流中心項目')).toBe('中國－東盟跨境冷鏈物流中心');
    expect(project('拟投资建设西南—东南多式联运分拨中心项目')).toBe('西南—东南多式联运分拨中心');
    expect(project('擬投資建設西南—東南多式聯運分撥中心項目')).toBe('西南—東南多式聯運分撥中心');
  });
});
