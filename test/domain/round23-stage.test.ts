import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 23: stage, kind, events, dates, counts and contacts. Every sentence here is made up, each said in simplified
// and in traditional script, with near-misses that must keep their reading.
const today = '2026-12-06';
const read = (text: string) => parseReport(text, { today });
const stage = (text: string) => read(text).stage;

describe('round 23: a landing wished for or put after the new year is still to come', () => {
  it('reads 早開工、早投產, 早日投產, 年後動工 after a signing as signed', () => {
    expect(stage('宏达食品今早签的合同，投资八千万')).toBe('signed');
    expect(stage('宏達食品今早簽的合同，投資八千萬')).toBe('signed');
    expect(stage('华新科技投资3亿元的电池项目昨天签约，园区将全力服务，推动项目早开工、早投产。')).toBe('signed');
    expect(stage('華新科技投資3億元的電池項目昨天簽約，園區將全力服務，推動項目早開工、早投產。')).toBe('signed');
    expect(stage('盛达食品2亿的项目合同签了，老板说年后就动工')).toBe('signed');
    expect(stage('盛達食品2億的項目合同簽了，老闆說年後就動工')).toBe('signed');
    expect(stage('瑞丰机械投资1.5亿元，已签约，力争早日投产')).toBe('signed');
    expect(stage('瑞豐機械投資1.5億元，已簽約，力爭早日投產')).toBe('signed');
  });

  it('keeps 早就, 早已, 老早 and 早…了 as long since happened', () => {
    expect(stage('华新科技那个3亿的电池厂早就投产了')).toBe('landed');
    expect(stage('華新科技那個3億的電池廠早已投產')).toBe('landed');
    expect(stage('盛达食品投资2亿的厂子早开工了')).toBe('landed');
    expect(stage('盛達食品投資2億的廠子老早開工了')).toBe('landed');
    expect(stage('盛达食品投资2亿的项目开春就开工了')).toBe('landed');
    expect(stage('盛達食品投資2億的項目開春就開工了')).toBe('landed');
  });

  it('reads a signing promised for a day (說好的…簽約) as talks', () => {
    expect(stage('说好的15号签约，看来要推迟了，安达物流投资4亿的项目对方还要再谈电价')).toBe('negotiating');
    expect(stage('說好的15號簽約，看來要推遲了，安達物流投資4億的項目對方還要再談電價')).toBe('negotiating');
  });
});

