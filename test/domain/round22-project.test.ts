import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 22 (sets BR-BW): the project's name. Made-up sentences, simplified and traditional. */
const today = '2026-12-06';
const project = (text: string) => parseReport(text, { today }).project;

describe('round 22: Jin 兀那 (that) points at the project, and is no part of its name', () => {
  it.each([
    ['去年签下的兀那陶瓷釉料项目，今天在太谷开工咧，投资两个多亿。', '陶瓷釉料'],
    ['前年簽下的兀那鋁箔深加工項目，今兒個投產咧，投資三個億。', '鋁箔深加工'],
    ['祁县兀那玻璃器皿产业园还没签咧，投资八千万。', '玻璃器皿产业园'],
    ['祁縣兀那玻璃器皿產業園還麼簽咧，投資八千萬。', '玻璃器皿產業園'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });

  it.each([
    // 兀 inside a word is no pointer: the name keeps what stands before it.
    ['突兀那边的冷库项目投资两千万，已经签约。', '突兀那边的冷库'],
  ])('%s keeps %s apart from the rule', (text) => {
    expect(project(text)).not.toBe('边的冷库');
  });
});

describe('round 22: who works for a project, when or how many, said before 項目, is not its name', () => {
  it.each([
    ['这个季度我们协会推进的项目有4个。今天说一个：瑞丰农业在沙洋的稻虾加工项目，投资8000万，已经签约。', '稻虾加工'],
    ['這個季度我們協會推進的項目有4個。今天說一個：瑞豐農業在沙洋的稻蝦加工項目，投資8000萬，已經簽約。', '稻蝦加工'],
    ['现将近期项目进展报告如下：韩国大宇包装拟在高密投资建设环保纸托生产线，总投资1500万美元。', '环保纸托生产线'],
    ['現將近期項目進展報告如下：韓國大宇包裝擬在高密投資建設環保紙托生產線，總投資1500萬美元。', '環保紙托生產線'],
    ['请各单位确保项目按期推进。德昌电机拟在监利投资建设微电机生产基地，计划投资6000万元。', '微电机生产基地'],
    ['關於2027年春季招商項目集中簽約的通知。附：擬簽約項目 香港德信擬在閩清投資建設陶瓷釉料生產基地。', '陶瓷釉料生產基地'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });

  it.each([
    // A name of its own before 項目 still reads.
    ['我们商会推荐的光伏支架项目，投资1.2亿，已经签约。', '光伏支架'],
    ['近日，宏達電子智能傳感器項目在經開區簽約，投資2億元。', '智能傳感器'],
  ])('%s → %s (a name)', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 22: a project that fell through, then another reported', () => {
  it.each([
    ['上次说的那个3亿的化肥项目已经黄了。今天要报的是另一个：佛山美达家居在江陵投资的家具生产基地，总投资8000万元，已经签约。', '家具生产基地'],
    ['上次說的那個化肥項目（3億那個）黃了，不提了。今天新報一個：廈門鷺興想在道里區建一個冷鏈物流中心，總投資2億元。', '冷鏈物流中心'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });

  it.each([
    // Without a new report the project that fell through is still what the message is about.
    ['上次说的那个化肥项目黄了，对方说资金不到位。', '化肥'],
  ])('%s → %s (no other reported)', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 22: a capacity said before the name across a pause', () => {
  it.each([
    ['就是那个 金穗面业 的 年产三万吨 挂面 项目 在公安 总投资 一亿二', '年产三万吨挂面'],
    ['就是那個 金穗麵業 的 年產三萬噸 掛麵 項目 在公安 總投資 一億二', '年產三萬噸掛麵'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 22: 搞個/做個 … 的項目 frames the name', () => {
  it.each([
    ['报告一下 大阪那边的 三和化学 有意向 在滨海 搞个 电子化学品 的 项目 投资 大概 三十亿日元', '电子化学品'],
    ['報告一下 大阪那邊的 三和化學 有意向 在濱海 搞個 電子化學品 的 項目 投資 大概 三十億日元', '電子化學品'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 22: 搞得… is how well, not what; 投的是 says what is invested in', () => {
  it.each([
    ['宏达新材昨日跟监利签咯框架协议，年产5万吨水性涂料，总投资2亿，搞得蛮好嘞。', '年产5万吨水性涂料'],
    ['宏達新材昨日跟監利簽咯框架協議，年產5萬噸水性塗料，總投資2億，搞得蠻好嘞。', '年產5萬噸水性塗料'],
    ['这次想投的是养老院，总投资大约3个亿人民币，床位500张。', '养老院'],
    ['這次想投的是養老院，總投資大約3個億人民幣，床位500張。', '養老院'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });
});

describe('round 22: a brand and its trade (環保, 精工, 供應鏈) opening the project are the company', () => {
  const parse = (text: string) => parseReport(text, { today });
  it.each([
    ['12月4日 经开区 华盛精工数控刀具项目签约，总投资1.2亿元。', '数控刀具', '华盛精工'],
    ['12月4日 經開區 華盛精工數控刀具項目簽約，總投資1.2億元。', '數控刀具', '華盛精工'],
    ['会上签约的绿源环保污水处理厂项目，投资8000万元。', '污水处理厂', '绿源环保'],
    ['會上簽約的綠源環保污水處理廠項目，投資8000萬元。', '污水處理廠', '綠源環保'],
    ['会上签约的海通供应链冷链物流园项目，投资3亿元。', '冷链物流园', '海通供应链'],
  ])('%s → %s by %s', (text, name, company) => {
    const read = parse(text);
    expect(read.project).toBe(name);
    expect(read.company).toBe(company);
  });

  it.each([
    // A trade word that only qualifies the industry keeps the whole name.
    ['节能环保产业园项目已签约，总投资5亿元。', '节能环保产业园'],
    ['氢能装备制造基地项目已落地，投资2亿元。', '氢能装备制造基地'],
  ])('%s → %s (no brand)', (text, name) => {
    expect(parse(text).project).toBe(name);
  });
});

describe('round 22: a keyed English name ending in " in " and a place', () => {
  it.each([
    [
      'Lead report\nCompany: Tan Brothers Timber Sdn Bhd\nProject: timber flooring processing plant in Jiangling\nInvestment: RMB 60 million',
      'timber flooring processing plant',
    ],
    ['Lead report\nCompany: 陳氏木業\nProject: timber flooring processing plant in Jiangling\n投資：人民幣6000萬', 'timber flooring processing plant'],
  ])('%s → %s', (text, name) => {
    expect(project(text)).toBe(name);
  });

  it.each([
    // in and a word that is no proper name is part of what is made.
    ['Lead report\nCompany: Tan Brothers Timber Sdn Bhd\nProject: investment in flooring\nInvestment: RMB 60 million', 'investment in flooring'],
  ])('%s → %s (no place)', (text, name) => {
    expect(project(text)).toBe(name);
  });
});
