import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-07';
const read = (text: string) => parseReport(text, { today });
const stage = (text: string) => read(text).stage;
const kind = (text: string) => read(text).kind;

describe('round 31: kind of a visit', () => {
  it('reads a visit on its day, its party counted or its day fixed, with no figure and no plan, as the visit event', () => {
    for (const text of [
      '下週四 Nordwind 能源一行6人來鹽城 site visit，看風電產業園',
      '下周四 Nordwind 能源一行6人来盐城 site visit，看风电产业园',
      '荷蘭 Vermeer Agri 的 site visit 定在12月15日，去壽光看大棚，對方 4 位 managers',
      '荷兰 Vermeer Agri 的 site visit 定在12月15日，去寿光看大棚，对方 4 位 managers',
    ]) {
      expect(read(text)).toMatchObject({ kind: 'event', eventType: 'visit' });
    }
  });

  it('asks members along without making it the investor’s interest', () => {
    expect(kind('各位，迪拜的 Gulfline Trading 下週二來泉州 site visit，看物流園那塊地，有興趣 join 的私聊我。')).toBe('event');
    expect(kind('各位，迪拜的 Gulfline Trading 下周二来泉州 site visit，看物流园那块地，有兴趣 join 的私聊我。')).toBe('event');
  });

  it('keeps a lead when the visitor brings a sum or a plan', () => {
    expect(kind('下週四 Nordwind 能源一行6人來鹽城 site visit，想在濱海建葉片廠，投資3億。')).toBe('lead');
    expect(kind('下周四 Nordwind 能源一行6人来盐城 site visit，想在滨海建叶片厂，投资3亿。')).toBe('lead');
  });

  it('reads the chamber taking an investor round, with the sum they weigh and their plan, as a lead', () => {
    expect(kind('12月2日，陪同廈門綠洲食品赴龍海考察，企業擬投資1.2億元建設烘焙工廠。')).toBe('lead');
    expect(kind('12月2日，陪同厦门绿洲食品赴龙海考察，企业拟投资1.2亿元建设烘焙工厂。')).toBe('lead');
    expect(read('我哋陪佢去從化睇下果園，佢有意投資做果汁廠，諗住投兩千萬。')).toMatchObject({ kind: 'lead', stage: 'lead' });
    // no sum, no plan: the visit the chamber made
    expect(kind('12月2日，陪同廈門綠洲食品等六家企業赴龍海考察。')).toBe('event');
    expect(kind('12月2日，陪同厦门绿洲食品等六家企业赴龙海考察。')).toBe('event');
  });
});

describe('round 31: kind of a question answered', () => {
  it('reads the stage of one lead asked about and answered as a lead', () => {
    expect(read('甲：泉州那個簽了沒有？\n乙：還沒簽，說好下個月8號簽。')).toMatchObject({ kind: 'lead', stage: 'negotiating' });
    expect(read('甲：泉州那个签了没有？\n乙：还没签，说好下个月8号签。')).toMatchObject({ kind: 'lead', stage: 'negotiating' });
    // unanswered: no report
    expect(kind('泉州那個簽了沒有？')).toBeNull();
  });

  it('reads a question the reporter asked on, of someone, and answers', () => {
    expect(stage('有人問莆田那個茶廠是不是已經開工了，我剛問了園區管委會：還沒開工，還在談，投資8000萬。')).toBe('negotiating');
    expect(stage('有人问莆田那个茶厂是不是已经开工了，我刚问了园区管委会：还没开工，还在谈，投资8000万。')).toBe('negotiating');
  });

  it('reads a closing tag answered by the speaker as no question', () => {
    expect(kind('開封一家做麵粉嘞老闆，跟俺們談嘞差不多了，投兩個億，中不中？中！')).toBe('lead');
    expect(kind('开封一家做面粉嘞老板，跟俺们谈嘞差不多了，投两个亿，中不中？中！')).toBe('lead');
  });
});

