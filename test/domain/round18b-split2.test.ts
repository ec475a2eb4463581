import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-05';
const parse = (text: string) => parseReport(text, { today });
const split = (text: string) => splitReports(text, { today });
const read = (text: string, field: 'stage' | 'kind' | 'investmentYuan') => split(text).map((piece) => parse(piece)[field]);

describe('round 18b: splitting tables, rows of cells and documents', () => {
  it('heads each row of a pasted table with its tab-separated row of column names', () => {
    expect(read('公司\t投资\t状态\n蓝海新材\t2亿\t已签约\n北辰机电\t6000万\t在谈', 'stage')).toEqual(['signed', 'negotiating']);
    expect(
      split(
        '序號\t企業名稱\t項目\t投資額（億元）\t進度\n1\t廣州遠航物流\t冷鏈倉儲\t2.5\t已簽約\n2\t東莞華興模具\t精密模具\t0.8\t洽談中\n3\t佛山順達陶瓷\t智能窯爐\t1.2\t已開工',
      ),
    ).toHaveLength(3);
    expect(split('企業\t金額\t階段\n恆達紡織\t3億\t簽約\n美景農業\t\t落地')).toEqual([
      '企業\t金額\t階段\n恆達紡織\t3億\t簽約',
      '企業\t金額\t階段\n美景農業\t\t落地',
    ]);
    expect(
      split(
        '单位名称\t投资额(万元)\t用地(亩)\t进度\n成都锦程食品有限公司\t8000\t40\t已签约\n重庆山城汽配有限公司\t12000\t60\t已开工\n贵阳黔丰茶业有限公司\t3000\t15\t在谈',
      ),
    ).toHaveLength(3);
  });

  it('keeps a table of one row under its column names as one report', () => {
    const one = '企业名称\t投资额(万元)\t用地(亩)\t联系人\t进度\n温州瑞丰阀门有限公司\t6000\t35\t林总\t已签约';
    expect(split(one)).toEqual([one]);
    const traditional = '企業名稱\t投資額(萬元)\t聯繫人\t進度\n蘇州華興電子有限公司\t20000\t陳總\t在談';
    expect(split(traditional)).toEqual([traditional]);
  });

  it('reads rows of a few space-separated cells as one report each, over lines or semicolons', () => {
    expect(read('武威 沙漠光伏 8亿 签约\n民勤 蜜瓜加工 2000万 投产\n古浪 肉牛养殖 3000万 在谈', 'stage')).toEqual(['signed', 'landed', 'negotiating']);
    expect(read('榆林 煤化工 20億 簽約\n神木 蘭炭 5億 在談', 'investmentYuan')).toEqual([2000000000, 500000000]);
    expect(read('本周汇总：喀什 纺织 3亿 签约；阿克苏 苹果深加工 8000万 在谈；和田 地毯 1500万 落地', 'stage')).toEqual(['signed', 'negotiating', 'landed']);
    expect(split('匯總：銀川 枸杞飲料 1億 簽約；吳忠 奶業 4億 開工')).toHaveLength(2);
    expect(split('近况\n嘉峪关 不锈钢深加工 6亿 签约\n酒泉 风电装备 12亿 在谈')).toHaveLength(2);
  });

  it('leaves voice text with spaces and a single row as they were', () => {
    expect(split('今天 去了 园区 看了 地\n老板 说 下周 再来')).toHaveLength(1);
    expect(split('天水 苹果加工 5000万 签约')).toHaveLength(1);
    expect(split('今天 跟 张总 吃饭 聊了聊\n明天 再说')).toHaveLength(1);
    expect(split('园区 那边 说 再等等\n老板 下周 过来 看看')).toHaveLength(1);
  });

  it('keeps a news story with its dateline (本網訊, 本報訊) whole', () => {
    const story = '转一篇新闻\n\n华瑞新能源与武威市签约\n\n本报讯 12月2日，华瑞新能源集团与武威市签订合作协议，项目总投资30亿元。\n兰州浙江商会牵线促成合作。';
    expect(split(story)).toEqual([story]);
    const traditional = '轉發報道\n\n恆通物流落戶蘭州新區\n\n本網訊 12月1日，恆通物流集團冷鏈基地項目簽約落戶蘭州新區，投資8億元。\n項目預計明年投產。';
    expect(split(traditional)).toEqual([traditional]);
  });

  it("keeps a bulletin's sections under their headings (基本情況。主要成效。) as one story", () => {
    const bulletin =
      '【转发】区商务局信息\n\n我区赴杭州开展产业推介\n一、基本情况。到会企业55家，当场签下合作协议5份，协议额22亿元。\n二、主要成效。项目涉及食品加工、现代物流。\n三、下步打算。抓紧跟进有意向的企业。';
    expect(split(bulletin)).toEqual([bulletin]);
    const traditional = '市商務局簡訊\n一、總體情況。本月接待客商56批次，簽約項目7個。\n二、主要做法。組織商會赴廣州招商推介，邀請企業60家。';
    expect(split(traditional)).toEqual([traditional]);
  });

  it("does not split a policy's articles under its title", () => {
    const policy =
      '【政策速览】高新区以商招商八项措施\n一、商会牵线的项目开工后，奖励引荐人5万元；\n二、全年引进项目满3个的商会，评为优秀商会；\n三、商会办展办会，场地费用全额补贴。';
    expect(split(policy)).toEqual([policy]);
    const traditional = '縣裡鼓勵商會招商的暫行辦法\n1、介紹客商來縣考察的，每批次補貼差旅費2000元；\n2、促成簽約的，按合同額千分之一獎勵。';
    expect(split(traditional)).toEqual([traditional]);
  });

  it('still splits reports under a title that merely mentions a policy, and lists with ordinary items', () => {
    expect(split('本月政策落实情况：\n1、苏州华兴电子有限公司享受用地优惠，投资2亿，已签约\n2、无锡华光锅炉有限公司在谈，投资1.5亿')).toHaveLength(2);
    expect(split('兩個項目：\n一、基本建設完成的蘇州華興電子項目已投產，投資2億\n二、無錫華光鍋爐項目在談，投資1.5億')).toHaveLength(2);
  });
  it('drops a keyed line with nothing to report from a roundup', () => {
    expect(split('各商会本周报送：\n浙江商会：引进新材料项目1个，投资3亿，已签约\n福建商会：举办推介会1场，邀请企业30家\n江西商会：无')).toHaveLength(2);
    expect(split('轉 各商會本月情況：\n廣東商會：引進電子項目1個，投資5億，在談\n湖南商會：暫無\n四川商會：組織考察1次，帶來企業8家')).toHaveLength(2);
    expect(split('各地报送：\n东区：签约物流项目1个，投资2亿\n西区：没有\n南区：新材料项目在谈，投资1亿')).toHaveLength(2);
    expect(read('本月匯總：\n蘇州商會：光伏項目簽約，投資4億\n無錫商會：本月無\n常州商會：電池項目在談，投資6億', 'stage')).toEqual(['signed', 'negotiating']);
  });

  it('keeps a report whose only other line has nothing as one', () => {
    expect(split('浙江商会：引进新材料项目1个，投资3亿，已签约\n福建商会：无')).toHaveLength(1);
    expect(split('問：還有別的嗎\n答：無')).toHaveLength(1);
  });
});
