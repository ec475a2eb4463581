import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';
import { numeralValue } from '../../src/domain/numerals.ts';

// Stage, kind, figures, corrections, contacts, phones, dates, counts and bulletins (rounds 7 and 8).
// Every sentence here is made up; none is copied from a development set.
const today = '2026-11-29'; // a Sunday
const parse = (text: string) => parseReport(text, { today });

describe('Min and Wu forms', () => {
  it('reads 欲佇, 猶咧參詳 and 猶未簽 as wanting, talking and not signed', () => {
    const report = parse('伊的海泉食品欲佇南灣鎮投資一間罐頭廠，八千萬，猶咧參詳，猶未簽。');
    expect(report.kind).toBe('lead');
    expect(report.stage).toBe('negotiating');
    expect(report.investmentYuan).toBe(80_000_000);
    expect(parse('伊的海泉食品欲伫南湾镇投资一间罐头厂，八千万，犹咧参详，犹未签。').stage).toBe('negotiating');
  });

  it('reads 簽矣, 簽落去矣 and Wu 簽脫了 as signed', () => {
    expect(parse('伊的山茶果業欲佇東坑鎮起一間果醬廠，投資一億二，合約已經簽矣。').stage).toBe('signed');
    expect(parse('阮的南岸水產欲佇西灣投一間冰廠，兩千萬箍，已經簽落去矣。').stage).toBe('signed');
    expect(parse('阮的南岸水产欲伫西湾投一间冰厂，两千万箍，已经签落去矣。').investmentYuan).toBe(20_000_000);
    expect(parse('阿拉同鄉會里向東昇紡織額項目老早簽脫了，一億二千萬。').stage).toBe('signed');
    expect(parse('阿拉同乡会里向东升纺织额项目老早签脱了，一亿二千万。').stage).toBe('signed');
  });

  it('reads 咧談, 無簽, 佮, 搞掂 and Wu 勒談, 簽好哉, 呒沒簽', () => {
    expect(parse('阮的南興茶業欲佇東坑鎮起一間廠，投資五千萬，猶咧談，猶無簽。').stage).toBe('negotiating');
    expect(parse('伊的南興茶業佮東坑鎮簽約矣，投資五千萬。').stage).toBe('signed');
    expect(parse('我哋會員南興茶業嘅廠，合同簽掂咗，投資五千萬。').stage).toBe('signed');
    expect(parse('伊拉南興茶業額項目還勒談，呒沒簽，一億。').stage).toBe('negotiating');
    expect(parse('伊拉南兴茶业额项目合同签好哉，一亿。').stage).toBe('signed');
  });

  it('reads not agreed yet (仲未傾掂, 還沒談好) as talks', () => {
    expect(parse('我哋會員順興五金話想喺經開區搞間廠，投資大概三千萬，仲未傾掂。').stage).toBe('negotiating');
    expect(parse('顺兴五金想在经开区建厂，投资大概三千万，还没谈好。').stage).toBe('negotiating');
  });

  it('reads 先考慮看覓 as a lead still making up its mind, not talks', () => {
    expect(parse('伊講欲佇北港開一間倉庫，投資差不多9000萬，猶未簽，先考慮看覓。').stage).toBe('lead');
    expect(parse('他们想在北港开一间仓库，投资差不多9000万，还没签，先考虑看看。').stage).toBe('lead');
  });
});

describe('numerals', () => {
  it('reads 廿 and 卅 as twenty and thirty', () => {
    expect(numeralValue('廿')?.scaled).toBe(20n);
    expect(numeralValue('卅五')?.scaled).toBe(35n);
    expect(parse('恆昌五金已經開工，投資兩千萬，廿畝地。').areaMu).toBe(20);
    expect(parse('昨天搞了個推介會，來了廿幾家企業。').invitedEnterprises).toBe(20);
  });

  it('reads 十來個億 with the qualifier before the 個 of speech', () => {
    expect(parse('华兴重工想投一个 那个 物流园 钱大概 十来个亿吧').investmentYuan).toBe(1_000_000_000);
  });
});

describe('amount corrections', () => {
  it('takes the figure after a slip owned in speech', () => {
    expect(parse('海豐物流 要搞 冷庫 投資 兩個億 不對 兩點五個億 在談').investmentYuan).toBe(250_000_000);
    expect(parse('海丰物流 要投一个亿 不是 一亿二 做冷库 正在谈').investmentYuan).toBe(120_000_000);
    expect(parse('海豐物流 冷庫 投資 是 三千萬 呃 說錯了 三千五百萬 已經簽約了').investmentYuan).toBe(35_000_000);
  });

  it('keeps the stage said after a corrected figure', () => {
    const report = parse('南山集团 投资 三个亿 哦不对 三点二个亿 在谈');
    expect(report.investmentYuan).toBe(320_000_000);
    expect(report.stage).toBe('negotiating');
    expect(parse('南山集團 要投一個億 不是 一億五 在談').stage).toBe('negotiating');
  });

  it('takes the figure after 更正，不是…是…, 寫成了…應該是…, 多打了一個零', () => {
    expect(parse('東海冷鏈的冷庫項目投資2億——更正，不是2億是2.6億，已簽約。').investmentYuan).toBe(260_000_000);
    expect(parse('之前报的蓝湾果业，金额写成了2000万，应该是2600万，还在谈。').investmentYuan).toBe(26_000_000);
    expect(parse('前面说的蓝湾陶瓷投资8个亿，我多打了一个零，实际是8000万。还在洽谈。').investmentYuan).toBe(80_000_000);
  });

  it('reads an arrow from the old figure to the new', () => {
    expect(parse('南山酒店項目投資1.2億→1.6億，洽談中。').investmentYuan).toBe(160_000_000);
    expect(parse('南山酒店项目投资 1.2亿 -> 1.6亿，洽谈中。').investmentYuan).toBe(160_000_000);
    expect(parse('南山酒店項目投資1.2億（更正為1.6億），洽談中。').investmentYuan).toBe(160_000_000);
  });

  it('reads 原報…實為…', () => {
    expect(parse('華信電子的項目投資額原報2.8億元，實為3.1億元，已簽約。').investmentYuan).toBe(310_000_000);
  });

  it('prefers the keyword said in a correction, and reads 調減為', () => {
    expect(parse('蓝湾酒店项目，投资1.1亿，现更正：投资1.4亿，阶段：洽谈中。').investmentYuan).toBe(140_000_000);
    expect(parse('藍灣鋼材投1.2億建配送中心，已簽約。\n（補充）不好意思，投資是1.3億，上面打錯了。').investmentYuan).toBe(130_000_000);
    expect(parse('藍灣參業項目原定總投資2億元，經雙方協商調減為1.6億元，合同已簽署。').investmentYuan).toBe(160_000_000);
  });

  it('takes the count after one owned wrong (…是錯的，實際是…)', () => {
    expect(parse('藍灣紡織的項目，就業人數600人是錯的，實際是420人。投資1億元，已開工。').jobs).toBe(420);
    expect(parse('昨天報的藍灣精密就業人數有誤，應為450人，不是500人。').jobs).toBe(450);
  });
});

describe('money put in before', () => {
  it('yields to the sum of this project (投資過, 投過, 投資了, 累計投資)', () => {
    expect(parse('南星食品已在外地投資過3000萬，這次計劃在經開區投資5000萬元建廠，初步意向。').investmentYuan).toBe(50_000_000);
    expect(parse('星海生物之前在外省投过八个亿，这回想在我们高新区搞个中试基地，投资一亿五，还是意向。').investmentYuan).toBe(150_000_000);
    expect(parse('星海實業2023年在外地投資了2億元的分廠。本次計劃投資4000萬元建倉庫，尚處意向階段。').investmentYuan).toBe(40_000_000);
    expect(parse('远星集团此前在外省已累计投资超100亿元，这次想在我们这投个建筑基地，大概5个亿，刚开始接触。').investmentYuan).toBe(500_000_000);
  });
});

describe('stage', () => {
  it('reads a retraction by 更正, 打錯了 or 不是已經…是', () => {
    expect(parse('南星茶園項目上週說動工了，更正一下，還沒動工，只是簽了合同。投資5000萬。').stage).toBe('signed');
    expect(parse('南星包裝 紙盒生產線 投資1000萬 已投產\n打錯了，是剛簽約，還沒投產').stage).toBe('signed');
    expect(parse('上条消息有误：南星冷链的分拨中心不是已经投产，是刚签约，预计明年投产。投资1亿。').stage).toBe('signed');
    expect(parse('南星生物的研发中心已签约，投资3亿\n纠正一下，还没签约，只是初步达成意向').stage).toBe('lead');
    expect(parse('上条消息有误：南星物流还没有签约，仍在洽谈，投资1亿。').stage).toBe('negotiating');
    expect(parse('南星物流 冷库 投资两个亿 已经签约了 不对 还没签 还在谈').stage).toBe('negotiating');
    expect(parse('南星物流 冷库 已经签约了 投资两个亿 不对 两个半亿').stage).toBe('signed');
    expect(parse('南星物流 冷库 已经签约了 投资3亿 更正 3.5亿').stage).toBe('signed');
    expect(parse('南星物流 冷庫 佔地 八十畝 不對 一百畝 在談').areaMu).toBe(100);
  });

  it('reads rounds of talks, 施工, a bare 已簽 and 落地 before a place', () => {
    expect(parse('東星酒業 想在南灣鎮 建個 灌裝廠 投資 八千萬 談了兩輪了').stage).toBe('negotiating');
    expect(parse('东星机械 跟我们唠了好几回了 投资三个亿').stage).toBe('negotiating');
    expect(parse('東星數據在高新區投的機房是1.5億，已經在施工了。').stage).toBe('landed');
    expect(parse('東星服飾 南灣鎮 倉儲基地 2000萬 已簽').stage).toBe('signed');
    expect(parse('東星參業的深加工項目總投資1.2億元，合同已於11月20日正式簽署，落地南灣鎮。').stage).toBe('signed');
    expect(parse('东星食品想在经开区搞个中央厨房，投资大概6000万，对接的是他们的王经理。').stage).toBe('lead');
  });
});

describe('kind', () => {
  it('reads the answer to a question told in the message', () => {
    const report = parse('有人问南山集团是不是签约了？没有，目前还在谈，投资大概3个亿，在经开区。');
    expect(report.kind).toBe('lead');
    expect(report.stage).toBe('negotiating');
  });

  it('reads 不對不對 as speech correcting itself, not a question', () => {
    expect(parse('那个北川机械想在高新区设个厂投资大概五个亿日元不对不对是人民币五个亿还在谈').kind).toBe('lead');
  });

  it('reads a member investment set aside in a notice as the lead', () => {
    const text =
      '【轉發】\n發件人：某商會秘書處\n各位會員：本會定於12月10日召開理事會，請準時出席。\n另：會員企業南港紡織擬於經開區投資2億元建設面料生產線，目前正在洽談中。';
    expect(parse(text).kind).toBe('lead');
    expect(parse(text).stage).toBe('negotiating');
  });

  it('reads a member investment after 附 in a notice as the lead', () => {
    expect(parse('【转】商会通知：12月10日举办迎新年联谊会。附：江城食品拟在经开区投资6000万元建中央厨房，处于洽谈阶段。').kind).toBe('lead');
  });

  it('reads 接待…來訪 with figures as the investor visiting, a lead', () => {
    expect(parse('本週商會接待南港智造來訪，雙方就其在經開區投資建設減速器生產線進行洽談，項目擬投資3億元。').kind).toBe('lead');
  });

  it('reads 接待…考察團 with figures as the investor visiting, without them as the chamber’s event', () => {
    expect(parse('11月20日商會接待南山集團考察團，對方有意投資5億元建設物流園。').kind).toBe('lead');
    expect(parse('11月20日在廣州接待家鄉高新區考察團一次。').kind).toBe('event');
  });

  it('reads a dated activity said with 了 and no figure as an event', () => {
    const talks = parse('今天上午 跟 南港醫療 在商會會議室 洽談了一下 關於那個 產業園');
    expect(talks.kind).toBe('event');
    expect(talks.eventType).toBe('negotiation');
    const visit = parse('周五 我们去杭州考察了 看了那个 西湖智能 两家');
    expect(visit.kind).toBe('event');
    expect(visit.eventType).toBe('visit');
    expect(parse('今天跟南港集团洽谈了，他们想在经开区建个电池厂。').kind).toBe('lead');
  });

  it('reads 有意來…投 as a lead', () => {
    expect(parse('南港药谷的陈董有意来高新区投研发基地，大概3亿，还没谈。').kind).toBe('lead');
  });
});

