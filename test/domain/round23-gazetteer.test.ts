import { describe, expect, it } from 'vitest';
import { COUNTY_PLACES } from '../../src/domain/county-places.ts';
import { domesticPlaceLength, isOnlyPlace, leadingPlaceLength } from '../../src/domain/place-names.ts';
import { parseReport } from '../../src/domain/report-parser.ts';
import { foldText } from '../../src/domain/script.ts';

/** Round 23: every county-level place of China (@vant/area-data), said alone. Made-up sentences, each in both scripts. */
const today = '2026-12-06';
const location = (text: string) => parseReport(text, { today }).location;
/** The place of China read at the start of folded `text`. */
const placeAt = (text: string) => {
  const folded = foldText(text);
  return folded.slice(0, domesticPlaceLength(folded, 0));
};

describe('round 23: the gazetteer built from the package', () => {
  it('holds the full names and their short forms', () => {
    for (const name of ['平远县', '蔡甸区', '东西湖区', '峨边彝族自治县', '恩施土家族苗族自治州', '沛县', '伊金霍洛旗']) {
      expect(COUNTY_PLACES.full).toContain(name);
    }
    for (const name of ['平远', '蔡甸', '东西湖', '峨边', '长阳', '双江', '莫力达瓦', '管城', '井陉', '神农架']) {
      expect(COUNTY_PLACES.short).toContain(name);
    }
  });

  it('leaves out zones, townships, the districts named by kind, and places outside the mainland', () => {
    for (const name of ['城区', '郊区', '矿区', '东区', '苏州工业园区', '虎门镇', '三乡镇', '新城区', '仁爱乡', '中西区']) {
      expect(COUNTY_PLACES.full).not.toContain(name);
    }
  });

  it('leaves out short forms that are words, brands or names', () => {
    const words =
      '朝阳 和平 城关 新华 鼓楼 长安 中山 金山 开发 高新 新区 市中 郊区 城区 矿区 白云 东方 光明 永安 青山 西湖 南山 宝山 普陀 江北 城中 新城 红旗 大方 方正 公安 太湖 通道';
    for (const word of [...words.split(' '), '合作', '资源', '温泉', '比如', '延长', '建华', '滨江', '城东', '个旧', '从化']) {
      expect(COUNTY_PLACES.short).not.toContain(word);
    }
  });
});

describe('round 23: domesticPlaceLength knows every county', () => {
  it.each([
    ['蔡甸区的厂', '蔡甸区'],
    ['蔡甸區的廠', '蔡甸区'],
    ['东西湖那个项目', '东西湖'],
    ['東西湖那個項目', '东西湖'],
    ['峨边彝族自治县', '峨边彝族自治县'],
    ['峨邊彝族自治縣', '峨边彝族自治县'],
    ['沛县工业园', '沛县'],
    ['沛縣工業園', '沛县'],
    ['平远的工厂', '平远'],
    ['平遠的工廠', '平远'],
  ])('%s opens with %s', (text, place) => {
    expect(placeAt(text)).toBe(place);
  });

  it.each([
    // a short form inside a longer word: 投资|兴建, 商会|理事, 目|前进, 双|方正, 黑|龙江, 我市|北区
    ['项目投资兴建中', 4],
    ['項目投資興建中', 4],
    ['商会理事会', 1],
    ['商會理事會', 1],
    ['我市北区电气产业园', 1],
    ['我市北區電氣產業園', 1],
    ['湖南县域经济', 1],
  ])('%s: no gazetteer place at %i', (text, at) => {
    expect(domesticPlaceLength(foldText(text), at)).toBe(0);
  });

  it.each([
    // a township, mountain or river named after the county is not the county
    ['双河镇'],
    ['賀蘭山'],
    ['钱塘江'],
  ])('%s is not its county', (text) => {
    expect(domesticPlaceLength(foldText(text), 0)).toBe(0);
  });

  it('takes a county after its city (城市+区名)', () => {
    const text = foldText('武漢蔡甸的物流園');
    expect(domesticPlaceLength(text, 2)).toBe(2);
  });

  it('does not strip a county from a company name (the hand lists keep that job)', () => {
    for (const name of ['平远华泰科技', '蔡甸鑫源物流', '金山软件', '长安汽车']) {
      expect(leadingPlaceLength(name, 0, name.length)).toBe(0);
    }
    expect(isOnlyPlace('平远')).toBe(false);
  });
});

