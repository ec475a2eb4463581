import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const read = (text: string) => parseReport(text, { today: '2026-12-06' });

describe('round 25 review: figures the round had misread', () => {
  it.each([
    ['总投资1.5万亿元的项目已签约', 1_500_000_000_000],
    ['總投資1.5萬億元的項目已簽約', 1_500_000_000_000],
    // near-miss: the decimal still ends at its 億 before a count of people
    ['投資一點二個億，三百來人就業', 120_000_000],
  ])('%s → investment %d', (text, yuan) => {
    expect(read(text).investmentYuan).toBe(yuan);
  });

  it.each([
    ['浙江某公司投资3000万木地板项目，已签约', '浙江某公司投資3000萬木地板項目，已簽約'],
    ['项目投资3000万欧总那边下周签约', '項目投資3000萬歐總那邊下週簽約'],
  ])('%s: a word after 萬 is no unit, the sum stays yuan', (simplified, traditional) => {
    for (const text of [simplified, traditional]) {
      const report = read(text);
      expect(report.investmentYuan).toBe(30_000_000);
      expect(report.areaMu).toBeNull();
      expect(report.investmentForeign).toBeNull();
    }
  });

  it('still reads 畝地 said as 母地 and euros said as 萬歐', () => {
    expect(read('一百二十母地，投资5000万').areaMu).toBe(120);
    expect(read('投資800萬歐，在談').investmentForeign).toEqual({ currency: 'EUR', amount: 8_000_000 });
  });
});

describe('round 25 review: where an investor works, said with 搞', () => {
  it.each([
    ['王总在杭州搞电机的，说要回南康搞个工厂', '南康'],
    ['王總在杭州搞電機的，說要回南康搞個工廠', '南康'],
  ])('%s → %s', (text, place) => {
    expect(read(text).location).toBe(place);
  });
});

describe('round 25 review: names the review found cut or misplaced', () => {
  it('reads the project from its own column when the company cell holds the same words', () => {
    const report = read('序号  企业名称  项目内容  投资额(万元)\n1  深圳电子元件公司  电子元件  12000');
    expect(report.project).toBe('电子元件');
  });

  it.each([
    ['旗下的全资子公司宏达新材料科技股份有限公司拟投资3亿', '宏达新材料科技'],
    ['旗下的全資子公司宏達新材料科技股份有限公司擬投資3億', '宏達新材料科技'],
  ])('%s → %s', (text, company) => {
    expect(read(text).company).toBe(company);
  });

  it('reads EV parts as the parts trade wherever it is said', () => {
    expect(read('签约 ev parts 项目，投资2亿').industry).toBe('汽车零部件');
    expect(read('簽約 ev parts 項目，投資2億').industry).toBe('汽車零部件');
  });
});

describe('round 25 review: a paper of intent before a formal contract to come, in either script', () => {
  it.each([
    ['宏达公司已签备忘录。正式合同还在谈，投资2亿', 'negotiating'],
    ['宏達公司已簽備忘錄。正式合同還在談，投資2億', 'negotiating'],
    // near-miss: the formal contract signed too
    ['宏达公司签了备忘录和正式合同，投资2亿', 'signed'],
  ])('%s → %s', (text, stage) => {
    expect(read(text).stage).toBe(stage);
  });
});

describe('round 25 review: a spoken mobile number is eleven digits, not twelve', () => {
  it('reads eleven spoken digits with pauses', () => {
    expect(read('联系人王工一五九 七零七一 二三四五').contactPhone).toBe('15970712345');
  });
  it('reads no mobile from twelve digits with a pause before the last', () => {
    expect(read('联系人王工一三八一二三四五六七八 九').contactPhone).not.toBe('13812345678');
  });
});

describe('round 25 review: an answered sum belongs to the project the report turns to', () => {
  it.each([
    ['隔壁县那个厂到底投多少？答：5亿。这次跟我们对接的是恒通物流园，投资2亿', 200_000_000],
    ['隔壁縣那個廠到底投多少？答：5億。這次跟我們對接的是恒通物流園，投資2億', 200_000_000],
    // near-miss: no turn, the answer is the sum
    ['恒通物流园到底投多少？答：5亿', 500_000_000],
  ])('%s → %d', (text, yuan) => {
    expect(read(text).investmentYuan).toBe(yuan);
  });
});
