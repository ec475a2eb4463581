import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const company = (text: string) => parseReport(text, { today }).company;

describe('round 33: company', () => {
  it('reads a list item opening with a place and a firm, then where the lead goes, whatever the trade', () => {
    expect(company('锦州鑫源热力：凌海，4500万，初步接触')).toBe('鑫源热力');
    expect(company('錦州鑫源熱力：凌海，4500萬，初步接觸')).toBe('鑫源熱力');
    expect(company('营口宏达密封，高新区，橡胶密封件，8000万，在谈')).toBe('宏达密封');
    expect(company('營口宏達密封，高新區，橡膠密封件，8000萬，在談')).toBe('宏達密封');
    expect(company('大连汇海（冷链）→庄河，1.2亿，签了')).toBe('汇海');
    expect(company('大連匯海（冷鏈）→莊河，1.2億，簽了')).toBe('匯海');
    // Near-misses: people pointed at with 的 are no firm; a place after the place is where, not who.
    expect(company('锦州的老乡 → 凌海，食品加工，1亿')).toBeNull();
    expect(company('錦州的老鄉 → 凌海，食品加工，1億')).toBeNull();
    expect(company('锦州凌海，高新区，食品加工，1亿')).toBeNull();
  });

  it('reads a firm opening an item before a dash and its stage', () => {
    expect(company('常州宏远电机 — 磋商中，投资1.2亿')).toBe('宏远电机');
    expect(company('常州宏遠電機 — 磋商中，投資1.2億')).toBe('宏遠電機');
    // Near-miss: a place alone before the dash names no firm.
    expect(company('常州武进 — 磋商中，投资1.2亿')).toBeNull();
    expect(company('常州武進 — 磋商中，投資1.2億')).toBeNull();
  });

  it('reads a place and a firm opening a clause, a pause, then the firm’s own figures', () => {
    expect(company('绍兴越锦纺机，注册资本8000万，年销售额6亿，想在经开区投1亿')).toBe('越锦纺机');
    expect(company('紹興越錦紡機，註冊資本8000萬，年銷售額6億，想在經開區投1億')).toBe('越錦紡機');
    expect(company('推荐一家企业：苏州恒博达，市值120亿，拟在高新区投资3亿')).toBe('恒博达');
    expect(company('推薦一家企業：蘇州恆博達，市值120億，擬在高新區投資3億')).toBe('恆博達');
    // Near-misses: a clause of its own before the figures, with no place the firm is from, names no firm.
    expect(company('项目建成达产后，年产值5亿元，年纳税3000万元')).toBeNull();
    expect(company('項目建成達產後，年產值5億元，年納稅3000萬元')).toBeNull();
  });

  it('reads the firm’s figures when a plan’s clause before them names no firm', () => {
    expect(company('宁波瑞丰达：注册资本2亿，2025年纳税2600万。拟在临港投资3亿，年纳税预计2000万元。')).toBe('瑞丰达');
    expect(company('寧波瑞豐達：註冊資本2億，2025年納稅2600萬。擬在臨港投資3億，年納稅預計2000萬元。')).toBe('瑞豐達');
  });

  it('reads a place and four characters opening a clause, then what the firm does, whatever its trade', () => {
    expect(company('香港德润资本投资5000万港币在南沙建冷库，已签约')).toBe('德润资本');
    expect(company('香港德潤資本投資5000萬港幣在南沙建冷庫，已簽約')).toBe('德潤資本');
    expect(company('宁波海川船务与北仑区签了协议，投资1.5亿')).toBe('海川船务');
    expect(company('寧波海川船務與北侖區簽了協議，投資1.5億')).toBe('海川船務');
    expect(company('杭州云帆乐器通过商会牵线，拟在经开区投资8000万')).toBe('云帆乐器');
    expect(company('香港德润资本拟在南沙投资5000万港币建冷库')).toBe('德润资本');
    expect(company('香港德潤資本擬在南沙投資5000萬港幣建冷庫')).toBe('德潤資本');
    expect(company('杭州雲帆樂器通過商會牽線，擬在經開區投資8000萬')).toBe('雲帆樂器');
    // Near-misses: a person, a trader or an unnamed firm from the place is no firm's name.
    expect(company('深圳张建华投资3000万在龙岗建厂')).toBeNull();
    expect(company('深圳張建華投資3000萬在龍崗建廠')).toBeNull();
    expect(company('迪拜华侨陈国明投资200万迪拉姆，已开业')).toBeNull();
    expect(company('迪拜華僑陳國明投資200萬迪拉姆，已開業')).toBeNull();
  });

  it('reads where a Latin firm is from in full-width brackets after its name', () => {
    expect(company('Harbor Crest Holdings（Dubai）想在翔安做一个冷库，budget USD 50 million')).toBe('Harbor Crest Holdings');
    expect(company('Harbor Crest Holdings（Dubai）想在翔安做一個冷庫，budget USD 50 million')).toBe('Harbor Crest Holdings');
    // Near-miss: the name in brackets is no subject of a plan when nothing is planned.
    expect(company('张总说 Harbor Crest Holdings（Dubai）的报价太高')).toBeNull();
    expect(company('張總說 Harbor Crest Holdings（Dubai）的報價太高')).toBeNull();
  });

  it('reads the firm before 株式會社, not the words after it', () => {
    expect(company('11月30日，县政府与韩国东星精工株式会社正式签署投资协议，总投资3亿元')).toBe('东星精工');
    expect(company('11月30日，縣政府與韓國東星精工株式會社正式簽署投資協議，總投資3億元')).toBe('東星精工');
    // Near-miss: the Japanese form opening a clause is said before the name.
    expect(company('株式会社松田制菓，拟在经开区投资2亿')).toBe('松田制菓');
    expect(company('株式會社松田製菓，擬在經開區投資2億')).toBe('松田製菓');
  });
});