describe('round 23: a county said alone is the location', () => {
  it.each([
    // Guangdong, Hubei, Sichuan, Tianjin, Chongqing, Yunnan, Qinghai, Hebei, Heilongjiang, Xinjiang
    ['平远那个稀土深加工项目，投资两亿，还在谈。', '平远'],
    ['平遠那個稀土深加工項目，投資兩億，還在談。', '平遠'],
    ['李总打算在蔡甸建个冷库，投资八千万。', '蔡甸'],
    ['李總打算在蔡甸建個冷庫，投資八千萬。', '蔡甸'],
    ['他们想去峨边建厂，投资一点五亿，还在谈。', '峨边'],
    ['他們想去峨邊建廠，投資一點五億，還在談。', '峨邊'],
    ['宁河的冷链项目下个月投产，投资三亿。', '宁河'],
    ['寧河的冷鏈項目下個月投產，投資三億。', '寧河'],
    ['綦江那个物流园项目已经签约，投资四亿。', '綦江'],
    ['綦江那個物流園項目已經簽約，投資四億。', '綦江'],
    ['准备回弥渡扩产，投资六千万，意向阶段。', '弥渡'],
    ['準備回彌渡擴產，投資六千萬，意向階段。', '彌渡'],
    ['老板说有兴趣在互助县建新厂，投资还没谈。', '互助县'],
    ['老闆說有興趣在互助縣建新廠，投資還沒談。', '互助縣'],
    ['涞水那个康养项目投了一个多亿，已经动工。', '涞水'],
    ['淶水那個康養項目投了一個多億，已經動工。', '淶水'],
    ['穆棱的木材加工项目签了，投资九千万。', '穆棱'],
    ['穆棱的木材加工項目簽了，投資九千萬。', '穆棱'],
    ['之前报的莎车红枣项目，投资额调整为七千万。', '莎车'],
    ['之前報的莎車紅棗項目，投資額調整為七千萬。', '莎車'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // a city and its county said together (城市+区名)
    ['刚才那条衡阳祁东的黄花菜项目还在谈，投资五千万。', '衡阳祁东'],
    ['剛才那條衡陽祁東的黃花菜項目還在談，投資五千萬。', '衡陽祁東'],
    ['上次报的韶关乳源那个水电项目，其实已经签了。', '韶关乳源'],
    ['上次報的韶關乳源那個水電項目，其實已經簽了。', '韶關乳源'],
  ])('%s → %s', (text, place) => {
    expect(location(text)).toBe(place);
  });

  it.each([
    // the stoplist's words where they are no place: 朝阳产业, 和平共处, 长安汽车, 双方正在, 投资兴建, 资源回收, 合作协议
    ['光伏是朝阳产业，投资前景看好，大家多关注。'],
    ['光伏是朝陽產業，投資前景看好，大家多關注。'],
    ['两家企业和平共处多年，这次准备一起投资。'],
    ['兩家企業和平共處多年，這次準備一起投資。'],
    ['长安汽车的配套商想扩产，投资还没定。'],
    ['長安汽車的配套商想擴產，投資還沒定。'],
    ['双方正在磋商合作协议，投资额待定。'],
    ['雙方正在磋商合作協議，投資額待定。'],
    ['再生资源回收项目投资兴建中，预计明年投产。'],
    ['再生資源回收項目投資興建中，預計明年投產。'],
    ['商会理事会明天开会，讨论温泉酒店的事。'],
    ['商會理事會明天開會，討論溫泉酒店的事。'],
  ])('%s reads no place', (text) => {
    expect(location(text)).toBeNull();
  });
});
