import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-06';
const split = (text: string) => splitReports(text, { today });

/**
 * Round 31's own texts (made up, no fixture's): forwarded notices whose other paragraphs report no investment, a WeChat
 * article's trailer, a list's closing request and a chat's question and answer, in both scripts.
 */
describe('a forwarded notice is cut only into its investment work', () => {
  it('keeps whole a forward or notice whose other paragraphs are a government meeting, an inspection, a duty roster, a charity drive or the weather', () => {
    for (const text of [
      '转：某县人民政府网 12月2日，县政府召开安全生产工作会议，部署冬季隐患排查。会议还通报了冬修水利进展。\n另讯：同日，县长会见了德国汉斯机械公司一行，双方就在县经开区投资建设精密轴承项目进行洽谈，拟投资3亿元。\n此外，县气象台预计本周有寒潮，请注意保暖。',
      '轉：某縣人民政府網 12月2日，縣政府召開安全生產工作會議，部署冬季隱患排查。會議還通報了冬修水利進展。\n另訊：同日，縣長會見了德國漢斯機械公司一行，雙方就在縣經開區投資建設精密軸承項目進行洽談，擬投資3億元。\n此外，縣氣象台預計本週有寒潮，請注意保暖。',
      '【通知】关于召开商会理事会的通知\n各位理事：\n定于12月20日上午在商会会议室召开理事会，请准时参加。\n附：今年工作回顾\n——5月，组织会员企业参加家乡招商大会；\n——近期，会员企业上海恒远精工与经开区就精密模具项目达成初步意向，拟投资3亿元；\n——开展送温暖活动，慰问困难会员8户。',
      '【通知】關於召開商會理事會的通知\n各位理事：\n定於12月20日上午在商會會議室召開理事會，請準時參加。\n附：今年工作回顧\n——5月，組織會員企業參加家鄉招商大會；\n——近期，會員企業上海恒遠精工與經開區就精密模具項目達成初步意向，擬投資3億元；\n——開展送溫暖活動，慰問困難會員8戶。',
      '【轉發】市投促局工作簡報（第12期）\n一、全市開展冬季安全生產大檢查。市投促局對重點園區企業開展檢查，排查隱患40處，已整改35處。\n二、12月2日，由上海商會引薦的上海恒遠精工有限公司精密模具項目在高新區簽約，總投資3億元。\n三、做好元旦和春節假期的值班工作。各單位要落實領導帶班制度。',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });

  it('keeps whole a forwarded story of a fair for the public beside the one lead signed there', () => {
    for (const text of [
      '转发一则消息：\n本市第五届年货展销会昨日闭幕，三天吸引市民8万人次，销售额1200万元，30家企业参展。\n另悉，由成都商会引荐的四川蜀香食品有限公司调味品项目昨天在经开区签约，总投资2亿元。',
      '轉發一則消息：\n本市第五屆年貨展銷會昨日閉幕，三天吸引市民8萬人次，銷售額1200萬元，30家企業參展。\n另悉，由成都商會引薦的四川蜀香食品有限公司調味品項目昨天在經開區簽約，總投資2億元。',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });

  it('still cuts a forwarded bulletin of two leads', () => {
    expect(
      split('转发：商会简报\n一、12月1日，苏州华兴电子传感器项目在经开区签约，投资3亿元。\n二、12月3日，无锡锡能环保固废项目在高新区洽谈，拟投资1亿元。'),
    ).toEqual(['12月1日，苏州华兴电子传感器项目在经开区签约，投资3亿元。', '12月3日，无锡锡能环保固废项目在高新区洽谈，拟投资1亿元。']);
  });
});

describe("a WeChat article's trailer is no report", () => {
  it("keeps whole an article whose past articles' titles and QR code follow it", () => {
    for (const text of [
      '招商动态【镇江商会】\n好消息！12月2日上午，镇江恒泰新材料有限公司与丹阳市人民政府签订投资协议，投资建设碳纤维复合材料生产基地，总投资6亿元，用地120亩。\n\n往期推荐：\n商会年度会员大会胜利召开\n商会组织会员赴常州参观\n\n长按识别二维码关注我们',
      '【鎮江商會】好消息！12月2日上午，鎮江恒泰新材料有限公司與丹陽市人民政府簽訂投資協議，投資建設碳纖維複合材料生產基地，總投資6億元，用地120畝。\n\n往期回顧：\n商會年度會員大會勝利召開\n商會組織會員赴常州參觀\n\n長按二維碼關注我們',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });

  it('cuts the reports above a trailer, leaving the trailer out', () => {
    expect(split('本周两条：\n苏州华兴电子传感器项目已签约，投资3亿元，落户高新区。\n无锡锡能环保固废项目还在谈，拟投资1亿元。\n\n点击蓝字 关注我们')).toEqual([
      '苏州华兴电子传感器项目已签约，投资3亿元，落户高新区。',
      '无锡锡能环保固废项目还在谈，拟投资1亿元。',
    ]);
  });
});

describe("a list's closing request is no report", () => {
  it('cuts the reports above a closing request to the members, leaving it out', () => {
    expect(
      split(
        '【镇江商会周报】\n1、12月1日，苏州华兴电子传感器项目在高新区签约，投资3亿元；\n2、12月2日，在南京举办镇江推介会，到会企业35家；\n3、12月3日，无锡锡能环保固废项目在经开区开工，总投资1亿元；\n4、请各理事于本月20日前报送年度总结。',
      ),
    ).toEqual([
      '12月1日，苏州华兴电子传感器项目在高新区签约，投资3亿元',
      '12月2日，在南京举办镇江推介会，到会企业35家',
      '12月3日，无锡锡能环保固废项目在经开区开工，总投资1亿元',
    ]);
    expect(
      split(
        '【鎮江商會週報】\n1、12月1日，蘇州華興電子傳感器項目在高新區簽約，投資3億元；\n2、12月2日，在南京舉辦鎮江推介會，到會企業35家；\n3、12月3日，無錫錫能環保固廢項目在經開區開工，總投資1億元；\n4、本週五前請各理事報送年度總結。',
      ),
    ).toHaveLength(3);
  });

  it("keeps whole a list whose other items are the chamber's own business, the request closing it or not", () => {
    const text =
      '【镇江商会周报】\n1、秘书长参加市工商联培训；\n2、热烈祝贺理事单位乔迁新址；\n3、无锡锡能环保固废项目在经开区开工，总投资1亿元；\n4、请各理事于本月20日前报送年度总结。';
    expect(split(text)).toEqual([text]);
  });
});

describe('a question and its answers are one report', () => {
  it('keeps a reply to the question closing the line above with the lead asked about', () => {
    for (const text of [
      '投了没？\n——还没投，在等董事会批，估计月底。\n那个冷链物流项目是在高新区吧？\n——是，3亿，地在高新区。',
      '投了沒？\n——還沒投，在等董事會批，估計月底。\n那個冷鏈物流項目是在高新區吧？\n——是，3億，地在高新區。',
    ]) {
      expect(split(text), text).toEqual([text]);
    }
  });

  it('still cuts dashed reports under a question that each name their own project', () => {
    expect(split('这周有什么？\n- 苏州华兴电子传感器项目签约了，投资3亿元\n- 无锡锡能环保固废项目还在谈，拟投资1亿元')).toHaveLength(2);
  });
});

describe('the people a semicolon list is addressed to head it with its header', () => {
  it('cuts the reports after 各位，匯總一下…： as they are cut after the header alone', () => {
    expect(
      split(
        '各位，汇总一下本周的：苏州华兴电子在高新区的传感器项目签了，3亿；无锡商会后天组织20家企业来经开区考察；另外德国Krone机械那个，还在谈，EUR 20 million。',
      ),
    ).toEqual(['苏州华兴电子在高新区的传感器项目签了，3亿', '无锡商会后天组织20家企业来经开区考察', '另外德国Krone机械那个，还在谈，EUR 20 million。']);
    expect(
      split(
        '各位，匯總一下本週的：蘇州華興電子在高新區的傳感器項目簽了，3億；無錫商會後天組織20家企業來經開區考察；另外德國Krone機械那個，還在談，EUR 20 million。',
      ),
    ).toHaveLength(3);
  });

  it('keeps a company named before a comma in its report (苏州华兴，投资情况：… is no address)', () => {
    const text = '苏州华兴，投资情况：传感器项目签了，3亿；用地50亩。';
    expect(split(text)).toEqual([text]);
  });
});

describe("a header's week reaches its items' weekdays", () => {
  const dateOf = (piece: string) => parseReport(piece, { today: '2026-12-07' }).date;

  it('dates 禮拜一, 禮拜三 under 上個禮拜： in the week before', () => {
    for (const text of [
      '镇江商会上个礼拜：\n1. 礼拜一跟苏州华兴电子谈了，他们想在高新区建厂，投3亿，还在谈；\n2. 礼拜三在南京办了个推介会，来了40家企业；\n3. 礼拜五陪德国考察团去丹阳参观。',
      '鎮江商會上個禮拜：\n1. 禮拜一跟蘇州華興電子談了，他們想在高新區建廠，投3億，還在談；\n2. 禮拜三在南京辦了個推介會，來了40家企業；\n3. 禮拜五陪德國考察團去丹陽參觀。',
    ]) {
      const pieces = splitReports(text, { today: '2026-12-07' });
      expect(pieces.map(dateOf), text).toEqual(['2026-11-30', '2026-12-02', '2026-12-04']);
    }
  });

  it("leaves the weekdays under this week's header, or a span's, as they are", () => {
    for (const text of [
      '镇江商会这周：\n1. 礼拜一跟苏州华兴电子谈了，他们想在高新区建厂，投3亿，还在谈；\n2. 礼拜三在南京办了个推介会，来了40家企业。',
      '上周五至本周二：\n1. 周一跟苏州华兴电子谈了，他们想在高新区建厂，投3亿，还在谈；\n2. 周二在南京办了个推介会，来了40家企业。',
    ]) {
      const pieces = splitReports(text, { today: '2026-12-07' });
      expect(pieces[0], text).toMatch(/^(?:礼拜一|周一)/);
    }
  });
});

describe('what is said of all the reports reaches each', () => {
  const dateOf = (piece: string) => parseReport(piece, { today: '2026-12-07' }).date;

  it('dates every row by a last line said of all of them (都是…簽的)', () => {
    for (const text of [
      '两个签约：\n- 苏州吴江 华兴电子 传感器 3亿 高新区\n- 无锡江阴 锡能环保 固废处置 1亿 经开区\n都是12月3号签的。',
      '兩個簽約：\n- 蘇州吳江 華興電子 傳感器 3億 高新區\n- 無錫江陰 錫能環保 固廢處置 1億 經開區\n都是12月3號簽的。',
    ]) {
      expect(splitReports(text, { today: '2026-12-07' }).map(dateOf), text).toEqual(['2026-12-03', '2026-12-03']);
    }
  });

  it('leaves the rows undated when the last line says a place of them, not a day', () => {
    const text = '两个签约：\n- 苏州吴江 华兴电子 传感器 3亿\n- 无锡江阴 锡能环保 固废处置 1亿\n都在高新区。';
    expect(splitReports(text, { today: '2026-12-07' }).map(dateOf)).toEqual([null, null]);
  });
});

describe('an opening that names one firm and counts its projects heads each', () => {
  const firmOf = (piece: string) => parseReport(piece, { today: '2026-12-07' }).company;

  it('gives the firm to the later report that names none', () => {
    for (const text of [
      '恒泰新材料这回带来两个项目：一个在丹阳经开区，碳纤维产线，投资5亿，已签约；另一个在句容市，复合材料厂，投资9000万，还在谈。',
      '恒泰新材料這回帶來兩個項目：一個在丹陽經開區，碳纖維產線，投資5億，已簽約；另一個在句容市，複合材料廠，投資9000萬，還在談。',
    ]) {
      const pieces = splitReports(text, { today: '2026-12-07' });
      expect(pieces.map(firmOf), text).toEqual(['恒泰新材料', '恒泰新材料']);
    }
  });

  it('adds nothing when the opening names no firm', () => {
    const pieces = splitReports('这回来了两个项目：一个在丹阳经开区，恒泰新材料碳纤维产线，投资5亿，已签约；另一个在句容市，复合材料厂，投资9000万，还在谈。', {
      today: '2026-12-07',
    });
    expect(pieces[1]).toMatch(/^另一个/);
  });
});
