import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const read = (text: string) => parseReport(text, { today: '2026-12-06' });

describe('round 26 english: trades named by an English phrase', () => {
  it.each([
    ['那个 EV charging 项目还在谈，对方下周来面谈', '充电桩'],
    ['那個 EV charging 項目還在談，對方下週來面談', '充電樁'],
    ['钦州那个 battery separator 项目，budget 大概 RMB 750 million，目前 early stage', '电池隔膜'],
    ['欽州那個 battery separator 項目，budget 大概 RMB 750 million，目前 early stage', '電池隔膜'],
    ['百色的 aluminum foil 项目，RMB 350m，在谈', '铝箔'],
    ['百色的 aluminium foil 項目，RMB 350m，在談', '鋁箔'],
    ['诸城那边的 pet food 项目，投资 5000万，还在谈', '宠物食品'],
    ['諸城那邊的 pet food 項目，投資 5000萬，還在談', '寵物食品'],
    ['对乌兰察布的 wind farm 有兴趣，budget 大概 12亿', '风电'],
    ['對烏蘭察布的 wind farm 有興趣，budget 大概 12億', '風電'],
    ['长治的那个 EV battery recycling 项目已经开工了，总投资 6 亿', '电池回收'],
    ['長治的那個 EV battery recycling 項目已經開工了，總投資 6 億', '電池回收'],
    ['就是那个 Ordos 的 coal-to-chemicals 项目，还在谈', '煤化工'],
    ['壽光 smart greenhouse 項目，total 2億，目前在談', '智慧溫室'],
    ['日本商会的 elderly care robot 项目已经落地，投资3.2亿', '机器人'],
  ])('%s → %s', (text, trade) => {
    expect(read(text).industry).toBe(trade);
  });

  it.each([
    ['Lotus Bay Foods 已經 signed the contract，在臨港新區建 seafood processing plant，total investment RMB 220 million', '海產品加工'],
    ['Lotus Bay Foods 已经 signed the contract，在临港新区建 seafood processing plant，total investment RMB 220 million', '海产品加工'],
    ['Siam Agro Group 想在西双版纳景洪 set up a tropical fruit processing plant, capex around 80 million RMB', '水果加工'],
  ])('%s: the trade of the project before the trade in the firm name → %s', (text, trade) => {
    expect(read(text).industry).toBe(trade);
  });

  it.each([
    // near-misses: no trade said of the project, the firm's name gives it (round 29: its broad class in Chinese, as writers give it,
    // 9 labels to 0); the shorter word keeps its own trade
    ['Lotus Bay Foods 已經 signed the contract，在臨港新區建廠，total investment RMB 220 million', '食品'],
    ['Siam Agro Group 想在西双版纳景洪 set up a plant, capex around 80 million RMB', '农业'],
    ['Spain chamber: 那个 seafood 项目 MOU signed 了，budget 大概 RMB 180 million', '水产品'],
    ['那个 EV parts 项目还在谈，投资两亿', '汽车零部件'],
  ])('%s keeps %s', (text, trade) => {
    expect(read(text).industry).toBe(trade);
  });
});

describe('round 26 english: a place said in English is no firm', () => {
  it.each([
    ['LOI已签，Taiwan的Hsin Yi Electronics在高新区做PCB，首期USD 15 million', 'Hsin Yi Electronics'],
    ['LOI已簽，Taiwan的Hsin Yi Electronics在高新區做PCB，首期USD 15 million', 'Hsin Yi Electronics'],
    ['今天跟 Yangon 的 Golden Lotus Trading 談了兩個小時，預算 RMB 3000萬左右', 'Golden Lotus Trading'],
    ['Almaty的Kaspi Logistics跟银川综保区签了MOU，计划投资1.5亿', 'Kaspi Logistics'],
  ])('%s → %s', (text, company) => {
    expect(read(text).company).toBe(company);
  });

  it.each([
    // near-miss: the place alone names no firm, and the report names none
    ['Taiwan 那边的客户想投 6 亿做电子'],
    ['Taiwan 那邊的客戶想投 6 億做電子'],
  ])('%s → no company', (text) => {
    expect(read(text).company).toBeNull();
  });
});

