import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

// Round 14 (money, land, jobs, tax and contacts). Every sentence here is made up; none is copied from a
// fixture.
const today = '2026-11-29';
const parse = (text: string) => parseReport(text, { today });

describe('round 14: sums said in run-on speech', () => {
  it('ends a figure at 億 said again (兩個億兩個億人民幣), not 2億 times 2億', () => {
    expect(parse('那個做紙箱的鼎盛包裝要在園區搞個倉庫兩個億兩個億人民幣還在談').investmentYuan).toBe(200_000_000);
    expect(parse('那个做纸箱的鼎盛包装要在园区搞个仓库三个亿三个亿人民币还在谈').investmentYuan).toBe(300_000_000);
  });

  it('reads a spoken tail before a building verb as the next place down (一個億四蓋個…)', () => {
    expect(parse('那个做纸箱的鼎盛包装想投一个亿四盖个仓库，还在谈').investmentYuan).toBe(140_000_000);
    expect(parse('那個做紙箱的鼎盛包裝想投一個億二弄個倉庫，還在談').investmentYuan).toBe(120_000_000);
  });

  it('takes a bare sum before a filler, a dialect particle or the next key as the investment', () => {
    expect(parse('鼎盛包装那个冷库项目六个多亿呃占地五十亩现在是意向').investmentYuan).toBe(600_000_000);
    expect(parse('鼎盛包裝那個冷庫項目三個多億嗯用地五十畝現在是意向').investmentYuan).toBe(300_000_000);
    expect(parse('鼎盛包装在园区弄个仓储中心三个多亿嘞现在还在谈').investmentYuan).toBe(300_000_000);
    expect(parse('鼎盛包裝那個冷庫項目一億二千萬用地四十畝已經簽了').investmentYuan).toBe(120_000_000);
    // Another figure named right before the sum still keeps it out.
    expect(parse('鼎盛包装那个冷库年产值三个亿用地五十亩现在是意向').investmentYuan).toBeNull();
  });

  it('does not let a topic said long before (報個到位資金 …) name a bare sum of the project', () => {
    expect(parse('报个到位资金 就是那个 鼎盛包装 他们 已经签约的 那个 三个亿的 仓库 目前到位 五千万').investmentYuan).toBe(300_000_000);
    expect(parse('鼎盛包装的到位资金三千万已经打过来了').investmentYuan).toBeNull();
  });
});