describe('events', () => {
  it('holds an activity with 辦 and 接待', () => {
    expect(parse('某商會下週三在悉尼辦家鄉推介會，想報名的找秘書長。').kind).toBe('event');
    const visit = parse('11月20日在廣州接待家鄉高新區考察團一次。');
    expect(visit.kind).toBe('event');
    expect(visit.eventType).toBe('visit');
  });

  it('reads 負責對接 as a job at the activity, not talks', () => {
    expect(parse('11月20日在南寧召開的招商推介會由秘書長負責對接，到會企業30家。').eventType).toBe('promotion');
  });

  it('prefers an activity about investment to housekeeping in a bulletin', () => {
    const text = '商会工作简报\n一、本周商会组织会员开展安全培训。\n二、11月25日，商会组织6家会员企业赴我市高新区考察，洽谈合作。\n三、下周将召开理事会。';
    expect(parse(text).eventType).toBe('visit');
  });

  it('counts 日企 and N 家 Japanese companies, and 0 signed when nothing was', () => {
    expect(parse('昨天在大阪辦了推介會，25家日企出席。').invitedEnterprises).toBe(25);
    expect(parse('明天 Osaka chamber 带 delegation 来高新区 site visit，大概 12 家 Japanese companies。').invitedEnterprises).toBe(12);
    expect(parse('這禮拜整了個洽談會，來了十來家企業，啥也沒簽成。').signedProjects).toBe(0);
    expect(parse('上週六我們在溫哥華辦了個推介會，到場企業三十幾家，現場沒簽約。').signedProjects).toBe(0);
    expect(parse('We held a 洽谈会 in Wuhan on Nov 20, 8 member companies joined, no deal signed yet.').signedProjects).toBe(0);
    const visited = parse('Our chamber visited 南湖区 on Nov 20 with 9 member companies, no deals signed.');
    expect(visited.kind).toBe('event');
    expect(visited.eventType).toBe('visit');
  });
});

describe('other figures', () => {
  it('reads jobs after 招, tax after 交稅, and a sum in a dashed row', () => {
    expect(parse('南方模具的厂子已经开工了，整了八千万，能招两百来号人。').jobs).toBe(200);
    expect(parse('南方電機項目已動工，總投資1億，一期就要招一百多個人。').jobs).toBe(100);
    expect(parse('南方阀门 在双河镇 投资 两个亿 已经动工了 能带动 三百来个 就业').jobs).toBe(300);
    expect(parse('南方光电 组件项目 投产了 一共投了五个亿 以后每年交税估计 一千来万').taxYuan).toBe(10_000_000);
    expect(parse('南方物流——南灣鎮——保稅倉——1.2億——已簽約').investmentYuan).toBe(120_000_000);
    expect(parse('南方物流/南湾镇/仓储基地/1.2亿/已签约').investmentYuan).toBe(120_000_000);
    expect(parse('南山集團 跟我們聊過好幾次了 投資三個億').stage).toBe('negotiating');
  });
});

describe('land', () => {
  it('reads 畝 after 廠房 as land, square meters after 廠房 as floor area', () => {
    expect(parse('南湖紡織項目老早簽好了，一億二千萬，廠房四十畝。').areaMu).toBe(40);
    expect(parse('南湖紡織項目已簽約，一億二千萬，廠房8000平方米。').areaMu).toBeNull();
  });
});

describe('phones and contacts', () => {
  it('reads a number read out, a local landline and overseas numbers after a phone word', () => {
    expect(parse('王董的電話我念一下：一三九 一二三四 五六七八。').contactPhone).toBe('13912345678');
    expect(parse('有位王總想在經開區搞個倉庫，大概2000萬，王總電話 6688 1234。').contactPhone).toBe('66881234');
    expect(parse('联系人：李明，电话 +60 12-888 1234。').contactPhone).toBe('+60128881234');
    expect(parse('对接人是 Peter Braun，电话 +49 160 1234567，在谈。').contactPhone).toBe('+491601234567');
    expect(parse('找秘书长，手机 0498 765 432。').contactPhone).toBe('0498765432');
    expect(parse('Contact: Michael Chen, tel +1 604 555 0188. His company plans a plant.').contactPhone).toBe('+16045550188');
    expect(parse('聯繫人王總 1391 234 5678').contactPhone).toBe('13912345678');
  });

  it('reads a Latin-letter name after a key or title, or before 先生', () => {
    expect(parse('南海化工已簽約，投資3000萬。負責的是他們的副總 Daniel Wong，座機 075512345678。').contact).toBe('Daniel Wong');
    expect(parse('德國商會介紹：某公司想在高新區做電池，投資1億元，對接人 Hans Becker，在談。').contact).toBe('Hans Becker');
    expect(parse('对接人是 Olga Ivanova，她代表的北冰洋水业想在临港新区建厂，洽谈中。').contact).toBe('Olga Ivanova');
    expect(parse('新加坡的 Lim Kok Wee 先生，有意在临港新区投资产业园。').contact).toBe('Lim Kok Wee');
    expect(parse('对接人：Sarah Lee（李莎），手机 +852 9123 4567。').contact).toBe('Sarah Lee');
    const accented = parse('负责人是 Anna Müller，联系电话 +1 (415) 555-0123');
    expect(accented.contact).toBe('Anna Müller');
    expect(accented.contactPhone).toBe('+14155550123');
  });

  it('reads 小姐, 老鄉黃董, 華商劉總, and the person after a short name and 的 and a title', () => {
    expect(parse('南山光學已投產，總投資1億。有事找他們的行政 林小姐。').contact).toBe('林小姐');
    expect(parse('阮商會的老鄉黃董，伊的南山果業欲佇北郊鎮起一間廠，投資一億。').contact).toBe('黃董');
    expect(parse('悉尼华商刘总的南山乳业已在双河镇投产，投资8000万元。').contact).toBe('刘总');
    expect(parse('今天簽約了！南山新材料項目，總投資2億，簽約人是南山的董事長趙建國。').contact).toBe('趙建國');
  });
});

describe('dates and lists', () => {
  it('takes the date said after the one denied', () => {
    expect(parse('更正一下，推介會不是上週五，是本週三（11月25日）舉辦的，到場企業30家。').date).toBe('2026-11-25');
    expect(parse('原定12月3日在悉尼舉辦的推介會改到12月8日舉辦。').date).toBe('2026-12-08');
  });

  it('keeps a list under a header about one subject as one report', () => {
    const text = '关于南山精机项目：\n①南山精机计划在经开区建设刀具工厂；\n②项目总投资1.5亿元，用地50亩；\n③目前双方正在就土地价格进行洽谈。';
    expect(splitReports(text, { today })).toHaveLength(1);
    const several = '关于近期招商情况：\n1、南山物流冷链项目已签约，投资2亿元；\n2、北海食品中央厨房项目正在洽谈，投资5000万元。';
    expect(splitReports(several, { today })).toHaveLength(2);
    expect(parse(text).stage).toBe('negotiating');
  });
});

describe('stage (round 8)', () => {
  it('reads a statement closed by 嘛 as a report, not a question', () => {
    const report = parse('安逸！我们商会牵线的蜀通冷链那个冷库，昨天开工了，投资八千万，就在南湾镇那边嘛。');
    expect(report.kind).toBe('lead');
    expect(report.stage).toBe('landed');
    expect(parse('安逸！我們商會牽線的蜀通冷鏈那個冷庫，昨天開工了，投資八千萬，就在南灣鎮那邊嘛。').stage).toBe('landed');
  });

  it('reads Wu 勒海談 / 辣辣談 as talks going on', () => {
    expect(parse('阿拉碰着一家永昌五金，要到西塘镇弄只厂，铜钿大概三千万，现在还勒海谈。').stage).toBe('negotiating');
    expect(parse('阿拉碰著一家永昌五金，兩家頭還辣辣談，想做只模具廠，投資三千萬。').stage).toBe('negotiating');
  });

  it('reads 還在聊 and haggling over the price as talks', () => {
    expect(parse('東岳機械想在南灣鎮投個鑄造廠，大概六千萬，還在聊。').stage).toBe('negotiating');
    expect(parse('东岳机械那个铸造项目，准备投六千万，现在还在扯价钱。').stage).toBe('negotiating');
  });

  it('reads a signing next week (下禮拜, 下星期) as talks, not a signing', () => {
    expect(parse('东岳机械要在南湾镇搞个铸造厂，投资六千万，他们下礼拜过来签。').stage).toBe('negotiating');
    expect(parse('東岳機械的鑄造廠合同上個月已經簽了，下星期再開工，投資六千萬。').stage).toBe('signed');
  });

  it('reads all that is left is the signing (就差簽字了) as talks', () => {
    expect(parse('東岳機械想在南灣鎮整個鑄造廠，投資一個多億，就差簽字了。').stage).toBe('negotiating');
    expect(parse('东岳机械想在南湾镇整个铸造厂，投资一个多亿，就差签约了。').stage).toBe('negotiating');
  });

  it('keeps 差不多 from denying the stage after it', () => {
    expect(parse('东岳机械想在南湾镇搞铸造厂投资两亿三差不多吧现在还在谈').stage).toBe('negotiating');
  });

  it('reads talks denied too (還未開始談，也還未簽) as a lead', () => {
    expect(parse('東岳機械有意思佇南灣鎮投一間鑄造廠，大概六千萬，猶未開始談，也猶未簽。').stage).toBe('lead');
    expect(parse('东岳机械想在南湾镇投铸造厂，六千万，还没正式谈，也没签。').stage).toBe('lead');
  });

  it('reads Min 干焦有意向 (only an intention) as a lead', () => {
    expect(parse('東岳機械講欲來南灣鎮設廠，投資大概六千萬，毋過猶未簽，干焦有意向爾爾。').stage).toBe('lead');
  });

  it('reads a signing withdrawn (撤回, 不是簽了，是…) as the stage said instead', () => {
    expect(parse('昨天報的東岳機械簽約項目撤回，對方只是表達了意向，未簽任何協議。投資六千萬。').stage).toBe('lead');
    expect(parse('东岳机械那个——不是签了，是还没正式谈，老板只是提了一下，想投六千万。').stage).toBe('lead');
  });

  it('reads 剛簽的合同 as a signing', () => {
    expect(parse('東岳機械的鑄造廠還沒開工，上個月剛簽的合同，投資六千萬。').stage).toBe('signed');
  });

  it('reads 具體對接找… as a person to contact, not talks', () => {
    expect(parse('東岳機械擬在南灣鎮投資鑄造廠，金額未定。具體對接找他們的代表王經理。').stage).toBe('lead');
  });

  it('reads English: kick off construction, next round of talks, a hyphenated to', () => {
    expect(parse('Update: Eastpeak Steel 的 coal-to-gas plant 已經 kicked off construction，投資 RMB 300 million。').stage).toBe('landed');
    expect(parse('Met Mr. Li of Eastpeak Steel today about a foundry in 南湾镇, RMB 60 million, next round of talks next week.').stage).toBe('negotiating');
  });
});

