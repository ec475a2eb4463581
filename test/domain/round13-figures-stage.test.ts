import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 13 (stage, kind, figures and contacts). Every sentence here is made up; none is copied from a
// development set.
const today = '2026-11-29';
const parse = (text: string) => parseReport(text, { today });

describe('round 13: spoken figures run on into the next key', () => {
  it('reads 兩億六 before 用地, 到位, 年納稅 and a dialect particle as the next place down', () => {
    expect(parse('他們那個輪胎廠已經簽了總投資三億四用地九十畝').investmentYuan).toBe(340_000_000);
    expect(parse('他们那个轮胎厂已经投产了总投资一亿六到位资金八千万').investmentYuan).toBe(160_000_000);
    expect(parse('那個罐頭廠已經開工了投資兩億八年納稅預計兩千萬').investmentYuan).toBe(280_000_000);
    expect(parse('上个礼拜跟园区签了约，投资四亿五嘞，搞个物流园').investmentYuan).toBe(450_000_000);
  });
});

describe('round 13: a sum put right in more words', () => {
  it('takes the figure after a slip owned by how it was made (看錯了, 筆誤, 少打了個萬字)', () => {
    expect(parse('鼎盛機械投資6千萬……哦不對，我看錯了，是1.6億。').investmentYuan).toBe(160_000_000);
    expect(parse('鼎盛机械在园区投2亿美元建厂，我听错了，是2亿元人民币。').investmentYuan).toBe(200_000_000);
    expect(parse('上面寫的「投資5千億」是筆誤，應該是5千萬。').investmentYuan).toBe(50_000_000);
    expect(parse('鼎盛机械投资6000元，已经开工。\n少打了个万字，是6000万。').investmentYuan).toBe(60_000_000);
  });

  it('takes the figure after 哦不, 不對不對 with a check said between, and 核實是', () => {
    expect(parse('鼎盛機械 投資額5000萬，哦不，應該是4500萬。').investmentYuan).toBe(45_000_000);
    expect(parse('鼎盛机械投资2亿——不对不对，刚查了协议，是2.4亿，已经签了。').investmentYuan).toBe(240_000_000);
    expect(parse('鼎盛機械投資原來報的1.2億，後來跟老闆核實是1.5億。').investmentYuan).toBe(150_000_000);
    expect(parse('investment 2 bn RMB？不对不对，是 2 亿。').investmentYuan).toBe(200_000_000);
  });

  it('takes the figure a sum was raised to (提到了) or put right after an arrow (→修正為)', () => {
    expect(parse('企業把投資額從原來報的3億提到了3.4億，還在磨。').investmentYuan).toBe(340_000_000);
    expect(parse('鼎盛机械：投资6亿→修正为5.5亿；已签约。').investmentYuan).toBe(550_000_000);
  });

  it('takes the figure denied and then said again in speech (三億不是三點五億嗯三點五億)', () => {
    expect(parse('那個倉庫項目投資兩億不是兩點八億嗯兩點八億已經開工了').investmentYuan).toBe(280_000_000);
    expect(parse('那个仓库项目投资两亿不是两点八亿 嗯 两点八亿 已经开工了').investmentYuan).toBe(280_000_000);
    expect(parse('那個倉庫項目投資兩億，不是兩點八億。').investmentYuan).toBe(200_000_000);
  });
});

describe('round 13: a currency named before its sum', () => {
  it('reads every currency named in Chinese before the sum as foreign (投資澳門元8000萬, 泰銖5億)', () => {
    expect(parse('濠江餐飲擬投資澳門元6000萬開設中央廚房。')).toMatchObject({
      investmentYuan: null,
      investmentForeign: { currency: 'MOP', amount: 60_000_000 },
    });
    expect(parse('濠江餐饮拟投资泰铢5亿开设中央厨房。')).toMatchObject({ investmentYuan: null, investmentForeign: { currency: 'THB', amount: 500_000_000 } });
  });

  it('reads 林吉特, 韓幣 and 日圓 as currencies', () => {
    expect(parse('金盾手套在臨港工業區投資2.5億林吉特，已經開工。').investmentForeign).toEqual({ currency: 'MYR', amount: 250_000_000 });
    expect(parse('金盾手套在临港工业区投资300亿韩币，已经开工。').investmentForeign).toEqual({ currency: 'KRW', amount: 30_000_000_000 });
    expect(parse('金盾手套在臨港工業區投資20億日圓，已經開工。').investmentForeign).toEqual({ currency: 'JPY', amount: 2_000_000_000 });
  });
});

