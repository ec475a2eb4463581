import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const project = (text: string) => parseReport(text, { today }).project;

describe('round 26: project', () => {
  it('drops a county said after its city or province before the name', () => {
    expect(project('大理宾川葡萄酒庄项目，投资1.5亿，已签约。')).toBe('葡萄酒庄');
    expect(project('大理賓川葡萄酒莊項目，投資1.5億，已簽約。')).toBe('葡萄酒莊');
    expect(project('邵阳隆回金银花深加工项目，投资8000万，在谈。')).toBe('金银花深加工');
    expect(project('邵陽隆回金銀花深加工項目，投資8000萬，在談。')).toBe('金銀花深加工');
    expect(project('湖南隆回金银花深加工项目已开工')).toBe('金银花深加工');
    expect(project('湖南隆回金銀花深加工項目已開工')).toBe('金銀花深加工');
    // Near-misses: a county's short name alone opens its products' names.
    expect(project('隆回金银花深加工项目，投资8000万，在谈。')).toBe('隆回金银花深加工');
    expect(project('隆回金銀花深加工項目，投資8000萬，在談。')).toBe('隆回金銀花深加工');
    // 大理宾川|酒庄: a county and two characters are a firm's name or a place's facility, not an address.
    expect(project('大理宾川酒庄项目，投资1.5亿，已签约。')).toBe('宾川酒庄');
    expect(project('大理賓川酒莊項目，投資1.5億，已簽約。')).toBe('賓川酒莊');
    expect(project('广元昭化古城民宿项目，投资1200万，已开业。')).toBe('昭化古城民宿');
    expect(project('廣元昭化古城民宿項目，投資1200萬，已開業。')).toBe('昭化古城民宿');
  });
});