describe('round 14: a sum restated', () => {
  it('follows a figure said again later as what it was changed from (從1億元調整為…)', () => {
    expect(parse('鼎盛包装原定投资2亿元，经过几轮谈判，投资额从2亿元调整为2.6亿元，还在谈。').investmentYuan).toBe(260_000_000);
    expect(parse('鼎盛包裝原報投資8000萬，董事會開會後，從8000萬調整為9500萬，已簽約。').investmentYuan).toBe(95_000_000);
    expect(parse('鼎盛包装原定用地60亩，经过协商，用地从60亩调整为75亩，还在谈。').areaMu).toBe(75);
    // Land changed from its own figure leaves the sum alone.
    expect(parse('鼎盛包装投资2亿元，经过协商，用地从60亩调整为75亩，还在谈。').investmentYuan).toBe(200_000_000);
  });

  it('takes the figure a verb of change gives with any result word, said later (後追加至, 現已增至, 縮減為)', () => {
    expect(parse('鼎盛包装投资1.5亿元，后追加至2亿元，已签约。').investmentYuan).toBe(200_000_000);
    expect(parse('鼎盛包裝投資額由8000萬提高為1億，已簽約。').investmentYuan).toBe(100_000_000);
    expect(parse('鼎盛包装用地由原来的80亩缩减为60亩，投资1亿。').areaMu).toBe(60);
    expect(parse('鼎盛包装投资额：5000万（后调整为6000万），在谈。').investmentYuan).toBe(60_000_000);
    expect(parse('鼎盛包装投资8000万，用地后调整为60亩。').investmentYuan).toBe(80_000_000);
  });

  it('takes the longer figure when speech starts again after a filler or a trailing off', () => {
    expect(parse('鼎盛包装那个仓库 投资 三个亿 嗯 三亿六 三亿六千万 还在谈').investmentYuan).toBe(360_000_000);
    expect(parse('鼎盛包裝那個倉庫投資兩個億……兩億四，我看錯了，兩億四千萬。').investmentYuan).toBe(240_000_000);
    expect(parse('鼎盛包装 投产了 占地 八十 八十五亩 带动就业 两百人').areaMu).toBe(85);
    // Another sum after a filler is not the first said again.
    expect(parse('鼎盛包装那个仓库 投资 三个亿 嗯 五千万到位 还在谈').investmentYuan).toBe(300_000_000);
  });

  it('takes the exact figure said after a rough one (七千幾萬 具體是七千八百萬)', () => {
    expect(parse('鼎盛包装那个仓库投资五千几万 具体是五千六百万 已经签了').investmentYuan).toBe(56_000_000);
    expect(parse('鼎盛包裝那個倉庫投資一個多億吧，具體是1.2個億，已經簽了').investmentYuan).toBe(120_000_000);
    expect(parse('鼎盛包装那个仓库投资三千多万 嗯 大概三千四百万吧 还在谈').investmentYuan).toBe(34_000_000);
    expect(parse('鼎盛包装投资一个亿左右吧，具体数字是1.2亿，还在谈。').investmentYuan).toBe(120_000_000);
    expect(parse('鼎盛包裝投資兩個多億，精確點說是2.35億，還在談。').investmentYuan).toBe(235_000_000);
    // An exact figure is not replaced by a rough one after it.
    expect(parse('鼎盛包装那个仓库投资三千四百万 嗯 大概三千多万吧 还在谈').investmentYuan).toBe(34_000_000);
  });

  it('takes the figure after the rest of the clause and a slip owned (…項目。更正：不是2億是2.4億)', () => {
    expect(parse('鼎盛包装拟投资2亿元建设纸箱项目。更正：不是2亿是2.4亿，已签约。').investmentYuan).toBe(240_000_000);
    expect(parse('鼎盛包裝擬投資5000萬建設倉庫——哦不對，是6000萬，5000萬是他們去年的營收。').investmentYuan).toBe(60_000_000);
    expect(parse('鼎盛包裝擬投資2億元建設紙箱項目。不好意思，不是2億是2.4億，已簽約。').investmentYuan).toBe(240_000_000);
    expect(parse('鼎盛包装拟投资2亿元建设纸箱项目，不是3亿的那个，已签约。').investmentYuan).toBe(200_000_000);
  });

  it('reads English: budget, "now revised to", total beside a phase', () => {
    expect(parse('昨天跟 Dingsheng Packaging 的 CEO 開了個 meeting，他們想 set up 一個 warehouse，budget 大概 2億人民幣，still early.').investmentYuan).toBe(
      200_000_000,
    );
    expect(parse('昨天跟 Dingsheng Packaging 的 CEO 开了个 meeting，budget 是 RMB 60mn 左右，early stage.').investmentYuan).toBe(60_000_000);
    expect(parse('Dingsheng Packaging plans to invest RMB 200 million，now revised to 260 million，MOU signed.').investmentYuan).toBe(260_000_000);
    expect(parse('Dingsheng Packaging 已經 signed，total 6 億元，phase 1 先投 2 億。').investmentYuan).toBe(600_000_000);
  });

  it('takes a sum said in all (總共, 一共) over a phase', () => {
    expect(parse('鼎盛包装 想 搞 一个 仓储 基地 总共 大概 十个亿 一期 先 投 四个亿 还在谈').investmentYuan).toBe(1_000_000_000);
    expect(parse('鼎盛包裝 想 搞 一個 倉儲 基地 一共 八個億 首期 投 三個億 還在談').investmentYuan).toBe(800_000_000);
    expect(parse('鼎盛包装总共占地100亩，投资3亿，还在谈。').investmentYuan).toBe(300_000_000);
  });

  it('reads a currency typed after a space (5 million 英鎊)', () => {
    expect(parse('德国的 Bergmann 集团打算在高新区投 8 million 欧元 做个研发中心，初步意向。').investmentForeign).toEqual({
      currency: 'EUR',
      amount: 8_000_000,
    });
    expect(parse('德國的 Bergmann 集團打算投 3 million 英鎊 做個研發中心。').investmentForeign).toEqual({ currency: 'GBP', amount: 3_000_000 });
  });
});