describe('round 13: a first contact, a visit and an intention are no talks', () => {
  it('reads 初步 before any word of contact as a lead (初步 對接, 初步接洽, 初步的交流)', () => {
    expect(parse('昌盛包裝有意投資5000萬建廠，現在是初步 對接').stage).toBe('lead');
    expect(parse('昌盛包装有意投资5000万建厂，目前在初步接洽。').stage).toBe('lead');
    expect(parse('狀態：初步接洽\n企業：昌盛包裝\n投資：5000萬').stage).toBe('lead');
    expect(parse('昌盛包装投资5000万建厂，已完成初步对接，正在洽谈。').stage).toBe('negotiating');
  });

  it('reads a visit with the talks denied, or an intention come of it, as a lead', () => {
    expect(parse('昌盛包裝擬投資5000萬，目前處於前期考察階段，尚未進入實質洽談。').stage).toBe('lead');
    expect(parse('昌盛包装这次考察后表示有意在我市建厂，投资约5000万。').stage).toBe('lead');
    expect(parse('昌盛包裝上月來我市考察時表達了投資意向，投資約5000萬。').stage).toBe('lead');
    expect(parse('昌盛包装投资5000万，已完成考察，暂未进入实质性洽谈。').stage).toBe('negotiating');
  });

  it('reads 由…對接 as who handles the contact, and 對接的 before an intention as whose lead it is', () => {
    expect(parse('昌盛包裝擬投資5000萬建廠，具體由商會王秘書長對接。').stage).toBe('lead');
    expect(parse('昌盛包装拟投资5000万建厂，后续由他们的项目经理对接。').stage).toBe('lead');
    expect(parse('我們這邊對接的昌盛包裝還在意向階段，投資約5000萬。').stage).toBe('lead');
    expect(parse('商会对接的昌盛包装有限公司拟投资5000万建厂。').stage).toBe('negotiating');
  });

  it('reads 先派人來考察 and 先對接著看看 as a first step to come, and 如果談得攏 as a condition', () => {
    expect(parse('昌盛包裝想在經開區投個廠，投資五千萬，先派人來考察。').stage).toBe('lead');
    expect(parse('昌盛包装想在经开区投个厂，投资五千万，先对接着看看。').stage).toBe('lead');
    expect(parse('昌盛包裝老闆說如果談得攏，可能投五千萬。').stage).toBe('lead');
  });
});

describe('round 13: a stage said and put right', () => {
  it('reads the stage after 剛確認, 其實不對, 其實只是 and 不對，是…', () => {
    expect(parse('昌盛包裝的項目簽約了。\n不好意思，剛確認了一下，還沒簽，還在談。投資5000萬。').stage).toBe('negotiating');
    expect(parse('昌盛包装的项目签约了。\n等一下，刚确认，还没签，在走流程。投资5000万。').stage).toBe('negotiating');
    expect(parse('群裡說昌盛包裝已經簽約，其實不對，他們只是有意向，還沒有正式談。投資5000萬。').stage).toBe('lead');
    expect(parse('之前说昌盛包装已经签约，其实只是交换了协议草稿，还没签，仍在洽谈。投资5000万。').stage).toBe('negotiating');
    expect(parse('剛才說簽約了，不對，是後天才簽。昌盛包裝的項目，投資5000萬。').stage).toBe('negotiating');
  });

  it('reads a signing put off (簽約延期了) and a secrecy agreement signed (簽了保密協議) as talks', () => {
    expect(parse('說好的月底簽約延期了，昌盛包裝還在談，投資5000萬。').stage).toBe('negotiating');
    expect(parse('昌盛包装签约推迟了，投资5000万。').stage).toBe('negotiating');
    expect(parse('昌盛包裝跟園區簽了保密協議，投資協議還沒簽，投資5000萬。').stage).toBe('negotiating');
  });

  it('reads no stage of this lead from a tally of projects (協助落地項目5個)', () => {
    expect(parse('今年商會協助落地項目6個。最新：昌盛包裝有限公司擬在高新區投資5000萬，已簽署投資協議。').stage).toBe('signed');
    expect(parse('今年商会累计签约项目8个。昌盛包装有限公司拟投资5000万建厂，正在洽谈。').stage).toBe('negotiating');
    expect(parse('簽約重大項目三個，總投資18億元').stage).toBe('signed');
  });

  it('reads a project signed in another city told by hearsay as not this lead (聽說隔壁市…, 聽…講…在佛山簽了)', () => {
    expect(parse('聽說隔壁市上個月簽了個30億的項目。咱們這邊昌盛包裝初步接觸了一下，投資約5000萬。').stage).toBe('lead');
    expect(parse('听商会讲，昌盛包装上个月已经在佛山签了3亿的项目。我们这边他们只是有点兴趣。').stage).toBe('lead');
  });
});

