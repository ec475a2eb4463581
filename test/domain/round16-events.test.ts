import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 16 (kind, stage, event type, dates and counts). Every sentence here is made up; none is copied from a
// development set. Each shape has paraphrases in several registers and both scripts, and cases that must not change.
const today = '2026-12-05';
const parse = (text: string) => parseReport(text, { today });
const stageOf = (text: string) => parse(text).stage;

describe('round 16: stage', () => {
  it('reads a landing said to wait for a later time as not yet landed, after a slip owned', () => {
    for (const text of [
      '龍江亞麻的紗線項目，糾正一下，不是已經開工，是剛簽約，開工要等明年開春。投資2.2億',
      '更正：华南精密的厂之前讲已经投产，唔属实，其实上个月先签咗约，投产估计要等到年底，投资1.5亿',
      '昨日報嘅「金盛紙業」已經開業係誤報，目前啱啱簽咗約，開業仲要等到明年三月，投資6000萬',
      '纠正一下，昨天说海川医疗已经开工了，不准确，实际是上周签约，开工得等到春节后。投资2亿',
      '蒼洱文旅嘅民宿群，之前話已開業係誤報，而家啱啱完成簽約，投資8600萬',
    ])
      expect(stageOf(text), text).toBe('signed');
    // keeps: a landing that happened stays one, and 簽約之前 is still to come.
    expect(stageOf('海川醫療已經開工了，投資2億，在生物醫藥園')).toBe('landed');
    expect(stageOf('签约之前还得谈价格，投资1亿')).toBe('negotiating');
    expect(stageOf('簽妥之前還要再談，投資2億')).toBe('negotiating');
  });

  it('reads signings and landings said in dialect or by voice input', () => {
    for (const text of [
      '成都蜀香坊那个中央厨房项目，昨天下午在区政府签安逸了！总投资2.6个亿',
      '重慶那個火鍋底料廠 合同昨天簽巴適了 投資八千萬',
      '佛山美凱家具份合同琴日簽掂咗，投資1.2億',
      '台商「永豐紙業」合約已經簽妥，投資3億',
      '华美食品上周已签正式协议，投资2亿',
    ])
      expect(stageOf(text), text).toBe('signed');
    for (const text of [
      '沈阳北重那个 呃 风电装备项目 今天上午已经正式开公了 投资六个多亿',
      '查干湖渔业 今天在水产产业园开了个新的鱼产品加工厂 这个厂投了4500万',
      '順德美嘉上個禮拜喺商貿城開咗間新門店，投咗800萬',
      '大連海鮮 上週在保稅區開了家冷凍食品廠 投資3000萬',
      '儂曉得伐，藝橋教育個培訓中心上禮拜已經勒大學城開出來了，投了三千萬',
      '還沒投產，廠房還在建，今年9月開的工。總投資7億。',
      '赣州吉润新材料 工商注册已经完成了 在高新区 投资是五亿八',
      'NovaGene 已經 register 咗 project company，喺醫藥港，investment RMB 95 million',
    ])
      expect(stageOf(text), text).toBe('landed');
    // keeps: a plan to open a plant, and an event held, are no landing.
    expect(stageOf('他们想在园区开个新工厂，投资5000万')).toBe('lead');
    expect(parse('昨天开了个推介会，来了30家企业').kind).toBe('event');
  });

  it('reads visits alone still going on as a lead, not talks', () => {
    for (const text of [
      '梅州嘉應醇想在北郊搞條娘酒生產線，還在考察中，投資講係6000萬左右',
      '台商協會：阮會員寶島茗茶佇茶博園欲做體驗館，總投資4500萬，目前猶佇考察中',
      '东莞嘅宏达五金想喺临港搞个模具厂，投资8000万，而家仲喺度考察紧',
      '哈爾濱冰城食品 投資三千萬 搞速凍水餃廠 現在還在考察當中',
      '成都川瑞药业准备在生物医药园投个原料药项目，投资3亿，现在处于考察阶段。',
      'Jiangsu Hengda Pharma 擬投資1.5億 in 生物醫藥園, still 考察中',
    ])
      expect(stageOf(text), text).toBe('lead');
    // keeps: someone in touch (對接), a visit made beside an intention, and a keyed 階段：考察中 stay talks.
    expect(stageOf('浙江商会对接的温州鞋业项目，投资2亿，目前处于考察阶段')).toBe('negotiating');
    expect(stageOf('深圳新華集團董事長帶隊來我市考察，有意投資5億元')).toBe('negotiating');
    expect(stageOf('企業：贛州稀磁電機\n投資額：9.5億\n階段：考察中')).toBe('negotiating');
  });

  it('reads a stage asked without a question mark as asked, and the answer after it', () => {
    expect(stageOf('有人问桂能光伏签了没有，回复一下：还没签，双方还在谈。投资额8亿没变')).toBe('negotiating');
    expect(stageOf('佢哋問宏達五金簽咗未，仲未簽，仲傾緊，投資2億')).toBe('negotiating');
    expect(stageOf('有人問華僑食品投產了沒有，答覆：早就投產了，投資3億')).toBe('landed');
    expect(stageOf('原定本周签约的丸山精密项目推迟了，投资额还是2.4亿，双方还在谈')).toBe('negotiating');
    expect(stageOf('剛跟 GreenNest 開完會，他們 interested in 在濱湖新區做養老社區，投資 around 3億，還沒 sign 任何東西。')).toBe('lead');
    // keeps: 沒有 that says something else.
    expect(stageOf('已经签约了，没有问题，投资5亿')).toBe('signed');
  });
});