describe('round 14: more sums in speech', () => {
  it('reads a pause after 億 inside one figure when the 萬 of the next place follows (一個億 六千萬)', () => {
    expect(parse('鼎盛包装 要在 园区 弄个 仓库 一个亿 六千万 哦 是一点六个亿 正在谈').investmentYuan).toBe(160_000_000);
    expect(parse('鼎盛包裝 要在 園區 弄個 倉庫 兩個億 三千萬 正在談').investmentYuan).toBe(230_000_000);
    expect(parse('鼎盛包装 投资 一个亿 三千 其他的还没定').investmentYuan).toBe(100_000_000);
    expect(parse('鼎盛包装 投资 一个亿 三千万是到位资金').investmentYuan).toBe(100_000_000);
  });

  it('takes the figure given after a sentence that checks it again (我再確認下……對，是3.4個億)', () => {
    expect(parse('鼎盛包装准备在园区投资3个亿做纸箱，占地80亩。等一下，我再确认下……对，是3.4个亿，80亩没错。').investmentYuan).toBe(340_000_000);
    expect(parse('鼎盛包裝準備在園區投資3個億做紙箱，佔地80畝。我跟老闆核實了一下，是3.4個億。').investmentYuan).toBe(340_000_000);
    expect(parse('鼎盛包装准备在园区投资3个亿做纸箱，占地80亩。我再确认下用地，是85亩。').investmentYuan).toBe(300_000_000);
  });

  it('reads 頭資, a voice slip of 投資', () => {
    expect(parse('鼎盛包装的补贴还没谈 头资两个亿').investmentYuan).toBe(200_000_000);
    expect(parse('鼎盛包裝的補貼還沒談 頭資兩個億').investmentYuan).toBe(200_000_000);
  });

  it('reads no sum of a project the report turns to when only the one before was put in', () => {
    expect(parse('前年他们引进的那个仓库投了10个亿，已经运营了。今年想再搞个二期，金额还没定，正在谈。').investmentYuan).toBeNull();
    expect(parse('前年他們引進的那個倉庫投了10個億，已經運營了。今年想再搞個二期，金額還沒定，正在談。').investmentYuan).toBeNull();
    expect(parse('前年他們引進的那個倉庫投了10個億，已經運營了。今年想再搞個二期，投資3億，正在談。').investmentYuan).toBe(300_000_000);
  });
});

describe('round 14: funds in place', () => {
  it('reads a sum said to be the funds in place (兩千萬是到位資金)', () => {
    expect(parse('鼎盛包装投资两千万 不对两千万是到位资金 总投资是一点二个亿 已经签了').fundsInPlaceYuan).toBe(20_000_000);
    expect(parse('鼎盛包裝投資兩千萬 不對兩千萬是到位資金 總投資是一點二個億 已經簽了').fundsInPlaceYuan).toBe(20_000_000);
    expect(parse('鼎盛包装投资两千万 两千万是去年的营收').fundsInPlaceYuan).toBeNull();
  });

  it('reads a sum whose money is all in place, or a clause that says only that', () => {
    expect(parse('鼎盛包装投资3亿元建设的仓库已投产，3亿元资金已全部到位。').fundsInPlaceYuan).toBe(300_000_000);
    expect(parse('鼎盛包裝投資3億元建設的倉庫已投產，3億元資金都已到位。').fundsInPlaceYuan).toBe(300_000_000);
    expect(parse('鼎盛包装一期先投2亿，已到位，二期还在谈。').fundsInPlaceYuan).toBe(200_000_000);
    expect(parse('鼎盛包装一期先投2亿，已到位5000万，二期还在谈。').fundsInPlaceYuan).toBe(50_000_000);
  });
});

