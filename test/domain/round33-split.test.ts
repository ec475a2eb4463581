import { describe, expect, it } from 'vitest';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-07';
const split = (text: string) => splitReports(text, { today });

/** Round 33's own texts (made up, no fixture's), in both scripts. */
describe("a forwarded brief's ▲ items, its dated trips and its closing lines", () => {
  it('cuts a ▲ brief into its event and its lead, leaving out the weather, a charity call and next week', () => {
    for (const text of [
      '驻杭商会 周工作简报（12.1-12.6）\n▲ 天气：杭州本周多云\n▲ 12月3日，商会在杭州举办“丽水—杭州生态产业推介会”，35家企业参会，现场签约项目3个。\n▲ 秘书长走访慰问2户困难会员家庭。\n▲ 杭州恒远包装有限公司有意在莲都区投资8000万元建设环保包装项目，目前为初步接触。\n▲ 下周安排：筹备理事会。\n秘书处 陈敏',
      '駐杭商會 週工作簡報（12.1-12.6）\n▲ 天氣：杭州本週多雲\n▲ 12月3日，商會在杭州舉辦「麗水—杭州生態產業推介會」，35家企業參會，現場簽約項目3個。\n▲ 秘書長走訪慰問2戶困難會員家庭。\n▲ 杭州恒遠包裝有限公司有意在蓮都區投資8000萬元建設環保包裝項目，目前為初步接觸。\n▲ 下週安排：籌備理事會。\n秘書處 陳敏',
    ]) {
      expect(split(text), text).toHaveLength(2);
    }
  });

  it('keeps whole a ▲ brief of one lead beside the weather', () => {
    for (const text of [
      '驻杭商会 周工作简报\n▲ 天气：杭州本周多云\n▲ 杭州恒远包装有限公司有意在莲都区投资8000万元建设环保包装项目，目前为初步接触。\n▲ 下周安排：筹备理事会。',
      '駐杭商會 週工作簡報\n▲ 天氣：杭州本週多雲\n▲ 杭州恒遠包裝有限公司有意在蓮都區投資8000萬元建設環保包裝項目，目前為初步接觸。\n▲ 下週安排：籌備理事會。',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });

  it("cuts a notice's dated trip to a district and a lead with its sum, past a request, a note of the weather and the office's name", () => {
    for (const text of [
      '转发：市投促局《招商周报》第12期\n1. 12月2日，苏州恒达机电一行5人赴高新区考察精密铸件配套。\n2. 无锡云启科技有限公司拟在经开区建设智能仓储项目，总投资3亿元，已签订框架协议。\n3. 请各商会于12月20日前报送全年工作总结。\n附：本周有寒潮，注意防寒。\n市投资促进服务中心',
      '轉發：市投促局《招商週報》第12期\n1. 12月2日，蘇州恒達機電一行5人赴高新區考察精密鑄件配套。\n2. 無錫雲啟科技有限公司擬在經開區建設智能倉儲項目，總投資3億元，已簽訂框架協議。\n3. 請各商會於12月20日前報送全年工作總結。\n附：本週有寒潮，注意防寒。\n市投資促進服務中心',
    ]) {
      expect(split(text), text).toHaveLength(2);
    }
  });

  it('keeps whole a notice whose other dated item asks something of its readers', () => {
    for (const text of [
      '转：招商工作日报（12月4日）\n1. 今日接待来访客商5批次。\n2. 无锡云启科技有限公司拟在经开区建设智能仓储项目，总投资3亿元，已签订框架协议。\n3. 明日市领导调研高新区重点项目，请相关单位做好准备。',
      '轉：招商工作日報（12月4日）\n1. 今日接待來訪客商5批次。\n2. 無錫雲啟科技有限公司擬在經開區建設智能倉儲項目，總投資3億元，已簽訂框架協議。\n3. 明日市領導調研高新區重點項目，請相關單位做好準備。',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });

  it('keeps whole a notice whose items are instructions beside its one lead', () => {
    for (const text of [
      '转发区投促局通知\n一、抓紧梳理在谈项目，做到应签尽签。\n二、加强与商会联动，及时报送线索。\n附：宁波海晨物流有限公司拟在港区建设冷链仓储中心，意向投资1.5亿元。',
      '轉發區投促局通知\n一、抓緊梳理在談項目，做到應簽盡簽。\n二、加強與商會聯動，及時報送線索。\n附：寧波海晨物流有限公司擬在港區建設冷鏈倉儲中心，意向投資1.5億元。',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });

  it("leaves out a county's tally beside the bulletin's event and lead", () => {
    for (const text of [
      '《东阳县招商简报》\n一、12月2日，县领导赴上海举办木雕产业推介会，邀请企业20家参会，现场签约项目2个。\n二、上海华木家居有限公司红木家具项目签约，总投资1.2亿元。\n三、全县1—11月新签约项目28个，到位资金30亿元。',
      '《東陽縣招商簡報》\n一、12月2日，縣領導赴上海舉辦木雕產業推介會，邀請企業20家參會，現場簽約項目2個。\n二、上海華木家居有限公司紅木家具項目簽約，總投資1.2億元。\n三、全縣1—11月新簽約項目28個，到位資金30億元。',
    ]) {
      expect(split(text), text).toHaveLength(2);
    }
  });
});

describe('lines under a title, past a sign-off or a signature', () => {
  it('cuts the rows under a title and over a sign-off', () => {
    for (const text of [
      '各位，汇总本月：\n签约：杭州恒瑞 新材料 3亿（桐庐）\n签约：宁波海晨 冷链仓储 5000万（象山）\n在谈：温州正泰 光伏组件 2亿（平阳）\n以上，有补充的私聊我',
      '各位，彙總本月：\n簽約：杭州恒瑞 新材料 3億（桐廬）\n簽約：寧波海晨 冷鏈倉儲 5000萬（象山）\n在談：溫州正泰 光伏組件 2億（平陽）\n以上，有補充的私聊我',
    ]) {
      expect(split(text), text).toHaveLength(3);
    }
  });

  it('cuts the rows of cells under a title naming its leads and over a dashed signature', () => {
    for (const text of [
      '丽水线索 12.05\n莲都｜杭州云帆科技｜直播电商基地｜1500万｜意向\n青田｜温州侨丰｜进口食品分拨｜4000万｜在谈\n缙云｜宁波顺达｜不锈钢厨具｜1.2亿｜已开工\n—— 秘书处小王',
      '麗水線索 12.05\n蓮都｜杭州雲帆科技｜直播電商基地｜1500萬｜意向\n青田｜溫州僑豐｜進口食品分撥｜4000萬｜在談\n縉雲｜寧波順達｜不鏽鋼廚具｜1.2億｜已開工\n—— 秘書處小王',
    ]) {
      expect(split(text), text).toHaveLength(3);
    }
  });

  it('keeps whole a title over one story and a word of thanks', () => {
    for (const text of [
      '【转发】驻沪招商工作站12月工作简报\n本月，我站持续跟踪服务在沪企业。上海德盈电子科技有限公司已与平阳县人民政府签订投资协议，拟投资2亿元建设智能终端配件项目。\n感谢上海温州商会的大力协助。',
      '【轉發】駐滬招商工作站12月工作簡報\n本月，我站持續跟蹤服務在滬企業。上海德盈電子科技有限公司已與平陽縣人民政府簽訂投資協議，擬投資2億元建設智能終端配件項目。\n感謝上海溫州商會的大力協助。',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });

  it("leaves a note under a table's rows out of them", () => {
    for (const text of [
      '【第50周 招商周报】\n序号  企业              地点      金额      进度\n1     杭州恒瑞新材      桐庐      3亿       签约\n2     宁波海晨物流      象山      5000万    洽谈\n备注：第2项金额待核实',
      '【第50週 招商週報】\n序號  企業              地點      金額      進度\n1     杭州恒瑞新材      桐廬      3億       簽約\n2     寧波海晨物流      象山      5000萬    洽談\n備註：第2項金額待核實',
    ]) {
      const pieces = split(text);
      expect(pieces, text).toHaveLength(2);
      expect(
        pieces.some((piece) => /备注|備註/.test(piece)),
        text,
      ).toBe(false);
    }
  });
});

describe("a lead's contact keyed by its side", () => {
  it('keeps the contact of one side with the lead before it', () => {
    for (const text of [
      '越南 Minh Phat 木业有意在龙泉竹木产业园投资，初步200万美元。外方联系：Nguyen Van An；国内对接 李华 139 1234 5678',
      '越南 Minh Phat 木業有意在龍泉竹木產業園投資，初步200萬美元。外方聯繫：Nguyen Van An；國內對接 李華 139 1234 5678',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });

  it('still cuts two leads one after another', () => {
    for (const text of [
      '杭州恒瑞新材料项目已签约，投资3亿元；宁波海晨物流冷链仓储项目在谈，投资5000万元',
      '杭州恒瑞新材料項目已簽約，投資3億元；寧波海晨物流冷鏈倉儲項目在談，投資5000萬元',
    ]) {
      expect(split(text), text).toHaveLength(2);
    }
  });
});
