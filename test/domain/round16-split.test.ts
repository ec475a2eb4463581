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

describe('round 16: money and jobs', () => {
  it('reads the right sum after a denied one that has its key after 不是 (唔係投資X，係Y)', () => {
    expect(parse('頭先打錯字：永泰食品唔係投資8000萬，係8億！').investmentYuan).toBe(800_000_000);
    expect(parse('刚才打错了：永泰食品不是投资8000万，是8亿').investmentYuan).toBe(800_000_000);
    expect(parse('更正：华强电子不是总投资3亿，是3.5亿，已签约').investmentYuan).toBe(350_000_000);
    expect(parse('那个冷库不是投3个亿，是5个亿，还在谈').investmentYuan).toBe(500_000_000);
  });

  it('keeps a sum denied with no right one after it', () => {
    expect(parse('那个3亿不是投资额，是注册资本，项目在谈').investmentYuan).toBeNull();
  });

  it('reads the actual sum after one owned as misreported (係誤報，實際係…)', () => {
    expect(parse('先前報嘅「臺鑫半導體」投資50億係誤報，實際係5億，目前係意向').investmentYuan).toBe(500_000_000);
    expect(parse('之前报的台鑫半导体投资50亿是误报，实际是5亿').investmentYuan).toBe(500_000_000);
    expect(parse('華強電子投資3億有誤，實際為2.5億').investmentYuan).toBe(250_000_000);
    expect(parse('华强电子投资3亿有误，实际为2.5亿，已签约').investmentYuan).toBe(250_000_000);
  });

  it('reads 係 after 實際, 其實 and a sum as is, and keeps 系統 a word', () => {
    expect(parse('嗰個項目其實係8億，仲傾緊').investmentYuan).toBe(800_000_000);
    expect(parse('华强电子投资5亿系统集成项目').investmentYuan).toBe(500_000_000);
  });

  it('reads the total said after two phases in run-on speech', () => {
    expect(parse('长沙的湘江生物说他们一期投一个亿二期再投一个亿总共两个亿在生物医药园').investmentYuan).toBe(200_000_000);
    expect(parse('長沙嘅湘江生物話一期投一個億二期再投一個億總共兩個億').investmentYuan).toBe(200_000_000);
    expect(parse('华兴食品一期投三千万二期投五千万一共八千万 在谈').investmentYuan).toBe(80_000_000);
    expect(parse('Lumen Medical phase 1 investment 五千萬，total 兩億').investmentYuan).toBe(200_000_000);
  });

  it('reads the phase the report is about, not the one already put in', () => {
    expect(parse('一期投了2个亿的那个粤嘉电器，二期项目又来了：二期投资3.2亿，在经开区，今天签的约').investmentYuan).toBe(320_000_000);
    expect(parse('一期投咗2個億嘅粵嘉電器，二期又嚟咗：二期投資3.2億，喺經開區').investmentYuan).toBe(320_000_000);
    expect(parse('粤嘉电器一期已经投了5000万，二期计划投资1.2亿，还在谈').investmentYuan).toBe(120_000_000);
    expect(parse('粵嘉電器一期投了5000萬，二期再投1.2億，總投資1.7億').investmentYuan).toBe(170_000_000);
  });

  it('keeps the first phase when no other phase has a sum', () => {
    expect(parse('粤嘉电器一期投资2亿，已签约').investmentYuan).toBe(200_000_000);
  });

  it('reads the right figure reached from the slip said again (80畝是錯的，是80畝的一半，40畝)', () => {
    expect(parse('刚才说的80亩是错的，是80亩的一半，40亩。云浮石材的石材加工项目，投资5000万').areaMu).toBe(40);
    expect(parse('剛才講嘅80畝係錯嘅，係80畝嘅一半，40畝。雲浮石材嘅石材加工項目投資5000萬').areaMu).toBe(40);
    expect(parse('投资3亿是错的，是3亿的一半，1.5亿').investmentYuan).toBe(150_000_000);
    expect(parse('用地100畝係錯嘅，係100畝再加一半，150畝').areaMu).toBe(150);
  });

  it('keeps the figure said again when the sentence ends there', () => {
    expect(parse('占地80亩是错的，是80亩。投资3亿').areaMu).toBe(80);
    expect(parse('佔地80畝是錯的，應該是60畝').areaMu).toBe(60);
  });

  it('reads jobs said about a count (兩百個左右的崗位)', () => {
    expect(parse('中央厨房项目签了，总投资2.6个亿，整起来以后能带两百个左右的岗位').jobs).toBe(200);
    expect(parse('中央廚房項目簽咗，總投資2.6億，建成後能帶兩百個左右嘅崗位').jobs).toBe(200);
    expect(parse('冷链基地投资3亿，建成后可以提供三百个上下的就业岗位').jobs).toBe(300);
    expect(parse('冷鏈基地投資3億，可提供500個左右的就業崗位').jobs).toBe(500);
  });

  it('keeps a count of enterprises about as many out of the jobs', () => {
    expect(parse('推介会投资2亿，两百个左右的企业参加').jobs).toBeNull();
  });
});

