import { describe, expect, it } from 'vitest';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-07';
const split = (text: string) => splitReports(text, { today });

/** Round 33's second pass: its own texts (made up, no fixture's), in both scripts. */
describe("a list's last item without the lines that close the message", () => {
  it("cuts a weekly list into its three items, the chamber's dated meeting one of them, past next week's plan and the sender", () => {
    for (const text of [
      '驻苏商会 第49周工作周报\n1、12月1日，秘书长拜访苏州恒力精工，对方有意在高新区投资建设轴承项目，投资额约3亿元。\n2、12月3日，协助开发区在苏州举办招商推介会，邀请企业28家。\n3、12月4日，召开理事会第二次会议。\n下周计划：走访会员企业6家。\n报送：秘书处',
      '駐蘇商會 第49週工作週報\n1、12月1日，秘書長拜訪蘇州恒力精工，對方有意在高新區投資建設軸承項目，投資額約3億元。\n2、12月3日，協助開發區在蘇州舉辦招商推介會，邀請企業28家。\n3、12月4日，召開理事會第二次會議。\n下週計劃：走訪會員企業6家。\n報送：秘書處',
    ]) {
      const pieces = split(text);
      expect(pieces, text).toHaveLength(3);
      expect(pieces[2]).toMatch(/^12月4日，召開理事會第二次會議。$|^12月4日，召开理事会第二次会议。$/);
    }
  });

  it('leaves a request and a greeting out of the last lead, and keeps a line said of all the leads', () => {
    for (const [text, last] of [
      [
        '1. 宁波海川模具，模具加工，投资2亿，北仑，已签约\n2. 杭州云帆物流，冷链仓储，投资1亿，萧山，在谈\n请各位会员留意',
        '杭州云帆物流，冷链仓储，投资1亿，萧山，在谈',
      ],
      [
        '1. 寧波海川模具，模具加工，投資2億，北侖，已簽約\n2. 杭州雲帆物流，冷鏈倉儲，投資1億，蕭山，在談\n晚安🌙',
        '杭州雲帆物流，冷鏈倉儲，投資1億，蕭山，在談',
      ],
    ]) {
      expect(split(text).at(-1), text).toBe(last);
    }
    for (const text of ['兩個簽約:\n- 紹興柯橋 華紡印染 印染設備 2.5億 高新區\n- 嘉興海寧 皮革城 皮具 1.2億 經開區\n都是12月3號簽的.']) {
      expect(split(text).at(-1), text).toContain('都是12月3號簽的');
    }
  });

  it("keeps a contact line under the last item, and a notice's list of materials whole", () => {
    for (const text of [
      '1. 宁波海川模具，模具加工，投资2亿，北仑，已签约\n2. 杭州云帆物流，冷链仓储，投资1亿，萧山，在谈\n请联系王总 13812345678',
      '1. 寧波海川模具，模具加工，投資2億，北侖，已簽約\n2. 杭州雲帆物流，冷鏈倉儲，投資1億，蕭山，在談\n請聯繫王總 13812345678',
    ]) {
      expect(split(text).at(-1), text).toMatch(/13812345678$/);
    }
    for (const text of [
      '关于报送年度工作总结的通知\n各商会 请于12月15日前报送以下材料 \n1．全年项目清单（含项目名称 投资额 进展情况） \n2．到位资金统计表 \n\n联系人 王科长 0571-8888123\n\n市投资促进局\n2026年12月3日',
      '關於報送年度工作總結的通知\n各商會 請於12月15日前報送以下材料 \n1．全年項目清單（含項目名稱 投資額 進展情況） \n2．到位資金統計表 \n\n聯繫人 王科長 0571-8888123\n\n市投資促進局\n2026年12月3日',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });
});

describe("the chamber's dated meetings", () => {
  it("cuts a list whose last item is the chamber's meeting in bare words with its day", () => {
    for (const text of [
      '本月小结：\n① 12月2日 宁波 温州投资推介会，邀请企业40家，签约5个\n② 日本大和精工 龙湾 轴承 3亿 意向\n③ 宁波海川模具 瓯海 模具 2亿 签约\n④ 12月6日 理事会',
      '本月小結：\n① 12月2日 寧波 溫州投資推介會，邀請企業40家，簽約5個\n② 日本大和精工 龍灣 軸承 3億 意向\n③ 寧波海川模具 甌海 模具 2億 簽約\n④ 12月6日 理事會',
    ]) {
      expect(split(text), text).toHaveLength(4);
    }
  });

  it("does not count the chamber's meeting told in a clause of a forward as one of its reports", () => {
    for (const text of [
      '秘书处转发：宁波温州商会 12月第一周会务简报\n一、会长办公会于12月1日召开，审议年会方案。\n二、招商动态：\n　1）宁波海川模具拟在瓯海投资2亿元建设模具项目，目前正在洽谈；\n　2）日本大和精工代表12月3日赴龙湾考察轴承项目；\n　3）杭州云帆物流在瓯海投资的冷链仓储项目已于11月中旬正式投产。\n三、本周宁波气温8-15℃。',
      '秘書處轉發：寧波溫州商會 12月第一週會務簡報\n一、會長辦公會於12月1日召開，審議年會方案。\n二、招商動態：\n　1）寧波海川模具擬在甌海投資2億元建設模具項目，目前正在洽談；\n　2）日本大和精工代表12月3日赴龍灣考察軸承項目；\n　3）杭州雲帆物流在甌海投資的冷鏈倉儲項目已於11月中旬正式投產。\n三、本週寧波氣溫8-15℃。',
    ]) {
      expect(split(text), text).toHaveLength(3);
    }
  });
});
