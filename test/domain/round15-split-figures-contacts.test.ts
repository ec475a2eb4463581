import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const today = '2026-12-05';
const parse = (text: string) => parseReport(text, { today });

describe('round 15: figures', () => {
  it('reads 一億半, 兩萬半: a half of the place just said', () => {
    expect(parse('做烘焙的那家說打算投一億半，建個中央工廠').investmentYuan).toBe(150_000_000);
    expect(parse('做烘焙的那家说打算投两亿半，建个中央工厂').investmentYuan).toBe(250_000_000);
    expect(parse('那個冷庫項目投一個億半左右').investmentYuan).toBe(150_000_000);
    // A digit typed before the place reads the same (the digits' fast path leaves the half to the reader).
    expect(parse('冷链仓储中心打算投3亿半').investmentYuan).toBe(350_000_000);
    expect(parse('冷鏈倉儲中心打算投3億半').investmentYuan).toBe(350_000_000);
  });

  it('keeps a half year after a sum as time, not half of the sum', () => {
    expect(parse('物流園投資1億，半年內開工').investmentYuan).toBe(100_000_000);
    expect(parse('物流园投资两亿，半年内开工').investmentYuan).toBe(200_000_000);
  });

  it('reads 忆 and 憶 typed for 亿 after a numeral (a pinyin slip)', () => {
    expect(parse('更正一下：茶園項目投资2.3忆，40亩，在谈').investmentYuan).toBe(230_000_000);
    expect(parse('茶園項目投資三憶元，還在談').investmentYuan).toBe(300_000_000);
  });

  it('keeps 忆 and 憶 as words where no numeral stands before them', () => {
    expect(parse('回忆一下，冷库项目投资2亿').investmentYuan).toBe(200_000_000);
    expect(parse('記憶中那家廠投資5000萬').investmentYuan).toBe(50_000_000);
  });

  it('reads a spaced 個 before 億 typed with spaces around the digits', () => {
    expect(parse('ColdChain Co 已经签约，投资 3 个亿，占地 40 亩').investmentYuan).toBe(300_000_000);
    expect(parse('ColdChain Co 已經簽約，投資 2 個億，佔地 40 畝').investmentYuan).toBe(200_000_000);
  });

  it('keeps people counted with a spaced 個 as no sum', () => {
    expect(parse('來了 5 個人看地').investmentYuan).toBeNull();
  });

  it('reads the sum said, then the one it is not (X不是Y)', () => {
    expect(parse('刚才打错了，那个陶瓷项目是6000万不是600万，还在谈').investmentYuan).toBe(60_000_000);
    expect(parse('剛才打錯了，那個陶瓷項目係6000萬唔係600萬，仲傾緊').investmentYuan).toBe(60_000_000);
  });

  it('keeps a sum that is said not to be the investment out of it', () => {
    expect(parse('說明一下：那個3億不是投資額，是註冊資本，項目在談').investmentYuan).toBeNull();
  });

  it('reads the sum the talk settled on (最終確定是, 最後定了, 以這個為準)', () => {
    expect(parse('光伏项目开始说投资3亿，后来说3.5亿，最终确定是4亿，已签约').investmentYuan).toBe(400_000_000);
    expect(parse('光伏項目開始講投資3億，後來講3.5億，最後定咗係3.8億').investmentYuan).toBe(380_000_000);
    expect(parse('投资先报7000万，后来又说7500万，以这个为准。').investmentYuan).toBe(75_000_000);
  });

  it('keeps the last phase and a line that goes by other figures as they were', () => {
    expect(parse('投资3亿，最后一期投资5000万').investmentYuan).toBe(300_000_000);
    expect(parse('投資1億，佔地30畝，以這個為準').investmentYuan).toBe(100_000_000);
  });

  it("reads the sum here, not the company's at its home base (擴建…本部)", () => {
    const simplified = parse('明年他们计划投资10亿扩建哈尔滨本部，今年先在我市物流园投8000万建个仓库，已经开工。');
    expect(simplified).toMatchObject({ investmentYuan: 80_000_000, stage: 'landed' });
    expect(parse('明年佢哋計劃投資10億擴建哈爾濱本部，今年先在我市物流園投8000萬建個倉庫').investmentYuan).toBe(80_000_000);
  });

  it("reads the project's tax when a later sentence tells the company's accounts of last year", () => {
    const text = '華南電池隔膜項目已在高新區落地，總投資6億元，年納稅約8000萬元。母公司去年營收40多億，這次是他們在華中最大的投資。';
    expect(parse(text)).toMatchObject({ taxYuan: 80_000_000, stage: 'landed' });
    expect(parse('华南电池隔膜项目已在高新区落地，总投资6亿元，年纳税约8000万元。母公司去年营收40多亿，这次是他们最大的投资。').taxYuan).toBe(80_000_000);
  });

  it("reads a bulletin's project figures past a year's work plan and a weekend's weather", () => {
    const text =
      '週報\n一、召開會長辦公會，審議2027年度工作計劃。\n二、招商：會員企業「華遠材料」簽訂改性塑料項目投資協議，總投資2億元，預計年納稅900萬元。\n三、本週末降溫，請注意保暖。';
    expect(parse(text)).toMatchObject({ taxYuan: 9_000_000, stage: 'signed' });
  });

  it("keeps the tax of the company's past year out when the report turns to the project this year", () => {
    expect(parse('去年在隔壁投了3亿，年纳税2000万；今年在我市投2亿建厂').taxYuan).toBeNull();
  });

  it("reads no jobs from a company's staff beside its valuation", () => {
    expect(parse('杭州的云帆数据公司，估值20亿，员工500多人，对我们的数据中心项目有兴趣').jobs).toBeNull();
    expect(parse('杭州的雲帆數據公司，估值20億，員工500多人，對我們的數據中心項目有興趣').jobs).toBeNull();
  });

  it('keeps the jobs foreseen beside a valuation', () => {
    expect(parse('那家公司估值50億，員工800人，想來投資3億建廠，預計用工200人').jobs).toBe(200);
  });
});