describe('round 14: land', () => {
  it('follows land said wrongly into another unit (寫成了20畝，其實是20公頃)', () => {
    expect(parse('那块地我写成了20亩，其实是20公顷，也就是300亩。鼎盛包装的仓库已签约。').areaMu).toBe(300);
    expect(parse('那塊地我寫成了20畝，其實是20公頃。鼎盛包裝的倉庫已簽約。').areaMu).toBe(300);
  });

  it('takes land put right in the next sentence with its key said again (剛才說錯了，地是45畝)', () => {
    expect(parse('鼎盛包裝投資9000萬，用地40畝。\n剛才說錯了，地是45畝，投資不變。').areaMu).toBe(45);
    expect(parse('鼎盛包装投资9000万，用地40亩。\n刚才说错了，地是46亩，投资不变。').areaMu).toBe(46);
    expect(parse('鼎盛包裝擬投資2億，用地100畝。\n不好意思，修正一下：用地由100畝調整為90畝，目前在談。').areaMu).toBe(90);
  });

  it('reads 畝數 as a key', () => {
    expect(parse('鼎盛包装，，投资两亿，，嗯，亩数八十，，签了合同了').areaMu).toBe(80);
    expect(parse('鼎盛包裝，投資兩億，畝數八十，簽了合同了').areaMu).toBe(80);
  });
});

describe('round 14: tax', () => {
  it('takes the tax put right (寫錯了，應該是…; 不是800萬，是1800萬; 核對了一下; a correcting sentence)', () => {
    expect(parse('鼎盛包装投资2亿，年纳税800万。\n@招商科 刚才税收写错了，应该是年纳税900万。').taxYuan).toBe(9_000_000);
    expect(parse('更正一下年納稅：不是800萬，是1800萬。鼎盛包裝的倉庫，總投資5億，簽約了。').taxYuan).toBe(18_000_000);
    expect(parse('鼎盛包装投资8000万，年纳税预计300万。等等，我核对了一下，纳税是预计400万。').taxYuan).toBe(4_000_000);
    expect(parse('鼎盛包裝投資12億，年納稅6000萬。\n不好意思剛才數字有誤：投資是10億，年納稅是5000萬。目前在談。').taxYuan).toBe(50_000_000);
    // A check of another figure leaves the tax alone.
    expect(parse('鼎盛包装投资8000万，年纳税300万。等等，我核对了一下，用地是60亩。').taxYuan).toBe(3_000_000);
  });

  it('reads the tax after a pause that follows a hedge, a tilde or "est."', () => {
    expect(parse('鼎盛包装投资两亿，，嗯，税收一年大概，八百万。。签了合同了').taxYuan).toBe(8_000_000);
    expect(parse('鼎盛包裝投資兩億，稅收一年大概，八百萬。簽了合同了').taxYuan).toBe(8_000_000);
    expect(parse('Dingsheng Packaging signed today，RMB 80 million，annual tax ~6 million。').taxYuan).toBe(6_000_000);
    expect(parse('Dingsheng Packaging signed，capex RMB 120 million，tax per year est. RMB 9 million.').taxYuan).toBe(9_000_000);
    expect(parse('Dingsheng Packaging signed，capex RMB 120 million，annual tax ~ RMB 7 million。').taxYuan).toBe(7_000_000);
  });
});