describe('round 23: a landing that waits for a month, and landings said in speech', () => {
  it('reads 開工要到明年3月 as still to come', () => {
    expect(stage('更正一下，恒达电子那个项目还没开工，目前只是签了约，开工要到明年3月。')).toBe('signed');
    expect(stage('更正一下，恒達電子那個項目還沒開工，目前只是簽了約，開工要到明年3月。')).toBe('signed');
  });

  it('reads 落咗地, 在建著, 在建中 as landed', () => {
    expect(stage('嗰个育种基地项目落咗地喇，投咗1.2个亿')).toBe('landed');
    expect(stage('嗰個育種基地項目落咗地喇，投咗1.2個億')).toBe('landed');
    expect(stage('核桃油厂总投资5000万，厂房在建着哩')).toBe('landed');
    expect(stage('核桃油廠總投資5000萬，廠房在建著哩')).toBe('landed');
    expect(stage('冷链仓储项目投资8000万，目前在建中。')).toBe('landed');
    expect(stage('冷鏈倉儲項目投資8000萬，目前在建中。')).toBe('landed');
  });

  it('keeps 在建中心 (to build a centre) and 在建設 as they were', () => {
    expect(stage('恒达集团想在建中心医院，投资5000万')).toBe('lead');
    expect(stage('恒達集團想在建中心醫院，投資5000萬')).toBe('lead');
  });

  it('reads 這次簽的一期 as signed, and 已經 landing 了 as landed', () => {
    expect(stage('园区总共200亩，这次签的一期用地80亩，投资3亿')).toBe('signed');
    expect(stage('園區總共200畝，這次簽的一期用地80畝，投資3億')).toBe('signed');
    expect(stage('update一下：那个陶瓷project已经landing了，总投资2亿')).toBe('landed');
    expect(stage('update一下：那個陶瓷project已經landing了，總投資2億')).toBe('landed');
  });

  it('reads a stage taken back with 改一下 by what is said after it', () => {
    expect(stage('之前报的“已投产”改一下，准确说是签了约，还没动工。恒达那个，投资1亿。')).toBe('signed');
    expect(stage('之前報的「已投產」改一下，準確說是簽了約，還沒動工。恒達那個，投資1億。')).toBe('signed');
  });

  it('keeps a stage when only a figure is changed with 改一下', () => {
    expect(stage('恒达电子的项目已经签约了，投资额改一下，是1.5亿')).toBe('signed');
    expect(stage('恒達電子的項目已經簽約了，投資額改一下，是1.5億')).toBe('signed');
  });

  it('reads a paper of intent signed 而已 as talks', () => {
    expect(stage('华兴电子投资2亿的项目，签了意向书而已，正式的还没定')).toBe('negotiating');
    expect(stage('華興電子投資2億的項目，簽了意向書而已，正式的還沒定')).toBe('negotiating');
    expect(stage('华兴电子投资2亿的项目，合同签了，就差开工而已')).toBe('signed');
    expect(stage('華興電子投資2億的項目，合同簽了，就差開工而已')).toBe('signed');
  });

  it('reads 新開工項目15個 as a tally, not the landing of the lead', () => {
    expect(stage('全区本月新开工项目15个。重点项目：恒达物流有限公司的仓储项目12月2日正式签约，总投资3.2亿元，占地60亩。')).toBe('signed');
    expect(stage('全區本月新開工項目15個。重點項目：恒達物流有限公司的倉儲項目12月2日正式簽約，總投資3.2億元，佔地60畝。')).toBe('signed');
    expect(stage('本月新签约项目1个：恒达物流投资3.2亿元的仓储项目')).toBe('signed');
    expect(stage('本月新簽約項目1個：恒達物流投資3.2億元的倉儲項目')).toBe('signed');
  });
});

const contact = (text: string) => read(text).contact;

describe('round 23: the person a report is about, said as the subject or by the name they are called', () => {
  it('reads 王總之前說, 張會長講, Wu 李總個項目 and Cantonese 陳生話 as the contact', () => {
    expect(contact('王总之前说来考察定在15号，现在改到18号了，他们想投6000万。')).toBe('王总');
    expect(contact('王總之前說來考察定在15號，現在改到18號了，他們想投6000萬。')).toBe('王總');
    expect(contact('张会长讲伊个朋友想来阿拉这里投一条生产线，大概五千万。')).toBe('张会长');
    expect(contact('張會長講伊個朋友想來阿拉這裏投一條生產線，大概五千萬。')).toBe('張會長');
    expect(contact('李总个项目还在谈，价钿还要再磨磨，投资6000万。')).toBe('李总');
    expect(contact('李總個項目還在談，價鈿還要再磨磨，投資6000萬。')).toBe('李總');
    expect(contact('陈生话佢哋公司想喺开发区搞个仓库，投资大概五千万。')).toBe('陈生');
    expect(contact('陳生話佢哋公司想喺開發區搞個倉庫，投資大概五千萬。')).toBe('陳生');
  });

  it('keeps 學生, 先生 and a Mandarin 生 out of it', () => {
    expect(contact('学生话剧团下周来演出')).toBeNull();
    expect(contact('學生話劇團下週來演出')).toBeNull();
  });

  it('reads the name a person is called by after who they are (叫…)', () => {
    expect(contact('对接人是华宇医药的副总裁，叫孙晓梅，项目投资2亿，还在谈。')).toBe('孙晓梅');
    expect(contact('對接人是華宇醫藥的副總裁，叫孫曉梅，項目投資2億，還在談。')).toBe('孫曉梅');
    expect(contact('那个鞋厂投了五千万，老板是温州回来的叫郑国强')).toBe('郑国强');
    expect(contact('那個鞋廠投了五千萬，老闆是溫州回來的叫鄭國強')).toBe('鄭國強');
    expect(contact('对方是新加坡的一个华侨叫林志远，他说计划投资三千万元')).toBe('林志远');
    expect(contact('對方是新加坡的一個華僑叫林志遠，他說計劃投資三千萬元')).toBe('林志遠');
  });

  it('does not take a company called so, nor 叫他 after the name', () => {
    expect(contact('联系人是王建国，叫他老王就行，项目投资3亿')).toBe('王建国');
    expect(contact('聯繫人是王建國，叫他老王就行，項目投資3億')).toBe('王建國');
    expect(contact('有个华侨开的公司叫金海贸易，想投三千万')).toBeNull();
    expect(contact('有個華僑開的公司叫金海貿易，想投三千萬')).toBeNull();
  });
});

