import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const industry = (text: string) => parseReport(text, { today }).industry;

describe('round 32: industry — the finer product writers name', () => {
  it('reads a part, a component, a chemical or recycling said right after the trade', () => {
    expect(industry('成都瑞航科技拟在绵阳投资2亿元建设航空零部件生产线，洽谈中。')).toBe('航空零部件');
    expect(industry('成都瑞航科技擬在綿陽投資2億元建設航空零部件生產線，洽談中。')).toBe('航空零部件');
    expect(industry('深圳一家电子企业想在赣州建电子元器件基地，投资1亿，刚接触。')).toBe('电子元器件');
    expect(industry('深圳一家電子企業想在贛州建電子元器件基地，投資1億，剛接觸。')).toBe('電子元器件');
    expect(industry('宁德汇能新能源拟在上饶投资3亿元建设锂电池回收项目，已签约。')).toBe('锂电池回收');
    expect(industry('寧德匯能新能源擬在上饒投資3億元建設鋰電池回收項目，已簽約。')).toBe('鋰電池回收');
  });

  it('keeps the 加工 of grain, aquatic and farm goods and timber, not of a made good', () => {
    expect(industry('福州海丰水产拟在连江投资5000万元建水产加工厂，在谈。')).toBe('水产加工');
    expect(industry('福州海豐水產擬在連江投資5000萬元建水產加工廠，在談。')).toBe('水產加工');
    expect(industry('俄罗斯一家木材企业拟在满洲里建木材加工厂，投资600万美元。')).toBe('木材加工');
    expect(industry('俄羅斯一家木材企業擬在滿洲里建木材加工廠，投資600萬美元。')).toBe('木材加工');
    expect(industry('南安一家石材企业拟在麻城建石材加工基地，投资2亿，在谈。')).toBe('石材');
    expect(industry('南安一家石材企業擬在麻城建石材加工基地，投資2億，在談。')).toBe('石材');
  });

  it('does not read the product of a registered name, nor a split head (封測, 配件)', () => {
    expect(industry('佛山宏达五金制品有限公司拟在肇庆建五金配件厂，投资8000万，初次接触。')).toBe('五金');
    expect(industry('佛山宏達五金製品有限公司擬在肇慶建五金配件廠，投資8000萬，初次接觸。')).toBe('五金');
    expect(industry('台资企业拟在西安设立半导体封装测试厂，投资6亿元，已签意向书。')).toBe('半导体');
  });

  it('reads what a broad class’s firm makes when a project or plant is said of it', () => {
    expect(industry('南京康泰医疗拟在宿迁投资1亿元建高值耗材项目，洽谈中。')).toBe('高值耗材');
    expect(industry('南京康泰醫療擬在宿遷投資1億元建高值耗材項目，洽談中。')).toBe('高值耗材');
    expect(industry('北京华源新材在包头投资4亿建碳化硅项目，已签约。')).toBe('碳化硅');
    expect(industry('北京華源新材在包頭投資4億建碳化硅項目，已簽約。')).toBe('碳化硅');
    // Said without a project or plant (a cell of a list), the words may be anything: the class stays.
    expect(industry('南京康泰医疗——宿迁——初步接触——1亿')).toBe('医疗');
  });

  it('reads the kind a broad class opens, said as what a project makes (生物|飼料), not a region or a food', () => {
    expect(industry('湖南一家企业拟在常德投资2亿建生物农药项目，洽谈中。')).toBe('生物农药');
    expect(industry('湖南一家企業擬在常德投資2億建生物農藥項目，洽談中。')).toBe('生物農藥');
    expect(industry('湖南一家企业拟在常德投资2亿建生物华中基地，洽谈中。')).toBe('生物');
    expect(industry('厦门一家侨商拟在漳州建食品罐头厂，投资3000万，在谈。')).not.toBe('食品罐头');
  });

  it('reads tea drinks as one product', () => {
    expect(industry('武夷山那个茶饮料项目投资2亿，在谈。')).toBe('茶饮料');
    expect(industry('武夷山那個茶飲料項目投資2億，在談。')).toBe('茶飲料');
    expect(industry('武夷山那个茶饮项目投资2亿，在谈。')).toBe('茶饮');
  });
});
