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
    // near-misses: a trade's park, an airport zone, a hotel where people meet, sectors a bulletin lists, an association,
    // a town's fame, what a firm sold before
    ['有个项目想落在夏邑食品产业园，投资六千万', null],
    ['他们想在郑州航空港区投个工厂，投资五个亿', null],
    ['下礼拜三在浦江大酒店开推介会，邀请了45家企业', null],
    ['下禮拜三在浦江大酒店開推介會，邀請了45家企業', null],
    ['政策涵盖新能源、新材料、生物医药等产业，欢迎投资', null],
    ['光伏行業協會來考察，帶了十家企業', null],
    ['他老家是汽配之乡瑞安，投资一亿', null],
    ['该公司去年光伏组件销售额20亿，今年想来投资', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 24: English trades said in mixed text, in Chinese', () => {
  it.each([
    ['FYI，那边介绍的case在梅县区做logistics，total 1.5亿人民币', '物流'],
    ['Wahaha的那个beverage plant in 新郑 is the biggest，投资3亿', '饮料'],
    ['Chao Phraya Rubber 和河口县 signed MOU 了，investment THB 800 million', '橡胶'],
    ['Chao Phraya Rubber 和河口縣 signed MOU 了，investment THB 800 million', '橡膠'],
    ['Jakarta 那个 nickel project，total capex USD 300 million，落在防城港', '镍'],
    ['LOI已签，台湾的鑫益在高新区做PCB，首期USD 15 million', 'PCB'],
    // near-misses: a firm's English name keeps its trade as written; a report all in English; no trade at all
    ['德國 Kessler Hardware 公司計劃投資 2000萬歐元', '五金'],
    ["The chamber's textile committee met on Monday", null],
    ['Feedback from 商会：王总说投资五千万，还在谈', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 24: 搞只 (Wu) and words that end no trade', () => {
  it.each([
    ['徐總講，伊拉公司想到河口搞只跨境電商產業園，投資額大概五個億', '跨境電商'],
    ['伲苏州人在新加坡做物流格，帮商会牵了条线', '物流'],
    ['徐总讲，伊拉公司想到河口搞只跨境电商产业园，投资额大概五个亿', '跨境电商'],
    // near-misses: growing a plant and a clause after 但 are no trade; the measure word of a trade
    ['台资企业裕隆精密增资扩产项目的情况通报', null],
    ['他是潮阳人但项目在孝感，准备投资1.3亿', null],
    ['阿拉想搞只工厂，投资大概五个亿', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});