describe('round 15: contacts', () => {
  it('reads the name before a slash or bar and its number', () => {
    expect(parse('冷庫項目開工了，投資1億。聯繫人：孫總/13912345678').contact).toBe('孫總');
    expect(parse('冷库项目开工了，投资1亿。联系人：孙总 | 13912345678').contact).toBe('孙总');
  });

  it('reads the person after an office written before the name', () => {
    expect(parse('物流項目有意向，投資2億，對接人：秘書處劉芳，電話13912345678').contact).toBe('劉芳');
    expect(parse('物流项目有意向，投资2亿，对接人：招商部王磊 13912345678').contact).toBe('王磊');
  });

  it('reads the person after a title and a space, before a number of another country', () => {
    const text = '【項目線索】吉隆坡的「南洋橡膠」擬投資8000萬元建手套廠。\n【聯繫人】商會副秘書長 陳美玲 +60 12-888 6789';
    expect(parse(text)).toMatchObject({ contact: '陳美玲', contactPhone: '+60128886789' });
  });

  it('reads a bracketed key typed with a colon after it (【聯絡人】：)', () => {
    const text = '湖南商會在會議室召開座談會，三家企業參加。\n【聯絡人】：黃秘書 【電話】：(0731) 8765-4321';
    expect(parse(text)).toMatchObject({ contact: '黃秘書', contactPhone: '0731-87654321' });
    expect(parse('湖南商会召开座谈会。\n【联络人】：黄秘书 【电话】：(0731) 8765-4321').contact).toBe('黄秘书');
  });

  it("reads the person after a contact key and a company's 的, not the company", () => {
    expect(parse('鄂州的華晶光電擬投資2億，聯繫人是華晶光電的王總，電話13912345678').contact).toBe('王總');
    expect(parse('鄂州的华晶光电拟投资2亿，联系人是华晶光电的王总，电话13912345678').contact).toBe('王总');
  });

  it('reads a junior named right after a contact key (聯繫人小趙)', () => {
    expect(parse('商會秘書處電話 021-62345678，聯繫人小趙。意大利華商陳先生準備投資1億元開展銷中心').contact).toBe('小趙');
    expect(parse('对接人是小陈，电话13912345678，张总投资5000万建厂').contact).toBe('小陈');
  });

  it('keeps the full name said after 老周 at the key', () => {
    expect(parse('联系人是老刘，刘建国，电话0431-85561234，座椅厂投了五千万').contact).toBe('刘建国');
  });

  it('reads the junior to find, given with a number, before a boss merely named', () => {
    const text = '吃飯碰到綠葉包裝的張總，他們想投3000萬在城東建倉庫。想對接的可以找他們辦公室的小方，電話0571-86541234，張總本人很忙。';
    expect(parse(text).contact).toBe('小方');
    expect(parse('吃饭碰到绿叶包装的张总，想投3000万建仓库。可以找他们办公室的小方，电话0571-86541234').contact).toBe('小方');
  });

  it('keeps the boss when the junior to find has no number after', () => {
    expect(parse('绿叶包装的张总想投3000万建仓库，联系人张总，电话13912345678，平时也可以找他们办公室的小方聊').contact).toBe('张总');
  });
});

describe('round 15: figures, other shapes', () => {
  it('keeps reading the sum said first when a pause stands before 不是 (read before this round too)', () => {
    expect(parse('那个陶瓷项目是8000万，不是800万，还在谈').investmentYuan).toBe(80_000_000);
    expect(parse('那個陶瓷項目係8000萬，唔係800萬').investmentYuan).toBe(80_000_000);
  });

  it('reads the sum the boss settled on (最後拍板)', () => {
    expect(parse('光伏项目开始说投资3亿，最后拍板是3.5亿').investmentYuan).toBe(350_000_000);
    expect(parse('光伏項目開始講投資3億，最後拍板係3.5億').investmentYuan).toBe(350_000_000);
  });
});

describe('round 15: contacts, other shapes', () => {
  it('reads the person after an office and a space when a bracket opens for the number', () => {
    expect(parse('對接人：招商科 陳小明（手機13912345678）').contact).toBe('陳小明');
    expect(parse('对接人：招商科 陈小明（电话13912345678）').contact).toBe('陈小明');
  });

  it('keeps a note or a full name in brackets after the name', () => {
    expect(parse('联系人：林秀英（商会副秘书长）手机13912345678').contact).toBe('林秀英');
    expect(parse('聯繫人：周總（周立新，手機13912345678）').contact).toBe('周立新');
  });

  it('reads the person to reach (找, 聯繫) given with a number, whoever it is, before a boss merely named', () => {
    expect(parse('吃飯碰到綠葉包裝的張總，想投3000萬建倉庫。可以找他們辦公室的李娜，電話0571-86541234').contact).toBe('李娜');
    expect(parse('碰到绿叶包装的张总，想投3000万建仓库。具体可以联系他们的王经理，电话13912345678').contact).toBe('王经理');
    expect(parse('綠葉包裝的張總想投3000萬建倉庫，有事聯繫小王 13912345678').contact).toBe('小王');
  });

  it('keeps the boss when no number follows the person to reach', () => {
    expect(parse('绿叶包装的张总想投3000万建仓库，电话13912345678，有事也可以联系他们的王经理').contact).toBe('张总');
  });
});
