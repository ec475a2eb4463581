import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

// Round 17 (stage and kind). Every sentence here is made up; none is copied from a development set.
const today = '2026-12-05';
const parse = (text: string) => parseReport(text, { today });
const stage = (text: string) => parse(text).stage;

describe('round 17: a signing told with a dialect completion after 簽', () => {
  it('reads Wu 簽爻, Hakka 簽哩約 and 簽撇, Mandarin 簽掉 as signed', () => {
    expect(stage('溫州商會：昨日瑞安個汽配廠同開發區簽爻了，投資一億二。')).toBe('signed');
    expect(stage('该日下昼伊拉搭高新区签爻合同，投资三个亿')).toBe('signed');
    expect(stage('佢兜個食品廠前晡日同工業園簽哩約，投資八千萬。')).toBe('signed');
    expect(stage('嘉應電子今晡日同經開區簽撇合同咧，投資兩億')).toBe('signed');
    expect(stage('渝州机电上礼拜跟园区把协议签掉了，投资一亿五')).toBe('signed');
    expect(stage('那个做阀门的永嘉泵业昨天跟园区把合同签掉了投资三个亿')).toBe('signed');
  });

  it('keeps a signing to come or denied in talks', () => {
    expect(stage('下個禮拜準備同園區簽撇合同，投資兩億')).toBe('negotiating');
    expect(stage('渝州机电准备下个月把合同签掉，投资一亿五')).toBe('negotiating');
    expect(stage('哩個項目投資兩億，還在談')).toBe('negotiating');
  });
});

describe('round 17: a signing split by 的 (簽的約)', () => {
  it('reads 在…簽的約 as signed', () => {
    expect(stage('宁波华泰模塑上周五在临港新区签的约，投资2亿')).toBe('signed');
    expect(stage('寧波華泰模塑，前天喺經開區簽嘅約，投資3億')).toBe('signed');
    expect(stage('那个项目上个礼拜在管委会签的约 投资两个亿')).toBe('signed');
    expect(stage('華泰模塑投資3.75億，其他不變，昨天在經開區簽的約。')).toBe('signed');
  });

  it('does not read a signing still to come', () => {
    expect(stage('宁波华泰模塑投资2亿，下周要在临港新区签的约还没定时间')).toBe('negotiating');
  });
});

describe('round 17: English stage words', () => {
  it('reads ground breaking with a space as landed', () => {
    expect(stage('BrightPath Logistics 已经 ground breaking 了，cold chain hub，investment 3亿')).toBe('landed');
    expect(stage('Harbor Foods 嘅 plant 已經 ground breaking 咗，投資2億')).toBe('landed');
    expect(stage('Harbor Foods 的 plant 下个月 ground breaking，投资2亿')).not.toBe('landed');
  });

  it('reads discuss under way as talks', () => {
    expect(stage('HexaCore Data 数据中心，capex 1.2 billion RMB，还在 discuss 电价和地价')).toBe('negotiating');
    expect(stage('HexaCore Data 數據中心，投資12億，仲喺度 discuss 緊 land price')).toBe('negotiating');
    expect(stage('HexaCore Data 数据中心，投资12亿，正在 discuss 供电方案')).toBe('negotiating');
    expect(stage('HexaCore Data 数据中心，投资12亿，下周 will discuss 供电方案')).not.toBe('negotiating');
  });
});

describe('round 17: 還再談, voice input of 還在談', () => {
  it('reads 還再談 and 正再談 as talks', () => {
    expect(stage('宁波的海力五金还再谈，五千万，地还没看好')).toBe('negotiating');
    expect(stage('海力五金 投資五千萬 還再談')).toBe('negotiating');
    expect(stage('海力五金那个项目投资五千万现在正再谈')).toBe('negotiating');
    expect(stage('海力五金投資五千萬，目前仍再談。')).toBe('negotiating');
  });
});

describe('round 17: a question answered under 答：', () => {
  it('reports the answer', () => {
    const r = parse('問：那個宏遠閥門到底投多少？\n答：之前說兩個億，現在定的是2.8億，已經簽了投資協議，在經開區。');
    expect(r.kind).toBe('lead');
    expect(r.stage).toBe('signed');
    expect(parse('问：宏远阀门到底签没签？\n答：签了，投资2.8亿').stage).toBe('signed');
    expect(parse('Q：宏遠閥門究竟投幾多？\nA：2.8億，仲喺度傾緊').stage).toBe('negotiating');
    expect(parse('问：宏远阀门到底投了多少？\n回复：3亿，昨天开工了').stage).toBe('landed');
  });

  it('keeps a question with no answer a question', () => {
    expect(parse('問：那個宏遠閥門到底投多少？').kind).toBeNull();
  });
});

