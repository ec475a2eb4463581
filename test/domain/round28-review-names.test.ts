import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Review of round 28: company, project and the names they hold. Made-up sentences. */
const today = '2026-12-07';
const parsed = (text: string) => parseReport(text, { today });

describe('round 28 review: English words before 項目', () => {
  it('keeps a name in quotes before 項目 over English words said later', () => {
    expect(parsed('「绿色校园」项目，就是他们的 net-zero 项目，投资2亿').project).toBe('绿色校园');
    expect(parsed('「綠色校園」項目，就是他們的 net-zero 項目，投資2億').project).toBe('綠色校園');
    // Near-miss: with no name in quotes the English words are the project.
    expect(parsed('他们的 net-zero 项目，投资2亿').project).toBe('net-zero');
    expect(parsed('他們的 net-zero 項目，投資2億').project).toBe('net-zero');
  });

  it.each([
    '聊了他们的 phase two 项目',
    '聊了他們的 phase two 項目',
    '谈了个 big 项目',
    '談了個 big 項目',
    '聊了我们的 annual 项目',
    '聊了我們的 annual 項目',
    '他们的 land 项目',
    '他們的 land 項目',
    '他们的 cross border 项目',
    '他們的 cross border 項目',
    'the follow up project',
    'their headquarters project',
  ])('reads no project from words naming nothing built: %s', (text) => {
    expect(parsed(text).project).toBeNull();
  });

  it('still reads a product that opens with such a word', () => {
    expect(parsed('他们的 big data 项目，投资2亿').project).toBe('big data');
    expect(parsed('他們的 big data 項目，投資2億').project).toBe('big data');
    expect(parsed('那個 EV motor 項目，投资2亿').project).toBe('EV motor');
  });

  it('reads no English project from 項目對接會, an event held', () => {
    expect(parsed('商会组织了一个 matchmaking 项目对接会，来了20家企业').project).not.toBe('matchmaking');
    expect(parsed('商會組織了一個 matchmaking 項目對接會，來了20家企業').project).not.toBe('matchmaking');
    // Near-miss: 項目 followed by what is built, not an event.
    expect(parsed('他们的 wood pellet 项目会在明年投产').project).toBe('wood pellet');
    expect(parsed('他們的 wood pellet 項目會在明年投產').project).toBe('wood pellet');
  });
});

describe('round 28 review: a brand before 文旅 or 氫能', () => {
  it('reads 全域, 綠電 as an industry qualifier, and a trade or a bare product left as no project of its own', () => {
    expect(parsed('全域文旅康养项目，投资3亿，已签约').project).toBe('全域文旅康养');
    expect(parsed('全域文旅康養項目，投資3億，已簽約').project).toBe('全域文旅康養');
    expect(parsed('全域文旅康養項目，投資3億，已簽約').company).toBeNull();
    expect(parsed('绿电氢能装备项目，投资3亿').project).toBe('绿电氢能装备');
    expect(parsed('綠電氫能裝備項目，投資3億').project).toBe('綠電氫能裝備');
    // Near-miss: a brand before 文旅 and a facility of its own.
    expect(parsed('大连星海文旅滨海度假区项目签约，投资6.5亿元').company).toBe('星海文旅');
    expect(parsed('大連星海文旅濱海度假區項目簽約，投資6.5億元').project).toBe('濱海度假區');
  });
});

describe('round 28 review: a county opening a product', () => {
  it('reads the county as where the project is, not as a company', () => {
    const simplified = parsed('平远稀土深加工项目，投资3亿，已签约');
    expect(simplified.project).toBe('稀土深加工');
    expect(simplified.company).toBeNull();
    expect(simplified.location).toBe('平远');
    const traditional = parsed('平遠稀土深加工項目，投資3億，已簽約');
    expect(traditional.company).toBeNull();
    expect(traditional.location).toBe('平遠');
    // Near-miss: a firm's 業 after a place is its brand.
    expect(parsed('報送的晉中藥業中藥提取項目，投資2億').company).toBe('晉中藥業');
    expect(parsed('报送的晋中药业中药提取项目，投资2亿').company).toBe('晋中药业');
  });
});

describe('round 28 review: 和 opening a place', () => {
  it('reads the company past a county whose name opens with 和', () => {
    expect(parsed('我们同和林格尔蒙牛乳业签约').company).toBe('蒙牛乳业');
    expect(parsed('我們同和林格爾蒙牛乳業簽約').company).toBe('蒙牛乳業');
    // Near-miss: 和 opening a brand, not a place.
    expect(parsed('我们同和盛铝业签约').company).toBe('和盛铝业');
    expect(parsed('我們同和盛鋁業簽約').company).toBe('和盛鋁業');
  });
});

describe('round 28 review: a row a county heads', () => {
  it('reads no company from a cell an industry fills', () => {
    expect(parsed('东兴：跨境电商，投资8000万元').company).toBeNull();
    expect(parsed('東興：跨境電商，投資8000萬元').company).toBeNull();
    // Near-miss: a brand and its trade fill the cell.
    expect(parsed('怀宁：邦泰食品，已投产').company).toBe('邦泰食品');
    expect(parsed('懷寧：邦泰食品，已投產').company).toBe('邦泰食品');
  });
});