describe('round 16: kind and event type', () => {
  it("reads the chamber's own occasions, dated and at a venue, as events of type other", () => {
    for (const text of [
      '嗯提醒一下下周六晚上七点 那个商会年会 在那个 海景酒店宴会厅 嗯 大家记得来',
      '提醒下 下個禮拜五晚 商會團拜會 喺 富臨酒家 二樓 大家早啲到',
      '通知：12月19日晚商會迎新晚宴，地點：君悅酒店三樓宴會廳，每家會員企業限兩人',
      '明晚7點 gala dinner at Shangri-La ballroom，記得嚟',
      'Reminder：本月22號 annual dinner 喺 Conrad 二樓 ballroom，7pm start',
      '12月1日年会在皇冠假日酒店举行',
      '本會迎新春聯誼會定於1月8日晚在香格里拉大酒店三樓宴會廳舉辦',
      '下個禮拜六商會年會喺帝豪酒店舉行，大家記得嚟',
      '下星期三晚喺商會大樓搞會員培訓，講跨境電商',
      '明早九点在商会三楼搞会员培训',
      '下週三（12月9日）在商會大廳開年會。',
      '吉林商会通知：本月16号 9:30 在商会 training room 办跨境电商 training，限40家',
    ]) {
      const read = parse(text);
      expect(read.kind, text).toBe('event');
      expect(read.eventType, text).toBe('other');
    }
    // keeps: a work meeting moved, a dinner with no venue, a decision in minutes and a line about the party's coats.
    for (const text of [
      '下周二的理事会改到四楼小会议室了，请互相转告',
      '下季度理事會改為線上召開。',
      '明天降温了，商会年会的羽绒服尺码还没报的赶紧报给小刘，截止今晚8点',
    ])
      expect(parse(text).kind, text).toBe(null);
  });

  it('reads a 座談會 held to work out investment together as negotiation', () => {
    for (const text of [
      '12月9日在商会举办闽商座谈会，共商投资合作，邀请企业25家',
      '12月9日喺商會搞咗個粵商座談會，大家一齊商討投資合作，請咗20間企業',
      '下周二在会所办川商恳谈会，探讨项目落地，邀请企业18家',
      '下週二在會所辦川商懇談會，探討項目落地，邀請企業18家',
    ])
      expect(parse(text).eventType, text).toBe('negotiation');
    // keeps: a 座談會 about the chamber's own work. Round 28's label convention: any 座談 held is talks.
    expect(parse('本月12號商會召開年終座談會，總結全年工作').eventType).toBe('negotiation');
  });

  it('reads a bulletin item that counts the projects signed as the event, whatever group it names', () => {
    for (const text of [
      '【湖南商會 · 週報】\n本週要聞：\n▶ 12月3日，湖南商會在長沙舉辦湘商投資推介會，邀請30家企業同華潤集團現場對接，簽約項目3個，意向金額合計5億元。\n▶ 會長一行走訪會員企業。\n▶ 下週預告：理事會。',
      '【湖南商会 · 周报】\n本周要闻：\n▶ 12月3日，湖南商会在长沙举办湘商投资对接会，邀请30家企业与华润集团面对面洽谈，签约项目3个，意向金额合计5亿元。\n▶ 会长一行走访会员企业。\n▶ 下周预告：理事会。',
      '遼寧商會動態\n一、12月1日商會召開洽談會，與中鐵建設集團等企業洽談，現場簽了4個項目，總金額2.1億元。\n二、組織會員學習。\n三、下月走訪會員。',
    ])
      expect(parse(text).kind, text).toBe('event');
    // keeps: a bulletin whose item is one company's signing is that lead.
    expect(parse('工作简报\n一、商会召开理事会。\n二、招商动态：广州华粤医药有限公司与经开区签订投资协议，总投资2.8亿元。\n三、新增会员3家。').kind).toBe(
      'lead',
    );
  });

  it("reads a day's report where the two parties talked over the investor's sum as the lead", () => {
    for (const text of [
      '日期：12月4日\n▶ 上午：陪同惠州德新能源科技有限公司考察团参观了新能源产业园。\n▶ 下午：双方就在园区建设储能电池项目进行第二轮洽谈，企业初步提出投资10亿元、用地300亩。',
      '今日上晝陪佛山美的嘅考察團睇咗高新區，下晝雙方就喺度建廠傾咗兩個鐘，對方講投資大概8億',
      '昨天陪同华润集团一行参观了临港产业园，双方就冷链物流基地进行了洽谈，初步投资额3亿元',
      '昨天陪同華潤集團一行參觀了臨港產業園，雙方就冷鏈物流基地進行了洽談，初步投資額3億元',
    ]) {
      const read = parse(text);
      expect(read.kind, text).toBe('lead');
      expect(read.stage, text).toBe('negotiating');
    }
    // keeps: a delegation the chamber brought, counted, is its event.
    expect(parse('昨天商会组织12家企业去经开区考察，双方进行了座谈').kind).toBe('event');
  });
});

