import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 19: facts (contacts, dates, counts and figures) as people really send them. Every sentence here is made up;
// today is a Saturday.
const today = '2026-12-05';
const read = (text: string) => parseReport(text, { today });
const date = (text: string) => read(text).date;

describe('round 19: dialect words for yesterday and today', () => {
  it('reads 夜來, 夜兒個, 夜個 as yesterday and Min 今旦 as today', () => {
    expect(date('聊城那家食品厂的冷库项目夜来开工了，投资一点五个亿')).toBe('2026-12-04');
    expect(date('俺們老鄉的光伏電站，夜來在陽高縣併網了，總投資四億')).toBe('2026-12-04');
    expect(date('俺们商会夜儿个晌午在会展中心办了个推介会，来了三十多家企业')).toBe('2026-12-04');
    expect(date('德州那个纺织厂夜个跟开发区签了，投资八千万')).toBe('2026-12-04');
    expect(date('阮閩侯儂開的食品廠今旦開工了，總投資2.3億')).toBe('2026-12-05');
    expect(date('莆田那个鞋厂今旦签约，投资一个亿')).toBe('2026-12-05');
  });

  it('does not take midnight or a flower for yesterday', () => {
    expect(date('他们半夜来电话说想在开发区投资两个亿')).toBeNull();
    expect(date('夜来香酒店管理公司想投资五千万做连锁')).toBeNull();
  });
});

describe('round 19: 廿 and 卅 in a day of the month', () => {
  it('reads 上個月廿八號, 本月廿號, 十一月廿三日', () => {
    expect(date('甌越鞋業已經落地，上個月廿八號正式投產，用工三百人')).toBe('2026-11-28');
    expect(date('这个项目本月廿号签约，投资一亿')).toBe('2026-12-20');
    expect(date('十一月廿三日，商会组织企业赴高新区考察')).toBe('2026-11-23');
    expect(date('上个月卅号那场推介会来了四十家企业')).toBe('2026-11-30');
  });
});

describe('round 19: English weekdays cut short', () => {
  it('reads next Wed, last Thu, this Fri, next Tues', () => {
    expect(date('Next Wed 我們在 Marriott 二樓搞一場 investment roadshow，confirm 了 28 家 companies')).toBe('2026-12-09');
    expect(date('last Thu 陪 3 家企业去高新区 site visit')).toBe('2026-11-26'); // the week before, as 上週四
    expect(date('this Fri 商會開座談會，請了 12 家企業')).toBe('2026-12-04');
    expect(date('next Tues 推介會在 Hilton 三樓')).toBe('2026-12-08');
  });

  it('keeps words that only open like a weekday', () => {
    expect(date('next sunroom 项目还在谈，投资五千万')).toBeNull();
  });
});

describe('round 19: a date taken back or moved', () => {
  it('takes the day said after 嗯 不是 in speech', () => {
    expect(date('下个月三号 嗯 不是 下周三 我们江西商会在会议室搞一个座谈会')).toBe('2026-12-09');
    expect(date('下個禮拜二 呃 不是 下個禮拜四 福建商會去高新區考察')).toBe('2026-12-10');
  });

  it('reads a cancelled day as given up for the day it changes to', () => {
    expect(date('昨天說的下週二的推介會取消了哈，改成下週四去高新區實地考察，參加企業12家。')).toBe('2026-12-10');
    expect(date('原来的下周一的座谈会取消了，改到下周三在商会会议室')).toBe('2026-12-09');
  });

  it('reads a day moved in the next clause', () => {
    expect(date('上午说考察是下周三，刚接到通知改到本周日了，就是明天，去高新区')).toBe('2026-12-06');
    expect(date('之前定的考察是下週一，剛剛接到通知改到下週五了')).toBe('2026-12-11');
    expect(date('推介会在12月8日，会后改到二楼宴会厅吃饭')).toBe('2026-12-08');
  });

  it('does not read the day of the report corrected as the day of what it tells', () => {
    expect(date('更正昨天的考察日期：香港商會考察團是12月3日（週四）來的，不是12月4日。')).toBe('2026-12-03');
    expect(date('天津商会：更正昨天的消息，中央厨房项目开业日期是12月1日，不是11月1日。')).toBe('2026-12-01');
    expect(date('纠正一下前天的消息：签约是在11月30日')).toBe('2026-11-30');
    expect(date('昨天的推介會來了30家企業，更正：是25家')).toBe('2026-12-04');
  });

  it('reads the day a table stands at (截至) as no day of the lead', () => {
    expect(date('【项目跟踪表】（截至12月4日）\n重庆长鑫汽车零部件，6.5亿元，已签约\n备注：11月26日签约')).toBe('2026-11-26');
    expect(date('項目進度表（截止到12月3日）⏎宏達紡織，11月20日開工')).toBe('2026-11-20');
    expect(date('截至12月4日，华远新材料项目还在洽谈')).toBe('2026-12-04');
  });

  it('does not read the day an article was posted as the day it tells of', () => {
    expect(date('轉發一下今天公眾號的稿子👇\n《北京商會組團赴我市考察》\n12月4日，北京商會率32家企業來我市考察')).toBe('2026-12-04');
    expect(date('转一下昨天群里的推送：11月30日，浙江商会组织企业赴临港考察')).toBe('2026-11-30');
  });
});