describe('round 17: an A-not-A answered after a dash', () => {
  it('reports the answer after —— or ：', () => {
    const r = parse('@张秘书长 您问的河池那个回收项目是不是不谈了——还在谈！没放弃。投资1.1亿');
    expect(r.kind).toBe('lead');
    expect(r.stage).toBe('negotiating');
    expect(parse('你問嗰個回收項目係唔係唔傾了——仲喺度傾！投資1.1億').stage).toBe('negotiating');
    expect(parse('有人问金桂再生那个项目是不是签了：已经签了，投资1.1亿').stage).toBe('signed');
    expect(parse('金桂再生那个项目到底还谈不谈——还在谈 投资一个亿').stage).toBe('negotiating');
  });

  it('keeps an A-not-A with no answer after it a question', () => {
    expect(parse('您问的河池那个回收项目是不是不谈了？').kind).toBeNull();
    expect(parse('河池那个回收项目投资1.1亿，是不是不谈了').kind).toBeNull();
  });
});

describe('round 17: a paper of intent signed, the agreement itself still talked over', () => {
  it('reads talks', () => {
    expect(stage('更正：紫砂文旅小镇项目不是“已签约”，是“已签意向书”，正式协议还在磋商中，投资估算12亿。')).toBe('negotiating');
    expect(stage('紫砂文旅小鎮已簽意向協議，正式合同仲喺度傾緊，投資12億')).toBe('negotiating');
    expect(stage('紫砂文旅小镇签了MOU，正式协议还在谈，投资12亿')).toBe('negotiating');
    expect(stage('紫砂文旅小镇 投资12亿 签了意向书了 正式合同还在谈判')).toBe('negotiating');
  });

  it('keeps a paper of intent signed, with nothing said of talks, signed', () => {
    expect(stage('紫砂文旅小镇投资12亿，已签意向书。')).toBe('signed');
    expect(stage('紫砂文旅小鎮投資12億，已簽意向協議，正式合同還在起草。')).toBe('signed');
    expect(stage('紫砂文旅小镇已签约，投资12亿，配套政策还在谈')).toBe('signed');
  });
});

describe('round 17: a slip owned without 了, 其實還未', () => {
  it('takes back the signing', () => {
    expect(stage('頭先話創科機器人已經簽咗，係我搞錯，其實仲未簽，仲喺度傾緊。投資4億')).toBe('negotiating');
    expect(stage('刚才说创科机器人已经签了，是我搞错，其实还未签，还在谈，投资4亿')).toBe('negotiating');
    expect(stage('刚才说创科机器人已经签了 是我记错 还在谈 投资4亿')).toBe('negotiating');
    expect(stage('創科機器人投資4億，已簽約。其實還未簽，仍在洽談')).toBe('negotiating');
  });

  it('keeps a signing not taken back', () => {
    expect(stage('創科機器人已經簽咗，投資4億，唔好搞錯')).toBe('signed');
  });
});

describe('round 17: a visit planned for a time (擬於本月下旬來…考察)', () => {
  it('is no talks under way', () => {
    expect(stage('鮮廚食品有投資意向，擬於本月下旬來我市實地考察，投資1.5億')).toBe('lead');
    expect(stage('鲜厨食品投资1.5亿，计划于下月中旬组团来我市实地考察')).toBe('lead');
    expect(stage('鲜厨食品投资1.5亿，定于12月下旬来经开区考察')).toBe('lead');
    expect(stage('鮮廚食品投資1.5億，預計於年底前來園區考察')).toBe('lead');
  });

  it('keeps a visit made', () => {
    expect(stage('鲜厨食品投资1.5亿，本月上旬已来我市实地考察')).toBe('negotiating');
  });
});

describe('round 17: still only in contact (還在接觸)', () => {
  it('is a lead even after earlier contacts', () => {
    expect(stage('有個線索 常州綠能環保 想做固廢處理 就是還在接觸 之前對接過兩次 投資兩個億')).toBe('lead');
    expect(stage('常州绿能环保想做固废处理项目，投资2亿，对接过一次，目前仍在接触')).toBe('lead');
    expect(stage('常州綠能環保投資兩億，仲喺度接觸緊，之前對接過')).toBe('lead');
    expect(stage('常州绿能环保 投资两个亿 对接过 现在还处于接触阶段')).toBe('lead');
  });

  it('keeps talks said in words of talking', () => {
    expect(stage('常州绿能环保投资2亿，还在接触，价格已经谈了两轮')).toBe('negotiating');
  });
});

