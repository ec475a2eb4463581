import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-06';
const company = (text: string) => parseReport(text, { today }).company;

describe('round 25: company', () => {
  it('reads the investor named after 投資方, a place before it dropped', () => {
    expect(company('鹤岗那个木耳基地有进展了，投资方广州绿岭食品，投资3000万，在谈。')).toBe('绿岭食品');
    expect(company('鶴崗那個木耳基地有進展了，投資方廣州綠嶺食品，投資3000萬，在談。')).toBe('綠嶺食品');
    expect(company('下个礼拜签。投资方係东莞恒盛五金。')).toBe('恒盛五金');
    expect(company('下個禮拜簽。投資方係東莞恒盛五金。')).toBe('恒盛五金');
    expect(company('关于双城那个冷库项目，投资方还是北京雪峰冷链，目前在谈。')).toBe('雪峰冷链');
    expect(company('關於雙城那個冷庫項目，投資方還是北京雪峰冷鏈，目前在談。')).toBe('雪峰冷鏈');
  });

  it('reads no investor from 投資方面, an unnamed investor or its people', () => {
    expect(company('投资方面还要再谈，金额未定')).toBeNull();
    expect(company('投資方面還要再談，金額未定')).toBeNull();
    expect(company('投资方还没定，园区在谈')).toBeNull();
    expect(company('投資方負責人表示，將把產業園打造成樣板')).toBeNull();
  });

  it('reads the firm named before 投的, not a party or where the money goes', () => {
    expect(company('报告一哈：株洲天元那个电池回收项目开工哒！绿能循环投的，总投资12亿')).toBe('绿能循环');
    expect(company('報告一哈：株洲天元那個電池回收項目開工噠！綠能循環投的，總投資12億')).toBe('綠能循環');
    expect(company('中宁这个是广州百瑞源投的枸杞饮料线，投资4200万，已投产。')).toBe('百瑞源');
    expect(company('这个厂是我们投的，3000万')).toBeNull();
    expect(company('回信丰投的新项目是柔性线路板，投资额2.2亿')).toBeNull();
  });

  it('drops a county before a brand of two characters and one trade, unless a city stands before it', () => {
    expect(company('澄海新乐玩具 孝感 项目 投资8000万 在谈')).toBe('新乐玩具');
    expect(company('澄海新樂玩具 孝感 項目 投資8000萬 在談')).toBe('新樂玩具');
    expect(company('长沙岳麓基因科技有限公司拟在生物医药园投资2亿元')).toBe('岳麓基因科技');
    expect(company('長沙岳麓基因科技有限公司擬在生物醫藥園投資2億元')).toBe('岳麓基因科技');
  });

  it('reads a brand of two or three characters said with 那個 and its deal', () => {
    expect(company('问：恒泰那个3个亿的项目是在公安还是在石首？')).toBe('恒泰');
    expect(company('問：恒泰那個3個億的項目是在公安還是在石首？')).toBe('恒泰');
    expect(company('A：鑫瑞那个项目签了没有？')).toBe('鑫瑞');
    expect(company('A：鑫瑞那個項目簽了沒有？')).toBe('鑫瑞');
    expect(company('杭州萧山的传丰那个物流港项目已经开工了，投资7亿')).toBe('传丰');
  });

  it('reads no firm from a place, an industry, a zone, a person or a visit said with 那個', () => {
    expect(company('光伏那个项目签了，投资3亿')).toBeNull();
    expect(company('光伏那個項目簽了，投資3億')).toBeNull();
    expect(company('经开那个汽配项目，投资从3个亿调整为4.5个亿了')).toBeNull();
    expect(company('河口那個跨境物流園項目總投資十二億，在談')).toBeNull();
    expect(company('张伟那个项目签了，投资2亿')).toBeNull();
    expect(company('上次那个项目签了，投资2亿')).toBeNull();
    expect(company('商会前天去了趟东港镇 考察那个 渔港 感觉还可以')).toBeNull();
  });

  it('reads the firm of a surname and title after 的 with three characters', () => {
    expect(company('介绍一下，这位是上海科达利的马总，想在天长投个线束厂，大概1.5个亿')).toBe('科达利');
    expect(company('介紹一下，這位是上海科達利的馬總，想在天長投個線束廠，大概1.5個億')).toBe('科達利');
    expect(company('台中來的黃董蠻有誠意的，想設一間模具廠，預計投資三億元')).toBeNull();
    expect(company('我们商会有个会员啊姓周的周总他说想过来看看地方')).toBeNull();
  });

  it('drops the place before 的 and whose capital a firm is in a row’s first cell', () => {
    expect(company('三门峡的崤山果业，苹果冷链仓，3500万，农业园，已开工')).toBe('崤山果业');
    expect(company('三門峽的崤山果業，蘋果冷鏈倉，3500萬，農業園，已開工')).toBe('崤山果業');
    expect(company('韓資美佳超市：河西新城，8000萬元，已開業')).toBe('美佳超市');
    expect(company('港商信达冷链：道外区冷库，投资1.2亿元，已开工')).toBe('信达冷链');
    expect(company('報個寧波的線索，項目還沒起名字，投資大約四千萬')).toBeNull();
  });

  it('drops speech, news received and a party’s word opening a firm’s name', () => {
    expect(company('今天两件事：\n下午收到芜湖江海船业的消息，他们打算投4亿在临港产业园建船舶配件厂，还是意向。')).toBe('江海船业');
    expect(company('今天兩件事：\n下午收到蕪湖江海船業的消息，他們打算投4億在臨港產業園建船舶配件廠，還是意向。')).toBe('江海船業');
    expect(company('深圳商会引进的港资项目佳美包装已在平远完成注册，总投资8000万元')).toBe('佳美包装');
    expect(company('深圳商會引進的港資項目佳美包裝已在平遠完成註冊，總投資8000萬元')).toBe('佳美包裝');
  });

  it('reads the firm named after 旗下, whatever owns it, and none from 旗下門店', () => {
    expect(company('香港上市公司华邦控股（市值约80亿港元）旗下的华邦医疗器械，拟在高新区设立生产基地')).toBe('华邦医疗器械');
    expect(company('香港上市公司華邦控股（市值約80億港元）旗下的華邦醫療器械，擬在高新區設立生產基地')).toBe('華邦醫療器械');
    expect(company('印尼椰风集团旗下椰风生物科技有限公司已签约，投资额1.2亿元')).toBe('椰风生物科技');
    expect(company('印尼椰風集團旗下椰風生物科技有限公司已簽約，投資額1.2億元')).toBe('椰風生物科技');
    expect(company('金丰集团旗下门店200家，年销售额30亿，拟在综保区建设交易中心')).toBe('金丰集团');
    expect(company('金豐集團旗下門店200家，年銷售額30億，擬在綜保區建設交易中心')).toBe('金豐集團');
  });
});
