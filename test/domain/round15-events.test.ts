import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 15 (kind, stage, event type, dates and counts). Every sentence here is made up; none is copied from a
// development set.
const today = '2026-11-29';
const parse = (text: string) => parseReport(text, { today });
const stageOf = (text: string) => parse(text).stage;

describe('round 15: stage', () => {
  it('reads building under way, the site levelled and the licence got as a landing', () => {
    for (const text of [
      '閩江食品的罐頭廠投資1.2億，廠房已經在建了，明年三月投產。',
      '闽江食品的罐头厂投资1.2亿，厂房正在建，明年三月投产。',
      '蘇州恒達的倉儲項目投資8000萬，已經開始平整土地了。',
      '苏州恒达的仓储项目投资8000万，场地平整已完成。',
      '寧波海晟的電子項目投資2億，上週拿的證。',
      '宁波海晟的电子项目投资2亿，营业执照已经领到了，证也拿到了。',
    ])
      expect(stageOf(text), text).toBe('landed');
    // keeps: a plan to build, 在建設 (building something else), 在建議 are no landing.
    expect(stageOf('海晟電子投資2億，正在建設招商對接平台，還在談。')).toBe('negotiating');
    expect(stageOf('海晟电子投资2亿，我们在建议他们先考察，还在谈。')).toBe('negotiating');
  });

  it('reads 頭產 as 投產 only where no word ends in 頭 (鏡頭產線, 龍頭產業 stay)', () => {
    expect(stageOf('永明光學投資3億建鏡頭產線，目前已簽約。')).toBe('signed');
    expect(stageOf('永明光学投资3亿建龙头产业园，目前已签约。')).toBe('signed');
    expect(stageOf('永明光學投資3億的廠已經頭產了。')).toBe('landed');
  });

  it('reads Hakka 吂 (not yet) and pinyin slips 洽淡, 注側', () => {
    expect(stageOf('梅江農業投資8000萬，同鎮政府還吂簽約，不過已經談了兩輪。')).toBe('negotiating');
    expect(stageOf('邢台鑫源钢构投资3亿，正在洽淡。')).toBe('negotiating');
    expect(stageOf('蚌埠华光玻璃投资2亿，目前已经注侧了。')).toBe('landed');
  });

  it('reads 簽好 with its object as a signing', () => {
    expect(stageOf('瓯江电器投资一个亿，上礼拜刚刚签好合同。')).toBe('signed');
    expect(stageOf('甌江電器投資一個億，協議昨天簽好了。')).toBe('signed');
    // keeps: a signing still to come.
    expect(stageOf('甌江電器投資一個億，準備下個月簽好合同。')).toBe('negotiating');
  });

  it('reads talks by how long they went on, talks to go on, and talks had with someone', () => {
    for (const text of [
      '武昌重工投資3億，昨天跟我們談了一上午，下週接著談。',
      '武昌重工投资3亿，昨天跟我们聊了一整天。',
      '武昌重工投資3億，下個禮拜繼續談。',
      '武昌重工投资3亿，还要再谈一轮。',
      '前天跟江北的瑞豐機械談了，項目投資2億。',
    ])
      expect(stageOf(text), text).toBe('negotiating');
    // keeps: a talk of a moment is no talks.
    expect(stageOf('武昌重工投資3億，想下個月來看看。')).toBe('lead');
    // keeps: only an intention said, the talks to go on later: still a lead.
    expect(stageOf('雙城米業想在這邊建加工廠，投資三個億。現在就是個意向，還沒往深了唠，下禮拜總部來人再接著唠。')).toBe('lead');
  });

  it('reads a stage said to deny it as denied (在談，不是已簽; 不是「已簽約」)', () => {
    expect(stageOf('贛鋒新能源項目投資12億，在談，不是已簽。')).toBe('negotiating');
    expect(stageOf('赣锋新能源项目投资12亿，还在谈，不是已经签约了。')).toBe('negotiating');
  });

  it('reads a signing of intent only as talks (其實簽的只是意向書)', () => {
    for (const text of [
      '剛才說永興塑業已經簽約了，其實簽的只是意向書，正式合同還沒簽，投資4億。',
      '刚才说永兴塑业已经签约了，其实签的只是意向书，正式合同还没签，投资4亿。',
      '永興塑業投資4億，已經簽約了，不過簽的只是意向協議，正式合同下個月簽。',
    ])
      expect(stageOf(text), text).toBe('negotiating');
    // keeps: an intention agreement signed, with nothing said to take it down, is a signing (round 14).
    expect(stageOf('永興塑業投資4億，已簽投資意向協議。')).toBe('signed');
    expect(stageOf('有人說永興塑業已經開工了，其實沒有，只是簽了框架協議，投資4億。')).toBe('signed');
  });

  it('keeps what was said before a slip owned wrong (寫成已投產是錯的), and the word given right (是簽約)', () => {
    expect(stageOf('更正：通達物流的冷庫項目只是簽了投資協議，還沒開工，我早上寫成已投產是錯的。投資1.5億。')).toBe('signed');
    expect(stageOf('更正：通达物流的冷库项目只是签了投资协议，还没开工，我早上写成已投产是错的。投资1.5亿。')).toBe('signed');
    expect(stageOf('那个我们会员的医院项目今天已经前越了啊是签约啊语音打错了投资是两个亿')).toBe('signed');
    // keeps: the same stage said again to take it back.
    expect(stageOf('蜀香食品工廠已簽約，投資6000萬。\n更正一下，剛才說簽約了不對，目前只是意向，還沒簽。')).toBe('lead');
  });

  it('reads a wish (想來考察, 想對接的可以找) as still to come', () => {
    expect(stageOf('華億鞋業的林總想來我們這邊考察，計劃投資2億，現在有意向。')).toBe('lead');
    expect(stageOf('华亿鞋业打算投资3000万，还在考虑，想对接的可以找他们办公室的小方。')).toBe('lead');
    // keeps: 沒想到 is no wish.
    expect(stageOf('沒想到華億鞋業已經簽約了，投資2億。')).toBe('signed');
  });

  it('reads an evaluation, an early stage or a first contact named outright as a lead', () => {
    for (const text of [
      '台中宏碩精密有在跟我們接洽，想在高新區設廠，預算新台幣20億，目前還在評估階段。',
      '台中宏硕精密有在跟我们接洽，想在高新区设厂，预算新台币20亿，目前还在评估阶段。',
      'Baoshan Steel 那边 site visit 做完了，想落一个项目，约 RMB 800 million，目前 early stage。',
      'Hubei chamber: contract 还没 signed，只是 initial contact，budget RMB 50m，Jingchu Foods 想做冷链。',
      'Pacific Cold Chain 仲 evaluate 緊保稅區嘅項目，budget 人民幣2億，not yet signed。',
      '青島海潤食品有限公司，營收3億，目前只是來考察了一下營商環境，暫無具體項目。',
    ])
      expect(stageOf(text), text).toBe('lead');
    // keeps: talks held beside an evaluation are talks.
    expect(stageOf('宏碩精密投資20億，正在洽談，對方還在評估土地價格。')).toBe('negotiating');
  });

  it('reads another deal told by its sum (在贛州簽了一個8億的…) apart from the lead the report turns to', () => {
    for (const text of [
      '我們的會員豐源鞋業上個月在贛州簽了一個8億的產業園，跟我們沒關係。跟我們有關的是，他們想在我們這邊建倉庫，投資6000萬，現在在跟鎮裡談。',
      '重庆的渝安配件在两江新区刚签了个15亿的项目。对我市的意向是建一个分拨仓，投资3000万，还在谈。',
      '康泰家居上個月剛在蘇州簽了10億的項目，這次來我們這邊考察後，想投資2億建展銷中心，目前正在磋商。',
    ])
      expect(stageOf(text), text).toBe('negotiating');
    // keeps: the lead's own signing told by its sum.
    expect(stageOf('康泰家居上個月跟我們簽了個2億的項目。')).toBe('signed');
    // keeps: the company's takings last year are no other project.
    expect(stageOf('德興新能的項目已經在建了，總投資5億。德興母公司去年營收50億，這次算是他們最大的一筆投資。')).toBe('landed');
  });

  it('reads the one lead item of a bulletin marked ◎ or ①, or told as an intention with its company in quotes', () => {
    const signed = [
      '【轉發】某商會十一月小結',
      '◎ 開展主題學習2次；',
      '◎ 走訪會員企業6家；',
      '◎ 招商：綿陽長虹智造有限公司擬投資3億元建設基地，11月18日已簽訂投資協議；',
      '◎ 協助會員解決用工問題。',
    ].join('\n');
    expect([parse(signed).kind, parse(signed).stage]).toEqual(['lead', 'signed']);
    const intent = [
      '【某商会本周小结】',
      '①走访会员企业4家；',
      '②筹备元旦茶话会；',
      '③接待某协会来访。其间，“童乐玩具”负责人表示有意在我市设立生产基地，初步规划投资1亿元，目前处于意向阶段。',
      '④请大家保重身体。',
    ].join('\n');
    expect([parse(intent).kind, parse(intent).stage]).toEqual(['lead', 'lead']);
    // keeps: an activity titled in quotes with signings counted is the event.
    const event = [
      '轉發：商會週報',
      '1、會員大會籌備中。',
      '2、12月2日，商會舉辦「隴原行」招商推介會，邀請企業30家參會，現場簽約項目4個，意向投資總額12億元。',
      '3、會費收繳已完成80%。',
    ].join('\n');
    expect(parse(event).kind).toBe('event');
  });
});

