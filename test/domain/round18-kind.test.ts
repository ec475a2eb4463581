import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 18, kind, stage, event type and contacts: shapes read from sets BH and BI. Every sentence here is made up
// (other places, trades and registers than the sets'), with near-misses that must keep their reading.
const today = '2026-12-06';
const parse = (text: string) => parseReport(text, { today });
const kind = (text: string) => parse(text).kind;
const stage = (text: string) => parse(text).stage;
const contact = (text: string) => parse(text).contact;

describe('round 18: a year of the chamber or the city told in figures is no lead', () => {
  it('reads a goal, a tally or a city statistic as nothing', () => {
    expect(kind('明年商会的目标是引进项目8个、总投资30亿，请各位会长多出力')).toBeNull();
    expect(kind('今年咱們商會牽線的項目總投資已經27億了，比去年多了一截，辛苦大家')).toBeNull();
    expect(kind('分享个数据：2025年全省实际到位资金1200亿元，同比增长8%')).toBeNull();
    expect(kind('去年我們商會全年到位資金9.5億，今年爭取過十億')).toBeNull();
    expect(kind('截至11月底，全市招商引资到位资金480亿元')).toBeNull();
    expect(kind('1-10月，全縣新簽約億元以上項目23個，總投資150億元')).toBeNull();
    expect(kind('本月全区招商引资到位资金2.6亿，环比增长5%')).toBeNull();
    expect(kind('商會前三季度共促成項目9個，總投資38億元')).toBeNull();
  });

  it('keeps a lead whose project, company or land is named beside the year', () => {
    expect(kind('今年商会引进的锂电池项目总投资5亿，已签约')).toBe('lead');
    expect(kind('去年商會牽線的華泰模塑今年又追加投資2億元')).toBe('lead');
    expect(kind('今年商会对接一个项目，投资3亿，占地120亩')).toBe('lead');
  });
});

describe("round 18: a company's business told, with no plan of it, is no lead", () => {
  it('reads turnover, output, capital or a listing as nothing', () => {
    expect(kind('給大家推薦一下我們的理事單位——東莞宏達模具，年產值6個多億，是老鄉企業裡的佼佼者')).toBeNull();
    expect(kind('老周那家公司今年营业额破了5个亿，晚上请大家吃饭')).toBeNull();
    expect(kind('热烈祝贺会员企业华科电子今天在科创板上市，首日市值超过60亿！')).toBeNull();
    expect(kind('那家做轴承的企业注册资本一个亿，年销售额20亿，不过人家暂时没有扩产计划')).toBeNull();
  });

  it('keeps a company with a plan, an interest or a stage beside its business', () => {
    expect(kind('東莞宏達模具年產值6億元，老闆有意回鄉建分廠')).toBe('lead');
    expect(kind('通达轴承年销售额20亿，老板想来我们开发区看看')).toBe('lead');
    expect(kind('华科电子营收30亿，上个月跟高新区签了协议')).toBe('lead');
  });
});

describe('round 18: a meeting said to be no investment is no lead', () => {
  it('reads 不是談項目, 不是投資項目, 不用登記 as nothing', () => {
    expect(kind('今天跟華潤那邊的採購見了個面，不是投資項目，只是供貨的事')).toBeNull();
    expect(kind('李总这次回来是参加婚礼的，不是来谈项目的，大家别多想')).toBeNull();
    expect(kind('和 Siemens 的 sales 聊了一下，純粹供應商對接，大家不用登記')).toBeNull();
    expect(kind('昨天跟順豐的人吃了個飯，不是招商項目哈')).toBeNull();
  });

  it('keeps a lead with a sum beside a denial of something else', () => {
    expect(kind('這次不是供貨，是投資項目：華潤擬投資3億元建物流園')).toBe('lead');
  });
});

describe('round 18: a notice asking the chambers to report is no report', () => {
  it('reads a 報送 notice as nothing, its contact keyed or not', () => {
    expect(kind('关于报送2026年度招商项目台账的通知\n各商会：请于12月20日前报送全年项目清单。\n联系人：王科长 0551-62345678')).toBeNull();
    expect(kind('關於上報年度工作總結的通知：請各商會於12月18日前上報材料，聯繫人：陳主任')).toBeNull();
    expect(kind('通知：请各异地商会于本月25日前填报招商引资统计表（含签约、落地项目）')).toBeNull();
    expect(kind('转发：关于填报第四季度招商线索的通知，请各会员单位按时报送')).toBeNull();
  });

  it('keeps a notice of an activity, which asks for a reply', () => {
    expect(kind('关于举办2026年皖商投资推介会的通知：定于12月12日在会展中心举办，请各单位于12月10日前报送参会回执')).toBe('event');
  });
});