const invest = (text: string) => read(text).investmentYuan;
const area = (text: string) => read(text).areaMu;

describe('round 19: a spoken sum closed by a particle, a cry or 出頭', () => {
  it('reads 四個億！, 十二個億呢, 兩個億出頭吧 as the investment', () => {
    expect(invest('老铁们，龙江粮油在马桥镇整了个事儿，投了老鼻子钱了，四个亿！上礼拜就动工了')).toBe(400_000_000);
    expect(invest('北冰洋冷鏈整了個冷鏈物流園，就在臨港新區，三個億！已經動工了')).toBe(300_000_000);
    expect(invest('大丰那个海上风电配套的项目还没签，要等省里批下来再签，十二个亿呢，急不得')).toBe(1_200_000_000);
    expect(invest('兩個億出頭吧那個項目 做電子元器件的 今年三月份就投產了')).toBe(200_000_000);
    expect(invest('五千万挂零 那个食品厂 上个月已经投产了')).toBe(50_000_000);
  });

  it('takes the exact sum said after one said about', () => {
    expect(invest('鸿运机械要在青石镇建农机装配线 一个亿出头 嗯 一点零五亿 已经注册了公司了')).toBe(105_000_000);
    expect(invest('北方藥業想在高新區做中藥飲片 大概 一個億出頭 一億一千萬吧 剛剛接觸')).toBe(110_000_000);
  });

  it('does not take a company figure closed the same way', () => {
    expect(invest('华远新材料去年营收十个亿！今年想在开发区看看')).toBeNull();
  });
});

describe('round 19: a spoken tail before 了', () => {
  it('reads 兩億五了 as 2.5億, not 2億 and 5', () => {
    expect(invest('张总那边说投资额从两个亿变成两亿五了然后地还是一百亩 目前还在磋商')).toBe(250_000_000);
    expect(invest('華遠那個項目投資加到三億五了，已經簽約')).toBe(350_000_000);
    expect(invest('冷链项目投资一亿二了，还在谈')).toBe(120_000_000);
  });
});

describe('round 19: a figure once said, then what it is now', () => {
  it('takes the figure said after 後來, 現在, 最後 in the same sentence', () => {
    expect(invest('渭南華山果業原計劃投5000萬，後來擴大規模，調整為9000萬，目前已簽約')).toBe(90_000_000);
    expect(invest('溫州宏遠閥門之前說兩個億，後面企業又加了，現在定的是2.8億，已經簽了投資協議')).toBe(280_000_000);
    expect(invest('开封文旅项目已经签了，总投资不是之前说的6亿，最后定的是6.8亿')).toBe(680_000_000);
    expect(invest('箱包代工那个项目原本说投5000万，现在老板说先投一期3000万，已经开始生产了')).toBe(30_000_000);
    expect(area('宏达纺织原来说80亩地，后来政府那边只能给60亩，老板同意了，合同下周签')).toBe(60);
  });

  it('takes the figure said after one denied', () => {
    expect(invest('蓝海水产还在洽谈中，投资额也不是2亿，人家只说了1.2亿左右的规模')).toBe(120_000_000);
    expect(invest('那個港口物流還在談，投資也不是5億，對方只講了3億')).toBe(300_000_000);
  });

  it('takes the land figure after 錯了，應為', () => {
    expect(area('通海重工船舶配套項目，剛才報的佔地50畝錯了，應為150畝；投資3億，已落地投產')).toBe(150);
    expect(area('华远项目占地80亩错了，应该是120亩，已签约')).toBe(120);
  });

  it('keeps the first figure when the second is another one', () => {
    expect(invest('原计划投5000万，现在到位资金1000万，已开工')).toBe(50_000_000);
    expect(invest('之前说投两个亿，后来一直没消息，还在谈')).toBe(200_000_000);
  });
});