describe('round 15: papers, works and land', () => {
  it('reads any licence got, the papers done either way round and the project company set up as a landing', () => {
    for (const text of [
      '海通冷鏈的項目投資2億，工商登記辦完了。',
      '海通冷链的项目投资2亿，执照办下来了。',
      '海通冷鏈的項目投資2億，營業執照已下發。',
      '海通冷链的项目投资2亿，已办理营业执照。',
      '海通冷鏈的項目投資2億，子公司已經成立了。',
      '海通冷链的项目投资2亿，公司已经注册完毕。',
      'Haitong Cold Chain, RMB 200m: business license obtained last Friday.',
      'Haitong Cold Chain, RMB 200m: got the business license this week.',
    ])
      expect(stageOf(text), text).toBe('landed');
    // keeps: the investor's own company founded years ago, and papers to come, are no landing.
    expect(stageOf('海通冷鏈公司已成立20年，投資2億，還在談。')).toBe('negotiating');
    expect(stageOf('海通冷链投资2亿，准备下个月办理营业执照，还在谈。')).toBe('negotiating');
  });

  it('reads works under way (封頂, 主體完工, 設備已經進場, 試運營) as a landing', () => {
    for (const text of [
      '海通冷鏈投資2億，廠房上週封頂了。',
      '海通冷链投资2亿，主体完工。',
      '海通冷鏈投資2億，設備已經進場。',
      '海通冷链投资2亿，项目已经试运营。',
    ])
      expect(stageOf(text), text).toBe('landed');
    expect(stageOf('海通冷鏈投資2億，計劃明年封頂。')).toBe('lead');
  });

  it('reads the land bought (已摘牌拿地, 拿到地了) as at least a signing', () => {
    expect(stageOf('海通冷鏈投資2億，已摘牌拿地。')).toBe('signed');
    expect(stageOf('海通冷链投资2亿，已经拿到地了。')).toBe('signed');
    // keeps: land to come or denied: talks.
    expect(stageOf('海通冷链投资2亿，还没拿到地，在谈。')).toBe('negotiating');
  });

  it('reads the answer that says the stage itself after a question (簽了，上週簽的; 是的，昨天簽的; yes)', () => {
    const cases: [string, string][] = [
      ['宏達電子投資2億，有沒有簽？簽了，上週簽的。', 'signed'],
      ['宏达电子投资2亿，是不是已经签了？是的，昨天签的。', 'signed'],
      ['宏達電子投資2億，投產了沒有？早就投產了。', 'landed'],
      ['Hongda Electronics RMB 200m: signed yet? yes, signed on Monday.', 'signed'],
      ['宏达电子投资2亿，签了没有？还没签，不过谈得差不多了。', 'negotiating'],
    ];
    for (const [text, stage] of cases) expect([parse(text).kind, parse(text).stage], text).toEqual(['lead', stage]);
    // keeps: a question alone is no report.
    expect(parse('請問宏達電子那個項目簽了沒有？').kind).toBe(null);
  });
});

