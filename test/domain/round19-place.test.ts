import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 19 (sets BJ-BM): a county named right after its city, in any province; a place that ends before 已經. Made-up sentences. */
const today = '2026-12-06';
const parse = (text: string) => parseReport(text, { today });
const location = (text: string) => parse(text).location;

describe('round 19: a city and its county said together, no preposition between', () => {
  it.each([
    ['赣州市于都县纺织服装产业园项目本月开工，总投资3亿元', '赣州市于都县'],
    ['與南充市順慶區簽訂電子元件項目合作協議，投資2億元', '南充市順慶區'],
    ['商会组织企业赴宜宾叙州区考察，共9家企业参加', '宜宾叙州区'],
    ['邵陽市隆回縣的中藥材加工項目已經簽約，總投資1.2億元', '邵陽市隆回縣'],
    ['曲靖市麒麟區的鋁材深加工項目已投產，投資4億元', '曲靖市麒麟區'],
    ['會員企業赴遵義播州區實地考察，共15家企業', '遵義播州區'],
    ['恩施州来凤县的茶叶项目签约了，投资八千万', '恩施州来凤县'],
    ['滄州獻縣的管件項目投產了，投資6000萬', '滄州獻縣'],
    ['廈門市同安區的食品項目已簽約，投資1億', '廈門市同安區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it('reads the zone a county names after itself as part of the place', () => {
    expect(location('项目位于德阳市旌阳区经济开发区，投资5000万，已开工')).toBe('德阳市旌阳区经济开发区');
    expect(location('新建電機項目已於本月投產，總投資1.6億元，位於寧陽縣經濟開發區。')).toBe('寧陽縣經濟開發區');
  });

  it('keeps the project or company that follows out of the place', () => {
    const report = parse('吉安市永丰县竹木加工产业园项目已于本周正式投产，总投资1.5亿元');
    expect(report.location).toBe('吉安市永丰县');
    expect(report.project).toBe('竹木加工产业园');
  });

  it.each([
    // near-misses: a company's seat, an office's address, where money went before, a market, a zone already whole
    ['深圳市南山区的迅达电子有限公司拟投资2亿元建设电池项目', null],
    ['商会办公室搬迁至成都市武侯区天府大道', null],
    ['佛山市顺德区美的集团老板来考察，投资10亿', null],
    ['之前在绵阳市涪城区投了5亿，这次想在我市建二期', null],
    ['项目落在高新区——说错了 是落在临港工业区 高新区是他们原来看的 投资3亿 已签约', '临港工业区'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 19: a place after 在 ends before 已經 and the verb', () => {
  it.each([
    ['那个物流园在柳州已经开工了，投资两个亿', '柳州'],
    ['項目在綿竹已經投產了，投資1億', '綿竹'],
    ['他们的配套项目在蒲江县已经落地了，占地八十亩', '蒲江县'],
    ['那個冷鏈項目在清鎮已簽約，投資3000萬', '清鎮'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 19: a county gone back or gone to (回, 去, Hunan 克, 落戶), or its government talked with (跟…縣裡)', () => {
  it.each([
    ['青島那個做輪胎的劉總，想回咱莒縣投個廠子，兩個億，還在琢磨', '莒縣'],
    ['廊坊那边的王老板打算回俺们固安县建个仓库，三千万', '固安县'],
    ['我们下礼拜克那个攸县看地，投资两个亿', '攸县'],
    ['老闆說有興趣去湟中區建新廠，投資的事還沒談', '湟中區'],
    ['夜来跟沁水县里谈了一后晌，五千万，地还在选', '沁水县'],
    ['昨天同寶坻區裡對接了一下，冷庫項目八千萬', '寶坻區'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // near-misses: home's county town, a kind of district, a place name holding 克, a weight
    ['他们想回老家县城投资，还没定', null],
    ['大家下午回城区看看，明天再谈', null],
    ['三、線索：阿克蘇紅旗坡果業有限公司有意在我市綜合保稅區建廠', '綜合保稅區'],
    ['王总回小区拿了资料，下午再谈', null],
    ['跟两个区里对接了一下，还没定', null],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 19: a city and a county of two characters the lists do not hold, pointed at or gone to', () => {
  it.each([
    ['衡陽耒陽那個水泥項目簽噠，投資3億，是廣東建華集團投的', '衡陽耒陽'],
    ['咸宁嘉鱼那个光伏支架厂投产了，武汉华晟科技投的，总投资1.5亿', '咸宁嘉鱼'],
    ['懷化芷江那個機場物流項目，長沙順達物流有意向投，初步講六千萬', '懷化芷江'],
    ['上饶婺源的茶叶加工项目签了，老板姓程，程总说明年开工', '上饶婺源'],
    ['今天帶他們去了吉安永豐，看了兩塊地，大概要80畝', '吉安永豐'],
    ['Roadshow 昨天在株洲攸縣，12 companies attended', '株洲攸縣'],
    ['上週我們組織15家企業克常德考察，看了幾個園區', '常德'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // near-misses: a company that opens with its city, a trade, a chamber, a person
    ['沧州明珠那个薄膜项目现在已经开工了，投资三点五个亿', null],
    ['常州光伏那个项目签了，投资两亿', null],
    ['株洲王总那个项目投产了，投资八千万', null],
    ['温州商会那个鞋业项目还在谈', null],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

describe('round 19: a city pointed at in a message sent before (剛才發的…那個項目)', () => {
  it.each([
    ['更正：刚才发的襄阳那个项目投资不是2亿，是2.5亿，其他不变', '襄阳'],
    ['更正：剛才發的遵義那個項目投資額不是5億，是5.6億，其他不變', '遵義'],
    ['上午报的常德那个项目，联系人写错了，是李总，电话13907361234', '常德'],
    ['之前報的韶關那個項目已經開工了，投資1.2億', '韶關'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // near-misses: a company's seat (那家), a place the investor comes from
    ['刚才发的深圳那个老板说要来我们这儿建厂，投一个亿', null],
    ['東莞那家做模具的公司想投兩個億，還在談', null],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});
