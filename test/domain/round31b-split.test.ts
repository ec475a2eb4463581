import { describe, expect, it } from 'vitest';
import { splitReports } from '../../src/domain/report-split.ts';

const today = '2026-12-07';
const cut = (text: string) => splitReports(text, { today }).length;

describe('round 31b: a clause that opens with the contact or a yearly figure continues the report above it', () => {
  it('keeps the other side’s contact with the lead', () => {
    expect(
      cut('韩国的 Daesung 集团想在高新区投个电池材料厂，约3亿元。我方对接人是招商局的王科长，电话0731-88002211；韩方联系人是 Mr. Kim Jae Ho，微信 kjh_ds01。'),
    ).toBe(1);
    expect(
      cut('韓國的 Daesung 集團想在高新區投個電池材料廠，約3億元。我方對接人是招商局的王科長，電話0731-88002211；韓方聯繫人是 Mr. Kim Jae Ho，微信 kjh_ds01。'),
    ).toBe(1);
  });
  it('keeps a yearly figure and the investor with the project above', () => {
    expect(cut('刚才说的开发区那个冷链仓储项目，用地写错了，应该是60亩；年产值2亿。投资方长沙的鑫远物流，投资3亿，在谈。')).toBe(1);
    expect(cut('剛才說的開發區那個冷鏈倉儲項目，用地寫錯了，應該是60畝；年產值2億。投資方長沙的鑫遠物流，投資3億，在談。')).toBe(1);
  });
  it('still cuts two reports each with its own company', () => {
    expect(cut('成都川大智能在谈，投资2亿；重庆山城物流已开工，投资5亿')).toBe(2);
  });
});

describe('round 31b: a signing tally told at the event is the event’s', () => {
  it('does not cut 会上共签约项目N个 off as a lead', () => {
    expect(
      cut(
        '【转发】\n长沙（深圳）招商推介会成功举办\n12月2日，推介会在深圳会展中心举行，120余家企业代表参加。会上共签约项目9个，总投资52亿元，涵盖新材料、电子信息等领域。\n来源：长沙新闻网',
      ),
    ).toBe(1);
    expect(
      cut(
        '【轉發】\n長沙（深圳）招商推介會成功舉辦\n12月2日，推介會在深圳會展中心舉行，120餘家企業代表參加。會上共簽約項目9個，總投資52億元，涵蓋新材料、電子信息等領域。\n來源：長沙新聞網',
      ),
    ).toBe(1);
  });
  it('still cuts the lead picked out by 其中', () => {
    expect(cut('昨天在商会会所开了对接会，来了20家企业，签了3个项目，其中一个是佛山锦程机械的数控机床项目，投资4亿，落在经开区。')).toBe(2);
  });
});

describe('round 31b: a government account’s article (【某某发布】) is a notice', () => {
  it('does not make a draft of its safety-inspection paragraph', () => {
    const simp =
      '【长沙发布】德国考察团来访\n\n12月3日，德国博朗机械公司考察团一行到经开区考察精密零件项目选址。双方已就项目框架基本达成一致。据介绍，项目拟投资3亿元，用地约60亩。\n\n【安全生产】\n12月起，全区开展燃气安全专项检查，请各企业做好自查自纠。\n\n来源：经开区融媒体中心　编辑：王芳';
    const trad =
      '【長沙發佈】德國考察團來訪\n\n12月3日，德國博朗機械公司考察團一行到經開區考察精密零件項目選址。雙方已就項目框架基本達成一致。據介紹，項目擬投資3億元，用地約60畝。\n\n【安全生產】\n12月起，全區開展燃氣安全專項檢查，請各企業做好自查自糾。\n\n來源：經開區融媒體中心　編輯：王芳';
    expect(cut(simp)).toBe(1);
    expect(cut(trad)).toBe(1);
  });
});

describe('round 31b: a closing request to the readers is none of the lines above it', () => {
  it('cuts one report a line when the message ends by asking something', () => {
    expect(cut('上周的：\n宁波的华信电子想在开发区投3亿做连接器，在谈\n杭州一家做光伏支架的已经跟高新区签了，2亿\n以上，请秘书处跟进')).toBe(2);
    expect(cut('上週的：\n寧波的華信電子想在開發區投3億做連接器，在談\n杭州一家做光伏支架的已經跟高新區簽了，2億\n以上，請秘書處跟進')).toBe(2);
    expect(cut('上周：\n临安  华信电子  连接器  3亿  签约\n富阳  恒通物流  冷链仓储  2亿  在谈\n请各位会员留意')).toBe(2);
  });
  it('keeps one report with a request under it whole', () => {
    expect(cut('宁波的华信电子想在开发区投3亿做连接器，在谈\n对方下周来看地\n请秘书处跟进')).toBe(1);
  });
});

describe('round 31b: a weekly work report’s sections (本周…情况, 下周安排) make one document', () => {
  it('keeps the report whole', () => {
    expect(
      cut(
        '驻深圳招商组本周工作\n一、本周走访情况\n本周共走访企业6家，收集信息3条。\n二、重点线索\n深圳华澜电子有限公司拟在经开区投资2亿元建设传感器项目，已完成首轮对接。\n三、下周安排\n参加广东湖南商会年会。',
      ),
    ).toBe(1);
    expect(
      cut(
        '駐深圳招商組本週工作\n一、本週走訪情況\n本週共走訪企業6家，收集信息3條。\n二、重點線索\n深圳華瀾電子有限公司擬在經開區投資2億元建設傳感器項目，已完成首輪對接。\n三、下週安排\n參加廣東湖南商會年會。',
      ),
    ).toBe(1);
  });
  it('still cuts a list of reports that opens with 本周', () => {
    expect(cut('本周情况：\n1、深圳华澜电子拟在经开区投资2亿元建设传感器项目，在谈；\n2、东莞恒达五金在高新区投资1亿元的项目已签约。')).toBe(2);
  });
});

describe('round 31b: a work summary’s closing tallies (收集線索N條, 走訪會員企業N家) are no reports', () => {
  it('cuts the reports above them and leaves the tallies out', () => {
    expect(
      cut(
        '长沙商会12月工作小结\n一、组织会员企业赴经开区考察1次，参加企业12家。\n二、促成湖南恒达电子在望城投资2亿元建设传感器项目，已签约。\n三、收集招商线索6条，已报送市商务局。\n四、走访会员企业15家。',
      ),
    ).toBe(2);
    expect(
      cut(
        '長沙商會12月工作小結\n一、組織會員企業赴經開區考察1次，參加企業12家。\n二、促成湖南恒達電子在望城投資2億元建設傳感器項目，已簽約。\n三、收集招商線索6條，已報送市商務局。\n四、走訪會員企業15家。',
      ),
    ).toBe(2);
  });
  it('keeps a closing council meeting as the list’s own item', () => {
    expect(
      cut(
        '本周工作汇总：\n1、12月1日，深圳华拓精密与开发区签订投资协议，总投资2亿元；\n2、12月3日，组织10家会员企业赴高新区考察；\n3、12月5日，商会召开秘书处工作例会。',
      ),
    ).toBe(3);
  });
});