describe('round 15: kind and event type', () => {
  it('reads a visit that took place, said with a particle or in English, as an event, even an investor come to look', () => {
    for (const text of [
      '河南商會的，跟大家說個事：鄭州那家中原家居，今個上午來咱這高新區考察嘞，看了兩塊地，挺滿意。',
      '河南商会的，跟大家说个事：郑州那家中原家居，今个上午来咱这高新区考察嘞，看了两块地，挺满意。',
      '嗯 昨天 我们去了那个白沙镇考察 就是和田的天山纺织有限公司的人一起去的 看了下厂房',
      'Site visit done ✅ 今日帶咗 Delta Motors 嘅 team 去保稅區 visit，佢哋 feedback 幾好。',
    ]) {
      const r = parse(text);
      expect([r.kind, r.eventType], text).toEqual(['event', 'visit']);
    }
    // keeps: an investor's visit with the sum they plan is a lead.
    expect(parse('鄭州中原家居今天上午來高新區考察嘞，打算投資3億建家具產業園。').kind).toBe('lead');
  });

  it('reads a dated promotion with the projects signed at it as the event, whatever verb held it', () => {
    for (const text of [
      '喂就是昨天那個推介會嘛在那個國際酒店開的來了兩百來人然後簽了四個項目',
      '喂就是昨天那个推介会嘛在那个国际酒店开的来了两百来人然后签了四个项目',
    ]) {
      const r = parse(text);
      expect([r.kind, r.eventType, r.signedProjects], text).toEqual(['event', 'promotion', 4]);
    }
  });

  it('reads a talk with investors about a deal (座談會…談那個項目投資的事, 談的還不錯) as negotiation', () => {
    for (const text of [
      '湖南商會昨天下午在商會會議室開了個座談會，跟長沙的 湘江物流 還有 星城建材 談那個倉儲項目投資的事',
      '那个 昨天晚上 咱们商会 在 锦江饭店 搞了个 恳谈会 跟 几家做 食品的 企业 座谈 谈的还不错',
    ])
      expect(parse(text).eventType, text).toBe('negotiation');
    // keeps: a plain 座談會 is the chamber's own (the contract keeps it other). Round 28's label convention: any 座談 held is talks.
    expect(parse('昨天下午商會開了座談會，會長介紹了商會的歷史，到會企業20家。').eventType).toBe('negotiation');
  });

  it('reads a slip owned by 不是「已簽約」是「已簽到」 as no signing, so the activity is the report', () => {
    const r = parse('打錯字了：不是「已簽約」是「已簽到」，企業代表已經到了會場。今天下午的推介會在會展中心B館，來的有華鼎礦業、雲峰茶業。');
    expect([r.kind, r.eventType, r.invitedEnterprises]).toEqual(['event', 'promotion', 2]);
  });
});

