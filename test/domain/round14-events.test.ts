import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 14 (kind, stage, event type, dates and counts). Every sentence here is made up; none is copied from a
// development set.
const today = '2026-11-29';
const parse = (text: string) => parseReport(text, { today });

describe('round 14: a group led somewhere to look is a visit', () => {
  it('reads a group said with where it comes from before its count (領著…那邊八家企業, SW 帶起)', () => {
    for (const text of [
      '上週五我們領著溫州那邊幾個老闆過來看了看高新區的標準廠房，老闆們都挺滿意。',
      '上周五我们带起宜宾嘞几个老板克临港物流园转了一圈，看了标准厂房。',
      '昨天商會帶起幾個老闆去那個新材料產業園看了看廠房。',
    ]) {
      const r = parse(text);
      expect([r.kind, r.eventType], text).toEqual(['event', 'visit']);
    }
  });

  it('reads going round a place in more verbs (溜達了一圈, 瞅了瞅, 逛了一圈)', () => {
    for (const text of [
      '昨兒個帶了十來家企業上開發區溜達了一圈兒，當場沒簽啥。',
      '前天领着五家企业过来瞅了瞅北区工业园，老板们都说好。',
      '昨天我們帶了幾個老闆去保稅區繞了一圈，看了冷鏈倉庫。',
    ]) {
      const r = parse(text);
      expect([r.kind, r.eventType], text).toEqual(['event', 'visit']);
    }
  });

  it('holds an activity made with 搞個, 弄了個, 整了一場', () => {
    expect(parse('我們商會下週四要搞一個推介會在那個國際酒店').eventType).toBe('promotion');
    expect(parse('我们商会弄了个推介会在国际酒店，效果不错').eventType).toBe('promotion');
    expect(parse('我們商會整了一場對接會在國際酒店，效果不錯').eventType).toBe('negotiation');
    // 一帶一路, and 帶 before no count, hold nothing.
    expect(parse('一帶一路沿線的三家企業想來投資冷鏈項目，投資2億').kind).toBe('lead');
  });
});

describe('round 14: an A-not-A said about, and a report after the question', () => {
  it('reads 看看有沒有, 簽沒簽我再問問 as said, not asked', () => {
    expect(parse('有位做光伏的李總，想來我們這邊看看有沒有合適的廠房，投資大概一個億。').kind).toBe('lead');
    expect(parse('前天在杭州组织了个推介会，来了三十几家企业，签没签我再问问').kind).toBe('event');
    expect(parse('昨天在南京舉辦了推介會，來了二十家企業，簽沒簽還不清楚').kind).toBe('event');
    // A question still asks.
    expect(parse('那個冷鏈項目到底簽沒簽？').kind).toBeNull();
  });

  it('reads the answer after the question, put in someone’s mouth, and a report after it', () => {
    expect(parse('群裡問：那個輪胎廠已經投產了？\n蘇州商會：沒有沒有，還在走審批，合同是簽了的。投資2.5億。').stage).toBe('signed');
    expect(parse('那边问：年纳税超过500万能不能享受奖励？他们的冷链仓项目投资1.5亿，还在谈。').stage).toBe('negotiating');
    expect(parse('问一下，那个轮胎项目多少亩？\n——补充：投资3亿，目前在谈。').kind).toBe('lead');
    expect(parse('那個輪胎項目投資多少？是3億還是4億？').kind).toBeNull();
  });
});