describe('round 19: the project the report turns to', () => {
  it('reads the sum after 今次 and 呢次 past one of last year', () => {
    expect(invest('金鴻陶瓷去年喺佛山投咗5個億建廠，今次嚟我哋呢邊簽咗個8000萬嘅衛浴配套項目')).toBe(80_000_000);
    expect(invest('佢哋前年喺東莞投咗3個億，呢次想喺我哋呢度投1.2億做倉儲，傾緊')).toBe(120_000_000);
  });

  it('reads past a project reported last month to this other one', () => {
    expect(invest('補充一下：河南商會上個月報的那個光伏項目總投資是2億，今天這個是另一個——中原晶科的組件工廠，投資額3.6億，已經投產')).toBe(360_000_000);
    expect(invest('上周报的那个冷链项目投资1亿，这个是另一个，华远物流园，投资2.5亿，在谈')).toBe(250_000_000);
  });
});

const invited = (text: string) => read(text).invitedEnterprises;
const signed = (text: string) => read(text).signedProjects;

describe('round 19: counts of enterprises corrected', () => {
  it('takes the exact count said after a rough one (準確說是, 確切地講)', () => {
    expect(invited('我們下週三要搞一個招商推介會 在市民中心 邀請了 嗯 二十幾家企業 準確說是二十五家吧')).toBe(25);
    expect(invited('下周五的推介会邀请了三十多家企业，确切地讲是三十四家')).toBe(34);
    expect(invited('昨天座談會來了十幾家企業 具體來說是十三家')).toBe(13);
  });

  it('takes the count after 不是…，是…', () => {
    expect(invited('修正一下昨天报的数：推介会来的企业不是35家，是53家，签约项目还是7个。')).toBe(53);
    expect(invited('更正：昨天洽談會參會企業不是12家，是21家')).toBe(21);
  });

  it('keeps the count a correction asserts before 不是', () => {
    expect(invited('更正：景德镇那个推介会来了32家企业不是23家，签约项目4个。')).toBe(32);
    expect(invited('更正一下：昨天的座談會到場企業18家不是15家')).toBe(18);
  });

  it('still reads a slip taken back in speech', () => {
    expect(invited('昨天推介会来了十五家企业哦不是十八家')).toBe(18);
  });
});

describe('round 19: enterprises counted in speech and mixed English', () => {
  it('counts those asked to come (請了, 約咗)', () => {
    expect(invited('各位下周三下午我们商会在金陵饭店二楼开一个对接会嗯就是跟企业对接一下投资的事情目前请了二十六家大家尽量来啊')).toBe(26);
    expect(invited('下週五喺商會開座談會，而家約咗十二間，大家得閒就嚟')).toBe(12);
  });

  it('counts members who came, not members led on a visit', () => {
    expect(invited('甘肃商会年会定了 就是本月二十号 在金城大酒店宴会厅 大概一百个会员企业参加')).toBe(100);
    expect(invited('年會下週六舉行，預計八十個會員企業出席')).toBe(80);
  });

  it('counts enterprises described before their noun', () => {
    expect(invited('俺们前儿个带着三家做钢材深加工的企业回莱芜考察，人家说咋也得回老家看看')).toBe(3);
    expect(invited('上週帶著五家做跨境電商的企業去綜保區考察')).toBe(5);
  });

  it('counts companies brought on a site visit', () => {
    expect(invited('昨天 site visit 安排了 6 家 companies 去經開區看 plant，反饋都 OK')).toBe(6);
    expect(invited('Business dinner 上周六在 Hilton 三楼，Malaysian chamber 带了 22 家 members')).toBe(22);
  });
});

