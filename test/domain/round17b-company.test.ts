import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const parse = (text: string) => parseReport(text, { today: '2026-12-05' });

/** Each shape: paraphrases in other registers that must read the company, then near-misses that must not change. */
describe('round 17b: company', () => {
  it('drops a Latin legal form from a name read before its project', () => {
    for (const [text, company] of [
      ['奧地利 Huber Kunststoff GmbH 嘅注塑廠，投資 900萬歐元，今日傾掂咗', 'Huber Kunststoff'],
      ['转发：Nordic Timber Ltd 的木结构项目已签约，总投资 USD 20 million，在临港新区', 'Nordic Timber'],
      ['英國 Brightwave Optics Ltd. 嘅光纖項目 still negotiating，投資約2億', 'Brightwave Optics'],
      ['老铁们 Zeller Antriebe GmbH 那个电机工厂 签了 投资一千万欧元', 'Zeller Antriebe'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
    // Near-miss: no legal form, the name stays whole.
    expect(parse('Sunrise Foods 中央廚房項目已簽約，投資5000萬。').company).toBe('Sunrise Foods');
  });

  it('reads the quoted name after 應為 when a firm name is put right', () => {
    for (const [text, company] of [
      ['更正：前日報嘅「佛山美達五金」應為「佛山美進五金」，項目仲係五金配件廠，傾緊。', '美進五金'],
      ['更正 上条信息里“宏泰纺织”应该是“宏泰丝绸”，项目是丝绸深加工，投资6000万', '宏泰丝绸'],
      ['【更正】「泉州鴻運鞋業」改為「泉州鴻遠鞋業」，投資1.2億，已簽約。', '鴻遠鞋業'],
      ['转发 更正通知：前报“成都天蓉物流”应为“成都天融物流”，冷链仓储项目，在经开区', '天融物流'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
    // Near-miss: a product or a value put right in quotes is no firm.
    expect(parse('上面寫的「冷凍食品」應為「烘焙食品」，投資不變。').company).toBeNull();
    expect(parse('更正：「三期」應為「二期」，投資不變。').company).toBeNull();
  });

  it('reads the right name of 不是X，是Y when the speaker says it was wrong', () => {
    for (const [text, company] of [
      ['頭先講嗰個唔啱，不是恒達建材，是恒通建材，搞錯咗，恒通建材喺經開區投2億。', '恒通建材'],
      ['刚才那个不对 不是金川机械 是金山机械 搞错了 金山机械投资一个亿 已经签了', '金山机械'],
      ['哎呀不对不对，不是华信电子，是华鑫电子，已经签约，投资3亿', '华鑫电子'],
      ['我打錯咗：不是德馨食品，是德興食品，項目仲傾緊。', '德興食品'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
    // Near-miss: a product put right, no firm's name spoken of.
    expect(parse('不是桂花香料，是桂皮香料，投資5000萬。').company).not.toBe('桂皮香料');
  });

  it('reads the firm that opens a list item before a long dash', () => {
    for (const [text, company] of [
      ['• 洛阳中信重工配套——矿山机械零部件，意向投资3亿，初步接触', '中信重工配套'],
      ['2. 深圳华晟科技——智能终端生产线，已签约，投资5亿', '华晟科技'],
      ['3、廣州嶺南醫藥——中藥飲片廠，傾緊，約2億', '嶺南醫藥'],
      ['- 苏州瑞达精工——精密模具，洽谈中，8000万', '瑞达精工'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
    // Near-miss: an event with a dash is no firm.
    expect(parse('昨天的推介会——哦不对，是前天，12月3号——在会展中心办的，到了56家企业。').company).toBeNull();
    expect(parse('本周小结——招商工作推进顺利，签了3个项目。').company).toBeNull();
  });

  it('reads a registered name after 跟進 (跟蹤, 跟緊), not the verb', () => {
    for (const [text, company] of [
      ['2. 跟進佛山順德美家電器有限公司小家電項目，擬投資4.8億元', '美家電器'],
      ['我哋跟緊深圳華晟科技有限公司嘅項目，仲傾緊', '華晟科技'],
      ['跟踪对接杭州宏远纺织有限公司，意向投资2亿', '宏远纺织'],
      ['这周主要跟进成都天府物流有限公司冷链仓储项目 还在谈', '天府物流'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
    // Near-miss: 跟 alone still joins two parties.
    expect(parse('我们跟宏远纺织有限公司签了，投资2亿').company).toBe('宏远纺织');
  });

  it('reads the firm after 配套商 or 供應商, not the customer before', () => {
    for (const [text, company] of [
      ['韓國LG配套商大宇精密喺臨港新區投資5000萬美元，今日簽咗', '大宇精密'],
      ['比亞迪嘅配套商華晟電子喺高新區投資3億，傾緊', '華晟電子'],
      ['特斯拉供应商宏远精工在经开区投资5亿建厂', '宏远精工'],
      ['老铁 那个宁德时代配套商 吉锂新材 要在经开区投两个亿', '吉锂新材'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
  });
});