describe('round 13: stage words of dialect, voice and other tongues', () => {
  it('reads talks going on in north-eastern, north-western, south-western, Wu, Hakka and Min speech', () => {
    expect(parse('昌盛包裝想上咱這兒搞個廠，這事兒正嘮著呢，說是整五千萬。').stage).toBe('negotiating');
    expect(parse('昌盛包装那个老板要投五千万，现在还在跟管委会谝价钱呢。').stage).toBe('negotiating');
    expect(parse('昌盛包裝那個項目還在扯皮，他們打算投五千萬。').stage).toBe('negotiating');
    expect(parse('昌盛包装个项目老板讲要投五千万，阿拉还勒浪商量。').stage).toBe('negotiating');
    expect(parse('昌盛包裝講愛投五千萬，還毋曾簽，還在講緊。').stage).toBe('negotiating');
    expect(parse('昌盛包装想欲投五千万，犹未签，阁咧讲。').stage).toBe('negotiating');
    expect(parse('昌盛包裝那個項目五千萬吧具體的還沒定就是在談').stage).toBe('negotiating');
    expect(parse('昌盛包装那边这两天跟咱们园区正谈着呢，投资五千万。').stage).toBe('negotiating');
  });

  it('reads 傾咗好耐 and 落個月先簽 as talks, 簽咧 and 剛簽的 as signed', () => {
    expect(parse('昌盛包裝嗰單我哋傾咗好耐，講好落個月先簽，投資五千萬。').stage).toBe('negotiating');
    expect(parse('昌盛包装今儿后晌跟园区把合同签咧，总投资五千万。').stage).toBe('signed');
    expect(parse('昌盛包裝這個項目投資五千萬今天上午剛簽的').stage).toBe('signed');
  });

  it('reads a company registered, settled or opened in more words as landed', () => {
    expect(parse('昌盛包裝投資5000萬，在高新區，已經落地註冊了。').stage).toBe('landed');
    expect(parse('昌盛包装投资5000万，公司已经注册下来了。').stage).toBe('landed');
    expect(parse('昌盛包裝已經落戶高新區了，投資5000萬。').stage).toBe('landed');
    expect(parse('昌盛包装的项目上周已取得营业执照，投资5000万。').stage).toBe('landed');
    expect(parse('昌盛包裝擬投資5000萬設研發中心，企業已完成項目公司註冊。').stage).toBe('landed');
    expect(parse('昌盛包装那个项目投资五千万已经开公了').stage).toBe('landed');
    expect(parse('昌盛包裝的 plant 已經 breaking ground 了，投資5000萬。').stage).toBe('landed');
    expect(parse('昌盛包装的 resort 已经 officially open 了，投资5000万。').stage).toBe('landed');
    expect(parse('昌盛包裝擬落戶高新區，投資5000萬。').stage).toBe('lead');
  });

  it('reads 投產了要招…人 as the landing imagined, and 交涉中 as talks', () => {
    expect(parse('昌盛包裝今天跟管委會把框架協議簽了，投資五千萬，說投產了要招三百個人。').stage).toBe('signed');
    expect(parse('案件名：包装工厂\n企業：昌盛包裝\n投資金額：5000萬人民幣\n状況：交涉中').stage).toBe('negotiating');
  });
});

