import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

// Round 17 (event type, date, figures, contacts, splitting). Every sentence here is made up; none is copied from a
// development set. Each shape has paraphrases in several registers and both scripts, and cases that must not change.
const today = '2026-12-05';
const parse = (text: string) => parseReport(text, { today });

describe('round 17: dates', () => {
  it('reads Hakka 今晡日 and 昨晡日 as today and yesterday', () => {
    for (const text of [
      '𠊎兜商會報喜：客都食品今晡日在高新區簽哩約，投資一億二',
      '佢兜个嘉禾陶瓷今晡日正式投产咧，投资两亿',
      '今晡日下晝梅州茶業同經開區簽撇協議，投資八千萬',
      '报告：今晡日兴宁电子个项目开工，投资三亿',
    ])
      expect(parse(text).date, text).toBe('2026-12-05');
    for (const text of [
      '昨晡日佢兜松口建材同經開區簽哩約，投資兩億',
      '佢个公司五华矿业昨晡日签撇协议咧，投资一亿八',
      '昨晡日平远稀土开工咧 投资三个亿',
      '蕉嶺水泥個項目昨晡日簽約，投資五千萬',
    ])
      expect(parse(text).date, text).toBe('2026-12-04');
  });

  it('reads Wenzhou 该日 before its half-day as today, not a 該日 that points back at a day', () => {
    for (const text of [
      '该日上昼渠俫瓯江电器跟高新区签爻了，投资一亿',
      '该日下昼我俫商会个理事会开爻，签约两个项目',
      '該日上晝渠俫正泰閥門簽爻協議，投資八千萬',
      '各位，该日下昼乐清电气签爻了，投资两亿',
    ])
      expect(parse(text).date, text).toBe('2026-12-05');
    // keeps: a 該日 said after the day it points at is that day.
    expect(parse('12月3日在經開區舉辦推介會，該日上午簽約項目2個').date).toBe('2026-12-03');
    // keeps: 该日 with no half-day is "that day", no date of its own.
    expect(parse('东方阀门该日签约，投资1亿').date).toBeNull();
  });

  it('reads a news dateline (12月5日訊, 12月5日電) as the day the story is read from', () => {
    for (const [text, date] of [
      ['《南方商報》12月5日訊 昨天上午，鵬程電子與高新區簽署投資協議，投資3億元', '2026-12-04'],
      ['【晚报讯】12月4日讯 前天，华远食品与经开区正式签约，总投资2亿元', '2026-12-02'],
      ['新华社北京12月5日电 昨日，长江物流项目在临港新区开工，投资5亿元', '2026-12-04'],
      ['转发：本报12月3日讯 今天上午，锦华纺织与高新区签约，投资1.5亿元', '2026-12-03'],
    ])
      expect(parse(text).date, text).toBe(date);
    // keeps: 12月5日電話聯繫 is a call on that day, no dateline.
    expect(parse('12月4日電話聯繫了鵬程電子，對方說投資3億元，還在談').date).toBe('2026-12-04');
  });

  it('dates a lead signed or landed at a part of the day alone today', () => {
    for (const text of [
      '下午蜀香酒业跟青龙镇签了1.2亿的灌装项目',
      '上午華陽電子同經開區簽約了，投資兩億',
      '下晝佛山美陶簽咗約，投資八千萬',
      '下午 恒达物流 finally 签订了协议 投资3亿 👍',
    ])
      expect(parse(text).date, text).toBe('2026-12-05');
    // keeps: a plan for the afternoon with no stage that happened names no day.
    expect(parse('华阳电子想在经开区投资两亿，还在谈').date).toBeNull();
  });
});