describe('round 14: projects signed in more words', () => {
  it('reads nothing signed closed by 的, not even one, and English 0 signed', () => {
    expect(parse('昨天帶了八家企業去物流園考察，暫時沒有簽約的。').signedProjects).toBe(0);
    expect(parse('上周四带了六家服装企业去纺织园看了看 还没有签的').signedProjects).toBe(0);
    expect(parse('Nov 20 在 Ningbo 辦了 matchmaking session，15 家 enterprises 參加，0 signed。').signedProjects).toBe(0);
    expect(parse('前天的推介會來了二十家企業，簽約這次一個也沒簽。').signedProjects).toBe(0);
  });

  it('reads enterprises that signed their paper there, a bare 當場簽 before a count, and 2 个 projects signed', () => {
    expect(parse('昨天的對接會來了九家企業，有三家當場就簽了合作協議。').signedProjects).toBe(3);
    expect(parse('昨天领着五家企业过来看了看，有一家当场就把合同签了。').signedProjects).toBe(1);
    expect(parse('昨天在會展中心辦對接會，來的企業有十二間，當場簽三個。').signedProjects).toBe(3);
    expect(parse('12/1 B2B matchmaking in 高新区，10 家 attend，2 个 projects signed。').signedProjects).toBe(2);
    // Enterprises that came are no projects signed.
    expect(parse('昨天的對接會來了九家企業，當場簽了兩個項目。').signedProjects).toBe(2);
  });
});

describe('round 14: a count put right in more words', () => {
  it('takes the count after an apology, after 實際是 or 其實是, and a rough count said again after a filler', () => {
    expect(parse('今天的推介會到場企業30家，簽約2個——抱歉，簽約是4個。').signedProjects).toBe(4);
    expect(parse('上週的考察活動之前報企業20家，核對完簽到表實際是18家。').invitedEnterprises).toBe(18);
    expect(parse('昨天的對接會參會企業寫成了15家，實際是17家。').invitedEnterprises).toBe(17);
    expect(parse('昨天推介會來了三十多家企業其實是三十四家').invitedEnterprises).toBe(34);
    expect(parse('昨天推介会来了二十几家企业吧 二十六家').invitedEnterprises).toBe(26);
  });

  it('takes of two counts hesitated over the one said again', () => {
    expect(parse('今天上午座谈会开完了来了七家还是八家企业呃八家').invitedEnterprises).toBe(8);
    // Not said again: the first stands.
    expect(parse('昨天推介會來了十二家還是十三家企業，簽了兩個').invitedEnterprises).toBe(12);
  });

  it('counts enterprises after 日企, 港企 and reads members the chamber has reached as no guests', () => {
    expect(parse('明天下午有個座談 在招商局會議室 日企 十家左右').invitedEnterprises).toBe(10);
    const members = parse('福建商會今年會員企業達到300家，會員閩興茶業有意在我市建茶廠，投資5000萬。');
    expect([members.kind, members.invitedEnterprises]).toEqual(['lead', null]);
  });
});

describe('round 14: the day of the activity', () => {
  it('reads northern 昨個, 前個 and Wu 明朝 as days, not 今個月 nor the Ming dynasty', () => {
    expect(parse('陝西商會昨個在會展中心弄了個推介會，來了三十家企業').date).toBe('2026-11-28');
    expect(parse('前個咱商會在曲江搞了個推介會，來了四十來家企業').date).toBe('2026-11-27');
    expect(parse('明朝阿拉组织十家会员企业到临港去看看，算考察').date).toBe('2026-11-30');
    expect(parse('今个月我们组织了两场推介会').date).toBeNull();
    expect(parse('明朝的古建築很有名').date).toBeNull();
  });

  it('takes the day a planned date is moved to after 更正, and today for an event just finished', () => {
    expect(parse('明天的考察取消。更正：原定12月3日的考察改到12月9日，參加企業8家。').date).toBe('2026-12-09');
    expect(parse('剛剛在杭州開完推介會，來了三十家企業').date).toBe('2026-11-29');
    expect(parse('啱啱喺深圳開完推介會，嚟咗四十間企業').date).toBe('2026-11-29');
  });

  it('takes the day told in the sentence of the activity over another business’s day said before it', () => {
    expect(parse('一、12月20日召開理事會，請準時出席。二、工作回顧：11月26日，商會在杭州舉辦推介會，邀請企業30家。').date).toBe('2026-11-26');
    expect(parse('提醒：下周一起秘书处搬到新办公室；上周六（11月21日）我会在晋江组织招商推介会，邀请企业40家。').date).toBe('2026-11-21');
    expect(parse('会长：周日爬山照常。副会长：前天我们带了9家企业去食品产业园考察，暂时没有签约。').date).toBe('2026-11-27');
    // A day word after a bulletin's date is read from that date.
    expect(parse('【簡訊】2026年11月26日\n今日，商會組織12家企業回鄉考察。').date).toBe('2026-11-26');
  });

  it('keeps an activity held and counted before a request that closes the notice', () => {
    expect(parse('二、12月4日，商會召開洽談會，到會企業28家。三、請各位把招商線索匯總表發給秘書處。').kind).toBe('event');
    expect(parse('把上月的簽約項目匯總一下發我').kind).toBeNull();
  });
});