describe('kind (round 8)', () => {
  it('reads an English passive "was held" as the chamber holding the activity', () => {
    const report = parse('Recap from 德国商会: the Munich 推介會 was held on 11/25, 20 companies attended, no signing yet.');
    expect(report.kind).toBe('event');
    expect(report.eventType).toBe('promotion');
    expect(parse('Update: a negotiation meeting with Eastpeak Steel held in Hamburg on 11/26, next round in December.').kind).toBe('event');
  });

  it('reads a dated English visit with no figure as the chamber event', () => {
    const report = parse('Fujian chamber visited Eastpeak Steel in 厦门 on Nov 26, discussed a foundry, no deal yet.');
    expect(report.kind).toBe('event');
    expect(report.eventType).toBe('visit');
  });

  it('reads a bulletin item headed 招商 as its lead beside the chamber meetings', () => {
    const text = '商會工作周報\n1. 召開理事會，籌備換屆。\n2. 招商：東岳機械公司的鑄造項目已於11月20日在南灣鎮正式動工，總投資3億元。\n3. 下週召開會長辦公會。';
    const report = parse(text);
    expect(report.kind).toBe('lead');
    expect(report.stage).toBe('landed');
  });

  it('keeps a one-line bulletin with a 招商動態 item as one lead; member visits are chamber business', () => {
    const text = '本周工作简报：一、商会召开理事会会议；二、走访会员企业6家；三、招商动态：东岳机械拟在南湾镇投资2亿元建设铸造厂，目前处于洽谈阶段。';
    expect(splitReports(text, { today })).toHaveLength(1);
    const report = parse(text);
    expect(report.kind).toBe('lead');
    expect(report.stage).toBe('negotiating');
  });
});

describe('figures', () => {
  it('reads 兩億六 before speech going on (那個, 差不多)', () => {
    expect(parse('东岳机械想在南湾镇搞铸造厂投资大概两亿六那个两亿六差不多吧').investmentYuan).toBe(260_000_000);
  });

  it('reads a figure started again and said further (兩個億 兩個億零五百萬)', () => {
    expect(parse('东岳机械 铸造厂 两个亿 两个亿零五百万 在 南湾镇 签了').investmentYuan).toBe(205_000_000);
  });

  it('reads 啊不是 between pauses and the right figure started again', () => {
    expect(parse('东岳机械 铸造 项目 投资 二十个亿 啊不是 两点五 两点五个亿 对 已经签约了').investmentYuan).toBe(250_000_000);
  });

  it('reads places of one figure said with pauses (九千 五百 萬)', () => {
    expect(parse('東岳機械 鑄造 項目 昨天 開工 了 總投資 七千 三百 萬 用地 四十 畝').investmentYuan).toBe(73_000_000);
    expect(parse('東岳機械 鑄造 項目 昨天 開工 了 總投資 七千 三百 萬 用地 四十 畝').areaMu).toBe(40);
  });

  it('reads a figure raised later (後來老闆說要擴到…)', () => {
    expect(parse('東岳機械的鑄造廠，之前說是三千萬，後來老闆說要擴到五千萬，還在談。').investmentYuan).toBe(50_000_000);
  });

  it('reads the figure of a sentence opening as a correction', () => {
    const text = '10:02 福建商會：東岳機械在南灣鎮投資2億建鑄造廠，已簽約。\n10:15 福建商會：更正一下，東岳機械還沒簽，只是談得差不多了，投資額是1.8億。';
    expect(parse(text).investmentYuan).toBe(180_000_000);
  });

  it('reads land revised without a keyword (之前報的60畝更正為45畝)', () => {
    expect(parse('福建商會：東岳機械鑄造項目，之前報的70畝更正為55畝，投資2億元，已開工。').areaMu).toBe(55);
  });

  it('reads a unit after a space (85 畝) and English workers as jobs', () => {
    const report = parse('Fujian chamber: Eastpeak Steel signed for a foundry in 南湾镇, total 8,000萬元, 65 畝, 180 workers.');
    expect(report.areaMu).toBe(65);
    expect(report.jobs).toBe(180);
    expect(parse('Eastpeak Steel already has 900 workers; its 南湾镇 foundry, RMB 80 million, started production.').jobs).toBeNull();
  });

  it('reads the jobs foreseen over the staff of a plant the company has', () => {
    expect(parse('東岳機械在外地已有工廠，用工3000人。擬在南灣鎮投資2億元建鑄造廠，預計用工400人，已簽約。').jobs).toBe(400);
  });

  it('reads money said in place after it as funds in place', () => {
    const report = parse('東岳機械鑄造項目，總投資3億元，首期8000萬元已到位，已簽約。');
    expect(report.fundsInPlaceYuan).toBe(80_000_000);
    expect(report.investmentYuan).toBe(300_000_000);
  });
});

describe('contacts and phones', () => {
  it('reads a surname and polite form after a pause or 那個 (有個 陳董, 那個 林總 說)', () => {
    expect(parse('那個 就是 福建商會這邊有個 黃董 他那個 做鑄件的 公司叫 東岳機械 想投五千萬 還在談').contact).toBe('黃董');
    expect(parse('嗯 福建商会 那个 黄总 说 他们 那个 铸造厂 预计 投 五千万 正在 洽谈中').contact).toBe('黄总');
  });

  it('reads 對接的是楊老闆 and the owner of a phone (陳董微信同手機)', () => {
    expect(parse('有个做铸件的叫东岳机械，对接的是黄老板，想投两千万，还只是有这个想法。').contact).toBe('黄老板');
    expect(parse('福建商会黄董介绍，东岳机械铸造项目正在谈，计划投资4500万元。黄董微信同手机：186 0101 7788。').contact).toBe('黄董');
  });

  it('reads a full name said after the polite form and a comma (有位黃總，黃志明)', () => {
    expect(parse('福建商會：有位黃總，黃志明，做鑄件的，公司叫東岳機械，想投個鑄造廠，大概5000萬。').contact).toBe('黃志明');
  });

  it('reads a surname and title after an office in a contact value', () => {
    expect(parse('東岳機械鑄造項目已投產，投資2億。聯繫人：東岳機械辦公室黃主任 0591-88123456').contact).toBe('黃主任');
  });

  it('drops an honorific before a full Latin name, keeps it before a surname alone', () => {
    expect(parse('Contact person: Ms. Maria Santos, 电话 139 1234 5678。她们 Eastpeak Steel 想在南湾镇建厂，80 million RMB。').contact).toBe('Maria Santos');
  });

  it('reads an overseas or local number after a keyed name', () => {
    expect(parse('Contact: Tran Van Minh, +84 913 222 333. Eastpeak Steel plans to invest RMB 80 million in 南湾镇.').contactPhone).toBe('+84913222333');
    expect(parse('【項目名稱】鑄造廠\n【投資額】2億元\n【聯繫人】黃志明 0933-222-111').contactPhone).toBe('0933222111');
  });
});

// Round 9: stage, figures and contacts.
describe('round 9: stage words', () => {
  it('reads a company registered here (註冊成立, 完成工商註冊, 註冊咗公司) as landed', () => {
    expect(parse('北灣精工已在南城區註冊成立，項目投資6000萬元。').stage).toBe('landed');
    expect(parse('北湾精工已在南城区注册成立，项目投资6000万元。').stage).toBe('landed');
    expect(parse('北湾精工的轴承项目已完成工商注册，总投资9000万元。').stage).toBe('landed');
    expect(parse('北灣精工已經喺南城區註冊咗公司，投資六千萬。').stage).toBe('landed');
    expect(parse('北湾精工拟在南城区注册公司，投资6000万元。').stage).toBe('lead');
  });

  it('reads 已投用 and 開學 as landed, not 建成投用 to come', () => {
    expect(parse('東岸冷鏈倉已投用，投資2000萬元。').stage).toBe('landed');
    expect(parse('东岸国际学校上个月已经开学，投资三亿。').stage).toBe('landed');
    expect(parse('东岸冷链仓项目已签约，投资2000万元，预计2028年6月建成投用。').stage).toBe('signed');
  });

  it('reads a framework agreement or an MOU signed as signed', () => {
    expect(parse('南港醫藥擬投資3億元建研發中心，已簽框架協議。').stage).toBe('signed');
    expect(parse('南港医药拟投资3亿元建研发中心，已签框架协议。').stage).toBe('signed');
    expect(parse('Eastwood Valves 擬投資 2億元 建閥門廠，已簽MOU。').stage).toBe('signed');
  });

  it('reads the voice-input homophones 千約 and 簽越 after 已 as signed', () => {
    expect(parse('西嶺新材料的隔膜項目 投資三個億 已經千約了').stage).toBe('signed');
    expect(parse('西岭新材料的隔膜项目已经签越了 投资三个亿').stage).toBe('signed');
    expect(parse('西岭新材料的隔膜项目投资三千约两百万').stage).toBe('lead');
  });

  it('reads a first contact (初步對接, 初步溝通) as a lead', () => {
    expect(parse('東海塑化有意投資5000萬元建改性塑料廠，已完成初步對接。').stage).toBe('lead');
    expect(parse('东海塑化有意投资5000万元建改性塑料厂，还在初步沟通。').stage).toBe('lead');
  });

  it('reads an intention not yet signed as a lead, unless talks are said', () => {
    expect(parse('北辰機械有意來我市投資，講欲投兩億，猶未簽。').stage).toBe('lead');
    expect(parse('北辰机械还没签，意向阶段，投资两亿左右。').stage).toBe('lead');
    expect(parse('北辰機械意向投資2億元建廠，目前還沒有簽約，下週再來談。').stage).toBe('negotiating');
  });
});

describe('round 9: corrections of figures', () => {
  it('reads past 一下 in 更正一下 / 纠正一下 to the figure that corrects', () => {
    expect(parse('南岭茶园项目占地90亩，纠正一下，是110亩。意向阶段。').areaMu).toBe(110);
    expect(parse('南嶺茶園項目總投資3億元。\n更正一下：是3000萬，多打了個零。').investmentYuan).toBe(30_000_000);
  });

  it('reads the land, jobs or funds a correction says again after its keyword', () => {
    expect(parse('東嶺電子項目投資2億元，占地50畝。\n上面寫錯了，占地是70畝。').areaMu).toBe(70);
    expect(parse('东岭电子项目投资2亿元，占地50亩。\n更正：占地是70亩。').areaMu).toBe(70);
    expect(parse('东岭电子项目投资1亿，用工200人，哦不对，用工是260人，已开工。').jobs).toBe(260);
    expect(parse('東嶺物流到位資金3000萬元，總投資9000萬元。\n補充更正：到位資金應為4000萬元。').fundsInPlaceYuan).toBe(40_000_000);
    expect(parse('东岭电子项目用工200人，现有员工不对外招聘。').jobs).toBe(200);
  });

  it('reads a slip owned with a sigh, an apology or a bare 不是', () => {
    expect(parse('那个南岭茶业的项目投资一点三个亿哎不对是一点六个亿现在是意向').investmentYuan).toBe(160_000_000);
    expect(parse('北港儲能項目投資3000萬英鎊，抱歉，是3500萬英鎊，目前在談。').investmentForeign).toEqual({ currency: 'GBP', amount: 35_000_000 });
    expect(parse('南岭食品 那个冷库 投资 两个亿 不是 是二点四亿 还在谈').investmentYuan).toBe(240_000_000);
    expect(parse('南嶺食品的冷庫投資是三千萬哦不是六千萬，已經開業了').investmentYuan).toBe(60_000_000);
  });

  it('reads the right figure after the slip said again (五千萬哦不是五千萬是八千萬)', () => {
    expect(parse('南岭茶业要来搞个茶叶市场投资嗯四千万哦不是四千万是七千万还在意向阶段').investmentYuan).toBe(70_000_000);
  });
});