describe('round 14: tax of the company and tax asked about', () => {
  it('reads no tax from a question about it', () => {
    expect(parse('鼎盛包装问：年纳税超过500万能不能享受奖励政策？他们的仓库项目投资2亿，还在谈。').taxYuan).toBeNull();
    expect(parse('鼎盛包裝問：年納稅超過500萬是否可以享受獎勵？倉庫項目投資2億，還在談。').taxYuan).toBeNull();
    expect(parse('鼎盛包装年纳税超过500万。投资2亿，还在谈，能不能快点？').taxYuan).toBe(5_000_000);
  });

  it("reads the tax beside the company's sales, before what it intends here, as the company's", () => {
    expect(parse('鼎盛集团年销售额五亿多，每年纳税三千万，有意在我们这边设个分装基地，具体投多少还没定。').taxYuan).toBeNull();
    expect(parse('鼎盛集團年銷售額五億多，每年納稅三千萬，打算在我們這邊設個分裝基地。').taxYuan).toBeNull();
    expect(parse('鼎盛包装项目总投资5亿，年产值10亿，年纳税3000万，已签约。').taxYuan).toBe(30_000_000);
  });

  it('reads 稅 alone before when or how much as the tax key', () => {
    expect(parse('鼎盛包装 那个仓库 总投资 三亿 那税预计每年 八百万 用工两百人').taxYuan).toBe(8_000_000);
    expect(parse('鼎盛包裝 那個倉庫 總投資 三億 那稅大概一年 八百萬').taxYuan).toBe(8_000_000);
    expect(parse('鼎盛包装在保税区投资3亿，还在谈。').taxYuan).toBeNull();
  });

  it('gives the exact figure said without its 萬 or 億 the place of the rough one (四五千萬吧 他說的是四千二)', () => {
    expect(parse('鼎盛包装 年纳税 四五千万吧 他说的是四千二 现在还是意向').taxYuan).toBe(42_000_000);
    expect(parse('鼎盛包裝 年納稅 四五千萬吧 具體是四千二 現在還是意向').taxYuan).toBe(42_000_000);
    expect(parse('鼎盛包装 投资 一个多亿吧 具体是一点三 现在还是意向').investmentYuan).toBe(130_000_000);
    expect(parse('鼎盛包装 年纳税 四五千万吧 另外用工三百人').taxYuan).toBe(50_000_000);
  });
});

describe('round 14: jobs', () => {
  it('reads a rough count of people with no key in a report of money as the jobs', () => {
    expect(parse('鼎盛包装那个仓库 在园区 啊 三个亿 开工了 然后 人 八百来人').jobs).toBe(800);
    expect(parse('鼎盛包裝那個倉庫 投資 嗯 兩千來萬 大概六十個人左右').jobs).toBe(60);
    expect(parse('鼎盛包装有限公司整体搬迁过来嗯投资九千万嗯到时候大概四百来人然后现在已经签了框架协议').jobs).toBe(400);
    // People who came to an activity or on a visit, or staff the company has, are no jobs.
    expect(parse('昨天推介会来了三百来人，签约投资5亿。').jobs).toBeNull();
    expect(parse('鼎盛包装一行五人来考察，投资一个亿。').jobs).toBeNull();
    expect(parse('鼎盛包装现有三百来人，这次投资一个亿。').jobs).toBeNull();
  });

  it('reads jobs of people named between the count and 就業 (兩百多個娃兒就業)', () => {
    expect(parse('鼎盛包裝說要到我們園區搞個廠，投資一個億，解決三百多個娃兒就業，合同簽了。').jobs).toBe(300);
    expect(parse('鼎盛包装说要到我们园区搞个厂，投资一个亿，解决三百多个娃儿就业，合同签了。').jobs).toBe(300);
  });

  it('reads jobs after a tilde', () => {
    expect(parse('Mr. Lim says his company wants to set up a depot in 空港新城, investment about RMB 80 million, jobs ~120, still 在谈.').jobs).toBe(120);
  });
});