describe('round 14: stage in more words', () => {
  it('reads 咯, 噠 after a stage verb as 了 (SW, Hunan, Guangxi)', () => {
    expect(parse('長沙那個精工機械，協議前天就簽咯，投資兩個億。').stage).toBe('signed');
    expect(parse('柳州那个汽配厂已经签咯合同，投资三亿').stage).toBe('signed');
    expect(parse('湘潭那个电机厂昨天签哒合同，投资一亿').stage).toBe('signed');
    expect(parse('玩具廠已經在東湖鎮註冊落地咯，投資八千萬').stage).toBe('landed');
  });

  it('reads an intention agreement signed as a signing, not one owned to be all there is', () => {
    expect(parse('鼎盛機械擬在經開區投資2億元建廠，已簽意向協議。').stage).toBe('signed');
    expect(parse('鼎盛机械拟投资1.5亿元建冷链仓，目前已签投资意向书。').stage).toBe('signed');
    expect(parse('鼎盛机械投资2亿，签的只是意向协议，正式合同还没签，还在谈').stage).toBe('negotiating');
  });

  it('reads the terms worked over, due diligence and 談的是 as talks', () => {
    expect(parse('鼎盛機械投資3億，這兩天正跟園區磨合同條款呢。').stage).toBe('negotiating');
    expect(parse('鼎盛机械投资2亿，这次来是谈具体条款。').stage).toBe('negotiating');
    expect(parse('Greenfield Foods 投資5000萬，term sheet 還在 review。').stage).toBe('negotiating');
    expect(parse('鼎盛機械投資2億，企業正在做盡調。').stage).toBe('negotiating');
    expect(parse('溫州商會：瑞豐鞋業年銷售額5個億，目前談的是一個研發中心，投資3000萬。').stage).toBe('negotiating');
  });

  it('reads a landing made ready for, a tally of sums and a visit to come tomorrow as no stage of this lead', () => {
    expect(parse('全市重點項目集中開工儀式籌備啟動。鼎盛機械擬投資2億元建廠，雙方已進行兩輪磋商。').stage).toBe('negotiating');
    expect(parse('下週重點：推進重大項目集中開工準備。鼎盛機械擬投資3億，目前處於意向階段。').stage).toBe('lead');
    expect(parse('【招商简报】第12期\n1.全省本月签约项目总额300亿元。\n2.鼎盛机械拟投资2亿元，正在洽谈。').stage).toBe('negotiating');
    expect(parse('Fortune Parts 想在東湖工業園做 battery 項目，budget RMB 300M，tomorrow 來 site visit。').stage).toBe('lead');
    // A landing that happened stays.
    expect(parse('鼎盛機械的工廠上週已經開工，投資2億。').stage).toBe('landed');
  });

  it('reads an intention stage named outright over visits made and the city’s tally of talks', () => {
    expect(parse('本週全市新增線索8條，在談項目20個。其中鼎盛機械擬投資3億元，企業已來考察兩次，目前處於初步意向階段。').stage).toBe('lead');
    expect(parse('本周全市新增线索8条，在谈项目20个。其中鼎盛机械拟投资3亿元，企业已来考察两次，目前处于意向阶段。').stage).toBe('lead');
  });
});