describe('round 13: contacts', () => {
  it('reads the surname said then its polite form or full name (姓趙趙經理, 姓閆，閆紅偉, 老闆姓覃)', () => {
    expect(parse('鋼正特材簽了協議，投資五個億，對接人姓錢錢經理').contact).toBe('錢經理');
    expect(parse('钢正特材负责人姓钱钱经理说项目已经在谈了').contact).toBe('钱经理');
    expect(parse('這位是鋼正特材的副總經理，姓閆，閆海濤（手機：13812345678），在談一個倉庫。').contact).toBe('閆海濤');
    expect(parse('那个来的老板姓覃他说想投五千万做个厂').contact).toBe('覃老板');
  });

  it('reads a full name beside the title it is called by (副總叫劉衛東, 張總，叫張慧敏, 趙建華趙會長, 老王王建軍)', () => {
    expect(parse('鋼正特材在談，投資兩億，對接人是他們副總叫劉海濤').contact).toBe('劉海濤');
    expect(parse('负责这个项目的是钱总，叫钱慧敏，手机 13573102468。').contact).toBe('钱慧敏');
    expect(parse('有興趣的後續找錢建華錢會長電話15931107788').contact).toBe('錢建華');
    expect(parse('那个东北商会的老钱钱建军说他们的项目已经投产了').contact).toBe('钱建军');
  });

  it('reads a company, a title and the name after the key (對接人是魯康生物副總趙明)', () => {
    expect(parse('鋼正特材有意投資6500萬，對接人是黃河生物副總錢明，電話 186-5310-2233。').contact).toBe('錢明');
    expect(parse('钢正特材有意投资6500万，对接人是钱明副总，电话 186-5310-2233。').contact).toBe('钱明');
  });

  it('reads who handles the contact by what they do (由…對接, 帶隊的是, 後續對接找…的, 對接嘅係佢哋…生)', () => {
    expect(parse('鋼正特材擬投資2億元建廠，具體由商會錢秘書長對接，手機186-0571-2233。').contact).toBe('錢秘書長');
    expect(parse('今天6家企业来考察了高新区，带队的是医疗器械园的钱主任，电话 010 8245 6631。').contact).toBe('钱主任');
    expect(parse('座談會在物流園召開，到會企業19家。後續對接找物流園招商部的錢佳，電話18622003344。').contact).toBe('錢佳');
    expect(parse('鋼正特材同我哋簽咗約啦！投資三億二。對接嘅係佢哋錢生。').contact).toBe('錢生');
  });

  it('reads a name in brackets after a title, and a polite form before the phone after a space', () => {
    expect(parse('对接人换了，以后找他们公司的财务总监（钱志明，电话 137-8260-3391），原来的马经理已经离职了。').contact).toBe('钱志明');
    expect(parse('鋼正特材有限公司 錢總 電話：13607912233 想在經開區建廠，投資2800萬。').contact).toBe('錢總');
  });

  it('reads names of other peoples: dotted after the key, before 先生 after the key, a Malaysian title', () => {
    expect(parse('塔城物流園項目（聯繫人：艾買·買買提，手機18999203317），計劃投資2.8億。').contact).toBe('艾買·買買提');
    expect(parse('貝加爾旅遊在談，投資約2000萬。對接人伊萬·彼得羅夫，電話+7 495 123 4567。').contact).toBe('伊萬·彼得羅夫');
    expect(parse('明天开对接会，邀请了22家企业，联系人萨米尔先生，电话+971 50 123 4567。').contact).toBe('萨米尔');
    expect(parse('吉隆坡来的拿督陈，他们陈氏集团想在我们这边开个食品园，说投资大概2亿。').contact).toBe('拿督陈');
    expect(parse('馬來西亞華僑陳先生的家族企業有意在臨港投資建廠。').contact).toBe('陳先生');
  });

  it('reads the people of a company called in speech (個沈總, 公司的劉哥, 集團的老趙, 嗯 林總)', () => {
    expect(parse('上海沪捷零部件个钱总今朝来过了，阿拉签了框架协议，投资三个亿。').contact).toBe('钱总');
    expect(parse('成都蜀香源調味品公司的錢哥今天下午跟我們談得巴適得很，投資兩個億。').contact).toBe('錢哥');
    expect(parse('哈尔滨北粮集团的老钱，上礼拜来了一趟，合同签完了，投资一个亿。').contact).toBe('老钱');
    expect(parse('那個 做 醫療耗材的 嗯 錢總 他說 要在 保稅區 投 兩億').contact).toBe('錢總');
    expect(parse('我是日本商會的老錢 用語音說啊 山田精工想來投個五千萬').contact).toBeNull();
  });

  it('reads Latin names: beside a Chinese one in brackets, after contact person 是, a bracketed key, a mixed name, before "from"', () => {
    expect(parse('英國商會引薦 Kevin Zhao（趙凱文），他代表 Northgate Robotics 有意設立維修中心，預算約1500萬英鎊。').contact).toBe('Kevin Zhao');
    expect(parse('KR Battery Materials（韓國）已經開工，投資8億元。').contact).toBeNull();
    expect(parse('福州商会：contact person 是 Kevin Lo，mobile +86 139 5000 1234，budget around 40 million RMB。').contact).toBe('Kevin Lo');
    expect(parse('西班牙商会：【联系人】Carlos Gómez，+34 612 345 678；投资3000万欧元，洽谈中。').contact).toBe('Carlos Gómez');
    expect(parse('跟我們在談影像中心，投資額1200萬美金，聯絡人 David 錢 604-555-0182。').contact).toBe('David 錢');
    expect(parse('Contact: Kevin Zhao from Tianshan Potash，电话 139-9912-0457，investment around 6亿。').contact).toBe('Kevin Zhao');
    expect(parse('具體對接找他們中國區代表 Ahmed Karim，電話 021 6288 4410，擬投資光伏支架工廠。').contact).toBe('Ahmed Karim');
  });
});