describe('round 17: a notice of a company in talks with the zone (與…正就…洽談)', () => {
  it('is a lead in talks', () => {
    const r = parse(
      '＞＞轉發自商會理事群\n各位理事：\n現將近期重點項目情況通報如下：\n杭州智途科技有限公司擬在我市高新區建設測試基地，總投資12億元。目前企業與高新區管委會正就土地、配套政策進行深入洽談。\n浙江商會秘書處\n12月4日',
    );
    expect(r.kind).toBe('lead');
    expect(r.stage).toBe('negotiating');
    const s = parse('转发：\n智途科技拟在高新区投资12亿元建测试基地，企业与管委会正就用地进行洽谈。\n秘书处 12月4日');
    expect(s.kind).toBe('lead');
    expect(s.stage).toBe('negotiating');
  });
});

describe('round 17: a report on one project in sections, its stage under a progress heading', () => {
  it('reads the stage under 目前進展 / 進展情況', () => {
    const text =
      '转发消息\n主题：关于蓉城云谷数据有限公司项目的情况汇报\n一、项目基本情况\n项目名称：算力中心\n投资主体：蓉城云谷数据有限公司\n计划投资：约25亿元\n二、目前进展\n双方已开展三轮磋商，目前仍处于谈判阶段。\n三、下一步工作\n拟于12月中旬再次组织会谈。';
    expect(parse(text).stage).toBe('negotiating');
    const hant =
      '轉發消息\n主題：關於蓉城雲谷數據有限公司項目的情況匯報\n一、項目基本情況\n投資主體：蓉城雲谷數據有限公司\n計劃投資：約25億元\n二、進展情況\n上週已同經開區簽訂投資協議。\n三、下一步工作\n擬於12月中旬再次組織會談。';
    expect(parse(hant).stage).toBe('signed');
  });
});

describe('round 17: a table under a title, its column names on the row below', () => {
  it('splits the rows, each with its stage', () => {
    const text =
      '📋 商會招商台賬\n序號｜企業｜項目｜金額｜進度\n1｜深圳市明輝光電有限公司｜LED封裝｜5億｜洽談\n2｜東莞市順通物流有限公司｜物流園｜2億｜簽約\n3｜汕頭市星河玩具有限公司｜玩具產業園｜8000萬｜意向';
    const items = splitReports(text, { today });
    expect(items).toHaveLength(3);
    expect(items.map((item) => parse(item).stage)).toEqual(['negotiating', 'signed', 'lead']);
    const hans = '商会招商台账（节选）\n序号|企业|项目|金额|进度\n1|深圳市明辉光电有限公司|LED封装|5亿|已开工\n2|东莞市顺通物流有限公司|物流园|2亿|在谈';
    expect(splitReports(hans, { today }).map((item) => parse(item).stage)).toEqual(['landed', 'negotiating']);
  });
});

describe('round 17: the company’s other project, then a clause turning to this one', () => {
  it('is one report with this project’s stage', () => {
    const hk = splitReports('上個月報嘅廣聯物流，去年佢哋喺欽州投咗10億做倉儲；今年嚟我哋呢度嘅項目係配送中心，投資2.8億，前日已經動工。', { today });
    expect(hk).toHaveLength(1);
    expect(parse(hk[0]).stage).toBe('landed');
    const cn = splitReports('广联物流去年在钦州投了10亿做仓储；今年来我们这边的项目是配送中心，投资2.8亿，已经签约。', { today });
    expect(cn).toHaveLength(1);
    expect(parse(cn[0]).stage).toBe('signed');
  });

  it('still splits two companies', () => {
    expect(splitReports('成都川大智能 在談 投資2億；重慶山城物流 已開工 投資3億', { today })).toHaveLength(2);
  });
});

describe('round 17: a bulletin listing the chamber’s business, the lead in a later bulleted section', () => {
  it('reports the lead', () => {
    const text =
      '潮汕商會 工作周報\n\n■ 會務動態\n1. 11月30日召開理事會，審議明年工作計劃。\n2. 12月2日，會長帶隊走訪會員企業3家。\n\n■ 招商進展\n12月4日，汕頭市海濱紡織有限公司與經開區正式簽訂投資協議，總投資3.2億元。\n\n■ 其他\n會費收繳已完成90%。';
    const items = splitReports(text, { today });
    expect(items).toHaveLength(1);
    expect(parse(items[0]).kind).toBe('lead');
    expect(parse(items[0]).stage).toBe('signed');
  });
});
