import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

// Round 16b (kind, stage, event type and counts). Every sentence here is made up; none is copied from a development
// set. Each shape has paraphrases in several registers and both scripts, and cases that must not change.
const today = '2026-12-05';
const parse = (text: string) => parseReport(text, { today });
const stageOf = (text: string) => parse(text).stage;

describe('round 16b: stage', () => {
  it('reads Wu 辣 and 勒 ("at") before a word of talking as talks under way', () => {
    for (const text of [
      '伊拉兩家還辣商量，投資兩個億',
      '老王講搿個項目還辣談，覅急，投資5000萬',
      '华亭电子还勒商量价钿，投资5000万',
      '阿拉搭申城物流还辣谈，地方定勒临港，投资1亿',
      '沪东船配个项目伊拉还辣谈，投资三个亿',
    ])
      expect(stageOf(text), text).toBe('negotiating');
    // keeps: Wu 辣個 is "that", and no talks are said.
    expect(stageOf('沪申精密辣个研发中心已经开工了，投资2亿')).toBe('landed');
  });

  it('reads voice input and northern speech for a signing', () => {
    for (const text of [
      '武汉光谷芯片 签越了 就昨天 投资两个亿',
      '大連海鮮那個冷庫 千約了 就今天 投資8000萬',
      '佛山美凱嘅項目簽越咗，投資1億',
      '老铁们 北大荒米业 昨儿个签的 投了八千万',
      '前兒個簽的合同 長白山礦泉水 投資三個億',
      '哈尔滨冰雪文旅 昨个签的 投资3个亿',
    ])
      expect(stageOf(text), text).toBe('signed');
    // keeps: a homophone alone, not said done, is no signing; 昨兒個 on its own says no stage.
    expect(stageOf('老鐵 昨兒個去看了看 黑土地農業 投資一個億')).not.toBe('signed');
  });

  it('reads ground-breaking with its hyphen as a landing, unless still to come', () => {
    for (const text of [
      'Good news! Xiangjiang Robotics 的 AGV 產線今天正式 ground-breaking 了，投資3.2億',
      'Blue Ocean Foods 嘅冷鏈倉今朝 ground-breaking，投資1.5億',
      'Helix Bio 的中试基地 held its ground-breaking ceremony yesterday, 投资2亿',
      '昨天 Northstar Motors 厂房 ground-breaking 了 投资五个亿',
    ])
      expect(stageOf(text), text).toBe('landed');
    expect(stageOf('Xiangjiang Robotics 的廠房 next week ground-breaking，投資3億')).not.toBe('landed');
  });

  it('reads a stage someone asks not to report as not reached', () => {
    for (const text of [
      '剛跟企業確認了，聚隆化工只是口頭意向，沒有簽，別寫成已簽約，投資3億',
      '聚隆化工只是有意向，冇簽，唔好報做已簽約啊，投資3億',
      'Blue Harbor 嘅 project 仲係意向，莫写成已签约，投资5000万',
      '远景能源只是有这个想法，还没签，不要写成已经签约了，投资2亿',
    ])
      expect(stageOf(text), text).toBe('lead');
    expect(stageOf('別寫成簽約了，海陽食品還在談，投資1億')).toBe('negotiating');
    expect(stageOf('不要写成已经开工，华源纸业只是签了合同，投资2亿')).toBe('signed');
    // keeps: a stage written as it is.
    expect(stageOf('海信达已签约，写成已签约没问题，投资3亿')).toBe('signed');
  });

  it('reads 已落地 before a place as landed, a plan to settle there as not', () => {
    for (const text of [
      '常德德山酒業的灌裝基地已落地桃花源工業園，總投資1.6億',
      '佛山美的配件廠已經落地順德高新區，投資2億',
      '宏達紡織已正式落地我縣，投資8000萬',
      '那个项目已经落地东区了 投了三个亿',
    ])
      expect(stageOf(text), text).toBe('landed');
    for (const text of ['計劃落地高新區，投資1億', '华星光电拟落地经开区，投资5亿']) expect(stageOf(text), text).toBe('lead');
  });

  it('reads early discussion or early talks as a lead, a visit beside them too', () => {
    for (const text of [
      '江苏商会 weekly：Kestrel Drones 上周来考察过，interested 在低空经济产业园落个基地，还在 early discussion，investment TBD',
      'Northwind Foods 上個月來考察過，現在仲係 early discussion，投資未定',
      'Helio Solar 来看过两次 still in early talks 投资大概2亿',
      'Orbit Labs 仲喺 early talks，想喺南沙搞個研發中心，投資1億',
    ])
      expect(stageOf(text), text).toBe('lead');
    // keeps: talks said as such stay talks.
    expect(stageOf('Helio Solar 的 talks 还在继续 投资大概2亿')).toBe('negotiating');
    expect(stageOf('Orion Pharma 来考察过，正在 negotiation，投资3亿')).toBe('negotiating');
  });
});