const investment = (text: string) => read(text).investmentYuan;

describe('round 23: the last figure an investment was settled at wins', () => {
  it('reads the party that revised it before the verb (企業那邊調整為)', () => {
    expect(investment('华新电池项目原定投资12亿，企业那边调整为9.5亿，今天签约了')).toBe(950_000_000);
    expect(investment('華新電池項目原定投資12億，企業那邊調整為9.5億，今天簽約了')).toBe(950_000_000);
  });

  it('reads 最新是, 最終定的是, 定為, 調了，現在是', () => {
    expect(investment('恒达物流项目原报投资3亿，最新是3.6亿')).toBe(360_000_000);
    expect(investment('恒達物流項目原報投資3億，最新是3.6億')).toBe(360_000_000);
    expect(investment('恒达物流项目投资3亿，后经协商定为3.6亿')).toBe(360_000_000);
    expect(investment('恒達物流項目投資3億，後經協商定為3.6億')).toBe(360_000_000);
    expect(investment('恒达物流项目投资额3亿，后来调了，现在是3.6亿')).toBe(360_000_000);
    expect(investment('恒達物流項目投資額3億，後來調了，現在是3.6億')).toBe(360_000_000);
  });

  it('follows a figure revised twice to the last one', () => {
    expect(investment('华新项目最早说投8个亿，后来降到5个亿，签约时最终定的是5.5个亿')).toBe(550_000_000);
    expect(investment('華新項目最早說投8個億，後來降到5個億，簽約時最終定的是5.5個億')).toBe(550_000_000);
    expect(investment('华新项目投资从3亿调整为4亿，后又增加到5亿')).toBe(500_000_000);
    expect(investment('華新項目投資從3億調整為4億，後又增加到5億')).toBe(500_000_000);
  });

  it('keeps a sum that is not revised (一期, 用地)', () => {
    expect(investment('华新项目投资12亿，其中一期5亿，今天签约了')).toBe(1_200_000_000);
    expect(investment('華新項目投資12億，其中一期5億，今天簽約了')).toBe(1_200_000_000);
    expect(investment('华新项目投资3亿，用地调整为80亩')).toBe(300_000_000);
    expect(investment('華新項目投資3億，用地調整為80畝')).toBe(300_000_000);
  });
});