describe('round 18: a surname and 總 as the subject of a clause is the contact', () => {
  it('reads 王總那邊, 李總說, 周總他們家, 他們陳總有意向', () => {
    expect(contact('張總那邊已經簽了，總投資兩個億，做汽車線束')).toBe('張總');
    expect(contact('黄总说他们那个家具厂想再扩一条线，投资五千万左右')).toBe('黄总');
    expect(contact('好消息，郭总他们家做光伏边框的，昨天签约了，三个亿')).toBe('郭总');
    expect(contact('杭州那个做电机的，他们何总有意向来看看，初步投资两个亿')).toBe('何总');
    expect(contact('剛才說錯了，劉董那邊還在談，投資一億五')).toBe('劉董');
  });

  it('does not read 總投資, 老總說 or 副總講 as a person', () => {
    expect(contact('总投资三个亿，还在谈')).toBeNull();
    expect(contact('他們老總說投資兩個億，還在談')).toBeNull();
  });
});

describe('round 18: keyed contacts, titles and who the person is', () => {
  it('drops a title and a space before the name, and keeps 副秘書長 whole', () => {
    expect(contact('联系人：总经理 赵海峰 13912345678。企业拟投资2亿元建厂')).toBe('赵海峰');
    expect(contact('對接人：銷售經理 林曉雯（女）0592-5123456，投資8000萬')).toBe('林曉雯');
    expect(contact('聯繫人：蘇州徐州商會 馬副秘書長 139 1234 5678，擬投資3億元')).toBe('馬副秘書長');
    expect(contact('联系人：合肥宁波商会 周副秘书长 13812345678。项目投资5亿')).toBe('周副秘书长');
  });

  it('reads the name a title is called by, and a keyed request to turn to someone', () => {
    expect(contact('那个冷链项目，对方老板叫孙立伟（电话13512345678），投资一个亿左右')).toBe('孙立伟');
    expect(contact('對方總經理叫黃志誠，想投三千萬建倉庫')).toBe('黃志誠');
    expect(contact('项目咨询请联系：商会办公室 郑雅琴 186 1234 5678。本周对接的项目投资2亿')).toBe('郑雅琴');
    expect(contact('合作請找：秘書處 何嘉欣 13712345678，投資1.2億的食品廠在談')).toBe('何嘉欣');
  });

  it('reads 企業家顧先生, 老鄉孫女士: who the person is, then the surname and the polite form', () => {
    expect(contact('昆山籍企業家范先生有意回鄉投資，計劃投資約2億元')).toBe('范先生');
    expect(contact('温州籍企业家叶先生想回来建个鞋厂，投资八千万')).toBe('叶先生');
    expect(contact('老乡孙女士想在开发区投资一个亿做服装')).toBe('孙女士');
    expect(contact('鄉賢錢先生擬投資5000萬元建設養老院')).toBe('錢先生');
  });
});

describe('round 18: a signing told as a condition or as what must not be said has not happened', () => {
  it('reads 簽了再通知, 下個號頭簽約, 別往外說已經簽了 as talks', () => {
    expect(stage('那个物流园项目投资两个亿，等签了再通知大家')).toBe('negotiating');
    expect(stage('搿只食品厂项目下个号头签约，投资一亿二')).toBe('negotiating');
    expect(stage('华泰模塑的项目还没签，合同还在改，大家先别往外说已经签了')).toBe('negotiating');
    expect(stage('投資3億的電池項目簽完再跟大家說，現在別到處講已經簽了')).toBe('negotiating');
  });

  it('keeps a signing said plainly', () => {
    expect(stage('那个物流园项目投资两个亿，已经签了，通知大家一下')).toBe('signed');
    expect(stage('投资三亿的电池项目签了，大家别往外说')).toBe('signed');
  });
});

