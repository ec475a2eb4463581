import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const read = (text: string) => parseReport(text, { today });

describe('round 32: funds in place', () => {
  it('reads a phase’s sum in place beside a total as the funds, the total staying the investment', () => {
    const tw = read('昆山精密模具項目總投資6億元，一期投資2億元已全部到位，明年投產。');
    expect([tw.investmentYuan, tw.fundsInPlaceYuan]).toEqual([600_000_000, 200_000_000]);
    const cn = read('昆山精密模具项目总投资6亿元，一期投资2亿元已全部到位，明年投产。');
    expect([cn.investmentYuan, cn.fundsInPlaceYuan]).toEqual([600_000_000, 200_000_000]);
    // no total: the sum in place is the investment, as before
    expect(read('昆山精密模具项目投资2亿元已全部到位，明年投产。').fundsInPlaceYuan).toBeNull();
  });

  it('reads the investment a project has completed as its funds in place', () => {
    expect(read('宜興陶瓷新材料項目總投資8億元，截至11月底累計完成投資2.4億元。').fundsInPlaceYuan).toBe(240_000_000);
    expect(read('宜兴陶瓷新材料项目总投资8亿元，目前已完成投资2.4亿元，主体封顶。').fundsInPlaceYuan).toBe(240_000_000);
    // a plan to complete is no money put in
    expect(read('宜兴陶瓷新材料项目总投资8亿元，计划明年完成投资2.4亿元。').fundsInPlaceYuan).toBeNull();
  });
});

describe('round 32: currencies', () => {
  it('reads a currency word several countries share by the country the report names', () => {
    expect(read('墨西哥一家冷鏈企業擬投資4億比索，在園區建倉，還在談。').investmentForeign).toEqual({ currency: 'MXN', amount: 400_000_000 });
    expect(read('巴基斯坦纺织商拟投资20亿卢比在开发区建厂，初步接触。').investmentForeign).toEqual({ currency: 'PKR', amount: 2_000_000_000 });
    expect(read('卡塔爾財團願意出8000萬里亞爾建物流園，已簽框架協議。').investmentForeign).toEqual({ currency: 'QAR', amount: 80_000_000 });
    // no other country named: the word keeps its usual one
    expect(read('馬尼拉僑商擬投資4億比索建食品廠，還在談。').investmentForeign).toEqual({ currency: 'PHP', amount: 400_000_000 });
  });

  it('knows the New Zealand dollar and the peso by the names their chambers use', () => {
    expect(read('奥克兰的乳企想投两千万纽币做奶粉分装，还在聊。').investmentForeign).toEqual({ currency: 'NZD', amount: 20_000_000 });
    expect(read('宿霧的僑商想投資3億披索做椰子加工，還在談。').investmentForeign).toEqual({ currency: 'PHP', amount: 300_000_000 });
  });
});

describe('round 32: corrections of the currency', () => {
  it('takes the sum put right into another currency', () => {
    expect(read('修正：投資不是3000萬，是3000萬歐元。德國那家軸承廠，在談。').investmentForeign).toEqual({ currency: 'EUR', amount: 30_000_000 });
    expect(read('更正：上條「泰國正大在園區投資5億泰銖」有誤，應為投資5億元人民幣。').investmentYuan).toBe(500_000_000);
    expect(read('那個越南客商投資2000萬美元，我再核實了一下，是2000萬人民幣，不是美元。').investmentYuan).toBe(20_000_000);
    // nothing checked: the dollars stay
    expect(read('那個越南客商投資2000萬美元，我們下週再約。').investmentForeign).toEqual({ currency: 'USD', amount: 20_000_000 });
  });
});

describe('round 32: figures of the firm beside the project', () => {
  it('leaves out the land of the plant the firm already has', () => {
    expect(read('寧波輝煌電器老廠占地300畝，這次新項目只要60畝，投資3億，已簽約。').areaMu).toBe(60);
    expect(read('德国施耐德泵业在苏州已有一个占地150亩的工厂，这次在常州投资2亿元，用地40亩，正在洽谈。').areaMu).toBe(40);
    // the new plant's land said alone is read as before
    expect(read('宁波辉煌电器新厂占地60亩，投资3亿，已签约。').areaMu).toBe(60);
  });

  it('leaves out the staff a company counts over the world or today', () => {
    expect(read('美國艾默生（全球員工8萬人）想在園區建閥門廠，投資1.5億，在談。').jobs).toBeNull();
    expect(read('福建恒兴纸业目前员工900人，老板说想在开发区再上一条生产线，投资一亿。').jobs).toBeNull();
    // the jobs the project brings are read
    expect(read('福建恒兴纸业想在开发区再上一条生产线，投资一亿，新增就业200人。').jobs).toBe(200);
  });
});

describe('round 32: the tax of a project in a news item', () => {
  it('reads the tax a project can achieve (實現 is no 現, now)', () => {
    expect(read('總投資6億元，預計年可實現稅收4000萬元，安置就業300人。').taxYuan).toBe(40_000_000);
    expect(read('总投资6亿元，预计年可实现税收4000万元，安置就业300人。').taxYuan).toBe(40_000_000);
    // the tax paid now is the company's
    expect(read('這家公司現納稅4000萬元，想回鄉投資6億元。').taxYuan).toBeNull();
  });

  it('takes no founding year nor a dated day for another project', () => {
    const founded = read('森茂集團擬投資8億元建設醫療器械產業園，預計年納稅6000萬元。森茂集團成立於1995年，此次簽約是我區今年第三個外資項目。');
    expect(founded.taxYuan).toBe(60_000_000);
    const dated = read('2026年12月2日，维康食品投资建设的凉茶生产线项目正式开工。项目总投资4亿元，预计年纳税2500万元。该项目系我市引进。');
    expect(dated.taxYuan).toBe(25_000_000);
  });
});

describe('round 32: a foreign firm’s representative', () => {
  it('reads the representative named in full in Latin letters, then a phone or a note', () => {
    expect(read('加拿大楓葉木業中國首席代表 Michael Grant，電話 139 1234 5678，想在園區建木屋廠，投資5000萬。').contact).toBe('Michael Grant');
    expect(read('荷兰花卉公司的中国代表Anna Visser（中文名安娜），手机 135 2233 4455，想在县里建花卉基地。').contact).toBe('Anna Visser');
    // a representative office, then the firm's name: no person
    expect(read('荷兰花卉公司中国代表处 Green Valley Farms（绿谷农场），电话 135 2233 4455，想在县里建花卉基地。').contact).not.toBe('Green Valley Farms');
  });
});

describe('round 32: no funds yet', () => {
  it('reads funds said to be none yet as nought', () => {
    expect(read('合同簽了，總投資3億，不過到位資金目前還是0。').fundsInPlaceYuan).toBe(0);
    expect(read('合同签了，总投资3亿，但到位资金还是零。').fundsInPlaceYuan).toBe(0);
    // a sum that opens with 0 is a sum
    expect(read('合同签了，总投资3亿，到位资金是0.8亿。').fundsInPlaceYuan).toBe(80_000_000);
  });
});