describe('round 19: projects signed said in English', () => {
  it('reads sign 了 N 個項目 and N signed on the spot', () => {
    expect(signed('周四的 roadshow 很成功 来了 30+ 家企业，当场 sign 了 5 个项目')).toBe(5);
    expect(signed('推介會現場 sign 咗 3 個項目，來咗 40 間企業')).toBe(3);
    expect(signed('Negotiation meeting yesterday 在天津武清，15 enterprises attended，2 signed on the spot')).toBe(2);
  });

  it('does not count those who signed up', () => {
    expect(signed('Promotion seminar next Friday, 20 signed up so far')).toBeNull();
  });
});

const contact = (text: string) => read(text).contact;

describe('round 19: a boss talked of as the subject, a Hong Kong man as Mr', () => {
  it('reads 張總那個項目 and 關於周總那個項目', () => {
    expect(contact('不好意思刚才打错了，是8000万不是800万，张总那个冷链项目，在酒泉')).toBe('张总');
    expect(contact('李總那個項目還沒簽啊，大家別傳了，只是意向')).toBe('李總');
    expect(contact('關於周總那個項目，有人說已經落地了，其實只簽了框架協議')).toBe('周總');
    expect(contact('关于黄董那个物流园，投资三个亿，还在谈')).toBe('黄董');
  });

  it('reads 陳生 of Hong Kong or Macau in Mandarin reports', () => {
    expect(contact('香港的陈生准备在西安国际港务区投资物流仓储，2亿港币，合同已经签了')).toBe('陈生');
    expect(contact('香港湖北商會報喜：港商陳生投資5000萬美元的精密模具項目落戶孝感經開區')).toBe('陳生');
    expect(contact('剛剛跟那個澳門的何生通完電話 他說他們公司叫濠江酒店管理 要做一個精品酒店')).toBe('何生');
    expect(contact('港资企业的梁生想在临港投资两个亿做冷链')).toBe('梁生');
  });

  it('does not read a student or a doctor as Mr', () => {
    expect(contact('香港的学生来我们园区参观，没有谈投资')).toBeNull();
    expect(contact('澳门的医生团队想在这里开诊所，投资两千万')).toBeNull();
  });
});

describe('round 19: the person introduced by who they are', () => {
  it('reads the fellow from home (老鄉) and their name or polite form', () => {
    expect(contact('對接人是監利老鄉張女士（電話：0716-3321888），投資8500萬，已經在談了')).toBe('張女士');
    expect(contact('俺们晋城老乡王建军的煤机配件厂，咋说也得回来，八千万，地还在选')).toBe('王建军');
    expect(contact('这个项目的牵头人是咱老乡刘宝山（电话13805461234），做石油装备的，想回东营投1亿')).toBe('刘宝山');
    expect(contact('我們同鄉陳志明的電子廠想回來擴產，投資一個億')).toBe('陳志明');
  });

  it('reads a boss named after 老闆, and a Min boss (頭家)', () => {
    expect(contact('今天接触了一个安徽老板，陈总，想在经开区做汽车内饰件，投资5000万左右')).toBe('陈总');
    expect(contact('昨天見了一個溫州老闆，林總，說要在高新區投兩億做閥門')).toBe('林總');
    expect(contact('有一位陳頭家，做茶葉罐包裝的，公司叫做茗豐包裝，想欲佇龍泉鎮租廠房')).toBe('陳頭家');
    expect(contact('有個黃頭家想在港區開冷庫，投資三千萬')).toBe('黃頭家');
  });

  it('reads a polite form after a filler, 做…的老孫, 周董的助理方靜', () => {
    expect(contact('就是那個嗯李女士介紹的那個做文旅的老闆 想在華山腳下搞個民宿集群')).toBe('李女士');
    expect(contact('俺跟恁說，威海那個做海參加工的老孫，談了好幾輪了，還在磨價錢')).toBe('老孫');
    expect(contact('烟台那个搞苹果深加工的老刘，说要投五千万')).toBe('老刘');
    expect(contact('和江城數智的周董見了面，投資約10億，後續由周董的助理方靜負責對接，電話138-0710-2468')).toBe('方靜');
    expect(contact('和华远的王总谈了，后续由王总的秘书李娜跟进，投资两个亿')).toBe('李娜');
  });

  it('reads the boss of a business card (劉總的名片) and a polite form before a mobile', () => {
    expect(contact('我把刘总的名片发一下：刘晓东 江西赣商供应链管理有限公司 总经理 手机 13607918899。')).toBe('刘总');
    expect(contact('那个做光伏组件的老板电话我发你：韩总 186 7080 1234，他说下礼拜回来看地')).toBe('韩总');
    expect(contact('老闆號碼給大家：許總 139 5012 3456，做鞋材的，想投一億')).toBe('許總');
  });

  it('reads a Western surname with 先生 and a boss the lead came from', () => {
    expect(contact('英国的Smith先生投资500万英镑在汉中建茶叶出口基地，签约仪式前天办的')).toBe('Smith先生');
    expect(contact('德國的Müller女士想在高新區投資兩千萬歐元做精密軸承')).toBe('Müller女士');
    expect(contact('Lead from 王总: a logistics company 想 invest around 60 million RMB in 保税区')).toBe('王总');
  });
});