describe('round 14: contacts in pasted forms', () => {
  it('joins a name typed with spaces in a form (聯 系 人：錢 軍, 王　磊　　手機, 鈴木 一郎)', () => {
    expect(parse('【线索】\n企　　业：鼎盛包装\n联 系 人：钱 军\n电　　话：0512 - 6533 1234').contact).toBe('钱军');
    expect(parse('項目名稱：倉儲中心\n聯 系 人：錢 總\n電話：0512-65331234').contact).toBe('錢總');
    expect(parse('項目：倉儲中心\n進展：已簽約\n聯繫人　錢　軍　　手機　151-4720-1234').contact).toBe('錢軍');
    expect(parse('案件名：倉儲センター\n担当者：鈴木 一郎\n連絡先：080-1111-2222').contact).toBe('鈴木一郎');
    // An office and a person are still two words.
    expect(parse('聯繫人：市投促局 周敏\n電話：0512-65331234').contact).toBe('周敏');
  });

  it('takes the full name in brackets after a polite form of its surname (錢總（錢立軍）)', () => {
    expect(parse('联系人：钱总（钱立军）15840991234').contact).toBe('钱立军');
    expect(parse('聯系人：錢總（錢立軍）15840991234').contact).toBe('錢立軍');
    expect(parse('联系人：钱总（钱立军，手机15840991234）').contact).toBe('钱立军');
    expect(parse('聯系人：錢總（蘇州商會副會長）15840991234').contact).toBe('錢總');
  });

  it('reads 聯絡員 as a contact key', () => {
    expect(parse('商会联络员：钱志刚，手机159 5513 1234。').contact).toBe('钱志刚');
    expect(parse('商會聯絡員：錢志剛，手機159 5513 1234。').contact).toBe('錢志剛');
  });
});

describe('round 14: contacts introduced in speech', () => {
  it('reads a surname and its title after 的 when the key names a place first (無錫的錢經理)', () => {
    expect(parse('联系人是无锡的钱经理，电话刚才打错了，应该是13706411234，不是13706411243。').contact).toBe('钱经理');
    expect(parse('聯繫人是無錫的錢經理，電話剛才打錯了，應該是13706411234。').contact).toBe('錢經理');
  });

  it('reads the full name after a kinship word (他兒子許志強, 董事長的女兒錢曉雯)', () => {
    expect(parse('鼎盛包装的许总介绍了一个项目，对接人是他儿子许志强，电话13812345678，想在园区投个仓库。').contact).toBe('许志强');
    expect(parse('負責對接的是他們董事長的女兒錢曉雯，叫錢小姐就行，投資3000萬。').contact).toBe('錢曉雯');
    expect(parse('负责对接的是他们董事长的女儿钱晓雯，投资3000万。').contact).toBe('钱晓雯');
    expect(parse('对接人是他媳妇王丽，投资3000万。').contact).toBe('王丽');
  });

  it('reads whom to find when 可以 or 就行 stand around (有事可以找…的劉秘書, 找他們廠的李廠長就行)', () => {
    expect(parse('具体找他们厂的李厂长就行，投资3000万。').contact).toBe('李厂长');
    expect(parse('具體找他們廠的李廠長就行，投資3000萬。').contact).toBe('李廠長');
    expect(parse('有事可以找商会秘书处的刘秘书，投资3000万。').contact).toBe('刘秘书');
  });

  it('reads a surname and polite form after a chamber, an association or a boss word', () => {
    expect(parse('新加坡福建会馆钱总讲伊个公司已经在高新区注册好了。').contact).toBe('钱总');
    expect(parse('莆田商會錢總那家公司去年交稅3000多萬，這次來投8000萬。').contact).toBe('錢總');
    expect(parse('台商协会钱先生（手机：139-0592-1234）来电：下周组织台企来洽谈。').contact).toBe('钱先生');
    expect(parse('潮汕商會報：個頭家錢生講欲來阮這邊設個加工廠嘅。').contact).toBe('錢生');
  });

  it('reads Cantonese 錢生 before 話 or 講 without the verb', () => {
    expect(parse('而家仲傾緊，老細錢生話年底前要傾掂佢。').contact).toBe('錢生');
    expect(parse('而家仲倾紧，老细钱生讲年底前要倾掂佢。').contact).toBe('钱生');
  });

  it('reads the polite form everyone calls the person by, a person at an office, a board secretary', () => {
    expect(parse('介紹的客商姓錢，大家叫他錢老闆，他想建個中央廚房。').contact).toBe('錢老闆');
    expect(parse('介绍的客商姓钱，我们都叫他钱老板，他想建个中央厨房。').contact).toBe('钱老板');
    expect(parse('报名表在办公室钱小姐那里，有事找她。').contact).toBe('钱小姐');
    expect(parse('具体对接找他们的董秘钱敏（手机：一三九 五四六 八八 七七 零）。').contact).toBe('钱敏');
  });
});