describe('round 17: event type', () => {
  it('reads a 座談會 named for the merchants of a province or city as talks', () => {
    for (const text of [
      '12月2日浙商座谈会在市委党校开的，来了25家企业',
      '下週二喺市民中心開黔商座談會，請咗20間企業',
      '12月1日，渝商企業家座談會在高新區管委會召開，18家企業參會',
      '下午溫商座談會 開元酒店 到會18家',
      'Tomorrow 3pm 閩商座談會 @ 商會 office，大概 15 家 companies',
    ])
      expect(parse(text).eventType, text).toBe('negotiation');
    // keeps: natives called home (回鄉), and merchants not of a place (電商, 招商 is promotion's word), stay as they were. Round 28's label convention: any 座談 held is talks.
    expect(parse('昨天下午在開封召開豫商回鄉座談會，共有25家企業參加').eventType).toBe('negotiation');
    expect(parse('昨天开了个电商座谈会，来了12家企业').eventType).toBe('negotiation');
    expect(parse('今天商會召開企業座談會，共有15家會員企業參加').eventType).toBe('negotiation');
  });

  it('reads a 座談會 said to be about investing (講投資的事) as talks', () => {
    for (const text of [
      '下週四在市政府開那個川渝企業座談會嗯大概請了二十家企業主要就是講投資的事情',
      '明天下午开个座谈会，跟十家企业聊聊来我们这投资的事',
      '今日喺商會開咗個座談會，講吓投資項目，嚟咗十二間企業',
      '那個座談會 嗯 主要講 來咱這疙瘩投資的事兒 來了八家企業',
    ])
      expect(parse(text).eventType, text).toBe('negotiation');
    // keeps: a 座談會 about the chamber's work. Round 28's label convention: any 座談 held is talks.
    expect(parse('昨天开了个座谈会，讲了商会明年的工作安排，来了12家企业').eventType).toBe('negotiation');
  });

  it('reads a talk after a visit in the same clause as part of the visit', () => {
    for (const text of [
      '明天温州商会组织企业家去经开区实地看一下 大概十五家企业 中午在园区食堂吃饭 下午座谈',
      '今日帶咗十間企業去高新區參觀 之後喺管委會座談',
      '昨天组织12家企业赴临港新区考察并召开座谈会',
      '咱商會領著八家企業去園區考察 完了座談了一會兒',
    ])
      expect(parse(text).eventType, text).toBe('visit');
    // keeps: a 座談會 alone. Round 28's label convention: any 座談 held is talks.
    expect(parse('昨天组织12家企业开了个座谈会').eventType).toBe('negotiation');
  });

  it('reads voice input 考查 said of going somewhere as a visit, and a next activity planned does not name the one held', () => {
    for (const text of [
      '昨天我们带了十几家企业去临港新区考查了一圈然后下一步准备再约一次对接会',
      '今天组织了8家企业到高新区考查',
      '前天帶咗十間企業去經開區考查 下次再搞個推介會',
      '嗯昨天我們帶著十五家企業去那個物流園考查了一下',
    ])
      expect(parse(text).eventType, text).toBe('visit');
    // keeps: an activity planned next, when it is the only one named, is the one told.
    expect(parse('下次再搞個推介會，請二十家企業').eventType).toBe('promotion');
  });

  it('reads a meeting of the chamber joined (暨) to an activity as that activity', () => {
    for (const text of [
      '12月5日上午：江蘇商會理事會暨項目推介會，臨港新區管委會，簽約1個',
      '昨天商会年会暨招商推介会在国际酒店举行，来了80家企业',
      '今日商會會員大會暨經貿對接會喺商會大樓舉行，簽咗兩個項目',
      '明天下午理事会暨投资推介会 国际会展中心 请了30家企业',
    ])
      expect(['promotion', 'negotiation'], text).toContain(parse(text).eventType);
    // keeps: a meeting alone.
    expect(parse('昨天在商会开了理事会，30家企业参加').eventType).toBe('other');
  });
});

