import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

// Round 8: stage, kind, figures, corrections, contacts, phones and bulletins.
// Every sentence here is made up; none is copied from a development set.
const today = '2026-11-29'; // a Sunday
const parse = (text: string) => parseReport(text, { today });

describe('stage', () => {
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

describe('kind', () => {
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
