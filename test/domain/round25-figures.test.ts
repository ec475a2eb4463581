import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';
import { splitReports } from '../../src/domain/report-split.ts';

/** Round 25: sums under a table's column, answers to 到底投多少, yuan glosses, euros, spoken phones and land. Made-up sentences. */
const today = '2026-12-06';
const read = (text: string) => parseReport(text, { today });
const yuan = (text: string) => read(text).investmentYuan;
const foreign = (text: string) => read(text).investmentForeign;

describe('round 25: a table column named with its unit', () => {
  const simplified =
    '序号  企业名称        项目内容        投资额(万元)   进展\n1     江门华联电子    线路板生产      9500          在谈\n2     江门海信食品    冷链加工        4200          已签约';
  const traditional =
    '項目名稱      投資方          金額（億元）    進度\n智能倉儲      天津捷運通        1.5        在談\n有機肥        北京農豐          0.8        已簽約';

  it('each row of a pasted table reads its sum in the column’s 萬元', () => {
    const drafts = splitReports(simplified, { today }).map((piece) => yuan(piece));
    expect(drafts).toEqual([95_000_000, 42_000_000]);
  });

  it('and in 億元, traditional script', () => {
    const drafts = splitReports(traditional, { today }).map((piece) => yuan(piece));
    expect(drafts).toEqual([150_000_000, 80_000_000]);
  });

  it('a row of another width is no row of the table', () => {
    expect(yuan('序号  企业名称    投资额(万元)  进展\n1  江门华联  9500')).toBeNull();
  });

  it('the number under another column is no sum', () => {
    expect(yuan('序号  企业名称    投资额(万元)  进展\n3  江门华联  待定  在谈')).toBeNull();
  });
});

describe('round 25: 到底投多少？ and its answer', () => {
  it.each([
    ['问：江门那个电池厂到底投多少？有人说3亿有人说5亿。\n答：合同写的是4.2亿，已经签了。', 420_000_000],
    ['問：江門那個電池廠到底投多少？有人說3億有人說5億。\n答：合同寫的是4.2億，已經簽了。', 420_000_000],
    ['请问开平那个冷库投资额到底多少？是3亿还是5亿？……刚确认了，是5亿，在谈。', 500_000_000],
    ['請問開平那個冷庫投資額到底多少？是3億還是5億？……剛確認了，是5億，在談。', 500_000_000],
  ])('%s → %d', (text, want) => {
    expect(yuan(text)).toBe(want);
  });

  it('the answer’s foreign sum keeps the yuan it is said to come to', () => {
    const text = '問：台山那個電子廠到底投多少？\n答：3000萬美元，折合人民幣大約2.1億，已簽約。';
    expect(read(text).investmentYuan).toBe(210_000_000);
    expect(foreign(text)).toEqual({ currency: 'USD', amount: 30_000_000 });
  });

  it('the sums a question only offers are no answer', () => {
    expect(yuan('请问开平那个冷库到底投多少？是3亿还是5')).toBeNull();
    expect(yuan('问：江门那个电池厂到底投多少？有人说3亿有人')).toBeNull();
  });
});

describe('round 25: a foreign sum and the yuan named with its gloss', () => {
  it.each([
    ['香港宏图实业拟投资3亿港币（约2.76亿人民币）在台山建厂，洽谈中。', 276_000_000, 'HKD'],
    ['澳門盛達投資：總投資澳門幣4億，約人民幣3.5億，在鶴山做物流園，已簽約。', 350_000_000, 'MOP'],
  ])('%s', (text, wantYuan, currency) => {
    expect(yuan(text)).toBe(wantYuan);
    expect(foreign(text)?.currency).toBe(currency);
  });

  it('a bare 約 before a sum in 元 is no conversion', () => {
    expect(yuan('香港宏图实业拟投资3亿港币，约1.5亿元，在台山建厂。')).toBeNull();
  });
});

describe('round 25: currencies', () => {
  it.each([
    ['米兰的合作方说数目是一千二百万欧，还在谈。', { currency: 'EUR', amount: 12_000_000 }],
    ['米蘭的合作方說數目是一千二百萬歐，還在談。', { currency: 'EUR', amount: 12_000_000 }],
    ['澳門德興貿易計劃投資 MOP 6,000萬，在江門做冷鏈倉，洽談中。', { currency: 'MOP', amount: 60_000_000 }],
    ['蒙古客商计划投资80亿图格里克在二连浩特建肉类加工厂，在谈。', { currency: 'MNT', amount: 8_000_000_000 }],
    ['蒙古客商計劃投資80億圖格里克在二連浩特建肉類加工廠，在談。', { currency: 'MNT', amount: 8_000_000_000 }],
  ])('%s', (text, want) => {
    expect(foreign(text)).toEqual(want);
  });

  it('歐 that opens a word of its own is no euro', () => {
    expect(foreign('这家公司投资500万欧洲市场的渠道')).toBeNull();
  });
});