describe('round 16b: event type', () => {
  it('reads a 座談會 named for investment, or held to get in touch over it, as negotiation', () => {
    for (const text of [
      '12月12日下午在商會二樓會議室召開徽商投資座談會，參會企業20家',
      '2、12月3日在商会会议室召开豫商投资座谈会，18家企业参加',
      '下周三我们在商会会议室搞一个座谈会 就是跟企业对接投资的 请了二十几家企业',
      '聽日喺商會會議室開個座談會，同十間企業對接投資合作',
      '本週五於商會大樓舉辦閩商投資座談會，邀請企業25家',
    ])
      expect(parse(text).eventType, text).toBe('negotiation');
    // keeps: natives called home to invest are a rally of the chamber's own. Round 28's label convention: any 座談 held is talks.
    expect(parse('今天上午商會在廈門組織召開閩籍企業家返鄉投資座談會，參會企業35家').eventType).toBe('negotiation');
  });

  it('keeps the gathering held now when an earlier activity is told in passing', () => {
    for (const text of [
      '商会定于本月15日下午2点在商会大厦18楼举办数字化转型专题培训，预计50家企业参加。另：上月商会组织的赴浦东考察活动共有22家企业参加。',
      '本週六喺商會三樓舉辦財稅培訓，30家企業報名。另外上個月組織嘅赴前海考察有18家企業參加。',
      '下周三年会在皇冠酒店举行，会员企业80家参加；上次组织的去高新区考察效果很好',
      '12月20日晚在凱悅酒店舉辦年會，120家企業參加。去年組織的赴台考察圓滿結束。',
    ])
      expect(parse(text).eventType, text).toBe('other');
    // keeps: a visit organised now beside the gathering is the activity.
    expect(parse('商会12月20日在会议室召开理事会，同时组织企业赴高新区考察').eventType).toBe('visit');
  });

  it('turns from an earlier activity to this one at this week', () => {
    for (const [text, type, signed] of [
      ['上个月的推介会签了12个项目，这周四在商会报告厅的项目对接会又签了4个，参会企业35家', 'negotiation', 4],
      ['上個月嘅推介會簽咗10個項目，今個禮拜喺商會搞嘅對接會又簽咗3個，參會企業28家', 'negotiation', 3],
      ['上次的考察活動來了20家，本週在酒店的洽談會簽了2個項目，參會企業30家', 'negotiation', 2],
      ['去年那场推介会来了100家, 这个星期在会展中心的对接会签约5个项目 参会企业40家', 'negotiation', 5],
    ] as const) {
      expect(parse(text).eventType, text).toBe(type);
      expect(parse(text).signedProjects, text).toBe(signed);
    }
    // keeps: this week's activity of another kind is the one told.
    expect(parse('上个月的座谈会大家反响很好，这礼拜在商会的推介会邀请了50家企业').eventType).toBe('promotion');
  });
});

