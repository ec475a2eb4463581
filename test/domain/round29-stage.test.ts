import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const read = (text: string) => parseReport(text, { today });
const stage = (text: string) => read(text).stage;

describe('round 29: stage', () => {
  it('reads a firm intention with the chamber in contact (對接) as the only talks as a lead', () => {
    expect(stage('泉州恒達鞋材意向在晉江投資6000萬建設鞋底生產線，正在對接。')).toBe('lead');
    expect(stage('泉州恒达鞋材意向在晋江投资6000万建设鞋底生产线，正在对接。')).toBe('lead');
    expect(stage('今天對接了廣州一家做化妝品的企業，有意在樂山投資2億建原料基地')).toBe('lead');
    expect(stage('今天对接了广州一家做化妆品的企业，有意在乐山投资2亿建原料基地')).toBe('lead');
  });

  it('keeps talks when 對接 names the parties, another word of talks is said, or no intention is', () => {
    // 與…對接: the firm and the zone in touch
    expect(stage('深圳柏瑞鞋業有意回晉江投資2.5億，目前正在與晉江經開區對接。')).toBe('negotiating');
    expect(stage('深圳柏瑞鞋业有意回晋江投资2.5亿，目前正在与晋江经开区对接。')).toBe('negotiating');
    // 在談 beside 對接
    expect(stage('唐山三友化工意向投資4000萬，已經對接，在談')).toBe('negotiating');
    expect(stage('唐山三友化工意向投资4000万，已经对接，在谈')).toBe('negotiating');
    // a plan, not an intention: the convention of round 27 (在對接 alone is talks)
    expect(stage('杭州新禾農業擬在我市投資1.1億元建智慧農業示範園，目前在對接。')).toBe('negotiating');
    expect(stage('杭州新禾农业拟在我市投资1.1亿元建智慧农业示范园，目前在对接。')).toBe('negotiating');
    // 意向地點 names a place, not an intention
    expect(stage('企業名稱：寧波海天模塑⏎意向地點：蕭縣⏎投資規模：1.3億元⏎備註：已對接兩次，待回復'.replace(/⏎/g, '\n'))).toBe('negotiating');
  });

  it('reads a signing rumour taken back, with only an intention or a first contact said instead, as a lead', () => {
    expect(stage('群裡說港聯紡織已經在南沙簽了，這個消息不準確，沒簽，人家只是有意向，大家別再傳了。')).toBe('lead');
    expect(stage('群里说港联纺织已经在南沙签了，这个消息不准确，没签，人家只是有意向，大家别再传了。')).toBe('lead');
    expect(stage('剛才有人說宏泰陶瓷項目簽約了，不對啊，還沒簽，只是有意向，投資額說的是2億。')).toBe('lead');
    expect(stage('刚才有人说宏泰陶瓷项目签约了，不对啊，还没签，只是有意向，投资额说的是2亿。')).toBe('lead');
    expect(stage('外面傳那個光伏項目簽了20億，假的。實際情況是：企業有意向投資，雙方才剛接觸，什麼都沒簽。')).toBe('lead');
    expect(stage('外面传那个光伏项目签了20亿，假的。实际情况是：企业有意向投资，双方才刚接触，什么都没签。')).toBe('lead');
    expect(stage('群裡傳的「某電池企業已在港區簽約30億」是假的，我們只是接觸過，大家不要再轉了。')).toBe('lead');
    expect(stage('群里传的“某电池企业已在港区签约30亿”是假的，我们只是接触过，大家不要再转了。')).toBe('lead');
  });

  it('keeps talks when the signing taken back is said to be still talked over, and a signing that is no rumour', () => {
    expect(stage('剛才有人說宏泰陶瓷項目簽約了，不對啊，還沒簽，還在談價格。')).toBe('negotiating');
    expect(stage('刚才有人说宏泰陶瓷项目签约了，不对啊，还没签，还在谈价格。')).toBe('negotiating');
    expect(stage('宏泰陶瓷項目昨天簽約了，投資2億，大家放心，不是假的。')).toBe('signed');
    expect(stage('宏泰陶瓷项目昨天签约了，投资2亿，大家放心，不是假的。')).toBe('signed');
  });
});

describe('round 29: kind', () => {
  const kindAndType = (text: string) => {
    const r = read(text);
    return [r.kind, r.eventType];
  };

  it('reads an activity to come closed by a tag asking the group to agree or to come as the event', () => {
    expect(kindAndType('下週五咱商會在紹興搞個推介會，推咱們的茶葉，已經請了三十來家企業，大家都來捧場，要得不？')).toEqual(['event', 'promotion']);
    expect(kindAndType('下周五咱商会在绍兴搞个推介会，推咱们的茶叶，已经请了三十来家企业，大家都来捧场，要得不？')).toEqual(['event', 'promotion']);
    expect(kindAndType('本月20號在無錫辦個招商推介會，準備請五十家企業，恁有認識嘞老闆都喊上，照不照？')).toEqual(['event', 'promotion']);
    expect(kindAndType('本月20号在无锡办个招商推介会，准备请五十家企业，恁有认识嘞老板都喊上，照不照？')).toEqual(['event', 'promotion']);
  });

  it('keeps a question about a lead, or asking who comes, a question', () => {
    expect(read('那個光伏項目到底簽了沒有？').kind).toBe(null);
    expect(read('那个光伏项目到底签了没有？').kind).toBe(null);
    expect(read('下週三咱們去邯鄲考察，大家去不去？').kind).toBe(null);
    expect(read('下周三咱们去邯郸考察，大家去不去？').kind).toBe(null);
  });
});