describe('round 17: figures', () => {
  it('reads the staff a landed project has, told beside its funds in place, as its jobs', () => {
    for (const [text, jobs] of [
      ['二、招商工作：恒力电机项目于12月3日正式投产，项目总投资1.6亿元，其中已到位资金1.2亿元，现有员工220人。', 220],
      ['甬達智能的項目已於12月1日正式投產。項目總投資1.8億元，累計到位資金1.5億元，現有員工160人。', 160],
      ['佢哋個廠上個月投產咗，總投資兩億，到位資金一億五，現有員工三百人', 300],
      ['The plant 已建成投產，總投資8000萬，到位資金6000萬，現有員工85人', 85],
    ] as const)
      expect(parse(text).jobs, text).toBe(jobs);
    // keeps: a company's head count told with its accounts is no job of the project.
    expect(parse('宏興玩具現有員工600人，去年產值4.5億元，擬投資1.8億元新建產業園，已到位資金2000萬').jobs).toBeNull();
    expect(parse('博遠航空：註冊資本8000萬元，現有員工450人。擬在臨江新區投資3億元').jobs).toBeNull();
  });

  it('counts projects signed in mixed typing (2個 project 即場 sign 咗, 5 个项目 on-site signing)', () => {
    for (const [text, signed] of [
      ['今日喺經開區有個 roadshow，來咗大概50間 company，有2個 project 即場 sign 咗', 2],
      ['今天上午的 investment roadshow 已结束，参会 companies 共 43 家，其中 5 个项目 on-site signing', 5],
      ['推介會搞掂，30 家企業到場，3 個 project 當場 sign 了', 3],
      ['matchmaking 今早完咗，嚟咗二十間，有 4 个项目 signed on site', 4],
    ] as const)
      expect(parse(text).signedProjects, text).toBe(signed);
    // keeps: projects to be discussed, not signed.
    expect(parse('今日 roadshow 嚟咗50間 company，有2個 project 想 follow up').signedProjects).toBeNull();
  });

  it('takes the sum said right after a slip laughed at, and the latest word on the sum', () => {
    for (const [text, yuan] of [
      ['刚才金额单位打错了：不是5000元😂，是5000万元。蓝天塑胶的再生颗粒项目，目前在对接。', 50_000_000],
      ['單位寫錯咗：唔係3000元🤣，係3000萬元，華美陶瓷個項目仲傾緊', 30_000_000],
      ['金桂再生资源的项目还在谈。之前说的投资8000万，企业最新说法是1.1亿。', 110_000_000],
      ['之前報嘅投資係兩億，企業最新嘅說法係2.6億，仲喺度傾', 260_000_000],
    ] as const)
      expect(parse(text).investmentYuan, text).toBe(yuan);
    // keeps: a sum not denied stays.
    expect(parse('蓝天塑胶的项目投资5000万元😂，目前在对接').investmentYuan).toBe(50_000_000);
  });

  it('ends a bare sum in run-on speech at 現在 or 目前', () => {
    for (const text of [
      '嗯渝豐汽配想在經開區搞個變速箱殼體的生產線一點二個億現在還在洽談中',
      '那个宏晟纺织要到桃源镇弄只印染项目一点二个亿目前还在谈',
      '佢哋想喺高新區整條生產線一點二個億現在仲傾緊',
      '老铁那个汽配厂想整个生产线一点二个亿现在还唠着呢',
    ])
      expect(parse(text).investmentYuan, text).toBe(120_000_000);
  });
});

describe('round 17: contacts', () => {
  it('reads a polite form after an office (報名請找秘書處黃小姐) and after 問他們', () => {
    for (const [text, contact] of [
      ['下週三商會組織去高新區考察，報名請找秘書處黃小姐，電話：020-3876 5432', '黃小姐'],
      ['报名请联系办公室李先生，电话13812345678', '李先生'],
      ['正合電器想在高新區做產業園，投資4億，具體情況問他們王總，手機13867751234', '王總'],
      ['想了解详情的可以问对方陈经理，电话13912345678，项目投资2亿在谈', '陈经理'],
    ] as const)
      expect(parse(text).contact, text).toBe(contact);
  });

  it('reads a lead form’s sender (報送人) as the contact, and the name said after a denied one without a comma', () => {
    for (const [text, contact] of [
      ['江蘇商會招商線索報送表\n線索名稱：裝備零部件項目\n投資意向：擬投資2.5億元\n報送人：商會秘書處 劉芳 13905102233', '劉芳'],
      ['报送人：办公室 周明 13812345678\n项目：冷链仓储，投资1亿，在谈', '周明'],
      ['對接人剛才寫錯了，不是王建國是汪建國，電話沒變：139 5718 6620。項目在談。', '汪建國'],
      ['对接人写错了不是陈总是程总程国华电话13927665501 项目在谈 投资9000万', '程国华'],
    ] as const)
      expect(parse(text).contact, text).toBe(contact);
  });

  it('reads Zhejiang 樓 as a surname (老闆姓樓，樓總)', () => {
    for (const text of ['老板姓楼，楼总，电话 +86 158 6898 3321', '佳藝工藝品個老闆姓樓，樓總，電話15868983321', '联系楼总，手机13512345678']) {
      expect(parse(text).contact, text).toMatch(/^[楼樓]总|^[楼樓]總/);
    }
    // keeps: a floor is no name.
    expect(parse('推介會喺商會大樓三樓舉行，嚟咗20間企業').contact).toBeNull();
  });
});

