import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 26: the industry kept as the report says it, without its praise, and read where it was missed. Made-up sentences. */
const today = '2026-12-06';
const industry = (text: string) => parseReport(text, { today }).industry;

describe('round 26: 傢俱 is furniture, written either way', () => {
  it.each([
    ['宁波恒达傢俱有限公司，年销售额两亿，有意回乡投资', '傢俱'],
    ['寧波恒達傢俱有限公司，年銷售額兩億，有意回鄉投資', '傢俱'],
    ['那个实木傢俱项目投资两个亿，下周签', '傢俱'],
    ['那個實木傢俱項目投資兩個億，下週簽', '傢俱'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 26: 某 points at an unnamed firm of a known trade', () => {
  it.each([
    ['温州某鞋材企业营收五亿，拟在高新区建新厂，用地四十亩', '鞋材'],
    ['溫州某鞋材企業營收五億，擬在高新區建新廠，用地四十畝', '鞋材'],
    ['懷化商會：某冷鏈物流企業意向投資8000萬元在鶴城區建設集配中心', '冷鏈物流'],
    // near-misses: a project 某 points at is most often another place's; parts alone are no trade
    ['兄弟城市厦门引进某物流项目50亿元（供参考）。我市：福州商会推荐的榕信纺织再生纤维项目正在洽谈', '纺织'],
    ['蘇州某精密部件公司投資2.5億元建汽車精密衝壓件項目', '汽車零部件'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 26: 高端 and 新型 before a known trade are praise, not the trade', () => {
  it.each([
    ['台商与蕉岭县签署《高端纸业项目投资协议》，总投资5.6亿元', '纸业'],
    ['台商與蕉嶺縣簽署《高端紙業項目投資協議》，總投資5.6億元', '紙業'],
    ['那家公司想在榆林做新型储能，投资七个亿，还在谈', '储能'],
    ['那家公司想在榆林做新型儲能，投資七個億，還在談', '儲能'],
    // near-misses: trades of their own (高端裝備製造, 新型建材) and 智能 trades are kept whole
    ['项目名称：高端装备制造基地，投资5亿元', '高端装备制造'],
    ['項目名稱：高端裝備製造基地，投資5億元', '高端裝備製造'],
    ['那个智能家居产业园项目投资五个亿，已经落地', '智能家居'],
    ['那個智能家居產業園項目投資五個億，已經落地', '智能家居'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 26: a surname and how he is addressed is the investor, not a trade', () => {
  it.each([
    ['喂 那个香港梁生的项目 总投资三个亿 在高新区 做医疗器械的', '医疗器械'],
    ['喂 那個香港梁生的項目 總投資三個億 在高新區 做醫療器械的', '醫療器械'],
    ['那个温州黄董的项目投资两亿，做眼镜的，还在谈', '眼镜'],
    ['那個溫州黃董的項目投資兩億，做眼鏡的，還在談', '眼鏡'],
    // near-misses: a trade that opens with a surname's character is still a trade
    ['南安那个石材厂投资八千万，已经签了', '石材'],
    ['南安那個石材廠投資八千萬，已經簽了', '石材'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 26: a bay, a port, a lake or a zone before a known trade is where it is', () => {
  it.each([
    ['胶州湾跨境电商产业园想来深圳办场推介会', '跨境电商'],
    ['膠州灣跨境電商產業園想來深圳辦場推介會', '跨境電商'],
    ['澄江那个抚仙湖康养项目签了意向书，投资15亿', '康养'],
    ['澄江那個撫仙湖康養項目簽了意向書，投資15億', '康養'],
    ['跟鹤岗谈的是煤矿塌陷区光伏项目，规模还没谈', '光伏'],
    ['跟鶴崗談的是煤礦塌陷區光伏項目，規模還沒談', '光伏'],
    // near-misses: a trade of its own (鹽湖化工, 港口物流) and a cold chain's stores are kept
    ['下周带老板们去看那个盐湖化工基地，一共五家企业', '盐湖化工'],
    ['下週帶老闆們去看那個鹽湖化工基地，一共五家企業', '鹽湖化工'],
    ['港资的维港冷链仓储中心今年已经投入使用，投资4500万元', '冷链物流'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 26: a resort hotel is a hotel', () => {
  it.each([
    ['港商拟投资港币8亿在湄洲岛建设度假酒店，已签意向协议', '酒店'],
    ['港商擬投資港幣8億在湄洲島建設度假酒店，已簽意向協議', '酒店'],
    // near-miss: only a hotel drops it; a resort's guesthouses are kept as said
    ['那个度假民宿项目投资三千万，已经开工', '度假民宿'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 26: the south-west 嘞 for 的 ends a trade', () => {
  it.each([
    ['缅甸那个做橡胶嘞吴老板，想在勐腊整个橡胶制品厂', '橡胶制品'],
    ['緬甸那個做橡膠嘞吳老闆，想在勐臘整個橡膠製品廠', '橡膠製品'],
    ['贵阳那个做辣椒酱嘞项目投资三千万，还在谈', '辣椒酱'],
    ['貴陽那個做辣椒醬嘞項目投資三千萬，還在談', '辣椒醬'],
    // near-miss: what the investor does now, said with 嘞, is not taken over the plant he will build
    ['上海做咖啡烘焙嘞张总想在思茅整个咖啡精深加工厂', '咖啡'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});