describe('round 29: event type', () => {
  const type = (text: string) => read(text).eventType;

  it('reads a policy presentation and a dinner held to bring in investment as promotion', () => {
    expect(type('11月20日在深圳舉辦自貿港政策宣講會，參會企業36家')).toBe('promotion');
    expect(type('11月20日在深圳举办自贸港政策宣讲会，参会企业36家')).toBe('promotion');
    expect(type('明晚七點商會在龍江飯店搞個招商晚宴，主要推寒地黑土大米')).toBe('promotion');
    expect(type('明晚七点商会在龙江饭店搞个招商晚宴，主要推寒地黑土大米')).toBe('promotion');
  });

  it('reads 做談會, voice input for 座談會, as talks', () => {
    expect(type('昨天下午在上海那個老鄉做談會開得蠻好，來了十八家企業')).toBe('negotiation');
    expect(type('昨天下午在上海那个老乡做谈会开得蛮好，来了十八家企业')).toBe('negotiation');
  });

  it('keeps the chamber own dinner other', () => {
    expect(type('昨晚商會年終晚宴在海逸酒店，來了150人')).toBe('other');
    expect(type('昨晚商会年终晚宴在海逸酒店，来了150人')).toBe('other');
  });
});

describe('round 29: Cantonese talks', () => {
  it('reads 仲喺傾 and 談緊 as talks under way', () => {
    expect(stage('台山嘅海鮮加工（珠海海悅食品）仲喺傾，投資5000萬。')).toBe('negotiating');
    expect(stage('台山嘅海鲜加工（珠海海悦食品）仲喺倾，投资5000万。')).toBe('negotiating');
    expect(stage('阿布扎比嘅基金同鄧州嘅現代農業項目談緊，對方話可以出2億美元。')).toBe('negotiating');
    expect(stage('阿布扎比嘅基金同邓州嘅现代农业项目谈紧，对方话可以出2亿美元。')).toBe('negotiating');
  });

  it('keeps 傾偈 (a chat) no talks', () => {
    expect(stage('東莞嗰間鞋廠老細琴日喺度同我傾偈，話想投3000萬。')).toBe('lead');
    expect(stage('东莞嗰间鞋厂老细琴日喺度同我倾偈，话想投3000万。')).toBe('lead');
  });
});

describe('round 29: plans, secrecy and a first contact', () => {
  it('reads a signing promised for later, after the new year or this month, as talks', () => {
    expect(stage('那個輪胎再生項目，丁總說投資5000萬左右，他說年後過來簽約。')).toBe('negotiating');
    expect(stage('那个轮胎再生项目，丁总说投资5000万左右，他说年后过来签约。')).toBe('negotiating');
    expect(stage('智造新城那個項目，說好了這個月簽，結果對方又要壓地價，投資3.3億。')).toBe('negotiating');
    expect(stage('智造新城那个项目，说好了这个月签，结果对方又要压地价，投资3.3亿。')).toBe('negotiating');
  });

  it('keeps a signing made after the new year signed', () => {
    expect(stage('那個輪胎再生項目年後過來簽約了，投資5000萬。')).toBe('signed');
    expect(stage('那个轮胎再生项目年后过来签约了，投资5000万。')).toBe('signed');
  });

  it('reads a promise of secrecy signed (NDA 已簽, 保密協議已經簽了) as talks, not the deal', () => {
    expect(stage('法國那家化妝品企業想在桐城建灌裝廠，NDA 已簽，投資9000萬左右。')).toBe('negotiating');
    expect(stage('法国那家化妆品企业想在桐城建灌装厂，NDA 已签，投资9000万左右。')).toBe('negotiating');
    expect(stage('那家化妝品企業的保密協議已經簽了，投資9000萬。')).toBe('negotiating');
    expect(stage('那家化妆品企业的保密协议已经签了，投资9000万。')).toBe('negotiating');
  });

  it('keeps the investment agreement signed after the secrecy one signed', () => {
    expect(stage('那家化妝品企業投資協議已簽，投資9000萬。')).toBe('signed');
    expect(stage('那家化妆品企业投资协议已签，投资9000万。')).toBe('signed');
  });

  it('reads a first contact named as where things stand, beside 對接, as a lead', () => {
    expect(stage('博樂的番茄醬項目，投資方是廈門的紅果食品，投資2.4億，目前在對接，還處在初步接觸。')).toBe('lead');
    expect(stage('博乐的番茄酱项目，投资方是厦门的红果食品，投资2.4亿，目前在对接，还处在初步接触。')).toBe('lead');
    expect(stage('博樂的番茄醬項目，投資方是廈門的紅果食品，投資2.4億，目前在對接。')).toBe('negotiating');
    expect(stage('博乐的番茄酱项目，投资方是厦门的红果食品，投资2.4亿，目前在对接。')).toBe('negotiating');
  });
});

describe('round 29: a question answered by not knowing', () => {
  it('reads 簽了沒有我也不清楚 as asking, so what was found after it decides', () => {
    expect(stage('問：習水那個酒廠項目簽了沒有？答：簽了沒有我也不清楚，我剛問了縣招商局，回覆是還在磋商。')).toBe('negotiating');
    expect(stage('问：习水那个酒厂项目签了没有？答：签了没有我也不清楚，我刚问了县招商局，回复是还在磋商。')).toBe('negotiating');
  });

  it('keeps a signing told after the asking signed', () => {
    expect(stage('問：習水那個酒廠項目簽了沒有？答：簽了，上週簽的合同。')).toBe('signed');
    expect(stage('问：习水那个酒厂项目签了没有？答：签了，上周签的合同。')).toBe('signed');
  });
});