describe('round 18: terms haggled are talks; a first intention is a lead', () => {
  it('reads 磨條件, 摳條件 as talks', () => {
    expect(stage('那個做醬菜的項目還跟開發區磨條件呢，投資三千萬')).toBe('negotiating');
    expect(stage('物流园项目投资两亿，对方还在抠条件，得再谈几轮')).toBe('negotiating');
    expect(stage('投资一个亿的冷库，老板一直跟镇里商量条件')).toBe('negotiating');
    expect(stage('電池殼體項目5億，雙方在磋商條件')).toBe('negotiating');
  });

  it('reads 初步達成投資意向, 初步表達了…意向 after a visit as a lead', () => {
    expect(stage('宏达集团负责人回乡考察，与开发区初步达成投资意向，计划投资2亿元')).toBe('lead');
    expect(stage('某某科技董事長來我市考察，初步表達了在高新區建設研發中心的意向，擬投資1億元')).toBe('lead');
    expect(stage('企业考察了产业园，初步有了投资意向，规模约5000万')).toBe('lead');
    expect(stage('華泰集團一行考察後初步表示了合作意向，計劃投資3億元')).toBe('lead');
  });

  it('keeps talks when an intention is agreed without 初步', () => {
    expect(stage('宏达集团与开发区达成合作意向，投资2亿元')).toBe('negotiating');
  });
});

describe('round 18: the event type of a visit with talks and of a plan agreed', () => {
  const eventType = (text: string) => parse(text).eventType;
  it('reads talks joined to a visit (考察對接, 參觀洽談) as the visit', () => {
    expect(eventType('12月2日，商会组织12家会员企业赴开发区开展考察对接活动')).toBe('visit');
    expect(eventType('本週三商會帶隊8家企業到高新區參觀洽談')).toBe('visit');
    expect(eventType('昨天组织十家企业去临港考察洽谈，看了三个园区')).toBe('visit');
    expect(eventType('12月3日商會組織企業赴物流園走訪對接')).toBe('visit');
  });

  it('does not read an activity agreed as the next step as the one held', () => {
    expect(
      eventType('【會議紀要】蘇州商會與泗洪縣項目洽談會\n時間：2026年12月2日\n參會：泗洪縣招商局一行3人，商會會員企業12家\n雙方約定下一步組織企業回鄉考察。'),
    ).toBe('negotiation');
    expect(eventType('12月1日召开项目对接会，会上商定下一步组织企业赴园区考察')).toBe('negotiation');
  });
});

describe('round 18: a question followed by what the asker heard is still a question', () => {
  it('reads 簽了嗎？聽說還沒簽 as nothing', () => {
    expect(kind('@劉秘書長 華泰那個項目簽了嗎？我這邊聽說還沒簽')).toBeNull();
    expect(kind('宏达的冷库项目开工了吗？听说还在走审批')).toBeNull();
    expect(kind('Pinnacle 那个 project 的 MOU 签了吗？heard 说还在 review')).toBeNull();
    expect(kind('那個電池廠投產了沒？好像還在調試')).toBeNull();
  });

  it('keeps a report told as hearsay with its figure', () => {
    expect(kind('華泰那個項目簽了嗎？聽說投資3億，已經簽了')).toBe('lead');
  });
});

describe("round 18: a news source's heading line dates the story's publication, not its day", () => {
  const date = (text: string) => parse(text).date;
  it('reads the day the story tells after a source and its date', () => {
    expect(date('【转发】宿迁市人民政府网 2026-12-03\n\n11月30日，宿迁经开区与某某新材料有限公司签约，总投资5亿元')).toBe('2026-11-30');
    expect(date('轉發：\n揚州日報 2026年12月4日\n12月2日，由上海揚州商會引進的電池殼體項目在高新區正式開工，總投資3億元。')).toBe('2026-12-02');
    expect(date('淮安新闻网 2026.12.05\n昨天，某某食品有限公司年产2万吨调味品项目在涟水投产，总投资1.2亿元')).toBe('2026-12-04');
    expect(date('【轉發】常州融媒体中心 2026-12-01\n11月28日，金壇開發區與某某科技簽訂投資協議，項目總投資8億元')).toBe('2026-11-28');
  });

  it('keeps a date on a heading line that names no source', () => {
    expect(date('转发：2026-12-03\n某某科技有限公司投资5亿元的项目已签约')).toBe('2026-12-03');
  });
});

