import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/domain/report-parser.ts';

const parse = (text: string) => parseReport(text, { today: '2026-12-05' });

/** Each shape: paraphrases in other registers that must read the company, then near-misses that must not change. */
describe('round 17: company', () => {
  it('keeps a registered name whose legal form is followed by a dash and the next cell', () => {
    for (const [text, company] of [
      ['1）惠州市鵬程電子有限公司—智能終端生產線—投資2億—已簽約—高新區', '鵬程電子'],
      ['2、佛山市南海区立达五金有限公司——五金配件项目——8000万——洽谈中', '立达五金'],
      ['(3) 汕头市澄江玩具有限公司 — 玩具产业园 — 3亿 — 意向', '澄江玩具'],
      ['轉發：東莞市華盛包裝製品有限公司--紙品包裝基地--投資1.5億--已開工', '華盛包裝製品'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
    // Near-miss: a bare 公司 described, then its name between dashes.
    expect(parse('陳會長話同新加坡嗰邊間物流公司——星洲冷鏈——仲傾緊。').company).toBe('星洲冷鏈');
  });

  it('drops the legal form of a name said after 公司叫', () => {
    for (const [text, company] of [
      ['簽咗啦，公司叫東莞恒信模具有限公司，投資兩億', '恒信模具'],
      ['那个公司叫做苏州晶华光电有限公司，已经签了，3个亿', '晶华光电'],
      ['伊拉公司叫宁波甬达机械股份有限公司，阿拉高新区投资1亿', '甬达机械'],
      ['他們公司名叫成都蜀源食品有限公司 投資八千萬 在談', '蜀源食品'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
    expect(parse('做醫療器械的公司叫康瑞醫療，已經簽約了，投資1億').company).toBe('康瑞醫療');
  });

  it('skips a filler between 叫 and the name', () => {
    for (const [text, company] of [
      ['他那个公司叫嗯叫宏达包装要在开发区搞个纸箱厂投资一个亿', '宏达包装'],
      ['佢間公司叫呃叫華利五金 想喺經開區投兩億', '華利五金'],
      ['那個企業叫 嗯 金穗農業 已經簽了 投資五千萬', '金穗農業'],
      ['伊拉公司叫啊叫甬兴模具，辣高新区投资一个亿', '甬兴模具'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
  });

  it('keeps 和 or 同 opening a name right after a place with its suffix', () => {
    for (const [text, company] of [
      ['东莞市和兴五金有限公司五金配件项目已签约，投资8000万元', '和兴五金'],
      ['3、佛山市同益陶瓷有限公司拟投资2亿元，洽谈中', '同益陶瓷'],
      ['轉：泉州市和盛鞋業有限公司已於12月3日簽約，投資1億', '和盛鞋業'],
      ['温州市同心阀门有限公司 投资3亿 已开工', '同心阀门'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
    // Near-miss: 和 joining two parties stays a cut.
    expect(parse('经开区和华信电子有限公司签约，投资2亿').company).toBe('华信电子');
  });

  it('reads a Cantonese measure word 間 between the name and 公司', () => {
    for (const [text, company] of [
      ['佛山嘅華迅五金間公司琴日喺經開區簽咗約，投資三億', '華迅五金'],
      ['东莞嘅宏达鞋业间公司尋日签咗，两个亿', '宏达鞋业'],
      ['我哋廣東嗰邊嘅朋友間公司鴻匯新材料，上個禮拜簽咗約，投資一點八億', '鴻匯新材料'],
      ['我老乡间公司利丰食品，想喺临港新区投一个亿', '利丰食品'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
    // Near-miss: a count of companies is no company.
    expect(parse('嚟咗三間公司睇地，仲未傾好').company).toBeNull();
  });

  it('cuts at a Cantonese 話 of speech before the name', () => {
    for (const [text, company] of [
      ['頭先話佛山創科機器人已經簽咗，係我搞錯，仲傾緊', '創科機器人'],
      ['头先话东莞宏图电子签咗，其实仲未签', '宏图电子'],
      ['佢話粵海食品想喺經開區投兩億', '粵海食品'],
      ['陳生話華南包裝想喺經開區投一個億', '華南包裝'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
    // Near-miss: 話 after the name is its speech, not a cut.
    expect(parse('宏圖電子話仲傾緊，投資兩億').company).toBe('宏圖電子');
  });

  it('cuts at a dialect pronoun, a time of day or a word of standing before the name', () => {
    for (const [text, company] of [
      ['该日上昼渠俫东瓯阀门跟经开区签爻了，总投资两亿八', '东瓯阀门'],
      ['渠俫瓯江鞋业讲明年动工，投资一个亿', '瓯江鞋业'],
      ['下午蜀之源酒业跟青龙镇签了1.2亿的白酒灌装项目', '蜀之源酒业'],
      ['上午華興電子同經開區簽咗約，投資三億', '華興電子'],
      ['晚上老乡群里说 晚上金穗农业签了 投资五千万', '金穗农业'],
      ['金華永康的五金大戶金盾門業這回想到我們這邊搞個項目，投2億', '金盾門業'],
      ['温州的鞋业大户红蜻蜓鞋业想来投资3个亿', '红蜻蜓鞋业'],
      ['阿拉寧波幫甬興模具格廠，辣高新區已經投產嘞，投資一億二', '甬興模具'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
  });

  it('reads the parent before a subsidiary it sets up', () => {
    for (const [text, company] of [
      ['台州海兴泵业新设子公司注册资本3000万，项目总投资1.2亿', '海兴泵业'],
      ['溫州甌江閥門新設子公司落戶經開區，投資2億', '甌江閥門'],
      ['寧波甬達機械成立子公司，在高新區投資一個億', '甬達機械'],
      ['東莞華盛包裝設立全資子公司，已經簽約，8000萬', '華盛包裝'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
  });

  it('takes the name put right after a spoken correction', () => {
    for (const [text, company] of [
      ['剛才說錯了，不是恆達建材，是恆通建材。他們的項目今天開工了，投資2.2億。', '恆通建材'],
      ['头先讲错咗，唔系宏达包装，系宏大包装，已经签咗', '宏大包装'],
      ['我搞错了 不是金穗农业 是金禾农业 投资一个亿', '金禾农业'],
      ['剛才說錯了，不是新昌的「浙聯軸承」，是「浙隆軸承」。他們的項目上週已經簽約，投資2.2億。', '浙隆軸承'],
      ['刚才讲错了，不是“华联电子”，是“华连电子”，已经签约', '华连电子'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
    // Near-misses: a product put right is no company.
    expect(parse('刚刚说错了，不是桂花香料，是桂皮香料。八桂香源那个项目投资4200万').company).toBe('八桂香源');
  });

  it('names no company by a weekday heading', () => {
    for (const [text, company] of [
      ['週二：佛山華美電器項目簽約，投資6億，臨港新區', '華美電器'],
      ['週三：東莞宏圖電子項目簽約，投資2億，高新區', '宏圖電子'],
      ['星期五：佛山美厨电器项目开工，投资1.3亿', '美厨电器'],
      ['周四：惠州联达电子项目洽谈中，投资8000万', '联达电子'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
    expect(parse('周一：接待河源客商考察团，企业8家，去了经开区').company).toBeNull();
    // Left: a brand and an industry's trade before 項目 (華拓新能源項目) is still read as the project's.
    expect(parse('周二：深圳华拓新能源项目签约，投资6亿，临港新区').company).not.toBe('周二');
  });

  it('reads 包材 and 摩配 as trades', () => {
    for (const [text, company] of [
      ['宜賓酒城包材：玻璃瓶生產線，經開區，2.6億，已簽約', '酒城包材'],
      ['东莞华美包材 想在经开区投资一个亿', '华美包材'],
      ['重慶渝興摩配那個老闆兒最近在跟高新區談，想搞個廠，投個一億五', '渝興摩配'],
      ['力帆摩配：电机项目，高新区，1.5亿，洽谈中', '力帆摩配'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
  });

  it('reads a keyed English name with a place before it and its Chinese name after', () => {
    for (const [text, company] of [
      ['Project: 鋰電池回收 | Investor: 四川 Tianqi Recycling (天齊再生) | Amount: 6億 | Status: signed', 'Tianqi Recycling'],
      ['Investor: 广东 Pearl Bay Foods (珠湾食品) | Amount: 2亿 | Status: negotiating', 'Pearl Bay Foods'],
      ['Company: 浙江 Sunway Tools (甬工工具)\nAmount: 1億\nStatus: MOU', 'Sunway Tools'],
      ['Investor: Formosa Smart Textile (台灣福爾摩沙智慧紡織) | Amount: 3億', 'Formosa Smart Textile'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
  });

  it('reads a subject that is settled on a site (確定在, 決定在)', () => {
    for (const [text, company] of [
      ['重庆商会：渝通智联科技确定在南湖科技城落地，投资3.6亿', '渝通智联科技'],
      ['粵港商會：華南冷鏈物流決定喺臨港新區落地，投資兩億', '華南冷鏈物流'],
      ['温州商会讲 瓯江鞋业确定在经开区建厂 投资一个亿', '瓯江鞋业'],
      ['東北商會：黑土農業決定在白沙鎮投資8000萬，已簽約', '黑土農業'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
  });

  it('reads the firm on the side of another, not the other (X 那邊的 Y)', () => {
    for (const [text, company] of [
      ['重慶商會 weekly sync：Changan 供應鏈那邊的 Yuxin Auto Parts 還在 negotiating，investment 大概 5 個億', 'Yuxin Auto Parts'],
      ['update：BYD 供应链那边的 Hengda Motors still negotiating, 大概 3 个亿', 'Hengda Motors'],
      ['商會：Haier 供應鏈那邊的 Qingdao Coldtech 已經簽約，投資2億', 'Coldtech'],
      ['华为供应链那边的 Sunrise Optics 在谈，投资一个亿', 'Sunrise Optics'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
  });

  it('keeps 器械 on a trade before the project', () => {
    for (const [text, company] of [
      ['苏州商会报：博睿医疗器械二期扩产项目 CNY 450,000,000，已动工。', '博睿医疗器械'],
      ['深圳商會：康達醫療器械擴產項目已簽約，投資2億', '康達醫療器械'],
      ['1、瑞康医疗器械二期扩建项目，投资1.5亿，洽谈中', '瑞康医疗器械'],
      ['2、瑞康医疗器械二期项目，投资1.5亿，洽谈中', '瑞康医疗器械'],
      ['浙江商會報：金康體育器械生產線項目開工，投資8000萬', '金康體育器械'],
    ]) {
      expect(parse(text).company, text).toBe(company);
    }
  });
});