describe('round 9: numerals said again', () => {
  it('starts a figure again when a place repeats (五千萬五千萬, 三千三千五百萬)', () => {
    expect(numeralValue('五千万')?.scaled).toBe(50_000_000n);
    expect(parse('南嶺醫療的體檢中心投資是六千萬六千萬，已經開業了').investmentYuan).toBe(60_000_000);
    expect(parse('南岭电商投资是两千两千五百万不是两千万是两千五百万还在谈').investmentYuan).toBe(25_000_000);
    expect(parse('南岭电商投资一千二百五十万，两万五千五百平方米厂房').investmentYuan).toBe(12_500_000);
  });
});

describe('round 9: the report turns from another project to its own', () => {
  it("reads stage and investment after 今年, 這次 or 本週, not those of last year's project", () => {
    const report = parse('湖北商會去年引進的楚天電機項目（投資3億）已經投產，今年他們又推薦了江漢醫療，打算投資7000萬建康復器械廠，還在初步接觸。');
    expect(report.stage).toBe('lead');
    expect(report.investmentYuan).toBe(70_000_000);
    const simplified = parse('湖北商会2022年引进的楚天电机项目投资3亿已经投产。今年他们又介绍了一个仓储项目，目前在谈，投资1.4亿。');
    expect(simplified.stage).toBe('negotiating');
    expect(simplified.investmentYuan).toBe(140_000_000);
  });

  it('reads past a signing in another city (聽說隔壁…簽了) to ours', () => {
    const report = parse('聽說隔壁市剛簽了個40億的化工項目。我們這邊，楚江塑化的改性塑料項目還在磋商，投資額2.6億元。');
    expect(report.stage).toBe('negotiating');
    expect(report.investmentYuan).toBe(260_000_000);
    const later = parse('楚江储能之前在武汉签了个12亿的电池项目，现在也有意来我们这边看看，暂时没有具体方案。');
    expect(later.stage).toBe('lead');
    expect(later.investmentYuan).toBeNull();
  });

  it('reads past a province total in a bulletin to our item', () => {
    const report = parse('【招商簡報】\n1.全省本月簽約項目總額280億元。\n2.我市：湖北商會推薦的楚鑫紡織項目正在洽談，擬投資1.9億元。');
    expect(report.stage).toBe('negotiating');
    expect(report.investmentYuan).toBe(190_000_000);
  });

  it('reads no tax of the company before the turn', () => {
    expect(parse('湖北商會：2020年引進的楚香食品已投產多年，年納稅2000萬元。這次楚香食品擬再投資1.5億元擴建，還在初步接觸。').taxYuan).toBeNull();
  });

  it('keeps a figure said before and corrected (之前說是…後來…)', () => {
    expect(parse('楚江陶瓷的生产线，之前说是三千万，后来老板说要扩到五千万，现在按五千万报，还在谈。').investmentYuan).toBe(50_000_000);
  });
});

describe('round 9: kind and asked sums', () => {
  it('reads a dated promotion or visit named without a verb as an event', () => {
    expect(parse('湖南商会原定12月8日的推介会改到12月11日了，地点不变，还在会展中心。').kind).toBe('event');
    expect(parse('湖南商會原定12月8日的推介會改到12月11日了，地點不變。').kind).toBe('event');
    expect(parse('明天的湘茶推介会，对接人是商会秘书长李明，地点在茶博园。').kind).toBe('event');
    expect(parse('下周三的理事会改到三楼会议室了，请互相转告').kind).toBeNull();
  });

  it('reads no investment from a sum asked about (投資是不是3億？)', () => {
    expect(parse('湖南商會，上次說的湘禾食品那個項目簽了沒有？投資是不是4億？').investmentYuan).toBeNull();
    expect(parse('湖南商会那个湘瑞医疗的项目签了没有？投资是不是2个亿？').investmentYuan).toBeNull();
  });
});

describe('round 9: contacts and phones', () => {
  it('reads a surname with 董 or 秘書 after a contact key', () => {
    expect(parse('南港食品要投資兩億做烘焙，聯絡人許董 0912-888-777。').contact).toBe('許董');
    expect(parse('南港食品要投资两亿做烘焙，联络人许董 0912-888-777。').contact).toBe('许董');
  });

  it('reads whom to sign up with (報名聯繫：…, 報名找…秘書)', () => {
    expect(parse('湖北商會12月18日在會展中心舉辦推介會，已邀請30家企業，報名聯繫：周慧 139 7100 6655。').contact).toBe('周慧');
    expect(parse('湖北商会下周四办对接会，约了12家企业，报名找何秘书 027-8888 6666。').contact).toBe('何秘书');
  });

  it('reads the full name of whom to contact before 小姐 or 先生 (請與…小姐聯繫)', () => {
    expect(parse('南港生物擬投資3000萬元建研發中心，請與何雅琳小姐聯繫。').contact).toBe('何雅琳');
    expect(parse('南港生物拟投资3000万元建研发中心，请与何雅琳小姐联系。').contact).toBe('何雅琳');
  });

  it('reads a number with a country code other than 86 wherever it stands', () => {
    expect(parse('香港商會有位何總（+852 6123 4567），想在綜保區建倉，投資5000萬。').contactPhone).toBe('+85261234567');
    expect(parse('南港生物拟投资3000万元，请与何雅琳小姐联系，+65 8123 4567。').contactPhone).toBe('+6581234567');
  });
});

describe('round 9: more slips and spoken places', () => {
  it('reads the figure a next sentence gives after owning a slip', () => {
    expect(parse('楓葉木業擬投資4000萬建家具廠。\n上面寫錯了，是4500萬。').investmentYuan).toBe(45_000_000);
    expect(parse('枫叶木业拟投资4000万建家具厂。\n上面写错了，是4500万。').investmentYuan).toBe(45_000_000);
    const currency = parse('暹罗能源拟投资3亿泰铢建设光伏项目。\n纠正一下：是3亿元人民币，不是泰铢。');
    expect(currency.investmentYuan).toBe(300_000_000);
    expect(currency.investmentForeign).toBeNull();
  });

  it('reads a slip owned after an ellipsis (……不對，是)', () => {
    expect(parse('袋鼠谷乳业只是意向，投资预计2亿澳元……不对，是2亿元人民币。').investmentYuan).toBe(200_000_000);
  });

  it('reads a lone digit between 百/千 and 萬 as the next place down (千二萬, 三千五萬)', () => {
    expect(numeralValue('千二万')?.scaled).toBe(12_000_000n);
    expect(numeralValue('三千五万')?.scaled).toBe(35_000_000n);
    expect(numeralValue('两百五万')?.scaled).toBe(2_500_000n);
    expect(numeralValue('三千零五万')?.scaled).toBe(30_050_000n);
    expect(parse('佢哋嘉味粵點想搞個中央廚房，投資千八萬，而家仲傾緊。').investmentYuan).toBe(18_000_000);
  });
});

describe('round 9: totals, checks and denials', () => {
  it("reads no tax or investment from the members' total (會員企業…總額, 累計)", () => {
    expect(parse('湖北商會現有會員企業300家，會員企業年納稅總額超過12億元。本週推薦的楚揚機電項目已簽約，投資2億元。').taxYuan).toBeNull();
    const report = parse('湖北商会现有会员企业300家，会员企业累计在我市投资逾20亿元。另有新线索：楚香香氛有意设立生产基地，投资额未定。');
    expect(report.investmentYuan).toBeNull();
  });

  it('reads the figure checked again in brackets (（剛核實，應為350人）)', () => {
    expect(parse('楚品超市物流中心預計用工200人（剛核實，應為240人），已開工。').jobs).toBe(240);
    expect(parse('楚品超市物流中心预计用工200人（经核实，应为240人），已开工。').jobs).toBe(240);
  });

  it('reads a Chinese denial before an English stage word (MOU 還沒 sign)', () => {
    expect(parse('湖北商會：RiverPort Logistics 的 MOU 還沒 sign，still under negotiation，投資 1.5 億。').stage).toBe('negotiating');
  });

  it('reads 投產以後 as a landing to come', () => {
    expect(parse('湘瑞化工 投资两亿 投产以后 每年纳税 一千万 现在 签了').stage).toBe('signed');
  });

  it('reads 已初步達成意向 as a lead', () => {
    expect(parse('南洋橡膠製品總投資還在測算，已初步達成意向。').stage).toBe('lead');
    expect(parse('南洋橡胶制品总投资还在测算，已初步达成意向。').stage).toBe('lead');
  });
});

describe('round 10: currencies, stage words and corrections', () => {
  it('reads 澳門元, 印尼盾, 越南盾, 盧布 and 瑞士法郎 as foreign sums', () => {
    expect(parse('澳門商會：濠景食品有意投資3億澳門元建設中央廚房。').investmentForeign).toEqual({ currency: 'MOP', amount: 300_000_000 });
    expect(parse('澳门商会：濠景食品有意投资3亿澳门元建设中央厨房。').investmentYuan).toBeNull();
    expect(parse('印尼商會：千島木業擬投資5000億印尼盾建設家具廠項目，在洽談。').investmentForeign).toEqual({ currency: 'IDR', amount: 500_000_000_000 });
    expect(parse('越南商会：红河纺织拟投资2万亿越南盾建设纺纱厂项目。').investmentForeign).toEqual({ currency: 'VND', amount: 2_000_000_000_000 });
    expect(parse('俄羅斯商會：北極漁業擬投資8億盧布建設冷庫項目。').investmentForeign).toEqual({ currency: 'RUB', amount: 800_000_000 });
    expect(parse('瑞士商会：阿尔卑精密拟投资2000万瑞士法郎建设轴承厂项目。').investmentForeign).toEqual({ currency: 'CHF', amount: 20_000_000 });
  });

  it('reads Wu 落地哉 as landed and 還在傾 as talks', () => {
    expect(parse('寧波商會：甬江新材額倉儲項目已經落地哉，投資八千萬。').stage).toBe('landed');
    expect(parse('宁波商会：甬江新材额仓储项目已经落地哉，投资八千万。').stage).toBe('landed');
    expect(parse('佢兜松口茶業个茶園項目，我兜還在傾，投資大約五千萬。').stage).toBe('negotiating');
    expect(parse('佢兜松口茶业个茶园项目，我兜还在倾，投资大约五千万。').stage).toBe('negotiating');
  });

  it('reads 還在 before a talks word as talks under way, after a planned figure', () => {
    expect(parse('那個冷鏈物流園項目投資三個億年納稅預計兩千萬還在洽談').stage).toBe('negotiating');
    expect(parse('那个冷链物流园项目投资三个亿年纳税预计两千万还在洽谈').stage).toBe('negotiating');
  });

  it('reads an English stage word asked with a question mark as asked', () => {
    expect(parse('浙江商會：Q: is BlueWave Tech contract signed? A: not yet，還在談判，投資 3 億。').stage).toBe('negotiating');
  });

  it('reads 其實是 as a correction of the stage said before', () => {
    expect(parse('我剛才說那個紙箱廠項目已經投產了，其實是剛簽約，還沒動工。投資4000萬。').stage).toBe('signed');
    expect(parse('我刚才说那个纸箱厂项目已经投产了，其实是刚签约，还没动工。投资4000万。').stage).toBe('signed');
  });

  it('reads 有興趣來考察 as a visit to come', () => {
    expect(parse('德國商會：一家做軸承的公司有興趣來考察投資，預計投資2億。').stage).toBe('lead');
    expect(parse('德国商会：一家做轴承的公司有兴趣来考察投资，预计投资2亿。').stage).toBe('lead');
  });

  it('reads the sum of a sentence opening by owning a slip (上面寫錯了，…投資是)', () => {
    expect(parse('江蘇商會：太湖電纜項目投資15億，已簽約。\n上面寫錯了，投資額應該是1.5億。').investmentYuan).toBe(150_000_000);
    expect(parse('江苏商会：太湖电缆项目已签约，投资3亿。\n上面写错了，还没签约，还在谈，投资是3.6亿。').investmentYuan).toBe(360_000_000);
  });

  it('reads the total of projects counted only when no lead sum is said beside it', () => {
    expect(parse('福建商會：本會今年共引進項目20個，總投資60億元。另外，閩興藥業擬投資8000萬元建設製劑車間。').investmentYuan).toBe(80_000_000);
    expect(parse('福建商会：成立以来累计引进项目150个，总投资超过400亿元。近期正与闽兴药业洽谈一个制剂车间项目，投资约1.2亿元。').investmentYuan).toBe(
      120_000_000,
    );
    expect(parse('福建商會：簽約重點項目三個，總投資12億元。').investmentYuan).toBe(1_200_000_000);
  });

  it('reads 當時投資 as money put in back then, not the new sum', () => {
    expect(parse('廣東商會：2020年引進的粵新電池（當時投資6億）今年有擴產意向，新增投資1.8億元。').investmentYuan).toBe(180_000_000);
  });
});