describe('round 16b: counts', () => {
  it('does not count new members admitted as guests', () => {
    for (const [text, want] of [
      ['1. 通過新入會會員單位5家。2. 決定於12月18日在濱江國際酒店舉辦產業對接洽談會，邀請湖南籍企業60家參會。', 60],
      ['一、吸收新会员8家；二、定于12月20日举办推介会，邀请企业40家', 40],
      ['议定：批准入会企业3家；12月10日组织赴高新区考察，报名企业16家', 16],
      ['新入會嘅會員企業有6家，下禮拜喺酒店搞推介會，請咗30家企業', 30],
    ] as const)
      expect(parse(text).invitedEnterprises, text).toBe(want);
  });

  it('reads an English noun a word before its count', () => {
    for (const [text, want] of [
      ['本月20號晚上在凱悅酒店舉辦 annual gala（年會），member companies 大約120家參加。', 120],
      ['下週三推介會，participating companies 大概40家', 40],
      ['annual dinner 喺 Grand Hyatt，member enterprises 約莫80家報名', 80],
      ['明天的对接会 invited companies 大概 25 家', 25],
    ] as const)
      expect(parse(text).invitedEnterprises, text).toBe(want);
  });

  it('reads the last of a list of places visited as visited, not invited', () => {
    for (const [text, want] of [
      ['12月10日组织会员企业赴临空经济区实地考察。考察内容：参观规划展示馆、航空物流产业园及2家重点企业。参加人员：共计28家企业', 28],
      ['明天组织企业参观科技馆、物流园和3家龙头企业，报名企业15家', 15],
      ['考察團走訪了港區、保稅倉以及兩家物流企業，同行企業共12家', 12],
      ['we 會帶大家參觀展示館、研發中心 還有 4家 enterprises，一共 20 家企業報名', 20],
      ['參觀咗展館、碼頭同埋三間廠，去咗18間企業', 18],
    ] as const)
      expect(parse(text).invitedEnterprises, text).toBe(want);
    // keeps: guests listed before the count are invited.
    expect(parse('推介会邀请了商会、协会和30家企业').invitedEnterprises).toBe(30);
  });
});

describe('round 16b: splitting', () => {
  const split = (text: string) => splitReports(text, { today });

  it('keeps a bulletin whole when its other sections are the chamber business and its next steps', () => {
    for (const text of [
      '【福建商会简报】\n一、会务动态\n本月走访会员企业12家，召开会长办公会1次。\n二、招商工作\n经商会牵线，福州闽江智造有限公司与我市经开区正式签订投资协议，总投资8亿元，用地100亩。\n三、下步打算\n继续做好会员服务，筹备年会。',
      '【廣東商會工作簡報】\n一、會務動態\n本月新發展會員3家，召開會長辦公會1次。\n二、招商工作\n近日，佛山華南精工與我市高新區簽訂投資協議，總投資5億元，用地80畝。\n三、下步安排\n做好已簽約項目的跟蹤服務。',
      '四川商会月报\n一、会务：召开会长办公会，发展会员5家。\n二、招商：成都蜀能环保的固废处理项目已签约，投资3亿元，在循环经济园。\n三、下步打算：筹备年会，走访会员。',
      '【湖南商會簡報】\n一、會務工作\n走訪會員企業8家。\n二、招商進展\n長沙湘江機械的液壓件項目正式簽約，總投資2.6億元。\n三、下步工作\n協助企業辦理用地手續。',
    ])
      expect(split(text), text).toHaveLength(1);
  });

  it('keeps a forwarded news story whole when a paragraph tells more of the activity above', () => {
    for (const text of [
      '【转发】我市举办长三角产业招商推介会\n12月3日上午，长三角产业招商推介会在国际会议中心举行。\n推介会上，来自沪苏浙的86家企业代表参加，现场签约项目12个。\n据悉，今年以来我市已累计举办各类招商活动40余场。',
      '【轉發】粵港澳大灣區投資洽談會舉行\n12月2日，洽談會在會展中心二號館舉行。\n洽談會上，60家企業參會，簽約項目8個。\n今年以來全市累計舉辦招商活動30場。',
      '【转】川渝企业对接会顺利召开\n11月30日下午，对接会在商会大厦举行。\n会上，32家企业进行了对接，现场签约5个项目。',
      '【轉載】閩商投資推介會舉行\n12月1日，推介會在國際酒店舉行。\n本次推介會上，45家企業參加，簽約項目6個。\n據悉，推介會期間還舉辦了項目展示。',
    ])
      expect(split(text), text).toHaveLength(1);
    // keeps: lines that are each an activity of their own still split.
    expect(split('12月1日在国际酒店举办推介会，邀请企业40家\n12月3日组织企业赴高新区考察，参加企业15家')).toHaveLength(2);
  });
});
