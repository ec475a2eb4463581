import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const parse = (text: string) => parseReport(text, { today: '2026-12-05' });

describe('round 16b: the company field', () => {
  describe('a dialect 的 or 在 after a subject firm (嘞, 个, 辣, 勒)', () => {
    it.each([
      ['重庆渝丰食品嘞火锅底料项目签了，投资五千万', '渝丰食品'],
      ['武汉江城光电嘞产线已经落地了，投了两个亿', '江城光电'],
      ['長沙湘潤食品嘞醬料廠簽咗，投資八千萬', '湘潤食品'],
      ['宜宾蜀南竹木嘞竹制品加工厂在谈，投资三千万', '蜀南竹木'],
      ['南昌洪都机械个新厂还在考察，讲想投两个亿', '洪都机械'],
      ['贛州贛南果業个項目已經簽約，投資一億', '贛南果業'],
      ['上海申光电子辣阿拉开发区造只新厂，签脱了，投资两亿', '申光电子'],
      ['滬通物流勒阿拉此地弄只倉庫，還勒談，投資五千萬', '滬通物流'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });
  });

  describe('an adverb of its plan after the firm (原來, 原計劃, 初步) or the currency of its sum', () => {
    it.each([
      ['温州瓯江鞋业原来在鹿城有厂，这次想在我们这边投资一个亿', '瓯江鞋业'],
      ['東莞鴻昌五金原計劃投3000萬，後來加到5000萬，已簽約', '鴻昌五金'],
      ['泉州闽兴石材原本打算投两亿，现在在谈', '闽兴石材'],
      ['韓資的大成精密初步接洽，打算投資50億韓元', '大成精密'],
      ['美资的蓝湾生物初步接触，想投资2000万美元', '蓝湾生物'],
      ['台南永豐機械新台幣5億元的組裝線項目簽約了', '永豐機械'],
      ['日本山田化成日元30亿的项目在谈', '山田化成'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });
  });

  describe('trades: 糧機, 焊材, 雲倉, 日用品, 旅遊開發', () => {
    it.each([
      ['河南商会的豫北粮机跟区里谈得差不多了，投资八千万', '豫北粮机'],
      ['湘潭湘江焊材的焊丝项目签了，投资两亿', '湘江焊材'],
      ['浙江商会的义乌云仓想在物流园建个仓，在接触', '义乌云仓'],
      ['義烏商會：聯華日用品 物流倉 簽了，6000萬', '聯華日用品'],
      ['三亞椰風旅遊開發的那個 海島項目 嗯 有意向 投十來個億', '椰風旅遊開發'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });
  });

  describe('說 or 講 after a time of day, a message or 我 opens the name said', () => {
    it.each([
      ['上午说金穗米业已经投产，更正一下，是开工了', '金穗米业'],
      ['上條消息講南京金陵電子的項目投資兩億，唔啱，係三億', '金陵電子'],
      ['下午講鴻達物流已經簽約，其實還在談', '鴻達物流'],
      ['昨天的消息说西安秦川药业的项目签了，不对，是在谈', '秦川药业'],
      ['前天我講嘉華食品已經投產，其實只係開工，投資一億', '嘉華食品'],
      ['我说宏达物流那个项目已经落地了，搞错了，还在谈', '宏达物流'],
      ['上次我讲金鼎五金签约了，不对，是意向', '金鼎五金'],
      ['昨天我說台灣富邦精密已經簽約，其實還在談', '富邦精密'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });
  });

  describe('a quoted name whose site, sum or contact is put right', () => {
    it.each([
      ['更正：上條消息中「碧水環境」的投資額不是2億，是3億，在洽談', '碧水環境'],
      ['更正：上条消息中「清源环境」的选址是经开区，不是高新区', '清源环境'],
      ['補充：「嶺南醫療」的對接人換咗做陳生，電話不變', '嶺南醫療'],
      ['更正：「天一文創」的選址改咗去老城區，投資不變', '天一文創'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });
  });

  describe("a firm's name put right: 不是A，是B with places, spaces in speech, 不對 said twice", () => {
    it.each([
      ['更正：上条写的公司名错了，不是洛阳龙门实业，是洛阳河洛文旅，项目投资5亿', '河洛文旅'],
      ['更正：公司名寫錯咗，唔係廣州穗豐食品，係廣州羊城食品，投資一億', '羊城食品'],
      ['公司名字写错了 不是成都锦城物流 是成都天府物流 在谈', '天府物流'],
      ['那个鑫达汽配不对不对是鑫达机电他们在谈，投资五千万', '鑫达机电'],
      ['宏遠紡織不對不對是宏遠服飾他們已經開工了', '宏遠服飾'],
      ['嗯 华源电子 不对 不对 是华源光电 他们签了 投资两亿', '华源光电'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });
  });

  describe("a making step before 項目: the trade is the project's industry, the brand the firm", () => {
    it.each([
      ['① 蘇州芯源半導體封測項目：洽談中，擬投資8億元', '芯源'],
      ['2）长春一汽汽车组装项目 — 在谈，投资20亿', '一汽'],
      ['合肥华瑞电子封装项目签约了，投资3亿', '华瑞'],
      ['東莞華達機械組裝項目已簽約，投資一億', '華達'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });
  });

  describe('near misses that stay as they were', () => {
    it.each([
      ['这个项目原来在高新区，现在改到经开区，投资不变', null],
      ['他们初步意向投资两个亿，还没定企业', null],
      ['今天天气辣么热，推介会改到下周', null],
      ['我们营商环境很好，欢迎来投资', null],
      ['人居环境整治项目在谈，投资3000万', null],
      ['上午说的那个项目已经签约了', null],
      ['晋兴焦化技改项目已经开工，投资4亿', '晋兴焦化'],
      ['半导体封测项目在谈，投资8亿', null],
      ['我说这个项目还要再谈谈，投资两亿', null],
      ['不对不对，是五千万，已经签了', null],
      ['公司名写错了 不是 恒达物流 是 恒大物流 不对 是 亨达物流 冷链仓储中心项目 投资1.1亿', '亨达物流'],
    ])('%s → %s', (text, company) => {
      expect(parse(text).company).toBe(company);
    });
  });
});