describe('round 31: stage', () => {
  it('reads a signing to come on a named day as talks', () => {
    expect(stage('廈門藍海漁業投資6000萬，下個月5號簽。')).toBe('negotiating');
    expect(stage('厦门蓝海渔业投资6000万，下个月5号签。')).toBe('negotiating');
    expect(stage('那個包裝廠投資九千萬，老闆說年底之前過來簽。')).toBe('negotiating');
    expect(stage('那个包装厂投资九千万，老板说年底之前过来签。')).toBe('negotiating');
    expect(stage('嗰個茶飲項目投資三千萬，佢哋話聽日簽。')).toBe('negotiating');
    expect(stage('那個木材廠投資一個億，都談妥了，就等簽字了。')).toBe('negotiating');
    // signed on a day told: signed
    expect(stage('那個包裝廠投資九千萬，上個月5號簽的。')).toBe('signed');
  });

  it('reads a signing whose day is set, moved or called off as talks', () => {
    expect(stage('鑫源電池項目投資5億，簽約時間從週三推到下週一。')).toBe('negotiating');
    expect(stage('鑫源电池项目投资5亿，签约时间从周三推到下周一。')).toBe('negotiating');
    expect(stage('簽約儀式 scheduled on Dec 20，海帆新材料，投資2億。')).toBe('negotiating');
    expect(stage('鑫源電池項目投資5億，昨天簽約了。')).toBe('signed');
  });

  it('reads talks counted in rounds, terms reached or nearly agreed', () => {
    expect(stage('新加坡恒通物流想在欽州建冷庫，投資2億，已經談到第四輪了。')).toBe('negotiating');
    expect(stage('新加坡恒通物流想在钦州建冷库，投资2亿，已经谈到第四轮了。')).toBe('negotiating');
    expect(stage('泰國正大米業的項目在南寧談了第二輪，投資3億。')).toBe('negotiating');
    expect(stage('海天調味想在江門建廠，投資1.5億，條件基本講好了。')).toBe('negotiating');
    expect(stage('海天调味想在江门建厂，投资1.5亿，条件基本讲好了。')).toBe('negotiating');
    // a first time is no round counted
    expect(stage('新加坡恒通物流想在欽州建冷庫，投資2億，有意向。')).toBe('lead');
  });

  it('reads voice input’s spaced 在 談 and haggling in speech as talks', () => {
    expect(stage('那個 德國 機床 項目 投 三個億 現在 還在 談 價格')).toBe('negotiating');
    expect(stage('那个 德国 机床 项目 投 三个亿 现在 还在 谈 价格')).toBe('negotiating');
    expect(stage('哈爾濱那個做米業的老闆想回來整個廠子，投兩個億，這陣子正跟縣裡磨嘰地價呢')).toBe('negotiating');
    expect(stage('哈尔滨那个做米业的老板想回来整个厂子，投两个亿，这阵子正跟县里磨叽地价呢')).toBe('negotiating');
    expect(stage('濟南一個做醫藥的老闆想上這邊建廠，跟他拉了好幾回呱了，說先投五千萬')).toBe('negotiating');
    // still chatting: a lead's stage
    expect(stage('濟南一個做醫藥的老闆想上這邊建廠，說先投五千萬，還在拉呱階段，沒定下來')).toBe('lead');
  });

  it('reads a report said too soon as taken back', () => {
    expect(stage('更正：上午說杭州遠景的項目已經簽約了，說早了，合同還在走流程，沒簽，還在談。')).toBe('negotiating');
    expect(stage('更正：上午说杭州远景的项目已经签约了，说早了，合同还在走流程，没签，还在谈。')).toBe('negotiating');
  });

  it('reads a signing that must not be reported up as not said', () => {
    expect(stage('金達鞋業沒有簽，意向協議都還沒談攏，大家別往上報簽約了。投資2億。')).toBe('negotiating');
    expect(stage('金达鞋业没有签，意向协议都还没谈拢，大家别往上报签约了。投资2亿。')).toBe('negotiating');
  });

  it('reads a first meeting and no more, or a first contact named, as a lead whatever talk was had', () => {
    expect(stage('跟濰坊那邊談的是一個農機項目，目前只是見了一面，投資3億。')).toBe('lead');
    expect(stage('跟潍坊那边谈的是一个农机项目，目前只是见了一面，投资3亿。')).toBe('lead');
    expect(stage('今天跟太原的老闆洽談了一下，想在晉中建個廠，投資五千萬，還在初步接觸階段。')).toBe('lead');
    expect(stage('今天跟太原的老板洽谈了一下，想在晋中建个厂，投资五千万，还在初步接触阶段。')).toBe('lead');
    // a first meeting, then the talks that followed
    expect(stage('跟濰坊那邊談了三輪了，投資3億。')).toBe('negotiating');
  });

  it('reads a visit set for later this month or as the next step as still to come', () => {
    expect(stage('寧波海星電器有意在蕪湖投資2億元建廠，企業計劃本月下旬赴蕪湖實地考察。')).toBe('lead');
    expect(stage('宁波海星电器有意在芜湖投资2亿元建厂，企业计划本月下旬赴芜湖实地考察。')).toBe('lead');
    // a month's end told: it happened
    expect(stage('海星電器的項目已於11月底正式投產，總投資2億元。')).toBe('landed');
  });

  it('reads an English stage word denied as not reached', () => {
    expect(stage('昨天跟 Siemens 的 VP 吃飯，聊到在宜昌做電機，they are interested 但還沒到 negotiation stage')).toBe('lead');
  });
});

describe('round 31: date', () => {
  it('dates a lead signed or talked over just now, with no day said, today', () => {
    expect(read('剛剛和綠洲食品簽了協議，投資9000萬，在食品工業園。')).toMatchObject({ kind: 'lead', date: today });
    expect(read('刚刚和绿洲食品签了协议，投资9000万，在食品工业园。')).toMatchObject({ kind: 'lead', date: today });
    expect(read('合同啱啱簽咗，恒發五金投資兩億，喺城東工業園。').date).toBe(today);
    // a slip taken back just now dates nothing
    expect(read('剛才說錯了，綠洲食品的投資是9000萬，不是900萬。').date).toBeNull();
    expect(read('刚才说错了，绿洲食品的投资是9000万，不是900万。').date).toBeNull();
  });

  it('gives the day an activity was moved to, not the day first set', () => {
    expect(read('通知：原定本週四（12月10日）的推介會改到下週二（12月15日）舉行，地點不變。').date).toBe('2026-12-15');
    expect(read('通知：原定本周四（12月10日）的推介会改到下周二（12月15日）举行，地点不变。').date).toBe('2026-12-15');
    // a day set and kept
    expect(read('通知：推介會定在本週四（12月10日）舉行，地點不變。').date).toBe('2026-12-10');
  });
});