describe('round 16: counts', () => {
  it('counts guests said in speech, by origin, from over there, or after an English noun', () => {
    const invited = (text: string) => parse(text).invitedEnterprises;
    expect(invited('台商協會：阮下禮拜四欲組團去科技城考察，大約十五家台商會參加')).toBe(15);
    expect(invited('下週組團去臨港考察，大概十幾家港商參加')).toBe(10);
    expect(invited('四川商会下礼拜二组织绵阳那边的几家企业过来考察，目前报名了9家，各位有兴趣的吼一声哈')).toBe(9);
    expect(invited('明天帶隊去經開區考察，宜賓那邊的十來家企業過來')).toBe(10);
    expect(invited('本月18號 Bay Area Investment Promotion Conference，venue: 會展中心 Hall 3，已 confirm 嘅 enterprises 有 38 家')).toBe(38);
    expect(invited('Site visit 下週二去自貿區, confirmed companies 有 12 家')).toBe(12);
    // keeps: a count told of another city over there is not ours.
    expect(invited('聽說長沙那邊的招商大會來了100多家，我們昨天的推介會來了30家企業')).toBe(30);
    expect(invited('听说长沙那边的100多家企业都去了，我们昨天的推介会来了30家企业')).toBe(30);
  });

  it('counts the projects to be signed on site', () => {
    const signed = (text: string) => parse(text).signedProjects;
    expect(signed('下週三 investment roadshow 喺 Hilton，expect 大約 40 間 companies 嚟，有 3 個 projects 會 on-site signing')).toBe(3);
    expect(signed('Next Friday 推介會 at Hilton, 40 家 companies invited, 2 projects will be signed on site')).toBe(2);
    expect(signed('下週五推介會喺希爾頓，請咗40間企業，有3個項目會即場簽約')).toBe(3);
    expect(signed('下周五推介会在希尔顿，邀请40家企业，预计现场签约3个项目')).toBe(3);
  });
});

describe('round 16: counts changed', () => {
  it('counts the guests a count was changed to', () => {
    const invited = (text: string) => parse(text).invitedEnterprises;
    expect(invited('修正一下：明天的推介會改到下週三了，地點不變，邀請企業從30家增加到36家。')).toBe(36);
    expect(invited('更正：对接会邀请企业由15家增加到21家')).toBe(21);
    expect(invited('推介会邀请企业由40家减少到32家')).toBe(32);
    expect(invited('下週三推介會，請咗25間企業，後來加到30間')).toBe(30);
    expect(invited('周一下午在商会会议室开个教育行业座谈会，请了12家培训机构')).toBe(12);
    // keeps: two counts with no change between them.
    expect(invited('昨天的推介會來了30家企業，其中20家是台企')).toBe(30);
  });
});

describe('round 16: dates', () => {
  const dateOf = (text: string) => parse(text).date;
  it('reads the day a meeting is put off to, when the place is moved beside it', () => {
    expect(dateOf('各位，原定下週三嘅投資洽談會，因為場地問題推遲到下週五下午，改喺商會二樓大會議室')).toBe('2026-12-11');
    expect(dateOf('原定下周二的考察延期到下周四上午，改在西门集合')).toBe('2026-12-10');
    expect(dateOf('推介會原定12月3日，改在12月8日')).toBe('2026-12-08');
    expect(dateOf('推介会原定12月10日，推迟到12月15日，改在万豪酒店')).toBe('2026-12-15');
  });

  it('reads a weekday with its calendar day in brackets as that day', () => {
    expect(dateOf('周一（12月7日）下午在商会会议室开个座谈会，请了12家企业')).toBe('2026-12-07');
    expect(dateOf('週五（12月11日）喺商會開推介會')).toBe('2026-12-11');
    expect(dateOf('下週三（12月9日）在商會大廳開年會')).toBe('2026-12-09');
    // keeps: a weekday alone.
    expect(dateOf('週一下午在商會開座談會')).toBe('2026-11-30');
  });

  it('reads 明晚, 明早 and Cantonese 聽晚 as tomorrow', () => {
    expect(dateOf('明晚7點商會年會喺海景酒店')).toBe('2026-12-06');
    expect(dateOf('明早九点在商会搞会员培训')).toBe('2026-12-06');
    expect(dateOf('聽晚七點商會年會喺海景酒店，記得嚟')).toBe('2026-12-06');
    // keeps: 今晚 is today.
    expect(dateOf('今晚七點商會年會喺海景酒店')).toBe('2026-12-05');
  });
});
