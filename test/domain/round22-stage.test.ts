import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

/** Round 22 (sets BR-BW): stage, kind, event type and date. Made-up sentences, in both scripts, and near-misses. */
const today = '2026-12-06';
const parse = (text: string) => parseReport(text, { today });
const stage = (text: string) => parse(text).stage;

describe('round 22: talks still going on', () => {
  it.each([
    ['宏达机械那个项目投资两个亿，价钱还要再谈。'],
    ['宏達機械那個項目投資兩個億，條件還得再談。'],
    ['金盛食品想在石首建厂，投资五千万，还在 talk 中。'],
    ['金盛食品想在石首建廠，投資五千萬，還在 talking。'],
    ['華晟光電那個三億的項目還嘞談，地要八十畝。'],
    ['那个文旅项目还在磨价钱，投资三个亿。'],
    ['那個文旅項目還麼簽咧，還在磨價格，投資三個億。'],
  ])('%s → negotiating', (text) => {
    expect(stage(text)).toBe('negotiating');
  });
});

describe('round 22: a signing still to come keeps the lead in talks', () => {
  it.each([
    ['恒通物流的张总说了，合同后儿个签，总投资两个亿。'],
    ['恆通物流的張總說了，合同後兒個簽，總投資兩個億。'],
    ['海源水产的项目投资八千万，等董事会批了就签。'],
    ['海源水產的項目投資八千萬，等 board approve 就簽。'],
    ['鼎盛科技那个项目投资三亿，现在正在走签约流程。'],
    ['鼎盛科技那個項目投資三億，目前正在走簽約流程。'],
  ])('%s → negotiating', (text) => {
    expect(stage(text)).toBe('negotiating');
  });
});

describe('round 22: a paper of intent signed, the contract itself not yet', () => {
  it.each([
    ['纠正一下：远航木业的项目不是签约了，只是签了个合作备忘录，投资两千万美元。'],
    ['糾正一下：遠航木業的項目不是簽約了，只是簽了個合作備忘錄，投資兩千萬美元。'],
    ['嘉禾資本今日同松北區 MOU 簽咗，但正式合同仲未簽，預計投資五億。'],
    ['嘉禾资本今天和松北区签了备忘录，正式合同还没签，预计投资五亿。'],
  ])('%s → negotiating', (text) => {
    expect(stage(text)).toBe('negotiating');
  });

  it.each([
    // the contract itself signed
    ['嘉禾资本今天和松北区签了正式合同，预计投资五亿。'],
  ])('%s stays signed', (text) => {
    expect(stage(text)).toBe('signed');
  });
});

describe('round 22: signed, however said', () => {
  it.each([
    ['鑫垦农机那事儿妥了，今儿个头晌在呼兰区签的，总投资三亿五。'],
    ['鑫墾農機那事兒妥了，昨天下午在呼蘭區簽的，總投資三億五。'],
    ['中鼎建材的项目投资两个亿，在临朐已经拿了地了，八十六亩。'],
    ['中鼎建材的項目投資兩個億，已經拿了地，八十六畝。'],
  ])('%s → signed', (text) => {
    expect(stage(text)).toBe('signed');
  });

  it.each([
    // a signing place planned, not signed there
    ['鑫垦农机的项目总投资三亿五，准备下个月在呼兰区签的合同还没定稿。'],
  ])('%s is not signed', (text) => {
    expect(stage(text)).not.toBe('signed');
  });
});

describe('round 22: landed, however said', () => {
  it.each([
    ['做枸杞的柴达木红果要来介休办厂，投八百万，公司已经注册下了。'],
    ['林先生在福清元洪投資區新註冊了一家公司，做橄欖油分裝，投資800萬歐元。'],
    ['意大利面食工厂投资600万欧元，厂房已经开始建了。'],
    ['GreenCore 的 solar 项目在左权县已经 kick off 了，总投资 RMB 450 million。'],
  ])('%s → landed', (text) => {
    expect(stage(text)).toBe('landed');
  });

  it.each([
    // a registration planned, a registered capital
    ['林先生想在福清注册一家公司，投资800万欧元。'],
    ['恒远科技注册资本1亿元，想在荆州投资两个亿。'],
  ])('%s is not landed', (text) => {
    expect(stage(text)).not.toBe('landed');
  });
});

