import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const location = (text: string) => parseReport(text, { today }).location;

describe('round 34: location', () => {
  it('reads a county whose name is a word as often where a lead is placed in it', () => {
    expect(location('福建的鑫茂食品打算在南城建个冷库，投资6000万，还在谈')).toBe('南城');
    expect(location('福建的鑫茂食品打算在南城建個冷庫，投資6000萬，還在談')).toBe('南城');
    expect(location('浙江一家做板材的企业下个月来龙江考察，想投八千万')).toBe('龙江');
    expect(location('浙江一家做板材的企業下個月來龍江考察，想投八千萬')).toBe('龍江');
    // Near-misses: 實在 is no placement, and a name running on into a word (長壽麵館) is that word.
    expect(location('他们这家实在安宁，那个3000万的项目还在谈')).not.toBe('安宁');
    expect(location('他們這家實在安寧，那個3000萬的項目還在談')).not.toBe('安寧');
    expect(location('在长寿面馆吃了饭，聊了个5000万的项目')).not.toBe('长寿');
    expect(location('在長壽麵館吃了飯，聊了個5000萬的項目')).not.toBe('長壽');
  });

  it('reads such a county as a terse row’s cell', () => {
    expect(location('长寿 精细化工 3亿 洽谈')).toBe('长寿');
    expect(location('長壽 精細化工 3億 洽談')).toBe('長壽');
    expect(location('德国Keller 长寿 精细化工 3亿 洽谈')).toBe('长寿');
    expect(location('德國Keller 長壽 精細化工 3億 洽談')).toBe('長壽');
    // Near-miss: spoken words split by spaces are no row's cells.
    expect(location('嗯 他们 看了 港口 跟 那个 冷库 投资 两千万')).not.toBe('港口');
    expect(location('嗯 他們 看了 港口 跟 那個 冷庫 投資 兩千萬')).not.toBe('港口');
  });
});