describe('round 23: counts of guests said in dialect or by party', () => {
  it('reads Min 四十外家 as forty-odd', () => {
    expect(read('昨暝商会搞了一场投资推介，来了四十外家企业，当场签了两个项目。').invitedEnterprises).toBe(40);
    expect(read('昨暝商會搞了一場投資推介，來了四十外家企業，當場簽了兩個項目。').invitedEnterprises).toBe(40);
  });

  it('keeps 外 that is not a count (一百外國企業)', () => {
    expect(read('推介会邀请了一百外国企业').invitedEnterprises).toBeNull();
    expect(read('推介會邀請了一百外國企業').invitedEnterprises).toBeNull();
  });

  it('adds the guests of both parties (哈方32家、我方15家)', () => {
    expect(read('12月3日商会组织经贸洽谈会，哈方32家企业、我方15家企业参加，现场签订合作协议3项。').invitedEnterprises).toBe(47);
    expect(read('12月3日商會組織經貿洽談會，哈方32家企業、我方15家企業參加，現場簽訂合作協議3項。').invitedEnterprises).toBe(47);
  });

  it('does not add a count of another kind said after the guests', () => {
    expect(read('昨天推介会来了30家企业，其中5家企业当场签约').invitedEnterprises).toBe(30);
    expect(read('昨天推介會來了30家企業，其中5家企業當場簽約').invitedEnterprises).toBe(30);
  });
});

describe("round 23: the investor's earlier project elsewhere is not this lead's stage", () => {
  it('skips 該公司去年在…投了…的基地已經投產, 我司於2024年在…投資的同類項目已投產', () => {
    expect(stage('华康药业计划在我市投资3亿元建设制剂车间，该公司去年在武汉投了5亿的基地已经投产，目前正在谈。')).toBe('negotiating');
    expect(stage('華康藥業計劃在我市投資3億元建設製劑車間，該公司去年在武漢投了5億的基地已經投產，目前正在談。')).toBe('negotiating');
    expect(stage('我司拟投资2亿元建设包装材料项目。我司于2023年在泉州投资的同类项目已顺利投产。')).toBe('lead');
    expect(stage('我司擬投資2億元建設包裝材料項目。我司於2023年在泉州投資的同類項目已順利投產。')).toBe('lead');
  });

  it('keeps a project of ours said with its year (去年在高新區投資的項目已經投產了)', () => {
    expect(stage('去年在高新区投资的项目已经投产了，总投资3亿')).toBe('landed');
    expect(stage('去年在高新區投資的項目已經投產了，總投資3億')).toBe('landed');
  });
});

describe('round 23: a project talked over', () => {
  it('reads 跟園區談一個…項目 and 上週談的那個 as talks', () => {
    expect(stage('华兴公司跟园区谈一个3亿的电池项目')).toBe('negotiating');
    expect(stage('華興公司跟園區談一個3億的電池項目')).toBe('negotiating');
    expect(stage('上周谈的那个纺织厂，他们说再考虑一下，投资四千万')).toBe('negotiating');
    expect(stage('上週談的那個紡織廠，他們說再考慮一下，投資四千萬')).toBe('negotiating');
  });

  it('keeps talks still to come as a lead (想談一個, 準備談的那個)', () => {
    expect(stage('华兴电子想谈一个投资3亿的项目')).toBe('lead');
    expect(stage('華興電子想談一個投資3億的項目')).toBe('lead');
    expect(stage('准备谈的那个项目投资3亿')).toBe('lead');
    expect(stage('準備談的那個項目投資3億')).toBe('lead');
  });
});

describe('round 23: a visit to come, with no sum and no plan, is the event the chamber receives', () => {
  it('reads 下週來考察, 明天 site visit as a visit event', () => {
    expect(read('杭州商会报：华宇智能的李总说下周来考察，具体联系他助理小陈').kind).toBe('event');
    expect(read('杭州商會報：華宇智能的李總說下週來考察，具體聯繫他助理小陳').kind).toBe('event');
    expect(read('Mark 一下：厦门 Bluewave Marine 明天 site visit 临港片区，6 个人。').eventType).toBe('visit');
    expect(read('Mark 一下：廈門 Bluewave Marine 明天 site visit 臨港片區，6 個人。').eventType).toBe('visit');
  });

  it('keeps a visit of an investor with a sum, a plan or an interest a lead', () => {
    expect(read('华宇智能想在经开区建个电池厂，下周来考察').kind).toBe('lead');
    expect(read('華宇智能想在經開區建個電池廠，下週來考察').kind).toBe('lead');
    expect(read('华宇智能对我们的产业园有兴趣，下周来考察').kind).toBe('lead');
    expect(read('華宇智能對我們的產業園有興趣，下週來考察').kind).toBe('lead');
    expect(read('华宇智能投资2亿的项目，下周来考察').kind).toBe('lead');
    expect(read('華宇智能投資2億的項目，下週來考察').kind).toBe('lead');
  });
});

