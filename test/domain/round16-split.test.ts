import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-05';
const parse = (text: string) => parseReport(text, { today });
const split = (text: string) => splitReports(text, { today });
const companies = (text: string) => split(text).map((piece) => parse(piece).company);

describe('round 16: splitting', () => {
  it('splits a spoken list numbered by a numeral alone between spaces (一 … 二 … 三 …)', () => {
    expect(companies('说两个 一 宁波海天模具在高新区投资2亿已经签了 二 温州瑞丰阀门在谈 想投5000万')).toEqual(['海天模具', '瑞丰阀门']);
    expect(companies('今日兩單 一 佛山美豪家具喺家居園投資八千萬 已經簽咗 二 江門華僑陶瓷仲傾緊 投資一億二')).toHaveLength(2);
    expect(split('摆两个 一 成都川味食品在食品园投了三个亿 签安逸了 二 重庆山城物流还在谈 要投八千万 三 昨天商会带了十家企业去经开区考察')).toHaveLength(3);
    expect(
      split('報三個 一 「嘉禾新材」在化工園區投資4億已經簽約 二 「恆通汽配」想投1億 在汽配產業園 三 「潮匯電商」在電商產業園已經開業 投資800萬'),
    ).toHaveLength(3);
  });

  it('keeps one report whole when its spaced numerals number its facts', () => {
    const text = '宁波海天模具 一 投资2亿 二 占地50亩 三 已经签约';
    expect(split(text)).toEqual([text]);
    expect(split('寧波海天模具 一 投資2億 二 佔地50畝')).toHaveLength(1);
  });

  it('splits one, then the other (一個是…另外一個是…, 一个系…另一个系…)', () => {
    const two = split('两个事 一个是 苏州华兴电子想在高新区投两个亿 在谈 另一个是 昨天商会带了十家企业去经开区考察');
    expect(two.map((piece) => parse(piece).kind)).toEqual(['lead', 'event']);
    expect(companies('有兩單嘢 一個係佛山美豪家具喺家居園投咗八千萬 已經簽咗 另外一個係江門華僑陶瓷 仲傾緊 投一億二')).toHaveLength(2);
    expect(
      split('兩個事情哈：一個是自貢燈會文化公司想在文旅區整個彩燈主題公園，投資一點五個億，在談；還有一個是昨天商會組織了十二家企業去經開區考察'),
    ).toHaveLength(2);
    expect(split('两件事 一个是温州瑞丰阀门在谈 投5000万 另外一个是台州海正药业签了 投3亿')).toHaveLength(2);
  });

  it('keeps 其中一個是 inside one report', () => {
    const text = '昨天来了好几家企业看地，其中一个是苏州华兴电子，想投两个亿';
    expect(split(text)).toHaveLength(1);
  });

  it('splits a numbered list whose last item is a meeting held with 開 (開年會, 开座谈会)', () => {
    const text =
      '遼寧商會近期動態：\n1. 營口港務的集裝箱堆場項目已簽約，投資1.8億；\n2. 盤錦稻香米業大米加工線接觸中，投資約6000萬；\n3. 下週三（12月9日）在商會大廳開年會。';
    expect(split(text).map((piece) => parse(piece).kind)).toEqual(['lead', 'lead', 'event']);
    expect(parse('下周三在商会大厅开座谈会').kind).toBe('event');
    expect(parse('明天喺商會開個推介會，請咗三十間企業').kind).toBe('event');
    expect(parse('下礼拜五在酒店开个招商会').kind).toBe('event');
  });

  it('keeps 開 of 開發區, 開工 and 開業 no holding of a meeting', () => {
    expect(parse('开发区管委会说那个项目投资3亿').kind).toBe('lead');
    expect(parse('開發區管委會話嗰個項目投資3億').eventType).toBeNull();
    expect(parse('华兴电子的厂已经开工了，投资2亿').kind).toBe('lead');
  });

  it("keeps a bulletin's overview and closing instruction around its one lead as one report", () => {
    const traditional =
      '【市投促局異地商會工作動態】\n近期各異地商會積極開展招商引資工作，成效明顯。浙江商會、福建商會分別組織會員企業赴我市考察。\n雲南商會引薦的昆明滇紅生物科技有限公司三七深加工項目，計劃投資2億元，擬選址生物醫藥產業園。\n下一步，各商會要進一步發揮橋樑紐帶作用，做好項目跟蹤服務……';
    expect(split(traditional)).toHaveLength(1);
    expect(parse(traditional)).toMatchObject({ kind: 'lead', investmentYuan: 200_000_000 });
    const simplified =
      '市招商局工作简报\n本月各地商会积极对接，四川商会、湖南商会分别带队来我市考察。\n湖南商会推荐的长沙湘江生物医药产业园项目，拟投资5亿元，正在洽谈。\n下一步，各商会要继续做好项目跟踪服务。';
    expect(split(simplified)).toHaveLength(1);
    expect(parse(simplified).investmentYuan).toBe(500_000_000);
  });

  it('still splits lines that are each a lead of their own under a title', () => {
    const text = '本週新線索\n雲南滇紅生物三七深加工項目，投資2億元，在談。\n湖南湘江生物醫藥項目，投資5億元，已簽約。';
    expect(split(text)).toHaveLength(2);
  });
});