describe('round 10: bulletins and members', () => {
  it('reads the item under a heading closed by 。 (二、招商動態。…) as the lead beside the activities', () => {
    const text =
      '轉發：\n【工作簡報】第12期\n一、本週工作概況。各商會共組織活動4場。\n二、招商動態。江西商會對接的贛鋒材料擬投資1.8億元建設隔膜生產線項目，目前處於洽談階段。\n三、下週安排。做好年終總結。';
    const report = parse(text);
    expect(report.kind).toBe('lead');
    expect(report.stage).toBe('negotiating');
    expect(
      parse('转发：\n一、本周工作概况。各商会共组织活动4场。\n二、招商动态。江西商会对接的赣锋材料拟投资1.8亿元建设隔膜生产线项目，目前处于洽谈阶段。').kind,
    ).toBe('lead');
  });

  it('reads a numbered news item naming a company and its project as the lead', () => {
    const text =
      '轉發：今日要聞：1. 市政府召開常務會議研究春運；2. 全市發布寒潮預警；3. 德國商會引薦的萊茵精工公司的軸承生產線項目已正式開工，總投資2000萬歐元。';
    expect(parse(text).kind).toBe('lead');
    expect(parse(text).stage).toBe('landed');
    expect(parse('转发：今日要闻：1. 市政府召开常务会议研究春运；2. 德国商会引荐的莱茵精工公司的轴承生产线项目已正式开工，总投资2000万欧元。').kind).toBe(
      'lead',
    );
  });

  it('keeps projects counted in a numbered item the event they came of', () => {
    expect(parse('1. 11月20日商會在會展中心舉辦推介會；2. 現場簽約項目3個，總投資5億元。').kind).toBe('event');
  });

  it("reads no gathering from the chamber's members (現有會員企業380家)", () => {
    const report = parse('廣西商會：本會現有會員企業260家。會長單位桂林米業擬在食品園投資1.2億元建設米粉工廠，目前在洽談中。');
    expect(report.kind).toBe('lead');
    expect(report.invitedEnterprises).toBeNull();
    expect(parse('广西商会：本会现有会员企业260家。会长单位桂林米业拟在食品园投资1.2亿元建设米粉工厂，目前在洽谈中。').kind).toBe('lead');
    expect(parse('商會組織會員企業30家參加推介會。').invitedEnterprises).toBe(30);
  });
});

describe('round 10: contacts and staff', () => {
  it('reads Japanese and Korean names after a contact key (山田太郎, 朴志勳)', () => {
    expect(parse('日本商會：聯繫人佐藤健一，電話13800001111。').contact).toBe('佐藤健一');
    expect(parse('日本商会：联系人高桥美咲，电话13800001111。').contact).toBe('高桥美咲');
    expect(parse('韓國商會：對接人朴敏浩，電話13800001111。').contact).toBe('朴敏浩');
    expect(parse('韩国商会：对接人洪俊熙，电话13800001111。').contact).toBe('洪俊熙');
  });

  it('keeps the Latin name right after the key before a polite form in brackets', () => {
    expect(parse('韓國商會：對接人 Daniel Park（朴先生），電話13800001111。').contact).toBe('Daniel Park');
  });

  it('reads a full name beside 副總 of its surname (覃副總，覃麗娟)', () => {
    expect(parse('具體找他們公司的韋副總，韋秋萍，號碼13800001111，想投五千萬建倉庫。').contact).toBe('韋秋萍');
    expect(parse('具体找他们公司的韦副总，韦秋萍，号码13800001111，想投五千万建仓库。').contact).toBe('韦秋萍');
  });

  it('reads 聯繫王總 as whom to contact', () => {
    expect(parse('福建商會：聯繫林總就行，13800001111，他們想搞個茶葉加工廠，投資3000萬。').contact).toBe('林總');
    expect(parse('福建商会：联系林总就行，13800001111，他们想搞个茶叶加工厂，投资3000万。').contact).toBe('林总');
  });

  it('reads a Latin name with a lower-case particle (Pieter de Jong)', () => {
    expect(parse('荷蘭商會：對接人叫Jan van Dijk，電話 +31 6 8765 4321，投資2000萬歐元。').contact).toBe('Jan van Dijk');
  });

  it("reads no jobs from the company's staff (公司員工300人, 在職員工)", () => {
    expect(parse('公司員工500人，擬投資3億建設新廠。').jobs).toBeNull();
    expect(parse('公司员工500人，拟投资3亿建设新厂。').jobs).toBeNull();
    expect(parse('該企業在職員工900餘人，計劃新增就業150人。').jobs).toBe(150);
    expect(parse('項目建成後用工300人。').jobs).toBe(300);
  });
});

describe('round 10: bracketed contact key', () => {
  it('reads the name after 【聯繫人】', () => {
    expect(parse('日本商會：【聯繫人】中村健一 【電話】021-61234567 【項目】食品工廠').contact).toBe('中村健一');
    expect(parse('福建商会：【联系人】陈国华 【电话】0591-81234567').contact).toBe('陈国华');
  });
});

describe('round 11: stage', () => {
  it('reads a company registered (完成公司註冊, 註冊好了, registered) as landed', () => {
    expect(parse('浙江商會：甬興模具擬在經開區建模具廠，投資8000萬，已完成公司註冊。').stage).toBe('landed');
    expect(parse('浙江商会：甬兴模具的新公司已经注册好了，投资8000万。').stage).toBe('landed');
    expect(parse('浙江商會：甬興模具的項目完成註冊，投資8000萬。').stage).toBe('landed');
    expect(parse('Update：Harbor Tools 的 warehouse 已經 registered 了，投資 5000 萬。').stage).toBe('landed');
    expect(parse('Update：Harbor Tools 想來投資 5000 萬，registered capital RMB 10 million，還在談。').stage).toBe('negotiating');
  });

  it('reads 已經正式 production as landed', () => {
    expect(parse('Update：Harbor Tools 的工廠上週已經正式 production，投資 5000 萬。').stage).toBe('landed');
    expect(parse('Update：Harbor Tools 想建一條 production line，投資 5000 萬，還在談。').stage).toBe('negotiating');
  });

  it('reads 投產之後 as a landing to come', () => {
    expect(parse('廣東商會：粵興包裝昨日已經簽咗約，投資兩億，投產之後請返三百個人。').stage).toBe('signed');
    expect(parse('广东商会：粤兴包装已经签约，投资两亿，投产之后可以招三百个人。').stage).toBe('signed');
  });

  it('reads a contract said to be signed at some past time (合同上個月簽的) as signed', () => {
    expect(parse('那個海豐食品要在我們這邊搞個凍品廠合同上個月簽的投資是兩千萬').stage).toBe('signed');
    expect(parse('那个海丰食品要在我们这边搞个冻品厂协议前天签的投资是两千万').stage).toBe('signed');
    expect(parse('海豐食品的凍品廠，合同下個月簽的話投資兩千萬。').stage).toBe('negotiating');
  });

  it('reads 已簽 closing a cell of a row split by bars', () => {
    expect(parse('- 福建商會｜閩興茶業｜茶飲料工廠｜已簽｜3000萬').stage).toBe('signed');
    expect(parse('- 福建商会|闽兴茶业|茶饮料工厂|已签|3000万').stage).toBe('signed');
  });

  it('reads talks with someone said with 搭, 同 or 和 as talks', () => {
    expect(parse('寧波個甬江電子想到阿拉經開區來投資兩千萬，現在還在搭伊拉談價鈿。').stage).toBe('negotiating');
    expect(parse('宁波个甬江电子想投资两千万，现在还在同他们谈条件。').stage).toBe('negotiating');
  });

  it('reads a stage put right even when the wrong one is quoted (不是「已投產」，是…)', () => {
    expect(parse('更正：閩江食品的項目不是「已投產」，是剛簽了合同，投資3000萬。').stage).toBe('signed');
    expect(parse('更正：闽江食品的项目不是“已投产”，是刚签了合同，投资3000万。').stage).toBe('signed');
  });

  it('reads a signing said to be a false rumour (說簽了是誤傳) as not said', () => {
    expect(parse('答：還沒簽，之前聽人說簽了是誤傳，現在還在談，投資8000萬。').stage).toBe('negotiating');
    expect(parse('答：还没签，之前听人说签了是谣传，投资8000万，有意向。').stage).toBe('lead');
  });

  it('reads a Chinese future marker before an English stage word (下週安排 site visit)', () => {
    expect(parse('Update：Harbor Tools 想在我們這邊建倉庫，budget RMB 50 million，still early stage，下週安排 site visit。').stage).toBe('lead');
    expect(parse('Update：Harbor Tools 想在我们这边建仓库，budget RMB 50 million，上周已经 site visit。').stage).toBe('negotiating');
  });

  it('reads no stage from a clause about another city (周邊城市：…簽約…)', () => {
    const text = '1. 甬興模具有意在我市投資3000萬，目前處於初步接觸階段。\n2. 周邊城市：某市上週簽約項目總額80億元。';
    expect(parse(text).stage).toBe('lead');
    expect(parse('1. 甬兴模具有意在我市投资3000万，目前处于初步接触阶段。\n2. 周边城市：某市上周签约项目总额80亿元。').stage).toBe('lead');
    expect(parse('隔壁縣的甬興模具已經簽約了，投資3000萬。').stage).toBe('signed');
    expect(parse('我们跟隔壁县的甬兴模具签约了，投资3000万。').stage).toBe('signed');
  });

  it('reads the stage of this project after one signed over there (那邊上個月簽了…，我們這邊…)', () => {
    expect(parse('泉州那邊上個月簽了一個20億的產業園，我們這邊跟的是閩興鞋業，打算投5000萬，還沒談攏。').stage).not.toBe('signed');
    expect(parse('泉州那边上个月签了一个20亿的产业园，我们这边跟的是闽兴鞋业，打算投5000万，还在谈。').stage).toBe('negotiating');
  });

  it('reads Cantonese 喺度傾, Wu 簽脫哉 and the voice slip 恰談', () => {
    expect(parse('佛山商會：佛山嘅順興五金仲喺度傾，投資五千萬左右。').stage).toBe('negotiating');
    expect(parse('苏州商会：锦华丝绸个项目框架协议已经签脱哉，投资一亿二。').stage).toBe('signed');
    expect(parse('嘉興商會 那個速凍食品加工廠 現在在恰談 投資一個億').stage).toBe('negotiating');
  });

  it('reads 請對接 a person as whom to contact, not talks', () => {
    expect(parse('常州商會轉來：常州虞美服裝擬在我市投資3000萬元建設倉庫，請對接王經理，電話13800001111。初步意向。').stage).toBe('lead');
  });
});