describe('round 14: event type by its head and its sentence', () => {
  it('reads a forum, summit, seminar or webinar as its format, the kind named before it or for 招商', () => {
    expect(parse('昨天舉辦了一場投資推介論壇，來了四十家企業').eventType).toBe('promotion');
    expect(parse('上週商會舉辦了招商峰會，邀請企業60家').eventType).toBe('promotion');
    expect(parse('Yesterday we hosted an investment promotion seminar, 40 companies attended.').eventType).toBe('promotion');
    expect(parse('今天下午的招商 webinar 結束了，registered 50 家企業').eventType).toBe('promotion');
    expect(parse('We will host a 对接会 with the Vietnamese trade delegation tomorrow, about 12 enterprises invited').eventType).toBe('negotiation');
  });

  it('reads a year’s tally of gatherings as no activity, and a talk held during a visit as part of it', () => {
    expect(parse('11月20日的中泰合作洽談會，邀請企業15家，簽約項目3個。商會今年累計組織活動30場。').eventType).toBe('negotiation');
    expect(parse('11月28日，兩市企業共18家來我市考察家具產業，雙方進行了座談，暫未簽約。').eventType).toBe('visit');
    expect(parse('11月28日，两市企业共18家来我市考察家具产业，双方进行了座谈，暂未签约。').eventType).toBe('visit');
    // The chamber's own meeting stays other; a tally of a kind of activity still names it.
    expect(parse('昨天召開理事會，來了20家會員企業').eventType).toBe('other');
    expect(parse('商會今年累計組織洽談12場，邀請客商100戶').eventType).toBe('negotiation');
  });
});

describe('round 14: a lead beside the chamber’s own business', () => {
  it('reads a bulletin whose activities are the chamber’s own gatherings or counted in times as the lead it tells', () => {
    const landed = parse(
      '轉：\n【商會信息】第5期\n2026年11月20日\n（一）商會會長一行走訪市工商聯。\n（二）商會推薦的鼎盛新能源電池項目已於近日開工，總投資5億元。\n（三）商會黨支部開展主題黨日活動。',
    );
    expect([landed.kind, landed.stage]).toEqual(['lead', 'landed']);
    const lead = parse(
      '【工作简报】第12期 湖南商会 2026年11月26日\n一、本周商会开展会员走访6次。\n二、招商动态：鼎盛生物科技有限公司拟在医药产业园投资建设提取物生产基地，总投资2亿元。\n三、下阶段工作：筹备年会。',
    );
    expect([lead.kind, lead.stage]).toEqual(['lead', 'lead']);
    // New members are no guests.
    const members = parse(
      '商會11月工作動態\n1. 召開會長辦公會1次；\n2. 新發展會員企業5家；\n3. 推薦項目：鼎盛農機有意在產業園投資1.5億元建設裝配線，目前初步接觸；',
    );
    expect([members.kind, members.invitedEnterprises]).toEqual(['lead', null]);
  });

  it('reads the two parties’ talks (雙方正就…進行洽談) as the lead’s stage, and a talk held during a visit as part of it', () => {
    for (const text of [
      '關於重點在談項目的說明\n一、基本情況\n鼎盛新材料有限公司成立於2015年，註冊資本3億元。\n二、項目情況\n該公司擬在我市化工園區投資建設新材料項目，總投資10億元，目前雙方正就土地指標進行洽談。\n2026年11月28日',
      '关于重点在谈项目的说明\n一、基本情况\n鼎盛新材料有限公司成立于2015年，注册资本3亿元。\n二、项目情况\n该公司拟在我市化工园区投资建设新材料项目，总投资10亿元，目前双方正就土地指标进行洽谈。\n2026年11月28日',
    ]) {
      const r = parse(text);
      expect([r.kind, r.stage], text).toEqual(['lead', 'negotiating']);
    }
    expect(parse('11月28日，兩市企業共18家來我市考察家具產業，並舉行了座談，暫未簽約。').eventType).toBe('visit');
  });

  it('keeps an activity for investment, or one that counts its guests, an event', () => {
    expect(parse('昨天召開理事會，來了20家會員企業，鼎盛機械介紹了投資2億的項目').kind).toBe('event');
    expect(parse('昨天舉辦推介會，鼎盛機械擬投資2億元').kind).toBe('event');
  });
});