describe('round 18: money spent, a policy threshold and another place’s win are no lead', () => {
  it('reads a sum under ten thousand yuan as no investment', () => {
    expect(kind('昨晚聚餐一共花了2800块，大家AA，每人200')).toBeNull();
    expect(kind('上週團建花了4500元，發票在秘書處')).toBeNull();
    expect(kind('年会的横幅和鲜花花了1200元，已经付了')).toBeNull();
    expect(kind('給老會長買的花籃800塊，大家分攤一下')).toBeNull();
  });

  it('keeps a small shop with a named project and its sum', () => {
    expect(kind('老乡在开发区开了个奶茶店，投了50万')).toBe('lead');
  });

  it('reads a policy that rewards investment over a threshold as nothing', () => {
    expect(kind('市里出台新政策：投资超过1亿元的项目奖励100万')).toBeNull();
    expect(kind('縣裡新規定，固定資產投資5000萬元以上的項目給予一次性獎勵50萬元')).toBeNull();
    expect(kind('转发：招商引资奖励办法，引进项目实际到位资金达到1亿元的，奖励介绍人10万元')).toBeNull();
    expect(kind('高新区扶持政策：投资不低于2亿元的企业，前三年税收全额返还')).toBeNull();
  });

  it('keeps a lead whose investor is pleased with a policy', () => {
    expect(kind('對方對我們的電價政策很滿意，正在磋商用地，投資約8000萬元')).toBe('lead');
    expect(kind('华泰模塑对园区的补贴政策满意，准备投资2亿元建厂')).toBe('lead');
  });

  it('reads another place’s win, heard of, as nothing unless our own lead follows', () => {
    expect(kind('听说隔壁县今年引进了一个10亿的汽车项目，咱们得加把劲')).toBeNull();
    expect(kind('據說鄰市上週簽了個20億的芯片項目，人家動作真快')).toBeNull();
    expect(kind('隔壁区刚落地了一个5亿的物流园，咱们也得抓紧')).toBeNull();
    expect(kind('聽說兄弟城市拿下了一個30億的新能源項目，壓力很大啊')).toBeNull();
    expect(kind('听说邻县签了个3亿的项目，我们这边对接的华泰模塑还在谈，投资2亿')).toBe('lead');
  });
});

describe('round 18: a bulletin item of talks with a company over its project, and a visit received', () => {
  it('reads 與某集團就某項目進行洽談 with its sum as a lead in talks', () => {
    for (const text of [
      '12月3日，与华润集团就冷链物流园项目进行洽谈，项目总投资约8亿元',
      '2. 11月28日，與順豐控股有限公司就智慧物流項目進行了磋商，項目計劃投資5億元',
      '本週二同徐工集团就工程机械再制造项目开展洽谈，拟投资3亿元',
      '12月1日跟寧德某某科技公司就電池回收項目進行談判，總投資12億元',
    ]) {
      expect(kind(text)).toBe('lead');
      expect(stage(text)).toBe('negotiating');
    }
  });

  it('keeps an event that counts the enterprises at the talks', () => {
    expect(kind('12月3日商會舉辦項目洽談會，與華潤集團就冷鏈項目進行洽談，到會企業15家，總投資8億元')).toBe('event');
  });

  it('reads 接待…來訪 as a visit the chamber received', () => {
    const eventType = (text: string) => parse(text).eventType;
    expect(eventType('1. 12月1日，接待大连市投促局来访，座谈交流招商工作')).toBe('visit');
    expect(eventType('上週四接待了蘇州工業園區管委會一行來訪，介紹了商會情況')).toBe('visit');
    expect(eventType('12月2日，商会接待无锡市工商联来访')).toBe('visit');
    expect(eventType('今天上午接待宁波商会代表团来访，交流了异地商会建设经验')).toBe('visit');
  });

  it('does not read a visit from a word of visiting not received', () => {
    expect(kind('欢迎各位会员来访商会新办公室')).not.toBe('event');
  });
});

describe('round 18: a question word said about, not asked, and a plant to open', () => {
  it('reads 還沒說投多少, 不知道投多少 as a statement of a lead', () => {
    expect(kind('华泰模塑想来开发区建厂，还没说投多少')).toBe('lead');
    expect(kind('宏達集團有意在高新區建研發中心，具體還沒透露投多少')).toBe('lead');
    expect(kind('那个做服装的陈总想回来开个厂，不知道投多少')).toBe('lead');
    expect(kind('老鄉打算回來開家食品廠，規模多大還不清楚多少')).toBe('lead');
  });

  it('keeps a question asked with a question mark or a question word of its own', () => {
    expect(kind('華泰那個項目簽了沒有？投資多少？')).toBeNull();
    expect(kind('请问谁知道华泰投多少')).toBeNull();
    expect(kind('他想来开个会')).toBeNull();
  });
});
