import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-06';
const company = (text: string) => parseReport(text, { today }).company;

describe('round 29: company', () => {
  it('reads a firm before 意向 (在, 投), 當場, 全球 or 市值 as the subject', () => {
    expect(company('新加坡诚达物流意向在太仓港投资物流园，用地200亩。')).toBe('诚达物流');
    expect(company('新加坡誠達物流意向在太倉港投資物流園，用地200畝。')).toBe('誠達物流');
    expect(company('深圳佳和电子当场表示有意向在罗山投资5000万建电子元件厂。')).toBe('佳和电子');
    expect(company('深圳佳和電子當場表示有意向在羅山投資5000萬建電子元件廠。')).toBe('佳和電子');
    expect(company('德国商会：施密特医疗科技全球市值约80亿欧元，有意投资2.8亿元建设手术器械生产基地')).toBe('施密特医疗科技');
    expect(company('德國商會：施密特醫療科技全球市值約80億歐元，有意投資2.8億元建設手術器械生產基地')).toBe('施密特醫療科技');
    // Near-misses: a trade alone before 意向 names no firm.
    expect(company('冷链物流意向在经开区落地，投资2亿')).toBeNull();
    expect(company('冷鏈物流意向在經開區落地，投資2億')).toBeNull();
  });

  it('drops a country or a foreign city investors come from before the firm (印度, 新山, 怡保)', () => {
    expect(company('印度古普塔纺织集团想在萍乡投资50亿卢比建纱线厂')).toBe('古普塔纺织集团');
    expect(company('印度古普塔紡織集團想在萍鄉投資50億盧比建紗線廠')).toBe('古普塔紡織集團');
    expect(company('马来西亚新山丰泰橡胶的老板是张生，他想来合肥长丰看地')).toBe('丰泰橡胶');
    expect(company('馬來西亞新山豐泰橡膠的老闆是張生，他想來合肥長豐看地')).toBe('豐泰橡膠');
    expect(company('怡保锡都矿业 — 意向，投资约3亿')).toBe('锡都矿业');
    expect(company('怡保錫都礦業 — 意向，投資約3億')).toBe('錫都礦業');
    // Near-misses: 印度 inside 印度尼西亞; 波爾多 names a wine as often as a city, and stays.
    expect(company('印度尼西亚金光纸业拟在钦州投资建浆纸项目')).toBe('金光纸业');
    expect(company('印度尼西亞金光紙業擬在欽州投資建漿紙項目')).toBe('金光紙業');
    expect(company('法国波尔多酒庄拟在蓬莱投资建葡萄酒庄')).toBe('波尔多酒庄');
    // Merchants from a foreign city are no firm, and a plan's verb is no part of a name.
    expect(company('印尼棉兰的华商准备在福清投资')).toBeNull();
    expect(company('印尼棉蘭的華商準備在福清投資')).toBeNull();
  });
  it('reads the Latin name after a Latin place and 的 as the firm, not the place (Kunming 的 SkyData)', () => {
    expect(company('那个 project 已经 landed 了，就是 Kunming 的 SkyData 在 呈贡 的 data center，total investment 十五亿。')).toBe('SkyData');
    expect(company('那個 project 已經 landed 了，就是 Kunming 的 SkyData 在 呈貢 的 data center，total investment 十五億。')).toBe('SkyData');
    expect(company('Sydney 的 Harbour Capital 有 interest 投资温州 Ouhai 的 elderly care project，初步 budget AUD 15 million')).toBe('Harbour Capital');
    expect(company('Sydney 的 Harbour Capital 有 interest 投資溫州 Ouhai 的 elderly care project，初步 budget AUD 15 million')).toBe('Harbour Capital');
    // Near-misses: a person or a title after 的 (the firm is before it), and a project after 的.
    expect(company('GreenCore Battery 的 VP 说下周来考察，投资3亿')).toBe('GreenCore Battery');
    expect(company('GreenCore Battery 的 VP 說下週來考察，投資3億')).toBe('GreenCore Battery');
    expect(company('status update：Alpen Hotels 的 Snow Peak Ski Resort 项目，投资 8.8亿元。')).toBe('Alpen Hotels');
    expect(company('status update：Alpen Hotels 的 Snow Peak Ski Resort 項目，投資 8.8億元。')).toBe('Alpen Hotels');
  });
  it('reads a Latin brand alone when a space and what it makes follow it (ColdLink 冷鏈), a firm class word kept', () => {
    expect(company('哈尔滨的 ColdLink 冷链 已经在太谷签约，投资 2.2 亿')).toBe('ColdLink');
    expect(company('哈爾濱的 ColdLink 冷鏈 已經在太谷簽約，投資 2.2 億')).toBe('ColdLink');
    expect(company('汕头 ToyMax 玩具 拟在武汉经开区投资7500万')).toBe('ToyMax');
    expect(company('汕頭 ToyMax 玩具 擬在武漢經開區投資7500萬')).toBe('ToyMax');
    // Near-misses: a firm's class word (貿易, 集團, a trade in 業) stays, and a trade glued to the name is the name's.
    expect(company('Desert Rose 贸易拟在保税区设跨境电商分拨中心，投资5000万元')).toBe('Desert Rose 贸易');
    expect(company('Desert Rose 貿易擬在保稅區設跨境電商分撥中心，投資5000萬元')).toBe('Desert Rose 貿易');
    expect(company('德国Falkenberg汽配拟在太仓投资3000万欧元')).toBe('Falkenberg汽配');
    expect(company('德國Falkenberg汽配擬在太倉投資3000萬歐元')).toBe('Falkenberg汽配');
  });
  it('reads the name said after 上市公司 before a pause, when it ends with its trade', () => {
    expect(company('今天拜访了A股上市公司浙江海纳科技，市值约230亿，他们在考虑把第二生产基地放在台州湾新区')).toBe('海纳科技');
    expect(company('今天拜訪了A股上市公司浙江海納科技，市值約230億，他們在考慮把第二生產基地放在台州灣新區')).toBe('海納科技');
    // Near-misses: no name after it; a listed parent in brackets before its subsidiary.
    expect(company('这家上市公司今年想在高新区投资')).toBeNull();
    expect(company('這家上市公司今年想在高新區投資')).toBeNull();
    expect(company('深圳那间上市公司华晟半导体（市值四百多亿）的子公司华晟功率器件，打算在高新区投一条晶圆线')).toBe('华晟功率器件');
  });
});
