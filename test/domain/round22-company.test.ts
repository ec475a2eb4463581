import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const company = (text: string) => parseReport(text, { today }).company;

describe('round 22: company', () => {
  it('drops the speech before a name: whom one went with or met, who said it, "that" and "the other side"', () => {
    expect(company('前天我陪华盛食品的王总去仙桃看了地，投资两个亿，还在谈')).toBe('华盛食品');
    expect(company('前天我陪華盛食品的王總去仙桃看了地，投資兩個億，還在談')).toBe('華盛食品');
    expect(company('上周见着宏远机械的李总了，人家想在寿光建个配件厂，投资一个亿')).toBe('宏远机械');
    expect(company('上週見著宏遠機械的李總了，人家想在壽光建個配件廠，投資一個億')).toBe('宏遠機械');
    expect(company('昨晚酒席上碰到苏州嘉利电子的老板，他对开发区有兴趣')).toBe('嘉利电子');
    expect(company('昨晚酒席上碰到蘇州嘉利電子的老闆，他對開發區有興趣')).toBe('嘉利電子');
    expect(company('前两天谁说金禾农机投产了？人家才签完合同，投资5000万')).toBe('金禾农机');
    expect(company('前兩天誰說金禾農機投產了？人家才簽完合同，投資5000萬')).toBe('金禾農機');
    expect(company('兀那太原晋丰农业在祁县的项目还在谈，投资8000万')).toBe('晋丰农业');
    expect(company('兀那太原晉豐農業在祁縣的項目還在談，投資8000萬')).toBe('晉豐農業');
    expect(company('光伏支架那个项目，对方厦门华阳科技，投资1.5亿，已签')).toBe('华阳科技');
    expect(company('光伏支架那個項目，對方廈門華陽科技，投資1.5億，已簽')).toBe('華陽科技');
  });

  it('keeps a name that these words do not stand before', () => {
    expect(company('昨天陪同考察的有几家企业，对方对地块比较满意')).toBeNull();
    expect(company('昨天陪同考察的有幾家企業，對方對地塊比較滿意')).toBeNull();
  });
});