describe('round 11: contacts', () => {
  it('reads a surname and title after a company and a space in a keyed value (鴻達食品 林經理)', () => {
    expect(parse('閩興茶業擬投資3000萬建廠。聯繫人：閩興茶業 林經理 13800001111。').contact).toBe('林經理');
    expect(parse('闽兴茶业拟投资3000万建厂。联系人：闽兴茶业 林经理 13800001111。').contact).toBe('林经理');
  });

  it('reads 聯絡人 and 姓名 as contact keys in a pasted form', () => {
    expect(parse('活動名稱：粵商考察\n時　　間：12月4日\n聯 絡 人：廣東商會 何秘書長 13800001111').contact).toBe('何秘書長');
    expect(parse('联系方式：\n姓名 ：黄志明\n电话：13800001111\n事项：想投资5000万建仓库。').contact).toBe('黄志明');
  });

  it('reads a full name ending in 和 before its title (聯繫人張永和總經理)', () => {
    expect(parse('聯繫人張永和總經理，電話13800001111，投資1億元。').contact).toBe('張永和');
    expect(parse('联系人张永和总经理，电话13800001111，投资1亿元。').contact).toBe('张永和');
    expect(parse('聯繫人張永和王總，電話13800001111。').contact).toBe('張永');
  });

  it('reads the person named after a contact owned wrong (對接人寫錯了，不是…，是…的助理陳小姐)', () => {
    expect(parse('對接人寫錯了，不是王總，是王總的助理陳小姐，電話13800001111。').contact).toBe('陳小姐');
    expect(parse('对接人写错了，不是王总，是王总的助理陈小姐，电话13800001111。').contact).toBe('陈小姐');
  });

  it('reads 請對接劉經理 and 找他們店長小何 as whom to contact', () => {
    expect(parse('擬投資3000萬元建設倉庫，請對接趙經理，電話13800001111。').contact).toBe('趙經理');
    expect(parse('那個茶飲店已經開業了，有事直接找他們店長小林，微信同手機13800001111。').contact).toBe('小林');
    expect(parse('那个茶饮店已经开业了，有事找小林就行，13800001111。').contact).toBe('小林');
    expect(parse('那個茶飲店已經開業了，有事找小區物業。').contact).toBeNull();
  });

  it('reads who is in charge (是商會的周志遠負責的, 由李建軍牽頭)', () => {
    expect(parse('30號那場推介會是商會的周志遠負責的，有事找他（13800001111），來了40家企業。').contact).toBe('周志遠');
    expect(parse('30号那场推介会由李建军牵头，来了40家企业。').contact).toBe('李建军');
    expect(parse('30號那場推介會是商會負責的，來了40家企業。').contact).toBeNull();
  });

  it('reads a Latin name said to hold a company title (Kevin Wong 是 … 的 GM)', () => {
    expect(parse('Daniel Chan 是 Bright Foods 的 GM，手機 13800001111，他們想投 1 億。').contact).toBe('Daniel Chan');
    expect(parse('Daniel Chan 是 Bright Foods 的总经理，他们想投 1 亿。').contact).toBe('Daniel Chan');
  });
});

describe('round 11: figures', () => {
  it('reads 廿 and 卅 after 百 as the tens place (一百廿畝)', () => {
    expect(parse('阿拉搭寧波個紡織廠碰過頭了，投資一個億，地要一百廿畝，還在談。').areaMu).toBe(120);
    expect(parse('阿拉搭宁波个纺织厂碰过头了，投资一个亿，地要两百卅五亩，还在谈。').areaMu).toBe(235);
    expect(numeralValue('一百廿')?.scaled).toBe(120n);
    expect(numeralValue('五廿')).toBeNull();
  });

  it("reads no jobs from staff opening a clause beside the company's figures (去年營收…，員工1200人)", () => {
    expect(parse('寧波商會推薦的甬華文具，去年營收5億，員工900人，有意來設個倉庫。').jobs).toBeNull();
    expect(parse('宁波商会推荐的甬华文具，注册资本3000万，员工900人，有意来设个仓库。').jobs).toBeNull();
    expect(parse('閩南冷凍廠投資1500萬，已於上月投產，員工約60人。').jobs).toBe(60);
  });

  it('reads no project tax from a clause opening with last year, a place between (去年在湖州納稅…)', () => {
    expect(parse('湖州商會介紹的綠源家居，去年在湖州納稅2000多萬。來我們這兒的家居項目已經開工，總投資1.2億。').taxYuan).toBeNull();
    expect(parse('湖州商会介绍的绿源家居，去年在湖州纳税2000多万。来我们这儿的家居项目已经开工，总投资1.2亿。').taxYuan).toBeNull();
    expect(parse('綠源家居的家居項目已經開工，總投資1.2億，預計年納稅800萬。').taxYuan).toBe(8_000_000);
  });

  it('reads the right figure after the wrong one is said again and denied (3億，不是3億，是3.6億)', () => {
    expect(parse('溫州商會那個泵閥項目總投資2億，不是2億，是2.4億，剛核對了。').investmentYuan).toBe(240_000_000);
    expect(parse('温州商会那个泵阀项目总投资2亿，不是2亿，是2.4亿，刚核对了。').investmentYuan).toBe(240_000_000);
    expect(parse('占地60亩，不是60亩，是75亩。').areaMu).toBe(75);
  });

  it('reads a spoken tail before a day word as the next place down (兩億四今天剛簽的)', () => {
    expect(parse('這個康養項目投資兩億四今天上午剛簽的').investmentYuan).toBe(240_000_000);
    expect(parse('这个康养项目投资三亿六昨天签的').investmentYuan).toBe(360_000_000);
  });

  it('reads the voice slip 帶動就也 as 帶動就業', () => {
    expect(parse('那個鞋廠總投資兩億然後說是能帶動就也五百人左右').jobs).toBe(500);
  });
});

describe('round 11: more of the same families', () => {
  it('reads a business licence obtained and "incorporated" as landed', () => {
    expect(parse('浙江商會：甬興模具已經拿到了營業執照，投資8000萬。').stage).toBe('landed');
    expect(parse('浙江商会：甬兴模具的营业执照已经办好了，投资8000万。').stage).toBe('landed');
    expect(parse('浙江商会：甬兴模具下个月拿营业执照，投资8000万，还在谈。').stage).toBe('negotiating');
    expect(parse('Update：Harbor Tools 的新公司已經 incorporated，投資 5000 萬。').stage).toBe('landed');
  });

  it('reads 合約上個月簽嘅 as signed', () => {
    expect(parse('佛山商會：順興五金嘅合約上個月簽嘅，投資五千萬。').stage).toBe('signed');
    expect(parse('佛山商会：顺兴五金嘅合约上个月签嘅，投资五千万。').stage).toBe('signed');
  });
});

describe('round 11: activities held and the type they are', () => {
  const event = (text: string) => {
    const report = parse(text);
    return [report.kind, report.eventType];
  };

  it('reads accompanying or bringing a group to see a place as a visit held', () => {
    expect(event('上週五陪杭州商會一幫老闆到經開區兜了一圈，一共來了八家企業。')).toEqual(['event', 'visit']);
    expect(event('上周五陪杭州商会一帮老板到经开区兜了一圈，一共来了八家企业。')).toEqual(['event', 'visit']);
    expect(event('阮商會昨日帶五間石材廠頭家去看物流園，講不錯。')).toEqual(['event', 'visit']);
    expect(event('昨天带了一帮老板去现代物流产业园看了看，来了七家企业。')).toEqual(['event', 'visit']);
    expect(event('昨天商會組織了12家會員企業到經開區實地踩點。')).toEqual(['event', 'visit']);
    // fairs named short
    expect(event('上週我們商會帶了15家企業去深圳參加高交會。')).toEqual(['event', 'promotion']);
    expect(event('上周我们商会带了15家企业去上海参加进博会。')).toEqual(['event', 'promotion']);
    // 一帶一路 is no bringing.
    expect(parse('一帶一路沿線的某某紡織擬投資2億元建設印染車間。').kind).toBe('lead');
  });

  it('reads talks about a deal, or for a while, as talks', () => {
    expect(event('琴日喺會展中心傾咗成個下晝，深圳商會帶咗九間電子公司過嚟。')).toEqual(['event', 'negotiation']);
    expect(event('昨日在会展中心谈了一下午，深圳商会带了九家电子公司过来。')).toEqual(['event', 'negotiation']);
    expect(event('今天上午在商會開了個座談會談了那個冷鏈倉儲的合作，來了十家企業，沒有簽約。')).toEqual(['event', 'negotiation']);
    expect(event('今天上午在商会开了个座谈会谈了几个物流项目，来了十家企业。')).toEqual(['event', 'negotiation']);
  });

  it('names business matching and deal-sourcing as talks, networking as an activity', () => {
    expect(event('Business matching session 昨天在商會開完了，participants 一共 15 家。')).toEqual(['event', 'negotiation']);
    expect(event('昨天开了个 deal-sourcing 座谈，8 家 companies。')).toEqual(['event', 'negotiation']);
    expect(event('Networking session 昨晚在酒店開的，來了 20 家企業。')).toEqual(['event', 'other']);
  });

  it('reads the voice slip 推界會 as 推介會, 上晝 as the morning and Wu 是勿是 as asking', () => {
    expect(event('今天在會展中心開的那個推界會來了四十家企業')).toEqual(['event', 'promotion']);
    expect(event('今天在会展中心开的那个推界会来了四十家企业')).toEqual(['event', 'promotion']);
    expect(parse('上晝陪商會嘅企業家去物流園考察，一共6間企業。').date).toBe(today);
    expect(parse('下禮拜個推介會是勿是改到三樓了？阿拉要來三個人。').kind).toBeNull();
    expect(parse('下礼拜个推介会是勿是改到三楼了？阿拉要来三个人。').kind).toBeNull();
  });
});

