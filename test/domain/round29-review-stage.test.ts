import { describe, it } from 'vitest';
import { both, readerOn } from '../support/script-cases.ts';

const { check } = readerOn('2026-12-07');

describe('round 29 review stage: the acronym TMR is not tomorrow', () => {
  it.each(
    both([
      ['深圳某科技公司投资5亿元建设TMR传感器项目，已签约', '深圳某科技公司投資5億元建設TMR傳感器項目，已簽約', 'date', null],
      ['ＴＭＲ 3代传感器项目投资5亿', 'ＴＭＲ 3代傳感器項目投資5億', 'date', null],
    ]),
  )('%s → %j %j', check);
  // Near-miss: tmr after English, or before a time or a going, is tomorrow.
  it.each(
    both([
      ['洽谈会 with 澳门 Lotus team tmr 3pm @ 珠海横琴，大家准时。', '洽談會 with 澳門 Lotus team tmr 3pm @ 珠海橫琴，大家準時。', 'date', '2026-12-08'],
      ['张总tmr下午过来看地', '張總tmr下午過來看地', 'date', '2026-12-08'],
      ['王总 tmr 10:00 到园区考察', '王總 tmr 10:00 到園區考察', 'date', '2026-12-08'],
    ]),
  )('near-miss: %s → %j %j', check);
});

describe('round 29 review stage: a briefing on safety is no investment promotion', () => {
  it.each(
    both([
      ['今天参加了区里的安全生产宣讲会', '今天參加了區裡的安全生產宣講會', 'eventType', null],
      ['今天参加了区里的安全生产宣讲会', '今天參加了區裡的安全生產宣講會', 'kind', null],
      ['下午去街道听了反诈宣讲会', '下午去街道聽了反詐宣講會', 'eventType', null],
    ]),
  )('%s → %j %j', check);
  // Near-miss: a briefing on policy or on bringing in investment is one.
  it.each(
    both([
      ['11月20日在深圳举办自贸港政策宣讲会，参会企业36家', '11月20日在深圳舉辦自貿港政策宣講會，參會企業36家', 'eventType', 'promotion'],
      ['今天参加了区里的招商宣讲会，来了30家企业', '今天參加了區裡的招商宣講會，來了30家企業', 'eventType', 'promotion'],
    ]),
  )('near-miss: %s → %j %j', check);
});

describe('round 29 review stage: a promised contract signed already is signed', () => {
  it.each(both([['定好的合同签过了，投资2亿', '定好的合同簽過了，投資2億', 'stage', 'signed']]))('%s → %j %j', check);
  // Near-miss: a signing promised for a day is still to come; one never made is not signed; one finished stays signed.
  it.each(
    both([
      ['说好月底前签，投资2亿', '說好月底前簽，投資2億', 'stage', 'negotiating'],
      ['约好的协议签完了，投资2亿', '約好的協議簽完了，投資2億', 'stage', 'signed'],
      ['合同还没签过，投资2亿', '合同還沒簽過，投資2億', 'stage', 'negotiating'],
    ]),
  )('near-miss: %s → %j %j', check);
});

describe('round 29 review stage: a winery alone makes wine', () => {
  it.each(both([['在贺兰山东麓建酒庄，投资3亿，已签约', '在賀蘭山東麓建酒莊，投資3億，已簽約', 'industry', '葡萄酒']]))('%s → %j %j', check);
});
