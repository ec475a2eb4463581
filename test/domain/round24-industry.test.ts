import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 24: the trade writers give where the report says nothing of a firm's or a project's trade. Made-up sentences. */
const today = '2026-12-06';
const industry = (text: string) => parseReport(text, { today }).industry;

describe('round 24: the trade a report mentions', () => {
  it.each([
    ['北海嗰個水產加工今朝簽咗約，總投資八千萬', '水產加工'],
    ['北海那个水产加工今天签了约，总投资八千万', '水产加工'],
    ['港商的项目到底签了没？还没有，投资1.6亿，光伏支架。', '光伏'],
    ['港商的項目到底簽了沒？還沒有，投資1.6億，光伏支架。', '光伏'],
    ['那个陶瓷的投资是一点五亿，在顺义，现在在谈', '陶瓷'],
    ['下周带队去兰州新区考察，主要是化工新材料这块', '化工新材料'],
    ['下週帶隊去蘭州新區考察，主要是化工新材料這塊', '化工新材料'],
    ['項目是欽州的棕櫚油倉儲，投資2億', '棕櫚油倉儲'],
    // near-misses: a trade's park, an airport zone, a hotel where people meet, sectors a bulletin lists
    ['有个项目想落在夏邑食品产业园，投资六千万', null],
    ['他们想在郑州航空港区投个工厂，投资五个亿', null],
    ['下礼拜三在浦江大酒店开推介会，邀请了45家企业', null],
    ['下禮拜三在浦江大酒店開推介會，邀請了45家企業', null],
    ['政策涵盖新能源、新材料、生物医药等产业，欢迎投资', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 24: English trades in mixed text, in Chinese', () => {
  it.each([
    ['FYI，KL Logistics在梅县区的warehouse项目已经动工，total 1.5亿人民币', '物流'],
    ['Chao Phraya Rubber 和河口县 signed MOU 了，investment THB 800 million', '橡胶'],
    ['Chao Phraya Rubber 和河口縣 signed MOU 了，investment THB 800 million', '橡膠'],
    ['Jakarta 那个 nickel project，total capex USD 300 million，落在防城港', '镍'],
    ['LOI已签，台湾的鑫益在高新区做PCB，首期USD 15 million', 'PCB'],
    // near-misses: a report all in English keeps its trade in English; an English word that is no trade
    ['New lead: Delta Textiles will invest RMB 2.5bn in a dyeing plant', 'Textiles'],
    ['Feedback from 商会：王总说投资五千万，还在谈', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe("round 24: a project's product over the firm's broad sector", () => {
  it.each([
    ['成都正大食品拟在驻马店经开区投资5亿元建设肉食品加工项目，意向阶段', '肉食品加工'],
    ['成都正大食品擬在駐馬店經開區投資5億元建設肉食品加工項目，意向階段', '肉食品加工'],
    ['杭州绿源农业投资8000万元的浚县小麦深加工项目已开工', '小麦深加工'],
    ['吉隆坡的丰源食品拟在钦州投资3亿元建榴莲加工厂', '榴莲加工'],
    // near-misses: a project that names only a place, a firm whose sector is its only trade
    ['佢哋恒昌食品想喺上海金山起廠，投資大約1.8億', '食品'],
    ['梅州兴发食品在上海青浦的项目已签约，计划总投资4亿', '食品'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 24: a known trade before its product, and words that end no trade', () => {
  it.each([
    ['李总说他们想在梅县区投两亿六做光伏支架，现在还在谈', '光伏'],
    ['李總說他們想在梅縣區投兩億六做光伏支架，現在還在談', '光伏'],
    ['徐总讲，伊拉公司想到河口搞只跨境电商产业园，投资额大概五个亿', '跨境电商'],
    // near-misses: a run of trades, a short tail, a processing are the trade as written
    ['港商计划投资3亿建设冷链物流园，已签约', '冷链物流'],
    ['是杭州的农夫果园做果蔬汁，在莒县经开区，还在谈价格', '果蔬汁'],
    ['馬來西亞商會推薦的欽州港糧油加工項目今日開工，總投資5億元', '糧油加工'],
    ['台资企业裕隆精密增资扩产项目的情况通报', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});