describe('round 14: names of other peoples and of cards', () => {
  it('reads a name with no Han surname after 的 and before 老總', () => {
    expect(parse('内蒙那个草原食品的巴图老总，这两天跟咱们经开区正谈着呢，总投资两个亿。').contact).toBe('巴图');
    expect(parse('內蒙那個草原食品的巴圖老總，這兩天跟咱們經開區正談著呢。').contact).toBe('巴圖');
    expect(parse('那个食品公司的项目老总说下周来谈。').contact).toBeNull();
  });

  it("reads a pasted card's name typed spaced on a line of its own", () => {
    expect(
      parse('【名片】\n鼎盛數位科技股份有限公司\n業務發展部 協理\n錢 志 明\nTel: (02) 2758-1234\n—\n錢協理說他們想在我們這邊設服務中心，投資3000萬。').contact,
    ).toBe('錢志明');
    expect(parse('【名片】\n鼎盛数位科技股份有限公司\n业务发展部 协理\n钱 志 明\nTel: (02) 2758-1234').contact).toBe('钱志明');
    expect(parse('活動安排\n上 午 簽 約\n下午參觀').contact).toBeNull();
  });
});

describe('round 14: phones', () => {
  it('reads a mobile grouped by dots, dashes or spaces any way', () => {
    expect(parse('联系人：钱总（钱立军）18650-333-123 / 项目：仓储中心').contactPhone).toBe('18650333123');
    expect(parse('聯繫人錢老闆，手機 135.9999.1234，想建個中央工廠。').contactPhone).toBe('13599991234');
    expect(parse('报名请联系商会秘书长钱丽，手机：186.3112.1234。').contactPhone).toBe('18631121234');
    expect(parse('鼎盛包装在谈，电话 0512 - 6533 1234，联系人王建国').contactPhone).toBe('0512-65331234');
    // Numbers that are not eleven digits from a 1 stay no phone.
    expect(parse('年份 2019.1350.1234').contactPhone).toBeNull();
  });

  it('keeps the digits of a keyed number the phone reader does not know (連絡先, a landline grouped 4-3)', () => {
    expect(parse('案件名：倉儲センター\n担当者：鈴木 一郎\n連絡先：080-1111-2222').contactPhone).toBe('08011112222');
    expect(parse('【线索】\n企　　业：鼎盛包装\n联 系 人：钱 军\n电　　话：(0512) 6533 123').contactPhone).toBe('05126533123');
  });

  it('reads a spoken number paused anywhere, and an overseas number put right', () => {
    expect(parse('具体对接找他们的董秘钱敏（手机：一三九 五四六 八八 七七 零）。').contactPhone).toBe('13954688770');
    expect(parse('對接人係何小姐，電話66881234——唔好意思打錯，係66881243，澳門號碼。').contactPhone).toBe('66881243');
    expect(parse('對接人係何小姐，電話66881234，澳門號碼。').contactPhone).toBe('66881234');
  });
});
