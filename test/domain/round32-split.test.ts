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

void parseReport;