describe('round 25: spoken figures', () => {
  it.each([
    ['做模具的想到开平建厂投个一点五个亿两百来人就业', 150_000_000, 200],
    ['做模具的想到開平建廠投個一點五個億兩百來人就業', 150_000_000, 200],
  ])('a figure with a decimal part ends at its 億: %s', (text, wantYuan, wantJobs) => {
    expect(read(text).investmentYuan).toBe(wantYuan);
    expect(read(text).jobs).toBe(wantJobs);
  });

  it.each([
    ['那边有个项目想落在台山投资大概两亿三主要是做电子组装的', 230_000_000],
    ['那邊有個項目想落在台山投資大概兩億三主要是做電子組裝的', 230_000_000],
  ])('兩億三主要…: the spoken tail is the next place down: %s', (text, want) => {
    expect(yuan(text)).toBe(want);
  });

  it.each([
    ['开平那个项目投资六千几万吧六千八百万的样子已经开工了', 68_000_000],
    ['開平那個項目投資六千幾萬吧六千八百萬的樣子已經開工了', 68_000_000],
  ])('a guess with 吧, then the exact figure: %s', (text, want) => {
    expect(yuan(text)).toBe(want);
  });

  it('after the 吧 a figure of another digit is another figure', () => {
    expect(read('投三个多亿吧，两个亿到位').investmentYuan).toBe(300_000_000);
  });
});

describe('round 25: land said by voice input', () => {
  it.each([
    ['做光伏的老板说要八十来木地，投资七千万', 80],
    ['做光伏的老闆說要一百二十母地，投資七千萬', 120],
    ['想搞个汽车零部件项目，要个百把亩地', 100],
    ['想搞個汽車零部件項目，要個百把畝地', 100],
  ])('%s → %d', (text, want) => {
    expect(read(text).areaMu).toBe(want);
  });

  it('把 that counts is no "or so"', () => {
    expect(read('会议室买了三把椅子').areaMu).toBeNull();
  });
});

describe('round 25: a mobile number spoken digit by digit', () => {
  it.each([
    ['对接找商会的小林，一三八 二六五七 四四一九，项目在台山。', '13826574419'],
    ['對接找商會的小林，一三八 二六五七 四四一九，項目在台山。', '13826574419'],
    ['有事打一五八一二三四五六七八给老周', '15812345678'],
  ])('%s → %s', (text, want) => {
    expect(read(text).contactPhone).toBe(want);
  });

  it('too few or too many spoken digits are no mobile', () => {
    expect(read('编号一三五七九二四六').contactPhone).toBeNull();
    expect(read('编号一三五七九二四六八一三五').contactPhone).toBeNull();
  });
});

describe('round 25: funds in place', () => {
  it.each([
    ['更正：到位资金不是5000万，是4000万。总投资2亿，江门华美纺织。', 40_000_000],
    ['更正：到位資金不是5000萬，是4000萬。總投資2億，江門華美紡織。', 40_000_000],
    ['到位资金原报2000万，核实后为1800万。总投资1.2亿，已开工。', 18_000_000],
    ['他们那个钱到了到了八千万总共是两个亿', 80_000_000],
    ['梁生個物流倉已經註冊咗公司，啲錢到咗三千萬。', 30_000_000],
  ])('%s → %d', (text, want) => {
    expect(read(text).fundsInPlaceYuan).toBe(want);
  });

  it('money that is to arrive before the work starts is no sum in place', () => {
    expect(read('他说钱到了再开工，投资五千万').fundsInPlaceYuan).toBeNull();
  });
});

describe('round 25: the tax in the company’s own accounts', () => {
  it.each([
    '江门的鞋厂（年产值8亿、纳税4000万）这回考察完台山，说投资不会低于1亿。',
    '江門的鞋廠（年產值8億、納稅4000萬）這回考察完台山，說投資不會低於1億。',
    '天津的金桥电缆，年销售额十亿，纳税六千多万，这回在开平上一条电缆生产线，投资2亿，在谈。',
    '老板在慈溪做小家电，厂里一年卖3个亿，交税一千多万。到开平来的话先投一期6000万。',
  ])('%s', (text) => {
    expect(read(text).taxYuan).toBeNull();
  });

  it('the tax forecast for the project is kept', () => {
    expect(read('项目占地100亩，达产后预计年产值8亿元、年纳税2000万元，可带动就业300人。').taxYuan).toBe(20_000_000);
  });
});