describe('round 13: smaller figures', () => {
  it('reads the land figure it was cut or set to (壓縮到, 調成了)', () => {
    expect(parse('淮上糧油的項目，用地也從60畝壓縮到42畝，下週簽合同。').areaMu).toBe(42);
    expect(parse('淮上粮油签了，投资2.4亿，但是用地从原来的100亩调成了75亩。').areaMu).toBe(75);
  });

  it('reads jobs told by people working there (會有兩百個人在那邊做工) and an English headcount', () => {
    expect(parse('閩億食品合作協議已經簽下去了，投資八千萬，會有三百個人在那邊做工').jobs).toBe(300);
    expect(parse('AAC block 项目 has landed，total capex 1.35亿，headcount 计划 260 人。').jobs).toBe(260);
    expect(parse('温泉 resort 已经 officially open 了！总投资 2.8亿，provide 了 170 个 jobs。').jobs).toBe(170);
    expect(parse('溫泉度假村，total 5.5 億 RMB，預計 create 420 個 jobs。').jobs).toBe(420);
  });

  it('reads the currency put right in the sentence after (更正：幣種寫錯，是…歐元)', () => {
    expect(parse('萊茵氫能擬投資3000萬美元建設工廠。\n更正：幣種寫錯，是3000萬歐元。').investmentForeign).toEqual({ currency: 'EUR', amount: 30_000_000 });
    expect(parse('莱茵氢能拟投资3000万美元建设工厂。\n更正：币种写错了，是3000万欧元。').investmentForeign).toEqual({ currency: 'EUR', amount: 30_000_000 });
  });
});

describe('round 13: a phone put right', () => {
  it('reads the number given after a slip owned (電話…，不好意思，最後兩位是…，…)', () => {
    expect(parse('對接人是余經理，電話13907981256，不好意思，最後兩位是65，13907981265。投資1.5億。').contactPhone).toBe('13907981265');
    expect(parse('对接人是余经理，电话13907981256，打错了，应该是13907981265。').contactPhone).toBe('13907981265');
    expect(parse('联系人王经理，电话13912345678，另一位李经理电话13887654321。').contactPhone).toBe('13912345678');
  });
});