describe('round 11: counts of an activity', () => {
  it('reads projects signed after their count, a bare 簽, 俩, and one of those talked of', () => {
    expect(parse('昨天開了對接會，有三個食品項目當場簽了合作協議。').signedProjects).toBe(3);
    expect(parse('昨天开了对接会，有三个食品项目当场签了合作协议。').signedProjects).toBe(3);
    expect(parse('昨天辦了一場推介會哦，現場有簽四個項目啦。').signedProjects).toBe(4);
    expect(parse('昨儿个整了个对接会，当场签了俩项目。').signedProjects).toBe(2);
    expect(parse('昨晚開了座談會，談了幾個項目，有一個當場就簽了').signedProjects).toBe(1);
    // 簽一個框架協議 is a signing to come, not a count of projects.
    expect(parse('他們準備投資1億，下個月會先簽一個框架協議。').signedProjects).toBeNull();
    // agreements and deals counted stand for the projects
    expect(parse('昨天開了推介會，簽署合作協議4份，到場企業30家。').signedProjects).toBe(4);
    expect(parse('昨天开了推介会，来了二十来家企业，现场签了五份合同。').signedProjects).toBe(5);
    expect(parse('琴日開咗推介會，嚟咗二十幾間公司，即場簽咗三單。').signedProjects).toBe(3);
  });

  it('reads counts typed with a space before the measure word, and English signed', () => {
    expect(parse('昨天的 roadshow 來了 20 家企業，signed 3 個 projects。').signedProjects).toBe(3);
    expect(parse('昨天的推介会来了 20 家企业，现场签了 3 个项目。').signedProjects).toBe(3);
    expect(parse('Matchmaking 昨天辦的，當場 MOU signed 2 個。').signedProjects).toBe(2);
    expect(parse('Matchmaking 昨天辦的，participants 一共 18 家。').invitedEnterprises).toBe(18);
    expect(parse('昨天在商會辦了推介會，帶咗 8 間 companies 過嚟。').invitedEnterprises).toBe(8);
  });

  it('reads the count a correction gives after the key of signed projects, or after a noun and 是', () => {
    expect(parse('昨天的對接會簽約項目數報錯了，應該是2個，不是5個。').signedProjects).toBe(2);
    expect(parse('昨天的对接会签约项目数报错了，应该是2个，不是5个。').signedProjects).toBe(2);
    expect(parse('昨天的洽談會，企業來了30家——不對，簽到表是32家。').invitedEnterprises).toBe(32);
    expect(parse('昨天的洽谈会，企业来了30家——不对，签到表是32家。').invitedEnterprises).toBe(32);
    expect(parse('昨天推介會來了21家企業，更正一下，應該是27家。').invitedEnterprises).toBe(27);
    expect(parse('昨天的推介会来了三十家，哦不，是三十五家企业。').invitedEnterprises).toBe(35);
  });

  it('counts owners and those come to the meeting (到會) as enterprises', () => {
    expect(parse('昨天帶六間石材廠頭家去看工業園。').invitedEnterprises).toBe(6);
    expect(parse('週一商會座談會，到會12家，簽約0個。').invitedEnterprises).toBe(12);
    expect(parse('周一商会座谈会，到会12家，签约0个。').invitedEnterprises).toBe(12);
  });

  it("keeps a signing counted beside the companies' past accounts, and takes the activity's count over the city's tally", () => {
    expect(parse('昨天開了對接會，來了12家企業，這些企業去年總產值超過80億，現場簽了4個項目。').signedProjects).toBe(4);
    expect(parse('昨天开了对接会，来了12家企业，这些企业去年总产值超过80亿，现场签了4个项目。').signedProjects).toBe(4);
    const bulletin = '招商周報\n1. 本週全市新簽約項目9個，協議總投資30億元。\n2. 12月2日，我局在廣州舉辦推介會，邀請企業40家參會，現場簽約項目2個。';
    expect(parse(bulletin).signedProjects).toBe(2);
    expect(parse('1. 本周全市新签约项目9个。\n2. 12月2日，我局在广州举办推介会，现场签约项目2个。').signedProjects).toBe(2);
    // A tally alone is still the count the report gives.
    expect(parse('本週全市新簽約項目9個，協議總投資30億元。').signedProjects).toBe(9);
  });

  it('reads nothing signed said in speech, with a particle, an object or a key', () => {
    const none = (text: string) => parse(text).signedProjects;
    expect(none('昨日帶五間廠的頭家去看工業園，還沒有簽啦，講要轉去商量。')).toBe(0);
    expect(none('前天带了八家企业去参观保税区回来了没有签约就是看一看')).toBe(0);
    expect(none('今晚跟幾個老闆開了個懇談會 來了五家企業 沒簽東西 在酒店')).toBe(0);
    expect(none('考察團禮拜三來了，總共7家企業，沒有簽什麼啦。')).toBe(0);
    expect(none('活動名稱：商會走進高新區考察\n時間：12月4日\n參加企業：15家\n簽約項目：無')).toBe(0);
    expect(none('活动名称：商会走进高新区考察\n时间：12月4日\n参加企业：15家\n签约项目：无')).toBe(0);
  });
});

describe('round 11: a goal set is no lead', () => {
  it('reads a lead word after 爭取 or 力爭 as a goal, not a lead', () => {
    expect(parse('會長說明年爭取引進5個億以上的項目，大家加油。').kind).toBeNull();
    expect(parse('会长说明年力争引进5个亿以上的项目，大家加油。').kind).toBeNull();
    // a lead beside the goal is still one
    expect(parse('明年爭取引進更多項目；閩海電子擬投資2億元建設顯示模組項目。').kind).toBe('lead');
    expect(parse('福建商會引進的某某食品項目，投資5000萬。').kind).toBe('lead');
  });
});

describe('round 11: enterprises gathered on a day and projects signed tell of an event', () => {
  it('reads a dated gathering with a signing count, or none, as an event, named or not', () => {
    expect(parse('昨日伊拉商會來了八家企業搭阿拉坐下來談了談，簽脫兩只項目。')).toMatchObject({
      kind: 'event',
      eventType: 'negotiation',
      invitedEnterprises: 8,
      signedProjects: 2,
    });
    expect(parse('俺们商会昨儿个领着十来家企业上经开区转了转，啥也没签。')).toMatchObject({
      kind: 'event',
      eventType: 'visit',
      signedProjects: 0,
    });
    expect(parse('昨日嘅推介會搞掂咗，嚟咗三十幾間，簽咗五個項目。')).toMatchObject({ kind: 'event', invitedEnterprises: 30, signedProjects: 5 });
    expect(parse('Roadshow 琴日喺新加坡搞咗，嚟咗 25 間公司，冇簽到嘢。').signedProjects).toBe(0);
    expect(parse('今天上午我们商会和温州客商一起吃了个饭聊了聊合作，来了5家企业。')).toMatchObject({ kind: 'event', eventType: 'negotiation' });
    expect(parse('我哋商會琴日帶咗十間企業嚟咗古鎮睇文旅項目，冇簽約。')).toMatchObject({ kind: 'event', eventType: 'visit', signedProjects: 0 });
  });

  it('keeps undated counts with the activity said before them, and the investor come to look a lead', () => {
    const items = splitReports('Yesterday we held a promotion in Xiamen; 30 companies attended and 2 projects were signed.', { today });
    expect(items).toHaveLength(1);
    expect(parse('今天上午陪泉州的閩海電子來看地了，他們看中了城東工業園，投資大概2個億。')).toMatchObject({ kind: 'lead', investmentYuan: 200_000_000 });
    expect(parse('今天上午陪泉州的闽海电子来看地了，他们看中了城东工业园，投资大概2个亿。').kind).toBe('lead');
  });

  it('dates a visit told from a part of the day alone, as the chamber event', () => {
    expect(parse('下午去寧波考察了兩家工廠。')).toMatchObject({ kind: 'event', eventType: 'visit', date: today });
    expect(parse('下午去宁波考察了两家工厂。')).toMatchObject({ kind: 'event', eventType: 'visit', date: today });
  });
});

describe('round 11: English and mixed counts', () => {
  it('reads papers signed, zero deals, B2B and matching meetings, and enterprises of an origin after a space', () => {
    expect(parse('Recap: investment fair in Manila on Dec 2, 28 companies came, 3 MOUs signed.').signedProjects).toBe(3);
    expect(parse('Dec 3 site tour at 高新区 with 7 firms from Ipoh, zero deals signed.').signedProjects).toBe(0);
    expect(parse('We hosted a B2B session with the Thai chamber yesterday, 15 companies, signed 2 projects.').eventType).toBe('negotiation');
    expect(parse('今日同 9 間港企開咗個 matching meeting，即場簽咗 2 份 MOU。')).toMatchObject({
      eventType: 'negotiation',
      invitedEnterprises: 9,
      signedProjects: 2,
    });
    expect(parse('今日同 9 间港企开了个 matching meeting，当场签了 2 份 MOU。').invitedEnterprises).toBe(9);
  });
});

describe("round 13: an activity's own counts", () => {
  it("takes the activity's own signed count over the city's tally or another party's", () => {
    const tally = '通報⏎1—10月，全市各商會共報送線索150條，其中簽約項目40個。⏎二、11月20日，福建商會在福州舉辦推介會，邀請企業50家，現場簽約項目6個。'.replace(
      /⏎/g,
      '\n',
    );
    expect(parse(tally).signedProjects).toBe(6);
    expect(parse(tally.replace('1—10月，全市各商會共報送線索150條', '1—10月，全市各商会共报送线索150条')).signedProjects).toBe(6);
    expect(parse('聽說南京那邊上週辦了個招商大會，簽了50多個項目。我們商會昨天在會所辦了個推介會，來了20家企業，簽了2個。').signedProjects).toBe(2);
    expect(parse('听说南京那边上周办了个招商大会，签了50多个项目。我们商会昨天在会所办了个推介会，来了20家企业，签了2个。').signedProjects).toBe(2);
    expect(parse('昨天去參加了省裡的洽談會，光寧波就簽了三十多個，我們商會帶去10家企業，幫我市簽了4個項目。').signedProjects).toBe(4);
    expect(parse('昨天去参加了省里的洽谈会，光宁波就签了三十多个，我们商会带去10家企业，帮我市签了4个项目。').signedProjects).toBe(4);
    // Alone, the only count is still read.
    expect(parse('聽說南京那邊上週辦了個招商大會，簽了50多個項目。').signedProjects).toBe(50);
  });

  it("takes this activity's enterprises over last year's, and leaves members who joined out", () => {
    expect(parse('去年商會的推介會來了90家企業。今年這場是12月2號在廈門辦的，來了35家，簽約3個。').invitedEnterprises).toBe(35);
    expect(parse('去年商会的推介会来了90家企业。今年这场是12月2号在厦门办的，来了35家，签约3个。').invitedEnterprises).toBe(35);
    const joined = '簡報⏎▲ 會務：本期共有5家企業入會。⏎▲ 活動：11月20日本會在泗水舉辦推介會，共邀請企業30家。'.replace(/⏎/g, '\n');
    expect(parse(joined).invitedEnterprises).toBe(30);
    expect(parse(joined.replace('本期共有5家企業入會', '本期共有5家企业入会')).invitedEnterprises).toBe(30);
  });

  it('counts a bare 家 at an event, factories and trade-named 企, but not the ones seen or a single factory', () => {
    expect(parse('下週三帶企業去臨港考察 大概二十家').invitedEnterprises).toBe(20);
    expect(parse('下周三带企业去临港考察 大概二十家').invitedEnterprises).toBe(20);
    expect(parse('昨天組織企業考察了綜保區，一共是九家。').invitedEnterprises).toBe(9);
    expect(parse('昨天组织企业考察了综保区，一共是九家。').invitedEnterprises).toBe(9);
    expect(parse('昨日帶咗八間順德傢俬廠過嚟經開區睇地，冇簽嘢。').invitedEnterprises).toBe(8);
    expect(parse('今天浙江商會組織了十二家浙企來我們這邊考察。').invitedEnterprises).toBe(12);
    expect(parse('今天浙江商会组织了十二家浙企来我们这边考察。').invitedEnterprises).toBe(12);
    expect(parse('Site visit 昨天：帶 6 家 German machinery suppliers 去經開區 look around。').invitedEnterprises).toBe(6);
    expect(parse('site visit：昨天带 7 家 electronics 企业去综保区考察。').invitedEnterprises).toBe(7);
    // Seen, not brought; one factory is "a factory".
    expect(parse('週三我們去杭州考察了 看了那個 西湖電子 還有 錢塘藥業 兩家 回來再說').invitedEnterprises).toBeNull();
    expect(parse('周三我们去杭州考察了，一口气看了四家厂子。').invitedEnterprises).toBeNull();
    expect(parse('伊的南興茶業欲佇東坑鎮起一間茶飲料工廠，投資五千萬，猶咧談。').invitedEnterprises).toBeNull();
    // "site visit" is no land: 週二 after it is no area.
    expect(parse('Site visit 週二：帶 6 家 German machinery suppliers 去經開區 look around。')).toMatchObject({
      kind: 'event',
      eventType: 'visit',
      areaMu: null,
    });
    // A lead's bare count is no guest count.
    expect(parse('溫州的東海閥門想在經開區投3億建閥門廠，合作方有兩家。').invitedEnterprises).toBeNull();
  });
});

