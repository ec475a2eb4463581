import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 23: projects and their trades. Made-up sentences, each in both scripts, and near-misses that must not change. */
const today = '2026-12-06';
const read = (text: string) => parseReport(text, { today });
const project = (text: string) => read(text).project;
const industry = (text: string) => read(text).industry;

describe('round 23 industry: trades that name what plants make, read past capacity and standing', () => {
  it.each([
    ['宏业集团拟投资3亿元建设高精密轴承生产基地，已签约', '轴承'],
    ['宏業集團擬投資3億元建設高精密軸承生產基地，已簽約', '軸承'],
    ['某公司计划投资15亿元建设五星级酒店，在谈', '酒店'],
    ['某公司計劃投資15億元建設五星級酒店，在談', '酒店'],
    ['有家企业拟投资10亿在开发区建年产5GW光伏组件生产线', '光伏'],
    ['有家企業擬投資10億在開發區建年產5GW光伏組件生產線', '光伏'],
    ['京华数科想在产业园建一个算力中心，投资12亿', '算力'],
    ['京華數科想在產業園建一個算力中心，投資12億', '算力'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });

  it.each([
    // A grade is no trade: 電子級多晶矽 is not 電子.
    ['投资1亿建设年产5000吨电子级多晶硅项目，已签约', '电子'],
    ['投資1億建設年產5000噸電子級多晶矽項目，已簽約', '電子'],
  ])('%s is not %s', (text, trade) => {
    expect(industry(text)).not.toBe(trade);
  });
});

describe('round 23 industry: a cold store is the cold chain, in the report’s script', () => {
  it.each([
    ['宏达集团想在经开区建个冷库，投资5000万，还在谈', '冷链'],
    ['宏達集團想在經開區建個冷庫，投資5000萬，還在談', '冷鏈'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 23 industry: a project that names no known trade names its own', () => {
  it.each([
    ['某公司投资8000万建设杂粮加工厂，已开工', '杂粮加工'],
    ['某公司投資8000萬建設雜糧加工廠，已開工', '雜糧加工'],
    ['某企业拟投资2亿做稀土永磁，在谈', '稀土永磁'],
    ['某企業擬投資2億做稀土永磁，在談', '稀土永磁'],
    ['粤港冷链项目计划投资3亿，已签约', '冷链'],
    ['粵港冷鏈項目計劃投資3億，已簽約', '冷鏈'],
    // One province's character before no known trade stays (川味 is a flavour).
    ['川味调料厂签了，投资2000万', '川味调料'],
    ['川味調料廠簽了，投資2000萬', '川味調料'],
    // near-misses: renting a standard building, only moving goods, a scale of output
    ['拟建标准厂房，投资一亿', null],
    ['擬建標準廠房，投資一億', null],
    ['某物流公司有意在我市建设区域分拨中心，投资8000万元', '物流'],
    ['某物流公司有意在我市建設區域分撥中心，投資8000萬元', '物流'],
    ['华彩科技拟投资2亿做小批量产线，在谈', null],
    ['華彩科技擬投資2億做小批量產線，在談', null],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 23 industry: English trades a mixed report’s plant is named by', () => {
  it.each([
    ['Lead: Apex Feed 想在经开区建一个 feed mill，投资 RMB 80 million，在谈', '饲料'],
    ['Lead: Apex Feed 想在經開區建一個 feed mill，投資 RMB 80 million，在談', '飼料'],
    ['Nordic Aluminium 拟在高新区投资3亿建 aluminium extrusion plant', 'Aluminium'],
    ['Nordic Aluminium 擬在高新區投資3億建 aluminium extrusion plant', 'Aluminium'],
    ['They plan a JPY 3 billion bearing plant in 经开区, talks ongoing.', 'bearing'],
  ])('%s → %s', (text, trade) => {
    expect(industry(text)).toBe(trade);
  });
});

describe('round 23 project: an English name without the frame mixed text puts around it', () => {
  it.each([
    ['Update: 宁波北仑区 cold chain logistics 项目 signed today，投资3亿', 'cold chain logistics'],
    ['Update: 寧波北侖區 cold chain logistics 項目 signed today，投資3億', 'cold chain logistics'],
    ['他们公司 (Brightway Tech) 想在杭州滨江区设个 R&D center，budget 大概 1 亿', 'R&D center'],
    ['他們公司 (Brightway Tech) 想在杭州濱江區設個 R&D center，budget 大概 1 億', 'R&D center'],
    ['Apex Robotics 想回湖北 set up 一个 testing center in 东湖高新区，investment TBD', 'testing center'],
    ['Apex Robotics 想回湖北 set up 一個 testing center in 東湖高新區，investment TBD', 'testing center'],
    // near-miss: a trade before the English word is the name's, not a place
    ['老板说 deal 差不多了，Blue Fin 在象山搞的海水养殖 base，投资 8000 万', '海水养殖 base'],
    ['老闆說 deal 差不多了，Blue Fin 在象山搞的海水養殖 base，投資 8000 萬', '海水養殖 base'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 23 project: English facilities after a sum in any currency or a bare building verb', () => {
  it.each([
    ['They plan a JPY 3 billion bearing plant in 经开区, talks ongoing.', 'bearing plant'],
    ['Greenleaf Foods interested in 在思茅区 build coffee roasting plant, 初步 investment 5000万人民币', 'coffee roasting plant'],
    ['Greenleaf Foods interested in 在思茅區 build coffee roasting plant, 初步 investment 5000萬人民幣', 'coffee roasting plant'],
    // near-miss: build a new plant names no plant
    ['Met Mr. Lee: they plan to build a new plant next year, budget RMB 50 million.', null],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 23 project: a headline’s count and a size class name no project', () => {
  it.each([
    ['又一十亿级项目落户开发区。12月2日，蓝海科技智能传感器项目举行签约仪式，总投资12亿元。', '智能传感器'],
    ['又一十億級項目落戶開發區。12月2日，藍海科技智能傳感器項目舉行簽約儀式，總投資12億元。', '智能傳感器'],
    ['我市又一文旅项目开工。11月30日，云溪温泉度假村项目正式开工，总投资8亿元。', '云溪温泉度假村'],
    ['我市又一文旅項目開工。11月30日，雲溪溫泉度假村項目正式開工，總投資8億元。', '雲溪溫泉度假村'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 23 project: 項目內容 in a lead’s form', () => {
  it.each([
    ['企业名称：南通海川船舶配件有限公司\n项目内容：船用甲板机械\n投资规模：2.4亿元\n目前状态：已签约', '船用甲板机械'],
    ['企業名稱：南通海川船舶配件有限公司\n項目內容：船用甲板機械\n投資規模：2.4億元\n目前狀態：已簽約', '船用甲板機械'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 23 project: a bare item beside the sum', () => {
  it.each([
    ['开封市祥符区，电动车配件，投资1.2亿，对方是宁波的企业', '电动车配件'],
    ['開封市祥符區，電動車配件，投資1.2億，對方是寧波的企業', '電動車配件'],
    // near-misses: funds in place, a firm's name, a word of speech
    ['总投资约八亿元，到位资金两亿元，已投产', null],
    ['總投資約八億元，到位資金兩億元，已投產', null],
    ['宁波甬达模具，投资2亿，在谈', null],
    ['寧波甬達模具，投資2億，在談', null],
    ['投资3000万，抱歉，已签约', null],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 23 project: a brand before 重工, 織造, 優品 is the company’s, a place’s name too', () => {
  it.each([
    ['西安商会：长安织造智能工厂已开工，投资1.6亿', '智能工厂'],
    ['西安商會：長安織造智能工廠已開工，投資1.6億', '智能工廠'],
    ['江苏商会：南通的通海重工船舶配套项目，投资3亿，已投产', '船舶配套'],
    ['江蘇商會：南通的通海重工船舶配套項目，投資3億，已投產', '船舶配套'],
    // near-miss: a place before a sector's trade is the project's
    ['广东商会：湛江水产加工项目投资1亿，在谈', '水产加工'],
    ['廣東商會：湛江水產加工項目投資1億，在談', '水產加工'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 23 project: a pointer after the name before 項目', () => {
  it.each([
    ['常州个事体讲一声：光伏背板格只项目，老板姓王，投资三个亿，合同下个礼拜签。', '光伏背板'],
    ['常州個事體講一聲：光伏背板格只項目，老闆姓王，投資三個億，合同下個禮拜簽。', '光伏背板'],
    ['苏州个事体：新风系统搿只项目，投资一个亿，下个礼拜签。', '新风系统'],
    ['蘇州個事體：新風系統搿只項目，投資一個億，下個禮拜簽。', '新風系統'],
    // near-miss: the pointer before the name
    ['冰雪装备那个项目整得差不多了，投资两个亿。', '冰雪装备'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});
