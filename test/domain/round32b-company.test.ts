import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const company = (text: string) => parseReport(text, { today }).company;

describe('round 32b: company', () => {
  it('reads a Latin name after what the firm makes, said with Cantonese 嘅', () => {
    expect(company('聽講瑞典嗰間做軸承嘅 Nordlager 下個月會嚟睇廠房')).toBe('Nordlager');
    expect(company('听讲瑞典嗰间做轴承嘅 Nordlager 下个月会嚟睇厂房')).toBe('Nordlager');
    // Near-miss: one plain word with nothing pointing at a firm is a person's.
    expect(company('佢個朋友做外貿嘅 Tony，下個月會嚟睇廠房')).toBeNull();
  });

  it('reads whose the project is from a clause of a place, a brand and 的', () => {
    expect(company('龙泉那个竹筷厂上个月投产了，杭州竹韵的，总投资六千万')).toBe('竹韵');
    expect(company('龍泉那個竹筷廠上個月投產了，杭州竹韻的，總投資六千萬')).toBe('竹韻');
    // Near-misses: a district after its city, a person and a side are not a firm's.
    expect(company('今年新对接的是一个做茶叶的老板，上海松江的，投资额还没定')).toBeNull();
    expect(company('龍泉那個竹筷廠上個月投產了，杭州張總的，總投資六千萬')).toBeNull();
  });

  it('reads a firm said with its home place right before 投 and its sum', () => {
    expect(company('龙泉竹木产业园，宁波竹韵投六千万，已经开工')).toBe('竹韵');
    expect(company('龍泉竹木產業園，寧波竹韻投六千萬，已經開工')).toBe('竹韻');
    // Near-misses: a tally and a place where the money goes are not a firm; nor is a count after 投.
    expect(company('龙泉竹木产业园，浙江累计投六千万，已经开工')).toBeNull();
    expect(company('龍泉竹木產業園，在麗水市松陽投一家竹筷廠')).toBeNull();
  });

  it('reads 羽絨 and 無人機 as trades that end a firm’s name', () => {
    expect(company('之前说的杭州天鹰无人机那个，签了没？签了，上周签的，投资3亿')).toBe('天鹰无人机');
    expect(company('首期引進寧波雪峰羽絨，投資8000萬，已簽約')).toBe('雪峰羽絨');
    // Near-miss: the product of a park or a row is no firm.
    expect(company('六安羽绒产业园今年投产两个项目，总投资5亿')).toBeNull();
  });

  it('reads no Chinese name given to a contact after a pause as the firm', () => {
    expect(company('荷兰 BlueDyke Foods 的对接人是 Jan Visser，中文名叫魏杨，他们想在南通投资1亿')).toBe('BlueDyke Foods');
    expect(company('荷蘭 BlueDyke Foods 嘅對接人係 Jan Visser 先生，中文名魏楊，佢哋想喺南通投資1億')).toBe('BlueDyke Foods');
    // Near-miss: the Chinese name given to a firm after a pause is still its name.
    expect(company('德资企业 Brandt Hydraulik，中文名叫布兰特液压，计划在经开区投资 EUR 3000万')).toBe('布兰特液压');
  });
});