describe('round 13: projects signed, and none', () => {
  it('reads signed counts said in speech: 簽完了, a bare 仨/俩, named projects then counted, enterprises that signed', () => {
    expect(parse('前天在會所整了個對接會，來了十二家企業，當場簽完了兩個項目。').signedProjects).toBe(2);
    expect(parse('前天在会所整了个对接会，来了十二家企业，当场签完了两个项目。').signedProjects).toBe(2);
    expect(parse('前天在會所整了個洽談會，來了十家企業，當場簽了仨').signedProjects).toBe(3);
    expect(parse('前天在会所整了个洽谈会，来了十家企业，当场签了俩').signedProjects).toBe(2);
    expect(parse('昨日喺曼谷搞咗場推介會，嚟咗二十間企業，現場簽咗椰子加工同埋榴槤冷鏈兩個項目。').signedProjects).toBe(2);
    expect(parse('昨日在曼谷搞了场推介会，来了二十家企业，现场签约「椰子加工」一个项目。').signedProjects).toBe(1);
    expect(parse('今天跟花卉協會搞了個對接會，來了九家，有三家當場就簽了').signedProjects).toBe(3);
    expect(parse('今天跟花卉协会搞了个对接会，来了九家，有三家当场就签了').signedProjects).toBe(3);
    expect(parse('Our roadshow in Penang yesterday — 来了 20 家 companies，signed 3 MOUs on site.').signedProjects).toBe(3);
    expect(parse('今天的對接會來了15家，簽約原來報5個，有一家撤了，最後簽了4個。').signedProjects).toBe(4);
    expect(parse('今天的对接会来了15家，签约原来报5个，有一家撤了，最后签了4个。').signedProjects).toBe(4);
    // 來了十家企業當場簽了3個: the enterprises who came are not those who signed.
    expect(parse('昨天的推介會來了四十家企業當場簽了五個項目').signedProjects).toBe(5);
  });

  it('reads nothing signed said with an object or before what comes next', () => {
    expect(parse('昨天帶了八家企業去看物流園，莫得簽啥子，就是先看看。').signedProjects).toBe(0);
    expect(parse('昨天带了八家企业去看物流园，莫得签啥子，就是先看看。').signedProjects).toBe(0);
    expect(parse('昨日陪十家企業去兜了一圈，不過還沒簽啥物事').signedProjects).toBe(0);
    expect(parse('前天開了個對接會，來了九家企業，當場倒是沒簽啥，有兩家說回去報方案').signedProjects).toBe(0);
    expect(parse('前天开了个对接会，来了九家企业，当场倒是没签啥，有两家说回去报方案').signedProjects).toBe(0);
    expect(parse('上週帶考察團參觀了保稅區，一共七家企業，沒有簽約就看看').signedProjects).toBe(0);
    expect(parse('上周带考察团参观了保税区，一共七家企业，还没签约说回去再研究').signedProjects).toBe(0);
    expect(parse('A delegation 昨天來高新區 site visit，一共 6 家 companies，還沒 sign 任何東西。').signedProjects).toBe(0);
  });
});

describe('round 13: the type of an activity', () => {
  it('reads a 座談 about deals as negotiation: signing told (even none), a group brought to talk, talks of a deal, named for cooperation', () => {
    expect(parse('昨天在商會開了個座談會，來了十五家企業，現場沒有簽約。').eventType).toBe('negotiation');
    expect(parse('昨天在商会开了个座谈会，来了十五家企业，现场没有签约。').eventType).toBe('negotiation');
    expect(parse('昨天商會組織8家食品企業到綜保區座談。').eventType).toBe('negotiation');
    expect(parse('昨天商会组织8家食品企业到综保区座谈。').eventType).toBe('negotiation');
    expect(parse('前天開了個座談會，來了九家企業，跟園區領導對接了配套的事。').eventType).toBe('negotiation');
    expect(parse('下週二召開中泰橡膠合作座談會，邀請企業15家。').eventType).toBe('negotiation');
    expect(parse('下周二召开中泰橡胶合作座谈会，邀请企业15家。').eventType).toBe('negotiation');
    // A 座談會 that tells nothing of deals stays the chamber's own talk. Round 28's label convention: any 座談 held is talks.
    expect(parse('昨天在商會開了個座談會，來了十五家企業。').eventType).toBe('negotiation');
    expect(parse('下週二召開返鄉投資座談會，邀請企業15家。').eventType).toBe('negotiation');
  });

  it('takes the activity a correction names over the one it denies', () => {
    expect(parse('昨天那個不是推介會，寫錯了，是去臨港考察，一共帶了9家企業。').eventType).toBe('visit');
    expect(parse('昨天那个不是推介会，写错了，是去临港考察，一共带了9家企业。').eventType).toBe('visit');
    expect(parse('說錯了，昨天那場不是推介會，是項目對接會，來了12家企業，報表裡別寫成推介會了').eventType).toBe('negotiation');
  });

  it('reads 耍了一圈 as a visit, a meeting 開了 as an event, an investment forum as a promotion, and 沒簽什麼 as no question', () => {
    expect(parse('昨天重慶那邊的老闆來我們這兒耍了一圈，一共六家企業，莫得簽啥子。')).toMatchObject({ kind: 'event', eventType: 'visit' });
    expect(parse('昨天重庆那边的老板来我们这儿耍了一圈，一共六家企业，莫得签啥子。')).toMatchObject({ kind: 'event', eventType: 'visit' });
    expect(parse('今天上午商會開了一個年終總結會，來了三十家會員企業')).toMatchObject({ kind: 'event', eventType: 'other' });
    expect(parse('今天上午商会开了一个年终总结会，来了三十家会员企业')).toMatchObject({ kind: 'event', eventType: 'other' });
    expect(parse('12/2 在 Kuala Lumpur 辦的 Green Energy Investment Forum，有 40 家 firms 出席。').eventType).toBe('promotion');
    expect(parse('我們週二帶著幾個老闆去看了那個化工基地 一共五家企業 就是考察一下 沒簽什麼')).toMatchObject({ kind: 'event', signedProjects: 0 });
    expect(parse('我们周二带着几个老板去看了那个化工基地 一共五家企业 就是考察一下 没签什么').kind).toBe('event');
  });
});

describe('round 13: dates put right, and a bulletin dated in its heading', () => {
  it('takes the date a correction gives, wherever it is said', () => {
    // 2026-11-29 is a Sunday.
    expect(parse('昨天說的對接會日期寫錯了，不是11月25號，是11月26號，來了20家企業。').date).toBe('2026-11-26');
    expect(parse('昨天说的对接会日期写错了，不是11月25号，是11月26号，来了20家企业。').date).toBe('2026-11-26');
    expect(parse('昨天發的那條推介會信息有誤，活動日期不是11月25日，是11月24日，到會企業30家。').date).toBe('2026-11-24');
    expect(parse('今天上午在會展中心辦了推介會，來了30家企業。剛才說錯了，是昨天上午辦的，不是今天。').date).toBe('2026-11-28');
    expect(parse('今天上午在会展中心办了推介会，来了30家企业。刚才说错了，是昨天上午办的，不是今天。').date).toBe('2026-11-28');
    expect(parse('我剛說昨天去的考察，記錯了，是前天，一共帶了8家企業。').date).toBe('2026-11-27');
    expect(parse('昨天的推介會——哦不對，是前天——在會展中心辦的，到了40家企業。').date).toBe('2026-11-27');
    expect(parse('荷蘭商會考察團12月3日來訪，參觀生物醫藥園。\n更正：來訪時間改到12月5日。').date).toBe('2026-12-05');
    expect(parse('他們後天 不是 大後天 來我們這邊開推介會 帶二十家企業').date).toBe('2026-12-02');
    expect(parse('他们后天 不是 大后天 来我们这边开推介会 带二十家企业').date).toBe('2026-12-02');
    // 是X，不是Y asserts X.
    expect(parse('更正：洽談會的時間是11月26日，不是11月27日，參會企業20家。').date).toBe('2026-11-26');
  });

  it('ends on a message that owns several slips (a correction pasted twice), taking the last date given', () => {
    const once = '昨天在市民中心開了推介會，邀請企業20家。剛才說錯了，是前天開的。';
    expect(parse(`${once}\n${once}`).date).toBe('2026-11-27');
    expect(parse('昨天推介会，更正：改到12月2日。更正：改到12月3日。').date).toBe('2026-12-03');
    const place = '印尼商會：昨天的洽談會地點寫錯了，不是雅加達，是萬隆。參會企業有印華礦業、千島食品。';
    expect(parse(`${place}\n${place}`).location).toBe('萬隆');
  });

  it("reads a bulletin's issue date in a heading, a range or after the date, and a deadline set, as not the day told", () => {
    expect(parse('【市政府網 2026-11-28】記者獲悉，11月25日，福建商會在福州舉辦推介會，邀請企業40家。').date).toBe('2026-11-25');
    expect(parse('【市政府网 2026-11-28】记者获悉，11月25日，福建商会在福州举办推介会，邀请企业40家。').date).toBe('2026-11-25');
    expect(parse('【商會週報】第12期 2026.11.23-11.29\n▲ 招商：本週組織企業回鄉考察，考察團由9家企業組成，於11月26日考察了臨港新區。').date).toBe('2026-11-26');
    expect(parse('轉：【商會動態】2026年11月28日\n昨日，江西商會在南昌舉辦推介會，邀請企業30家。').date).toBe('2026-11-27');
    expect(parse('投促中心 11月27日通知\n（一）12月3日，泰國商會在會展中心舉辦推介會，擬邀請企業40家；').date).toBe('2026-12-03');
    expect(parse('通報：\n1. 各商會請於12月10日前報送年度數據。\n2. 遼寧商會組織的企業考察活動於11月26日舉行，共邀請企業20家。').date).toBe('2026-11-26');
    expect(parse('通报：\n1. 各商会请于12月10日前报送年度数据。\n2. 辽宁商会组织的企业考察活动于11月26日举行，共邀请企业20家。').date).toBe('2026-11-26');
  });

  it('dates an event told from "this morning" today', () => {
    expect(parse('This morning 在商會 office 開了個 B2B matchmaking session，8 家 companies，簽了 1 個。').date).toBe(today);
    expect(parse('This morning 带了 5 家 companies 参观了我们的 logistics park。').date).toBe(today);
  });
});
