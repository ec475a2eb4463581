import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const industry = (text: string) => parseReport(text, { today }).industry;

describe('round 31: industry — a firm’s X業 gives way to what its project makes', () => {
  it('reads the product of a project whose firm is named by any X業', () => {
    expect(industry('青岛海晟粉业投资8000万元建设粉丝生产线，已签约。')).toBe('粉丝');
    expect(industry('青島海晟粉業投資8000萬元建設粉絲生產線，已簽約。')).toBe('粉絲');
    expect(industry('商会推荐的江南蚕业拟在开发区建设丝绸面料生产线，投资1.2亿元，在谈。')).toBe('丝绸面料');
    expect(industry('商會推薦的江南蠶業擬在開發區建設絲綢面料生產線，投資1.2億元，在談。')).toBe('絲綢面料');
  });

  it('keeps the X業 when the project names nothing made', () => {
    expect(industry('青岛海晟粉业投资8000万元，已签约。')).toBe('粉业');
    expect(industry('青島海晟粉業投資8000萬元，已簽約。')).toBe('粉業');
  });

  it('keeps a 業 writers keep as a trade (乳業, 種業) and reads 茶業 as tea', () => {
    expect(industry('禾丰种业在经开区建设种子加工中心，投资5000万，在谈。')).toBe('种业');
    expect(industry('禾豐種業在經開區建設種子加工中心，投資5000萬，在談。')).toBe('種業');
    expect(industry('云岭茶业拟在新区建设红茶加工厂，投资3000万元，意向阶段。')).toBe('茶叶');
  });

  it('does not take a project from an earlier item of a list for a firm’s X業', () => {
    expect(industry('1. 四平 玉米深加工 投资4亿 合同签了\n2. 辽源 袜业产业园 杭州的华美袜业 想投5000万 还在谈')).toBe('袜业');
    expect(industry('1. 四平 玉米深加工 投資4億 合同簽了\n2. 遼源 襪業產業園 杭州的華美襪業 想投5000萬 還在談')).toBe('襪業');
  });
});

describe('round 31: industry — what a project makes, past its region, its organic label and a county-word', () => {
  it('drops a region said before a plant (華東, 西南)', () => {
    expect(industry('成都的锦程科技准备在遵义设西南生产基地，投资3亿，已签框架协议。')).toBeNull();
    expect(industry('一家高端家电品牌拟投资500万欧元设立华东区域工厂，目前在谈。')).toBe('家电');
    expect(industry('一家德國家電品牌擬投資500萬歐元設立華東區域工廠，目前在談。')).toBe('家電');
  });

  it('drops 有機 before a processed product, not in 有機肥', () => {
    expect(industry('北京绿禾农业的有机小米加工项目已签约，投资9000万。')).toBe('小米加工');
    expect(industry('北京綠禾農業的有機小米加工項目已簽約，投資9000萬。')).toBe('小米加工');
    expect(industry('項目：有機肥加工廠，投資3000萬元，聯繫人：黃先生')).toBe('有機肥');
  });

  it('does not read a county whose name is a word (江山) as what a plant makes', () => {
    expect(industry('辽河泵业江山厂房老早造好了，上个月已经开工了。')).toBe('泵业');
  });

  it('does not read renovation as what a plant makes', () => {
    expect(industry('台州海兴泵业项目总投资1.2亿，已经动工装修厂房了。')).toBe('泵业');
  });
});

describe('round 31: industry — a country or its style before a product is not the trade', () => {
  it('drops the country a product is named after', () => {
    expect(industry('延边那个韩国辣白菜厂已经签约了，投资8000万。')).toBe('辣白菜');
    expect(industry('延邊那個韓國辣白菜廠已經簽約了，投資8000萬。')).toBe('辣白菜');
    expect(industry('上週報嘅嗰個意大利皮具廠，投資額係3000萬歐元。')).toBe('皮具');
  });

  it('drops a country’s style (韓式, 日式) before a product', () => {
    expect(industry('日本客商拟在开发区建设日式调味料工厂，投资2000万，洽谈中。')).toBe('调味料');
    expect(industry('日本客商擬在開發區建設日式調味料工廠，投資2000萬，洽談中。')).toBe('調味料');
  });

  it('keeps a country with one character after it (日本酒 is sake)', () => {
    expect(industry('那个日本酒厂投资500万，在谈。')).toBe('日本酒');
    expect(industry('那個日本酒廠投資500萬，在談。')).toBe('日本酒');
  });
});

describe('round 31: industry — a city, a brand and a known trade name a firm', () => {
  it('drops the brand between a city and a known trade', () => {
    expect(industry('更正：苏州华腾物流园项目用地是60亩，投资2亿，还在谈。')).toBe('物流');
    expect(industry('更正：蘇州華騰物流園項目用地是60畝，投資2億，還在談。')).toBe('物流');
    expect(industry('12月3日，深圳康宁医疗器械项目在开发区签约，总投资1.2亿元。')).toBe('医疗器械');
    expect(industry('12月3日，深圳康寧醫療器械項目在開發區簽約，總投資1.2億元。')).toBe('醫療器械');
  });

  it('keeps what is raised before the work (肉牛養殖) and a trade before a trade (果蔬冷鏈)', () => {
    expect(industry('通辽科尔沁肉牛养殖项目已签约，投资1.2亿。')).toBe('肉牛养殖');
    expect(industry('新疆果蔬冷链项目投资5000万，在谈。')).toBe('果蔬冷链');
  });
});

describe('round 31: industry — 加工 after a good already made', () => {
  it('drops 加工 after a kind of food, a 製品 or furniture', () => {
    expect(industry('宁波海鲜食品公司拟在开发区建速冻食品加工厂，投资8000万，在谈。')).toBe('速冻食品');
    expect(industry('寧波海鮮食品公司擬在開發區建速凍食品加工廠，投資8000萬，在談。')).toBe('速凍食品');
    expect(industry('越南客商在凭祥投资的竹木制品加工项目已投产，投资3000万。')).toBe('竹木制品');
  });

  it('keeps 加工 after a raw material', () => {
    expect(industry('越南客商在凭祥投资的海产品加工项目已投产，投资3000万。')).toBe('海产品加工');
    expect(industry('越南客商在憑祥投資的稻米加工項目已投產，投資3000萬。')).toBe('稻米加工');
  });
});

describe('round 31: industry — 做 and a product named by its head, ending the clause', () => {
  it('reads a product ending in a head noun (製品, 電機, 加工) after 做', () => {
    expect(industry('宁波老板打算在高新区投资8000万做微型电机，还在谈。')).toBe('微型电机');
    expect(industry('寧波老闆打算在高新區投資8000萬做微型電機，還在談。')).toBe('微型電機');
    expect(industry('福州的林老板主要做竹木工艺制品，想回乡投资3000万，在谈。')).toBe('竹木工艺制品');
    expect(industry('福州的林老闆主要做竹木工藝製品，想回鄉投資3000萬，在談。')).toBe('竹木工藝製品');
  });

  it('does not read a task after 做 as a trade', () => {
    expect(industry('商会这边正在做前期对接工作，投资额还没定。')).toBeNull();
    expect(industry('那个老板说先做准备，投资额还没定。')).toBeNull();
  });
});