describe('round 15: counts', () => {
  it('counts the guests named after a key that says they came (來的有, 出席的有, 參會的有, attendees, invited:, Companies:)', () => {
    const cases: [string, number][] = [
      ['昨天商會開了個對接會，來的有華鼎礦業、雲峰茶業、海川物流。', 3],
      ['昨天商会开了个对接会，出席的有 BlueSky Logistics、祥泰电商、Sino-Tech Automation，主要谈仓储合作。', 3],
      ['今天上午商會開了座談會，參會的有吉祥汽配、海通模具，討論了用地問題。', 2],
      ['上週三我們商會去雙河鎮考察了石材產業園，同去的企業有那個閩南石業還有那個華東石材。', 2],
      ['今天下午 Hubei Chamber 开了个 investment matchmaking session，attendees 包括 BrightStar Semi、Jingchu Autoparts。', 2],
      ['商會 3rd Dec 搞了個 investment matchmaking 對接會，invited: Hengda Rubber、Tianyi Glass。', 2],
      ['Site visit on Dec 2: the chamber brought 10 members to the agricultural park. Companies: Xiangyun Agri, Golden Grain Group.', 2],
    ];
    for (const [text, count] of cases) expect(parse(text).invitedEnterprises, text).toBe(count);
  });

  it('counts the guests named with what they did after the list (參會, 都有來, 隨行, 邀請了…參加)', () => {
    const cases: [string, number][] = [
      ['11月26日上午，商會在招商中心舉行項目洽談會，長春中科光電有限公司、吉林鑫源鋼鐵有限公司參會。', 2],
      ['潮汕商会上周三在临江宾馆办了场对接会，汕头的澄海玩具、潮州三环陶瓷都有来。', 2],
      ['周三，执行会长带队赴经开区考察，湘企代表湘潭电缆、浏阳花炮、醴陵瓷业随行。', 3],
      ['本週三下午，商會在招商大廈組織企業家與市招商局開展項目洽談，邀請了楚天生物、鄂能裝備、華中汽車參加。', 3],
    ];
    for (const [text, count] of cases) expect(parse(text).invitedEnterprises, text).toBe(count);
    // keeps: a list that counts some of its guests is not counted by its names.
    expect(parse('昨天商會開了閉門洽談會，來了的有恒昌物流、德信醫療同埋兩間做封測的港資公司。').invitedEnterprises).not.toBe(3);
  });

  it('keeps members behind with their dues out of the guests (尚有7家單位未繳)', () => {
    const text = '商會工作簡報\n1. 會費收繳已基本完成，尚有7家單位未繳。\n2. 12月3日上午，商會組織12家會員企業赴高新區考察。';
    expect(parse(text).invitedEnterprises).toBe(12);
  });

  it('counts the projects signed when named before their count or after the key (簽約A、B兩個項目, 簽約項目：A、B, 兩個案子)', () => {
    const cases: [string, number][] = [
      ['12月3日下午，商會舉辦投資推介會，20餘家企業參加，現場簽約保稅物流中心、跨境電商園、冷鏈倉三個項目。', 3],
      ['11月27日商会在市民中心举办推介会，邀请企业30家，现场签约项目：大豆深加工、奶粉分装。', 2],
      ['昨天我們辦了一場對接會，來了四十幾家廠商，現場有兩個案子當場就簽約了。', 2],
    ];
    for (const [text, count] of cases) expect(parse(text).signedProjects, text).toBe(count);
    // one project named as signed there counts one.
    expect(parse('12月2日上午，商會在管委會召開項目對接會，8家企業參加，會上簽約了冷鏈物流分撥中心項目。').signedProjects).toBe(1);
    expect(parse('12月4日下午，商会组织投资合作洽谈会，9家企业参加，其中华芯微电子封装测试项目现场签约。').signedProjects).toBe(1);
    // keeps: a lead's own signing is no count of an activity's.
    expect(parse('華芯微電子封裝項目投資3億，上週已簽約。').signedProjects).toBe(null);
  });
});

describe('round 15: dates', () => {
  it('reads Min days and parts of the day (今仔日, 昨昏, 下晡)', () => {
    const on = (text: string) => parseReport(text, { today: '2026-12-05' }).date;
    expect(on('泉州商會今仔日下晡佇市民中心開洽談會，同三家企業講投資的代志。')).toBe('2026-12-05');
    expect(on('泉州商会昨昏佇会展中心办推介会，来了二十间企业。')).toBe('2026-12-04');
  });

  it("reads a held activity's own day over a day to come said for other business", () => {
    const text =
      '轉發：某商會工作簡報\n1. 12月10日（週四）晚7點召開理事會，請準時參加。\n2. 本週三，商會在市民中心舉辦投資推介會，邀請企業20家參加，現場簽約項目2個。';
    expect(parseReport(text, { today: '2026-12-05' }).date).toBe('2026-12-02');
    // keeps: a calendar day said before the activity's own day word, both past, as before (the calendar day wins).
    const past = '轉發：某商會工作簡報\n1. 12月1日召開理事會。\n2. 本週三，商會在市民中心舉辦投資推介會，邀請企業20家參加。';
    expect(parseReport(past, { today: '2026-12-05' }).date).toBe('2026-12-01');
  });
});