describe('round 22: a lead, whatever talk is said beside it', () => {
  it.each([
    ['做鹅肉的老刘想在宾县搞个养殖加工项目，投资一个亿，俩人唠了半天，就是个意向，啥也没定呢。'],
    ['做鵝肉的老劉想在賓縣搞個養殖加工項目，投資一個億，倆人聊了半天，就是個意向。'],
    ['今天跟启明星智能谈了一下，他们想在相城投资四个亿，现在还是初步接触。'],
    ['今天跟啟明星智能談了一下，他們想在相城投資四個億，現在還只是初步接觸。'],
    ['我問了一下，說簽了的消息是假的，恒泰電子跟諸城根本還沒談到簽約，人家就是來看了一眼。'],
    ['我问了一下，说签了的消息是假的，恒泰电子投资两亿，人家就是来看了一眼。'],
    ['彭总在上海做医疗耗材，想回洪湖投个五六千万的厂，大家谁熟可以帮忙对接下。'],
  ])('%s → lead', (text) => {
    expect(stage(text)).toBe('lead');
  });

  it.each([
    // not only an intention: talks said and nothing taking them back
    ['今天跟启明星智能谈了一下，他们想在相城投资四个亿，不只是个意向，下周接着谈。'],
    ['那個項目投資兩億，還在洽談，對接下來的工作由劉總負責。'],
  ])('%s stays in talks', (text) => {
    expect(stage(text)).toBe('negotiating');
  });
});

describe('round 22: the day a lead report gives', () => {
  const date = (text: string) => parse(text).date;
  it.each([
    ['跟你說，瑞禾冷鏈那個項目前兒個在洪湖開工了，總投資兩億六。', '2026-12-04'],
    ['跟你说，瑞禾冷链那个项目前儿个在洪湖开工了，总投资两亿六。', '2026-12-04'],
    ['恒通物流的合同后儿个签，总投资两个亿。', '2026-12-08'],
    ['恆通物流的合同大後兒個簽，總投資兩個億。', '2026-12-09'],
    ['老细，噚日签咗啦！脐橙冷链仓储，一点二个亿。', '2026-12-05'],
    ['今天上午签了一个项目 呃 不对是昨天上午 科瑞新能源的储能项目 投资六个亿', '2026-12-05'],
    ['昨天簽了一個 不對 是前天簽的 金聖達食品 總投資一點五個億', '2026-12-04'],
    ['上次说的项目黄了。今天要报的是另一个：润峰食品投资1.2亿元，昨天已经签约。', '2026-12-05'],
  ])('%s → %s', (text, day) => {
    expect(date(text)).toBe(day);
  });

  it.each([
    // a deadline is no day anything happened
    ['提醒：12月15日前要報年度台賬！另外補一條：博睿醫藥的項目上月在濱海已經開工，總投資4億元。'],
    ['提醒：申报截止时间为12月15日。另外，昭泰新能源的光伏项目投资3个亿，目前还在谈土地。'],
    ['宜丰那个项目投资4.2亿，已经签约，按合同要求12月31日之前要完成首期出资。'],
  ])('%s has no date', (text) => {
    expect(date(text)).toBeNull();
  });

  it.each([
    // 前往 is going there, not a deadline; 目前 is now
    ['12月3日前往深圳拜访恒泰智能，洽谈投资2亿元的项目。', '2026-12-03'],
    ['那个项目目前还在谈，投资两个亿，昨天又见了一次。', '2026-12-05'],
    // 前晌 after a day word is its morning
    ['今兒前晌商會在曲江辦了個推介會，來了四十來家企業。', '2026-12-06'],
  ])('%s → %s', (text, day) => {
    expect(date(text)).toBe(day);
  });
});

describe('round 22: kind', () => {
  it.each([['商会下周六晚上年终联欢在海逸酒店，大概一百人。'], ['商會下週六晚上年終聯歡會在海逸酒店舉行，大概一百人。']])(
    '%s → an event of the chamber',
    (text) => {
      const report = parse(text);
      expect(report.kind).toBe('event');
      expect(report.eventType).toBe('other');
    },
  );

  it.each([
    // a party's clothes, with no venue and no day: nothing to report
    ['联欢晚会的节目单发一下'],
  ])('%s is no event', (text) => {
    expect(parse(text).kind).toBeNull();
  });

  it.each([
    // an investor taken to see land, with a sum: a lead, however 看了地 is said
    ['昨日我陪湘润农业的刘总去监利看咯地，八十来亩，投资一点五个亿，价钱还在谈。'],
    ['昨日我陪湘潤農業的劉總去監利看咯地，八十來畝，投資一點五個億，價錢還在談噠。'],
  ])('%s → a lead in talks', (text) => {
    const report = parse(text);
    expect(report.kind).toBe('lead');
    expect(report.stage).toBe('negotiating');
  });
});