describe('round 26 english: the investor or operator named after the English word', () => {
  it.each([
    ['天津武清 data center 签了, investor ChinaNet Cloud, RMB 2.5bn, 预计 300 jobs.', 'ChinaNet Cloud'],
    ['天津武清 data center 簽了, investor ChinaNet Cloud, RMB 2.5bn, 預計 300 jobs.', 'ChinaNet Cloud'],
    ['伊犁 rice project 还没 signed，投资 RMB 1.5亿，investor 天津 JinHe Agri.', 'JinHe Agri'],
    ['遂平经开区的 food processing park，investor 是 Chengdu 的 SpicyKing，capex 约 8000万', 'SpicyKing'],
    ['遂平經開區的 food processing park，investor 是 Chengdu 的 SpicyKing，capex 約 8000萬', 'SpicyKing'],
    ['壽光 smart greenhouse 項目, investor 是荷蘭公司 Priva, total 2億', 'Priva'],
    ['吉林那个营地已经开业，operator是HiCamp，investment大约3800万', 'HiCamp'],
  ])('%s → %s', (text, company) => {
    expect(read(text).company).toBe(company);
  });

  it.each([
    // near-misses: no capitalised name after the word
    ['investor 还没定，下周 meeting 再谈，投资 6 亿'],
    ['investors 下週來看地，投資 6 億'],
  ])('%s → no company', (text) => {
    expect(read(text).company).toBeNull();
  });
});

describe('round 26 english: where a lead is, with English around the place', () => {
  it.each([
    ['Kashgar 那边的 cotton spinning mill 项目 groundbreaking 了', 'Kashgar'],
    ['Kashgar 那邊的 cotton spinning mill 項目 groundbreaking 了', 'Kashgar'],
    ['Lanzhou New Area那个hydrogen project，目前是LOI阶段', 'Lanzhou New Area'],
    ['Lanzhou New Area那個hydrogen project，目前是LOI階段', 'Lanzhou New Area'],
    ['明天带一个delegation去仙游site visit，看红木产业园', '仙游'],
    ['明天帶一個delegation去仙遊site visit，看紅木產業園', '仙遊'],
    ['下个月来牡丹江sign contract，投资6000万', '牡丹江'],
    ['下個月來牡丹江sign contract，投資6000萬', '牡丹江'],
  ])('%s → %s', (text, place) => {
    expect(read(text).location).toBe(place);
  });

  it.each([
    // near-misses: a city that is the firm's, not the project's; a word that only opens with sign; a zone looked at says more
    ['Tianjin 的 Bohai Chem 的 project 在谈', null],
    ['Xiangyang 的 NEV 座椅廠 Comfort Seat Systems，想做一個 seating module 項目', null],
    ['下个月来牡丹江signal testing', null],
    ['德国 Schaller GmbH 的 CEO 下周来合肥 site visit, 主要看高新区那块 60 亩的地', '高新区'],
  ])('%s → %s', (text, place) => {
    expect(read(text).location).toBe(place);
  });
});

describe('round 26 english: a signing still to come, said in English', () => {
  it.each([
    ['MOU 上周签了，contract 还没签。百色的 aluminum foil 项目，RMB 350m。'],
    ['MOU 上週簽了，contract 還沒簽。百色的 aluminum foil 項目，RMB 350m。'],
    ["德州的 Huiyuan Bio 汇源生物 said they'll sign the contract after CNY，total investment RMB 680 million."],
    ["德州的 Huiyuan Bio 匯源生物 said they'll sign the contract after CNY，total investment RMB 680 million."],
  ])('%s → negotiating', (text) => {
    expect(read(text).stage).toBe('negotiating');
  });

  it.each([
    // near-misses: the contract signed too; 'll said of something else than the signing
    ['MOU 上周签了，contract 也签了，投资3亿。'],
    ["Huiyuan Bio 说 they'll need a bigger site, 合同上周签了，投资3亿。"],
  ])('%s → signed', (text) => {
    expect(read(text).stage).toBe('signed');
  });
});