describe('round 23: contacts after an English key, and a spaced title', () => {
  it('reads the Chinese name after contact (是他們 COO 王磊, Contact 吳總, VP Linda 王)', () => {
    expect(contact('有个lead：一家做芯片的startup想在我们这里设个R&D center，大概投5000万，contact是他们COO刘强。')).toBe('刘强');
    expect(contact('有個lead：一家做芯片的startup想在我們這裏設個R&D center，大概投5000萬，contact是他們COO劉強。')).toBe('劉強');
    expect(contact('那个传感器项目已 signed，总投资 RMB 300 million。Contact 郑总。')).toBe('郑总');
    expect(contact('那個傳感器項目已 signed，總投資 RMB 300 million。Contact 鄭總。')).toBe('鄭總');
    expect(contact('Nova Biotech 想在新区设一个 R&D center，contact 是他们的 VP Grace 周')).toBe('Grace 周');
    expect(contact('Nova Biotech 想在新區設一個 R&D center，contact 是他們的 VP Grace 周')).toBe('Grace 周');
  });

  it('keeps a surname and a title spaced on a form (楊 主任)', () => {
    expect(contact('苹果深加工项目 已签约 投资1.6亿 联系人 杨 主任 18787012345')).toBe('杨 主任');
    expect(contact('蘋果深加工項目 已簽約 投資1.6億 聯繫人 楊 主任 18787012345')).toBe('楊 主任');
  });
});

describe('round 23: Min 想欲 (wants to) and 閣咧講 (still talking)', () => {
  it('reads a wish to invest not yet signed as a lead', () => {
    expect(stage('阮遮有一间做光电的，叫做日盛光电，想欲来咱遮投资太阳能板工厂，差不多两亿，犹未签。')).toBe('lead');
    expect(stage('阮遮有一間做光電的，叫做日盛光電，想欲來咱遮投資太陽能板工廠，差不多兩億，猶未簽。')).toBe('lead');
  });

  it('keeps talks said beside it (閣咧講) as talks', () => {
    expect(stage('阮遮有一间做幼教的禾丰文教，想欲伫文教园区投一间幼儿园，大约八千万，犹未签，阁咧讲。')).toBe('negotiating');
    expect(stage('阮遮有一間做幼教的禾豐文教，想欲佇文教園區投一間幼兒園，大約八千萬，猶未簽，閣咧講。')).toBe('negotiating');
  });
});

describe("round 23: our share of an investor's whole plan is the investment", () => {
  it('reads 落到我們…的只有, 其中在我們這邊的是', () => {
    expect(investment('华兴集团投资10亿是整个集团的计划，落到我们高新区的只有2.5亿，还在谈')).toBe(250_000_000);
    expect(investment('華興集團投資10億是整個集團的計劃，落到我們高新區的只有2.5億，還在談')).toBe(250_000_000);
    expect(investment('华兴集团总投资10亿，其中在我们这边的是3亿，在谈')).toBe(300_000_000);
    expect(investment('華興集團總投資10億，其中在我們這邊的是3億，在談')).toBe(300_000_000);
  });

  it('keeps the whole when the part is a phase (其中一期3億)', () => {
    expect(investment('华兴集团投资10亿，其中一期3亿，在谈')).toBe(1_000_000_000);
    expect(investment('華興集團投資10億，其中一期3億，在談')).toBe(1_000_000_000);
  });
});