describe('round 16: contacts', () => {
  it('reads the person to reach after an office written without 的 (找秘書處小孫，電話…)', () => {
    expect(parse('下周五开招商对接会，报名找秘书处小孙，电话0431-8562 3309转8012').contact).toBe('小孙');
    expect(parse('下週五開招商對接會，報名搵秘書處小孫，電話0431-8562 3309').contact).toBe('小孫');
    expect(parse('请于12月8日前报秘书处小黄（电话0755-2668 1234）').contact).toBe('小黄');
    expect(parse('請於12月8日前報辦公室小黃（電話0755-2668 1234）').contact).toBe('小黃');
    expect(parse('有家家具厂有意向来我们北部新城建厂，具体联系他们办公室小杨，座机 0311-87654321').contact).toBe('小杨');
  });

  it('reads whom to call in Cantonese: 打俾張生, 搵…嘅Amy，佢手機係…', () => {
    expect(parse('打俾張生啦佢負責呢個項目 138 0013 8000 — 美廚電器喺家電產業園嘅廚電生產基地已經動工').contact).toBe('張生');
    expect(parse('有乜嘢問題搵秘書處嘅Amy，佢手機係0912-345-678').contact).toBe('Amy');
    expect(parse('有咩問題搵佢哋嘅Kelvin，電話 138 0013 8000').contact).toBe('Kelvin');
    expect(parse('有什么问题找秘书处的Amy，她手机是13800138000').contact).toBe('Amy');
  });

  it('keeps 打 and 報 with no one to call or report to out of the contact', () => {
    expect(parse('已經打咗電話俾佢哋，美廚電器投資5.6億').contact).toBeNull();
    expect(parse('报名截止12月8日，推介会邀请20家企业').contact).toBeNull();
  });

  it('reads the person to reach with the number said as theirs (段會長微信同手機…)', () => {
    expect(parse('机器人那个项目找云南商会的段会长，段会长微信同手机 150-8712-3344，项目还在谈').contact).toBe('段会长');
    expect(parse('機器人嗰個項目搵雲南商會嘅段會長，段會長微信同手機 150-8712-3344').contact).toBe('段會長');
  });

  it('reads a junior after whose and what they do, at a contact key (對接人是金泓的總經理助理小陳)', () => {
    expect(parse('对接人是金泓的总经理助理小陈，电话：13612345678').contact).toBe('小陈');
    expect(parse('對接人係金泓嘅總經理助理小陳，電話：13612345678').contact).toBe('小陳');
    expect(parse('联系人是他们公司的行政助理小刘').contact).toBe('小刘');
    expect(parse('聯繫人是他們辦公室的小李').contact).toBe('小李');
  });

  it('keeps the full name said after a junior at a key', () => {
    expect(parse('联系人是老周，周德胜').contact).toBe('周德胜');
  });

  it('reads Cantonese surnames 區 and 冼 at a contact key, in brackets too', () => {
    expect(parse('澳門「永利達建材」（聯繫人：區錦華 先生，+853 6688 1234）已於12月2日開業').contact).toBe('區錦華');
    expect(parse('澳门「永利达建材」（联系人：区锦华，13800138000）已开业').contact).toBe('区锦华');
    expect(parse('永利達建材（聯繫人：冼志明，13800138000）已開業').contact).toBe('冼志明');
  });

  it('keeps 區 of a district out of a name', () => {
    expect(parse('聯繫人：區政府辦公室，電話0757-22223333').contact).not.toBe('區政');
  });

  it('reads a polite form after its company and a space at a key (華興紡織 蔡總)', () => {
    expect(parse('聯繫人：華興紡織 蔡總，電話13505951234。').contact).toBe('蔡總');
    expect(parse('联系人：华兴纺织 蔡总 13505951234').contact).toBe('蔡总');
    expect(parse('聯繫人：市投促局 周敏').contact).toBe('周敏');
  });

  it('reads the name after a denied contact and a title (不是王總，是他們的副總李建軍)', () => {
    expect(parse('纠正：联系人不是王总，是他们的副总李建军，电话13652781093').contact).toBe('李建军');
    expect(parse('更正：聯繫人唔係王總，係佢哋嘅副總李建軍').contact).toBe('李建軍');
  });

  it("reads whose number a phone key's value opens with (聯繫方式：蔣總 173-…)", () => {
    expect(parse('线索：芙蓉制药拟在医药产业园投资4亿元，刚开始接触。\n联系方式：蒋总 173-0731-5566').contact).toBe('蒋总');
    expect(parse('線索：芙蓉製藥擬喺醫藥產業園投資4億。\n聯繫方式：蔣總 173-0731-5566').contact).toBe('蔣總');
    expect(parse('芙蓉制药投资4亿。联系方式：王磊 13800138000').contact).toBe('王磊');
    expect(parse('芙蓉製藥投資4億。聯繫方式：王磊，13800138000').contact).toBe('王磊');
  });

  it('keeps an office before a number at a phone key out of the contact', () => {
    expect(parse('芙蓉製藥投資4億。電話：辦公室 0731-5566 1234').contact).toBeNull();
  });

  it('reads a polite form with 副總 at a key, and one introduced by 叫', () => {
    expect(parse('聯係人是他們的林副總').contact).toBe('林副總');
    expect(parse('联系人是他们的林副总').contact).toBe('林副总');
    expect(parse('老乡介绍了个搞养老的老板，叫刘总，想在白鹭湖片区整个康养中心').contact).toBe('刘总');
    expect(parse('老鄉介紹咗個做養老嘅老闆，叫劉總，想喺白鷺湖片區搞個康養中心').contact).toBe('劉總');
  });
});