describe('round 17: splitting', () => {
  const split = (text: string) => splitReports(text, { today });

  it('splits a table whose rows open with their number and a bar', () => {
    for (const text of [
      '📋 商會招商台賬\n序號｜企業｜項目｜金額｜進度\n1｜深圳聚能光電有限公司｜LED封裝｜5.5億｜洽談\n2｜東莞匯通物流有限公司｜智慧物流園｜2億｜簽約\n3｜佛山德豐不鏽鋼有限公司｜精密管材｜1.6億｜開工',
      '序号|企业|项目|金额|进度\n1|宁波甬达智能科技有限公司|家电零部件|1.8亿|投产\n2|温州华邦鞋业有限公司|鞋材工厂|1.1亿|已签',
      'No.|Company|Project|Amount|Stage\n1|杭州云间茶业有限公司|茶文化综合体|2.5亿|洽谈中\n2|嘉兴海利纺织有限公司|印染技改|8000万|意向\n3|湖州安吉竹业有限公司|竹制品厂|6000万|签约',
      '台账：\n1 | 重庆巴山食品有限公司 | 火锅底料 | 2亿 | 签约\n2 | 渝东机电有限公司 | 电机 | 1.3亿 | 洽谈',
    ])
      expect(split(text).length, text).toBeGreaterThanOrEqual(2);
    // keeps: a number and a bar inside a row's cell is no new row.
    expect(split('1|深圳聚能光電有限公司，投資5.5億，洽談中')).toHaveLength(1);
  });

  it('keeps whole a bulletin whose listed items are all the chamber’s own business, with the lead told after them', () => {
    for (const text of [
      '潮汕商會 工作周報\n■ 會務動態\n1. 11月30日召開理事會，審議工作計劃。\n2. 12月2日，會長帶隊走訪會員企業3家。\n\n■ 招商進展\n12月4日，東海岸紡織科技有限公司與經開區正式簽訂投資協議，總投資3.2億元。',
      '周报\n1、召开会长办公会1次；\n2、新发展会员3家。\n招商：华远食品有限公司已与高新区签约，投资2亿元。',
      '商會簡報\n1. 繳納會費的會員已有40家。\n2. 走訪會員企業5家。\n另：宏達鞋業有限公司在臨港新區的項目已開工，投資3億元。',
      '一、召开理事会，研究换届。\n二、走访了会员企业6家。\n项目方面：蜀之源酒业有限公司签约青龙镇，投资1.2亿元。',
    ])
      expect(split(text), text).toHaveLength(1);
  });

  it('keeps a company’s earlier project elsewhere with this one, and a correction that the project signed is another', () => {
    for (const text of [
      '南寧廣聯物流，去年佢哋喺欽州投咗10億做港口倉儲；今年嚟我哋呢度嘅項目係城市配送中心，投資2.8億，前日已經動工。',
      '华远食品以前在南宁投过5亿做罐头厂；这次来我们这的项目是冷链中心，投资1.5亿，已签约。',
      '螺蛳粉那个是香满楼食品的，投资2亿，还在谈，没签；签约的是另一个汽配项目，不是这个。',
      '佢哋之前喺東莞投咗3億建廠；今年落戶我哋經開區嘅項目係研發中心，投資8000萬，傾緊。',
    ])
      expect(split(text), text).toHaveLength(1);
    // keeps: two companies, each with its report, still split.
    expect(split('去年宏达鞋业在钦州投了10亿；今年华远食品在经开区签约了冷链项目，投资2亿').length).toBe(2);
  });
});
