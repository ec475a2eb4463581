import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-07';
const split = (text: string) => splitReports(text, { today });

/** Round 32's own texts (made up, no fixture's), in both scripts. */
describe('a forwarded notice of two leads or more is cut into its leads alone', () => {
  it("leaves out the government's meeting and the weather beside two leads", () => {
    for (const [text, leads] of [
      [
        '转发：区招商简报\n一、12月4日，区政府召开常务会议，研究部署明年经济工作。\n二、由温州商会引荐的温州瑞光眼镜有限公司光学镜片项目在经开区签约，投资2亿元。\n三、杭州云帆智能的机器人减速器项目正在洽谈，拟投资5亿元。\n四、本周末有降雪，请注意出行安全。',
        ['由温州商会引荐的温州瑞光眼镜有限公司光学镜片项目在经开区签约，投资2亿元。', '杭州云帆智能的机器人减速器项目正在洽谈，拟投资5亿元。'],
      ],
      [
        '轉發：區招商簡報\n一、12月4日，區政府召開常務會議，研究部署明年經濟工作。\n二、由溫州商會引薦的溫州瑞光眼鏡有限公司光學鏡片項目在經開區簽約，投資2億元。\n三、杭州雲帆智能的機器人減速器項目正在洽談，擬投資5億元。\n四、本週末有降雪，請注意出行安全。',
        ['由溫州商會引薦的溫州瑞光眼鏡有限公司光學鏡片項目在經開區簽約，投資2億元。', '杭州雲帆智能的機器人減速器項目正在洽談，擬投資5億元。'],
      ],
    ] as const) {
      expect(split(text), text).toEqual(leads);
    }
  });

  it("keeps the chamber's own dated trips in its brief", () => {
    for (const text of [
      '商会工作简报\n一、12月1日，会长带队赴南京拜访会员企业。\n二、常州精研轴承项目在高新区签约，投资2亿元。\n三、12月3日在经开区召开对接会，20家企业参加。',
      '商會工作簡報\n一、12月1日，會長帶隊赴南京拜訪會員企業。\n二、常州精研軸承項目在高新區簽約，投資2億元。\n三、12月3日在經開區召開對接會，20家企業參加。',
    ]) {
      expect(split(text), text).toHaveLength(3);
    }
  });

  it('still keeps whole a notice whose one lead sits beside the weather', () => {
    for (const text of [
      '转发：区招商简报\n一、12月4日，区政府召开常务会议，研究部署明年经济工作。\n二、杭州云帆智能的机器人减速器项目正在洽谈，拟投资5亿元。\n三、本周末有降雪，请注意出行安全。',
      '轉發：區招商簡報\n一、12月4日，區政府召開常務會議，研究部署明年經濟工作。\n二、杭州雲帆智能的機器人減速器項目正在洽談，擬投資5億元。\n三、本週末有降雪，請注意出行安全。',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });
});

describe("a lead told at the event before it takes the event's day", () => {
  const dateOf = (text: string) => split(text).map((piece) => parseReport(piece, { today }).date);

  it("dates a lead signed at the meeting (會上, 其中, 同日) on the meeting's day", () => {
    for (const text of [
      '两件事：一是昨天在苏州开了招商推介会，来了30家企业，签了4个项目；二是会上常熟华美纺织签了印染项目，投资1.5亿元。',
      '兩件事：一是昨天在蘇州開了招商推介會，來了30家企業，簽了4個項目；二是會上常熟華美紡織簽了印染項目，投資1.5億元。',
      '1.上周四 高新区举办台资企业对接会 签约3个项目 2.同日 台湾宏达光电 显示模组项目 落户高新区 投资3亿 已签约',
      '1.上週四 高新區舉辦台資企業對接會 簽約3個項目 2.同日 台灣宏達光電 顯示模組項目 落戶高新區 投資3億 已簽約',
    ]) {
      const [event, lead] = dateOf(text);
      expect(event, text).not.toBeNull();
      expect(lead, text).toBe(event);
    }
  });

  it("gives no day to a lead told after another lead, and keeps a lead's own day", () => {
    expect(dateOf('两件事：一是无锡锡能环保固废项目签约了，投资3亿元；二是其中一期用地50亩的常熟华美纺织印染项目还在谈，投资1.5亿元。')).toEqual([null, null]);
    expect(dateOf('兩件事：一是昨天在蘇州開了招商推介會，來了30家企業，簽了4個項目；二是會上認識的常熟華美紡織12月20日來考察，想投1.5億元。')).toEqual([
      '2026-12-06',
      '2026-12-20',
    ]);
  });
});
