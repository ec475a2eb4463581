import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 15 (kind, stage, event type, dates and counts). Every sentence here is made up; none is copied from a
// development set.
const today = '2026-11-29';
const parse = (text: string) => parseReport(text, { today });
const stageOf = (text: string) => parse(text).stage;

describe('round 15: stage', () => {
  it('reads building under way, the site levelled and the licence got as a landing', () => {
    for (const text of [
      '閩江食品的罐頭廠投資1.2億，廠房已經在建了，明年三月投產。',
      '闽江食品的罐头厂投资1.2亿，厂房正在建，明年三月投产。',
      '蘇州恒達的倉儲項目投資8000萬，已經開始平整土地了。',
      '苏州恒达的仓储项目投资8000万，场地平整已完成。',
      '寧波海晟的電子項目投資2億，上週拿的證。',
      '宁波海晟的电子项目投资2亿，营业执照已经领到了，证也拿到了。',
    ])
      expect(stageOf(text), text).toBe('landed');
    // keeps: a plan to build, 在建設 (building something else), 在建議 are no landing.
    expect(stageOf('海晟電子投資2億，正在建設招商對接平台，還在談。')).toBe('negotiating');
    expect(stageOf('海晟电子投资2亿，我们在建议他们先考察，还在谈。')).toBe('negotiating');
  });

  it('reads 頭產 as 投產 only where no word ends in 頭 (鏡頭產線, 龍頭產業 stay)', () => {
    expect(stageOf('永明光學投資3億建鏡頭產線，目前已簽約。')).toBe('signed');
    expect(stageOf('永明光学投资3亿建龙头产业园，目前已签约。')).toBe('signed');
    expect(stageOf('永明光學投資3億的廠已經頭產了。')).toBe('landed');
  });

  it('reads Hakka 吂 (not yet) and pinyin slips 洽淡, 注側', () => {
    expect(stageOf('梅江農業投資8000萬，同鎮政府還吂簽約，不過已經談了兩輪。')).toBe('negotiating');
    expect(stageOf('邢台鑫源钢构投资3亿，正在洽淡。')).toBe('negotiating');
    expect(stageOf('蚌埠华光玻璃投资2亿，目前已经注侧了。')).toBe('landed');
  });

  it('reads 簽好 with its object as a signing', () => {
    expect(stageOf('瓯江电器投资一个亿，上礼拜刚刚签好合同。')).toBe('signed');
    expect(stageOf('甌江電器投資一個億，協議昨天簽好了。')).toBe('signed');
    // keeps: a signing still to come.
    expect(stageOf('甌江電器投資一個億，準備下個月簽好合同。')).toBe('negotiating');
  });

  it('reads talks by how long they went on, talks to go on, and talks had with someone', () => {
    for (const text of [
      '武昌重工投資3億，昨天跟我們談了一上午，下週接著談。',
      '武昌重工投资3亿，昨天跟我们聊了一整天。',
      '武昌重工投資3億，下個禮拜繼續談。',
      '武昌重工投资3亿，还要再谈一轮。',
      '前天跟江北的瑞豐機械談了，項目投資2億。',
    ])
      expect(stageOf(text), text).toBe('negotiating');
    // keeps: a talk of a moment is no talks.
    expect(stageOf('武昌重工投資3億，想下個月來看看。')).toBe('lead');
    // keeps: only an intention said, the talks to go on later: still a lead.
    expect(stageOf('雙城米業想在這邊建加工廠，投資三個億。現在就是個意向，還沒往深了唠，下禮拜總部來人再接著唠。')).toBe('lead');
  });

  it('reads a stage said to deny it as denied (在談，不是已簽; 不是「已簽約」)', () => {
    expect(stageOf('贛鋒新能源項目投資12億，在談，不是已簽。')).toBe('negotiating');
    expect(stageOf('赣锋新能源项目投资12亿，还在谈，不是已经签约了。')).toBe('negotiating');
  });

  it('reads a signing of intent only as talks (其實簽的只是意向書)', () => {
    for (const text of [
      '剛才說永興塑業已經簽約了，其實簽的只是意向書，正式合同還沒簽，投資4億。',
      '刚才说永兴塑业已经签约了，其实签的只是意向书，正式合同还没签，投资4亿。',
      '永興塑業投資4億，已經簽約了，不過簽的只是意向協議，正式合同下個月簽。',
    ])
      expect(stageOf(text), text).toBe('negotiating');
    // keeps: an intention agreement signed, with nothing said to take it down, is a signing (round 14).
    expect(stageOf('永興塑業投資4億，已簽投資意向協議。')).toBe('signed');
    expect(stageOf('有人說永興塑業已經開工了，其實沒有，只是簽了框架協議，投資4億。')).toBe('signed');
  });

  it('keeps what was said before a slip owned wrong (寫成已投產是錯的), and the word given right (是簽約)', () => {
    expect(stageOf('更正：通達物流的冷庫項目只是簽了投資協議，還沒開工，我早上寫成已投產是錯的。投資1.5億。')).toBe('signed');
    expect(stageOf('更正：通达物流的冷库项目只是签了投资协议，还没开工，我早上写成已投产是错的。投资1.5亿。')).toBe('signed');
    expect(stageOf('那个我们会员的医院项目今天已经前越了啊是签约啊语音打错了投资是两个亿')).toBe('signed');
    // keeps: the same stage said again to take it back.
    expect(stageOf('蜀香食品工廠已簽約，投資6000萬。\n更正一下，剛才說簽約了不對，目前只是意向，還沒簽。')).toBe('lead');
  });

  it('reads a wish (想來考察, 想對接的可以找) as still to come', () => {
    expect(stageOf('華億鞋業的林總想來我們這邊考察，計劃投資2億，現在有意向。')).toBe('lead');
    expect(stageOf('华亿鞋业打算投资3000万，还在考虑，想对接的可以找他们办公室的小方。')).toBe('lead');
    // keeps: 沒想到 is no wish.
    expect(stageOf('沒想到華億鞋業已經簽約了，投資2億。')).toBe('signed');
  });

  it('reads an evaluation, an early stage or a first contact named outright as a lead', () => {
    for (const text of [
      '台中宏碩精密有在跟我們接洽，想在高新區設廠，預算新台幣20億，目前還在評估階段。',
      '台中宏硕精密有在跟我们接洽，想在高新区设厂，预算新台币20亿，目前还在评估阶段。',
      'Baoshan Steel 那边 site visit 做完了，想落一个项目，约 RMB 800 million，目前 early stage。',
      'Hubei chamber: contract 还没 signed，只是 initial contact，budget RMB 50m，Jingchu Foods 想做冷链。',
      'Pacific Cold Chain 仲 evaluate 緊保稅區嘅項目，budget 人民幣2億，not yet signed。',
      '青島海潤食品有限公司，營收3億，目前只是來考察了一下營商環境，暫無具體項目。',
    ])
      expect(stageOf(text), text).toBe('lead');
    // keeps: talks held beside an evaluation are talks.
    expect(stageOf('宏碩精密投資20億，正在洽談，對方還在評估土地價格。')).toBe('negotiating');
  });

  it('reads another deal told by its sum (在贛州簽了一個8億的…) apart from the lead the report turns to', () => {
    for (const text of [
      '我們的會員豐源鞋業上個月在贛州簽了一個8億的產業園，跟我們沒關係。跟我們有關的是，他們想在我們這邊建倉庫，投資6000萬，現在在跟鎮裡談。',
      '重庆的渝安配件在两江新区刚签了个15亿的项目。对我市的意向是建一个分拨仓，投资3000万，还在谈。',
      '康泰家居上個月剛在蘇州簽了10億的項目，這次來我們這邊考察後，想投資2億建展銷中心，目前正在磋商。',
    ])
      expect(stageOf(text), text).toBe('negotiating');
    // keeps: the lead's own signing told by its sum.
    expect(stageOf('康泰家居上個月跟我們簽了個2億的項目。')).toBe('signed');
    // keeps: the company's takings last year are no other project.
    expect(stageOf('德興新能的項目已經在建了，總投資5億。德興母公司去年營收50億，這次算是他們最大的一筆投資。')).toBe('landed');
  });

  it('reads the one lead item of a bulletin marked ◎ or ①, or told as an intention with its company in quotes', () => {
    const signed = [
      '【轉發】某商會十一月小結',
      '◎ 開展主題學習2次；',
      '◎ 走訪會員企業6家；',
      '◎ 招商：綿陽長虹智造有限公司擬投資3億元建設基地，11月18日已簽訂投資協議；',
      '◎ 協助會員解決用工問題。',
    ].join('\n');
    expect([parse(signed).kind, parse(signed).stage]).toEqual(['lead', 'signed']);
    const intent = [
      '【某商会本周小结】',
      '①走访会员企业4家；',
      '②筹备元旦茶话会；',
      '③接待某协会来访。其间，“童乐玩具”负责人表示有意在我市设立生产基地，初步规划投资1亿元，目前处于意向阶段。',
      '④请大家保重身体。',
    ].join('\n');
    expect([parse(intent).kind, parse(intent).stage]).toEqual(['lead', 'lead']);
    // keeps: an activity titled in quotes with signings counted is the event.
    const event = [
      '轉發：商會週報',
      '1、會員大會籌備中。',
      '2、12月2日，商會舉辦「隴原行」招商推介會，邀請企業30家參會，現場簽約項目4個，意向投資總額12億元。',
      '3、會費收繳已完成80%。',
    ].join('\n');
    expect(parse(event).kind).toBe('event');
  });
});