describe('round 19: whom to turn to, with a note or a name beside', () => {
  it('reads 找王秘書就行 and 找我 秘書處老趙 before the number', () => {
    expect(contact('找王秘书就行：微信同号 177 9102 3456。她负责那个光伏项目的对接，投资50个亿')).toBe('王秘书');
    expect(contact('有事找我 秘书处老赵 电话 0551 6288 9900 明天8点集合去考察')).toBe('老赵');
  });

  it('reads the name in brackets or beside a junior', () => {
    expect(contact('下周五招商推介会报名请找秘书处小陈（陈静）电话：+86 135-1234-8899')).toBe('小陈');
    expect(contact('河北商會下週二開座談會，有事找秘書處小李，李婷，電話（0311）8866-2103。')).toBe('李婷');
    expect(contact('具體找他們的李經理，李國強，電話：(0371) 6588 7766。')).toBe('李國強');
    expect(contact('瀋陽那家農機公司還在談，盤子大概兩億。對接的是老張，張德順。')).toBe('老張');
  });

  it('reads a keyed contact in brackets, or before the number read out or 微信同手機', () => {
    expect(contact('联系人（王建国 139 7081 2345）说他们公司打算在赣州经开区建个仓库')).toBe('王建国');
    expect(contact('項目：再生鋁項目 投資：5.5億 聯繫：鍾先生 一五九 七零七一 二二三三')).toBe('鍾先生');
    expect(contact('對接人：馬總　微信同手機 13703175566；企業：河北華通線纜；總投資：3.3億')).toBe('馬總');
    expect(contact('聯繫人：河南商會 張秘書 電話0371-8888 6666轉803')).toBe('張秘書');
    expect(contact('報名聯繫：阿依古麗 +86-991-588-3021，12月15日赴綜保區考察')).toBe('阿依古麗');
  });
});

describe('round 19: a sum named after it, and hands hired', () => {
  it('reads the sum said to be the investment after it (20億是對方提的投資額)', () => {
    expect(invest('榆林那个兰炭综合利用项目目前还在磋商阶段，20亿是对方提的投资额')).toBe(2_000_000_000);
    expect(invest('華遠那個冷鏈項目還在談，三個億是他們報的總投資')).toBe(300_000_000);
  });

  it('does not read another figure named after a sum', () => {
    expect(invest('华远新材料还在谈，20亿是他们去年的营收')).toBeNull();
  });

  it('reads 招了八十個娃 and 雇了 85 個 staff as jobs', () => {
    expect(read('秦川果业苹果冷库投产咧 六千万 招了八十个娃').jobs).toBe(80);
    expect(read('Lanna Coffee 咖啡烘焙厂已经 in production 啦，投了 3800 万，雇了 85 个 staff').jobs).toBe(85);
    expect(read('华远食品厂投产了，投资五千万，雇了120个工人').jobs).toBe(120);
    expect(read('華遠食品廠投產了，投資五千萬，僱佣了六十個員工').jobs).toBe(60);
  });
});