describe('round 14: guests named instead of counted', () => {
  it('counts the enterprises listed after a guest key or before 等企業', () => {
    expect(parse('轉發 活動回執\n活動名稱：經貿洽談會\n時間：2026年11月20日\n參會企業：鼎盛機械、華美食品、藍海物流').invitedEnterprises).toBe(3);
    expect(parse('11月25日，我會在杭州舉辦推介會，邀請了 Alpha Foods、Beta Engineering 等企業參會。').invitedEnterprises).toBe(2);
    expect(parse('昨天（11月28日）商会组织会员赴三亚考察，同行企业有：南繁种业、热带农科、椰岛生物。').invitedEnterprises).toBe(3);
    expect(parse('11月26日本會會長率團赴高新區考察，鼎盛精工、華美電子等企業負責人同行。').invitedEnterprises).toBe(2);
  });

  it('keeps a count said beside the names, and counts no list of other things', () => {
    expect(parse('昨天舉辦推介會，邀请鼎盛机械、华美食品等15家企业参加').invitedEnterprises).toBe(15);
    expect(parse('昨天舉辦推介會，主題涉及冷鏈、倉儲、物流').invitedEnterprises).toBeNull();
  });
});

describe('round 14: an earlier activity as the setting of a lead', () => {
  it('reads the lead told after an activity told as earlier, with its own stage', () => {
    const told = parse('上海商會上個月辦的推介會簽約了6個項目。本週新線索：鼎盛醫藥擬在醫藥園投資5000萬元設立研發中心，尚處意向階段。');
    expect([told.kind, told.stage, told.company]).toEqual(['lead', 'lead', '鼎盛醫藥']);
    const simplified = parse('上海商会去年办的推介会签约了6个项目。今年新线索：鼎盛医药拟在医药园投资5000万元建研发中心。');
    expect([simplified.kind, simplified.stage]).toEqual(['lead', 'lead']);
  });

  it('keeps an activity held now an event', () => {
    expect(parse('昨天舉辦推介會，鼎盛醫藥擬投資5000萬元').kind).toBe('event');
  });
});

describe('round 14: someone coming to look for land is a lead', () => {
  it('reads a boss who wants to come and look for land or a plant as a lead', () => {
    expect(parse('有位李總，福建商會的會員，做包裝的，想過來咱們這邊看看有沒有合適的廠房，電話13912345678。').kind).toBe('lead');
    expect(parse('有位张总，在做新材料的，打算来我们这边找块地，招商科谁跟一下。').kind).toBe('lead');
    // Coming to see the sights is no lead.
    expect(parse('有位張總說想來我們這邊看看風景，週末到。').kind).toBeNull();
  });
});

describe('round 14 (after scoring): the papers done are a landing', () => {
  it('reads a registration said done after 已, a company registered, a licence got whenever', () => {
    for (const text of [
      '湖南商會：湘南精密已在經開區註冊，投資1.2億元。',
      '浙江商会：甬达包装已经在城东工业园注册了 投资八千万',
      '台商協會：晶采光學上週已經辦好公司登記了，投資2億元。',
      '广东商会：粤康食品的营业执照本周拿到了，投资6000万元。',
      '福建商會：閩興物流已在保稅區辦完營業執照，投資3億元。',
    ]) {
      expect(parse(text).stage, text).toBe('landed');
    }
  });

  it('keeps registered capital, a registration still to come and a place of registration apart', () => {
    expect(parse('湖南商會：湘南精密註冊資本1億元，擬在經開區投資3億元，正在洽談。').stage).toBe('negotiating');
    expect(parse('浙江商会：甬达包装准备下个月在城东工业园注册，投资八千万').stage).toBe('lead');
    expect(parse('廣東商會：粵康食品已確定註冊地在高新區，還在談。').stage).toBe('negotiating');
  });
});
