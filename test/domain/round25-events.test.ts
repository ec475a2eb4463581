import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const read = (text: string) => parseReport(text, { today });

describe('round 25: events and stage', () => {
  it('reads a framework or a paper of intent signed before the formal contract as talks', () => {
    expect(read('上禮拜簽了框架協議，正式合同年後再簽，說是總投資十二個億').stage).toBe('negotiating');
    expect(read('上礼拜签了框架协议，正式合同年后再签，说是总投资十二个亿').stage).toBe('negotiating');
    expect(read('江陰化工新材料 5億 已簽框架協議，正式合同待簽').stage).toBe('negotiating');
    expect(read('江阴化工新材料 5亿 已签框架协议，正式合同待签').stage).toBe('negotiating');
    expect(read('Kaspi Logistics跟綜保區簽了MOU，計劃投資1.5億建倉，formal contract下個月才簽。').stage).toBe('negotiating');
    expect(read('安溪的度假村項目，intent letter簽了，投資約4億，formal agreement還在談。').stage).toBe('negotiating');
    expect(read('PandaFarm 的 LOI 签了，总投资 1亿，还不是正式 contract。').stage).toBe('negotiating');
  });

  it('keeps a signing whose formal contract is not said to be still to come', () => {
    expect(read('上禮拜簽了框架協議，說是總投資十二個億').stage).toBe('signed');
    expect(read('上礼拜签了框架协议，正式合同也签了，总投资十二个亿').stage).toBe('signed');
    expect(read('MOU signed 了，投资大概 7500 万，下个月走正式合同。').stage).toBe('signed');
  });

  it('reads 實際上 as taking back what was said before it', () => {
    expect(read('安康富硒茶項目：先前講已落地，實際上只是簽了框架協議，正式合同要到明年才簽。投資額2.8億。').stage).toBe('negotiating');
    expect(read('安康富硒茶项目：先前讲已落地，实际上只是签了框架协议，正式合同要到明年才签。投资额2.8亿。').stage).toBe('negotiating');
    expect(read('安康富硒茶项目已落地，实际投资2.8亿。').stage).toBe('landed');
  });

  it('reads the labelled answer to a question as the report', () => {
    const traditional = read('問：福清那個台資電子廠到底投多少？群裡有人說5億有人說5000萬。\n答：5000萬美元，上週已經簽了約。');
    expect(traditional.kind).toBe('lead');
    expect(traditional.stage).toBe('signed');
    const simplified = read('问：齐齐哈尔那个重型机械配套，投资额到底多少？上次说5亿又说8亿的。\n答：跟企业确认了，协议写的是6.3亿，已经签了。');
    expect(simplified.kind).toBe('lead');
    expect(simplified.stage).toBe('signed');
    const dialogue = read('A：宿松那個PCB項目是不是簽了？\nB：簽是簽了，但只是意向協議，正式合同要等環評批下來再簽。');
    expect(dialogue.kind).toBe('lead');
    expect(dialogue.stage).toBe('negotiating');
  });

  it('reads the asker checking and telling what was found as the report', () => {
    const simplified = read('问一下：北海那个数据中心到底投多少？是5亿还是8亿？……刚跟新加坡那边确认了，是8亿，已经签约。');
    expect(simplified.kind).toBe('lead');
    expect(simplified.stage).toBe('signed');
    expect(read('問一下：北海那個數據中心到底投多少？是5億還是8億？……剛跟新加坡那邊確認了，是8億，已經簽約。').kind).toBe('lead');
  });

  it('leaves a question open when nothing answers it', () => {
    expect(read('问：齐齐哈尔那个重型机械配套，投资额到底多少？上次说5亿又说8亿的。').kind).toBeNull();
    expect(read('問一下：北海那個數據中心到底投多少？是5億還是8億？我再確認一下').kind).toBeNull();
    expect(read('A：宿松那个PCB项目是不是签了？\nB：签了吗？我也不知道').kind).toBeNull();
  });

  it('reads a dated activity moved to a venue as the event, the venue being no project', () => {
    expect(read('通知：原定12月10日的對接會改到12月15日了，地點不變，還是鄭州國際會展中心').kind).toBe('event');
    expect(read('通知：原定12月10日的对接会改到12月15日了，地点不变，还是郑州国际会展中心').kind).toBe('event');
    expect(read('纠正一下日期：莆田（成都）鞋服产业推介会不是12月10号，改到12月12号了，地点还是成都世纪城。').kind).toBe('event');
    expect(read('糾正一下日期：莆田（成都）鞋服產業推介會不是12月10號，改到12月12號了，地點還是成都世紀城。').kind).toBe('event');
  });

  it('reads an occasion that signed nothing as the event, wherever it was', () => {
    const traditional = read('12月5日，香港會員聯誼晚宴，無簽約項目。');
    expect(traditional.kind).toBe('event');
    expect(traditional.signedProjects).toBe(0);
    expect(read('12月5日，香港会员联谊晚宴，无签约项目。').kind).toBe('event');
    expect(read('昨天晚上在广州天河那个联谊会，我们商会年底联谊来了两百来人，没有签约项目').kind).toBe('event');
    // Not an occasion with a stage said, nor one undated and unplaced.
    expect(read('12月5日，香港會員聯誼晚宴上，港聯紡織簽約項目投資2億元。').kind).toBe('lead');
    expect(read('香港會員聯誼晚宴。').kind).toBeNull();
  });
});
